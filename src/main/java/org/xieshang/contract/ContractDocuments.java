package org.xieshang.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.documents.DocumentService;
import org.xieshang.documents.DocumentType;
import org.xieshang.documents.StoredDocument;
import org.xieshang.enterprise.EnterpriseRegistry;
import org.xieshang.negotiation.Delegations;
import org.xieshang.negotiation.Preparation;
import org.xieshang.negotiation.Rounds;
import org.xieshang.system.PartyDirectory;

/**
 * The contract's formal documents: the contract itself, the filing form with the bargaining description and both
 * sides' standing, the bureau's review opinion and the publication notice. Who reads each follows documents.md.
 */
@Service
class ContractDocuments {

    static final String SYSTEM = "system";
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final DocumentService documents;
    private final Contracts contracts;
    private final BargainingCases cases;
    private final Delegations delegations;
    private final Preparation preparation;
    private final Rounds rounds;
    private final EnterpriseRegistry registry;
    private final PartyDirectory parties;
    private final DeadlineService deadlines;
    private final MessageSource messages;

    ContractDocuments(DocumentService documents, Contracts contracts, BargainingCases cases, Delegations delegations,
                      Preparation preparation, Rounds rounds, EnterpriseRegistry registry, PartyDirectory parties,
                      DeadlineService deadlines, MessageSource messages) {
        this.documents = documents;
        this.contracts = contracts;
        this.cases = cases;
        this.delegations = delegations;
        this.preparation = preparation;
        this.rounds = rounds;
        this.registry = registry;
        this.parties = parties;
        this.deadlines = deadlines;
        this.messages = messages;
    }

    /** The text both chiefs sign: both sides read it now; the bureau with the filing, staff once it is effective. */
    StoredDocument contract(Contract k) {
        Map<String, Object> model = model(k);
        model.put("chiefs", chiefs(k.caseId()));
        model.put("previous", k.previousContractId() == null ? null : contracts.contract(k.previousContractId()));
        model.put("pageBottom", "48mm");
        return generate(k, DocumentType.COLLECTIVE_CONTRACT, k.title(), model, sides(k));
    }

    record Item(int position, String kind, String label, Long documentId) {
    }

    /** What the filing must hold (CCR Art. 42 and local practice), in the order the form lists it. */
    List<Item> filingPackage(Contract k, boolean wageData) {
        List<Item> items = new ArrayList<>();
        String caseNo = k.caseNo();
        List<StoredDocument> ofCase = documents.ofCase(caseNo);
        items.add(new Item(items.size() + 1, "CONTRACT", "《" + k.title() + "》文本（双方首席代表数字签名）", k.documentId()));
        items.add(new Item(items.size() + 1, "DESCRIPTION", "集体协商情况说明（本表第一部分）", null));
        items.add(new Item(items.size() + 1, "STANDING", "双方主体资格证明（本表第二部分）", null));
        if (wageData) {
            items.add(new Item(items.size() + 1, "WAGE_DATA", "工资协议相关资料（本表第四部分）", null));
        }
        items.add(new Item(items.size() + 1, "RESOLUTION", "职工代表大会决议（含出席人数和表决结果）",
                k.congress().resolutionDocumentId()));
        latest(ofCase, DocumentType.DELEGATION_LIST).ifPresent(d -> items.add(new Item(items.size() + 1, "CREDENTIALS",
                "双方首席代表及协商代表身份证明、授权委托书", d.id())));
        ofCase.stream().filter(d -> d.type() == DocumentType.NEGOTIATION_MINUTES).forEach(d -> items.add(
                new Item(items.size() + 1, "MINUTES", "集体协商会议记录（第 " + d.version() + " 份，双方确认）", d.id())));
        ofCase.stream().filter(d -> d.type() == DocumentType.COORDINATION_AGREEMENT).forEach(d -> items.add(
                new Item(items.size() + 1, "COORDINATION", "协调处理协议书", d.id())));
        return items;
    }

    StoredDocument filingForm(Contract k, Filings.Filing filing, List<Item> items, List<String> authorisations, String filedBy) {
        Map<String, Object> model = model(k);
        model.put("filing", filing);
        model.put("items", items);
        model.put("filedBy", filedBy);
        model.put("filingDeadline", deadlines.compute(k.filingClock(), k.signedOn()));
        model.put("description", description(k));
        model.put("standing", standing(k, authorisations));
        model.put("wageData", k.wages() ? preparation.wageData(k.caseId()).orElse(null) : null);
        Set<String> readers = new LinkedHashSet<>(sides(k));
        readers.add(bureau(k));
        return generate(k, DocumentType.FILING_FORM, "集体合同报送审查登记表·" + k.partyName(), model, readers);
    }

    StoredDocument reviewOpinion(Contract k, Reviews.Review review, List<Contracts.Clause> objected) {
        Map<String, Object> model = model(k);
        model.put("review", review);
        model.put("objected", objected);
        model.put("bureauName", parties.partyName(bureau(k)).map(n -> n.zh()).orElse("劳动保障行政部门"));
        Set<String> readers = new LinkedHashSet<>(sides(k));
        readers.add(bureau(k));
        readers.add(PartyDirectory.upperUnionOf(k.districtId()));
        return generate(k, DocumentType.REVIEW_OPINION, "审查意见书·" + k.partyName(), model, readers);
    }

    /** The notice goes to every covered enterprise's staff, and with it the contract text itself. */
    StoredDocument publicationNotice(Contract k) {
        Map<String, Object> model = model(k);
        Set<String> readers = new LinkedHashSet<>(sides(k));
        readers.add(bureau(k));
        readers.add(PartyDirectory.upperUnionOf(k.districtId()));
        @SuppressWarnings("unchecked")
        List<Contracts.Coverage> coverage = (List<Contracts.Coverage>) model.get("coverage");
        coverage.forEach(c -> readers.add(PartyDirectory.delegatesOf(c.enterpriseId())));
        documents.share(k.documentId(), readers);
        return generate(k, DocumentType.PUBLICATION_NOTICE, "集体合同公示·" + k.partyName(), model, readers);
    }

    /** The bureau reads everything in the package once it is filed. */
    void shareWithBureau(Contract k, List<Item> items) {
        items.stream().filter(i -> i.documentId() != null)
                .forEach(i -> documents.share(i.documentId(), Set.of(bureau(k), PartyDirectory.upperUnionOf(k.districtId()))));
    }

    Map<String, String> chiefs(long caseId) {
        Map<String, String> chiefs = new HashMap<>();
        delegations.members(caseId).stream().filter(m -> m.active() && m.chief())
                .forEach(m -> chiefs.put(m.side().name(), m.name()));
        return chiefs;
    }

    private List<String> description(Contract k) {
        List<String> lines = new ArrayList<>();
        cases.timeline(k.caseId()).forEach(e -> {
            String label = messages.getMessage("event." + e.kind(), null, null, ZH);
            if (label != null) {
                lines.add(day(e.happenedAt().atZone(deadlines.zone()).toLocalDate()) + "　" + label);
            }
        });
        rounds.rounds(k.caseId()).stream().filter(r -> r.status() == Rounds.Status.CONFIRMED).forEach(r -> lines.add(
                day(r.startsAt().toLocalDate()) + "　第" + r.roundNo() + "次集体协商会议（" + r.place() + "）："
                        + messages.getMessage("negotiation.outcome." + r.outcome(), null, r.outcome().name(), ZH)));
        Map<String, String> chiefs = chiefs(k.caseId());
        lines.add("职工方首席代表 " + chiefs.get("UNION") + "，企业方首席代表 " + chiefs.get("EMPLOYER") + "；双方协商代表各 "
                + delegations.active(k.caseId(), org.xieshang.negotiation.Side.UNION).size() + " 人。");
        return lines;
    }

    private Map<String, String> standing(Contract k, List<String> authorisations) {
        Map<String, String> s = new LinkedHashMap<>();
        contracts.coverage(k.id()).forEach(c -> registry.find(c.enterpriseId()).ifPresent(e -> s.put(e.name(),
                "统一社会信用代码 " + e.uscc() + "；法定代表人 " + e.legalRepresentative() + "；职工 " + e.headcount() + " 人；"
                        + (e.unionFounded() ? "已建工会，工会主席 " + e.unionChair() : "未建工会"))));
        if (k.federationId() != null) {
            s.put(k.partyName(), "依法成立的" + (k.level() == Contract.Level.INDUSTRY ? "行业性" : "区域性")
                    + "工会联合会，代表上列企业职工与企业方代表协商（《劳动合同法》第五十三条）");
        }
        authorisations.forEach(a -> s.put("签字授权", a));
        return s;
    }

    private Map<String, Object> model(Contract k) {
        Map<String, Object> model = new HashMap<>();
        BargainingCase c = cases.find(k.caseId()).orElseThrow();
        model.put("contract", k);
        model.put("coverage", contracts.coverage(k.id()));
        model.put("clauses", contracts.clauses(k.id()));
        model.put("today", deadlines.today());
        model.put("unionName", c.partyName() + (c.federationId() != null ? "" : "工会"));
        model.put("employerName", c.partyName());
        return model;
    }

    private StoredDocument generate(Contract k, DocumentType type, String title, Map<String, Object> model, Set<String> readers) {
        return documents.generate(new DocumentService.Request(type, k.caseNo(), k.enterpriseId(), k.federationId(), title,
                model, readers, SYSTEM));
    }

    private static java.util.Optional<StoredDocument> latest(List<StoredDocument> all, DocumentType type) {
        return all.stream().filter(d -> d.type() == type).reduce((a, b) -> b);
    }

    static Set<String> sides(Contract k) {
        return Set.of(ContractTerms.unionOf(k), ContractTerms.employerOf(k));
    }

    static String bureau(Contract k) {
        return PartyDirectory.labourBureauOf(k.districtId());
    }

    private static String day(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
