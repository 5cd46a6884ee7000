package org.hanoinet.web.internal.letters;

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

	/** The contents of every QR code found on the letter's pages rendered at 200 dpi, page by page. */
	static List<String> qrCodes(byte[] pdf) {
		List<String> found = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFRenderer renderer = new PDFRenderer(document);
			for (int page = 0; page < document.getNumberOfPages(); page++) {
				BufferedImage image = renderer.renderImageWithDPI(page, 200);
				int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
				BinaryBitmap bitmap = new BinaryBitmap(
						new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
				try {
					found.add(new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText());
				}
				catch (NotFoundException none) {
					// this page carries no QR code
				}
				catch (ReaderException unreadable) {
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
