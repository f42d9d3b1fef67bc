package org.xieshang.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Benchmark (a program, not a test): how many four-page Chinese documents the renderer turns out per second with one
 * parsed copy of the font (every document waits for the one before, as when one font served all) and with one copy
 * per core, at 1 to 2 × cores threads. Prints a report and writes target/render-benchmark-report.md.
 * README: "Benchmarks".
 */
public final class RenderBenchmark {

    private static final int DOCUMENTS = Integer.parseInt(System.getProperty("bench.documents", "200"));
    /** Documents rendered before the first line is timed, so the JIT has compiled the renderer. */
    private static final int WARM_UP = 60;

    private RenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        String html = contract();
        List<String> report = new ArrayList<>();
        report.add("# Document rendering benchmark");
        report.add("");
        report.add("- " + DOCUMENTS + " documents of " + pages(html) + " pages each per line, after " + WARM_UP + " warm-ups; "
                + cores + " cores, JVM max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        report.add("");
        report.add("| font copies | threads | documents/s | ms per document (mean) |");
        report.add("|---|---|---|---|");
        run(new PdfRenderer(new ChineseFont("", cores)), html, WARM_UP, cores);
        for (int copies : new int[] {1, cores}) {
            ChineseFont font = new ChineseFont("", copies);
            PdfRenderer renderer = new PdfRenderer(font);
            for (int threads : new int[] {1, cores, 2 * cores}) {
                run(renderer, html, threads, threads);
                long start = System.nanoTime();
                run(renderer, html, DOCUMENTS, threads);
                double seconds = (System.nanoTime() - start) / 1e9;
                report.add(String.format("| %d | %d | %.1f | %.0f |", copies, threads, DOCUMENTS / seconds,
                        1000 * seconds * threads / DOCUMENTS));
            }
        }
        report.forEach(System.out::println);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "render-benchmark-report.md"), report);
    }

    private static void run(PdfRenderer renderer, String html, int documents, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<byte[]>> done = new ArrayList<>();
            for (int i = 0; i < documents; i++) {
                done.add(pool.submit(() -> renderer.render(html)));
            }
            for (Future<byte[]> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static int pages(String html) throws Exception {
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(new PdfRenderer(new ChineseFont("", 1)).render(html))) {
            return pdf.getNumberOfPages();
        }
    }

    /** A collective contract's length: forty articles of ordinary clause text. */
    private static String contract() {
        StringBuilder body = new StringBuilder("<html><head><style>@page{size:A4;margin:25mm}body{font-family:'"
                + PdfRenderer.FONT_FAMILY + "';font-size:12pt;line-height:1.8}</style></head><body><h1>集体合同</h1>");
        for (int i = 1; i <= 40; i++) {
            body.append("<p>第").append(i).append("条 用人单位应当依法建立和完善劳动规章制度，保障职工享有劳动权利、履行劳动义务。")
                    .append("职工平均工资增长幅度不低于百分之五，最低工资不低于每月二千三百元，加班加点按国家规定支付工资报酬。</p>");
        }
        return body.append("</body></html>").toString();
    }
}
