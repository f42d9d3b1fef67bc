package org.xieshang.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** One table, two files: numbers stay numbers in Excel, and no cell of either file runs as a formula. */
class SpreadsheetTest {

    private static Spreadsheet table() {
        return new Spreadsheet().sheet("企业", List.of("名称", "职工人数"))
                .row(Arrays.asList("=HYPERLINK(\"http://x\",\"点我\")", 320))
                .row(Arrays.asList("宁夏鑫晶盛电子材料有限公司", 427));
    }

    @Test
    void numbers_are_numbers_and_formula_like_text_is_shown_as_typed_in_the_workbook() throws Exception {
        byte[] xlsx = table().xlsx("enterprises").getBody();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheet("企业");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("名称");
            var formula = sheet.getRow(1).getCell(0);
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(427.0);
            assertThat(sheet.getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void the_csv_of_the_same_table_neutralises_the_formula_and_keeps_the_numbers() {
        String csv = new String(table().csv("enterprises").getBody(), StandardCharsets.UTF_8);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\",320").contains("宁夏鑫晶盛电子材料有限公司,427");
    }
}
