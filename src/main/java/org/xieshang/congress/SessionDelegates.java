package org.xieshang.congress;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.xieshang.monitoring.Tallies;
import org.xieshang.notification.Notice;
import org.xieshang.notification.NoticeKind;
import org.xieshang.notification.Notices;
import org.xieshang.system.CaseVariables;

/** The service steps of workers-congress-session.bpmn and congress-proposal.bpmn, one small bean each. */
final class SessionDelegates {

    private SessionDelegates() {
    }

    private static long sessionId(DelegateExecution execution) {
        return WorkersCongressSession.SESSION_ID.from(execution);
    }

    /** A session a bargaining case called takes its own number as business key once the union has convened it. */
    @Component("adoptSessionNumberListener")
    static class AdoptSessionNumber implements ExecutionListener {
        @Override
        public void notify(DelegateExecution execution) {
            execution.setProcessBusinessKey(CaseVariables.CASE_ID.from(execution));
        }
    }

    /** The notice was not sent in time before the session (the session must be given a new date): a missed clock. */
    @Component("noticeOverdueListener")
    static class NoticeOverdue implements ExecutionListener {
        private final Sessions sessions;
        private final Tallies tallies;

        NoticeOverdue(Sessions sessions, Tallies tallies) {
            this.sessions = sessions;
            this.tallies = tallies;
        }

        @Override
        public void notify(DelegateExecution execution) {
            CongressSession session = sessions.session(sessionId(execution));
            tallies.clockMissed(null, session.congressId(), Sessions.NOTICE_CLOCK, null);
        }
    }

    /** The notice document, and a notice to every sitting delegate with an account (the others get it on paper). */
    @Component("deliverSessionNoticeDelegate")
    static class DeliverSessionNotice implements JavaDelegate {
        private final CongressDocuments documents;
        private final Sessions sessions;
        private final DelegateAccounts accounts;
        private final Notices notices;

        DeliverSessionNotice(CongressDocuments documents, Sessions sessions, DelegateAccounts accounts, Notices notices) {
            this.documents = documents;
            this.sessions = sessions;
            this.accounts = accounts;
            this.notices = notices;
        }

        @Override
        public void execute(DelegateExecution execution) {
            long id = sessionId(execution);
            documents.notice(id);
            CongressSession s = sessions.session(id);
            notices.toPeople(accounts.sitting(s.congressId()), Notice.of(NoticeKind.CONGRESS, "/congress/me", s.sessionNo(),
                    "congress-notice:" + id + ":" + s.startsAt(), s.title(), s.startsAt().toLocalDate().toString() + " "
                            + s.startsAt().toLocalTime(), s.place()));
        }
    }

    @Component("openSignInDelegate")
    static class OpenSignIn implements JavaDelegate {
        private final Sessions sessions;

        OpenSignIn(Sessions sessions) {
            this.sessions = sessions;
        }

        @Override
        public void execute(DelegateExecution execution) {
            sessions.openSignIn(sessionId(execution));
        }
    }

    /** The resolution; a session a bargaining case called tells it whether its draft passed. */
    @Component("issueResolutionDelegate")
    static class IssueResolution implements JavaDelegate {
        private final CongressDocuments documents;

        IssueResolution(CongressDocuments documents) {
            this.documents = documents;
        }

        @Override
        public void execute(DelegateExecution execution) {
            long id = sessionId(execution);
            CaseVariables.RESOLUTION_DOCUMENT_ID.set(execution, documents.resolution(id).id());
            CaseVariables.DRAFT_APPROVED.set(execution, documents.draftApproved(id));
        }
    }

    @Component("publishDisclosuresDelegate")
    static class PublishDisclosures implements JavaDelegate {
        private final CongressDocuments documents;

        PublishDisclosures(CongressDocuments documents) {
            this.documents = documents;
        }

        @Override
        public void execute(DelegateExecution execution) {
            documents.publishDisclosures(sessionId(execution));
        }
    }

    @Component("recordProposalHandlingDelegate")
    static class RecordProposalHandling implements JavaDelegate {
        private final CongressDocuments documents;

        RecordProposalHandling(CongressDocuments documents) {
            this.documents = documents;
        }

        @Override
        public void execute(DelegateExecution execution) {
            documents.proposalRecord(CongressProposal.PROPOSAL_ID.from(execution));
        }
    }
}
