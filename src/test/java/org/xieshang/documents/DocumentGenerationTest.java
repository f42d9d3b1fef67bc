package org.xieshang.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.testing.DemoUsers;
import org.xieshang.testing.PdfChecks;
import org.xieshang.testing.XieshangTest;

/** The enterprise profile sheet as the upper-level union generates it for 鑫晶盛. */
@XieshangTest
class DocumentGenerationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoUsers demo;
    @Autowired
    DocumentService documents;

    @Test
    void the_sheet_carries_the_chinese_name_as_text_embeds_only_a_font_subset_and_is_pdf_a() throws Exception {
        byte[] pdf = generatedForXinjingsheng();

        assertThat(pdf.length).isLessThan(300 * 1024);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            String text = new PDFTextStripper().getText(document);
            // Table cells wrap, so compare without line breaks.
            assertThat(text.replaceAll("\\s", "")).contains("宁夏鑫晶盛电子材料有限公司").contains("企业集体协商建制情况表")
                    .contains("《集体合同规定》第三十二条").contains("第1页共");
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).as("subset tag").matches("[A-Z]{6}\\+.+");
            });
        }
        PdfChecks.assertPdfA2b(pdf);
    }

    @Test
    void each_generation_is_a_new_version_stored_with_its_sha_256() throws Exception {
        generatedForXinjingsheng();
        byte[] second = generatedForXinjingsheng();
        StoredDocument latest = documents.visibleTo(demo.user("zgh.liu")).get(0);
        assertThat(latest.version()).isGreaterThanOrEqualTo(2);
        assertThat(latest.sha256()).isEqualTo(DocumentService.sha256(second));
        assertThat(latest.createdBy()).isEqualTo("zgh.liu");
        assertThat(latest.visibleTo()).hasSize(4);
    }

    @Test
    void without_a_chinese_font_the_app_says_what_to_install_and_generation_fails_with_that_message() {
        ChineseFont missing = new ChineseFont("/nonexistent/simsun.ttc");
        assertThat(missing.problem()).get().asString().contains("fonts-arphic-uming").contains("XIESHANG_FONT");
        assertThatThrownBy(() -> new PdfRenderer(missing).render("<html><body>测试</body></html>"))
                .isInstanceOf(DocumentFontMissingException.class)
                .hasMessageContaining("fonts-arphic-uming");
    }

    @Test
    void a_cff_opentype_font_is_not_taken_for_a_usable_one() {
        // DejaVu is TrueType but has no Chinese glyphs; the check is on glyf table and 中文 coverage.
        ChineseFont latinOnly = new ChineseFont("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        assertThat(latinOnly.font()).isEmpty();
    }

    private byte[] generatedForXinjingsheng() throws Exception {
        long enterprise = demo.user("xjs.hr").enterpriseId();
        String location = mvc.perform(post("/enterprises/{id}/profile", enterprise).with(csrf()).with(demo.as("zgh.liu")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String id = location.substring(location.indexOf("generated=") + "generated=".length());
        return mvc.perform(get("/documents/{id}/file", id).with(demo.as("xjs.hr")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }
}
