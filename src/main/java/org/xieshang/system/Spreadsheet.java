package org.xieshang.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An officials' table as an Excel workbook (one sheet per table, a bold header, numbers as numbers) or, its first
 * sheet, as CSV. A text cell that a spreadsheet would run (= + - @ at its start) is marked quote-prefixed, as Excel
 * marks what a user types after an apostrophe: it shows as typed and never runs.
 */
public final class Spreadsheet {

    private static final String FORMULA_START = "=+-@\t\r";
    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private record Table(String name, List<String> headers, List<List<Object>> rows) {
    }

    private final List<Table> tables = new ArrayList<>();

    /** Starts a sheet; the rows that follow belong to it. */
    public Spreadsheet sheet(String name, List<String> headers) {
        tables.add(new Table(name, headers, new ArrayList<>()));
        return this;
    }

    /** A row of the current sheet: a Number is written as a number, anything else as its text (null: empty). */
    public Spreadsheet row(List<Object> cells) {
        tables.get(tables.size() - 1).rows().add(cells);
        return this;
    }

    public ResponseEntity<byte[]> xlsx(String baseName) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle quoted = book.createCellStyle();
            quoted.setQuotePrefixed(true);
            for (Table t : tables) {
                Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(t.name()));
                Row top = sheet.createRow(0);
                for (int c = 0; c < t.headers().size(); c++) {
                    top.createCell(c).setCellValue(t.headers().get(c));
                    top.getCell(c).setCellStyle(header);
                }
                for (int r = 0; r < t.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<Object> cells = t.rows().get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        Object value = cells.get(c);
                        if (value instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else if (value != null) {
                            String text = value.toString();
                            row.createCell(c).setCellValue(text);
                            if (!text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0) {
                                row.getCell(c).setCellStyle(quoted);
                            }
                        }
                    }
                }
            }
            book.write(out);
            return download(out.toByteArray(), baseName + ".xlsx", XLSX);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first sheet as CSV (see {@link Csv}). */
    public ResponseEntity<byte[]> csv(String baseName) {
        Table t = tables.get(0);
        Csv csv = new Csv().row(t.headers());
        t.rows().forEach(r -> csv.row(r.stream().map(v -> v == null ? "" : v.toString()).toList()));
        return csv.download(baseName + ".csv");
    }

    /** The table in the format the request's path ends with (.xlsx or .csv). */
    public static ResponseEntity<byte[]> send(Spreadsheet table, jakarta.servlet.http.HttpServletRequest request, String baseName) {
        return request.getRequestURI().endsWith(".xlsx") ? table.xlsx(baseName) : table.csv(baseName);
    }

    private static ResponseEntity<byte[]> download(byte[] body, String fileName, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
