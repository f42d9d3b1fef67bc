-- Wrong passwords per account and the temporary lock they lead to (issue 13): the engine's own lock is permanent
-- and only Camunda Admin lifts it, so the portal keeps this one instead.
create table login_lock (
    user_id         varchar(64)  not null primary key,
    failures        integer      not null,
    lockouts        integer      not null,
    locked_until    timestamp,
    last_failure_at timestamp    not null
);
