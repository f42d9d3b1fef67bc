package org.xieshang.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xieshang.monitoring.Tallies;
import org.xieshang.testing.DemoUsers;
import org.xieshang.testing.FreshDistrict;
import org.xieshang.testing.XieshangTest;

/**
 * A district's registry from a spreadsheet: a file with every kind of bad row is refused with each row and reason
 * named and nothing saved; the corrected file imports; the same file again with new values updates by USCC and says
 * what changed, and the officials' figures follow.
 */
@XieshangTest
class RegistryImportTest {

    static final String HEADER = "企业名称,统一社会信用代码,行业,园区,职工人数,女职工人数,登记注册类型,已建工会,工会主席,法定代表人,民主管理形式,工会主席手机,法定代表人邮箱";

    @Autowired
    FreshDistrict districts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    Tallies tallies;

    static String uscc() {
        return RegistryImportTestSupport.uscc();
    }

    private MvcResult upload(FreshDistrict.District d, String fileName, byte[] content) throws Exception {
        return mvc.perform(multipart("/enterprises/import").file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                .with(DemoUsers.as(d.upperUnion())).with(csrf())).andReturn();
    }

    private int enterprisesIn(FreshDistrict.District d) {
        return jdbc.sql("select count(*) from enterprise where district_id = ?").param(d.id()).query(Integer.class).single();
    }

    @Test
    void a_file_with_every_kind_of_bad_row_is_refused_row_by_row_and_the_corrected_file_imports_then_updates_by_uscc() throws Exception {
        FreshDistrict.District d = districts.create();
        String a = uscc();
        String b = uscc();
        String c = uscc();
        String wrongCheck = a.substring(0, 17) + (a.charAt(17) == '0' ? '1' : '0');
        String otherDistrict = jdbc.sql("select uscc from enterprise where district_id <> ? order by id fetch first 1 rows only")
                .param(d.id()).query(String.class).single();
        String bad = String.join("\n", HEADER,
                ",%s,C39,,100,,私营企业,否,,张三,尚未建立,,".formatted(uscc()),                      // 2: name missing
                "格式错企业,12345,C39,,100,,私营企业,否,,张三,尚未建立,,",                              // 3: USCC format
                "校验错企业,%s,C39,,100,,私营企业,否,,张三,尚未建立,,".formatted(wrongCheck),            // 4: check character
                "甲企业,%s,C39,,100,,私营企业,否,,张三,尚未建立,,".formatted(b),
                "甲企业二,%s,C39,,100,,私营企业,否,,张三,尚未建立,,".formatted(b),                      // 6: USCC twice
                "乙企业,%s,C39,,100,,私营企业,否,,张三,尚未建立,,".formatted(c),
                "乙企业,%s,C39,,100,,私营企业,否,,张三,尚未建立,,".formatted(uscc()),                   // 8: name twice
                "外区企业,%s,C39,,100,,私营企业,否,,张三,尚未建立,,".formatted(otherDistrict),          // 9: other district
                "%s,%s,C39,,100,,私营企业,否,,张三,尚未建立,,".formatted(d.enterpriseName(), uscc()),  // 10: name registered
                "行业错企业,%s,X99,,100,,私营企业,否,,张三,尚未建立,,".formatted(uscc()),                // 11: industry
                "园区错企业,%s,C39,火星园区,100,,私营企业,否,,张三,尚未建立,,".formatted(uscc()),         // 12: park
                "人数错企业,%s,C39,,一百,,私营企业,否,,张三,尚未建立,,".formatted(uscc()),               // 13: headcount
                "女工错企业,%s,C39,,100,120,私营企业,否,,张三,尚未建立,,".formatted(uscc()),             // 14: women > staff
                "类型错企业,%s,C39,,100,,皮包公司,否,,张三,尚未建立,,".formatted(uscc()),                // 15: ownership
                "工会错企业,%s,C39,,100,,私营企业,也许,,张三,尚未建立,,".formatted(uscc()),              // 16: union yes/no
                "主席缺企业,%s,C39,,100,,私营企业,是,,张三,职工代表大会,,".formatted(uscc()),            // 17: chair missing
                "手机错企业,%s,C39,,100,,私营企业,是,李四,张三,职工代表大会,12345,".formatted(uscc()),   // 18: mobile
                "邮箱错企业,%s,C39,,100,,私营企业,否,,张三,尚未建立,,not-an-address".formatted(uscc()), // 19: e-mail
                "法人缺企业,%s,C39,,100,,私营企业,否,,,尚未建立,,".formatted(uscc()));                  // 20: legal representative
        int before = enterprisesIn(d);
        MvcResult refused = upload(d, "名录.csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/enterprises/import");
        @SuppressWarnings("unchecked")
        List<ImportProblem> problems = (List<ImportProblem>) refused.getFlashMap().get("problems");
        assertThat(problems).extracting(ImportProblem::line).containsExactlyInAnyOrder(2, 3, 4, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17,
                18, 19, 20);
        assertThat(problems).extracting(ImportProblem::messageKey).contains("enterprise.name.required", "enterprise.uscc.format",
                "enterprise.uscc.checkCharacter", "import.uscc.twice", "import.name.twice", "import.uscc.otherDistrict",
                "import.name.registered", "import.industry.unknown", "import.park.unknown", "import.number.invalid",
                "enterprise.part.range", "import.choice.unknown", "import.union.invalid", "enterprise.unionChair.required",
                "import.mobile.invalid", "import.email.invalid", "enterprise.legalRepresentative.required");
        assertThat(enterprisesIn(d)).as("nothing saved").isEqualTo(before);
        String page = org.xieshang.testing.Redirects.follow(mvc, refused, DemoUsers.as(d.upperUnion()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("第 4 行").contains("第 20 行").contains("发现 17 处错误");

        long area = jdbc.sql("select area_id from district where id = ?").param(d.id()).query(Long.class).single();
        long employeesBefore = tallies.of(area, Year.now().getValue()).getOrDefault("EMPLOYEES", 0L);
        byte[] clean = workbook(List.of(
                List.of("丙电子有限公司", a, "C39", "", "300", "120", "私营企业", "是", "王芳", "赵强", "职工代表大会", "13900000001", "zq@example.cn"),
                List.of("丁软件有限公司", b, "软件和信息技术服务业", "", "80", "", "私营企业", "否", "", "钱明", "尚未建立", "", "")));
        MvcResult checked = upload(d, "名录.xlsx", clean);
        String preview = checked.getResponse().getRedirectedUrl();
        assertThat(preview).matches("/enterprises/import/\\d+");
        assertThat(enterprisesIn(d)).as("nothing saved before the confirmation").isEqualTo(before);
        assertThat(mvc.perform(get(preview).with(DemoUsers.as(d.upperUnion()))).andReturn().getResponse().getContentAsString())
                .contains("丙电子有限公司").contains("丁软件有限公司").contains("将新增 2 户企业");
        mvc.perform(get(preview).with(DemoUsers.as(districts.create().upperUnion()))).andExpect(status().isNotFound());
        mvc.perform(post(preview).with(DemoUsers.as(d.upperUnion())).with(csrf()))
                .andExpect(redirectedUrl(preview)).andExpect(flash().attribute("notice", "notice.registryImported"));
        mvc.perform(post(preview).with(DemoUsers.as(d.upperUnion())).with(csrf()))
                .andExpect(flash().attributeExists("errors"));
        assertThat(enterprisesIn(d)).isEqualTo(before + 2);
        assertThat(jdbc.sql("select chair_mobile from enterprise where uscc = ?").param(a).query(String.class).single())
                .isEqualTo("13900000001");
        assertThat(tallies.of(area, Year.now().getValue()).getOrDefault("EMPLOYEES", 0L)).isEqualTo(employeesBefore + 380);

        byte[] again = workbook(List.of(
                List.of("丙电子有限公司", a, "C39", "", "350", "120", "私营企业", "是", "孙丽", "赵强", "职工代表大会", "13900000001", "zq@example.cn"),
                List.of("丁软件有限公司", b, "I65", "", "80", "", "私营企业", "否", "", "钱明", "尚未建立", "", "")));
        String second = upload(d, "名录-更新.xlsx", again).getResponse().getRedirectedUrl();
        assertThat(mvc.perform(get(second).with(DemoUsers.as(d.upperUnion()))).andReturn().getResponse().getContentAsString())
                .contains("将新增 0 户企业，更新 1 户，1 户与名录一致不变").contains("职工人数：300 → 350").contains("工会主席：王芳 → 孙丽");
        mvc.perform(post(second).with(DemoUsers.as(d.upperUnion())).with(csrf())).andExpect(redirectedUrlPattern("/enterprises/import/*"));
        assertThat(jdbc.sql("select headcount from enterprise where uscc = ?").param(a).query(Integer.class).single()).isEqualTo(350);
        assertThat(jdbc.sql("select union_chair from enterprise where uscc = ?").param(a).query(String.class).single()).isEqualTo("孙丽");
        assertThat(enterprisesIn(d)).as("updated, not added").isEqualTo(before + 2);
        assertThat(tallies.of(area, Year.now().getValue()).getOrDefault("EMPLOYEES", 0L)).isEqualTo(employeesBefore + 430);
    }

    static byte[] workbook(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("名录");
            String[] header = HEADER.split(",");
            var top = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                top.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                for (int i = 0; i < rows.get(r).size(); i++) {
                    String v = rows.get(r).get(i);
                    if (v.matches("\\d{1,6}")) {
                        row.createCell(i).setCellValue(Integer.parseInt(v));
                    } else {
                        row.createCell(i).setCellValue(v);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
