package org.xieshang.contract;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.xieshang.deadlines.Clock;
import org.xieshang.deadlines.Deadline;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.enterprise.EnterpriseRegistry;

/**
 * Which statutory clock governs each step of a contract, as its type and its province say: a wage agreement runs
 * its own (WBM: filing 7 days unless the deployment keeps 10, publication 5 days, renewal window 60 days), any
 * other contract the CCR's. Documents print these clocks, so no number or citation is typed into a template.
 */
@Component
class ContractClocks {

    static final String REVIEW = "contract-review";
    /** The employer's days to complete a returned filing, and the bureau's days to accept a complete one. */
    static final String SUPPLEMENT = "filing-supplement";
    static final String ACCEPTANCE = "filing-acceptance";

    private final String wageFilingClock;
    private final EnterpriseRegistry registry;
    private final DeadlineService deadlines;

    ContractClocks(@Value("${xieshang.contracts.wage-filing-clock}") String wageFilingClock, EnterpriseRegistry registry,
                   DeadlineService deadlines) {
        this.wageFilingClock = wageFilingClock;
        this.registry = registry;
        this.deadlines = deadlines;
    }

    /** contract-filing, or wage-agreement-filing for a wage agreement where the deployment applies WBM Art. 22. */
    String filing(Contract k) {
        return k.wages() ? wageFilingClock : "contract-filing";
    }

    static String publication(Contract k) {
        return k.wages() ? "wage-publication" : "contract-publication";
    }

    static String renewal(Contract k) {
        return k.wages() ? "wage-renewal-window" : "renewal-window";
    }

    /** Every computation uses the contract's own province, never the deployment's default. */
    String province(Contract k) {
        return registry.provinceOf(k.districtId());
    }

    Clock clock(Contract k, String clockId) {
        return deadlines.clock(clockId, province(k));
    }

    Deadline compute(Contract k, String clockId, LocalDate start) {
        return deadlines.compute(clockId, start, province(k));
    }

    /** The filing due as shown (from both chiefs' signatures), once signed. */
    Deadline filingDeadline(Contract k) {
        return k.filingDueOn() == null ? null : deadlines.asShown(k.filingClock(), k.signedOn(), k.filingDueOn(), province(k));
    }

    /** The review due as shown (from receipt of the complete filing), while one runs. */
    Deadline reviewDeadline(Contract k) {
        return k.reviewDueOn() == null ? null : deadlines.asShown(REVIEW, k.receivedOn(), k.reviewDueOn(), province(k));
    }

    /** The publication due as shown (from effect). */
    Deadline publicationDeadline(Contract k) {
        return k.publicationDueOn() == null ? null
                : deadlines.asShown(publication(k), k.effectiveOn(), k.publicationDueOn(), province(k));
    }

    /** The clocks a contract's documents cite: filing, review, publication and renewal. */
    Map<String, Clock> forDocuments(Contract k) {
        Map<String, Clock> clocks = new LinkedHashMap<>();
        clocks.put("filing", clock(k, filing(k)));
        clocks.put("review", clock(k, REVIEW));
        clocks.put("publication", clock(k, publication(k)));
        clocks.put("renewal", clock(k, renewal(k)));
        return clocks;
    }
}
