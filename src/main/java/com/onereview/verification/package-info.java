/** The single-verifier queue: cases, claims and leases, SLA, audit, review screens. */
package com.onereview.verification;
