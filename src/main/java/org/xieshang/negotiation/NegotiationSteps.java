package org.xieshang.negotiation;

import static org.xieshang.bargaining.CollectiveBargaining.*;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.bargaining.CaseTask;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.CaseTasks;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.enterprise.EnterpriseRegistry;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.PortalUser;

/**
 * The user steps of preparation and rounds, one method each and one transaction each: the task checked and the
 * case locked (CaseTasks), the domain step in our tables, the task completed. A refused step leaves both
 * untouched; the documents (delegation list, notice, minutes, draft) follow as the process's asynchronous steps.
 */
@Service
public class NegotiationSteps {

    private final CaseTasks tasks;
    private final Delegations delegations;
    private final Rounds rounds;
    private final DeadlineService deadlines;
    private final Preparation preparation;
    private final WageCheck wageCheck;
    private final EnterpriseRegistry registry;
    private final Authorisations authorisations;

    NegotiationSteps(CaseTasks tasks, Delegations delegations, Rounds rounds, DeadlineService deadlines, Preparation preparation,
                     WageCheck wageCheck, EnterpriseRegistry registry, Authorisations authorisations) {
        this.authorisations = authorisations;
        this.registry = registry;
        this.preparation = preparation;
        this.wageCheck = wageCheck;
        this.tasks = tasks;
        this.delegations = delegations;
        this.rounds = rounds;
        this.deadlines = deadlines;
    }

    /** A side is prepared once its delegation is named and lawful; the list is issued when both are. */
    @Transactional
    public long finishPreparation(String taskId, PortalUser user) {
        CaseTask step = begin(taskId, user, TASK_START_UNION_PREPARATION, TASK_START_EMPLOYER_PREPARATION);
        Side side = TASK_START_UNION_PREPARATION.equals(step.key()) ? Side.UNION : Side.EMPLOYER;
        if (delegations.active(step.bargainingCase().id(), side).isEmpty()) {
            throw new BusinessRuleException("members", "delegation.notNamed");
        }
        tasks.complete(step, user);
        return step.bargainingCase().id();
    }

    @Transactional
    public long schedule(String taskId, LocalDateTime startsAt, String place, PortalUser user) {
        CaseTask step = begin(taskId, user, TASK_SCHEDULE_ROUND);
        long roundId = rounds.schedule(step.bargainingCase(), startsAt, place, province(step.bargainingCase()));
        tasks.complete(step, user, ROUND_ID.put(new HashMap<>(), roundId));
        return step.bargainingCase().id();
    }

    @Transactional
    public long recordMinutes(String taskId, Rounds.Minutes minutes, PortalUser recorder) {
        CaseTask step = begin(taskId, recorder, TASK_RECORD_MINUTES);
        rounds.recordMinutes(rounds.current(step.bargainingCase().id()).orElseThrow().id(), minutes);
        Map<String, Object> variables = ROUND_OUTCOME.put(new HashMap<>(), minutes.outcome().name());
        tasks.complete(step, recorder, MINUTES_RETURNED.put(variables, false));
        return step.bargainingCase().id();
    }

    /** A chief confirms the minutes, or returns them to the recorder with a comment. */
    @Transactional
    public long answerMinutes(String taskId, boolean confirm, String comment, PortalUser user) {
        CaseTask step = begin(taskId, user, TASK_CONFIRM_MINUTES_UNION, TASK_CONFIRM_MINUTES_EMPLOYER);
        authorisations.requireChief(user);
        Side side = TASK_CONFIRM_MINUTES_UNION.equals(step.key()) ? Side.UNION : Side.EMPLOYER;
        Rounds.Round round = rounds.current(step.bargainingCase().id()).orElseThrow();
        if (round.status() != Rounds.Status.MINUTES_SUBMITTED && round.returnedComment() != null) {
            // The other chief has already sent these minutes back (minutesReturned stays set): nothing to confirm.
            tasks.complete(step, user);
            return step.bargainingCase().id();
        }
        if (confirm) {
            rounds.confirm(round.id(), side);
        } else {
            rounds.returnToRecorder(round.id(), side, comment);
        }
        tasks.complete(step, user, confirm ? Map.of() : MINUTES_RETURNED.put(new HashMap<>(), true));
        return step.bargainingCase().id();
    }

    /**
     * A chief initials the assembled draft; both initials send it to the congress. A wage item below the minimum
     * wage is refused here (LCL Art. 55), before anyone votes on it.
     */
    @Transactional
    public long initialDraft(String taskId, PortalUser user) {
        CaseTask step = begin(taskId, user, TASK_INITIAL_DRAFT_UNION, TASK_INITIAL_DRAFT_EMPLOYER);
        authorisations.requireChief(user);
        var c = step.bargainingCase();
        wageCheck.requireFloor(c.districtId(), deadlines.today().getYear(), preparation.items(c.id()));
        tasks.complete(step, user);
        return step.bargainingCase().id();
    }

    public List<Delegations.Vacancy> vacancies(BargainingCase c) {
        return delegations.vacancies(c.id(), province(c));
    }

    /** The case's province, whose clocks govern its negotiation. */
    String province(BargainingCase c) {
        return registry.provinceOf(c.districtId());
    }

    private CaseTask begin(String taskId, PortalUser user, String... taskKeys) {
        return tasks.begin(PROCESS_ID, taskId, user, taskKeys);
    }
}
