package org.xieshang.jurisdiction;

/** The levels of the administrative tree; message key area.level.NAME. Parks sit below a district in the registry. */
public enum AreaLevel {
    PROVINCE, CITY, DISTRICT
}
