package com.onereview.ingest;

import com.github.kagkarlsson.scheduler.task.TaskInstance;

/**
 * The durable job queue, for other modules' one-time tasks (declared as {@code OneTimeTask} beans, run by
 * the same scheduler as document processing): a job scheduled inside a transaction exists only if that
 * transaction commits, runs on exactly one instance, and is run again if its instance dies.
 */
public interface DurableJobs {

	/** Schedules the job now, in the caller's transaction; nothing happens if it is already scheduled. */
	void enqueue(TaskInstance<?> job);
}
