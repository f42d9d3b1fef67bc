package org.xieshang.notification;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.ContactDetails;
import org.xieshang.system.NotFoundException;

/**
 * A person's contact details and the channels she wants per kind of notice. Mandatory legal notices always reach
 * her e-mail, if one is known; the portal's notice centre gets everything.
 */
@Service
class NoticeSettings {

    static final int EMAIL_LENGTH = ContactDetails.EMAIL_LENGTH;
    static final List<String> LANGUAGES = List.of("zh", "en");

    /** What the form shows and sends: {@code on} holds KIND.CHANNEL for each channel turned on. */
    record Settings(String email, String mobile, String language, Set<String> on) implements java.io.Serializable {
    }

    private final NoticeTable table;
    private final IdentityService identity;

    NoticeSettings(NoticeTable table, IdentityService identity) {
        this.table = table;
        this.identity = identity;
    }

    Settings of(String userId) {
        NoticeTable.Recipient r = table.recipient(userId).orElseThrow(() -> new NotFoundException("person " + userId));
        Set<String> off = table.turnedOff(userId);
        Set<String> on = new HashSet<>();
        for (NoticeKind kind : NoticeKind.values()) {
            for (Channel channel : Channel.values()) {
                String key = kind + "." + channel;
                if (!off.contains(key) || locked(kind, channel)) {
                    on.add(key);
                }
            }
        }
        return new Settings(nullToEmpty(r.email()), nullToEmpty(r.mobile()), r.language(), on);
    }

    /** A channel the person cannot turn off for this kind. */
    static boolean locked(NoticeKind kind, Channel channel) {
        return kind.mandatory() && channel == Channel.MAIL;
    }

    @Transactional
    void save(String userId, Settings s) {
        String email = ContactDetails.email(s.email());
        String mobile = ContactDetails.mobile(s.mobile());
        new BusinessRuleException.Collector()
                .check(ContactDetails.validEmail(email), "email", "notices.email.invalid")
                .check(ContactDetails.validMobile(mobile), "mobile", "notices.mobile.invalid")
                .check(LANGUAGES.contains(s.language()), "language", "notices.language.invalid")
                .throwIfAny();
        table.recipient(userId).orElseThrow(() -> new NotFoundException("person " + userId));
        User account = identity.createUserQuery().userId(userId).singleResult();
        account.setEmail(email.isEmpty() ? null : email);
        identity.saveUser(account);
        table.contact(userId, mobile.isEmpty() ? null : mobile, s.language());
        Set<String> on = s.on() == null ? Set.of() : s.on();
        Arrays.stream(NoticeKind.values()).forEach(kind -> Arrays.stream(Channel.values()).forEach(channel ->
                table.prefer(userId, kind, channel, locked(kind, channel) || on.contains(kind + "." + channel))));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
