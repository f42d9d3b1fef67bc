-- A worker delegate's labour contract end: one ending while the delegate serves is extended to the end of the
-- service (CCR Art. 28), so the portal flags it to both sides.
alter table delegation_member add column labour_contract_ends_on date;
