-- The publication clocks still running (either side has not published) are read from the due day, with both sides'
-- publication days in the index: a province's contracts in effect are many, those awaiting publication few.
create index contract_publication on collective_contract (publication_due_on, status, union_published_on, employer_published_on,
    district_id);
