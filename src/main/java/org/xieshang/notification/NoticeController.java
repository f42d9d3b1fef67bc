package org.xieshang.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.system.CurrentUser;
import org.xieshang.system.Flash;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.Page;
import org.xieshang.system.PortalUser;

/** The notice centre, one's own contact details and channels, and the administrator's delivery log. */
@Controller
class NoticeController {

    private static final int PAGE_SIZE = 20;

    private final NoticeTable table;
    private final NoticeSettings settings;
    private final List<Courier> couriers;
    private final Clock clock;

    NoticeController(NoticeTable table, NoticeSettings settings, List<Courier> couriers, Clock clock) {
        this.table = table;
        this.settings = settings;
        this.couriers = couriers;
        this.clock = clock;
    }

    @GetMapping("/notices")
    String list(@CurrentUser PortalUser user, @RequestParam(defaultValue = "") String q,
                @RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") int page, Model model) {
        String search = org.xieshang.system.Like.words(q);
        Page.read(table.count(user.userId(), search, unread), page, PAGE_SIZE,
                (offset, limit) -> table.page(user.userId(), search, unread, offset, limit).stream().map(this::line).toList())
                .addTo(model, "notices");
        model.addAttribute("q", search);
        model.addAttribute("unread", unread);
        return "notices/list";
    }

    public record Line(long id, NoticeKind kind, boolean mandatory, String subject, String body, LocalDateTime at, boolean read) {
    }

    private Line line(NoticeTable.Row r) {
        return new Line(r.id(), r.kind(), r.mandatory(), r.subject(), r.body(), local(r.createdAt()), r.readAt() != null);
    }

    /** Opening a notice marks it read and goes where it leads. */
    @GetMapping("/notices/{id}")
    String open(@PathVariable long id, @CurrentUser PortalUser user) {
        return "redirect:" + table.open(user.userId(), id, clock.instant()).orElseThrow(() -> new NotFoundException("notice " + id));
    }

    @PostMapping("/notices/read")
    String readAll(@CurrentUser PortalUser user, RedirectAttributes redirect) {
        Flash.attempt(redirect, "notice.noticesRead", () -> table.readAll(user.userId(), clock.instant()));
        return "redirect:/notices";
    }

    @GetMapping("/account/notifications")
    String settingsForm(@CurrentUser PortalUser user, Model model) {
        if (!model.containsAttribute("settings")) {
            model.addAttribute("settings", settings.of(user.userId()));
        }
        model.addAttribute("kinds", java.util.Arrays.stream(NoticeKind.values()).filter(NoticeKind::chosen).toList());
        model.addAttribute("channels", couriers.stream().filter(Courier::ready).map(c -> c.channel().name()).toList());
        model.addAttribute("locked", Set.of(NoticeKind.values()).stream().filter(NoticeKind::mandatory)
                .map(k -> k + "." + Channel.MAIL).toList());
        model.addAttribute("languages", NoticeSettings.LANGUAGES);
        model.addAttribute("emailLength", NoticeSettings.EMAIL_LENGTH);
        return "notices/settings";
    }

    /** Refused input comes back with the form as it was sent. */
    @PostMapping("/account/notifications")
    String saveSettings(@CurrentUser PortalUser user, @RequestParam(defaultValue = "") String email,
                        @RequestParam(defaultValue = "") String mobile, @RequestParam(defaultValue = "zh") String language,
                        @RequestParam(required = false) Set<String> on, RedirectAttributes redirect) {
        var sent = new NoticeSettings.Settings(email, mobile, language, on == null ? Set.of() : on);
        if (!Flash.attempt(redirect, "notice.noticeSettingsSaved", () -> settings.save(user.userId(), sent))) {
            redirect.addFlashAttribute("settings", sent);
        }
        return "redirect:/account/notifications";
    }

    @GetMapping("/admin/notices")
    String log(@CurrentUser PortalUser user, @RequestParam(defaultValue = "") String q,
               @RequestParam(required = false) DeliveryStatus status, @RequestParam(defaultValue = "0") int page, Model model) {
        administrator(user);
        String search = org.xieshang.system.Like.words(q);
        Page.read(table.deliveryCount(status, search), page, PAGE_SIZE,
                        (offset, limit) -> table.deliveries(status, search, offset, limit).stream().map(this::logLine).toList())
                .addTo(model, "deliveries");
        model.addAttribute("q", search);
        model.addAttribute("status", status);
        model.addAttribute("statuses", List.of(DeliveryStatus.values()).stream().map(Enum::name).toList());
        return "notices/log";
    }

    @GetMapping("/admin/notices/{id}")
    String delivery(@PathVariable long id, @CurrentUser PortalUser user, Model model) {
        administrator(user);
        model.addAttribute("delivery", logLine(table.delivery(id).orElseThrow(() -> new NotFoundException("delivery " + id))));
        model.addAttribute("attempts", table.attempts(id).stream()
                .map(a -> new AttemptLine(local(a.at()), a.succeeded(), a.detail())).toList());
        return "notices/delivery";
    }

    @PostMapping("/admin/notices/{id}/resend")
    String resend(@PathVariable long id, @CurrentUser PortalUser user, RedirectAttributes redirect) {
        administrator(user);
        Flash.attempt(redirect, "notice.deliveryResent", () -> {
            if (!table.resend(id, clock.instant())) {
                throw new org.xieshang.system.BusinessRuleException(null, "notices.resend.busy");
            }
        });
        return "redirect:/admin/notices/" + id;
    }

    /** A delivery as the log shows it (times in the deployment's zone). */
    public record LogLine(long id, String recipient, String kind, String subject, String channel, String address, String status,
                          int attempts, LocalDateTime created, LocalDateTime next, LocalDateTime sent, String lastError) {
    }

    public record AttemptLine(LocalDateTime at, boolean succeeded, String detail) {
    }

    private LogLine logLine(NoticeTable.Delivery d) {
        return new LogLine(d.id(), d.recipient(), d.kind().name(), d.subject(), d.channel().name(), d.address(), d.status().name(),
                d.attempts(), local(d.createdAt()), d.status() == DeliveryStatus.PENDING ? local(d.nextAttemptAt()) : null,
                local(d.sentAt()), d.lastError());
    }

    private static void administrator(PortalUser user) {
        if (!user.admin()) {
            throw new NotFoundException("delivery log");
        }
    }

    private LocalDateTime local(java.time.Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, clock.getZone()).withNano(0);
    }
}
