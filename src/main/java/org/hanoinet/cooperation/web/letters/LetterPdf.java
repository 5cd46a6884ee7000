package org.hanoinet.cooperation.web.letters;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.librepdf.openpdf.fonts.Liberation;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Lays a {@link LetterText} out on A4 paper with OpenPDF. Liberation fonts are embedded, as for the directory's
 * list of points of contact, so Vietnamese and every other Latin-script language prints as written. The QR code
 * is drawn as vector squares, so it stays sharp at any print or scan resolution.
 */
final class LetterPdf {

	/** The side of one QR module in points: 37 modules (version 5) make a square of about 3.3 cm. */
	private static final float MODULE = 2.5f;

	private LetterPdf() {
	}

	static byte[] render(LetterText letter) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Document document = new Document(PageSize.A4, 56, 56, 48, 48)) {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			Font footer = Liberation.SANS.create(7);
			writer.setPageEvent(new PdfPageEventHelper() {
				@Override
				public void onEndPage(PdfWriter pages, Document page) {
					// every sheet of a paper copy names the case and the hash, so a loose page is traced to its letter
					ColumnText.showTextAligned(pages.getDirectContent(), Element.ALIGN_CENTER,
							new Phrase(letter.reference() + " · SHA-256 " + letter.hash() + " · " + pages.getPageNumber(), footer),
							(page.left() + page.right()) / 2, page.bottom() - 24, 0);
				}
			});
			document.addTitle(letter.subject());
			document.addCreator("HanoiNet");
			document.open();
			Font title = Liberation.SANS_BOLD.create(14);
			Font bold = Liberation.SANS_BOLD.create(10);
			Font body = Liberation.SANS.create(10);
			Font small = Liberation.SANS.create(8);
			Font alert = Liberation.SANS_BOLD.create(10);
			alert.setColor(new Color(0x9b, 0x1c, 0x1c));
			Font mono = Liberation.MONO.create(9);

			PdfPTable letterhead = new PdfPTable(2);
			letterhead.setWidthPercentage(100);
			letterhead.addCell(side(letter.requesting(), bold, body, small));
			letterhead.addCell(side(letter.requested(), bold, body, small));
			document.add(letterhead);

			Paragraph dated = new Paragraph(letter.date() + "\n" + letter.reference(), body);
			dated.setAlignment(Element.ALIGN_RIGHT);
			dated.setSpacingBefore(10);
			document.add(dated);
			document.add(spaced(new Paragraph(letter.title(), title), 12));
			document.add(spaced(new Paragraph(letter.subject(), bold), 6));
			document.add(spaced(new Paragraph(letter.urgency(), letter.urgent() ? alert : body), 6));
			document.add(spaced(new Paragraph(letter.opening(), body), 10));
			for (String sentence : letter.basis()) {
				document.add(spaced(new Paragraph(sentence, body), 4));
			}

			document.add(spaced(new Paragraph(letter.contentsHeading(), bold), 12));
			for (LetterText.Entry entry : letter.contents()) {
				document.add(spaced(new Paragraph(entry.label(), bold), 6));
				Paragraph answer = new Paragraph(entry.answer(), body);
				answer.setIndentationLeft(12);
				document.add(answer);
			}

			document.add(spaced(new Paragraph(letter.conditionsHeading(), bold), 12));
			for (String condition : letter.conditions()) {
				document.add(spaced(new Paragraph(condition, body), 4));
			}
			document.add(spaced(new Paragraph(letter.closing(), body), 12));
			document.add(spaced(new Paragraph(letter.approved(), body), 8));

			PdfPTable verification = new PdfPTable(new float[] { 3.2f, 1f });
			verification.setWidthPercentage(100);
			verification.setSpacingBefore(16);
			verification.setKeepTogether(true);
			PdfPCell words = new PdfPCell();
			words.setBorder(Rectangle.TOP);
			words.setPaddingTop(8);
			words.addElement(new Paragraph(letter.verificationHeading(), bold));
			words.addElement(new Paragraph(letter.hashLabel(), small));
			words.addElement(new Paragraph(letter.hash(), mono));
			words.addElement(spaced(new Paragraph(letter.contentsHash(), small), 4));
			words.addElement(spaced(new Paragraph(letter.howToCheck(), small), 4));
			verification.addCell(words);
			PdfPCell code = new PdfPCell(qrCode(writer.getDirectContent(), letter.hash()), false);
			code.setBorder(Rectangle.TOP);
			code.setPadding(10);
			code.setHorizontalAlignment(Element.ALIGN_RIGHT);
			verification.addCell(code);
			document.add(verification);
		}
		catch (IOException fontMissing) {
			throw new IllegalStateException("The embedded PDF font cannot be loaded", fontMissing);
		}
		return out.toByteArray();
	}

	private static PdfPCell side(LetterText.Side side, Font bold, Font body, Font small) {
		PdfPCell cell = new PdfPCell();
		cell.setBorder(Rectangle.BOTTOM);
		cell.setPaddingBottom(8);
		cell.addElement(new Paragraph(side.heading(), small));
		cell.addElement(new Paragraph(side.state(), bold));
		cell.addElement(new Paragraph(side.authority(), body));
		if (side.localName() != null) {
			cell.addElement(new Paragraph(side.localName(), body));
		}
		if (side.contact() != null) {
			cell.addElement(new Paragraph(side.contact(), small));
		}
		return cell;
	}

	private static Paragraph spaced(Paragraph paragraph, float before) {
		paragraph.setSpacingBefore(before);
		return paragraph;
	}

	/** The text as a QR code of black squares, with error correction M, and without its quiet zone (the cell's padding is). */
	private static Image qrCode(PdfContentByte canvas, String text) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
			float size = matrix.getWidth() * MODULE;
			PdfTemplate template = canvas.createTemplate(size, size);
			template.setColorFill(Color.BLACK);
			for (int y = 0; y < matrix.getHeight(); y++) {
				for (int x = 0; x < matrix.getWidth(); x++) {
					if (matrix.get(x, y)) {
						template.rectangle(x * MODULE, size - (y + 1) * MODULE, MODULE, MODULE);
					}
				}
			}
			template.fill();
			return Image.getInstance(template);
		}
		catch (WriterException | org.openpdf.text.BadElementException impossible) {
			throw new IllegalStateException("A SHA-256 hash always fits a QR code", impossible);
		}
	}
}
