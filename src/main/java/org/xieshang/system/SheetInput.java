package org.xieshang.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** A table people upload: the first sheet of an .xlsx workbook, or a CSV file; rows of cells as they read them. */
public final class SheetInput {

    private SheetInput() {
    }

    /**
     * The rows, blank ones left out, at most {@code maxRows} + 1 read from a workbook (a caller refuses more); an
     * unreadable file throws.
     */
    public static List<List<String>> rows(String fileName, byte[] content, int maxRows) throws IOException {
        List<List<String>> rows = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? sheet(content, maxRows)
                : CsvInput.parse(CsvInput.decode(content));
        rows.removeIf(r -> r.stream().allMatch(String::isBlank));
        return rows;
    }

    /** The first sheet's cells as Excel shows them (a headcount typed as a number reads 600, not 600.0). */
    private static List<List<String>> sheet(byte[] content, int maxRows) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter format = new DataFormatter(Locale.SIMPLIFIED_CHINESE);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum() && r <= maxRows + 1; r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : format.formatCellValue(cell));
                    }
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}
