package org.xieshang.enterprise;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.xieshang.enterprise.RegistryFile.Column;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.ContactDetails;

/** The fields of one row, each parse failure named once (the form rules then skip a field already reported). */
final class RegistryRow {
    private final RegistryFile.Line line;
    private final List<ImportProblem> problems;
    private final Set<String> reported = new HashSet<>();
    private boolean clean = true;

    RegistryRow(RegistryFile.Line line, List<ImportProblem> problems) {
        this.line = line;
        this.problems = problems;
    }

    boolean clean() {
        return clean;
    }

    void problem(boolean holds, String field, String key, Object... args) {
        if (!holds && reported.add(field)) {
            clean = false;
            problems.add(new ImportProblem(line.number(), key, args));
        }
    }

    void rule(BusinessRuleException.Violation v) {
        problem(false, v.field() == null ? v.messageKey() : v.field(), v.messageKey(), v.arguments());
    }

    EnterpriseForm form(long district, Map<String, Long> industries, Map<String, Long> parks,
                        java.util.function.Function<String, String> label) {
        EnterpriseForm f = new EnterpriseForm();
        f.setDistrictId(district);
        f.setName(line.get(Column.NAME));
        f.setUscc(line.get(Column.USCC));
        f.setAddress(line.get(Column.ADDRESS));
        f.setLegalRepresentative(line.get(Column.LEGAL_REPRESENTATIVE));
        f.setUnionChair(line.get(Column.CHAIR));
        String industry = line.get(Column.INDUSTRY);
        if (industry != null) {
            Long id = industries.getOrDefault(industry.toUpperCase(Locale.ROOT), industries.get(industry.toLowerCase(Locale.ROOT)));
            problem(id != null, "industryId", "import.industry.unknown", industry);
            f.setIndustryId(id);
        }
        String park = line.get(Column.PARK);
        if (park != null) {
            Long id = parks.getOrDefault(park, parks.get(park.toLowerCase(Locale.ROOT)));
            problem(id != null, "parkId", "import.park.unknown", park);
            f.setParkId(id);
        }
        f.setHeadcount(number(Column.HEADCOUNT, "headcount"));
        f.setWomenCount(number(Column.WOMEN, "womenCount"));
        f.setDispatchedCount(number(Column.DISPATCHED, "dispatchedCount"));
        f.setOwnership(choice(Column.OWNERSHIP, "ownership", Ownership.values(), "ownership.", label));
        f.setDemocraticBody(choice(Column.DEMOCRATIC_BODY, "democraticBody", DemocraticBody.values(), "democraticBody.", label));
        String union = line.get(Column.UNION);
        Boolean founded = union == null ? null : switch (union.toLowerCase(Locale.ROOT)) {
            case "是", "有", "已建", "yes", "y", "true", "1" -> true;
            case "否", "无", "未建", "no", "n", "false", "0" -> false;
            default -> null;
        };
        problem(founded != null, "unionFounded", "import.union.invalid", union == null ? "" : union);
        f.setUnionFounded(Boolean.TRUE.equals(founded));
        return f;
    }

    ImportTable.Contacts contacts() {
        return new ImportTable.Contacts(mobile(Column.CHAIR_MOBILE), email(Column.CHAIR_EMAIL),
                mobile(Column.LEGAL_REPRESENTATIVE_MOBILE), email(Column.LEGAL_REPRESENTATIVE_EMAIL));
    }

    private String mobile(Column c) {
        String m = ContactDetails.mobile(line.get(c));
        problem(ContactDetails.validMobile(m), c.name(), "import.mobile.invalid", c.headers.get(0), m);
        return m.isEmpty() ? null : m;
    }

    private String email(Column c) {
        String e = ContactDetails.email(line.get(c));
        problem(ContactDetails.validEmail(e), c.name(), "import.email.invalid", c.headers.get(0), e);
        return e.isEmpty() ? null : e;
    }

    private Integer number(Column c, String field) {
        String cell = line.get(c);
        if (cell == null) {
            return null;
        }
        try {
            return Integer.valueOf(cell.replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            problem(false, field, "import.number.invalid", c.headers.get(0), cell);
            return null;
        }
    }

    private <E extends Enum<E>> E choice(Column c, String field, E[] values, String prefix,
                                         java.util.function.Function<String, String> label) {
        String cell = line.get(c);
        if (cell == null) {
            return null;
        }
        for (E value : values) {
            if (value.name().equalsIgnoreCase(cell) || label.apply(prefix + value.name()).equals(cell)) {
                return value;
            }
        }
        problem(false, field, "import.choice.unknown", c.headers.get(0), cell);
        return null;
    }
}
