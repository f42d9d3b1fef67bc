package org.xieshang.system;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * For actions that redirect back to the page they were sent from: a broken rule travels with the redirect and the
 * page shows it in the user's language (the forms' "errors" fragment).
 */
public final class FlashErrors {

    private FlashErrors() {
    }

    /** Runs the action; true if it held, false if a rule stopped it (and the violations are flashed). */
    public static boolean attempt(RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            return true;
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("errors", e.violations());
            return false;
        }
    }
}
