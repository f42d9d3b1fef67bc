package org.xieshang.congress;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.xieshang.system.BusinessRuleException.Violation;

/**
 * A delegates' roster as a spreadsheet saves it: header {@value CongressRegistry#CSV_HEADER} (and optionally the
 * account column), one delegate a row. Rows are checked one by one; accounts are checked by DelegateAccounts.
 */
final class RosterCsv {

    record Row(int line, CongressRegistry.NewDelegate delegate) {
    }

    record Parsed(List<Row> rows, List<CongressRegistry.RowError> errors) {
    }

    private RosterCsv() {
    }

    static Parsed parse(String csv, List<Delegate> sitting) {
        List<CongressRegistry.RowError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        String[] lines = (csv == null ? "" : csv.replace("\uFEFF", "")).split("\\r?\\n");
        String header = lines.length == 0 ? "" : lines[0].replace(" ", "");
        String withAccount = CongressRegistry.CSV_HEADER + "," + CongressRegistry.CSV_ACCOUNT_COLUMN;
        if (!header.equals(CongressRegistry.CSV_HEADER) && !header.equals(withAccount)) {
            errors.add(new CongressRegistry.RowError(1, new Violation(null, "congress.csv.header", CongressRegistry.CSV_HEADER)));
            return new Parsed(rows, errors);
        }
        int columns = header.split(",").length;
        Set<String> seen = new HashSet<>(sitting.stream().map(d -> d.constituency() + "/" + d.name()).toList());
        for (int i = 1; i < lines.length; i++) {
            int line = i + 1;
            if (!lines[i].isBlank()) {
                row(line, lines[i].split(",", -1), columns, seen, errors).ifPresent(d -> rows.add(new Row(line, d)));
            }
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new CongressRegistry.RowError(2, new Violation(null, "congress.csv.empty")));
        }
        return new Parsed(rows, errors);
    }

    private static Optional<CongressRegistry.NewDelegate> row(int line, String[] cells, int columns, Set<String> seen,
                                                              List<CongressRegistry.RowError> errors) {
        if (cells.length != columns) {
            errors.add(new CongressRegistry.RowError(line, new Violation(null, "congress.csv.columns", cells.length, columns)));
            return Optional.empty();
        }
        String name = cells[0].trim();
        String constituency = cells[1].trim();
        Optional<DelegateCategory> category = DelegateCategory.parse(cells[2]);
        String sex = cells[3].trim();
        String dispatched = cells[4].trim();
        int before = errors.size();
        check(errors, line, !name.isEmpty() && name.length() <= 50, "congress.csv.name");
        check(errors, line, !constituency.isEmpty() && constituency.length() <= 100, "congress.csv.constituency");
        check(errors, line, category.isPresent(), "congress.csv.category", shorten(cells[2].trim()));
        check(errors, line, List.of("男", "女", "M", "F").contains(sex), "congress.csv.sex", shorten(sex));
        check(errors, line, List.of("是", "否", "Y", "N").contains(dispatched), "congress.csv.dispatched", shorten(dispatched));
        check(errors, line, seen.add(constituency + "/" + name), "congress.csv.duplicate", shorten(name), shorten(constituency));
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new CongressRegistry.NewDelegate(name, constituency, category.get(), sex.equals("女") || sex.equals("F"),
                dispatched.equals("是") || dispatched.equals("Y"), columns > 5 ? cells[5].trim() : null));
    }

    private static void check(List<CongressRegistry.RowError> errors, int line, boolean holds, String key, Object... args) {
        if (!holds) {
            errors.add(new CongressRegistry.RowError(line, new Violation(null, key, args)));
        }
    }

    /** A cell as a message quotes it: never thousands of characters. */
    private static String shorten(String cell) {
        return cell.length() > 40 ? cell.substring(0, 40) + "…" : cell;
    }
}
