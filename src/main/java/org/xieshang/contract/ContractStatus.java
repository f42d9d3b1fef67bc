package org.xieshang.contract;

/**
 * Where a signed text stands; message key contract.status.NAME. IN_FORCE, RENEWAL_WINDOW and EXPIRED are read from
 * an EFFECTIVE contract's dates ({@link Contract#phase}), so a list is right even before a timer has fired.
 */
public enum ContractStatus {
    SIGNING, SIGNED, FILED, RETURNED, UNDER_REVIEW, OBJECTED, EFFECTIVE, IN_FORCE, RENEWAL_WINDOW, EXPIRED, SUPERSEDED,
    TERMINATED;

    /** Statuses a contract row can hold (the others are phases of EFFECTIVE). */
    boolean stored() {
        return this != IN_FORCE && this != RENEWAL_WINDOW;
    }
}
