-- Accounts whose password was reset to a one-time password: until their owner sets her own, every page of the portal
-- leads to the password form. Who reset it and when, for the record.
create table password_reset (
    user_id    varchar(64) not null primary key,
    issued_by  varchar(64) not null,
    issued_at  timestamp   not null
);
