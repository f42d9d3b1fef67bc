package org.xieshang.system;

/** A list's search words as an SQL LIKE pattern that finds them anywhere, taking % and _ as the letters they are. */
public final class Like {

    /** Follows each {@code like ?}: the escape character {@link #containing} uses. */
    public static final String ESCAPE = " escape '\\'";

    private Like() {
    }

    /** The longest search people type that a list looks for (a pasted paragraph is cut, not refused). */
    public static final int MAX_WORDS = 100;

    /** A list's search box as typed: trimmed, and cut at {@link #MAX_WORDS}. */
    public static String words(String typed) {
        String words = typed == null ? "" : typed.strip();
        return words.length() > MAX_WORDS ? words.substring(0, MAX_WORDS) : words;
    }

    public static String containing(String words) {
        return "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
