package org.xieshang.negotiation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.documents.DocumentModel;
import org.xieshang.documents.DocumentService;
import org.xieshang.documents.DocumentType;
import org.xieshang.documents.StoredDocument;
import org.xieshang.offer.ContractType;
import org.xieshang.offer.OfferService;
import org.xieshang.system.Localized;
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
    private final PartyDirectory parties;
    private final DeadlineService deadlines;

    NegotiationDocuments(DocumentService documents, Delegations delegations, Preparation preparation, Rounds rounds,
                         OfferService offers, PartyDirectory parties, DeadlineService deadlines) {
        this.documents = documents;
        this.delegations = delegations;
        this.preparation = preparation;
        this.rounds = rounds;
        this.offers = offers;
        this.parties = parties;
        this.deadlines = deadlines;
    }

    record DelegationList(BargainingCase bargainingCase, String unionName, String employerName, LocalDate today,
                          List<Delegations.Member> members) implements DocumentModel {
    }

    record MeetingNotice(BargainingCase bargainingCase, String unionName, String employerName, LocalDate today,
                         Rounds.Round round, List<Preparation.Item> items) implements DocumentModel {
    }

    /** {@code items}: the agenda's titles by item id. */
    record Minutes(BargainingCase bargainingCase, String unionName, String employerName, LocalDate today, Rounds.Round round,
                   List<Rounds.Position> positions, Map<Long, String> items, String recorder, Map<String, String> chiefs)
            implements DocumentModel {
    }

    /** {@code positions}: per item, its positions by round number. */
    record Comparison(BargainingCase bargainingCase, String unionName, String employerName, LocalDate today,
                      List<Rounds.Round> rounds, List<Preparation.Item> items,
                      Map<Long, Map<Integer, Rounds.Position>> positions) implements DocumentModel {
    }

    record Draft(BargainingCase bargainingCase, String unionName, String employerName, LocalDate today,
                 ContractType contractType, List<Preparation.Item> items, AgreedTerm term, Map<String, String> chiefs)
            implements DocumentModel {
    }

    public StoredDocument delegationList(BargainingCase c) {
        return generate(c, DocumentType.DELEGATION_LIST, sides(c), new DelegationList(c, unionName(c), c.partyName(),
                deadlines.today(), delegations.members(c.id()).stream().filter(Delegations.Member::active).toList()));
    }

    public StoredDocument meetingNotice(BargainingCase c, long roundId) {
        StoredDocument d = generate(c, DocumentType.MEETING_NOTICE, withRecorder(c), new MeetingNotice(c, unionName(c),
                c.partyName(), deadlines.today(), rounds.round(roundId),
                preparation.items(c.id()).stream().filter(i -> !i.settled()).toList()));
        rounds.noticeIssued(roundId, d.id());
        return d;
    }

    /** The confirmed minutes, then the comparison table regenerated over every round so far. */
    public StoredDocument minutes(BargainingCase c, long roundId) {
        Map<Long, String> titles = new HashMap<>();
        preparation.items(c.id()).forEach(i -> titles.put(i.id(), i.title()));
        StoredDocument d = generate(c, DocumentType.NEGOTIATION_MINUTES, withRecorder(c), new Minutes(c, unionName(c),
                c.partyName(), deadlines.today(), rounds.round(roundId), rounds.positions(roundId), titles,
                preparation.setup(c.id()).recorderName(), chiefs(c)));
        rounds.minutesIssued(roundId, d.id());
        comparison(c);
        return d;
    }

    public StoredDocument comparison(BargainingCase c) {
        List<Rounds.Round> held = rounds.rounds(c.id()).stream().filter(r -> r.status() == Rounds.Status.CONFIRMED).toList();
        Map<Long, Map<Integer, Rounds.Position>> byItem = new LinkedHashMap<>();
        held.forEach(r -> rounds.positions(r.id()).forEach(p ->
                byItem.computeIfAbsent(p.itemId(), k -> new LinkedHashMap<>()).put(r.roundNo(), p)));
        return generate(c, DocumentType.ITEM_COMPARISON, withRecorder(c), new Comparison(c, unionName(c), c.partyName(),
                deadlines.today(), held, preparation.items(c.id()), byItem));
    }

    /** The draft from the agreed texts and term, under the title of the contract type the offer named. */
    public StoredDocument contractDraft(BargainingCase c) {
        ContractType type = offers.offer(c.id()).map(OfferService.Offer::contractType).orElse(ContractType.COMPREHENSIVE);
        return generate(c, DocumentType.CONTRACT_DRAFT, sides(c), new Draft(c, unionName(c), c.partyName(), deadlines.today(),
                type, preparation.items(c.id()).stream().filter(i -> i.status() == Preparation.Item.Status.AGREED).toList(),
                preparation.agreedTerm(c.id()).orElse(null), chiefs(c)));
    }

    /** Chief names by side name, as templates index them. */
    Map<String, String> chiefs(BargainingCase c) {
        Map<String, String> chiefs = new HashMap<>();
        delegations.members(c.id()).stream().filter(m -> m.active() && m.chief()).forEach(m -> chiefs.put(m.side().name(), m.name()));
        return chiefs;
    }

    /** The union side by its party name: the enterprise's union, or the federation itself. */
    String unionName(BargainingCase c) {
        return parties.partyName(c.unionGroup()).map(Localized::zh).orElse(c.partyName());
    }

    private StoredDocument generate(BargainingCase c, DocumentType type, Set<String> readers, DocumentModel model) {
        String title = (model instanceof Draft draft ? draft.contractType().label().zh() + "（草案）" : type.title().zh())
                + "·" + c.partyName();
        return documents.generate(new DocumentService.Request(type, c.caseNo(), c.enterpriseId(), c.federationId(), title,
                readers, SYSTEM), model);
    }

    private static Set<String> sides(BargainingCase c) {
        return Set.of(c.unionGroup(), c.employerGroup());
    }

    private static Set<String> withRecorder(BargainingCase c) {
        return Set.of(c.unionGroup(), c.employerGroup(), c.recorderGroup());
    }
}
