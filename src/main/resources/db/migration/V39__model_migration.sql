-- Running cases moved to a changed process model (ProcessVersions): one row per change, taken by one node at a time.
create table model_migration (
    process_key     varchar(64)   not null,
    -- '' stands for a model deployed without a version tag
    from_tag        varchar(64)   not null,
    to_tag          varchar(64)   not null,
    -- a node that took the change and died leaves it to another after this time
    taken_until     timestamp,
    migrated        integer       default 0 not null,
    left_on_version integer       default 0 not null,
    finished_at     timestamp,
    primary key (process_key, from_tag, to_tag)
);
