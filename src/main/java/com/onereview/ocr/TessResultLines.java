package com.onereview.ocr;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;

import com.sun.jna.Pointer;

import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;

/** Reads words and text lines, with boxes and confidences, from a handle that has just recognised a page. */
final class TessResultLines {

	private static final int LINE = TessPageIteratorLevel.RIL_TEXTLINE;
	private static final int WORD = TessPageIteratorLevel.RIL_WORD;
	private static final TessAPI API = TessHandlePool.api();

	private TessResultLines() {
	}

	static List<OcrLine> read(TessBaseAPI handle, int pageNumber) {
		List<OcrLine> lines = new ArrayList<>();
		TessResultIterator it = API.TessBaseAPIGetIterator(handle);
		if (it == null) {
			return lines;
		}
		try {
			TessPageIterator page = API.TessResultIteratorGetPageIterator(it);
			Box lineBox = null;
			double lineConfidence = 0;
			List<OcrWord> words = new ArrayList<>();
			do {
				if (API.TessPageIteratorIsAtBeginningOf(page, LINE) != 0) {
					addLine(lines, words, lineBox, lineConfidence);
					words = new ArrayList<>();
					lineBox = box(page, LINE, pageNumber);
					lineConfidence = API.TessResultIteratorConfidence(it, LINE) / 100.0;
				}
				String text = text(it, WORD);
				Box box = box(page, WORD, pageNumber);
				if (text != null && !text.isBlank() && box != null) {
					words.add(new OcrWord(text.strip(), API.TessResultIteratorConfidence(it, WORD) / 100.0, box));
				}
			}
			while (API.TessPageIteratorNext(page, WORD) != 0);
			addLine(lines, words, lineBox, lineConfidence);
		}
		finally {
			API.TessResultIteratorDelete(it);
		}
		return lines;
	}

	private static void addLine(List<OcrLine> lines, List<OcrWord> words, Box lineBox, double confidence) {
		if (words.isEmpty()) {
			return;
		}
		Box box = lineBox != null ? lineBox : words.get(0).box();
		for (OcrWord w : words) {
			box = box.union(w.box());
		}
		lines.add(new OcrLine(LineText.join(words), confidence, box, words));
	}

	private static String text(TessResultIterator it, int level) {
		Pointer p = API.TessResultIteratorGetUTF8Text(it, level);
		if (p == null) {
			return null;
		}
		try {
			return p.getString(0, "UTF-8");
		}
		finally {
			API.TessDeleteText(p);
		}
	}

	private static Box box(TessPageIterator page, int level, int pageNumber) {
		IntBuffer l = IntBuffer.allocate(1);
		IntBuffer t = IntBuffer.allocate(1);
		IntBuffer r = IntBuffer.allocate(1);
		IntBuffer b = IntBuffer.allocate(1);
		if (API.TessPageIteratorBoundingBox(page, level, l, t, r, b) == 0) {
			return null;
		}
		return new Box(pageNumber, l.get(0), t.get(0), r.get(0) - l.get(0), b.get(0) - t.get(0));
	}
}
