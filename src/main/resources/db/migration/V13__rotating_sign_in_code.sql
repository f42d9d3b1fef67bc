-- The hall's sign-in code rotates (issue 13): each session keeps a secret from which the code of every two-minute
-- window is derived; a session convened before keeps its fixed code as that secret.
alter table congress_session add column sign_in_secret varchar(64);
update congress_session set sign_in_secret = sign_in_code;
alter table congress_session alter column sign_in_secret set not null;
alter table congress_session drop column sign_in_code;

-- Wrong codes per delegate and session: after a few, phone sign-in is closed to him and the paper sheet remains.
create table sign_in_attempt (
    session_id          bigint        not null references congress_session (id),
    delegate_id         bigint        not null references congress_delegate (id),
    failures            integer       not null,
    primary key (session_id, delegate_id)
);
