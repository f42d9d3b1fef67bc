-- The contract's term and its start are bargained (CCR Art. 38): the recorder's minutes (or a coordination agreement
-- that settles the last items) state them, both chiefs confirm them, and the draft, the congress and the contract
-- carry what was agreed. Outside the usual 1 to 3 years the product warns; 10 years bounds a typing slip.
alter table negotiation_round add column term_years integer check (term_years between 1 and 10);
alter table negotiation_round add column term_starts_on date;
alter table coordination add column term_years integer check (term_years between 1 and 10);
alter table coordination add column term_starts_on date;
alter table negotiation add column term_years integer check (term_years between 1 and 10);
alter table negotiation add column term_starts_on date;

-- A new column replaces the 1-3 check: its constraint name differs between H2 and PostgreSQL, dropping the column
-- drops it on both.
alter table collective_contract add column agreed_term_years integer check (agreed_term_years between 1 and 10);
update collective_contract set agreed_term_years = term_years;
alter table collective_contract drop column term_years;
alter table collective_contract rename column agreed_term_years to term_years;
-- Null: the term runs from the day the contract takes effect.
alter table collective_contract add column term_starts_on date;
