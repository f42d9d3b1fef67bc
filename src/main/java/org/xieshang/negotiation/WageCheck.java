package org.xieshang.negotiation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.PartyKind;
import org.xieshang.system.PortalUser;

/**
 * Every wage position against the district's wage guideline of the year (lower line, baseline, upper warning line:
 * advisory, so flagged, never blocked) and the local minimum wage (LCL Art. 55: a floor), with what the position
 * costs: the extra annual payroll for the headcount and the cost of each 1 %, to the yuan.
 */
@Service
public class WageCheck {

    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[%％]");
    private static final Pattern LOWEST = Pattern.compile("最低[^0-9。；]{0,20}?(\\d{3,6}(?:\\.\\d+)?)\\s*元");

    private final JdbcClient jdbc;

    WageCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Guideline(long districtId, int year, BigDecimal lowerPercent, BigDecimal baselinePercent,
                            BigDecimal upperPercent, BigDecimal minimumWage) {
    }

    public record WageData(int headcount, BigDecimal averageMonthlyWage, BigDecimal lowestMonthlyWage) {
    }

    public enum Flag { BELOW_LOWER_LINE, ABOVE_BASELINE, ABOVE_UPPER_LINE, BELOW_MINIMUM_WAGE }

    /** What one position means: flags against the configured figures, and its cost where the wage data is in. */
    public record Finding(BigDecimal increasePercent, BigDecimal proposedMinimum, List<Flag> flags, Guideline guideline,
                          BigDecimal extraAnnualPayroll, BigDecimal costPerPercent) {
    }

    /**
     * The labour bureau publishes the district's figures for a year (the wage guideline and the minimum wage are
     * the labour administration's, MOL wage-guideline measures 1997); the upper-level union reads them but does not set them.
     */
    @Transactional
    public void setGuideline(Guideline g, PortalUser user) {
        if (!user.districtOfficial() || !user.districtId().equals(g.districtId())) {
            throw new NotFoundException("wage guideline of district " + g.districtId());
        }
        if (user.partyKind() != PartyKind.LABOUR_BUREAU) {
            throw new BusinessRuleException(null, "wage.guideline.bureauOnly");
        }
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        rules.check(g.lowerPercent() != null && g.baselinePercent() != null && g.upperPercent() != null, "lowerPercent",
                "wage.guideline.required");
        rules.check(g.lowerPercent() == null || g.baselinePercent() == null || g.upperPercent() == null
                        || (g.lowerPercent().compareTo(g.baselinePercent()) <= 0 && g.baselinePercent().compareTo(g.upperPercent()) <= 0),
                "baselinePercent", "wage.guideline.order");
        rules.check(g.minimumWage() != null && g.minimumWage().signum() > 0, "minimumWage", "wage.guideline.minimum");
        // The lower line may be zero or negative, for loss-making firms.
        rules.check(g.lowerPercent() == null || (g.lowerPercent().abs().compareTo(BigDecimal.valueOf(100)) <= 0
                        && g.lowerPercent().stripTrailingZeros().scale() <= 2), "lowerPercent", "wage.guideline.lowerRange")
                .percent(g.baselinePercent(), "baselinePercent", "overview.negotiation.baseline")
                .percent(g.upperPercent(), "upperPercent", "overview.negotiation.upper")
                .money(g.minimumWage(), Preparation.MAX_MONTHLY_WAGE, "minimumWage", "overview.negotiation.minimum");
        rules.throwIfAny();
        jdbc.sql("delete from wage_guideline where district_id = ? and guideline_year = ?").params(g.districtId(), g.year()).update();
        jdbc.sql("""
                        insert into wage_guideline (district_id, guideline_year, lower_percent, baseline_percent, upper_percent,
                            minimum_wage, set_by) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(g.districtId(), g.year(), g.lowerPercent(), g.baselinePercent(), g.upperPercent(), g.minimumWage(),
                        user.userId())
                .update();
    }

    public Optional<Guideline> guideline(long districtId, int year) {
        return jdbc.sql("select * from wage_guideline where district_id = ? and guideline_year = ?").params(districtId, year)
                .query((rs, i) -> new Guideline(districtId, year, rs.getBigDecimal("lower_percent"), rs.getBigDecimal("baseline_percent"),
                        rs.getBigDecimal("upper_percent"), rs.getBigDecimal("minimum_wage")))
                .optional();
    }

    /** The increase a position or clause states ("增长5.8%"), as written in the minutes. */
    public static BigDecimal increaseIn(String text) {
        return first(PERCENT, text);
    }

    /** The lowest wage a position or clause states ("最低工资不低于每月2300元"), as written in the minutes. */
    public static BigDecimal lowestWageIn(String text) {
        return first(LOWEST, text);
    }

    private static BigDecimal first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text == null ? "" : text);
        return m.find() ? new BigDecimal(m.group(1)) : null;
    }

    /**
     * LCL Art. 55: no agreed wage item may set a lowest wage below the district's minimum wage of the year. Checked
     * when the chiefs initial the draft, so the congress never votes on a clause the law voids.
     */
    public void requireFloor(long districtId, int year, List<Preparation.Item> items) {
        Optional<Guideline> guideline = guideline(districtId, year);
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        items.stream().filter(i -> i.wages() && i.status() == Preparation.Item.Status.AGREED).forEach(i -> {
            BigDecimal lowest = lowestWageIn(i.agreedText());
            guideline.filter(g -> lowest != null && lowest.compareTo(g.minimumWage()) < 0).ifPresent(g ->
                    rules.check(false, "item" + i.id(), "wage.floor.below", i.title(), lowest.toPlainString(),
                            g.minimumWage().toPlainString(), String.valueOf(year)));
        });
        rules.throwIfAny();
    }

    /** What a position means, as a pure function of the figures: flags against the guideline, the cost on the wage data. */
    public static Finding check(BigDecimal increasePercent, BigDecimal proposedMinimum, Optional<Guideline> guideline,
                         Optional<WageData> data) {
        List<Flag> flags = new ArrayList<>();
        guideline.ifPresent(g -> {
            if (increasePercent != null && increasePercent.compareTo(g.lowerPercent()) < 0) {
                flags.add(Flag.BELOW_LOWER_LINE);
            }
            if (increasePercent != null && increasePercent.compareTo(g.upperPercent()) > 0) {
                flags.add(Flag.ABOVE_UPPER_LINE);
            } else if (increasePercent != null && increasePercent.compareTo(g.baselinePercent()) > 0) {
                flags.add(Flag.ABOVE_BASELINE);
            }
            if (proposedMinimum != null && proposedMinimum.compareTo(g.minimumWage()) < 0) {
                flags.add(Flag.BELOW_MINIMUM_WAGE);
            }
        });
        BigDecimal perPercent = data.map(d -> d.averageMonthlyWage().multiply(MONTHS).multiply(BigDecimal.valueOf(d.headcount()))
                .divide(HUNDRED, 0, RoundingMode.HALF_UP)).orElse(null);
        BigDecimal extra = data.filter(d -> increasePercent != null)
                .map(d -> d.averageMonthlyWage().multiply(MONTHS).multiply(BigDecimal.valueOf(d.headcount()))
                        .multiply(increasePercent).divide(HUNDRED, 0, RoundingMode.HALF_UP)).orElse(null);
        return new Finding(increasePercent, proposedMinimum, List.copyOf(flags), guideline.orElse(null), extra, perPercent);
    }
}
