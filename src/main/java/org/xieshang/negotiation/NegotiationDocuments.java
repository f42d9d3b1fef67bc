package org.xieshang.negotiation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.documents.DocumentService;
import org.xieshang.documents.DocumentType;
import org.xieshang.documents.StoredDocument;
import org.xieshang.offer.ContractType;
import org.xieshang.offer.OfferService;
import org.xieshang.system.PartyDirectory;

/**
 * The formal documents of the negotiation: delegation list with authorisations, meeting notice, signed minutes,
 * agenda-item comparison and contract draft. None of them carries a caucus note or a bottom line.
 */
@Service
public class NegotiationDocuments {

    static final String SYSTEM = "system";

    private final DocumentService documents;
    private final Delegations delegations;
    private final Preparation preparation;
    private final Rounds rounds;
    private final OfferService offers;
    private final DeadlineService deadlines;

    NegotiationDocuments(DocumentService documents, Delegations delegations, Preparation preparation, Rounds rounds,
                         OfferService offers, DeadlineService deadlines) {
        this.documents = documents;
        this.delegations = delegations;
        this.preparation = preparation;
        this.rounds = rounds;
        this.offers = offers;
        this.deadlines = deadlines;
    }

    @Transactional
    public StoredDocument delegationList(BargainingCase c) {
        Map<String, Object> model = model(c);
        model.put("members", delegations.members(c.id()).stream().filter(Delegations.Member::active).toList());
        return generate(c, DocumentType.DELEGATION_LIST, model, sides(c));
    }

    @Transactional
    public StoredDocument meetingNotice(BargainingCase c, long roundId) {
        Map<String, Object> model = model(c);
        model.put("round", rounds.round(roundId));
        model.put("items", preparation.items(c.id()).stream().filter(i -> !i.settled()).toList());
        StoredDocument d = generate(c, DocumentType.MEETING_NOTICE, model, withRecorder(c));
        rounds.setDocument(roundId, "notice_document_id", d.id());
        return d;
    }

    /** The confirmed minutes, then the comparison table regenerated over every round so far. */
    @Transactional
    public StoredDocument minutes(BargainingCase c, long roundId) {
        Map<String, Object> model = model(c);
        model.put("round", rounds.round(roundId));
        model.put("positions", rounds.positions(roundId));
        model.put("items", itemTitles(c));
        model.put("recorder", preparation.setup(c.id()).recorderName());
        model.put("chiefs", chiefs(c));
        StoredDocument d = generate(c, DocumentType.NEGOTIATION_MINUTES, model, withRecorder(c));
        rounds.setDocument(roundId, "minutes_document_id", d.id());
        comparison(c);
        return d;
    }

    @Transactional
    public StoredDocument comparison(BargainingCase c) {
        Map<String, Object> model = model(c);
        List<Rounds.Round> held = rounds.rounds(c.id()).stream().filter(r -> r.status() == Rounds.Status.CONFIRMED).toList();
        Map<Long, Map<Integer, Rounds.Position>> byItem = new LinkedHashMap<>();
        held.forEach(r -> rounds.positions(r.id()).forEach(p ->
                byItem.computeIfAbsent(p.itemId(), k -> new LinkedHashMap<>()).put(r.roundNo(), p)));
        model.put("rounds", held);
        model.put("items", preparation.items(c.id()));
        model.put("positions", byItem);
        return generate(c, DocumentType.ITEM_COMPARISON, model, withRecorder(c));
    }

    /** The draft from the agreed texts, under the title of the contract type the offer named. */
    @Transactional
    public StoredDocument contractDraft(BargainingCase c) {
        Map<String, Object> model = model(c);
        ContractType type = offers.offer(c.id()).map(OfferService.Offer::contractType).orElse(ContractType.COMPREHENSIVE);
        model.put("contractType", type);
        model.put("items", preparation.items(c.id()).stream().filter(i -> i.status() == Preparation.Item.Status.AGREED).toList());
        model.put("chiefs", chiefs(c));
        return generate(c, DocumentType.CONTRACT_DRAFT, model, sides(c));
    }

    /** Chief names by side name, as templates index them. */
    Map<String, String> chiefs(BargainingCase c) {
        Map<String, String> chiefs = new HashMap<>();
        delegations.members(c.id()).stream().filter(m -> m.active() && m.chief()).forEach(m -> chiefs.put(m.side().name(), m.name()));
        return chiefs;
    }

    private Map<Long, String> itemTitles(BargainingCase c) {
        Map<Long, String> titles = new HashMap<>();
        preparation.items(c.id()).forEach(i -> titles.put(i.id(), i.title()));
        return titles;
    }

    private StoredDocument generate(BargainingCase c, DocumentType type, Map<String, Object> model, Set<String> parties) {
        String title = type == DocumentType.CONTRACT_DRAFT
                ? ((ContractType) model.get("contractType")).label().zh() + "（草案）·" + c.partyName()
                : type.title().zh() + "·" + c.partyName();
        return documents.generate(new DocumentService.Request(type, c.caseNo(), c.enterpriseId(), c.federationId(), title, model,
                parties, SYSTEM));
    }

    private Map<String, Object> model(BargainingCase c) {
        Map<String, Object> model = new HashMap<>();
        model.put("bargainingCase", c);
        model.put("today", deadlines.today());
        model.put("unionName", c.partyName() + (c.federationId() != null ? "" : "工会"));
        model.put("employerName", c.partyName());
        return model;
    }

    private static Set<String> sides(BargainingCase c) {
        return Set.of(c.unionGroup(), c.employerGroup());
    }

    private static Set<String> withRecorder(BargainingCase c) {
        return Set.of(c.unionGroup(), c.employerGroup(), c.enterpriseId() != null ? PartyDirectory.recorderOf(c.enterpriseId())
                : PartyDirectory.federationRecorderOf(c.federationId()));
    }
}
