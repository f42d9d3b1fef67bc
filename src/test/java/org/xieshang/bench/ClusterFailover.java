package org.xieshang.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.campaign.SpringOfferCampaign;

/**
 * The cluster test (a program, run by .ci/cluster): two application nodes on one PostgreSQL database behind nginx,
 * on loopback. While a campaign opens 5,000 cases, 600 timers and 200 offer letters fall due and 200 delegates vote,
 * the node holding the campaign's batch job is killed with SIGKILL. The program then checks that the survivor
 * finished the work after the job lock expired, and that nothing was done twice or lost; it writes
 * target/cluster-report.md and exits with 1 when a check fails. README: "Running more than one node".
 */
public final class ClusterFailover {

    static final int ENTERPRISES = Integer.parseInt(System.getProperty("cluster.enterprises", "5000"));
    static final int TIMER_CASES = Integer.parseInt(System.getProperty("cluster.timerCases", "200"));
    static final int LETTER_CASES = Integer.parseInt(System.getProperty("cluster.letterCases", "200"));
    static final int DELEGATES = Integer.parseInt(System.getProperty("cluster.delegates", "200"));
    /** Shorter than a deployment's minute (application.yaml) so that the test waits less; the mechanism is the same. */
    static final int LOCK_MILLIS = 15_000;
    static final String ADMIN_PASSWORD = "cluster-admin-2026";
    private static final String[] TIMERS = {CollectiveBargaining.TIMER_FIRST_REMINDER, CollectiveBargaining.TIMER_LAST_REMINDER,
            CollectiveBargaining.TIMER_RESPONSE_DUE};

    private ClusterFailover() {
    }

    public static void main(String[] args) {
        BenchmarkApp.exit(ClusterFailover::test);
    }

    /** Runs the test; true when every check passed. */
    private static boolean test() throws Exception {
        String url = BenchmarkApp.databaseUrl();
        String user = BenchmarkApp.databaseUser();
        ClusterReport report = new ClusterReport();
        long t0 = System.nanoTime();
        ClusterSeed.Seeded seed = ClusterSeed.seed(ENTERPRISES, TIMER_CASES, LETTER_CASES, DELEGATES);
        report.line("- seeded (one app, then stopped): %d enterprises, %d served offers (%d timers), %d offers whose letters "
                + "wait, a congress of %d delegates voting: %.1f s", ENTERPRISES, TIMER_CASES, TIMER_CASES * TIMERS.length,
                LETTER_CASES, DELEGATES, seconds(t0));
        JdbcClient db = JdbcClient.create(new DriverManagerDataSource(url, user, System.getenv().getOrDefault("XIESHANG_DB_PASSWORD", "")));
        int incidentsBefore = count(db, "select count(*) from act_ru_incident");
        try (ClusterNodes cluster = new ClusterNodes(Map.of("SPRING_PROFILES_ACTIVE", "postgres", "XIESHANG_DB_URL", url,
                "XIESHANG_DB_USER", user, "XIESHANG_ADMIN_PASSWORD", ADMIN_PASSWORD, "XIESHANG_DEMO", "false",
                "LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs"),
                List.of("--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_MILLIS))) {
            long t1 = System.nanoTime();
            ClusterNodes.Node a = cluster.start("node-a");
            ClusterNodes.Node b = cluster.start("node-b");
            cluster.awaitHealthy(a, Duration.ofMinutes(3));
            cluster.awaitHealthy(b, Duration.ofMinutes(3));
            String lb = cluster.startBalancer(a, b);
            report.line("- two nodes healthy and nginx in front: %.1f s", seconds(t1));
            run(db, cluster, lb, a, b, seed, report, incidentsBefore);
            report.requestsPerNode(cluster.accessLog(), a, b);
            report.logs(cluster.log(a), cluster.log(b));
        }
        report.write(Path.of("target", "cluster-report.md"));
        return !report.failed();
    }

    private static void run(JdbcClient db, ClusterNodes cluster, String lb, ClusterNodes.Node a, ClusterNodes.Node b,
                            ClusterSeed.Seeded seed, ClusterReport report, int incidentsBefore) throws Exception {
        HttpClient official = HttpSignIn.client(lb, ClusterSeed.OFFICIAL, ClusterSeed.PASSWORD);
        List<ClusterVoter> voters = ClusterVoter.signIn(lb, seed);
        HttpClient operator = HttpSignIn.camundaWebapps(lb, "admin", ADMIN_PASSWORD);

        String campaignPage = official.send(HttpRequest.newBuilder(URI.create(lb + "/campaigns")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        long start = System.nanoTime();
        HttpResponse<Void> launched = official.send(HttpSignIn.post(lb + "/campaigns", "year=" + Year.now().getValue()
                        + "&title=%E9%9B%86%E7%BE%A4%E6%B5%8B%E8%AF%95&targetCoverage=95&closesOn=" + LocalDate.now().plusDays(30)
                        + "&_csrf=" + HttpSignIn.csrf(campaignPage)), HttpResponse.BodyHandlers.discarding());
        String location = launched.headers().firstValue("Location").orElse("");
        if (!location.matches(".*/campaigns/\\d+")) {
            throw new IllegalStateException("the campaign was not launched: " + launched.statusCode() + " " + location);
        }
        long campaignId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        int released = db.sql("""
                        update act_ru_job set duedate_ = current_timestamp where process_instance_id_ in (
                            select proc_inst_id_ from act_ru_execution where parent_id_ is null and business_key_ in (
                                select case_no from bargaining_case b join district d on d.id = b.district_id where d.code = 'TIMERS'))
                        and (type_ = 'timer' or duedate_ > current_timestamp)""").update();
        report.line("- campaign %d launched through nginx; %d timer and letter jobs made due at the same moment", campaignId, released);

        String campaignInstance = db.sql("select proc_inst_id_ from act_ru_execution where business_key_ = ? and parent_id_ is null")
                .param("CAMPAIGN-" + campaignId).query(String.class).single();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        await(() -> count(db, "select count(*) from bargaining_case where campaign_id = ?", campaignId) >= ENTERPRISES / 5, deadline,
                "a fifth of the cases open");
        // The delegates vote while the campaign opens; the kill comes once a quarter of them have voted.
        ExecutorService voting = Executors.newFixedThreadPool(16);
        List<Future<Integer>> ballots = new ArrayList<>();
        for (ClusterVoter voter : voters) {
            ballots.add(voting.submit(() -> voter.vote(seed.roundId())));
        }
        await(() -> count(db, "select count(*) from vote_participation where round_id = ?", seed.roundId()) >= DELEGATES / 4,
                deadline, "a quarter of the ballots cast");
        // The node to kill is the one holding the campaign's batch job at that moment.
        ClusterNodes.Node victim = null;
        while (victim == null && System.nanoTime() < deadline) {
            String owner = db.sql("select lock_owner_ from act_ru_job where process_instance_id_ = ? and job_def_id_ in (select id_ from act_ru_jobdef where act_id_ = ?) and lock_owner_ is not null")
                    .params(campaignInstance, SpringOfferCampaign.SERVICE_OPEN_CAMPAIGN_CASES).query(String.class).optional().orElse(null);
            if (owner != null) {
                victim = owner.startsWith(a.name() + ":") ? a : b;
            }
        }
        if (victim == null) {
            throw new IllegalStateException("no node held the campaign's batch job");
        }
        ClusterNodes.Node survivor = victim == a ? b : a;
        int openedAtKill = count(db, "select count(*) from bargaining_case where campaign_id = ?", campaignId);
        int votedAtKill = count(db, "select count(*) from vote_participation where round_id = ?", seed.roundId());
        ClusterNodes.kill(victim);
        long killed = System.nanoTime();
        List<String> held = db.sql("select coalesce(d.act_id_, j.handler_type_) from act_ru_job j left join act_ru_jobdef d on d.id_ = j.job_def_id_ where j.lock_owner_ like ? order by 1")
                .param(victim.name() + ":%").query(String.class).list();
        report.line("- **%s killed (SIGKILL)** %.1f s after the launch, holding the campaign's batch job; %d of %d cases open, "
                + "%d of %d ballots cast; jobs it held locked: %d (%s)", victim.name(), (killed - start) / 1e9, openedAtKill,
                ENTERPRISES, votedAtKill, DELEGATES, held.size(), ClusterReport.histogram(held));

        // Signed in through the balancer before the kill, the official goes on without signing in again.
        int kept = 0;
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> page = official.send(HttpRequest.newBuilder(URI.create(lb + "/campaigns/" + campaignId)).build(),
                    HttpResponse.BodyHandlers.ofString());
            kept += page.statusCode() == 200 && !page.body().contains("name=\"password\"") ? 1 : 0;
        }
        report.check("the official's session survives the node: 6 of 6 requests after the kill answered signed in", kept == 6,
                kept + " of 6");
        int cockpit = 0;
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> me = operator.send(HttpRequest.newBuilder(URI.create(lb + "/camunda/api/admin/auth/user/default")).build(),
                    HttpResponse.BodyHandlers.ofString());
            cockpit += me.statusCode() == 200 && me.body().contains("\"userId\":\"admin\"") ? 1 : 0;
        }
        report.check("the operator's Cockpit session survives the node", cockpit == 6, cockpit + " of 6 requests after the kill "
                + "answered signed in");

        int retried = 0;
        for (Future<Integer> ballot : ballots) {
            retried += ballot.get() > 1 ? 1 : 0;
        }
        voting.shutdown();
        double votesDone = (System.nanoTime() - killed) / 1e9;
        report.line("- every delegate's ballot answered %.1f s after the kill; %d delegates had to send theirs again "
                + "(their first went to the dying node)", votesDone, retried);

        ClusterChecks checks = new ClusterChecks(db, report);
        double takenOver = checks.awaitDone(campaignId, campaignInstance, victim.name(), killed, Duration.ofMinutes(4));
        report.line("- %s took over the dead node's jobs %.1f s after the kill (lock time %d s) and finished everything "
                + "%.1f s after it", survivor.name(), takenOver, LOCK_MILLIS / 1000, (System.nanoTime() - killed) / 1e9);
        checks.campaign(campaignId, ENTERPRISES);
        checks.timers(seed.timerCases(), TIMERS);
        checks.letters(seed.letterCases(), seed.timerCases());
        checks.noticesOnce();
        checks.ballots(seed.roundId(), seed.voters());
        report.check("no job failed (no new incident)", count(db, "select count(*) from act_ru_incident") == incidentsBefore,
                (count(db, "select count(*) from act_ru_incident") - incidentsBefore) + " new");
    }

    private static void await(BooleanSupplier condition, long deadline, String what) throws InterruptedException {
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("waited in vain for " + what);
            }
            Thread.sleep(20);
        }
    }

    static int count(JdbcClient db, String sql, Object... params) {
        return db.sql(sql).params(params).query(Integer.class).single();
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
