-- The agreed average wage increase (%), stated by the minutes or the coordination agreement that concludes talks on an
-- agenda with a wage item, kept by the case once confirmed and carried by the contract drawn from it: the officials'
-- wage outcome compares it with the district's wage guideline of the year the contract took effect.
alter table negotiation_round add column wage_increase numeric(5, 2);
alter table coordination add column wage_increase numeric(5, 2);
alter table negotiation add column wage_increase numeric(5, 2);
alter table collective_contract add column wage_increase numeric(5, 2);
