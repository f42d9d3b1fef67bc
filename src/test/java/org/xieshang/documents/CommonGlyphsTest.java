package org.xieshang.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xieshang.testing.PdfChecks;

/**
 * Documents in common characters are drawn from the font cut down to them; a name with a rare character is drawn
 * from the full font and reads back whole; both are PDF/A.
 */
class CommonGlyphsTest {

    private static final String COMMON = "致银川鑫晶盛电子材料有限公司：集体协商要约书（第1条，工资增长5.5%）。Offer to bargain — Müller";
    private static final String RARE = "联系人：王堃、李喆";

    @Test
    void common_text_uses_the_cut_down_font_and_a_rare_character_the_full_one() throws Exception {
        ChineseFont font = new ChineseFont("", 1);
        PdfRenderer renderer = new PdfRenderer(font);

        assertThat(font.<Integer>use(COMMON, ttf -> ttf.getNumberOfGlyphs()).intValue()).as("the common characters' font").isLessThan(10_000);
        assertThat(font.<Integer>use(COMMON + RARE, ttf -> ttf.getNumberOfGlyphs()).intValue()).as("the full font").isGreaterThan(20_000);

        for (String text : new String[] {COMMON, COMMON + RARE}) {
            byte[] pdf = renderer.render("<html><head><style>body{font-family:'" + PdfRenderer.FONT_FAMILY
                    + "'}</style></head><body><p>" + text + "</p></body></html>");
            assertThat(PdfChecks.text(pdf)).contains(text.replaceAll("\\s", ""));
            PdfChecks.assertPdfA2b(pdf);
        }
    }
}
