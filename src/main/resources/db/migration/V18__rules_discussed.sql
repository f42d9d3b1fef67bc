-- Rules that directly affect workers are discussed by the congress and then settled with the union (LCL Art. 4):
-- the opinions the delegates raised, and whether the rule has been settled with the union.
alter table session_item add column opinions varchar(2000);
alter table session_item add column settled_with_union boolean default false not null;
