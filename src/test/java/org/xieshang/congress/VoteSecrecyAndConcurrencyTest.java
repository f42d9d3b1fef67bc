package org.xieshang.congress;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.PortalUser;
import org.xieshang.testing.CongressFixture;
import org.xieshang.testing.ProcessTestSupport;
import org.xieshang.testing.XieshangTest;

/**
 * A secret ballot leaves nothing that links a delegate to a choice, in our tables or the engine's; 300 delegates
 * voting at once lose no ballot and count none twice. CI runs this on H2 and on PostgreSQL.
 */
@XieshangTest
class VoteSecrecyAndConcurrencyTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    CongressFixture fixture;
    @Autowired
    Agenda agenda;
    @Autowired
    Attendance attendance;
    @Autowired
    Ballots ballots;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void init() {
        ProcessTestSupport.init(engine);
    }

    @Test
    void after_a_secret_vote_no_row_links_a_delegate_to_a_choice_while_who_voted_is_shown() throws Exception {
        CongressFixture.Body body = fixture.congress(40);
        CongressSession s = fixture.signInOpen(body, BallotKind.SECRET);
        body.delegates().subList(0, 30).forEach(d -> attendance.signIn(s.id(), attendance.currentCode(s), d));
        long round = ballots.openVote(agenda.items(s.id()).get(0).id(), null, body.union());
        for (int i = 0; i < 30; i++) {
            ballots.cast(round, Map.of(0, i < 22 ? VoteChoice.FOR : VoteChoice.AGAINST), body.delegates().get(i));
        }
        ballots.closeVote(round, body.union());

        assertThat(ballots.voted(round)).hasSize(30);
        assertThat(jdbc.sql("select count(*) from open_ballot where round_id = ?").param(round).query(Integer.class).single())
                .isZero();
        // The only per-delegate row of the round holds the pair (round, delegate) and nothing else: no choice, no time.
        assertThat(columns("vote_participation")).containsExactlyInAnyOrder("round_id", "delegate_id");
        // The counts hold no delegate and no time.
        assertThat(columns("vote_tally")).containsExactlyInAnyOrder("round_id", "line", "for_count", "against_count",
                "abstain_count");
        assertThat(jdbc.sql("select for_count, against_count from vote_tally where round_id = ?").param(round)
                .query((rs, i) -> List.of(rs.getInt(1), rs.getInt(2))).single()).containsExactly(22, 8);
        // The engine never saw a ballot: no variable, in runtime or history, carries a choice.
        List<String> values = new ArrayList<>();
        engine.getHistoryService().createHistoricVariableInstanceQuery().list()
                .forEach(v -> values.add(v.getName() + "=" + v.getValue()));
        assertThat(values).noneMatch(v -> v.contains("FOR") || v.contains("AGAINST") || v.toLowerCase().contains("ballot")
                || v.toLowerCase().contains("choice"));
    }

    private List<String> columns(String table) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            for (String t : List.of(table, table.toUpperCase())) {
                try (ResultSet rs = meta.getColumns(null, null, t, null)) {
                    while (rs.next()) {
                        names.add(rs.getString("COLUMN_NAME").toLowerCase());
                    }
                }
            }
        }
        return names;
    }

    @Test
    void three_hundred_delegates_voting_at_once_lose_no_ballot_and_a_second_ballot_is_refused() throws Exception {
        CongressFixture.Body body = fixture.congress(300);
        CongressSession s = fixture.signInOpen(body, BallotKind.SECRET);
        List<Long> ids = jdbc.sql("select id from congress_delegate where congress_id = ? order by id").param(s.congressId())
                .query(Long.class).list();
        attendance.markPaperSignIn(s.id(), ids, body.union());
        long round = ballots.openVote(agenda.items(s.id()).get(0).id(), null, body.union());

        List<Callable<String>> votes = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        // The first 20 delegates vote twice, with the same choice, concurrently with everyone else: whichever of a
        // delegate's two ballots arrives second is refused.
        for (int i = 0; i < 320; i++) {
            PortalUser d = body.delegates().get(i % 300);
            VoteChoice choice = i % 300 % 3 == 0 ? VoteChoice.AGAINST : VoteChoice.FOR;
            votes.add(() -> {
                start.await();
                try {
                    this.ballots.cast(round, Map.of(0, choice), d);
                    return "ok";
                } catch (BusinessRuleException e) {
                    return e.getMessage();
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Future<String>> results = new ArrayList<>();
            votes.forEach(b -> results.add(pool.submit(b)));
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).filteredOn("ok"::equals).hasSize(300);
            assertThat(outcomes).filteredOn("session.ballot.again"::equals).hasSize(20);
        } finally {
            pool.shutdownNow();
        }
        VoteRound.Result result = ballots.closeVote(round, body.union());
        assertThat(result.round().ballotsCast()).isEqualTo(300);
        assertThat(result.line(0).votesFor() + result.line(0).against()).isEqualTo(300);
        assertThat(result.line(0).against()).isEqualTo(100);
        assertThat(ballots.voted(round)).hasSize(300);
    }
}
