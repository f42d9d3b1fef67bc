-- A failed item may be voted again only for a reason the minutes record; a passed item is never revoted.
alter table vote_round add column revote_reason varchar(500);
