package org.xieshang.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.xieshang.congress.RecordedSessions;
import org.xieshang.contract.RecordedContracts;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.enterprise.DemocraticBody;
import org.xieshang.enterprise.EnterpriseForm;
import org.xieshang.enterprise.EnterpriseRegistry;
import org.xieshang.enterprise.Ownership;
import org.xieshang.enterprise.UnifiedSocialCreditCode;
import org.xieshang.jurisdiction.Jurisdictions;
import org.xieshang.offer.ContractType;
import org.xieshang.system.Localized;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.Position;

/**
 * Seeds the demo city's other districts (demo/yinchuan-city.yaml) on first start, after the development zone: each
 * district with its officials and generated enterprises, and their history recorded from paper. The same seed gives
 * the same enterprises on every machine. Idempotent: a district whose code exists is left alone (its people are
 * created when missing).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
@ConditionalOnProperty(name = "xieshang.demo.enabled", havingValue = "true")
class DemoCitySeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCitySeeder.class);
    private static final String DATA = "demo/yinchuan-city.yaml";
    private static final String RECORDED_BY = DemoDistrictSeeder.SEEDER.userId();
    /** Shares of unionised enterprises with a session in the last 12 months and with a contract in force. */
    private static final double CONGRESS_HELD = 0.72;
    private static final double CONTRACT_IN_FORCE = 0.6;

    private final JdbcClient jdbc;
    private final EnterpriseRegistry registry;
    private final PartyDirectory parties;
    private final Jurisdictions jurisdictions;
    private final RecordedContracts contracts;
    private final RecordedSessions sessions;
    private final DeadlineService deadlines;
    private final TransactionTemplate transaction;
    private final String password;
    private final int enterprises;

    DemoCitySeeder(JdbcClient jdbc, EnterpriseRegistry registry, PartyDirectory parties, Jurisdictions jurisdictions,
                   RecordedContracts contracts, RecordedSessions sessions, DeadlineService deadlines, TransactionTemplate transaction,
                   @Value("${xieshang.demo.password}") String password,
                   @Value("${xieshang.demo.generated-enterprises}") int enterprises) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.parties = parties;
        this.jurisdictions = jurisdictions;
        this.contracts = contracts;
        this.sessions = sessions;
        this.deadlines = deadlines;
        this.transaction = transaction;
        this.password = password;
        this.enterprises = enterprises;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void run(ApplicationArguments args) {
        Map<String, Object> data = DemoDistrictSeeder.load(DATA);
        Map<String, Object> city = (Map<String, Object>) data.get("city");
        Words words = new Words((Map<String, Object>) data.get("names"));
        Guideline guideline = new Guideline((Map<String, Object>) data.get("wageGuideline"));
        for (Map<String, Object> district : (List<Map<String, Object>>) data.get("districts")) {
            transaction.executeWithoutResult(status -> {
                long districtId = registry.districtIdByCode((String) district.get("code")).orElseGet(() -> {
                    long id = seed(city, district, words, guideline);
                    log.info("Seeded demo district {} ({} enterprises)", district.get("nameZh"), enterprises);
                    return id;
                });
                for (Map<String, Object> p : (List<Map<String, Object>>) district.get("people")) {
                    String userId = (String) p.get("id");
                    String party = "labour-bureau".equals(p.get("party")) ? PartyDirectory.labourBureauOf(districtId)
                            : PartyDirectory.upperUnionOf(districtId);
                    parties.ensurePerson(new PartyDirectory.NewPerson(userId, (String) p.get("family"), (String) p.get("given"),
                            userId + "@demo.xieshang.org", password, party, Position.valueOf((String) p.get("position")),
                            (String) p.get("title")));
                }
            });
        }
    }

    /** The city's wage guideline lines (%) and monthly minimum wage (yuan), published alike for each of its districts. */
    private record Guideline(BigDecimal lower, BigDecimal baseline, BigDecimal upper, BigDecimal minimumWage) {
        Guideline(Map<String, Object> lines) {
            this(decimal(lines, "lower"), decimal(lines, "baseline"), decimal(lines, "upper"), decimal(lines, "minimumWage"));
        }

        private static BigDecimal decimal(Map<String, Object> lines, String key) {
            return new BigDecimal(String.valueOf(lines.get(key)));
        }
    }

        /** The word lists generated names are drawn from. */
    @SuppressWarnings("unchecked")
    private record Words(List<String> prefixes, List<Map<String, String>> trades, List<String> surnames, List<String> givens) {
        Words(Map<String, Object> names) {
            this((List<String>) names.get("prefixes"), (List<Map<String, String>>) names.get("trades"),
                    (List<String>) names.get("surnames"), (List<String>) names.get("givens"));
        }

        String person(Random random) {
            return surnames.get(random.nextInt(surnames.size())) + givens.get(random.nextInt(givens.size()));
        }
    }

    @SuppressWarnings("unchecked")
    private long seed(Map<String, Object> city, Map<String, Object> district, Words words, Guideline guideline) {
        String code = (String) district.get("code");
        long districtId = jurisdictions.registerDistrict(new Jurisdictions.NewDistrict(code,
                new Localized((String) district.get("nameZh"), (String) district.get("nameEn")), (String) city.get("provinceCode"),
                (String) city.get("cityCode"), new Localized((String) city.get("cityNameZh"), (String) city.get("cityNameEn"))));
        List<Long> parks = ((List<Map<String, Object>>) district.get("parks")).stream()
                .map(p -> DemoDistrictSeeder.insertPark(jdbc, districtId, (String) p.get("nameZh"), (String) p.get("nameEn"))).toList();
        List<String> streets = (List<String>) district.get("street");
        Random random = new Random(code.hashCode());
        LocalDate today = deadlines.today();
        // The bureau's published lines for the years the recorded contracts took effect in, and this one.
        for (int year = today.getYear() - 3; year <= today.getYear(); year++) {
            jdbc.sql("""
                            insert into wage_guideline (district_id, guideline_year, lower_percent, baseline_percent, upper_percent,
                                minimum_wage, set_by) values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(districtId, year, guideline.lower(), guideline.baseline(), guideline.upper(), guideline.minimumWage(),
                            RECORDED_BY)
                    .update();
        }
        int combinations = words.prefixes().size() * words.trades().size();
        Map<String, Long> industries = new java.util.HashMap<>();
        for (int i = 0; i < Math.min(enterprises, combinations); i++) {
            // Neighbours differ in trade, so the first cases of the campaign are spread over the industries.
            Map<String, String> trade = words.trades().get(i % words.trades().size());
            int headcount = Math.min(3000, 20 + (int) Math.exp(4.3 + 0.9 * random.nextGaussian()));
            boolean union = random.nextDouble() < (headcount >= 25 ? 0.88 : 0.5);
            DemocraticBody body = !union ? DemocraticBody.NONE
                    : headcount >= 100 ? DemocraticBody.WORKERS_CONGRESS : DemocraticBody.ALL_STAFF_MEETING;
            EnterpriseForm form = new EnterpriseForm();
            form.setDistrictId(districtId);
            form.setParkId(random.nextDouble() < 0.4 ? parks.get(random.nextInt(parks.size())) : null);
            form.setIndustryId(industries.computeIfAbsent(trade.get("industry"),
                    industry -> jdbc.sql("select id from industry where code = ?").param(industry).query(Long.class).single()));
            form.setName(district.get("namePrefix") + words.prefixes().get(i / words.trades().size()) + trade.get("word")
                    + (i % 7 == 0 ? "股份有限公司" : "有限公司"));
            form.setUscc(uscc(code, i));
            form.setLegalRepresentative(words.person(random));
            form.setHeadcount(headcount);
            form.setWomenCount(headcount * (30 + random.nextInt(20)) / 100);
            form.setDispatchedCount(headcount * random.nextInt(8) / 100);
            form.setOwnership(i % 11 == 0 ? Ownership.STATE_OWNED : i % 13 == 0 ? Ownership.FOREIGN_INVESTED : Ownership.PRIVATE);
            form.setUnionFounded(union);
            form.setUnionChair(union ? words.person(random) : null);
            form.setDemocraticBody(body);
            form.setAddress(district.get("nameZh") + streets.get(random.nextInt(streets.size())) + (1 + random.nextInt(300)) + "号");
            long id = registry.register(form, DemoDistrictSeeder.SEEDER);
            if (union && random.nextDouble() < CONGRESS_HELD) {
                int delegates = body == DemocraticBody.ALL_STAFF_MEETING ? headcount : Math.min(headcount, 30 + headcount / 20);
                sessions.record(new RecordedSessions.Minutes(id, body, today.minusDays(10 + random.nextInt(340)), delegates,
                        delegates, "职工活动中心", RECORDED_BY, null));
            }
            if (union && random.nextDouble() < CONTRACT_IN_FORCE) {
                contracts.record(paper(id, random, today, guideline));
            }
        }
        return districtId;
    }

    /**
     * A contract in force today: its type, a term of 1 to 3 years (wages: 1), taken effect within that term; a wage
     * agreement, and most comprehensive contracts, with an average increase spread around the guideline's baseline.
     */
    private static RecordedContracts.Paper paper(long enterpriseId, Random random, LocalDate today, Guideline guideline) {
        double draw = random.nextDouble();
        ContractType type = draw < 0.45 ? ContractType.COMPREHENSIVE : draw < 0.8 ? ContractType.WAGES
                : draw < 0.92 ? ContractType.WOMEN_WORKERS : ContractType.SAFETY;
        int term = type == ContractType.WAGES ? 1 : 1 + random.nextInt(3);
        LocalDate effective = today.minusDays(5 + random.nextInt(term * 365 - 10));
        boolean wages = type == ContractType.WAGES || (type == ContractType.COMPREHENSIVE && random.nextDouble() < 0.7);
        BigDecimal increase = !wages ? null : BigDecimal.valueOf(Math.max(0, Math.min(15,
                guideline.baseline().doubleValue() + 2 * random.nextGaussian()))).setScale(1, RoundingMode.HALF_UP);
        return RecordedContracts.Paper.ofEnterprise(enterpriseId, type, term, effective.minusDays(20 + random.nextInt(10)), effective,
                increase, RECORDED_BY);
    }

    /** A code of the district's region that passes GB 32100: 91 (a company), the region, an organisation code, the check. */
    private static String uscc(String region, int i) {
        String first17 = "91" + region + String.format("MA7%06d", i);
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }
}
