package org.xieshang.notification;

import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Mail over SMTP (Spring's mail support; the deployment names its server with SPRING_MAIL_HOST and SPRING_MAIL_PORT,
 * and without one nobody is mailed). Each mail has a plain text and an HTML part in the recipient's language.
 */
@Component
class MailCourier implements Courier {

    private final ObjectProvider<JavaMailSender> sender;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final String from;
    private final String fromName;
    private final String portalUrl;

    MailCourier(ObjectProvider<JavaMailSender> sender, ITemplateEngine templates, MessageSource messages,
                @Value("${xieshang.notify.mail-from}") String from, @Value("${xieshang.notify.mail-from-name}") String fromName,
                @Value("${xieshang.notify.portal-url}") String portalUrl) {
        this.sender = sender;
        this.templates = templates;
        this.messages = messages;
        this.from = from;
        this.fromName = fromName;
        this.portalUrl = portalUrl;
    }

    @Override
    public Channel channel() {
        return Channel.MAIL;
    }

    @Override
    public boolean ready() {
        return sender.getIfAvailable() != null;
    }

    @Override
    public Optional<String> address(NoticeTable.Recipient recipient) {
        return Optional.ofNullable(recipient.email());
    }

    @Override
    public void deliver(NoticeTable.Outgoing o) throws Exception {
        JavaMailSender mail = sender.getObject();
        var message = mail.createMimeMessage();
        var helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from, fromName);
        helper.setTo(o.address());
        helper.setSubject(o.subject());
        String link = o.link() == null ? portalUrl : portalUrl + o.link();
        Locale locale = "en".equals(o.language()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        Context context = new Context(locale);
        context.setVariable("subject", o.subject());
        context.setVariable("body", o.body());
        context.setVariable("link", link);
        String text = o.body() + "\n\n" + messages.getMessage("mail.open", new Object[] {link}, locale) + "\n\n"
                + messages.getMessage("mail.footer", null, locale);
        helper.setText(text, templates.process("mail/notice", context));
        mail.send(message);
    }
}
