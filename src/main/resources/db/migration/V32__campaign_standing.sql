-- Each campaign case's standing, kept by the steps in their own transaction (the case row is locked by the step, so no
-- two writers meet): the party's industry and park, the firms and staff its offer reaches, the offer's receipt and
-- answer day, the first answer's day and whether it was on time, a refusal, the supervision ladder's step. The
-- campaign page counts one table by campaign instead of joining the province's enterprises, offers and answers.
-- Awaiting or overdue is decided at reading, from the answer day and today.
create table campaign_case (
    case_id      bigint      not null primary key references bargaining_case (id),
    campaign_id  bigint      not null references campaign (id),
    industry_id  bigint,
    park_id      bigint,
    refused      boolean     not null,
    received_on  date,
    due_on       date,
    answered_on  date,
    on_time      boolean,
    ladder_step  varchar(30),
    enterprises  integer     not null,
    employees    integer     not null
);
create index campaign_case_cases on campaign_case (campaign_id, case_id);
create index campaign_case_due on campaign_case (campaign_id, due_on, case_id);

-- The first start after this migration counts every figure again, the campaigns' standing with them.
update tally_state set built_at = null;
