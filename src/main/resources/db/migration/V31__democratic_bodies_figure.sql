-- The officials' home counts enterprises with a democratic body from the read model (DEMOCRATIC_BODIES, kept at
-- registration) instead of reading a province's registry on every visit: the next start counts everything again.
update tally_state set built_at = null;
