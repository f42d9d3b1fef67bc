package org.xieshang.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.bargaining.CollectiveBargainingProcess;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.jurisdiction.Area;
import org.xieshang.jurisdiction.AreaLevel;
import org.xieshang.jurisdiction.Jurisdictions;
import org.xieshang.offer.AnswerForm;
import org.xieshang.offer.AnswerKind;
import org.xieshang.offer.BargainingSubject;
import org.xieshang.offer.ContractType;
import org.xieshang.offer.OfferForm;
import org.xieshang.offer.OfferSteps;
import org.xieshang.offer.SupervisionLetters;
import org.xieshang.system.Localized;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PartyKind;
import org.xieshang.system.PortalUser;
import org.xieshang.system.Position;

/**
 * On first start of the demo district, its upper-level union launches this year's spring offer campaign and the
 * demo cases are played through the real forms' services and the process facades, with paper receipt dates for
 * the older ones, so the officials' view shows every state: a draft, an offer awaiting its answer, answers in
 * time and late, another time accepted, a refusal, and overdue cases at each step of the supervision ladder. The
 * city's other demo districts launch theirs too, their first cases played through the same states in turn.
 * Runs before the job executor starts (application runners precede the ready event), so nothing races it.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoCampaignSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCampaignSeeder.class);
    static final String DEMO_OFFICIAL = "zgh.liu";

    private final CampaignService campaigns;
    private final SpringOfferCampaignProcess campaignProcess;
    private final BargainingCases cases;
    private final CollectiveBargainingProcess process;
    private final OfferSteps steps;
    private final PartyDirectory parties;
    private final DeadlineService deadlines;
    private final JdbcClient jdbc;
    private final Jurisdictions jurisdictions;
    private final boolean enabled;

    DemoCampaignSeeder(CampaignService campaigns, SpringOfferCampaignProcess campaignProcess, BargainingCases cases,
                       CollectiveBargainingProcess process, OfferSteps steps, PartyDirectory parties, DeadlineService deadlines, JdbcClient jdbc,
                       Jurisdictions jurisdictions, @Value("${xieshang.demo.enabled}") boolean demo, @Value("${xieshang.demo.campaign}") boolean campaign) {
        this.campaigns = campaigns;
        this.campaignProcess = campaignProcess;
        this.cases = cases;
        this.process = process;
        this.steps = steps;
        this.parties = parties;
        this.deadlines = deadlines;
        this.jdbc = jdbc;
        this.jurisdictions = jurisdictions;
        this.enabled = demo && campaign;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        parties.portalUser(DEMO_OFFICIAL).ifPresent(official -> {
            if (withoutCampaign(official.districtId())) {
                long id = seed(official);
                log.info("Seeded the demo spring offer campaign {}", id);
            }
            // The city's other demo districts run their own part of this year's campaign.
            Area city = jurisdictions.lineage(jurisdictions.areaOfDistrict(official.districtId())).stream()
                    .filter(a -> a.level() == AreaLevel.CITY).findFirst().orElseThrow();
            for (long districtId : jurisdictions.districtsUnder(city.id())) {
                parties.members(PartyDirectory.upperUnionOf(districtId)).stream().findFirst()
                        .flatMap(m -> parties.portalUser(m.userId())).filter(o -> withoutCampaign(districtId))
                        .ifPresent(o -> log.info("Seeded the spring offer campaign {} of demo district {}", seedGenerated(o), districtId));
            }
        });
    }

    private boolean withoutCampaign(long districtId) {
        return jdbc.sql("select count(*) from campaign where district_id = ?").param(districtId).query(Integer.class).single() == 0;
    }

    /** Launches the campaign and plays the demo cases by name; returns the campaign id. */
    long seed(PortalUser official) {
        long campaignId = launch(official);
        Map<String, BargainingCase> byName = casesOf(campaignId).stream()
                .collect(Collectors.toMap(BargainingCase::partyName, Function.identity()));
        List<Consumer<BargainingCase>> scripts = scripts(official);
        // 宁夏鑫晶盛电子材料有限公司 stays a draft: README's walk-through sends its offer.
        List<String> names = List.of("银川威力传动技术股份有限公司", "宁夏哈纳斯液化天然气有限公司", "银川经开发展集团有限公司",
                "宁夏瑞泰新材料科技有限公司", "宁夏西部数控机床有限公司", "宁夏塞上乳业有限公司", "宁夏康元药业有限公司",
                "银川恒力轴承制造有限公司", "银川经济技术开发区电子信息和软件行业工会联合会");
        for (int i = 0; i < names.size(); i++) {
            BargainingCase c = byName.get(names.get(i));
            if (c != null) {
                scripts.get(i).accept(c);
            }
        }
        return campaignId;
    }

    /** A generated district: the first cases in turn through every state, a few left as drafts, the rest not yet begun. */
    long seedGenerated(PortalUser official) {
        long campaignId = launch(official);
        List<Consumer<BargainingCase>> scripts = scripts(official);
        List<BargainingCase> opened = casesOf(campaignId);
        for (int i = 0; i < Math.min(PLAYED, opened.size()); i++) {
            int script = i % (scripts.size() + DRAFTS);
            if (script < scripts.size()) {
                scripts.get(script).accept(opened.get(i));
            }
        }
        return campaignId;
    }

    /** Cases of a generated district played through the steps (each renders its letters), and drafts among them. */
    private static final int PLAYED = 30;
    private static final int DRAFTS = 3;

    private long launch(PortalUser official) {
        LocalDate today = deadlines.today();
        long campaignId = campaigns.launch(CampaignForm.of(today.getYear(), today.getYear() + "年春季集体协商要约行动", new BigDecimal("90"),
                today.plusDays(45)), official);
        campaignProcess.runDueSteps(campaignId);
        return campaignId;
    }

    private List<BargainingCase> casesOf(long campaignId) {
        return jdbc.sql("select id from bargaining_case where campaign_id = ? order by id").param(campaignId).query(Long.class).list()
                .stream().map(id -> cases.find(id).orElseThrow()).toList();
    }

    /**
     * The states a demo case is played into through the real forms' services, with paper receipt dates for the older
     * ones: an offer awaiting its answer, answers in time and late, another time accepted, a refusal, and overdue cases
     * at each step of the supervision ladder.
     */
    private List<Consumer<BargainingCase>> scripts(PortalUser official) {
        LocalDate today = deadlines.today();
        return List.of(
                c -> send(c, null),
                c -> answer(send(c, null), AnswerKind.ACCEPT),
                c -> {
                    answer(send(c, today.minusDays(12)), AnswerKind.OTHER_TIME);
                    steps.considerProposedTime(task(c, CollectiveBargaining.TASK_CONSIDER_PROPOSED_TIME, union(c)), true, union(c));
                    process.runDueSteps(c.caseNo());
                },
                c -> {
                    answer(send(c, today.minusDays(10)), AnswerKind.REFUSE);
                    steps.reviewRefusal(task(c, CollectiveBargaining.TASK_REVIEW_REFUSAL, union(c)), false, union(c));
                    process.runDueSteps(c.caseNo());
                },
                c -> send(c, today.minusDays(24)),
                c -> letter(send(c, today.minusDays(30)), SupervisionLetters.Kind.REMINDER_LETTER, today.minusDays(5), official),
                c -> {
                    letter(send(c, today.minusDays(50)), SupervisionLetters.Kind.REMINDER_LETTER, today.minusDays(27), official);
                    letter(c, SupervisionLetters.Kind.OPINION_LETTER, today.minusDays(6), official);
                },
                c -> {
                    letter(send(c, today.minusDays(80)), SupervisionLetters.Kind.REMINDER_LETTER, today.minusDays(58), official);
                    letter(c, SupervisionLetters.Kind.OPINION_LETTER, today.minusDays(48), official);
                    letter(c, SupervisionLetters.Kind.RECOMMENDATION_LETTER, today.minusDays(10), official);
                },
                c -> answer(send(c, today.minusDays(28)), AnswerKind.ACCEPT));
    }

    private BargainingCase send(BargainingCase c, LocalDate onPaper) {
        OfferForm form = new OfferForm();
        form.setContractType(ContractType.WAGES);
        form.setSubjects(List.of(BargainingSubject.REMUNERATION, BargainingSubject.WORKING_HOURS, BargainingSubject.REST_AND_LEAVE));
        form.setWageIncreasePercent(new BigDecimal("6.0"));
        form.setLowestWage(new BigDecimal("2300"));
        form.setProposedAt(deadlines.now().plusDays(25).withHour(9).withMinute(30).withSecond(0).withNano(0));
        form.setProposedPlace("企业会议室");
        form.setContactName(union(c).displayName());
        form.setContactPhone("0951-5010000");
        form.setDeliveredOn(onPaper);
        steps.sendOffer(task(c, CollectiveBargaining.TASK_DRAFT_OFFER, union(c)), form, union(c));
        process.runDueSteps(c.caseNo());
        return c;
    }

    private void answer(BargainingCase c, AnswerKind kind) {
        AnswerForm form = new AnswerForm();
        form.setKind(kind);
        if (kind == AnswerKind.REFUSE) {
            form.setReason("公司正在进行股权重组，管理层调整期间暂不具备开展工资集体协商的条件。");
        } else {
            LocalDateTime meeting = deadlines.now().plusDays(kind == AnswerKind.ACCEPT ? 14 : 30).withHour(14).withMinute(0)
                    .withSecond(0).withNano(0);
            form.setMeetingAt(meeting);
            form.setMeetingPlace("企业行政楼会议室");
        }
        PortalUser employer = employer(c);
        steps.answerOffer(task(c, CollectiveBargaining.TASK_ANSWER_OFFER, employer), form, employer);
        process.runDueSteps(c.caseNo());
    }

    private BargainingCase letter(BargainingCase c, SupervisionLetters.Kind kind, LocalDate servedOn, PortalUser official) {
        PortalUser by = kind == SupervisionLetters.Kind.RECOMMENDATION_LETTER ? official : union(c);
        String taskKey = switch (kind) {
            case REMINDER_LETTER -> CollectiveBargaining.TASK_ISSUE_REMINDER_LETTER;
            case OPINION_LETTER -> CollectiveBargaining.TASK_ISSUE_OPINION_LETTER;
            case RECOMMENDATION_LETTER -> CollectiveBargaining.TASK_ISSUE_RECOMMENDATION_LETTER;
        };
        steps.draftLetter(task(c, taskKey, by), "企业自收到集体协商要约书之日起超过二十日未作书面回应，经工会多次催告仍未答复。",
                servedOn, by);
        if (kind == SupervisionLetters.Kind.OPINION_LETTER) {
            steps.countersignOpinionLetter(task(c, CollectiveBargaining.TASK_COUNTERSIGN_OPINION_LETTER, official), official);
        }
        process.runDueSteps(c.caseNo());
        return c;
    }

    private String task(BargainingCase c, String key, PortalUser user) {
        return process.task(c.caseNo(), key, user).getId();
    }

    private PortalUser union(BargainingCase c) {
        return actorOf(c.unionGroup(), PartyKind.UNION, c);
    }

    private PortalUser employer(BargainingCase c) {
        return actorOf(c.employerGroup(), PartyKind.EMPLOYER, c);
    }

    /** A demo person of the party where the demo has one; otherwise the seeding acts in the party's name. */
    private PortalUser actorOf(String partyId, PartyKind kind, BargainingCase c) {
        return parties.members(partyId).stream().findFirst().flatMap(m -> parties.portalUser(m.userId()))
                .orElseGet(() -> new PortalUser("demo.seed", "演示数据", partyId, kind,
                        parties.partyName(partyId).orElse(new Localized(partyId, partyId)), c.districtId(),
                        c.enterpriseId(), c.federationId(), kind == PartyKind.UNION ? Position.UNION_CHAIR : Position.HR, null));
    }
}
