package org.xieshang.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xieshang.testing.TestPdfs;

/** An uploaded PDF is kept only without scripts, launch actions or attachments, and only if it can be read. */
class UploadedPdfTest {

    @Test
    void a_plain_scan_passes() {
        assertThat(UploadedPdf.problem(TestPdfs.blank())).isEmpty();
        assertThat(UploadedPdf.problem(TestPdfs.scan(50_000))).isEmpty();
    }

    @Test
    void a_script_an_attachment_or_a_broken_file_is_named() {
        assertThat(UploadedPdf.problem(TestPdfs.withJavaScript())).hasValue(UploadedPdf.ACTIVE);
        assertThat(UploadedPdf.problem(TestPdfs.withEmbeddedFile())).hasValue(UploadedPdf.ACTIVE);
        assertThat(UploadedPdf.problem("%PDF-1.4 broken".getBytes())).hasValue(UploadedPdf.UNREADABLE);
    }
}
