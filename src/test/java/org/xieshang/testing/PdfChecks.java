package org.xieshang.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;

/** What every generated document must be: PDF/A-2b by veraPDF, with its Chinese as extractable text. */
public final class PdfChecks {

    private PdfChecks() {
    }

    public static void assertPdfA2b(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf));
             PDFAValidator validator = Foundries.defaultInstance().createValidator(parser.getFlavour(), false)) {
            var result = validator.validate(parser);
            assertThat(parser.getFlavour().getId()).isEqualTo("2b");
            assertThat(result.isCompliant()).as(result.getTestAssertions().toString()).isTrue();
        }
    }

    /** The document's text without white space, as a user would search it. */
    public static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s", "");
        }
    }
}
