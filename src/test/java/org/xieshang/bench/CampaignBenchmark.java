package org.xieshang.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xieshang.system.Localized;

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
        List<String> report = new ArrayList<>();
        report.add("# Spring offer campaign benchmark");
        report.add("");
        report.add("- database: " + jdbc.sql("select version()").query(String.class).single());
        report.add("- enterprises: " + ENTERPRISES + ", driven through offer and answer: " + OFFERED + ", threads: " + THREADS);

        long t0 = System.nanoTime();
        BulkDistrict.seed(app, "BENCH", new Localized("基准测试区", "Benchmark district"), "MB", ENTERPRISES, "bench.official", PASSWORD);
        report.add(String.format("- seeding %d enterprises with their parties: %.1f s", ENTERPRISES, seconds(t0)));

        long campaignId = BulkDistrict.launch(app, "bench.official", "基准测试春季要约行动");
        long t1 = System.nanoTime();
        int batches = BulkDistrict.openAll(app, campaignId);
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
        drive(app, opened.subList(0, warmUp));
        // No table the offers write was empty at a campaign in a database in use: PostgreSQL caches a prepared
        // statement's plan until its tables are analysed, and a plan made for an empty table scans all of it per lookup.
        jdbc.sql("analyze").update();
        report.add(String.format("- warm-up: %d cases driven through offer and answer, then `analyze`: %.1f s", warmUp, seconds(tw)));
        List<Long> caseIds = opened.subList(warmUp, Math.min(warmUp + OFFERED, opened.size()));
        long t2 = System.nanoTime();
        drive(app, caseIds);
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
    private static void drive(ConfigurableApplicationContext app, List<Long> caseIds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> work = new ArrayList<>();
        for (Long caseId : caseIds) {
            work.add(pool.submit(() -> BulkDistrict.accept(app, BulkDistrict.sendOffer(app, caseId, true))));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
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
