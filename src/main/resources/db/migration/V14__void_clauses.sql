-- A wage clause the law voids although the contract took effect by the bureau's silence (LCL Art. 55: below the local
-- minimum wage): the minimum wage that applies in its place.
alter table contract_clause add column voided_by_minimum_wage numeric(10, 2);
