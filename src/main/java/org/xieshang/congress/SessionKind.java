package org.xieshang.congress;

/** An annual session (at least one a year, EDM) or an extraordinary one called for a matter that cannot wait. */
public enum SessionKind { ANNUAL, EXTRAORDINARY }
