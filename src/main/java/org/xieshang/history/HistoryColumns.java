package org.xieshang.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.xieshang.enterprise.DemocraticBody;
import org.xieshang.system.BusinessRuleException;

/** The columns of the history spreadsheets, by their Chinese headers, and how a row's cells are read. */
final class HistoryColumns {

    static final String USCC = "统一社会信用代码";
    /** An industry or regional contract names its federation instead of an enterprise's code. */
    static final String FEDERATION = "联合会";
    static final String TYPE = "合同类型";
    static final String TERM = "期限（年）";
    static final String SIGNED = "签订日期";
    static final String EFFECTIVE_ON = "生效日期";
    static final String FILED = "报送日期";
    static final String RECEIVED = "收到日期";
    static final String WAGE_INCREASE = "平均工资增幅（%）";
    static final String FORM = "形式";
    static final String HELD = "召开日期";
    static final String DELEGATES = "代表总数";
    static final String PRESENT = "出席人数";
    static final String PLACE = "地点";

    static final List<String> CONTRACT = List.of(USCC, FEDERATION, TYPE, TERM, SIGNED, EFFECTIVE_ON, FILED, RECEIVED, WAGE_INCREASE);
    static final List<String> SESSION = List.of(USCC, FORM, HELD, DELEGATES, PRESENT, PLACE);
    private static final List<String> OPTIONAL = List.of(FEDERATION, FILED, RECEIVED, WAGE_INCREASE, PLACE);

    private HistoryColumns() {
    }

    static boolean required(String header) {
        return !OPTIONAL.contains(header);
    }

    /** Where each header stands (its column index), the half-width brackets people type read as the full-width ones. */
    static Map<String, Integer> positions(List<String> header) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            at.putIfAbsent(header.get(i).strip().replace('(', '（').replace(')', '）'), i);
        }
        return at;
    }

    static String bodyLabel(DemocraticBody body) {
        return body == DemocraticBody.ALL_STAFF_MEETING ? "职工大会" : "职工代表大会";
    }

    /** One data row; a cell that cannot be read is named among the row's problems and read as absent. */
    record Row(List<String> cells, Map<String, Integer> at) {

        Optional<String> text(String header) {
            Integer i = at.get(header);
            return i == null || i >= cells.size() || cells.get(i).isBlank() ? Optional.empty() : Optional.of(cells.get(i).strip());
        }

        Integer number(String header, BusinessRuleException.Collector rules) {
            return parsed(header, rules, t -> Integer.valueOf(t.replace(",", "")));
        }

        BigDecimal decimal(String header, BusinessRuleException.Collector rules) {
            return parsed(header, rules, t -> new BigDecimal(t.replace("%", "")));
        }

        private <T> T parsed(String header, BusinessRuleException.Collector rules, Function<String, T> parse) {
            return text(header).map(t -> {
                try {
                    return parse.apply(t);
                } catch (NumberFormatException e) {
                    rules.check(false, header, "import.number.invalid", header, t);
                    return null;
                }
            }).orElse(null);
        }

        LocalDate day(String header, BusinessRuleException.Collector rules) {
            return text(header).map(t -> {
                Optional<LocalDate> day = PaperHistory.parseDay(t);
                rules.check(day.isPresent(), header, "history.day.invalid", header, t);
                return day.orElse(null);
            }).orElse(null);
        }

        <E> E choice(String header, E[] values, Function<E, String> label, BusinessRuleException.Collector rules) {
            return text(header).map(t -> {
                for (E value : values) {
                    if (label.apply(value).equals(t) || value.toString().equalsIgnoreCase(t)) {
                        return value;
                    }
                }
                rules.check(false, header, "import.choice.unknown", header, t);
                return null;
            }).orElse(null);
        }
    }
}
