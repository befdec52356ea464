package com.onereview.ocr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/** Decodes every frame of an image file (a multi-page TIFF has several) into 3-byte BGR pages. */
final class ImageFrames {

	private ImageFrames() {
	}

	/** Call only after {@link ContentProber} has accepted the content: sizes are not checked again here. */
	static List<BufferedImage> decode(byte[] content, String type) throws UnreadableDocumentException {
		ImageReader reader = null;
		try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw ContentProber.corrupt(type, new IOException("no decoder"));
			}
			reader = readers.next();
			reader.setInput(in, false, true);
			int frames = reader.getNumImages(true);
			List<BufferedImage> pages = new ArrayList<>(frames);
			for (int i = 0; i < frames; i++) {
				pages.add(PageImages.toRgb(reader.read(i)));
			}
			return pages;
		}
		catch (IOException | RuntimeException e) {
			throw ContentProber.corrupt(type, e);
		}
		finally {
			if (reader != null) {
				reader.dispose();
			}
		}
	}
}
