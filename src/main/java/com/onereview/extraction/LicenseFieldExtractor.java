package com.onereview.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.onereview.ocr.LineReader;
import com.onereview.ocr.PageText;
import com.onereview.ocr.ReadDocument;
import com.onereview.ocr.ReadPage;
import com.onereview.ocr.TextSource;

/** Business licenses: classifies, finds each CONTRACT.md field by layout, normalizes and scores it. */
class LicenseFieldExtractor implements FieldExtractor {

	static final List<String> KEYS = List.of("creditCode", "companyName", "companyType", "legalRepresentative",
			"registeredCapital", "establishedDate", "businessTermStart", "businessTermEnd", "address", "businessScope",
			"registrationAuthority", "registrationDate");

	private final LineReader lineReader;

	/** @param lineReader re-reads short values for a second opinion; {@code null} to go by the page OCR alone */
	LicenseFieldExtractor(LineReader lineReader) {
		this.lineReader = lineReader;
	}

	@Override
	public DocumentResult extract(String file, ReadDocument document) {
		List<PageText> pages = document.pages().stream().map(ReadPage::text).toList();
		if (!LicenseClassifier.isLicense(pages)) {
			return new DocumentResult(file, DocumentType.UNKNOWN, pages.size(), Map.of(), List.of(), null);
		}
		PageText page = LicenseClassifier.licensePage(pages);
		FieldSource source = page.source() == TextSource.TEXT_LAYER ? FieldSource.TEXT_LAYER : FieldSource.OCR;
		java.awt.image.BufferedImage image = document.pages().stream().filter(p -> p.pageNumber() == page.pageNumber())
			.findFirst().map(ReadPage::image).orElse(null);
		LicenseReading reading = new LicenseReading(page, source, rereader(document, page), image);
		Map<String, ExtractedField> fields = new LinkedHashMap<>();
		List<ExtractionIssue> issues = new ArrayList<>();
		reading.read(fields, issues);
		if (fields.get("registrationAuthority") == null || fields.get("registrationAuthority").value() == null) {
			document.pages()
				.stream()
				.filter(p -> p.pageNumber() == page.pageNumber())
				.findFirst()
				.flatMap(p -> SealAuthority.from(p.seals(), address(fields)))
				.ifPresent(read -> {
					fields.put("registrationAuthority", read.field());
					issues.add(new ExtractionIssue("registrationAuthority", read.corrected() ? "SEAL_READ_CORRECTED" : "READ_FROM_SEAL",
							read.corrected() ? "the seal's ring read poorly; taken as the office of the address's region"
									: "read from the seal's ring; compare with the seal on the scan"));
				});
		}
		LicenseChecks.apply(fields, issues, LocalDate.now());
		for (String key : KEYS) {
			if (!fields.containsKey(key) || fields.get(key).value() == null) {
				fields.put(key, new ExtractedField(null, 0, source, null));
				if (issues.stream().noneMatch(i -> i.field().equals(key))) {
					issues.add(new ExtractionIssue(key, "FIELD_NOT_FOUND", "no value found for " + key));
				}
			}
		}
		Map<String, ExtractedField> ordered = new LinkedHashMap<>();
		KEYS.forEach(k -> ordered.put(k, fields.get(k)));
		return new DocumentResult(file, DocumentType.BUSINESS_LICENSE, pages.size(), ordered, issues, null);
	}

	private static String address(Map<String, ExtractedField> fields) {
		ExtractedField a = fields.get("address");
		return a == null ? null : a.value();
	}

	/** Text layers are exact: only OCR'd pages are worth reading twice. */
	private FieldRereader rereader(ReadDocument document, PageText page) {
		if (lineReader == null || page.source() != TextSource.OCR) {
			return FieldRereader.NONE;
		}
		return document.pages()
			.stream()
			.filter(p -> p.pageNumber() == page.pageNumber() && p.image() != null)
			.findFirst()
			.map(p -> new FieldRereader(lineReader, p.image()))
			.orElse(FieldRereader.NONE);
	}

	/** Today's date bounds plausible dates; a license is not issued in the future. */
	static boolean plausible(LocalDate d) {
		return d.getYear() >= 1949 && !d.isAfter(LocalDate.now().plusDays(1));
	}
}
