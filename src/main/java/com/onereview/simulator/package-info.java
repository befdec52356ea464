/** Stand-ins for the outside systems we do not own, for the demo and the end-to-end tests: the business registry (and the regulator's portal). Off unless {@code onereview.simulator.enabled}. */
package com.onereview.simulator;
