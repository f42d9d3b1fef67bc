package org.xieshang.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Numbers of days a party has, and the article that gives them, come from the clock configuration (a province's
 * override included), never from a template: no formal document types "20 日内", "十日内" or "三个月".
 */
class TemplatesCiteClocksTest {

    private static final Pattern TYPED_PERIOD = Pattern.compile(
            "(\\d+\\s*(日|个工作日|个月)(内|前)|[一二三四五六七八九十]+(日|个工作日|个月)(内|前))");

    @Test
    void no_document_template_types_a_statutory_period() throws IOException {
        List<String> typed = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String text = Files.readString(file);
                Matcher m = TYPED_PERIOD.matcher(text);
                while (m.find()) {
                    typed.add(file.getFileName() + ": " + m.group());
                }
            }
        }
        assertThat(typed).isEmpty();
    }
}
