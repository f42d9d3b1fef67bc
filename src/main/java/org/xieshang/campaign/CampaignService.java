package org.xieshang.campaign;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.bargaining.CaseOpening;
import org.xieshang.bargaining.CaseStage;
import org.xieshang.contract.ContractStatus;
import org.xieshang.deadlines.Clock;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.enterprise.EnterpriseRegistry;
import org.xieshang.offer.ContractType;
import org.xieshang.documents.DocumentModel;
import org.xieshang.documents.DocumentService;
import org.xieshang.documents.DocumentType;
import org.xieshang.documents.StoredDocument;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.NotFoundException;
import org.xieshang.jurisdiction.AreaLevel;
import org.xieshang.jurisdiction.Jurisdictions;
import org.xieshang.system.AccessPolicy;
import org.xieshang.system.Localized;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PartyKind;
import org.xieshang.system.PortalUser;

/**
 * Spring offer campaigns of a district (春季要约行动). Bean name {@code campaigns}: the model's closing timer
 * asks {@link #closingInstant} for the date the official set.
 */
@Service("campaigns")
public class CampaignService {

    private static final Logger log = LoggerFactory.getLogger(CampaignService.class);

    private final JdbcClient jdbc;
    private final SpringOfferCampaignProcess process;
    private final CaseOpening opening;
    private final PartyDirectory parties;
    private final DeadlineService deadlines;
    private final CampaignFigures figures;
    private final DocumentService documents;
    private final int openBatchSize;
    private final ParallelOpening parallel;
    private final EnterpriseRegistry registry;
    private final AccessPolicy access;
    private final Jurisdictions jurisdictions;

    /** The length of {@code campaign.title}. */
    static final int TITLE_LENGTH = 200;

    CampaignService(JdbcClient jdbc, SpringOfferCampaignProcess process, CaseOpening opening, PartyDirectory parties,
                    DeadlineService deadlines, CampaignFigures figures, DocumentService documents, EnterpriseRegistry registry,
                    AccessPolicy access, Jurisdictions jurisdictions, ParallelOpening parallel,
                    @Value("${xieshang.campaign.open-batch-size:200}") int openBatchSize) {
        this.parallel = parallel;
        this.access = access;
        this.jurisdictions = jurisdictions;
        this.registry = registry;
        this.openBatchSize = openBatchSize;
        this.jdbc = jdbc;
        this.process = process;
        this.opening = opening;
        this.parties = parties;
        this.deadlines = deadlines;
        this.figures = figures;
        this.documents = documents;
    }

    /** Who may launch: a district's upper-level union for the district, a city's for every district of the city. */
    public boolean mayLaunch(PortalUser user) {
        return user.partyKind() == PartyKind.UPPER_UNION
                && (user.districtOfficial() || jurisdictions.area(user.areaId()).map(a -> a.level() == AreaLevel.CITY).orElse(false));
    }

    /**
     * Launched by an upper-level union official: for his district, or from a city for each of its districts, whose
     * unions then run their part (one campaign and process per district). Every rule is checked before anything is
     * saved; the first district's campaign is returned.
     */
    @Transactional
    public long launch(CampaignForm form, PortalUser user) {
        if (!mayLaunch(user)) {
            throw new NotFoundException("campaign launch");
        }
        List<Long> districts = user.districtOfficial() ? List.of(user.districtId()) : jurisdictions.districtsUnder(user.areaId());
        LocalDate today = deadlines.today();
        int year = form.getYear() == null ? 0 : form.getYear();
        String title = form.getTitle() == null ? "" : form.getTitle().trim();
        BigDecimal targetCoverage = form.getTargetCoverage();
        LocalDate closesOn = form.getClosesOn();
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        rules.check(year >= today.getYear() - 1 && year <= today.getYear() + 1, "year", "campaign.year.range",
                today.getYear() - 1, today.getYear() + 1);
        rules.check(!title.isEmpty(), "title", "campaign.title.required");
        rules.check(title.length() <= TITLE_LENGTH, "title", "campaign.title.length", TITLE_LENGTH);
        rules.check(targetCoverage != null && targetCoverage.signum() > 0 && targetCoverage.compareTo(BigDecimal.valueOf(100)) <= 0
                && targetCoverage.stripTrailingZeros().scale() <= 2, "targetCoverage", "campaign.target.range");
        rules.check(closesOn != null && closesOn.isAfter(today) && !closesOn.isAfter(today.plusYears(1)), "closesOn",
                "campaign.closesOn.window");
        rules.check(!districts.isEmpty(), "year", "campaign.noDistrict");
        for (long district : districts) {
            rules.check(jdbc.sql("select count(*) from campaign where district_id = ? and campaign_year = ? and status = ?")
                    .params(district, year, Campaign.Status.OPEN.name()).query(Integer.class).single() == 0, "year",
                    "campaign.year.open", year, registry.district(district).orElseThrow().name().zh());
        }
        rules.throwIfAny();
        List<Long> launched = new ArrayList<>();
        for (long district : districts) {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                            insert into campaign (district_id, campaign_year, title, target_coverage, closes_on, extended, status,
                                launched_by, launched_at, launched_for_area_id) values (?, ?, ?, ?, ?, false, ?, ?, ?, ?)""")
                    .params(district, year, title, targetCoverage, Date.valueOf(closesOn), Campaign.Status.OPEN.name(),
                            user.userId(), Timestamp.from(Instant.now()), user.districtOfficial() ? null : user.areaId())
                    .update(key, "id");
            launched.add(key.getKeyAs(Number.class).longValue());
        }
        launched.forEach(process::start);
        return launched.get(0);
    }

    /** A campaign may be extended once, to a later date. */
    @Transactional
    public void extend(long campaignId, LocalDate newClosesOn, PortalUser user) {
        Campaign c = get(campaignId, user);
        if (user.partyKind() != PartyKind.UPPER_UNION || !user.districtOfficial()) {
            throw new NotFoundException("campaign extension");
        }
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        rules.check(c.status() == Campaign.Status.OPEN, "closesOn", "campaign.extend.closed");
        rules.check(!c.extended(), "closesOn", "campaign.extend.once");
        rules.check(newClosesOn != null && newClosesOn.isAfter(c.closesOn()) && newClosesOn.isAfter(deadlines.today()),
                "closesOn", "campaign.extend.later");
        rules.check(newClosesOn == null || !newClosesOn.isAfter(deadlines.today().plusYears(1)), "closesOn",
                "campaign.closesOn.window");
        rules.throwIfAny();
        jdbc.sql("update campaign set closes_on = ?, extended = true where id = ?").params(Date.valueOf(newClosesOn), campaignId).update();
        process.extended(campaignId);
    }

    String province(Campaign c) {
        return registry.provinceOf(c.districtId());
    }

    public java.util.Date closingInstant(Long campaignId) {
        Campaign c = find(campaignId).orElseThrow();
        return deadlines.startOf(c.closesOn().plusDays(1));
    }

    /**
     * Opens the next batch of the campaign's cases and says whether targets are left: one case per
     * industry/regional federation of the district, then one per enterprise with a union that no federation
     * covers and that is not already bargaining. Each batch runs in its own job, so that thousands of process
     * instances never share one engine command; within it the cases open side by side (ParallelOpening).
     */
    @Transactional
    public boolean openCases(long campaignId) {
        Campaign c = find(campaignId).orElseThrow();
        PortalUser launcher = parties.portalUser(c.launchedBy()).orElseThrow();
        // Wage talks are yearly (WBM Art. 25): only wages settled for the campaign's year exempt a party, that is a
        // wage agreement, or a contract with wage clauses, in force and agreed that year. A comprehensive contract
        // running on from an earlier year does not settle this year's wages.
        java.sql.Date yearStart = java.sql.Date.valueOf(java.time.LocalDate.of(c.year(), 1, 1));
        java.sql.Date yearEnd = java.sql.Date.valueOf(java.time.LocalDate.of(c.year(), 12, 31));
        String wagesSettled = """
                k.status = ? and k.effective_on between ? and ? and k.expires_on >= ?
                and (k.contract_type = ? or exists (select 1 from contract_clause w where w.contract_id = k.id and w.wages))""";
        List<Long> federations = jdbc.sql("""
                        select f.id from federation f where f.district_id = ?
                        and not exists (select 1 from bargaining_case b where b.federation_id = f.id
                                        and (b.campaign_id = ? or b.stage not in (?, ?)))
                        and not exists (select 1 from collective_contract k where k.federation_id = f.id and\s""" + wagesSettled + """
                        )
                        order by f.id""")
                .params(c.districtId(), campaignId, CaseStage.REFUSED.name(), CaseStage.CONCLUDED.name(),
                        ContractStatus.EFFECTIVE.name(), yearStart, yearEnd, yearEnd, ContractType.WAGES.name())
                .query(Long.class).list();
        List<Long> enterprises = jdbc.sql("""
                        select e.id from enterprise e where e.district_id = ? and e.union_founded
                        and not exists (select 1 from federation_member m join federation f on f.id = m.federation_id
                                        where m.enterprise_id = e.id and f.district_id = e.district_id)
                        and not exists (select 1 from bargaining_case b where b.enterprise_id = e.id
                                        and (b.campaign_id = ? or b.stage not in (?, ?)))
                        and not exists (select 1 from collective_contract k join contract_coverage v on v.contract_id = k.id
                                        where v.enterprise_id = e.id and\s""" + wagesSettled + """
                        )
                        order by e.id limit ?""")
                .params(c.districtId(), campaignId, CaseStage.REFUSED.name(), CaseStage.CONCLUDED.name(),
                        ContractStatus.EFFECTIVE.name(), yearStart, yearEnd, yearEnd, ContractType.WAGES.name(), openBatchSize + 1)
                .query(Long.class).list();
        List<Runnable> openings = new ArrayList<>();
        federations.stream().limit(openBatchSize).forEach(f -> openings.add(() -> opening.forFederation(f, campaignId, launcher)));
        enterprises.stream().limit(openBatchSize - openings.size())
                .forEach(e -> openings.add(() -> opening.forEnterprise(e, campaignId, launcher)));
        parallel.run(openings);
        boolean more = federations.size() + enterprises.size() > openings.size();
        log.info("Campaign {}: opened {} cases{}", campaignId, openings.size(), more ? ", more to open" : ", all open");
        return more;
    }

    /** {@code district}: the upper-level union that ran the campaign. */
    record Report(Campaign campaign, CampaignFigures.Report report, LocalDate closedOn, String district, Clock responseClock)
            implements DocumentModel {
    }

    /** Closes the campaign with its report, which the district's officials read. */
    @Transactional
    public StoredDocument close(long campaignId) {
        Campaign c = find(campaignId).orElseThrow();
        StoredDocument document = documents.generate(new DocumentService.Request(DocumentType.CAMPAIGN_REPORT,
                        "campaign-" + campaignId, null, null, c.title() + "·" + DocumentType.CAMPAIGN_REPORT.title().zh(),
                        Set.of(PartyDirectory.upperUnionOf(c.districtId()), PartyDirectory.labourBureauOf(c.districtId())),
                        c.launchedBy()),
                new Report(c, figures.report(c, Integer.MAX_VALUE), deadlines.today(),
                        parties.partyName(PartyDirectory.upperUnionOf(c.districtId())).orElseThrow().zh(),
                        deadlines.clock("offer-response", registry.provinceOf(c.districtId()))));
        jdbc.sql("update campaign set status = ?, closed_at = ?, report_document_id = ? where id = ?")
                .params(Campaign.Status.CLOSED.name(), Timestamp.from(Instant.now()), document.id(), campaignId).update();
        return document;
    }

    public Optional<Campaign> find(long id) {
        return jdbc.sql("select * from campaign where id = ?").param(id).query(this::campaign).optional();
    }

    /** The campaign if it is of a district under the official's area. */
    public Campaign get(long id, PortalUser user) {
        return find(id).filter(c -> user.official() && access.watchesDistrict(user, c.districtId()))
                .orElseThrow(() -> new NotFoundException("campaign " + id));
    }

    /** The names of the campaigns' districts, for an official above them. */
    public Map<Long, Localized> districtNames(List<Campaign> campaigns) {
        Map<Long, Localized> names = new HashMap<>();
        campaigns.forEach(c -> names.computeIfAbsent(c.districtId(), d -> registry.district(d).orElseThrow().name()));
        return names;
    }

    /** The campaigns of the districts under the official's area, the latest first. */
    public List<Campaign> visibleTo(PortalUser user) {
        if (!user.official()) {
            return List.of();
        }
        AccessPolicy.Scope districts = access.districtScope(user, "district_id");
        return jdbc.sql("select * from campaign where " + districts.condition() + " order by campaign_year desc, id desc")
                .params(districts.params()).query(this::campaign).list();
    }

    private Campaign campaign(ResultSet rs, int row) throws SQLException {
        return new Campaign(rs.getLong("id"), rs.getLong("district_id"), rs.getInt("campaign_year"), rs.getString("title"),
                rs.getBigDecimal("target_coverage"), rs.getDate("closes_on").toLocalDate(), rs.getBoolean("extended"),
                Campaign.Status.valueOf(rs.getString("status")), rs.getString("launched_by"),
                rs.getTimestamp("launched_at").toInstant(), rs.getObject("report_document_id", Long.class));
    }
}
