package org.xieshang.congress;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.xieshang.deadlines.Deadline;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.enterprise.DemocraticBody;
import org.xieshang.documents.DocumentModel;
import org.xieshang.documents.DocumentService;
import org.xieshang.documents.DocumentType;
import org.xieshang.documents.StoredDocument;

/**
 * The formal documents of a congress: notice and agenda, resolution, proposal records and the handling report,
 * and the factory-affairs disclosure of what a session passed.
 */
@Service
public class CongressDocuments {

    static final String SYSTEM = "system";

    private final Sessions sessions;
    private final Agenda agenda;
    private final Attendance attendance;
    private final Ballots ballots;
    private final CongressRegistry congresses;
    private final Proposals proposals;
    private final Disclosures disclosures;
    private final DocumentService documents;
    private final DeadlineService deadlines;

    CongressDocuments(Sessions sessions, Agenda agenda, Attendance attendance, Ballots ballots, CongressRegistry congresses,
                      Proposals proposals, Disclosures disclosures, DocumentService documents, DeadlineService deadlines) {
        this.sessions = sessions;
        this.agenda = agenda;
        this.attendance = attendance;
        this.ballots = ballots;
        this.congresses = congresses;
        this.proposals = proposals;
        this.disclosures = disclosures;
        this.documents = documents;
        this.deadlines = deadlines;
    }

    /** Every congress document names the session, its congress and owner; {@code allStaff} words it for a 职工大会. */
    record Notice(CongressSession session, Congress congress, String ownerName, boolean allStaff, LocalDate today,
                  List<SessionItem> items, Deadline noticeDeadline, LocalDate sentOn) implements DocumentModel {
    }

    record ProposalReport(CongressSession session, Congress congress, String ownerName, boolean allStaff, LocalDate today,
                          List<Proposal> proposals) implements DocumentModel {
    }

    record Resolution(CongressSession session, Congress congress, String ownerName, boolean allStaff, LocalDate today,
                      Attendance.Turnout attendance, List<Results.Decision> decisions, int passMark) implements DocumentModel {
    }

    record Disclosure(CongressSession session, Congress congress, String ownerName, boolean allStaff, LocalDate today,
                      List<Results.Decision> decisions, LocalDate publishedOn, List<SessionItem> rules) implements DocumentModel {
    }

    record ProposalRecord(CongressSession session, Congress congress, String ownerName, boolean allStaff, LocalDate today,
                          Proposal proposal, List<String> cosigners, List<Proposal.Reply> replies) implements DocumentModel {
    }

    /** The notice with the agenda, and the report on earlier proposals if there are any. */
    public StoredDocument notice(long sessionId) {
        CongressSession s = sessions.session(sessionId);
        Congress congress = congresses.congress(s.congressId());
        String owner = congresses.ownerName(congress.owner());
        List<Proposal> reported = proposals.reportedTo(s);
        if (!reported.isEmpty()) {
            generate(s, DocumentType.PROPOSAL_REPORT, new ProposalReport(s, congress, owner, allStaff(congress), deadlines.today(),
                    reported));
        }
        return generate(s, DocumentType.CONGRESS_NOTICE, new Notice(s, congress, owner, allStaff(congress), deadlines.today(),
                agenda.items(sessionId), sessions.noticeDeadline(sessions.ownerOf(s), s.startsAt().toLocalDate()), s.noticeSentOn()));
    }

    /** The resolution with attendance and the counts of every item. */
    public StoredDocument resolution(long sessionId) {
        CongressSession s = sessions.session(sessionId);
        Congress congress = congresses.congress(s.congressId());
        return generate(s, DocumentType.CONGRESS_RESOLUTION, new Resolution(s, congress, congresses.ownerName(congress.owner()),
                allStaff(congress), deadlines.today(), attendance.turnout(sessionId), ballots.decisions(sessionId),
                Majority.passMark(s.delegatesTotal())));
    }

    /** Whether the contract draft the session was called for passed (false when there is none or it failed). */
    public boolean draftApproved(long sessionId) {
        return ballots.decisions(sessionId).stream()
                .filter(d -> d.item().bargainingCaseNo() != null).anyMatch(Results.Decision::passed);
    }

    /**
     * Plans the session passed and rules it discussed that were settled with the union, published to all staff
     * (厂务公开) with one publication notice that says which was approved and which discussed and settled.
     */
    public Optional<StoredDocument> publishDisclosures(long sessionId) {
        CongressSession s = sessions.session(sessionId);
        List<Results.Decision> passed = ballots.decisions(sessionId).stream()
                .filter(d -> d.item().kind().disclosedWhenPassed() && d.passed()).toList();
        List<SessionItem> rules = agenda.items(sessionId).stream()
                .filter(i -> i.kind() == ItemKind.RULE && i.settledWithUnion()).toList();
        if (passed.isEmpty() && rules.isEmpty()) {
            return Optional.empty();
        }
        Congress congress = congresses.congress(s.congressId());
        StoredDocument notice = generate(s, DocumentType.DISCLOSURE_NOTICE, new Disclosure(s, congress,
                congresses.ownerName(congress.owner()), allStaff(congress), deadlines.today(), passed, deadlines.today(), rules));
        passed.forEach(d -> disclosures.publish(s.congressId(), d.item(), notice.id(), SYSTEM));
        rules.forEach(r -> disclosures.publish(s.congressId(), r, notice.id(), SYSTEM));
        return Optional.of(notice);
    }

    /** A proposal with its co-signers, replies and ratings, or with the reason it was declined. */
    public StoredDocument proposalRecord(long proposalId) {
        Proposal p = proposals.get(proposalId);
        CongressSession s = sessions.session(p.sessionId());
        Congress congress = congresses.congress(s.congressId());
        CongressOwner owner = congress.owner();
        return documents.generate(new DocumentService.Request(DocumentType.PROPOSAL, p.proposalNo(), owner.enterpriseId(),
                        owner.federationId(), DocumentType.PROPOSAL.title().zh() + "·" + p.proposalNo(), congresses.parties(owner),
                        SYSTEM),
                new ProposalRecord(s, congress, congresses.ownerName(owner), allStaff(congress), deadlines.today(), p,
                        proposals.cosigners(proposalId), proposals.replies(proposalId)));
    }

    private StoredDocument generate(CongressSession s, DocumentType type, DocumentModel model) {
        CongressOwner owner = sessions.ownerOf(s);
        Set<String> parties = new LinkedHashSet<>(congresses.parties(owner));
        return documents.generate(new DocumentService.Request(type, s.sessionNo(), owner.enterpriseId(), owner.federationId(),
                type.title().zh() + "·" + s.title(), parties, SYSTEM), model);
    }

    private static boolean allStaff(Congress congress) {
        return congress.kind() == DemocraticBody.ALL_STAFF_MEETING;
    }
}
