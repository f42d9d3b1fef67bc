package org.xieshang.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xieshang.jurisdiction.Area;
import org.xieshang.jurisdiction.Jurisdictions;
import org.xieshang.monitoring.TallyRebuild;
import org.xieshang.system.Localized;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.Position;

/**
 * Benchmark (a program, not a test): seeds a province on the empty PostgreSQL database XIESHANG_DB_URL names —
 * bench.enterprises enterprises (default 100,000) in 5 cities of 6 districts, bench.cases bargaining cases (default
 * 1,000,000) spread over 5 years in realistic stages with their offers and answers, a contract for every concluded
 * case — counts the officials' figures once from scratch (as after an import), then times the officials' views and
 * exports at province, city and district level over HTTP. Prints a report and writes target/province-benchmark-report.md.
 * README: "Benchmarks".
 */
public final class ProvinceBenchmark {

    private static final int ENTERPRISES = Integer.parseInt(System.getProperty("bench.enterprises", "100000"));
    private static final int CASES = Integer.parseInt(System.getProperty("bench.cases", "1000000"));
    private static final int REQUESTS = Integer.parseInt(System.getProperty("bench.requests", "20"));
    private static final String PASSWORD = "bench-2026";
    private static final String[] CITIES = {"640100", "640200", "640300", "640400", "640500"};
    /** Stages of the seeded cases, in proportions a campaign of several years leaves behind. */
    private static final String[] STAGES = {"CONCLUDED", "CONCLUDED", "CONCLUDED", "CONCLUDED", "CONCLUDED", "ROUNDS",
            "PREPARATION", "OFFER_SENT", "REFUSED", "CONGRESS"};

    private ProvinceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkApp.run("province-benchmark-report.md", ProvinceBenchmark::run);
    }

    private static List<String> run(ConfigurableApplicationContext app) throws Exception {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        Jurisdictions jurisdictions = app.getBean(Jurisdictions.class);
        PartyDirectory parties = app.getBean(PartyDirectory.class);
        List<String> report = new ArrayList<>(List.of("# Province benchmark", "",
                "- database: " + jdbc.sql("select version()").query(String.class).single(),
                "- " + ENTERPRISES + " enterprises in " + CITIES.length + " cities of 6 districts, " + CASES + " cases over 5 years"));
        long t0 = System.nanoTime();
        List<Long> districts = new ArrayList<>();
        for (String city : CITIES) {
            for (int d = 1; d <= 6; d++) {
                districts.add(jurisdictions.registerDistrict(new Jurisdictions.NewDistrict(city.substring(0, 4) + "0" + d,
                        new Localized("基准" + city + "第" + d + "区", "Bench district " + city + "-" + d), "640000", city,
                        new Localized("基准城市" + city, "Bench city " + city))));
            }
        }
        seed(jdbc, districts);
        report.add(String.format("- seeding with SQL: %.0f s", seconds(t0)));
        long t1 = System.nanoTime();
        app.getBean(TallyRebuild.class).rebuild();
        // As after any bulk import: the visibility map PostgreSQL's index-only scans need (autovacuum keeps it in service).
        jdbc.sql("vacuum analyze").update();
        report.add(String.format("- counting the figures from scratch once (as after an import): %.1f s", seconds(t1)));
        long districtArea = jurisdictions.areaOfDistrict(districts.get(0));
        Area city = jurisdictions.byCode(CITIES[0]).orElseThrow();
        Area province = jurisdictions.byCode("640000").orElseThrow();
        jurisdictions.ensureOfficials(city.id());
        jurisdictions.ensureOfficials(province.id());
        Map<String, String> officials = Map.of(
                "province", person(parties, "bench.province", PartyDirectory.upperUnionOfArea(province.id())),
                "city", person(parties, "bench.city", PartyDirectory.upperUnionOfArea(city.id())),
                "district", person(parties, "bench.district", PartyDirectory.upperUnionOf(districts.get(0))));
        long campaign = jdbc.sql("select id from campaign where district_id = ?").param(districts.get(0)).query(Long.class).single();
        String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        int year = Year.now().getValue();
        report.add("");
        report.add("| level | view | p50 ms | p95 ms | max ms |");
        report.add("|---|---|---|---|---|");
        for (String level : List.of("province", "city", "district")) {
            HttpClient http = HttpSignIn.client(base, officials.get(level), PASSWORD);
            for (String view : List.of("/statistics?year=" + year, "/statistics?year=" + (year - 2), "/statistics.xlsx", "/statistics/report.pdf", "/",
                    "/campaigns", "/campaigns/" + campaign, "/enterprises", "/enterprises?union=false&sort=HEADCOUNT", "/contracts", "/contracts?status=RENEWAL_WINDOW",
                    "/contracts.xlsx?status=RENEWAL_WINDOW", "/negotiations", "/negotiations?show=STALLED", "/congress",
                    "/congress?valid=false", "/cases?stage=ROUNDS", "/cases?overdue=true")) {
                List<Double> ms = time(http, base + view);
                report.add(String.format("| %s | `%s` | %.0f | %.0f | %.0f |", level, view, percentile(ms, 50), percentile(ms, 95),
                        ms.get(ms.size() - 1)));
            }
        }
        report.add("");
        report.add(String.format("District area %d, city %s, province %s. Machine: %d cores, JVM max heap %d MB.", districtArea,
                city.code(), province.code(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20));
        return report;
    }

    /** Bulk inserts (PostgreSQL generate_series): the registry and the cases an import would bring. */
    private static void seed(JdbcClient jdbc, List<Long> districts) {
        for (int i = 1; i <= 20; i++) {
            jdbc.sql("insert into industry (code, name_zh, name_en) values (?, ?, ?) on conflict do nothing")
                    .params("B" + i, "基准行业" + i, "Bench industry " + i).update();
        }
        Long[] ids = districts.toArray(Long[]::new);
        jdbc.sql("""
                        insert into enterprise (district_id, industry_id, name, uscc, legal_representative, headcount, ownership,
                            union_founded, union_chair, democratic_body, created_at, congress_held_on)
                        select (?::bigint[])[1 + g % ?], (select min(id) from industry where code like 'B%') + g % 20,
                               '基准企业' || g || '有限公司', 'B' || lpad(g::text, 17, '0'), '法定代表人', 20 + (g * 37) % 900,
                               'PRIVATE', g % 10 < 8, case when g % 10 < 8 then '工会主席' end, 'WORKERS_CONGRESS', now(),
                               case when g % 10 < 6 then current_date - (g % 500) end
                        from generate_series(1, ?) g""")
                .params(ids, ids.length, ENTERPRISES).update();
        long firstEnterprise = jdbc.sql("select min(id) from enterprise").query(Long.class).single();
        String[] stages = STAGES;
        int thisYear = Year.now().getValue();
        jdbc.sql("""
                        insert into bargaining_case (case_no, district_id, enterprise_id, stage, opened_by, opened_at, updated_at,
                            initiated_by)
                        select 'XS-' || (? - (g / 300) % 5) || '-' || lpad(g::text, 7, '0'), e.district_id, e.id,
                               (?::varchar[])[1 + (g / 30) % 10],
                               'bench', now(), now(), 'UNION'
                        from generate_series(1, ?) g join enterprise e on e.id = ? + (g % ?)""")
                .params(thisYear, stages, CASES, firstEnterprise, ENTERPRISES).update();
        jdbc.sql("""
                        insert into offer (case_id, contract_type, subjects, proposed_at, proposed_place, contact_name, contact_phone,
                            sent_by, received_on, answer_due_on)
                        select c.id, 'WAGES', 'REMUNERATION', now(), '会议室', '工会主席', '0951-6000000', 'bench',
                               make_date(cast(substring(c.case_no, 4, 4) as integer), 3, (1 + c.id % 28)::int),
                               make_date(cast(substring(c.case_no, 4, 4) as integer), 3, (1 + c.id % 28)::int) + 20
                        from bargaining_case c""").update();
        jdbc.sql("""
                        insert into offer_answer (case_id, kind, answered_on, answered_by, on_time)
                        select o.case_id, 'ACCEPT', o.received_on + (o.case_id % 25)::int, 'bench', o.case_id % 25 <= 20
                        from offer o join bargaining_case c on c.id = o.case_id where c.stage <> ?""")
                .param("OFFER_SENT").update();
        // Terms of 1 to 3 years from a month of the case's year: some expired, some in force, some in their renewal window.
        jdbc.sql("""
                        insert into collective_contract (case_id, district_id, enterprise_id, contract_type, level, purpose, title,
                            term_years, status, employees_covered, created_at, signed_on, effective_on, expires_on, renewal_opens_on,
                            renewal_window_opened_on)
                        select case_id, district_id, enterprise_id, contract_type, 'ENTERPRISE', 'NEW', '集体合同', term,
                               case when expires < current_date then 'EXPIRED' else 'EFFECTIVE' end, headcount, now(),
                               effective - 14, effective, expires, opens,
                               case when expires >= current_date and opens <= current_date then opens end
                        from (select c.id as case_id, c.district_id, c.enterprise_id, (?::varchar[])[1 + c.id % 4] as contract_type,
                                     1 + (c.id / 4) % 3 as term, e.headcount,
                                     make_date(cast(substring(c.case_no, 4, 4) as integer), (1 + c.id % 11)::int, 15) as effective,
                                     make_date(cast(substring(c.case_no, 4, 4) as integer) + (1 + (c.id / 4) % 3)::int,
                                               (1 + c.id % 11)::int, 14) as expires,
                                     cast(make_date(cast(substring(c.case_no, 4, 4) as integer) + (1 + (c.id / 4) % 3)::int,
                                               (1 + c.id % 11)::int, 14) - interval '3 months' as date) as opens
                              from bargaining_case c join enterprise e on e.id = c.enterprise_id where c.stage = ?) k""")
                .params(new String[] {"COMPREHENSIVE", "WAGES", "WOMEN_WORKERS", "SAFETY"}, "CONCLUDED").update();
        jdbc.sql("insert into contract_coverage (contract_id, enterprise_id, employees) select id, enterprise_id, employees_covered"
                + " from collective_contract").update();
        // This year's cases of each district are its spring offer campaign (a few thousand cases each).
        jdbc.sql("""
                        insert into campaign (district_id, campaign_year, title, target_coverage, closes_on, status, launched_by,
                            launched_at)
                        select id, ?, '基准春季要约行动', 90, make_date(?, 12, 31), 'OPEN', 'bench', make_date(?, 3, 1) from district
                        where id = any(?::bigint[])""")
                .params(thisYear, thisYear, thisYear, ids).update();
        jdbc.sql("""
                        update bargaining_case c set campaign_id = (select k.id from campaign k where k.district_id = c.district_id
                            and k.campaign_year = ?) where c.case_no like ?""")
                .params(thisYear, "XS-" + thisYear + "-%").update();
        jdbc.sql("analyze").update();
    }

    private static String person(PartyDirectory parties, String userId, String partyId) {
        parties.ensurePerson(new PartyDirectory.NewPerson(userId, "基", "准", userId + "@xieshang.org", PASSWORD, partyId,
                Position.UPPER_UNION_OFFICIAL, "官员"));
        return userId;
    }

    private static List<Double> time(HttpClient http, String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2)).build();
        for (int i = 0; i < 2; i++) {
            check(http.send(request, HttpResponse.BodyHandlers.discarding()), url);
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            long t = System.nanoTime();
            check(http.send(request, HttpResponse.BodyHandlers.discarding()), url);
            ms.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(ms);
        return ms;
    }

    private static void check(HttpResponse<?> response, String url) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
