package org.xieshang.system;

import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Post/redirect/get for every action: the outcome travels with the redirect and the next page shows it in the
 * user's language, a success notice (the layout) or the broken rules (the forms' "errors" fragment). A form's
 * input travels too, so a refused form comes back as it was typed and a reload never posts it again.
 */
public final class Flash {

    static final String NOTICE = "notice";
    static final String ERRORS = "errors";

    private Flash() {
    }

    /** Runs the action; true if it held (the notice, a message key, is flashed), false if a rule stopped it. */
    public static boolean attempt(RedirectAttributes redirect, String notice, Runnable action) {
        return outcome(redirect, notice, () -> {
            action.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** The same for an action with a result (the case a step worked on): empty if a rule stopped it. */
    public static <T> Optional<T> outcome(RedirectAttributes redirect, String notice, Supplier<T> action) {
        try {
            T result = action.get();
            if (notice != null) {
                redirect.addFlashAttribute(NOTICE, notice);
            }
            return Optional.of(result);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute(ERRORS, e.violations());
        } catch (DataIntegrityViolationException e) {
            // A value no check stopped and the database refused: the step was rolled back, nothing was saved.
            redirect.addFlashAttribute(ERRORS, new BusinessRuleException(null, "input.rejected").violations());
        } catch (OptimisticLockingException | PessimisticLockingFailureException | QueryTimeoutException e) {
            // Another step on the same case won the race, or held the case longer than the database waits for it;
            // this one was rolled back, nothing was saved.
            redirect.addFlashAttribute(ERRORS, new BusinessRuleException(null, "step.concurrent").violations());
        }
        return Optional.empty();
    }

    /** For a bound form: on refusal its input and field errors come back with the redirect, nothing is lost. */
    public static <T> Optional<T> form(RedirectAttributes redirect, String notice, String formName, Object form,
                                       BindingResult binding, Supplier<T> action) {
        Optional<T> result = binding.hasErrors() ? Optional.empty() : outcome(redirect, notice, () -> {
            try {
                return action.get();
            } catch (BusinessRuleException e) {
                e.violations().forEach(v -> reject(binding, v));
                throw e;
            }
        });
        if (result.isEmpty()) {
            redirect.addFlashAttribute(formName, form);
            redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + formName, binding);
        }
        return result;
    }

    private static void reject(BindingResult binding, BusinessRuleException.Violation v) {
        if (v.field() == null) {
            binding.reject(v.messageKey(), v.arguments(), v.messageKey());
        } else {
            binding.rejectValue(v.field(), v.messageKey(), v.arguments(), v.messageKey());
        }
    }
}
