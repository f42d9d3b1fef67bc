package org.xieshang.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The cluster test's report: what happened, and each check with its figure; failed checks make the run fail. */
final class ClusterReport {

    private final List<String> lines = new ArrayList<>(List.of("# Cluster failover test", ""));
    private boolean failed;

    void line(String format, Object... args) {
        String line = String.format(format, args);
        lines.add(line);
        System.out.println(line);
    }

    void check(String what, boolean ok, String figure) {
        failed |= !ok;
        line("- %s %s (%s)", ok ? "PASS" : "**FAIL**", what, figure);
    }

    boolean failed() {
        return failed;
    }

    /** Requests the balancer sent to each node, the ones it answered with 502 (a POST it does not resend), and ballots. */
    void requestsPerNode(List<String> accessLog, ClusterNodes.Node a, ClusterNodes.Node b) {
        Map<String, Long> byUpstream = accessLog.stream().map(l -> l.split("\\|")).filter(f -> f.length >= 3)
                .collect(Collectors.groupingBy(f -> f[1].replace("127.0.0.1:" + a.port(), a.name())
                        .replace("127.0.0.1:" + b.port(), b.name()) + " " + f[2], TreeMap::new, Collectors.counting()));
        long badGateway = accessLog.stream().filter(l -> l.startsWith("502|")).count();
        line("- balancer: %d requests; by node and its answer (two means nginx tried the next node): %s; answered 502: %d",
                accessLog.size(), byUpstream, badGateway);
        List<String> ballots = accessLog.stream().filter(l -> l.matches("\\d+\\|.*\\|POST /congress/rounds/\\d+/ballot\\|.*")).toList();
        long resent = ballots.stream().filter(l -> l.split("\\|")[1].contains(",")).count();
        check("no delegate was answered with the balancer's error: a ballot the dying node cut off went on to the other node",
                ballots.stream().noneMatch(l -> l.startsWith("502|")), String.format("%d ballots, %d of them resent by nginx",
                        ballots.size(), resent));
    }

    /**
     * The nodes log JSON (LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs): every line a campaign batch logs inside its job names
     * the campaign's business key as caseNo, from the engine's logging context. Also counts the jobs that lost a race
     * to another job of their case (RaceRetry ran them again at once).
     */
    void logs(List<String> first, List<String> second) {
        List<String> lines = new ArrayList<>(first);
        lines.addAll(second);
        List<String> batches = lines.stream().filter(l -> l.contains("\"message\":\"Campaign ") && l.contains(": opened ")).toList();
        long named = batches.stream().filter(l -> l.matches(".*\"caseNo\":\"CAMPAIGN-\\d+\".*")).count();
        long json = lines.stream().filter(l -> l.startsWith("{") && l.endsWith("}")).count();
        check("the nodes log JSON, each campaign batch's line with the campaign's number", !batches.isEmpty() && named == batches.size(),
                String.format("%d of %d log lines are JSON; %d of %d batch lines carry caseNo", json, lines.size(), named, batches.size()));
        long races = lines.stream().filter(l -> l.contains("ENGINE-14006") && l.contains("OptimisticLockingException")).count();
        line("- jobs that lost a race to another job of their case (OptimisticLockingException) and ran again at once: %d", races);
    }

    static String histogram(List<String> values) {
        return values.stream().collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting())).toString();
    }

    void write(Path file) throws IOException {
        lines.add("");
        lines.add("Machine: " + Runtime.getRuntime().availableProcessors() + " cores; nodes: two JVMs of -Xmx768m, job lock "
                + ClusterFailover.LOCK_MILLIS / 1000 + " s.");
        Files.createDirectories(file.getParent());
        Files.write(file, lines);
    }
}
