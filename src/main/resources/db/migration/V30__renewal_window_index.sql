-- Contracts whose renewal window has opened, read for a province's figures from the index alone: by status, then the
-- day the window opens (tens of thousands of a province's contracts in force, not the hundreds of thousands that
-- expire later).
create index contract_renewal_open on collective_contract (status, renewal_opens_on, expires_on, purpose, district_id, id);
