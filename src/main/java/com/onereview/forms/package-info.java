/** Form templates (AcroForm PDF + mapping.yaml per folder) and filling them from verified values with PDFBox. */
package com.onereview.forms;
