-- A termination agreement (CCR Art. 40-41) ends the contract it names on the day it takes effect: it has no term.
alter table collective_contract alter column term_years drop not null;
