package org.xieshang.congress;

/** The staff a congress represents: one enterprise's, or all the firms a federation covers. */
public record Workforce(String name, int headcount, int women, int dispatched) {
}
