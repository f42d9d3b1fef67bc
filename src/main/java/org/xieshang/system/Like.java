package org.xieshang.system;

/** A list's search words as an SQL LIKE pattern that finds them anywhere, taking % and _ as the letters they are. */
public final class Like {

    /** Follows each {@code like ?}: the escape character {@link #containing} uses. */
    public static final String ESCAPE = " escape '\\'";

    private Like() {
    }

    public static String containing(String words) {
        return "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
