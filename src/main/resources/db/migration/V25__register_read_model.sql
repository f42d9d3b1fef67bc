-- How many contracts in force cover the enterprise (its own, or an industry or regional contract that binds it), kept
-- by the steps that put a contract in force and end it: the officials' coverage figures count enterprises above zero
-- without reading contracts. The rebuild recounts it from the contracts.
alter table enterprise add column contracts_in_force integer default 0 not null;
-- The figures read from each enterprise's kept state (congress held, covered, staff) by district, industry and park
-- from the index alone, without visiting a province's enterprise rows.
create index enterprise_states on enterprise (district_id, union_founded, congress_held_on, contracts_in_force, headcount,
    industry_id, park_id);
-- Lists read a page in the order asked for without sorting every row of a province: the register by expiry or
-- signature, the registry by name or headcount, the 需关注 list by the day a clock ran out.
create index contract_expires on collective_contract (expires_on, id);
create index contract_signed on collective_contract (signed_on desc nulls last, id);
create index enterprise_name on enterprise (name, id);
create index enterprise_headcount on enterprise (headcount desc, id);
create index enterprise_congress_order on enterprise (congress_held_on nulls first, name);
create index offer_answer_due on offer (answer_due_on, case_id);
-- The register's contracts by phase, counted from the index alone.
create index contract_phase on collective_contract (district_id, status, purpose, expires_on, renewal_opens_on);
-- An official's case lists read her districts' cases of some stages; stalled cases are found from suspended rounds;
-- a contract in its renewal window is matched to the case opened from it.
create index case_district_stage on bargaining_case (district_id, stage);
create index round_outcome on negotiation_round (outcome, next_starts_at);
create index case_origin on bargaining_case (origin_contract_id);
