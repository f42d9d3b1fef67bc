package org.xieshang.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

    /** Starts the app without demo data or job executor, runs the body and writes its report to target/{reportFile}. */
    static void run(String reportFile, Body body) throws Exception {
        String url = System.getenv("XIESHANG_DB_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("Set XIESHANG_DB_URL (and XIESHANG_DB_USER) to an empty PostgreSQL database");
        }
        ConfigurableApplicationContext app = SpringApplication.run(XieshangApplication.class,
                "--server.port=0", "--xieshang.demo.enabled=false", "--camunda.bpm.job-execution.enabled=false",
                "--spring.main.banner-mode=off", "--logging.level.root=warn");
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
