-- The day of the latest session that closed with its quorum and covers the enterprise (its own workers' congress or
-- that of a federation it belongs to), kept by the step that closes the session: the congress system rate
-- (职代会建制率) counts unionised enterprises whose day lies within the last 12 months, without reading sessions.
alter table enterprise add column congress_held_on date;
create index enterprise_congress_held on enterprise (district_id, congress_held_on);
