/** Classifies documents, picks out their fields and validates them (check characters, dates, amounts). */
package com.onereview.extraction;
