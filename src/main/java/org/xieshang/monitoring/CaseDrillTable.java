package org.xieshang.monitoring;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CaseStage;
import org.xieshang.system.Localized;

/** The SQL of the case list behind a figure: the conditions on a case {@code c}, and the names of its districts. */
@Repository
class CaseDrillTable {

    private final JdbcClient jdbc;

    CaseDrillTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Cases of the area's subtree (if given), of the year their number names (if given), at a stage or overdue. */
    BargainingCases.Search search(CaseListController.Ask ask, LocalDate today) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (ask.area() != null) {
            conditions.add("c.district_id in (select ud.id from district ud join area_path up on up.descendant_id = ud.area_id"
                    + " where up.ancestor_id = ?)");
            params.add(ask.area());
        }
        if (ask.year() != null) {
            // The figures count a case in the year of its number (XS-2026-00001).
            conditions.add("c.case_no like ?");
            params.add("XS-" + ask.year() + "-%");
        }
        if (ask.industry() != null) {
            conditions.add("coalesce((select e.industry_id from enterprise e where e.id = c.enterprise_id),"
                    + " (select f.industry_id from federation f where f.id = c.federation_id), 0) = ?");
            params.add(ask.industry());
        }
        if (ask.wageYear() != null) {
            // The wage outcome counts a contract in the year it took effect (Figure.WAGE_AGREEMENTS).
            conditions.add("exists (select 1 from collective_contract k where k.case_id = c.id and k.wage_increase is not null"
                    + " and k.purpose <> ? and k.effective_on >= ? and k.effective_on < ?)");
            params.addAll(List.of(TallyTable.TERMINATION, Date.valueOf(part(ask).start(ask.wageYear())),
                    Date.valueOf(part(ask).end(ask.wageYear()))));
        }
        if (ask.missedClock() != null) {
            conditions.add("exists (select 1 from clock_miss m where m.case_id = c.id and m.clock = ?"
                    + (ask.missedYear() == null ? ")" : " and m.missed_on >= ? and m.missed_on < ?)"));
            params.add(ask.missedClock());
            if (ask.missedYear() != null) {
                params.addAll(List.of(Date.valueOf(part(ask).start(ask.missedYear())), Date.valueOf(part(ask).end(ask.missedYear()))));
            }
        }
        if (ask.overdue()) {
            conditions.add("exists (select 1 from offer o where o.case_id = c.id and o.answer_due_on < ?)");
            params.add(Date.valueOf(today));
        }
        return new BargainingCases.Search(ask.stage() == null ? List.of(CaseStage.values()) : List.of(ask.stage()), ask.q(),
                conditions.isEmpty() ? null : String.join(" and ", conditions), params);
    }

    private static ReportPeriod part(CaseListController.Ask ask) {
        return ask.period() == null ? ReportPeriod.YEAR : ask.period();
    }

    Optional<Localized> industryName(long industryId) {
        return jdbc.sql("select name_zh, name_en from industry where id = ?").param(industryId)
                .query((rs, i) -> new Localized(rs.getString("name_zh"), rs.getString("name_en"))).optional();
    }

    Map<Long, Localized> districtNames(Collection<Long> ids) {
        Map<Long, Localized> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, name_zh, name_en from district where id in (:ids)").param("ids", ids).query(rs -> {
                names.put(rs.getLong("id"), new Localized(rs.getString("name_zh"), rs.getString("name_en")));
            });
        }
        return names;
    }
}
