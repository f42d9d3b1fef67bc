-- Contracts in force and congress sessions held before the district used the product, recorded from their paper:
-- who recorded them, the scan of the signed text or of the resolution, and the attendance the minutes name.
alter table collective_contract add column recorded_by varchar(64);
alter table collective_contract add column scan_document_id bigint references document (id);
alter table congress_session add column recorded_by varchar(64);
alter table congress_session add column scan_document_id bigint references document (id);
alter table congress_session add column present_recorded integer;
