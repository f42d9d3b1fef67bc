package org.xieshang.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZonedDateTime;
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
    @Autowired
    DigitalSignatures signatures;

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
        ChineseFont missing = new ChineseFont("/nonexistent/simsun.ttc", 0);
        assertThat(missing.problem()).get().asString().contains("fonts-arphic-uming").contains("XIESHANG_FONT");
        assertThatThrownBy(() -> new PdfRenderer(missing).render("<html><body>测试</body></html>"))
                .isInstanceOf(DocumentFontMissingException.class)
                .hasMessageContaining("fonts-arphic-uming");
    }

    @Test
    void a_cff_opentype_font_is_not_taken_for_a_usable_one() {
        // DejaVu is TrueType but has no Chinese glyphs; the check is on glyf table and 中文 coverage.
        ChineseFont latinOnly = new ChineseFont("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0);
        assertThat(latinOnly.present()).isFalse();
    }

    @Test
    void two_chiefs_sign_in_turn_and_both_signatures_verify_with_the_product_and_with_pdfsig() throws Exception {
        byte[] signed = signedByBothChiefs();
        assertThat(signatures.verify(signed)).extracting(DigitalSignatures.Verification::signer, DigitalSignatures.Verification::intact)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("王秀兰", true), org.assertj.core.groups.Tuple.tuple("张伟", true));
        PdfChecks.assertPdfA2b(signed);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "signed-by-both-chiefs.pdf"), signed);
        try (PDDocument document = Loader.loadPDF(signed)) {
            var widgets = document.getPage(document.getNumberOfPages() - 1).getAnnotations();
            assertThat(widgets).as("a visible block per signature on the last page").hasSize(2)
                    .allSatisfy(w -> assertThat(w.getNormalAppearanceStream()).isNotNull());
            assertThat(widgets.get(0).getRectangle().getWidth()).isPositive();
        }
        String report = pdfsig(signed);
        if (report != null) {
            assertThat(report.split("Signature is Valid", -1)).as(report).hasSize(3);
        }
    }

    @Test
    void one_byte_changed_inside_the_signed_range_is_reported_by_the_product_and_by_pdfsig() throws Exception {
        byte[] signed = signedByBothChiefs();
        byte[] tampered = signed.clone();
        int at = new String(signed, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("stream", 2000) + 40;
        tampered[at] ^= 0x01;
        assertThat(signatures.verify(tampered)).extracting(DigitalSignatures.Verification::intact).containsOnly(false);
        String report = pdfsig(tampered);
        if (report != null) {
            assertThat(report).doesNotContain("Signature is Valid").containsAnyOf("Signature is Invalid", "Digest Mismatch");
        }
    }

    private byte[] signedByBothChiefs() throws Exception {
        byte[] pdf = generatedForXinjingsheng();
        ZonedDateTime now = ZonedDateTime.now(java.time.ZoneId.of("Asia/Shanghai"));
        byte[] once = signatures.sign(pdf, new DigitalSignatures.Signer("王秀兰", "工会主席（职工方首席代表）", "宁夏鑫晶盛电子材料有限公司工会",
                null), now);
        return signatures.sign(once, new DigitalSignatures.Signer("张伟", "法定代表人（企业方首席代表）", "宁夏鑫晶盛电子材料有限公司",
                null), now.plusMinutes(5));
    }

    /** poppler's own verdict, where poppler-utils is installed (.ci/run installs it); null otherwise. */
    private static String pdfsig(byte[] pdf) throws Exception {
        java.nio.file.Path tool = java.nio.file.Path.of("/usr/bin/pdfsig");
        if (!java.nio.file.Files.isExecutable(tool)) {
            return null;
        }
        java.nio.file.Path file = java.nio.file.Files.createTempFile("signed", ".pdf");
        java.nio.file.Files.write(file, pdf);
        Process process = new ProcessBuilder(tool.toString(), file.toString()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        process.waitFor();
        java.nio.file.Files.delete(file);
        return out;
    }

    private byte[] generatedForXinjingsheng() throws Exception {
        long enterprise = demo.user("xjs.hr").enterpriseId();
        mvc.perform(post("/enterprises/{id}/profile", enterprise).with(csrf()).with(demo.as("zgh.liu")))
                .andExpect(status().is3xxRedirection());
        long id = documents.ofEnterpriseVisibleTo(enterprise, demo.user("zgh.liu")).stream()
                .filter(d -> d.type() == DocumentType.ENTERPRISE_PROFILE).findFirst().orElseThrow().id();
        return mvc.perform(get("/documents/{id}/file", id).with(demo.as("xjs.hr")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }
}
