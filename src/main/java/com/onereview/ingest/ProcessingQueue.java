package com.onereview.ingest;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;

/**
 * The durable job queue (db-scheduler over the application database): a document is enqueued in the
 * transaction that stores it, picked by exactly one instance, and run again if that instance dies. The
 * one scheduler of the process also runs the recurring and one-time tasks other modules declare as beans
 * (one execution per cluster, e.g. verification's lease sweep, the filing of approved cases).
 */
@Component
@DependsOnDatabaseInitialization
class ProcessingQueue implements SmartLifecycle, DurableJobs {

	static final String TASK_NAME = "process-document";

	private final OneTimeTask<Void> task;

	private final Supplier<Scheduler> schedulers;

	private volatile Scheduler scheduler;

	private boolean stopped;

	private final String instanceName;

	private volatile boolean running;

	ProcessingQueue(DataSource dataSource, DocumentProcessor processor, IngestProperties properties,
			List<RecurringTask<?>> recurringTasks, org.springframework.beans.factory.ObjectProvider<OneTimeTask<?>> otherTasks) {
		this.instanceName = instanceName(properties);
		this.task = Tasks.oneTime(TASK_NAME)
			.onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(5)))
			.onDeadExecutionRevive()
			.execute((instance, context) -> processor.process(instance.getId(), instanceName));
		// the proxy lets enqueue() join the caller's transaction; a stopped scheduler cannot start again, so
		// a restart (e.g. a paused test context resumed) builds a new one
		List<com.github.kagkarlsson.scheduler.task.Task<?>> known = new java.util.ArrayList<>(otherTasks.orderedStream().toList());
		known.add(task);
		this.schedulers = () -> Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), known)
			.startTasks(recurringTasks)
			.schedulerName(new SchedulerName.Fixed(instanceName))
			.threads(properties.workers())
			.pollingInterval(properties.pollInterval())
			.heartbeatInterval(properties.heartbeatInterval())
			.missedHeartbeatsLimit(properties.missedHeartbeatsLimit())
			.enableImmediateExecution()
			.shutdownMaxWait(Duration.ofSeconds(10))
			.build();
		this.scheduler = schedulers.get();
	}

	/** Enqueues processing of a document, inside the caller's transaction. */
	void enqueue(String documentId) {
		enqueue(task.instance(documentId));
	}

	@Override
	public void enqueue(com.github.kagkarlsson.scheduler.task.TaskInstance<?> job) {
		scheduler.scheduleIfNotExists(job, Instant.now());
	}


	@Override
	public synchronized void start() {
		if (stopped) {
			scheduler = schedulers.get();
			stopped = false;
		}
		scheduler.start();
		running = true;
	}

	@Override
	public synchronized void stop() {
		scheduler.stop();
		stopped = true;
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private static String instanceName(IngestProperties properties) {
		if (properties.instanceName() != null && !properties.instanceName().isBlank()) {
			return properties.instanceName();
		}
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "localhost";
		}
		return host + "-" + ManagementFactory.getRuntimeMXBean().getPid();
	}
}
