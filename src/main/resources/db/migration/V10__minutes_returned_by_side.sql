-- Which chief returned a round's minutes, so the portal names the side in the reader's language instead of a
-- Chinese prefix stored in the comment. Rows returned before this migration keep their prefixed comment.
alter table negotiation_round add column returned_by_side varchar(20);
