package org.xieshang.notification;

/** A way out of the portal; the portal's own notice centre always gets every notice. */
enum Channel {
    /** SMTP, to the person's e-mail address. */
    MAIL,
    /** A post to the configured robot or gateway URL (企业微信 group robot format), naming the person's mobile. */
    WEBHOOK
}
