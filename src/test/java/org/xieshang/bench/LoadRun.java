package org.xieshang.bench;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The load run (a benchmark program; .ci/load runs it with one node and with two): seeds the empty database
 * XIESHANG_DB_URL names (LoadSeed), starts {@code -Dload.nodes} application nodes behind nginx (ClusterNodes), warms
 * each node up, runs PortalSimulation with Gatling in a JVM of its own, and writes target/load/report-{n}-nodes.md
 * from Gatling's statistics and the vote's count in the database.
 */
public final class LoadRun {

    private static final int NODES = Integer.getInteger("load.nodes", 2);
    private static final int DELEGATES = Integer.getInteger("load.delegates", 1000);
    private static final int CHAIRS = Integer.getInteger("load.chairs", 100);
    private static final int HRS = Integer.getInteger("load.hrs", 100);
    /**
     * Cores each node's JVM sizes itself for (0: all the machine has). The nodes of a cluster run on machines of their
     * own; two on this one machine share its cores, and each is told its share, as a container limited to it would be.
     */
    private static final int NODE_CORES = Integer.getInteger("load.nodeCores",
            NODES == 1 ? 0 : Math.max(1, Runtime.getRuntime().availableProcessors() / NODES));
    private static final Path DIR = Path.of("target", "load").toAbsolutePath();
    /** The work each node does before the measured run, and in how many seconds. */
    private static final LoadSeed.Size WARM_UP = new LoadSeed.Size(20, 20, 200);
    private static final int WARM_UP_SECONDS = 20;

    private LoadRun() {
    }

    public static void main(String[] args) {
        BenchmarkApp.exit(LoadRun::run);
    }

    private static boolean run() throws Exception {
        String url = BenchmarkApp.databaseUrl();
        String user = BenchmarkApp.databaseUser();
        long t0 = System.nanoTime();
        List<LoadSeed.Size> sizes = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            sizes.add(WARM_UP);
        }
        sizes.add(new LoadSeed.Size(CHAIRS, HRS, DELEGATES));
        LoadSeed.Seeded seeded = LoadSeed.seed(DIR.resolve("feeders-" + NODES), sizes);
        List<LoadSeed.Set> sets = seeded.sets();
        LoadSeed.Set measured = sets.get(NODES);
        List<String> report = new ArrayList<>(List.of("# Load run on " + NODES + (NODES == 1 ? " node" : " nodes") + " behind nginx", "",
                String.format("- seeded %d union chairs' and %d HR accounts with their tasks and a congress of %d delegates voting, and a "
                        + "smaller set per node to warm it up: %.0f s", CHAIRS, HRS, DELEGATES, (System.nanoTime() - t0) / 1e9)));
        try (ClusterNodes cluster = new ClusterNodes(Map.of("SPRING_PROFILES_ACTIVE", "postgres", "XIESHANG_DB_URL", url,
                "XIESHANG_DB_USER", user, "XIESHANG_ADMIN_PASSWORD", "load-admin-2026", "XIESHANG_DEMO", "false"), List.of(),
                NODE_CORES == 0 ? List.of() : List.of("-XX:ActiveProcessorCount=" + NODE_CORES))) {
            List<ClusterNodes.Node> nodes = new ArrayList<>();
            for (int i = 0; i < NODES; i++) {
                nodes.add(cluster.start("node-" + (char) ('a' + i)));
            }
            // A node in service has run every kind of request many times: each runs a smaller set first, unmeasured.
            for (int i = 0; i < NODES; i++) {
                cluster.awaitHealthy(nodes.get(i), Duration.ofMinutes(3));
                gatling(nodes.get(i).base(), sets.get(i), seeded.campaignId(), DIR.resolve("warm-up-" + NODES + "-" + i), WARM_UP_SECONDS);
            }
            String lb = cluster.startBalancer(nodes.get(0), nodes.get(nodes.size() - 1));
            Path results = DIR.resolve("results-" + NODES);
            int exit = gatling(lb, measured, seeded.campaignId(), results, 55);
            report.addAll(figures(results));
            report.add("- Gatling's assertions (p95 < 300 ms, ballots p99 < 300 ms, no failed request): "
                    + (exit == 0 ? "**all hold**" : "**not all hold** (exit " + exit + ")"));
            report.add(vote(JdbcClient.create(new DriverManagerDataSource(url, user, "")), measured.roundId()));
            report.add("");
            report.add("Machine: " + Runtime.getRuntime().availableProcessors() + " cores shared by the nodes (JVMs of -Xmx768m"
                    + (NODE_CORES == 0 ? "" : ", each sized for " + NODE_CORES + " core(s)") + "), PostgreSQL, nginx and Gatling. "
                    + "Gatling's own report: " + DIR.relativize(results) + "/*/index.html.");
            Files.write(DIR.resolve("report-" + NODES + "-nodes.md"), report);
            report.forEach(System.out::println);
            return exit == 0;
        }
    }

    /** One Gatling run of PortalSimulation with this set's work against {@code base}, in a JVM of its own; its exit code. */
    private static int gatling(String base, LoadSeed.Set set, long campaign, Path results, int seconds) throws Exception {
        String cp = Stream.of(Path.of("target", "test-classes"), Path.of("target", "classes")).map(p -> p.toAbsolutePath().toString())
                .reduce((a, b) -> a + File.pathSeparator + b).orElseThrow()
                + File.pathSeparator + Files.readString(DIR.resolve("classpath.txt")).trim();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "--add-opens=java.base/java.lang=ALL-UNNAMED", "-Dload.base=" + base, "-Dload.feeders=" + set.feeders(),
                "-Dload.campaign=" + campaign, "-Dload.round=" + set.roundId(), "-Dload.session=" + set.sessionId(),
                "-Dload.delegates=" + set.size().delegates(), "-Dload.chairs=" + set.size().chairs(), "-Dload.hrs=" + set.size().hrs(),
                "-Dload.seconds=" + seconds, "-cp", cp, "io.gatling.app.Gatling", "--simulation", "org.xieshang.bench.PortalSimulation",
                "--results-folder", results.toString(), "--run-description", NODES + " node(s)");
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    /**
     * Response times per request kind and overall, read from the statistics table of Gatling's report (this Gatling
     * version writes no JSON of them): columns 2 total, 4 failed, 8 p50, 10 p95, 11 p99, 12 max.
     */
    private static List<String> figures(Path results) throws Exception {
        Path index;
        try (Stream<Path> found = Files.walk(results)) {
            index = found.filter(p -> p.getFileName().toString().equals("index.html")).max(Comparator.comparing(Path::toString))
                    .orElseThrow(() -> new IllegalStateException("no Gatling report under " + results));
        }
        String html = Files.readString(index);
        List<String> lines = new ArrayList<>(List.of("", "| requests | count | failed | p50 ms | p95 ms | p99 ms | max ms |",
                "|---|---|---|---|---|---|---|"));
        Pattern name = Pattern.compile("class=\"ellipsed-name\">([^<]+)<");
        Pattern cell = Pattern.compile("class=\"value [a-z]+ col-(\\d+)\">([^<]*)<");
        for (String row : html.split("<tr id=\"")) {
            Matcher n = name.matcher(row);
            if (!n.find()) {
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            Matcher c = cell.matcher(row);
            while (c.find()) {
                cells.put(c.group(1), c.group(2));
            }
            if (cells.containsKey("12")) {
                lines.add(String.format("| %s | %s | %s | %s | %s | %s | %s |", n.group(1).equals("All Requests") ? "**all**" : n.group(1),
                        cells.get("2"), cells.get("4"), cells.get("8"), cells.get("10"), cells.get("11"), cells.get("12")));
            }
        }
        lines.add("");
        return lines;
    }

    private static String vote(JdbcClient db, long round) {
        int cast = db.sql("select count(*) from vote_participation where round_id = ?").param(round).query(Integer.class).single();
        List<Integer> tally = db.sql("select for_count, against_count from vote_tally where round_id = ? and line = 0").param(round)
                .query((rs, i) -> List.of(rs.getInt(1), rs.getInt(2))).single();
        return String.format("- the vote: %d of %d delegates recorded as voted; for/against %s (every third delegate votes against)",
                cast, DELEGATES, tally);
    }
}
