package org.xieshang.notification;

import java.util.List;

/**
 * A notice before it is written for each recipient: its kind, the page it leads to, what it is about (a case number:
 * notices of one step about one matter are told as one), a key that makes it once-only per recipient (null: each
 * time), and the arguments of its kind's subject and body. An argument may be a message to resolve
 * ({@link org.springframework.context.MessageSourceResolvable}), a {@link org.xieshang.system.Localized} text or a
 * plain value (null shows as a dash); each is put in the recipient's language.
 */
public record Notice(NoticeKind kind, String link, String about, String onceKey, List<Object> args) {

    public static Notice of(NoticeKind kind, String link, String about, String onceKey, Object... args) {
        return new Notice(kind, link, about, onceKey, java.util.Arrays.stream(args).map(a -> a == null ? "—" : a).toList());
    }
}
