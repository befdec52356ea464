/** Supervisor read models over the verification tables: time saved, throughput, quality, people, dashboards, exports. */
package com.onereview.metrics;
