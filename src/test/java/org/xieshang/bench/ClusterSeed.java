package org.xieshang.bench;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.congress.Agenda;
import org.xieshang.congress.Attendance;
import org.xieshang.congress.BallotKind;
import org.xieshang.congress.Ballots;
import org.xieshang.congress.CongressSession;
import org.xieshang.congress.VoteChoice;
import org.xieshang.system.Localized;
import org.xieshang.system.PortalUser;
import org.xieshang.testing.CongressFixture;

/**
 * What the cluster test starts from, written by one app on the empty database before the nodes start: the campaign's
 * district, offers whose timers and letters wait for the nodes, and a congress voting.
 */
final class ClusterSeed {

    static final String OFFICIAL = "cluster.official";
    static final String PASSWORD = "cluster-2026";

    /**
     * {@code timerCases}: offers served, three timers each; {@code letterCases}: offers sent whose letters are still to
     * be issued and served (a job each); both kept from the nodes until the test releases them.
     */
    record Seeded(long districtId, List<String> timerCases, List<String> letterCases, long roundId,
                  List<Voter> voters) {
    }

    /** A delegate of the congress, what she signs in with and what she votes. */
    record Voter(String userId, String password, VoteChoice choice) {
    }

    private ClusterSeed() {
    }

    static Seeded seed(int enterprises, int timerCases, int letterCases, int delegates) {
        // The first start creates Camunda's administrator, with the password the nodes are given.
        ConfigurableApplicationContext app = BenchmarkApp.start("--xieshang.demo.campaign=false",
                "--xieshang.demo.generated-enterprises=0", "--camunda.bpm.admin-user.password=" + ClusterFailover.ADMIN_PASSWORD);
        try {
            long district = BulkDistrict.seed(app, "CLUSTER", new Localized("集群测试区", "Cluster district"), "MC", enterprises,
                    OFFICIAL, PASSWORD);
            BulkDistrict.seed(app, "TIMERS", new Localized("时限测试区", "Timers district"), "MD", timerCases + letterCases,
                    "timers.official", PASSWORD);
            long campaign = BulkDistrict.launch(app, "timers.official", "时限测试春季要约行动");
            BulkDistrict.openAll(app, campaign);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            List<Long> cases = jdbc.sql("select id from bargaining_case where campaign_id = ? order by id").param(campaign)
                    .query(Long.class).list();
            List<String> timers = new ArrayList<>();
            List<String> letters = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                BargainingCase c = BulkDistrict.sendOffer(app, cases.get(i), i < timerCases);
                (i < timerCases ? timers : letters).add(c.caseNo());
            }
            // Kept for the test to release at the moment it chooses: the timers are due weeks ahead anyway, the
            // letters' jobs would be due at once.
            jdbc.sql("""
                            update act_ru_job set duedate_ = current_timestamp + interval '1' day
                            where duedate_ is null and process_instance_id_ in (
                                select proc_inst_id_ from act_ru_execution where parent_id_ is null and business_key_ in (
                                    select case_no from bargaining_case where campaign_id = ?))""")
                    .param(campaign).update();
            CongressFixture.Body congress = app.getBean(CongressFixture.class).congress(delegates);
            return new Seeded(district, timers, letters, votingRound(app, congress), voters(congress));
        } finally {
            app.close();
        }
    }

    /** The congress's annual session in session, every delegate signed in on paper, the vote on its item open. */
    static long votingRound(ConfigurableApplicationContext app, CongressFixture.Body body) {
        CongressSession session = app.getBean(CongressFixture.class).signInOpen(body, BallotKind.SECRET);
        List<Long> ids = app.getBean(JdbcClient.class).sql("select id from congress_delegate where congress_id = ? order by id")
                .param(session.congressId()).query(Long.class).list();
        PortalUser union = body.union();
        app.getBean(Attendance.class).markPaperSignIn(session.id(), ids, union);
        return app.getBean(Ballots.class).openVote(app.getBean(Agenda.class).items(session.id()).get(0).id(), null, union);
    }

    /** Every third delegate votes against: the tally the test expects is known before anyone votes. */
    static List<Voter> voters(CongressFixture.Body body) {
        List<Voter> voters = new ArrayList<>();
        for (int i = 0; i < body.delegates().size(); i++) {
            String account = body.delegates().get(i).userId();
            voters.add(new Voter(account, "secret-" + account, i % 3 == 0 ? VoteChoice.AGAINST : VoteChoice.FOR));
        }
        return voters;
    }
}
