package org.hanoinet.cooperation.web.letters;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads generated letters back as a recipient would: their text, and the QR codes printed on their pages. */
final class Letters {

	private Letters() {
	}

	/** The letter's text as PDFBox extracts it from the fonts embedded in the PDF. */
	static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	/** Saves every page of the letter as a PNG under target/screenshots, for people to look at the layout. */
	static void savePages(byte[] pdf, String name) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			Path directory = Paths.get(System.getProperty("hanoinet.screenshots", "target/screenshots"));
			Files.createDirectories(directory);
			PDFRenderer renderer = new PDFRenderer(document);
			for (int page = 0; page < document.getNumberOfPages(); page++) {
				ImageIO.write(renderer.renderImageWithDPI(page, 110), "png", directory.resolve(name + "-page-" + (page + 1) + ".png").toFile());
			}
		}
		catch (IOException unwritable) {
			throw new UncheckedIOException(unwritable);
		}
	}

	/**
	 * The contents of every QR code found on the letter's pages, page by page. Like a phone that keeps trying frames,
	 * each page is read from several renderings (200 and 300 dpi, and 200 dpi without anti-aliasing): zxing misreads
	 * about one rendering in a hundred of a whole A4 page, each in its own way.
	 */
	static List<String> qrCodes(byte[] pdf) {
		List<String> found = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (int page = 0; page < document.getNumberOfPages(); page++) {
				boolean seen = false;
				String text = null;
				for (int attempt = 0; attempt < 3 && text == null; attempt++) {
					PDFRenderer renderer = new PDFRenderer(document);
					if (attempt == 2) {
						renderer.setRenderingHints(new RenderingHints(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF));
					}
					BufferedImage image = renderer.renderImageWithDPI(page, attempt == 1 ? 300 : 200);
					int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
					BinaryBitmap bitmap = new BinaryBitmap(
							new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
					try {
						text = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
					}
					catch (NotFoundException none) {
						// no QR code found in this rendering
					}
					catch (ReaderException unreadable) {
						seen = true;
					}
				}
				if (text != null) {
					found.add(text);
				}
				else if (seen) {
					found.add("unreadable QR code on page " + (page + 1));
				}
			}
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
		return found;
	}
}
