package org.xieshang.negotiation;

import org.springframework.ui.Model;

/** What a form that can conclude the talks shows of the agreed wage increase ({@code fragments/term :: wage}). */
final class WageFields {

    private WageFields() {
    }

    static void add(Model model, Preparation preparation, long caseId) {
        model.addAttribute("agreedWage", preparation.agreedWageIncrease(caseId).orElse(null));
        model.addAttribute("wageAsked", !preparation.endsAContract(caseId)
                && preparation.hasWageItem(caseId));
    }
}
