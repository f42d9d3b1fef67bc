package org.xieshang.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every deadline a page shows goes through fragments/deadline.html, which prints the due date with its rule, its
 * citation and the provisional note; no view prints a due date on its own.
 */
class DeadlineViewsTest {

    private static final Path VIEWS = Path.of("src/main/resources/views");
    private static final String FRAGMENT = "fragments/deadline :: deadline(";
    /** What a page prints: a text attribute's value or an inlined expression. */
    private static final Pattern PRINTED = Pattern.compile("th:u?text=\"([^\"]*)\"|\\[\\[(.*?)]]");
    /** A due date in a variable expression: Deadline.due, or a stored *DueOn column (labels in #{...} are words). */
    private static final Pattern DUE = Pattern.compile("\\$\\{[^}]*?(\\.due\\b|[dD]ueOn\\b)[^}]*}");
    /** A proposal's handling date is set by the congress's review committee, not by a statutory clock. */
    private static final Set<String> NOT_LEGAL = Set.of("p.dueOn");

    @Test
    void no_view_prints_a_due_date_outside_the_deadline_fragment() throws IOException {
        List<String> printed = new ArrayList<>();
        for (Path view : views()) {
            if (view.endsWith(Path.of("fragments", "deadline.html"))) {
                continue;
            }
            Matcher text = PRINTED.matcher(Files.readString(view));
            while (text.find()) {
                Matcher due = DUE.matcher(text.group(1) != null ? text.group(1) : text.group(2));
                while (due.find()) {
                    if (NOT_LEGAL.stream().noneMatch(due.group()::contains)) {
                        printed.add(VIEWS.relativize(view) + ": " + due.group());
                    }
                }
            }
        }
        assertThat(printed).isEmpty();
    }

    @Test
    void the_pages_that_show_deadlines_render_them_with_the_fragment() throws IOException {
        for (String page : List.of("deadlines.html", "home.html", "cases/show.html", "forms/_case.html", "contracts/show.html",
                "contracts/list.html", "campaigns/show.html", "congress/session.html", "congress/session-task.html",
                "negotiation/show.html", "negotiation/overview.html", "negotiation/coordination.html")) {
            assertThat(Files.readString(VIEWS.resolve(page))).as(page).contains(FRAGMENT);
        }
    }

    private static List<Path> views() throws IOException {
        try (Stream<Path> files = Files.walk(VIEWS)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }
}
