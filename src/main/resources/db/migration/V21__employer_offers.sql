-- Either side may send the offer (CCR Art. 32) or request renewal (CCR Art. 38): the side that opened the case
-- drafts the offer, the other answers on the same 20-day clock.
alter table bargaining_case add column initiated_by varchar(10) default 'UNION' not null;
alter table bargaining_case add constraint bargaining_case_initiated_by check (initiated_by in ('UNION', 'EMPLOYER'));
