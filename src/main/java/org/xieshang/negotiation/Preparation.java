package org.xieshang.negotiation;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.offer.BargainingSubject;
import org.xieshang.offer.OfferService;
import org.xieshang.offer.Questionnaire;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PortalUser;

/**
 * Preparation of the talks (CCR Art. 33; WBM Arts. 8, 19): the agenda items (from the offer's subjects and the
 * questionnaire's top demands, then either side's additions), the jointly appointed recorder, the wage data the union
 * requests and the employer provides, and each side's private caucus notes and bottom lines.
 */
@Service
public class Preparation {

    /** Upper bounds of the wage data an employer enters: far above any real figure, well inside the columns. */
    static final int MAX_STAFF = 1_000_000;
    static final BigDecimal MAX_MONTHLY_WAGE = new BigDecimal("1000000");

    static final int QUESTIONNAIRE_TOP = 3;
    /** The origin purpose of a case opened to end a contract (contract.Contract.Purpose, which depends on us). */
    private static final String TERMINATION = "TERMINATION";

    private final JdbcClient jdbc;
    private final OfferService offers;
    private final Questionnaire questionnaire;
    private final Delegations delegations;
    private final DeadlineService deadlines;
    private final PartyDirectory parties;

    Preparation(JdbcClient jdbc, OfferService offers, Questionnaire questionnaire, Delegations delegations,
                DeadlineService deadlines, PartyDirectory parties) {
        this.parties = parties;
        this.jdbc = jdbc;
        this.offers = offers;
        this.questionnaire = questionnaire;
        this.delegations = delegations;
        this.deadlines = deadlines;
    }

    /** {@code previousText}: the clause of the contract this case renews or amends, the starting position. */
    public record Item(long id, int position, String title, String subject, boolean wages, Side addedBy, String source,
                       Status status, String agreedText, String previousText) {

        public enum Status { OPEN, AGREED, WITHDRAWN }

        public boolean settled() {
            return status != Status.OPEN;
        }
    }

    public record CaucusNote(long id, Long itemId, String bottomLine, String note, Instant writtenAt) {
    }

    public record Setup(String recorderName, String recorderUserId, boolean recorderAgreed, LocalDate wageDataRequestedOn,
                        String wageDataRequest) {
    }

    /** The first items: the offer's subjects, then the questionnaire's top demands not already among them. */
    @Transactional
    public void openAgenda(BargainingCase c) {
        if (!items(c.id()).isEmpty()) {
            return;
        }
        jdbc.sql("insert into negotiation (case_id) values (?)").param(c.id()).update();
        Set<BargainingSubject> subjects = new LinkedHashSet<>();
        offers.offer(c.id()).ifPresent(o -> subjects.addAll(o.subjects()));
        int fromOffer = subjects.size();
        questionnaire.topSubjects(c.id(), QUESTIONNAIRE_TOP).forEach(subjects::add);
        int position = 0;
        // A renewal or amendment starts from the clauses of the contract it replaces (CCR Arts. 38, 41).
        List<Map<String, Object>> previous = jdbc.sql("""
                        select cl.title, cl.text, cl.wages from contract_clause cl
                        join bargaining_case b on b.origin_contract_id = cl.contract_id where b.id = ? order by cl.position""")
                .param(c.id()).query().listOfRows();
        Set<String> titles = new java.util.HashSet<>();
        for (Map<String, Object> clause : previous) {
            insertItem(c.id(), ++position, (String) clause.get("title"), null, (Boolean) clause.get("wages"), Side.UNION, "CONTRACT");
            jdbc.sql("update agenda_item set previous_text = ? where case_id = ? and position = ?")
                    .params(clause.get("text"), c.id(), position).update();
            titles.add((String) clause.get("title"));
        }
        int fromContract = position;
        for (BargainingSubject s : subjects) {
            if (titles.contains(s.label().zh())) {
                continue;
            }
            insertItem(c.id(), ++position, s.label().zh(), s.name(), s == BargainingSubject.REMUNERATION, Side.UNION,
                    position - fromContract <= fromOffer ? "OFFER" : "QUESTIONNAIRE");
        }
    }

    @Transactional
    public void addItem(BargainingCase c, String title, boolean wages, PortalUser user) {
        Side side = sideOf(c, user);
        if (title == null || title.isBlank() || title.trim().length() > 200) {
            throw new BusinessRuleException("title", "agenda.title.required");
        }
        insertItem(c.id(), items(c.id()).size() + 1, title.trim(), null, wages, side, "ADDED");
    }

    public List<Item> items(long caseId) {
        return jdbc.sql("select * from agenda_item where case_id = ? order by position").param(caseId)
                .query((rs, i) -> new Item(rs.getLong("id"), rs.getInt("position"), rs.getString("title"), rs.getString("subject"),
                        rs.getBoolean("wages"), Side.valueOf(rs.getString("added_by_side")), rs.getString("source"),
                        Item.Status.valueOf(rs.getString("status")), rs.getString("agreed_text"), rs.getString("previous_text")))
                .list();
    }

    /** The recorder is proposed by the union and agreed by the employer: one neutral person who is not a delegate. */
    @Transactional
    public void proposeRecorder(BargainingCase c, String name, String userId, PortalUser user) {
        if (sideOf(c, user) != Side.UNION) {
            throw new NotFoundException("recorder of " + c.caseNo());
        }
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        rules.check(name != null && !name.isBlank(), "recorderName", "recorder.name.required");
        rules.fits(name, 50, "recorderName", "negotiation.recorderName");
        rules.check(name == null || delegations.members(c.id()).stream().noneMatch(m -> m.active() && m.name().equals(name.trim())),
                "recorderName", "recorder.notDelegate", name);
        String account = userId == null || userId.isBlank() ? null : userId.trim();
        rules.check(account == null || recorderAccounts(c).stream().anyMatch(m -> m.userId().equals(account)), "account",
                "recorder.account.party", account == null || account.length() <= 64 ? account : account.substring(0, 64) + "…");
        rules.throwIfAny();
        jdbc.sql("update negotiation set recorder_name = ?, recorder_user_id = ?, recorder_agreed_by_employer = false where case_id = ?")
                .params(name.trim(), account, c.id()).update();
    }

    /** The people picker of the recorder: the accounts of the case's recorders' party. */
    public List<PartyDirectory.PartyMember> recorderAccounts(BargainingCase c) {
        return parties.members(c.recorderGroup());
    }

    @Transactional
    public void agreeRecorder(BargainingCase c, PortalUser user) {
        if (sideOf(c, user) != Side.EMPLOYER || setup(c.id()).recorderName() == null) {
            throw new BusinessRuleException(null, "recorder.none");
        }
        jdbc.sql("update negotiation set recorder_agreed_by_employer = true where case_id = ?").param(c.id()).update();
    }

    public Setup setup(long caseId) {
        return jdbc.sql("select * from negotiation where case_id = ?").param(caseId)
                .query((rs, i) -> {
                    Date requested = rs.getDate("wage_data_requested_on");
                    return new Setup(rs.getString("recorder_name"), rs.getString("recorder_user_id"),
                            rs.getBoolean("recorder_agreed_by_employer"), requested == null ? null : requested.toLocalDate(),
                            rs.getString("wage_data_request"));
                }).optional().orElse(new Setup(null, null, false, null, null));
    }

    /** The term both sides agreed, in confirmed minutes or a concluded coordination agreement; empty until then. */
    public Optional<AgreedTerm> agreedTerm(long caseId) {
        return jdbc.sql("select term_years, term_starts_on from negotiation where case_id = ? and term_years is not null")
                .param(caseId).query((rs, i) -> {
                    Date starts = rs.getDate("term_starts_on");
                    return new AgreedTerm(rs.getInt("term_years"), starts == null ? null : starts.toLocalDate());
                }).optional();
    }

    void agreeTerm(long caseId, AgreedTerm term) {
        jdbc.sql("update negotiation set term_years = ?, term_starts_on = ? where case_id = ?")
                .params(term.years(), term.startsOn() == null ? null : Date.valueOf(term.startsOn()), caseId).update();
    }

    /** The agreed average wage increase, in confirmed minutes or a concluded coordination agreement; empty until then. */
    public Optional<BigDecimal> agreedWageIncrease(long caseId) {
        return jdbc.sql("select wage_increase from negotiation where case_id = ? and wage_increase is not null").param(caseId)
                .query(BigDecimal.class).optional();
    }

    void agreeWageIncrease(long caseId, BigDecimal increase) {
        jdbc.sql("update negotiation set wage_increase = ? where case_id = ?").params(increase, caseId).update();
    }

    /** An agreement that concludes these talks states the wage increase: the agenda has a wage item and none was agreed yet. */
    boolean wageIncreaseNeeded(long caseId) {
        return hasWageItem(caseId) && agreedWageIncrease(caseId).isEmpty();
    }

    boolean hasWageItem(long caseId) {
        return items(caseId).stream().anyMatch(Item::wages);
    }

    /** A case that ends a contract early bargains no term (CCR Art. 40). */
    boolean endsAContract(long caseId) {
        return jdbc.sql("select count(*) from bargaining_case where id = ? and origin_purpose = ?")
                .params(caseId, TERMINATION).query(Integer.class).single() > 0;
    }

    @Transactional
    public void requestWageData(BargainingCase c, String request, PortalUser user) {
        if (sideOf(c, user) != Side.UNION) {
            throw new NotFoundException("wage data of " + c.caseNo());
        }
        if (request == null || request.isBlank()) {
            throw new BusinessRuleException("request", "wageData.request.required");
        }
        new BusinessRuleException.Collector().fits(request, 2000, "request", "negotiation.requestData").throwIfAny();
        jdbc.sql("update negotiation set wage_data_requested_on = ?, wage_data_request = ? where case_id = ?")
                .params(Date.valueOf(deadlines.today()), request.trim(), c.id()).update();
    }

    @Transactional
    public void provideWageData(BargainingCase c, Integer headcount, BigDecimal average, BigDecimal lowest, PortalUser user) {
        if (sideOf(c, user) != Side.EMPLOYER) {
            throw new NotFoundException("wage data of " + c.caseNo());
        }
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        rules.check(headcount != null && headcount > 0 && headcount <= MAX_STAFF, "headcount", "wageData.headcount");
        rules.check(average != null, "averageMonthlyWage", "wageData.average");
        rules.check(lowest != null, "lowestMonthlyWage", "wageData.lowest");
        rules.money(average, MAX_MONTHLY_WAGE, "averageMonthlyWage", "negotiation.average");
        rules.money(lowest, MAX_MONTHLY_WAGE, "lowestMonthlyWage", "negotiation.lowest");
        rules.throwIfAny();
        jdbc.sql("delete from wage_data where case_id = ?").param(c.id()).update();
        jdbc.sql("""
                        insert into wage_data (case_id, headcount, average_monthly_wage, lowest_monthly_wage, provided_on, provided_by)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(c.id(), headcount, average, lowest, Date.valueOf(deadlines.today()), user.userId()).update();
    }

    public Optional<WageCheck.WageData> wageData(long caseId) {
        return jdbc.sql("select * from wage_data where case_id = ?").param(caseId)
                .query((rs, i) -> new WageCheck.WageData(rs.getInt("headcount"), rs.getBigDecimal("average_monthly_wage"),
                        rs.getBigDecimal("lowest_monthly_wage")))
                .optional();
    }

    public Optional<LocalDate> wageDataProvidedOn(long caseId) {
        return jdbc.sql("select provided_on from wage_data where case_id = ?").param(caseId).query(Date.class).optional()
                .map(Date::toLocalDate);
    }

    /** A side's own caucus note or bottom line (for the case, or one item). */
    @Transactional
    public void writeCaucus(BargainingCase c, Long itemId, String bottomLine, String note, PortalUser user) {
        Side side = sideOf(c, user);
        if (itemId != null && items(c.id()).stream().noneMatch(i -> i.id() == itemId)) {
            throw new NotFoundException("item " + itemId);
        }
        if ((bottomLine == null || bottomLine.isBlank()) && (note == null || note.isBlank())) {
            throw new BusinessRuleException("note", "caucus.empty");
        }
        new BusinessRuleException.Collector().fits(bottomLine, 500, "bottomLine", "negotiation.bottomLineField")
                .fits(note, 4000, "note", "negotiation.note").throwIfAny();
        jdbc.sql("""
                        insert into caucus_note (case_id, side, item_id, bottom_line, note, written_by, written_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id(), side.name(), itemId, bottomLine == null || bottomLine.isBlank() ? null : bottomLine.trim(),
                        note == null || note.isBlank() ? null : note.trim(), user.userId(), Timestamp.from(Instant.now()))
                .update();
    }

    /** The caucus notes of the user's own side; nobody else (other side, recorder, officials) reads any. */
    public List<CaucusNote> caucus(BargainingCase c, PortalUser user) {
        Side side = Side.of(c, user);
        if (side == null) {
            return List.of();
        }
        return jdbc.sql("select * from caucus_note where case_id = ? and side = ? order by id").params(c.id(), side.name())
                .query((rs, i) -> new CaucusNote(rs.getLong("id"), rs.getObject("item_id", Long.class), rs.getString("bottom_line"),
                        rs.getString("note"), rs.getTimestamp("written_at").toInstant()))
                .list();
    }

    void settle(long itemId, Item.Status status, String agreedText) {
        jdbc.sql("update agenda_item set status = ?, agreed_text = ? where id = ?").params(status.name(), agreedText, itemId).update();
    }

    /** After the congress rejects the draft, every agreed item is negotiated again (its text stays on record). */
    void reopenAgreed(long caseId) {
        jdbc.sql("update agenda_item set status = ? where case_id = ? and status = ?")
                .params(Item.Status.OPEN.name(), caseId, Item.Status.AGREED.name()).update();
    }

    /** The items behind the clauses the labour bureau objected to are negotiated again (CCR Art. 46). */
    @Transactional
    public void reopen(long caseId, java.util.Collection<Long> itemIds) {
        itemIds.forEach(id -> jdbc.sql("update agenda_item set status = ? where case_id = ? and id = ?")
                .params(Item.Status.OPEN.name(), caseId, id).update());
    }

    static Side sideOf(BargainingCase c, PortalUser user) {
        Side side = Side.of(c, user);
        if (side == null) {
            throw new NotFoundException("side of " + user.userId() + " in " + c.caseNo());
        }
        return side;
    }

    private void insertItem(long caseId, int position, String title, String subject, boolean wages, Side side, String source) {
        jdbc.sql("""
                        insert into agenda_item (case_id, position, title, subject, wages, added_by_side, source, status)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, position, title, subject, wages, side.name(), source, Item.Status.OPEN.name()).update();
    }
}
