-- The officials' figures of a year are kept by month (yyyymm) so that a half-year or quarter can be read; a figure that
-- belongs to a whole year only (a case's stage, by the year in its number) has month 00. The counts so far were by
-- year: they become whole-year counts, and the next start counts everything again by month (TallyRebuild).
update tally set period = period * 100 where period > 0;
update tally_delta set period = period * 100 where period > 0;
update tally_state set built_at = null;
