package org.xieshang.system;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every CSV the product writes: UTF-8 with a byte-order mark (Excel then reads the Chinese), CRLF lines, RFC 4180
 * quoting, and no cell a spreadsheet would run. A cell beginning with = + - @, a tab or a carriage return is
 * prefixed with an apostrophe (OWASP, CSV injection); a plain number stays a number.
 */
public final class Csv {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final String FORMULA_START = "=+-@\t\r";

    private final StringBuilder text = new StringBuilder("\uFEFF");

    public Csv row(String... cells) {
        return row(Arrays.asList(cells));
    }

    public Csv row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(cells.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    /** One cell as written: neutralised, then quoted when it holds a comma, quote, line break or edge space. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = FORMULA_START.indexOf(value.charAt(0)) >= 0 && !NUMBER.matcher(value).matches() ? "'" + value : value;
        boolean quote = safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
                || Character.isWhitespace(safe.charAt(0)) || Character.isWhitespace(safe.charAt(safe.length() - 1));
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** The file as a download named {@code fileName} (any characters; the header encodes them). */
    public ResponseEntity<byte[]> download(String fileName) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
