package org.xieshang.documents;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/** HTML to PDF/A-2b with the Chinese font embedded as a subset (openhtmltopdf on PDFBox 3). */
@Component
class PdfRenderer {

    /** The family name templates use in CSS (see templates/_document.html). */
    static final String FONT_FAMILY = "XieshangSong";

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        // openhtmltopdf logs every font load and layout step at INFO on System.err.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
        // PDF/A metadata (XMP) asks JAXP for a new transformer and parsers on every document; without these properties
        // each request scans every jar on the class path for a provider (a quarter of a letter's time, measured with
        // the campaign benchmark). The JDK's own implementations are what that scan ends with when nothing overrides them.
        System.getProperties().putIfAbsent("javax.xml.transform.TransformerFactory",
                "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
        System.getProperties().putIfAbsent("javax.xml.parsers.DocumentBuilderFactory",
                "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl");
        System.getProperties().putIfAbsent("javax.xml.parsers.SAXParserFactory",
                "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl");
    }

    private final ChineseFont chineseFont;

    PdfRenderer(ChineseFont chineseFont) {
        this.chineseFont = chineseFont;
    }

    byte[] render(String xhtml) {
        try {
            return chineseFont.use(xhtml, font -> {
                try (PDDocument document = new PDDocument()) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    PdfRendererBuilder builder = new PdfRendererBuilder();
                    builder.useFastMode();
                    builder.usePDDocument(document);
                    builder.useFont(new PDFontSupplier(PDType0Font.load(document, font, true)), FONT_FAMILY);
                    builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B);
                    builder.useColorProfile(SRGB);
                    builder.withProducer("Xieshang");
                    builder.withHtmlContent(xhtml, null);
                    builder.toStream(out);
                    builder.run();
                    return out.toByteArray();
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
