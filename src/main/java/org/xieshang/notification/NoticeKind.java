package org.xieshang.notification;

/**
 * What a notice is about. Each kind has its own subject and body in both languages (message bundles,
 * {@code notice.KIND.subject} and {@code notice.KIND.body}), which the portal, the mail and the webhook all show.
 */
public enum NoticeKind {
    /** A task came to a person or her party. */
    TASK,
    /** A legal clock falls due soon or today. */
    REMINDER,
    /** A legal clock ran out without its act. */
    MISSED,
    /** A document was served on the party (an offer, a letter, a notice, a review opinion). */
    SERVED,
    /** Another step of a case the party follows. */
    CASE,
    /** A congress session's notice, to every delegate. */
    CONGRESS,
    /** An official's weekly list of what needs attention in her area. */
    DIGEST;

    /** Legal notices nobody turns off: they reach the portal and the person's e-mail, if one is known, whatever she chose. */
    public boolean mandatory() {
        return this == MISSED || this == SERVED;
    }
}
