package org.xieshang.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xieshang.bargaining.BargainingCase;
import org.xieshang.bargaining.BargainingCases;
import org.xieshang.system.Localized;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.Position;
import org.xieshang.testing.CongressFixture;

/**
 * What the load run starts from, written by one app before the nodes start: a district's campaign and its official,
 * and sets of work, one per Gatling run (a warm-up per node, then the measured run): cases whose union chairs are to
 * send their offers, cases whose HR are to answer them, each with an account, and a congress of delegates voting.
 * Each set's accounts go to CSV feeders in a folder of its own.
 */
final class LoadSeed {

    static final String OFFICIAL = "load.official";
    static final String PASSWORD = "load-2026-Xs";

    /** How much work a set holds. */
    record Size(int chairs, int hrs, int delegates) {
    }

    /** A set's feeders and the ids its requests name. */
    record Set(Path feeders, long roundId, long sessionId, Size size) {
    }

    private LoadSeed() {
    }

    /** The campaign the chairs and HR work in, and the sets in the order of their sizes. */
    record Seeded(long campaignId, List<Set> sets) {
    }

    static Seeded seed(Path feeders, List<Size> sizes) throws IOException {
        ConfigurableApplicationContext app = BenchmarkApp.start("--xieshang.demo.campaign=false",
                "--xieshang.demo.generated-enterprises=0");
        try {
            int cases = sizes.stream().mapToInt(s -> s.chairs() + s.hrs()).sum();
            BulkDistrict.seed(app, "LOAD", new Localized("负载测试区", "Load district"), "ML", cases + 800, OFFICIAL, PASSWORD);
            long campaign = BulkDistrict.launch(app, OFFICIAL, "负载测试春季要约行动");
            BulkDistrict.openAll(app, campaign);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            List<Long> opened = new ArrayList<>(jdbc.sql("select id from bargaining_case where campaign_id = ? order by id")
                    .param(campaign).query(Long.class).list());
            List<Set> sets = new ArrayList<>();
            for (int n = 0; n < sizes.size(); n++) {
                sets.add(set(app, feeders.resolve("set-" + n), sizes.get(n), opened));
            }
            // The database as it is after a day in use: the planner knows the tables the steps read.
            jdbc.sql("analyze").update();
            return new Seeded(campaign, sets);
        } finally {
            app.close();
        }
    }

    /** One set, taking its cases from the front of {@code opened}. */
    private static Set set(ConfigurableApplicationContext app, Path feeders, Size size, List<Long> opened) throws IOException {
        PartyDirectory parties = app.getBean(PartyDirectory.class);
        List<String> chairRows = new ArrayList<>(List.of("user,password"));
        List<String> hrRows = new ArrayList<>(List.of("user,password"));
        for (int i = 0; i < size.chairs() + size.hrs(); i++) {
            boolean chair = i < size.chairs();
            long caseId = opened.remove(0);
            BargainingCase c = chair ? app.getBean(BargainingCases.class).find(caseId).orElseThrow()
                    : BulkDistrict.sendOffer(app, caseId, true);
            parties.ensureEnterpriseParties(c.districtId(), c.enterpriseId(), "负载测试企业" + c.enterpriseId());
            String user = (chair ? "load.chair." : "load.hr.") + c.enterpriseId();
            parties.ensurePerson(new PartyDirectory.NewPerson(user, "负", "载", null, PASSWORD,
                    chair ? c.unionGroup() : c.employerGroup(), chair ? Position.UNION_CHAIR : Position.HR, null));
            (chair ? chairRows : hrRows).add(user + "," + PASSWORD);
        }
        CongressFixture.Body congress = app.getBean(CongressFixture.class).congress(size.delegates());
        long round = ClusterSeed.votingRound(app, congress);
        List<String> delegateRows = new ArrayList<>(List.of("user,password,choice"));
        ClusterSeed.voters(congress).forEach(v -> delegateRows.add(v.userId() + "," + v.password() + "," + v.choice()));
        Files.createDirectories(feeders);
        Files.write(feeders.resolve("chairs.csv"), chairRows);
        Files.write(feeders.resolve("hr.csv"), hrRows);
        Files.write(feeders.resolve("delegates.csv"), delegateRows);
        long session = app.getBean(JdbcClient.class)
                .sql("select i.session_id from vote_round r join session_item i on i.id = r.item_id where r.id = ?")
                .param(round).query(Long.class).single();
        return new Set(feeders, round, session, size);
    }
}
