/** Uploads: content sniffing, the store of originals, and the durable processing queue. */
package com.onereview.ingest;
