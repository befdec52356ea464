/** Filing approved account openings into the regulator's web portal by browser automation: the {@code PortalSubmitter} seam, its Selenium implementation, and the durable filing job. */
package com.onereview.rpa;
