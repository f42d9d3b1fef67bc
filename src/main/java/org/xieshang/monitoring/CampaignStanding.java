package org.xieshang.monitoring;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each campaign case's standing (table campaign_case): what the campaign page counts, kept by the steps that change it
 * in their own transaction, so the page reads one row per case of one campaign and never joins the province's
 * enterprises, offers and answers. A case is counted again from its rows after each change, so no step has to know
 * what its change means for the campaign's figures.
 */
@Component
public class CampaignStanding {

    /** A case refused by the employer (bargaining.CaseStage.REFUSED): named here because that capability reports to this one. */
    private static final String REFUSED = "REFUSED";

    /**
     * A case's standing from its rows: its party's industry and park, the firms and staff its offer reaches (a
     * federation's every member firm), the offer and its first written answer (a later one may follow a refusal's review).
     * The answer is joined by its case first: a plan cached while the answers were few (PostgreSQL keeps a prepared
     * statement's generic plan until the table is analysed) then reads the case's answers, not every answer once per answer.
     */
    private static final String STANDING = """
            insert into campaign_case (case_id, campaign_id, industry_id, park_id, refused, received_on, due_on, answered_on,
                on_time, ladder_step, enterprises, employees)
            select c.id, c.campaign_id, coalesce(e.industry_id, f.industry_id), e.park_id, c.stage = ?, o.received_on,
                o.answer_due_on, fa.answered_on, fa.on_time, c.ladder_step,
                case when c.federation_id is null then 1 else
                  (select count(*) from federation_member fm where fm.federation_id = c.federation_id) end,
                case when c.federation_id is null then e.headcount else
                  (select coalesce(sum(me.headcount), 0) from federation_member fm
                   join enterprise me on me.id = fm.enterprise_id where fm.federation_id = c.federation_id) end
            from bargaining_case c
            left join enterprise e on e.id = c.enterprise_id
            left join federation f on f.id = c.federation_id
            left join offer o on o.case_id = c.id
            left join offer_answer fa on fa.case_id = c.id and fa.id = (select min(a.id) from offer_answer a where a.case_id = c.id)
            where c.campaign_id is not null""";

    private final JdbcClient jdbc;

    CampaignStanding(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts the case again after a change to it, its offer or its answers (nothing if it belongs to no campaign). */
    public void recount(long caseId) {
        jdbc.sql("delete from campaign_case where case_id = ?").param(caseId).update();
        jdbc.sql(STANDING + " and c.id = ?").params(REFUSED, caseId).update();
    }

    /** Every campaign case counted again: with the rest of the read model ({@link TallyRebuild}). */
    void rebuild() {
        jdbc.sql("delete from campaign_case").update();
        jdbc.sql(STANDING).param(REFUSED).update();
    }
}
