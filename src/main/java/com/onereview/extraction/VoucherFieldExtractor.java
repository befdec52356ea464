package com.onereview.extraction;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.onereview.ocr.DocumentReaders;
import com.onereview.ocr.LineReader;
import com.onereview.ocr.OcrSettings;
import com.onereview.ocr.PageText;
import com.onereview.ocr.ReadDocument;
import com.onereview.ocr.ReadPage;
import com.onereview.ocr.TextSource;

/** Bank vouchers (进账单, 电汇凭证 …): finds each CONTRACT.md voucher field in the ruled table, validates and scores it. */
class VoucherFieldExtractor implements FieldExtractor {

	static final List<String> KEYS = List.of("voucherType", "voucherDate", "payerName", "payeeName", "payerAccount",
			"payeeAccount", "payerBank", "payeeBank", "amount", "amountInWords", "purpose", "serialNumber");

	private final LineReader lineReader;

	private final LineReader cropReader;

	/**
	 * @param lineReader re-reads short values for a second opinion; {@code null} to go by the page OCR alone. With
	 * it, stamped cells are also read by PaddleOCR.
	 */
	VoucherFieldExtractor(LineReader lineReader) {
		this(lineReader, lineReader == null ? null : DocumentReaders.paddleLineReader(OcrSettings.defaults()));
	}

	/** @param cropReader reads a stamped cell of the washed page first; {@code null} for the line reader alone */
	VoucherFieldExtractor(LineReader lineReader, LineReader cropReader) {
		this.lineReader = lineReader;
		this.cropReader = cropReader;
	}

	@Override
	public DocumentResult extract(String file, ReadDocument document) {
		ReadPage read = document.pages()
			.stream()
			.max(Comparator.comparingInt(p -> DocumentClassifier.voucherScore(p.text())))
			.orElseThrow();
		PageText page = read.text();
		FieldSource source = page.source() == TextSource.TEXT_LAYER ? FieldSource.TEXT_LAYER : FieldSource.OCR;
		FieldRereader rereader = lineReader == null || page.source() != TextSource.OCR || read.image() == null
				? FieldRereader.NONE : new FieldRereader(lineReader, read.image());
		Map<String, ExtractedField> fields = new LinkedHashMap<>();
		List<ExtractionIssue> issues = new ArrayList<>();
		// stamped cells are read again from the page with the red ink washed out
		List<FieldRereader> washed = new ArrayList<>();
		if (rereader.available()) {
			BufferedImage clean = StampInk.washed(read.image());
			if (cropReader != null) {
				washed.add(new FieldRereader(cropReader, clean));
			}
			washed.add(new FieldRereader(lineReader, clean));
		}
		new VoucherReading(new VoucherPage(page, read.image()), source, rereader, washed).read(fields, issues);
		Map<String, ExtractedField> ordered = new LinkedHashMap<>();
		for (String key : KEYS) {
			ExtractedField field = fields.get(key);
			if (field == null || field.value() == null) {
				field = new ExtractedField(null, 0, source, null);
				if (issues.stream().noneMatch(i -> i.field().equals(key))) {
					issues.add(new ExtractionIssue(key, "FIELD_NOT_FOUND", "no value found for " + key));
				}
			}
			ordered.put(key, field);
		}
		return new DocumentResult(file, DocumentType.BANK_VOUCHER, document.pages().size(), ordered, issues, null);
	}
}
