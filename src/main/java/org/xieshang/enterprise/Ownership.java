package org.xieshang.enterprise;

/** Registration type of an enterprise; message key ownership.NAME. */
public enum Ownership {
    STATE_OWNED, STATE_HOLDING, COLLECTIVE, PRIVATE, JOINT_STOCK, FOREIGN_INVESTED, HMT_INVESTED
}
