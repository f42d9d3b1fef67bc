package org.xieshang.system;

/**
 * The task a form was given is no longer the user's: someone of the same party did or claimed it (a double submit,
 * two people at once), or the process moved past it. Nothing was saved; the message says who and when.
 */
public class TaskTakenException extends BusinessRuleException {

    public TaskTakenException(String messageKey, Object... arguments) {
        super(null, messageKey, arguments);
    }
}
