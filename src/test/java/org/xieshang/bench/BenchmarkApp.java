package org.xieshang.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.xieshang.XieshangApplication;

/** How a benchmark runs: the app on the empty PostgreSQL database XIESHANG_DB_URL names, then its report printed and kept. */
final class BenchmarkApp {

    interface Body {
        List<String> run(ConfigurableApplicationContext app) throws Exception;
    }

    private BenchmarkApp() {
    }

    /**
     * Runs a program that checks something and ends the JVM: 0 when it passed, 1 when a check failed, 2 when it broke.
     * Ending it explicitly matters: threads a failed run leaves behind would keep Maven's exec:java waiting for ever.
     */
    static void exit(Callable<Boolean> program) {
        try {
            System.exit(program.call() ? 0 : 1);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(2);
        }
    }

    /** The empty PostgreSQL database a program runs on. */
    static String databaseUrl() {
        String url = System.getenv("XIESHANG_DB_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("Set XIESHANG_DB_URL (and XIESHANG_DB_USER) to an empty PostgreSQL database");
        }
        return url;
    }

    static String databaseUser() {
        return System.getenv().getOrDefault("XIESHANG_DB_USER", "postgres");
    }

    /** The app on XIESHANG_DB_URL without its job executor (the program runs the jobs it needs), quietly. */
    static ConfigurableApplicationContext start(String... settings) {
        List<String> args = new java.util.ArrayList<>(List.of("--server.port=0", "--camunda.bpm.job-execution.enabled=false",
                "--spring.main.banner-mode=off", "--logging.level.root=warn"));
        args.addAll(List.of(settings));
        return SpringApplication.run(XieshangApplication.class, args.toArray(String[]::new));
    }

    /** Starts the app without demo data or job executor, runs the body and writes its report to target/{reportFile}. */
    static void run(String reportFile, Body body) throws Exception {
        databaseUrl();
        ConfigurableApplicationContext app = start("--xieshang.demo.enabled=false");
        try {
            List<String> report = body.run(app);
            report.forEach(System.out::println);
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", reportFile), report);
        } finally {
            app.close();
        }
    }
}
