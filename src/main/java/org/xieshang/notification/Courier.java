package org.xieshang.notification;

import java.util.Optional;

/** A channel's sender. */
interface Courier {

    Channel channel();

    /** Whether the deployment configured this channel (an SMTP host, a webhook URL). */
    boolean ready();

    /** Where this person is reached on this channel; empty: she is not. */
    Optional<String> address(NoticeTable.Recipient recipient);

    /** Sends one delivery; any exception is a failed try, with its message kept in the log. */
    void deliver(NoticeTable.Outgoing outgoing) throws Exception;
}
