package org.xieshang.congress;

/** How an item is voted: not at all (a report heard), open with a named record, or secret. */
public enum BallotKind { NONE, OPEN, SECRET }
