package org.xieshang.system;

import java.util.Locale;

/** A text kept in both portal languages; zh-CN is the default. */
public record Localized(String zh, String en) implements java.io.Serializable {

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && en != null ? en : zh;
    }
}
