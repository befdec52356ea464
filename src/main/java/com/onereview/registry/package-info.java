/** The business-registry lookup: a client seam, its HTTP implementation with retries, breaker and cache, and the cross-check of a license against it. */
package com.onereview.registry;
