package org.xieshang.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.deadlines.Deadline;
import org.xieshang.deadlines.Clock;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.documents.DocumentModel;
import org.xieshang.documents.DocumentService;
import org.xieshang.documents.DocumentType;
import org.xieshang.documents.StoredDocument;
import org.xieshang.enterprise.Enterprise;
import org.xieshang.enterprise.EnterpriseRegistry;
import org.xieshang.negotiation.Authorisations;
import org.xieshang.negotiation.Delegations;
import org.xieshang.negotiation.Preparation;
import org.xieshang.negotiation.Rounds;
import org.xieshang.negotiation.Side;
import org.xieshang.negotiation.WageCheck;
import org.xieshang.system.Localized;
import org.xieshang.system.PartyDirectory;

/**
 * The contract's formal documents: the contract itself, the filing form with the bargaining description and both
 * sides' standing, the bureau's review opinion and the publication notice. Who reads each follows documents.md.
 * The templates word them; the models here carry facts only.
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
    private final ContractClocks clocks;

    ContractDocuments(DocumentService documents, Contracts contracts, BargainingCases cases, Delegations delegations,
                      Preparation preparation, Rounds rounds, EnterpriseRegistry registry, PartyDirectory parties,
                      DeadlineService deadlines, MessageSource messages, ContractClocks clocks) {
        this.clocks = clocks;
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

    /** The text both chiefs sign; its page foot is kept free for their signature blocks. */
    record ContractText(Contract contract, List<Contracts.Coverage> coverage, List<Contracts.Clause> clauses, LocalDate today,
                        String unionName, String employerName, Map<String, String> chiefs, Contract previous,
                        String pageBottom, Map<String, Clock> clocks) implements DocumentModel {
    }

    /** One package item; {@code detail} completes the kind's wording (the contract's title, the minutes' number). */
    record Item(int position, FilingItem kind, String detail, Long documentId) {
    }

    /** A step of the bargaining as the filing describes it: its day and its label. */
    record Step(LocalDate on, String label) {
    }

    record FilingForm(Contract contract, List<Contracts.Coverage> coverage, List<Contracts.Clause> clauses, LocalDate today,
                      String unionName, String employerName, Filings.Filing filing, List<Item> items, String filedBy,
                      Deadline filingDeadline, List<Step> steps, List<Rounds.Round> rounds, Map<String, String> outcomes,
                      Map<String, String> chiefs, int delegatesPerSide, List<Enterprise> enterprises,
                      List<Authorisations.Authorisation> authorisations, WageCheck.WageData wageData) implements DocumentModel {
    }

    record ReviewOpinion(Contract contract, List<Contracts.Coverage> coverage, List<Contracts.Clause> clauses, LocalDate today,
                         String unionName, String employerName, Reviews.Review review, List<Contracts.Clause> objected,
                         String bureauName, Map<String, Clock> clocks) implements DocumentModel {
    }

    record PublicationNotice(Contract contract, List<Contracts.Coverage> coverage, List<Contracts.Clause> clauses,
                             LocalDate today, String unionName, String employerName, Map<String, Clock> clocks)
            implements DocumentModel {
    }

    /** The text both chiefs sign: both sides read it now; the bureau with the filing, staff once it is effective. */
    StoredDocument contract(Contract k) {
        return generate(k, DocumentType.COLLECTIVE_CONTRACT, k.title(), sides(k), new ContractText(k, contracts.coverage(k.id()),
                contracts.clauses(k.id()), deadlines.today(), unionName(k), employerName(k), chiefs(k.caseId()),
                k.previousContractId() == null ? null : contracts.contract(k.previousContractId()), "48mm", clocks.forDocuments(k)));
    }

    /** What the filing must hold, in the order the form lists it. */
    List<Item> filingPackage(Contract k, boolean wageData) {
        List<Item> items = new ArrayList<>();
        List<StoredDocument> ofCase = documents.ofCase(k.caseNo());
        items.add(new Item(items.size() + 1, FilingItem.CONTRACT, k.title(), k.documentId()));
        items.add(new Item(items.size() + 1, FilingItem.DESCRIPTION, null, null));
        items.add(new Item(items.size() + 1, FilingItem.STANDING, null, null));
        if (wageData) {
            items.add(new Item(items.size() + 1, FilingItem.WAGE_DATA, null, null));
        }
        items.add(new Item(items.size() + 1, FilingItem.RESOLUTION, null, k.congress().resolutionDocumentId()));
        ofCase.stream().filter(d -> d.type() == DocumentType.DELEGATION_LIST).reduce((a, b) -> b)
                .ifPresent(d -> items.add(new Item(items.size() + 1, FilingItem.CREDENTIALS, null, d.id())));
        ofCase.stream().filter(d -> d.type() == DocumentType.NEGOTIATION_MINUTES).forEach(d -> items.add(
                new Item(items.size() + 1, FilingItem.MINUTES, String.valueOf(d.version()), d.id())));
        ofCase.stream().filter(d -> d.type() == DocumentType.COORDINATION_AGREEMENT).forEach(d -> items.add(
                new Item(items.size() + 1, FilingItem.COORDINATION, null, d.id())));
        return items;
    }

    StoredDocument filingForm(Contract k, Filings.Filing filing, List<Item> items,
                              List<Authorisations.Authorisation> authorisations, String filedBy) {
        Map<String, String> outcomes = new HashMap<>();
        for (Rounds.Outcome o : Rounds.Outcome.values()) {
            outcomes.put(o.name(), messages.getMessage("negotiation.outcome." + o, null, o.name(), ZH));
        }
        List<Step> steps = cases.timeline(k.caseId()).stream().map(e -> new Step(
                e.happenedAt().atZone(deadlines.zone()).toLocalDate(), messages.getMessage(e.kind().label(), null, ZH))).toList();
        List<Enterprise> enterprises = contracts.coverage(k.id()).stream()
                .flatMap(c -> registry.find(c.enterpriseId()).stream()).toList();
        Set<String> readers = new LinkedHashSet<>(sides(k));
        readers.add(bureau(k));
        return generate(k, DocumentType.FILING_FORM, DocumentType.FILING_FORM.title().zh() + "·" + k.partyName(), readers,
                new FilingForm(k, contracts.coverage(k.id()), contracts.clauses(k.id()), deadlines.today(), unionName(k),
                        employerName(k), filing, items, filedBy, clocks.compute(k, k.filingClock(), k.signedOn()), steps,
                        rounds.rounds(k.caseId()).stream().filter(r -> r.status() == Rounds.Status.CONFIRMED).toList(),
                        outcomes, chiefs(k.caseId()), delegations.active(k.caseId(), Side.UNION).size(), enterprises,
                        authorisations, k.wages() ? preparation.wageData(k.caseId()).orElse(null) : null));
    }

    StoredDocument reviewOpinion(Contract k, Reviews.Review review, List<Contracts.Clause> objected) {
        Set<String> readers = new LinkedHashSet<>(sides(k));
        readers.add(bureau(k));
        readers.add(PartyDirectory.upperUnionOf(k.districtId()));
        String bureauName = parties.partyName(bureau(k)).map(Localized::zh).orElseThrow();
        return generate(k, DocumentType.REVIEW_OPINION, DocumentType.REVIEW_OPINION.title().zh() + "·" + k.partyName(), readers,
                new ReviewOpinion(k, contracts.coverage(k.id()), contracts.clauses(k.id()), deadlines.today(), unionName(k),
                        employerName(k), review, objected, bureauName, clocks.forDocuments(k)));
    }

    /** The notice goes to every covered enterprise's staff, and with it the contract text itself. */
    StoredDocument publicationNotice(Contract k) {
        List<Contracts.Coverage> coverage = contracts.coverage(k.id());
        Set<String> readers = new LinkedHashSet<>(sides(k));
        readers.add(bureau(k));
        readers.add(PartyDirectory.upperUnionOf(k.districtId()));
        coverage.forEach(c -> readers.add(PartyDirectory.delegatesOf(c.enterpriseId())));
        documents.share(k.documentId(), readers);
        return generate(k, DocumentType.PUBLICATION_NOTICE, DocumentType.PUBLICATION_NOTICE.title().zh() + "·" + k.partyName(),
                readers, new PublicationNotice(k, coverage, contracts.clauses(k.id()), deadlines.today(), unionName(k),
                        employerName(k), clocks.forDocuments(k)));
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

    private String unionName(Contract k) {
        return parties.partyName(ContractTerms.unionOf(k)).map(Localized::zh).orElse(k.partyName());
    }

    /** The enterprise by its registered name, or the federation's employers' body. */
    private String employerName(Contract k) {
        return k.enterpriseId() != null ? k.partyName()
                : parties.partyName(ContractTerms.employerOf(k)).map(Localized::zh).orElse(k.partyName());
    }

    private StoredDocument generate(Contract k, DocumentType type, String title, Set<String> readers, DocumentModel model) {
        return documents.generate(new DocumentService.Request(type, k.caseNo(), k.enterpriseId(), k.federationId(), title,
                readers, SYSTEM), model);
    }

    static Set<String> sides(Contract k) {
        return Set.of(ContractTerms.unionOf(k), ContractTerms.employerOf(k));
    }

    static String bureau(Contract k) {
        return PartyDirectory.labourBureauOf(k.districtId());
    }
}
