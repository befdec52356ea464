package com.onereview.ocr;

/** Turns a stored original (PDF or image, sniffed by content) into upright pages with text. */
public interface DocumentReader extends AutoCloseable {

	/** Checks cheaply, without rendering or OCR, that the content can be read. */
	ContentProbe probe(byte[] content) throws UnreadableDocumentException;

	/** Reads every page: the PDF text layer where there is one, OCR otherwise. */
	ReadDocument read(byte[] content) throws UnreadableDocumentException, OcrException;

	/** Frees the OCR engine it owns; calling it again does nothing. */
	@Override
	void close();
}
