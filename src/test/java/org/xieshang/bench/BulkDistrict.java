package org.xieshang.bench;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.LocalDateTime;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.bargaining.CollectiveBargainingProcess;
import org.xieshang.campaign.CampaignForm;
import org.xieshang.campaign.CampaignService;
import org.xieshang.campaign.SpringOfferCampaign;
import org.xieshang.enterprise.UnifiedSocialCreditCode;
import org.xieshang.jurisdiction.Jurisdictions;
import org.xieshang.monitoring.TallyRebuild;
import org.xieshang.offer.AnswerForm;
import org.xieshang.offer.AnswerKind;
import org.xieshang.offer.BargainingSubject;
import org.xieshang.offer.ContractType;
import org.xieshang.offer.OfferForm;
import org.xieshang.offer.OfferSteps;
import org.xieshang.system.Localized;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PartyKind;
import org.xieshang.system.PortalUser;
import org.xieshang.system.Position;

/**
 * A district whose registry was imported in bulk (batch inserts, past the steps), with an upper-level union official
 * who signs in, and the offer steps its cases are driven through: what the benchmarks and the cluster test start from.
 */
final class BulkDistrict {

    private BulkDistrict() {
    }

    /**
     * Registers district {@code code} with {@code enterprises} enterprises (USCCs in {@code series}, two letters) and
     * their union and employer parties, and {@code officialId} signing in with {@code password}; returns its id.
     */
    static long seed(ConfigurableApplicationContext app, String code, Localized name, String series, int enterprises,
                     String officialId, String password) {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        PartyDirectory parties = app.getBean(PartyDirectory.class);
        long district = app.getBean(Jurisdictions.class).registerDistrict(new Jurisdictions.NewDistrict(code, name,
                "640000", "640100", new Localized("银川市", "Yinchuan")));
        if (jdbc.sql("select count(*) from industry where code = 'C39'").query(Integer.class).single() == 0) {
            jdbc.sql("insert into industry (code, name_zh, name_en) values ('C39', '计算机、通信和其他电子设备制造业', 'Electronics')").update();
        }
        long industry = jdbc.sql("select id from industry where code = 'C39'").query(Long.class).single();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 1; i <= enterprises; i++) {
            String first17 = String.format("91640100%s%07d", series, i);
            jdbc.sql("""
                            insert into enterprise (district_id, industry_id, name, uscc, legal_representative, headcount, ownership,
                                union_founded, union_chair, democratic_body, created_at)
                            values (?, ?, ?, ?, '法定代表人', ?, 'PRIVATE', true, '工会主席', 'WORKERS_CONGRESS', ?)""")
                    .params(district, industry, name.zh() + "企业" + i + "有限公司", first17 + UnifiedSocialCreditCode.checkCharacter(first17),
                            50 + (i * 37) % 900, now).update();
        }
        // Party rows (names for letters); nobody logs in as these, so no Camunda groups are created for them.
        jdbc.sql("""
                        insert into party (id, kind, district_id, area_id, enterprise_id, name_zh, name_en)
                        select concat('e', e.id, '-union'), 'UNION', e.district_id, d.area_id, e.id, concat(e.name, '工会'), e.name
                        from enterprise e join district d on d.id = e.district_id where e.district_id = ?""")
                .param(district).update();
        jdbc.sql("""
                        insert into party (id, kind, district_id, area_id, enterprise_id, name_zh, name_en)
                        select concat('e', e.id, '-employer'), 'EMPLOYER', e.district_id, d.area_id, e.id, e.name, e.name
                        from enterprise e join district d on d.id = e.district_id where e.district_id = ?""")
                .param(district).update();
        parties.ensurePerson(new PartyDirectory.NewPerson(officialId, "基", "准", officialId + "@xieshang.org", password,
                PartyDirectory.upperUnionOf(district), Position.UPPER_UNION_OFFICIAL, "总工会"));
        // The registry was inserted past the steps: the officials' figures are counted again from it.
        app.getBean(TallyRebuild.class).rebuild();
        return district;
    }

    /** The official's spring offer campaign for this year, closing in 30 days; its cases are not open yet. */
    static long launch(ConfigurableApplicationContext app, String officialId, String title) {
        PortalUser official = app.getBean(PartyDirectory.class).portalUser(officialId).orElseThrow();
        return app.getBean(CampaignService.class).launch(CampaignForm.of(Year.now().getValue(), title, new BigDecimal("95"),
                LocalDate.now().plusDays(30)), official);
    }

    /** Runs the campaign's batch jobs one after the other, as one node would; returns how many there were. */
    static int openAll(ConfigurableApplicationContext app, long campaignId) {
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        String campaignInstance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("CAMPAIGN-" + campaignId).singleResult().getId();
        int batches = 0;
        Job batch;
        while ((batch = engine.getManagementService().createJobQuery().processInstanceId(campaignInstance)
                .activityId(SpringOfferCampaign.SERVICE_OPEN_CAMPAIGN_CASES).singleResult()) != null) {
            engine.getManagementService().executeJob(batch.getId());
            batches++;
        }
        return batches;
    }

    /** The union's offer sent; with {@code deliver}, its letter issued and served too (the job the engine would run). */
    static BargainingCase sendOffer(ConfigurableApplicationContext app, long caseId, boolean deliver) {
        BargainingCase c = app.getBean(BargainingCases.class).find(caseId).orElseThrow();
        PortalUser union = new PortalUser("bench.union", "工会", c.unionGroup(), PartyKind.UNION,
                null, c.districtId(), c.enterpriseId(), null, Position.UNION_CHAIR, null);
        OfferForm offer = new OfferForm();
        offer.setContractType(ContractType.WAGES);
        offer.setSubjects(List.of(BargainingSubject.REMUNERATION));
        offer.setWageIncreasePercent(new BigDecimal("6.0"));
        offer.setLowestWage(new BigDecimal("2200"));
        offer.setProposedAt(LocalDateTime.now().plusDays(25));
        offer.setProposedPlace("会议室");
        offer.setContactName("工会主席");
        offer.setContactPhone("0951-6000000");
        CollectiveBargainingProcess process = app.getBean(CollectiveBargainingProcess.class);
        app.getBean(OfferSteps.class).sendOffer(process.task(c.caseNo(), CollectiveBargaining.TASK_DRAFT_OFFER, union).getId(),
                offer, union);
        if (deliver) {
            runJob(app, c.caseNo(), CollectiveBargaining.SERVICE_SEND_OFFER);
        }
        return c;
    }

    /** The employer's written acceptance, its response letter issued and preparation opened. */
    static void accept(ConfigurableApplicationContext app, BargainingCase c) {
        PortalUser employer = new PortalUser("bench.hr", "人力", c.employerGroup(), PartyKind.EMPLOYER,
                null, c.districtId(), c.enterpriseId(), null, Position.HR, null);
        AnswerForm answer = new AnswerForm();
        answer.setKind(AnswerKind.ACCEPT);
        answer.setMeetingAt(LocalDateTime.now().plusDays(20));
        answer.setMeetingPlace("会议室");
        CollectiveBargainingProcess process = app.getBean(CollectiveBargainingProcess.class);
        app.getBean(OfferSteps.class).answerOffer(process.task(c.caseNo(), CollectiveBargaining.TASK_ANSWER_OFFER, employer).getId(),
                answer, employer);
        runJob(app, c.caseNo(), CollectiveBargaining.SERVICE_ISSUE_RESPONSE_LETTER);
        runJob(app, c.caseNo(), CollectiveBargaining.SERVICE_OPEN_PREPARATION);
    }

    private static void runJob(ConfigurableApplicationContext app, String businessKey, String activityId) {
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .singleResult().getId();
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance).activityId(activityId)
                .singleResult();
        engine.getManagementService().executeJob(job.getId());
    }
}
