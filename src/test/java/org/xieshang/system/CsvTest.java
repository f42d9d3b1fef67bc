package org.xieshang.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OWASP's CSV-injection rule and RFC 4180 quoting, for every export. */
class CsvTest {

    @ParameterizedTest(name = "{0} is written as {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=1+1|'=1+1",
            "+86 951 1234567|'+86 951 1234567",
            "-2+3+cmd!A0|'-2+3+cmd!A0",
            "@SUM(A1:A9)|'@SUM(A1:A9)",
            "-12|-12",
            "-0.5|-0.5",
            "42|42",
            "宁夏鑫晶盛电子材料有限公司|宁夏鑫晶盛电子材料有限公司",
            "甲,乙|`\"甲,乙\"`",
            "说\"好\"|`\"说\"\"好\"\"\"`",
    })
    void a_cell_is_neutralised_and_quoted(String value, String written) {
        assertThat(Csv.cell(value)).isEqualTo(written);
    }

    @Test
    void tabs_carriage_returns_and_line_breaks_neither_run_nor_split_a_row() {
        assertThat(Csv.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(Csv.cell("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(Csv.cell("一\n二")).isEqualTo("\"一\n二\"");
        assertThat(Csv.cell(null)).isEmpty();
    }

    @Test
    void a_file_starts_with_the_byte_order_mark_and_ends_rows_with_crlf() {
        assertThat(new Csv().row("甲", "=x").row("1", "").toString()).isEqualTo("\uFEFF甲,'=x\r\n1,\r\n");
    }
}
