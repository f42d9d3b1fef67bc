package org.xieshang.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.bargaining.CollectiveBargainingProcess;
import org.xieshang.campaign.CampaignForm;
import org.xieshang.campaign.CampaignService;
import org.xieshang.campaign.SpringOfferCampaign;
import org.xieshang.enterprise.UnifiedSocialCreditCode;
import org.xieshang.offer.AnswerForm;
import org.xieshang.offer.AnswerKind;
import org.xieshang.jurisdiction.Jurisdictions;
import org.xieshang.monitoring.TallyRebuild;
import org.xieshang.offer.BargainingSubject;
import org.xieshang.offer.ContractType;
import org.xieshang.offer.OfferForm;
import org.xieshang.offer.OfferSteps;
import org.xieshang.system.Localized;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PortalUser;
import org.xieshang.system.PartyKind;
import org.xieshang.system.Position;

/**
 * Benchmark (a program, not a test): seeds a district of ENTERPRISES enterprises on the database that
 * XIESHANG_DB_URL names (PostgreSQL), launches a spring offer campaign that opens a case for each, drives
 * OFFERED of them through the offer letter and an accepted answer (both PDFs), and times the officials'
 * campaign page over HTTP. Prints a report and writes target/benchmark-report.md. README: "Benchmarks".
 */
public final class CampaignBenchmark {

    private static final int ENTERPRISES = Integer.parseInt(System.getProperty("bench.enterprises", "10000"));
    private static final int OFFERED = Integer.parseInt(System.getProperty("bench.offered", "1000"));
    private static final int THREADS = Integer.parseInt(System.getProperty("bench.threads", "4"));
    private static final int PAGE_REQUESTS = Integer.parseInt(System.getProperty("bench.pageRequests", "50"));
    /** Cases driven before the timed ones, then analysed: a database in use, not one whose offer tables were empty. */
    private static final int WARM_UP = Integer.parseInt(System.getProperty("bench.warmUp", "100"));
    private static final String PASSWORD = "bench-2026";

    private CampaignBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkApp.run("benchmark-report.md", CampaignBenchmark::run);
    }

    private static List<String> run(ConfigurableApplicationContext app) throws Exception {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        PartyDirectory parties = app.getBean(PartyDirectory.class);
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        List<String> report = new ArrayList<>();
        report.add("# Spring offer campaign benchmark");
        report.add("");
        report.add("- database: " + jdbc.sql("select version()").query(String.class).single());
        report.add("- enterprises: " + ENTERPRISES + ", driven through offer and answer: " + OFFERED + ", threads: " + THREADS);

        long t0 = System.nanoTime();
        long districtId = seedDistrict(jdbc, parties, app.getBean(Jurisdictions.class));
        // The registry was inserted in bulk, past the steps: the officials' figures are counted again from it.
        app.getBean(TallyRebuild.class).rebuild();
        report.add(String.format("- seeding %d enterprises with their parties: %.1f s", ENTERPRISES, seconds(t0)));

        PortalUser official = parties.portalUser("bench.official").orElseThrow();
        CampaignService campaigns = app.getBean(CampaignService.class);
        long campaignId = campaigns.launch(CampaignForm.of(java.time.Year.now().getValue(), "基准测试春季要约行动", new BigDecimal("95"),
                java.time.LocalDate.now().plusDays(30)), official);
        long t1 = System.nanoTime();
        String campaignInstance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("CAMPAIGN-" + campaignId).singleResult().getId();
        int batches = 0;
        Job batch;
        while ((batch = engine.getManagementService().createJobQuery().processInstanceId(campaignInstance)
                .activityId(SpringOfferCampaign.SERVICE_OPEN_CAMPAIGN_CASES).singleResult()) != null) {
            engine.getManagementService().executeJob(batch.getId());
            batches++;
        }
        double openSeconds = seconds(t1);
        int cases = jdbc.sql("select count(*) from bargaining_case where campaign_id = ?").param(campaignId).query(Integer.class).single();
        report.add(String.format("- campaign opened %d cases (one process instance each) in %d batch jobs, %.1f s: "
                + "**%.0f cases/s**", cases, batches, openSeconds, cases / openSeconds));

        // What autovacuum does after a bulk load (it is off on this machine's PostgreSQL): without fresh statistics the
        // planner takes the engine's task table for a few rows and scans all of it for every task looked up by case.
        long ta = System.nanoTime();
        jdbc.sql("analyze").update();
        report.add(String.format("- `analyze` after opening (as autovacuum would): %.1f s", seconds(ta)));

        List<Long> opened = jdbc.sql("select id from bargaining_case where campaign_id = ? order by id")
                .param(campaignId).query(Long.class).list();
        int warmUp = Math.min(WARM_UP, opened.size());
        long tw = System.nanoTime();
        drive(app, engine, opened.subList(0, warmUp));
        // No table the offers write was empty at a campaign in a database in use: PostgreSQL caches a prepared
        // statement's plan until its tables are analysed, and a plan made for an empty table scans all of it per lookup.
        jdbc.sql("analyze").update();
        report.add(String.format("- warm-up: %d cases driven through offer and answer, then `analyze`: %.1f s", warmUp, seconds(tw)));
        List<Long> caseIds = opened.subList(warmUp, Math.min(warmUp + OFFERED, opened.size()));
        long t2 = System.nanoTime();
        drive(app, engine, caseIds);
        double offerSeconds = seconds(t2);
        report.add(String.format("- %d cases through offer letter, written answer and response letter in %.1f s: "
                + "**%.1f cases/s** (two PDFs each)", caseIds.size(), offerSeconds, caseIds.size() / offerSeconds));

        // The offers and answers are a new table's worth of rows: the page's plans need their statistics as well.
        jdbc.sql("analyze").update();
        List<Double> millis = timeCampaignPage(app, campaignId);
        report.add(String.format("- campaign view `/campaigns/%d` over HTTP, %d requests after 5 warm-ups: "
                + "**p50 %.0f ms, p95 %.0f ms**, max %.0f ms", campaignId, millis.size(), percentile(millis, 50),
                percentile(millis, 95), millis.get(millis.size() - 1)));
        report.add("");
        report.add("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, JVM max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB.");
        return report;
    }

    /** Drives the cases through offer and answer on THREADS threads. */
    private static void drive(ConfigurableApplicationContext app, ProcessEngine engine, List<Long> caseIds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> work = new ArrayList<>();
        for (Long caseId : caseIds) {
            work.add(pool.submit(() -> offerAndAccept(app, engine, caseId)));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
    }

    private static void offerAndAccept(ConfigurableApplicationContext app, ProcessEngine engine, long caseId) {
        BargainingCases cases = app.getBean(BargainingCases.class);
        CollectiveBargainingProcess process = app.getBean(CollectiveBargainingProcess.class);
        OfferSteps offerSteps = app.getBean(OfferSteps.class);
        BargainingCase c = cases.find(caseId).orElseThrow();
        PortalUser union = new PortalUser("bench.union", "工会", c.unionGroup(), PartyKind.UNION,
                null, c.districtId(), c.enterpriseId(), null, Position.UNION_CHAIR, null);
        PortalUser employer = new PortalUser("bench.hr", "人力", c.employerGroup(), PartyKind.EMPLOYER,
                null, c.districtId(), c.enterpriseId(), null, Position.HR, null);
        OfferForm offer = new OfferForm();
        offer.setContractType(ContractType.WAGES);
        offer.setSubjects(List.of(BargainingSubject.REMUNERATION));
        offer.setWageIncreasePercent(new BigDecimal("6.0"));
        offer.setLowestWage(new BigDecimal("2200"));
        offer.setProposedAt(LocalDateTime.now().plusDays(25));
        offer.setProposedPlace("会议室");
        offer.setContactName("工会主席");
        offer.setContactPhone("0951-6000000");
        offerSteps.sendOffer(process.task(c.caseNo(), CollectiveBargaining.TASK_DRAFT_OFFER, union).getId(), offer, union);
        runJob(engine, c.caseNo(), CollectiveBargaining.SERVICE_SEND_OFFER);
        AnswerForm answer = new AnswerForm();
        answer.setKind(AnswerKind.ACCEPT);
        answer.setMeetingAt(LocalDateTime.now().plusDays(20));
        answer.setMeetingPlace("会议室");
        offerSteps.answerOffer(process.task(c.caseNo(), CollectiveBargaining.TASK_ANSWER_OFFER, employer).getId(), answer, employer);
        runJob(engine, c.caseNo(), CollectiveBargaining.SERVICE_ISSUE_RESPONSE_LETTER);
        runJob(engine, c.caseNo(), CollectiveBargaining.SERVICE_OPEN_PREPARATION);
    }

    private static void runJob(ProcessEngine engine, String businessKey, String activityId) {
        String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .singleResult().getId();
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance).activityId(activityId)
                .singleResult();
        engine.getManagementService().executeJob(job.getId());
    }

    /** Batch inserts: the registry a district federation would have imported. */
    private static long seedDistrict(JdbcClient jdbc, PartyDirectory parties, Jurisdictions jurisdictions) {
        long district = jurisdictions.registerDistrict(new Jurisdictions.NewDistrict("BENCH", new Localized("基准测试区", "Benchmark district"),
                "640000", "640100", new Localized("银川市", "Yinchuan")));
        if (jdbc.sql("select count(*) from industry where code = 'C39'").query(Integer.class).single() == 0) {
            jdbc.sql("insert into industry (code, name_zh, name_en) values ('C39', '计算机、通信和其他电子设备制造业', 'Electronics')").update();
        }
        long industry = jdbc.sql("select id from industry where code = 'C39'").query(Long.class).single();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 1; i <= ENTERPRISES; i++) {
            String first17 = String.format("91640100MB%07d", i);
            jdbc.sql("""
                            insert into enterprise (district_id, industry_id, name, uscc, legal_representative, headcount, ownership,
                                union_founded, union_chair, democratic_body, created_at)
                            values (?, ?, ?, ?, '法定代表人', ?, 'PRIVATE', true, '工会主席', 'WORKERS_CONGRESS', ?)""")
                    .params(district, industry, "基准测试企业" + i + "有限公司", first17 + UnifiedSocialCreditCode.checkCharacter(first17),
                            50 + (i * 37) % 900, now).update();
        }
        // Party rows (names for letters); nobody logs in as these, so no Camunda groups are created for them.
        jdbc.sql("""
                        insert into party (id, kind, district_id, area_id, enterprise_id, name_zh, name_en)
                        select concat('e', e.id, '-union'), 'UNION', e.district_id, d.area_id, e.id, concat(e.name, '工会'), e.name
                        from enterprise e join district d on d.id = e.district_id where e.district_id = ?""")
                .param(district).update();
        jdbc.sql("""
                        insert into party (id, kind, district_id, area_id, enterprise_id, name_zh, name_en)
                        select concat('e', e.id, '-employer'), 'EMPLOYER', e.district_id, d.area_id, e.id, e.name, e.name
                        from enterprise e join district d on d.id = e.district_id where e.district_id = ?""")
                .param(district).update();
        parties.ensurePerson(new PartyDirectory.NewPerson("bench.official", "基", "准", "bench@xieshang.org", PASSWORD,
                PartyDirectory.upperUnionOf(district), Position.UPPER_UNION_OFFICIAL, "总工会"));
        return district;
    }

    private static List<Double> timeCampaignPage(ConfigurableApplicationContext app, long campaignId)
            throws IOException, InterruptedException {
        String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        HttpClient http = HttpSignIn.client(base, "bench.official", PASSWORD);
        HttpRequest page = HttpRequest.newBuilder(URI.create(base + "/campaigns/" + campaignId)).build();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < PAGE_REQUESTS + 5; i++) {
            long t = System.nanoTime();
            HttpResponse<String> response = http.send(page, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("campaign page answered " + response.statusCode());
            }
            if (i >= 5) {
                millis.add((System.nanoTime() - t) / 1e6);
            }
        }
        Collections.sort(millis);
        return millis;
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
