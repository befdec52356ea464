package com.onereview.ocr;

import java.awt.image.BufferedImage;

/** One page as read: the upright page image the boxes refer to, and its text. */
public record ReadPage(int pageNumber, BufferedImage image, PageText text) {
}
