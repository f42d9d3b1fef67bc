-- A principal (union chair, legal representative) authorises someone of his party in writing either to sign the
-- contract or to act as chief representative at the table (confirm minutes, initial the draft, confirm a
-- coordination agreement); one letter, one act.
alter table signing_authorisation add column act varchar(10) default 'SIGN' not null;
