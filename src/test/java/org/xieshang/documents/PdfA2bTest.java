package org.xieshang.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.xieshang.testing.PdfChecks;

/** The metadata written for PDF/A-2b says what the information dictionary says, markup in a title included. */
class PdfA2bTest {

    @Test
    void a_title_with_markup_characters_reads_the_same_in_the_metadata_and_the_document_is_pdf_a() throws Exception {
        byte[] pdf = new PdfRenderer(new ChineseFont("", 1)).render("<html><head><title>工资专项集体合同 &amp; 附件 &lt;草案&gt;</title>"
                + "<style>body{font-family:'" + PdfRenderer.FONT_FAMILY + "'}</style></head><body><p>正文</p></body></html>");

        PdfChecks.assertPdfA2b(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("工资专项集体合同 & 附件 <草案>");
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("工资专项集体合同 &amp; 附件 &lt;草案&gt;", "<pdfaid:part>2</pdfaid:part>",
                    "<pdf:Producer>Xieshang</pdf:Producer>");
        }
    }
}
