package org.xieshang.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The portal and the documents say what the specification's glossary says (domain/glossary.md, copied here by
 * term: CI's clean clone does not carry the specification), and not the words a review found in their place.
 * Party names (人力资源和社会保障局, 区总工会) are data and not checked here.
 */
class GlossaryTest {

    static final List<String> TERMS = List.of("春季要约行动", "要约书", "回应书", "集体协商", "集体合同", "专项集体合同", "工资专项集体合同",
            "女职工权益保护", "劳动安全卫生", "行业性", "区域性", "协商代表", "首席代表", "记录员", "议题", "协商会议", "中止协商",
            "会议记录", "协调处理", "职工代表大会", "职代会", "职工大会", "职代会会议", "主席团", "提案", "立案", "答复", "决议", "厂务公开",
            "报送审查", "审查意见书", "公布", "工资指导线", "基准线", "上线", "下线", "一函两书", "提示函", "意见书", "建议书", "人社局",
            "上级工会", "集体协商指导员");

    /** Words the portal once used where the glossary or Chinese workflow practice has another. */
    static final List<String> REPLACED = List.of("本主体", "地区代码");

    static String everythingShown() throws IOException {
        StringBuilder all = new StringBuilder(Files.readString(Path.of("src/main/resources/i18n/messages.properties")));
        // Labels that live in enums (contract types, subjects) are shown as they are written there.
        for (Path root : List.of(Path.of("templates"), Path.of("src/main/resources/views"), Path.of("src/main/java/org/xieshang/offer"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".java")).toList()) {
                    all.append(Files.readString(f));
                }
            }
        }
        return all.toString();
    }

    @Test
    void every_glossary_term_is_a_word_the_portal_or_its_documents_use() throws IOException {
        String shown = everythingShown();
        assertThat(TERMS).allSatisfy(term -> assertThat(shown).as(term).contains(term));
    }

    @Test
    void words_the_review_replaced_are_gone_and_a_claim_is_given_up_with_取消认领() throws IOException {
        String shown = everythingShown();
        assertThat(REPLACED).allSatisfy(word -> assertThat(shown).as(word).doesNotContain(word));
        assertThat(shown).contains("task.unclaim=取消认领");
    }
}
