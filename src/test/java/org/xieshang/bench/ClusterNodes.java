package org.xieshang.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The cluster on loopback: application nodes as separate JVMs (the classes and runtime libraries of this build) on
 * one PostgreSQL database, and nginx in front of them with the configuration docker-compose's balancer uses.
 * Every process it starts writes its log under target/cluster/ and is stopped when the cluster closes.
 */
final class ClusterNodes implements AutoCloseable {

    static final Path DIR = Path.of("target", "cluster").toAbsolutePath();

    /** One application node: its name is the prefix of the job locks it takes. */
    record Node(String name, int port, Process process) {
        String base() {
            return "http://127.0.0.1:" + port;
        }
    }

    private final Map<String, String> environment;
    private final List<String> settings;
    private final List<String> jvmOptions;
    private final List<Process> started = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** {@code settings}: command-line properties every node gets beside its port and name. */
    ClusterNodes(Map<String, String> environment, List<String> settings) throws IOException {
        this(environment, settings, List.of());
    }

    /** {@code jvmOptions}: options of every node's JVM beside its heap. */
    ClusterNodes(Map<String, String> environment, List<String> settings, List<String> jvmOptions) throws IOException {
        this.environment = environment;
        this.settings = settings;
        this.jvmOptions = jvmOptions;
        Files.createDirectories(DIR);
    }

    Node start(String name) throws IOException {
        Path classpath = DIR.resolve("classpath.txt");
        if (!Files.exists(classpath)) {
            throw new IllegalStateException(classpath + " is missing: run .ci/cluster, which writes it with Maven");
        }
        String cp = Path.of("target", "classes").toAbsolutePath() + java.io.File.pathSeparator + Files.readString(classpath).trim();
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", cp, "org.xieshang.XieshangApplication", "--server.port=" + port, "--xieshang.node=" + name));
        command.addAll(settings);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(DIR.resolve(name + ".log").toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        started.add(process);
        return new Node(name, port, process);
    }

    /** Waits until the node's /actuator/health says UP, as the balancer's health check would. */
    void awaitHealthy(Node node, Duration timeout) throws Exception {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            if (!node.process().isAlive()) {
                throw new IllegalStateException(node.name() + " exited; see " + DIR.resolve(node.name() + ".log"));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(node.base() + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(node.name() + " not healthy after " + timeout.toSeconds() + " s");
    }

    /**
     * Starts nginx with src/main/docker/nginx.conf, its upstreams pointed at the nodes and its own files kept under
     * target/cluster/nginx; returns the balancer's base URL.
     */
    String startBalancer(Node first, Node second) throws Exception {
        Path prefix = DIR.resolve("nginx");
        Files.createDirectories(prefix.resolve("logs"));
        Files.deleteIfExists(prefix.resolve("logs/access.log"));
        int port = freePort();
        String conf = Files.readString(Path.of("src", "main", "docker", "nginx.conf"));
        conf = replaceOnce(conf, "server app:8080", "server 127.0.0.1:" + first.port());
        conf = replaceOnce(conf, "server app:8080", "server 127.0.0.1:" + first.port());
        conf = replaceOnce(conf, "server app2:8080", "server 127.0.0.1:" + second.port());
        conf = replaceOnce(conf, "server app2:8080", "server 127.0.0.1:" + second.port());
        conf = replaceOnce(conf, "listen 80;", "listen 127.0.0.1:" + port + ";");
        conf = replaceOnce(conf, "events {", ("root".equals(System.getProperty("user.name")) ? "user root;\n" : "")
                + "pid " + prefix.resolve("nginx.pid") + ";\nerror_log " + prefix.resolve("logs/error.log") + " warn;\nevents {");
        conf = replaceOnce(conf, "http {", """
                http {
                    log_format upstreams '$status|$upstream_addr|$upstream_status|$request_method $uri|$request_time';
                    access_log %s upstreams;
                    client_body_temp_path %s;
                    proxy_temp_path %s;
                    fastcgi_temp_path %s;
                    uwsgi_temp_path %s;
                    scgi_temp_path %s;
                """.formatted(prefix.resolve("logs/access.log"), prefix.resolve("body"), prefix.resolve("proxy"),
                prefix.resolve("fastcgi"), prefix.resolve("uwsgi"), prefix.resolve("scgi")));
        Path file = prefix.resolve("nginx.conf");
        Files.writeString(file, conf);
        Process nginx = new ProcessBuilder("nginx", "-p", prefix.toString(), "-c", file.toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(prefix.resolve("logs/stdout.log").toFile()).start();
        started.add(nginx);
        String base = "http://127.0.0.1:" + port;
        for (int i = 0; i < 50; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return base;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("nginx did not answer; see " + prefix.resolve("logs"));
    }

    /** kill -9: the JVM gets no chance to close anything. */
    static void kill(Node node) throws InterruptedException {
        node.process().destroyForcibly();
        node.process().waitFor();
    }

    /** What the node wrote to its console. */
    List<String> log(Node node) throws IOException {
        return Files.readAllLines(DIR.resolve(node.name() + ".log"));
    }

    /** Requests per upstream and status, read from the balancer's access log. */
    List<String> accessLog() throws IOException {
        Path log = DIR.resolve("nginx/logs/access.log");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    @Override
    public void close() {
        started.forEach(Process::destroy);
    }

    private static String replaceOnce(String text, String what, String with) {
        int at = text.indexOf(what);
        if (at < 0) {
            throw new IllegalStateException("nginx.conf no longer has '" + what + "'");
        }
        return text.substring(0, at) + with + text.substring(at + what.length());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
