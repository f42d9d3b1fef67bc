package org.xieshang.testing;

import java.util.List;

import org.openqa.selenium.WebDriver;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/** axe-core's WCAG 2.0/2.1 A and AA rules on the page the browser shows: its critical and serious findings. */
public final class Axe {

    private Axe() {
    }

    /** One line per finding: where, the rule, how many elements, the first of them. */
    public static List<String> seriousFindings(WebDriver browser, String where) {
        List<Rule> violations = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser)
                .getViolations();
        return violations.stream().filter(r -> "critical".equals(r.getImpact()) || "serious".equals(r.getImpact()))
                .map(r -> where + ": " + r.getId() + " ×" + r.getNodes().size() + " " + r.getNodes().get(0).getTarget()).toList();
    }
}
