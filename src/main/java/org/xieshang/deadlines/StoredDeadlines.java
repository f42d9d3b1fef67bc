package org.xieshang.deadlines;

import java.util.List;

/**
 * A capability's open deadlines kept in its own tables (an offer's answer due, a contract's filing and review dues):
 * after the calendar of a year changes, each recomputes its open dates from their clock and start, saves those that
 * moved, tells its parties, and reports them for the officials' list.
 */
public interface StoredDeadlines {

    List<MovedDeadline> recompute();
}
