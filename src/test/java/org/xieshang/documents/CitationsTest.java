package org.xieshang.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * The articles the messages and templates cite are the ones the specification names (domain/): outside experts CCR
 * Art. 23, the minimum wage LCL Art. 55 wherever it is checked, the coordination agreement's signatures CCR Art. 54,
 * quorum and majority CCR Art. 36 with the provincial democratic-management rules, in both languages.
 */
class CitationsTest {

    static Properties messages(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/i18n", file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void outside_experts_cite_ccr_article_23() throws IOException {
        Properties zh = messages("messages.properties");
        Properties en = messages("messages_en.properties");
        for (String key : new String[] {"delegation.rule.experts", "delegation.rule.expertChief"}) {
            assertThat(zh.getProperty(key)).as(key).contains("《集体合同规定》第二十三条");
            assertThat(en.getProperty(key)).as(key).contains("CCR Art. 23");
        }
    }

    @Test
    void the_minimum_wage_is_cited_alike_at_the_table_and_at_review() throws IOException {
        Properties zh = messages("messages.properties");
        for (String key : new String[] {"wage.flag.BELOW_MINIMUM_WAGE", "review.finding.wage.belowMinimum",
                "event.CLAUSE_VOID_BELOW_MINIMUM"}) {
            assertThat(zh.getProperty(key)).as(key).contains("《劳动合同法》第五十五条");
        }
        assertThat(messages("messages_en.properties").getProperty("review.finding.wage.belowMinimum")).contains("LCL Art. 55");
    }

    @Test
    void the_coordination_agreement_is_signed_under_ccr_article_54() throws IOException {
        assertThat(Files.readString(Path.of("templates/coordination-agreement.html"))).contains("《集体合同规定》第五十四条");
    }

    @Test
    void quorum_and_majority_cite_ccr_article_36_and_the_provincial_rule_and_say_more_than_half_of_all_satisfies_both_wordings()
            throws IOException {
        Properties zh = messages("messages.properties");
        Properties en = messages("messages_en.properties");
        for (String key : new String[] {"session.rules", "session.vote.noQuorum", "review.finding.quorum", "review.finding.majority"}) {
            assertThat(zh.getProperty(key)).as(key).contains("《集体合同规定》第三十六条", "省级企业民主管理条例");
            assertThat(en.getProperty(key)).as(key).contains("CCR Art. 36", "provincial democratic-management rules");
        }
        for (String key : new String[] {"session.rules", "review.finding.majority"}) {
            assertThat(zh.getProperty(key)).as(key).contains("超过全体代表半数", "半数以上", "过半数");
            assertThat(en.getProperty(key)).as(key).contains("more than half of ALL delegates", "半数以上", "过半数");
        }
    }
}
