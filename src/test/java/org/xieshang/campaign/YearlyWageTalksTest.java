package org.xieshang.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.testing.FreshDistrict;
import org.xieshang.testing.ProcessTestSupport;
import org.xieshang.testing.TestEnterprises;
import org.xieshang.testing.XieshangTest;

/**
 * Wage talks are yearly (WBM Art. 25): the spring campaign skips a firm only when this year's wages are already
 * settled by a contract in force, never because a comprehensive contract of an earlier year still runs.
 */
@XieshangTest
class YearlyWageTalksTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    FreshDistrict districts;
    @Autowired
    TestEnterprises enterprises;
    @Autowired
    CampaignService campaigns;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_comprehensive_contract_running_beyond_the_year_does_not_exempt_a_firm_from_the_year_s_wage_talks() {
        ProcessTestSupport.init(engine);
        FreshDistrict.District d = districts.create();
        int year = deadlines.today().getYear();
        long threeYear = enterprises.register(d.upperUnion(), "三年综合合同企业", 200, 90, 0);
        long wageAgreement = enterprises.register(d.upperUnion(), "本年工资协议企业", 200, 90, 0);
        long thisYearsComprehensive = enterprises.register(d.upperUnion(), "本年综合合同含工资条款企业", 200, 90, 0);
        inForce(d.id(), threeYear, "COMPREHENSIVE", LocalDate.of(year - 1, 3, 1), 3, true);
        inForce(d.id(), wageAgreement, "WAGES", LocalDate.of(year, 3, 1), 1, true);
        inForce(d.id(), thisYearsComprehensive, "COMPREHENSIVE", LocalDate.of(year, 2, 1), 3, true);

        long campaignId = campaigns.launch(CampaignForm.of(year, "春季要约行动", new BigDecimal("90"), deadlines.today().plusDays(30)),
                d.upperUnion());
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("CAMPAIGN-" + campaignId).singleResult();
        ProcessTestSupport.executeJobsWhileWaitingAt(engine, instance, SpringOfferCampaign.SERVICE_OPEN_CAMPAIGN_CASES);

        List<Long> offered = jdbc.sql("select enterprise_id from bargaining_case where campaign_id = ?").param(campaignId)
                .query(Long.class).list();
        assertThat(offered).as("the 3-year contract of last year leaves this year's wages open").contains(threeYear, d.enterpriseId())
                .doesNotContain(wageAgreement, thisYearsComprehensive);
    }

    /** A contract of an earlier, concluded case, put in force directly: what the campaign reads of it is its type, term and clauses. */
    private void inForce(long districtId, long enterpriseId, String type, LocalDate effectiveOn, int years, boolean wageClause) {
        Timestamp now = Timestamp.from(Instant.now());
        GeneratedKeyHolder caseKey = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into bargaining_case (case_no, district_id, enterprise_id, stage, opened_by, opened_at, updated_at)
                        values (?, ?, ?, 'CONCLUDED', 'test', ?, ?)""")
                .params("YT-" + enterpriseId, districtId, enterpriseId, now, now).update(caseKey, "id");
        GeneratedKeyHolder contractKey = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into collective_contract (case_id, district_id, enterprise_id, contract_type, level, purpose, title,
                            term_years, status, effective_on, expires_on, employees_covered, created_at)
                        values (?, ?, ?, ?, 'ENTERPRISE', 'NEW', '在履行的合同', ?, 'EFFECTIVE', ?, ?, 200, ?)""")
                .params(caseKey.getKeyAs(Number.class).longValue(), districtId, enterpriseId, type, years, Date.valueOf(effectiveOn),
                        Date.valueOf(effectiveOn.plusYears(years).minusDays(1)), now)
                .update(contractKey, "id");
        long contractId = contractKey.getKeyAs(Number.class).longValue();
        jdbc.sql("insert into contract_coverage (contract_id, enterprise_id, employees) values (?, ?, 200)").params(contractId, enterpriseId)
                .update();
        jdbc.sql("insert into contract_clause (contract_id, position, title, text, wages) values (?, 1, '劳动报酬', '职工工资每年增长5%。', ?)")
                .params(contractId, wageClause).update();
    }
}
