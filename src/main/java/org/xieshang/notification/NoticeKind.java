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
    DIGEST,
    /** A new account and its one-time password. */
    ACCOUNT;

    /**
     * Legal notices nobody turns off, and a new account's password: they reach the portal and the person's e-mail, if one
     * is known, whatever she chose.
     */
    public boolean mandatory() {
        return this == MISSED || this == SERVED || this == ACCOUNT;
    }

    /** Whether a person chooses how this kind reaches her (a new account's notice comes before she could). */
    public boolean chosen() {
        return this != ACCOUNT;
    }
}
