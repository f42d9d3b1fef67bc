package org.xieshang.system;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/** Errors in the user's language: a page for the portal, a problem document for /api. */
@ControllerAdvice
class ErrorAdvice {

    private final MessageSource messages;
    private final String maxFileSize;

    ErrorAdvice(MessageSource messages, @Value("${spring.servlet.multipart.max-file-size}") String maxFileSize) {
        this.messages = messages;
        this.maxFileSize = maxFileSize;
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return render(request, response, HttpStatus.NOT_FOUND, messages.getMessage("error.notFound", null, locale));
    }

    /** A form's address opened or reloaded on its own: say so and where to start again, instead of a bare 405. */
    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object methodNotAllowed(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return render(request, response, HttpStatus.METHOD_NOT_ALLOWED, messages.getMessage("error.methodNotAllowed", null, locale));
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object forbidden(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return render(request, response, HttpStatus.FORBIDDEN, messages.getMessage("error.forbidden", null, locale));
    }

    @ExceptionHandler(ServiceUnavailableException.class)
    Object unavailable(ServiceUnavailableException e, HttpServletRequest request, HttpServletResponse response,
                       Locale locale) {
        return render(request, response, HttpStatus.SERVICE_UNAVAILABLE,
                messages.getMessage("error.unavailable", new Object[] {e.getMessage()}, locale));
    }

    /** Someone else did the task, or won a race on the same case: nothing was saved, and the page says so. */
    @ExceptionHandler(TaskTakenException.class)
    Object taken(TaskTakenException e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return violations(e, HttpStatus.CONFLICT, request, response, locale);
    }

    /** Another step on the same case held it too long or won a race: nothing was saved, a retry will do. */
    @ExceptionHandler({OptimisticLockingException.class, PessimisticLockingFailureException.class, QueryTimeoutException.class})
    Object concurrent(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return render(request, response, HttpStatus.CONFLICT, messages.getMessage("step.concurrent", null, locale));
    }

    /** An upload over the limit: back to the form it came from, with the limit named; nothing was read or saved. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return backToForm(request, response, locale, List.of(new BusinessRuleException.Violation(null, "upload.tooLarge",
                DataSize.parse(maxFileSize).toMegabytes())));
    }

    /**
     * A value Spring could not even read (a date that does not exist, letters in a number, an option the form does not
     * offer, a required field missing): back to the form, naming the field, instead of a bare 400.
     */
    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            BindException.class, HttpMessageNotReadableException.class})
    Object unreadable(Exception e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        String field = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
                : e instanceof MissingServletRequestParameterException m ? m.getParameterName()
                : e instanceof BindException b && b.getFieldError() != null ? b.getFieldError().getField() : "";
        return backToForm(request, response, locale, List.of(new BusinessRuleException.Violation(field, "input.unreadable",
                field.length() > 40 ? field.substring(0, 40) : field)));
    }

    /** A value the database refused after all: the step was rolled back, nothing is saved, and the user is told. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    Object refusedByDatabase(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return backToForm(request, response, locale, List.of(new BusinessRuleException.Violation(null, "input.rejected")));
    }

    @ExceptionHandler(BusinessRuleException.class)
    Object rule(BusinessRuleException e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return violations(e, HttpStatus.BAD_REQUEST, request, response, locale);
    }

    private Object violations(BusinessRuleException e, HttpStatus status, HttpServletRequest request,
                              HttpServletResponse response, Locale locale) {
        List<Map<String, String>> errors = e.violations().stream()
                .map(v -> Map.of("field", v.field() == null ? "" : v.field(),
                        "message", messages.getMessage(v.messageKey(), v.arguments(), locale)))
                .toList();
        String message = String.join("\n", errors.stream().map(m -> m.get("message")).toList());
        Object rendered = render(request, response, status, message);
        if (rendered instanceof ResponseEntity<?> entity && entity.getBody() instanceof ProblemDetail problem) {
            problem.setProperty("errors", errors);
        }
        return rendered;
    }

    /**
     * A form post the controller never saw (its input could not even be read): the user goes back to the page the
     * form is on, which shows the violations like any refusal. Without a page of ours to go back to, the error page.
     */
    private Object backToForm(HttpServletRequest request, HttpServletResponse response, Locale locale,
                              List<BusinessRuleException.Violation> violations) {
        Optional<String> page = FormPages.referringPage(request);
        if (page.isEmpty() || !"POST".equals(request.getMethod())) {
            return violations(new BusinessRuleException(violations), HttpStatus.BAD_REQUEST, request, response, locale);
        }
        FormPages.flashRefusal(request, violations);
        return new ModelAndView("redirect:" + page.get());
    }

    private Object render(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("message", message);
        return page;
    }
}
