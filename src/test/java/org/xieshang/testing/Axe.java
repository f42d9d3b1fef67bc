package org.xieshang.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

/**
 * axe-core's WCAG 2.0/2.1 A and AA rules on the page the browser shows: its critical and serious findings. axe runs
 * in the page itself and hands back only its violations: Deque's builder runs it per frame and finishes in a second
 * window with every passing node, twice the time on our pages, which have no frames.
 */
public final class Axe {

    private static final String SOURCE = source();
    private static final Set<WebDriver> LOADING = Collections.newSetFromMap(new WeakHashMap<>());

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                               resultTypes: ['violations']})
               .then(r => done(r.violations.filter(v => v.impact === 'critical' || v.impact === 'serious')
                   .map(v => v.id + ' ×' + v.nodes.length + ' ' + JSON.stringify(v.nodes[0].target))))
               .catch(e => done(['axe failed: ' + e]));
            """;

    private Axe() {
    }

    /** One line per finding: where, the rule, how many elements, the first of them. */
    public static List<String> seriousFindings(WebDriver browser, String where) {
        JavascriptExecutor page = (JavascriptExecutor) browser;
        // Chromium is handed axe once and loads it with every page; sending its 550 kB with each check cost as much
        // as a third of the check.
        if (browser instanceof HasCdp devtools && LOADING.add(browser)) {
            devtools.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", SOURCE));
        }
        if (Boolean.TRUE.equals(page.executeScript("return typeof axe === 'undefined';"))) {
            page.executeScript(SOURCE);
        }
        List<?> findings = (List<?>) page.executeAsyncScript(RUN);
        return findings.stream().map(f -> where + ": " + f).toList();
    }

    private static String source() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
