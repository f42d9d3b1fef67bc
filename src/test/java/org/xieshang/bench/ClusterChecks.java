package org.xieshang.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.campaign.SpringOfferCampaign;
import org.xieshang.congress.VoteChoice;

/** What the cluster test finds in the database after the failover: everything done, and done once. */
final class ClusterChecks {

    private static final String DUE_JOBS = """
            select count(*) from act_ru_job where (duedate_ is null or duedate_ <= current_timestamp) and retries_ > 0
            and suspension_state_ = 1 and handler_type_ <> 'history-cleanup'""";

    private final JdbcClient db;
    private final ClusterReport report;

    ClusterChecks(JdbcClient db, ClusterReport report) {
        this.db = db;
        this.report = report;
    }

    /**
     * Waits until the campaign has opened every case, no job is due and none is still locked by the dead node;
     * returns the seconds after the kill at which its last lock was taken over.
     */
    double awaitDone(long campaignId, String campaignInstance, String victim, long killedAt, Duration timeout)
            throws InterruptedException {
        double takenOver = -1;
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            if (takenOver < 0 && count("select count(*) from act_ru_job where lock_owner_ like ?", victim + ":%") == 0) {
                takenOver = (System.nanoTime() - killedAt) / 1e9;
            }
            boolean batchesLeft = count("select count(*) from act_ru_job where process_instance_id_ = ? and job_def_id_ in (select id_ from act_ru_jobdef where act_id_ = ?)",
                    campaignInstance, SpringOfferCampaign.SERVICE_OPEN_CAMPAIGN_CASES) > 0;
            if (takenOver >= 0 && !batchesLeft && count(DUE_JOBS) == 0) {
                return takenOver;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the survivor did not finish within " + timeout.toSeconds() + " s: "
                + count(DUE_JOBS) + " jobs due, " + count("select count(*) from bargaining_case where campaign_id = ?", campaignId)
                + " cases open");
    }

    void campaign(long campaignId, int enterprises) {
        int cases = count("select count(*) from bargaining_case where campaign_id = ?", campaignId);
        int firms = count("select count(distinct enterprise_id) from bargaining_case where campaign_id = ?", campaignId);
        int instances = count("""
                select count(*) from act_hi_procinst p join bargaining_case b on b.case_no = p.business_key_
                where b.campaign_id = ?""", campaignId);
        int standing = count("select count(*) from campaign_case where campaign_id = ?", campaignId);
        report.check("every case opened exactly once", cases == enterprises && firms == enterprises && instances == enterprises
                        && standing == enterprises,
                String.format("%d enterprises: %d cases, %d distinct enterprises, %d process instances, %d rows in the "
                        + "officials' standing", enterprises, cases, firms, instances, standing));
    }

    /** Each timer of each served offer fired once, and the reminder it starts ran once. */
    void timers(List<String> caseNos, String... timers) {
        List<String> steps = new ArrayList<>(List.of(timers));
        steps.add(CollectiveBargaining.SERVICE_REMIND_ANSWER_FIRST);
        steps.add(CollectiveBargaining.SERVICE_REMIND_ANSWER_LAST);
        Map<String, Integer> fired = perStep(caseNos, steps);
        int left = db.sql("""
                        select count(*) from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_
                        where e.business_key_ in (:cases) and j.job_def_id_ in (select id_ from act_ru_jobdef where act_id_ in (:steps))""")
                .param("cases", caseNos).param("steps", steps).query(Integer.class).single();
        boolean once = fired.values().stream().allMatch(n -> n == caseNos.size()) && fired.size() == steps.size()
                && onceEach(caseNos, steps);
        report.check("every due timer fired exactly once, and its reminder ran once", once && left == 0,
                String.format("%d cases; fired or run per step: %s; still waiting: %d", caseNos.size(), fired, left));
    }

    /** Each offer letter issued and served once: the letter cases hold the same documents as the ones served before. */
    void letters(List<String> letterCases, List<String> servedCases) {
        Map<String, Integer> sent = perStep(letterCases, List.of(CollectiveBargaining.SERVICE_SEND_OFFER));
        int letters = documents(letterCases);
        int expected = documents(servedCases) / servedCases.size() * letterCases.size();
        int duplicates = count("""
                select count(*) from (select case_ref, type, version from document group by case_ref, type, version
                having count(*) > 1) d""");
        report.check("every offer letter issued once, no document twice", sent.getOrDefault(CollectiveBargaining.SERVICE_SEND_OFFER, 0)
                        == letterCases.size() && onceEach(letterCases, List.of(CollectiveBargaining.SERVICE_SEND_OFFER))
                        && letters == expected && duplicates == 0,
                String.format("%d letter jobs run; %d documents for %d cases (expected %d); document versions twice: %d",
                        sent.getOrDefault(CollectiveBargaining.SERVICE_SEND_OFFER, 0), letters, letterCases.size(), expected, duplicates));
    }

    void noticesOnce() {
        int twice = count("""
                select count(*) from (select recipient, subject, body, coalesce(link, '') from notice
                group by recipient, subject, body, coalesce(link, '') having count(*) > 1) n""");
        int outboxTwice = count("""
                select count(*) from (select notice_id, channel from notice_delivery group by notice_id, channel
                having count(*) > 1) d""");
        List<String> kinds = db.sql("select kind from notice").query(String.class).list();
        report.check("no notification exists twice", twice == 0 && outboxTwice == 0, String.format(
                "notices by kind %s; the same notice to the same person twice: %d; outbox rows twice: %d",
                ClusterReport.histogram(kinds), twice, outboxTwice));
    }

    void ballots(long roundId, List<ClusterSeed.Voter> voters) {
        int cast = count("select count(*) from vote_participation where round_id = ?", roundId);
        List<Integer> tally = db.sql("select for_count, against_count, abstain_count from vote_tally where round_id = ? and line = 0")
                .param(roundId).query((rs, i) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3))).single();
        long against = voters.stream().filter(v -> v.choice() == VoteChoice.AGAINST).count();
        List<Integer> expected = List.of((int) (voters.size() - against), (int) against, 0);
        report.check("the vote lost no ballot and counted none twice", cast == voters.size() && tally.equals(expected),
                String.format("%d delegates: %d recorded as voted; for/against/abstain %s, expected %s", voters.size(), cast,
                        tally, expected));
    }

    private Map<String, Integer> perStep(List<String> caseNos, List<String> steps) {
        Map<String, Integer> counts = new TreeMap<>();
        db.sql("""
                        select a.act_id_, count(*) from act_hi_actinst a join act_hi_procinst p on p.id_ = a.proc_inst_id_
                        where p.business_key_ in (:cases) and a.act_id_ in (:steps) and a.end_time_ is not null group by a.act_id_""")
                .param("cases", caseNos).param("steps", steps)
                .query((rs, i) -> counts.put(rs.getString(1), rs.getInt(2))).list();
        return counts;
    }

    /** No case ran one of the steps twice. */
    private boolean onceEach(List<String> caseNos, List<String> steps) {
        return db.sql("""
                        select count(*) from (select a.proc_inst_id_, a.act_id_ from act_hi_actinst a
                        join act_hi_procinst p on p.id_ = a.proc_inst_id_ where p.business_key_ in (:cases) and a.act_id_ in (:steps)
                        group by a.proc_inst_id_, a.act_id_ having count(*) > 1) d""")
                .param("cases", caseNos).param("steps", steps).query(Integer.class).single() == 0;
    }

    private int documents(List<String> caseNos) {
        return db.sql("select count(*) from document where case_ref in (:cases)").param("cases", caseNos).query(Integer.class).single();
    }

    private int count(String sql, Object... params) {
        return ClusterFailover.count(db, sql, params);
    }
}
