package org.xieshang.congress;

import java.sql.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.enterprise.DemocraticBody;
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

    private final CongressSessions sessions;
    private final CongressRegistry congresses;
    private final Proposals proposals;
    private final DocumentService documents;
    private final DeadlineService deadlines;
    private final JdbcClient jdbc;

    CongressDocuments(CongressSessions sessions, CongressRegistry congresses, Proposals proposals, DocumentService documents,
                      DeadlineService deadlines, JdbcClient jdbc) {
        this.sessions = sessions;
        this.congresses = congresses;
        this.proposals = proposals;
        this.documents = documents;
        this.deadlines = deadlines;
        this.jdbc = jdbc;
    }

    /** The notice with the agenda, and the report on earlier proposals if there are any. */
    @Transactional
    public StoredDocument notice(long sessionId) {
        CongressSession s = sessions.session(sessionId);
        Map<String, Object> model = model(s);
        model.put("items", sessions.items(sessionId));
        model.put("noticeDeadline", sessions.noticeDeadline(s.startsAt().toLocalDate()));
        model.put("sentOn", s.noticeSentOn());
        List<Proposal> reported = proposals.reportedTo(s);
        if (!reported.isEmpty()) {
            Map<String, Object> report = model(s);
            report.put("proposals", reported);
            generate(s, DocumentType.PROPOSAL_REPORT, report);
        }
        return generate(s, DocumentType.CONGRESS_NOTICE, model);
    }

    /** The resolution with attendance and the counts of every item. */
    @Transactional
    public StoredDocument resolution(long sessionId) {
        CongressSession s = sessions.session(sessionId);
        Map<String, Object> model = model(s);
        model.put("attendance", sessions.attendance(sessionId));
        model.put("decisions", sessions.decisions(sessionId));
        model.put("passMark", Majority.passMark(s.delegatesTotal()));
        return generate(s, DocumentType.CONGRESS_RESOLUTION, model);
    }

    /** Whether the contract draft the session was called for passed (false when there is none or it failed). */
    public boolean draftApproved(long sessionId) {
        return sessions.decisions(sessionId).stream()
                .filter(d -> d.item().bargainingCaseNo() != null).anyMatch(CongressSessions.Decision::passed);
    }

    /** Rules and plans the session passed, published to all staff (厂务公开) with one publication notice. */
    @Transactional
    public Optional<StoredDocument> publishDisclosures(long sessionId) {
        CongressSession s = sessions.session(sessionId);
        List<CongressSessions.Decision> passed = sessions.decisions(sessionId).stream()
                .filter(d -> d.item().kind().disclosedWhenPassed() && d.passed()).toList();
        if (passed.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> model = model(s);
        model.put("decisions", passed);
        model.put("publishedOn", deadlines.today());
        StoredDocument notice = generate(s, DocumentType.DISCLOSURE_NOTICE, model);
        for (CongressSessions.Decision d : passed) {
            jdbc.sql("""
                            insert into disclosure (congress_id, item_id, category, title, body, document_id, published_on,
                                published_by) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(s.congressId(), d.item().id(), d.item().kind().name(), d.item().title(), d.item().description(),
                            notice.id(), Date.valueOf(deadlines.today()), SYSTEM)
                    .update();
        }
        return Optional.of(notice);
    }

    /** A proposal with its co-signers, replies and ratings, or with the reason it was declined. */
    @Transactional
    public StoredDocument proposalRecord(long proposalId) {
        Proposal p = proposals.get(proposalId);
        CongressSession s = sessions.session(p.sessionId());
        Map<String, Object> model = model(s);
        model.put("proposal", p);
        model.put("cosigners", proposals.cosigners(proposalId));
        model.put("replies", proposals.replies(proposalId));
        CongressOwner owner = sessions.ownerOf(s);
        return documents.generate(new DocumentService.Request(DocumentType.PROPOSAL, p.proposalNo(), owner.enterpriseId(),
                owner.federationId(), DocumentType.PROPOSAL.title().zh() + "·" + p.proposalNo(), model,
                congresses.parties(owner), SYSTEM));
    }

    private StoredDocument generate(CongressSession s, DocumentType type, Map<String, Object> model) {
        CongressOwner owner = sessions.ownerOf(s);
        Set<String> parties = new LinkedHashSet<>(congresses.parties(owner));
        return documents.generate(new DocumentService.Request(type, s.sessionNo(), owner.enterpriseId(), owner.federationId(),
                type.title().zh() + "·" + s.title(), model, parties, SYSTEM));
    }

    private Map<String, Object> model(CongressSession s) {
        CongressOwner owner = sessions.ownerOf(s);
        Congress congress = congresses.congress(s.congressId());
        Map<String, Object> model = new HashMap<>();
        model.put("session", s);
        model.put("congress", congress);
        model.put("ownerName", congresses.ownerName(owner));
        model.put("allStaff", congress.kind() == DemocraticBody.ALL_STAFF_MEETING);
        model.put("today", deadlines.today());
        return model;
    }
}
