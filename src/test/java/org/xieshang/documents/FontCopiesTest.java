package org.xieshang.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.xieshang.testing.PdfChecks;

/** Documents render side by side, each on its own parsed copy of the font, and none borrows another's glyphs. */
class FontCopiesTest {

    @Test
    void documents_rendered_at_the_same_time_each_carry_their_own_chinese_text() throws Exception {
        ChineseFont font = new ChineseFont("", 2);
        PdfRenderer renderer = new PdfRenderer(font);
        List<String> firms = List.of("银川鑫晶盛电子材料有限公司", "宁夏共享铸钢有限公司", "银川隆基光伏科技有限公司",
                "宁夏小牛自动化设备股份有限公司", "银川威力传动技术股份有限公司", "宁夏巨能机器人股份有限公司");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<byte[]>> rendered = new ArrayList<>();
            for (String firm : firms) {
                rendered.add(pool.submit(() -> renderer.render("<html><head><style>body{font-family:'"
                        + PdfRenderer.FONT_FAMILY + "'}</style></head><body><p>致" + firm + "：集体协商要约书</p></body></html>")));
            }
            for (int i = 0; i < firms.size(); i++) {
                byte[] pdf = rendered.get(i).get();
                assertThat(PdfChecks.text(pdf).replaceAll("\\s", "")).contains(firms.get(i));
                PdfChecks.assertPdfA2b(pdf);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(font.parsedCopies()).isBetween(1, 2);
    }
}
