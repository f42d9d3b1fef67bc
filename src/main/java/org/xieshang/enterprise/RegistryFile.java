package org.xieshang.enterprise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.xieshang.system.SheetInput;

/**
 * An enterprise registry as a district keeps it: the first sheet of an .xlsx workbook, or a CSV file (UTF-8, or the
 * GB18030 of Chinese Excel), with a header row naming its columns in Chinese or English, in any order.
 */
final class RegistryFile {

    static final int MAX_ROWS = 10_000;

    /** The columns, each known by its Chinese and English headers; {@code required} columns must be in the header. */
    enum Column {
        NAME(true, "企业名称", "名称", "name"),
        USCC(true, "统一社会信用代码", "uscc"),
        INDUSTRY(true, "行业", "行业代码", "industry"),
        PARK(false, "园区", "park"),
        ADDRESS(false, "地址", "住所", "address"),
        HEADCOUNT(true, "职工人数", "headcount"),
        WOMEN(false, "女职工人数", "women"),
        DISPATCHED(false, "劳务派遣人数", "dispatched"),
        OWNERSHIP(true, "登记注册类型", "ownership"),
        UNION(true, "已建工会", "union founded"),
        CHAIR(true, "工会主席", "union chair"),
        LEGAL_REPRESENTATIVE(true, "法定代表人", "legal representative"),
        DEMOCRATIC_BODY(true, "民主管理形式", "democratic body"),
        CHAIR_MOBILE(false, "工会主席手机", "chair mobile"),
        CHAIR_EMAIL(false, "工会主席邮箱", "chair email"),
        LEGAL_REPRESENTATIVE_MOBILE(false, "法定代表人手机", "legal representative mobile"),
        LEGAL_REPRESENTATIVE_EMAIL(false, "法定代表人邮箱", "legal representative email");

        final boolean required;
        final List<String> headers;

        Column(boolean required, String... headers) {
            this.required = required;
            this.headers = List.of(headers);
        }

        static Column of(String header) {
            String h = header.strip().toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(c -> c.headers.contains(h)).findFirst().orElse(null);
        }
    }

    /** A data row: its line in the file (the header is line 1) and its cells by column (blank cells absent). */
    record Line(int number, Map<Column, String> cells) {
        String get(Column c) {
            return cells.get(c);
        }
    }

    /** The file's rows, or what makes the whole file unreadable (then no row is read). */
    record Read(List<Line> lines, List<ImportProblem> problems) {
    }

    private RegistryFile() {
    }

    static Read read(String fileName, byte[] content) {
        List<List<String>> rows;
        try {
            rows = SheetInput.rows(fileName, content, MAX_ROWS);
        } catch (Exception unreadable) {
            return failed("import.file.unreadable");
        }
        if (rows.size() < 2) {
            return failed("import.file.empty");
        }
        if (rows.size() - 1 > MAX_ROWS) {
            return failed("import.file.tooMany", MAX_ROWS);
        }
        List<String> header = rows.get(0);
        Map<Integer, Column> columns = new java.util.HashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            Column c = Column.of(header.get(i));
            if (c == null && !header.get(i).isBlank()) {
                problems.add(new ImportProblem(1, "import.column.unknown", header.get(i).strip()));
            } else if (c != null && columns.containsValue(c)) {
                problems.add(new ImportProblem(1, "import.column.twice", header.get(i).strip()));
            } else if (c != null) {
                columns.put(i, c);
            }
        }
        Arrays.stream(Column.values()).filter(c -> c.required && !columns.containsValue(c))
                .forEach(c -> problems.add(new ImportProblem(1, "import.column.missing", c.headers.get(0))));
        if (!problems.isEmpty()) {
            return new Read(List.of(), problems);
        }
        List<Line> lines = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            Map<Column, String> cells = new EnumMap<>(Column.class);
            List<String> row = rows.get(r);
            for (int i = 0; i < row.size(); i++) {
                Column c = columns.get(i);
                if (c != null && !row.get(i).isBlank()) {
                    cells.put(c, row.get(i).strip());
                }
            }
            lines.add(new Line(r + 1, cells));
        }
        return new Read(lines, List.of());
    }

    private static Read failed(String key, Object... args) {
        return new Read(List.of(), List.of(new ImportProblem(0, key, args)));
    }
}
