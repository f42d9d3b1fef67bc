package org.xieshang.negotiation;

import java.time.LocalDateTime;
import java.util.List;

import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.bargaining.CollectiveBargainingProcess;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.PortalUser;

/**
 * What the negotiation forms do: the domain step in our tables, then the case's task through its facade, in one
 * transaction, so a refused step leaves both untouched.
 */
@Service
public class Negotiation {

    private final CollectiveBargainingProcess process;
    private final Delegations delegations;
    private final Rounds rounds;
    private final NegotiationDocuments documents;
    private final DeadlineService deadlines;

    Negotiation(CollectiveBargainingProcess process, Delegations delegations, Rounds rounds, NegotiationDocuments documents,
                DeadlineService deadlines) {
        this.process = process;
        this.delegations = delegations;
        this.rounds = rounds;
        this.documents = documents;
        this.deadlines = deadlines;
    }

    /** A side finishes its preparation task once its delegation is named and lawful; the list is (re)issued. */
    @Transactional
    public void finishPreparation(BargainingCase c, PortalUser user) {
        Side side = Preparation.sideOf(c, user);
        Task task = process.task(c.caseNo(), side == Side.UNION ? CollectiveBargaining.TASK_START_UNION_PREPARATION
                : CollectiveBargaining.TASK_START_EMPLOYER_PREPARATION, user);
        if (delegations.active(c.id(), side).isEmpty()) {
            throw new BusinessRuleException("members", "delegation.notNamed");
        }
        if (!delegations.active(c.id(), side.other()).isEmpty()) {
            documents.delegationList(c);
        }
        process.complete(task, user);
    }

    @Transactional
    public long schedule(BargainingCase c, LocalDateTime startsAt, String place, PortalUser user) {
        Task task = process.task(c.caseNo(), CollectiveBargaining.TASK_SCHEDULE_ROUND, user);
        long roundId = rounds.schedule(c, startsAt, place, deadlines.defaultProvince());
        process.roundScheduled(task, user, roundId);
        return roundId;
    }

    @Transactional
    public void recordMinutes(BargainingCase c, Rounds.Minutes minutes, PortalUser recorder) {
        Task task = process.task(c.caseNo(), CollectiveBargaining.TASK_RECORD_MINUTES, recorder);
        long roundId = rounds.current(c.id()).orElseThrow().id();
        rounds.recordMinutes(roundId, minutes);
        process.minutesRecorded(task, recorder, minutes.outcome().name());
    }

    /** A chief confirms the minutes, or returns them to the recorder with a comment. */
    @Transactional
    public void answerMinutes(BargainingCase c, boolean confirm, String comment, PortalUser user) {
        Side side = Preparation.sideOf(c, user);
        Task task = process.task(c.caseNo(), side == Side.UNION ? CollectiveBargaining.TASK_CONFIRM_MINUTES_UNION
                : CollectiveBargaining.TASK_CONFIRM_MINUTES_EMPLOYER, user);
        Rounds.Round round = rounds.current(c.id()).orElseThrow();
        long roundId = round.id();
        if (round.status() != Rounds.Status.MINUTES_SUBMITTED && round.returnedComment() != null) {
            // The other chief has already sent these minutes back: there is nothing to confirm until they return.
            process.minutesAnswered(task, user, false);
            return;
        }
        if (confirm) {
            rounds.confirm(roundId, side);
        } else {
            rounds.returnToRecorder(roundId, side, comment);
        }
        process.minutesAnswered(task, user, !confirm);
    }

    @Transactional
    public void initialDraft(BargainingCase c, PortalUser user) {
        Side side = Preparation.sideOf(c, user);
        process.complete(process.task(c.caseNo(), side == Side.UNION ? CollectiveBargaining.TASK_INITIAL_DRAFT_UNION
                : CollectiveBargaining.TASK_INITIAL_DRAFT_EMPLOYER, user), user);
    }

    public List<Delegations.Vacancy> vacancies(BargainingCase c) {
        return delegations.vacancies(c.id(), deadlines.defaultProvince());
    }
}
