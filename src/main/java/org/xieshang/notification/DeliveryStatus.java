package org.xieshang.notification;

/** Where a delivery stands: waiting for its (next) try, being sent by a job, sent, or given up after its last try. */
enum DeliveryStatus {
    PENDING, SENDING, SENT, FAILED
}
