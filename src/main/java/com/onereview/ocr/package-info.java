/** Reads pages: the PDF text layer first, OCR engines behind one seam otherwise; page images. */
package com.onereview.ocr;
