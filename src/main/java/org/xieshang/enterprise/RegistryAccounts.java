package org.xieshang.enterprise;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.notification.Notice;
import org.xieshang.notification.NoticeKind;
import org.xieshang.notification.Notices;
import org.xieshang.system.AccessPolicy;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.Page;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.Passwords;
import org.xieshang.system.PortalUser;
import org.xieshang.system.Position;

/**
 * Accounts in bulk for the registry's people: the union chair and the legal representative of each chosen enterprise
 * get an account of their side with a one-time password, which their owner must replace at the first sign-in. The
 * passwords go out by mail or messenger where the registry knows a contact, and are listed once on a sheet to print
 * (for everyone, or for those no channel reaches).
 */
@Service
class RegistryAccounts {

    static final int PAGE_SIZE = 50;

    private final AccountsTable table;
    private final AccessPolicy access;
    private final PartyDirectory parties;
    private final IdentityService identity;
    private final Passwords passwords;
    private final Notices notices;

    RegistryAccounts(AccountsTable table, AccessPolicy access, PartyDirectory parties, IdentityService identity, Passwords passwords,
                     Notices notices) {
        this.table = table;
        this.access = access;
        this.parties = parties;
        this.identity = identity;
        this.passwords = passwords;
        this.notices = notices;
    }

    Page<AccountsTable.Candidate> candidates(PortalUser user, String search, int page) {
        long district = district(user);
        return Page.read(table.count(district, search), page, PAGE_SIZE, (offset, limit) -> table.page(district, search, offset, limit));
    }

    /** Opens the accounts still needed for these enterprises; {@code send}: also by the channels the registry's contacts reach. */
    @Transactional
    List<IssuedAccount> open(PortalUser user, List<Long> enterpriseIds, boolean send) {
        List<IssuedAccount> issued = new ArrayList<>();
        for (AccountsTable.Candidate c : table.of(district(user), enterpriseIds)) {
            if (c.chairNeeded()) {
                issued.add(open(user, c, c.chair(), PartyDirectory.unionOf(c.enterpriseId()), Position.UNION_CHAIR, "union",
                        c.chairEmail(), c.chairMobile(), send));
            }
            if (c.legalNeeded()) {
                issued.add(open(user, c, c.legalRepresentative(), PartyDirectory.employerOf(c.enterpriseId()),
                        Position.LEGAL_REPRESENTATIVE, "legal", c.legalEmail(), c.legalMobile(), send));
            }
        }
        return issued;
    }

    private IssuedAccount open(PortalUser by, AccountsTable.Candidate c, String name, String partyId, Position position, String suffix,
                        String email, String mobile, boolean send) {
        String userId = freeUserId("e" + c.enterpriseId() + "." + suffix);
        String trimmed = name.trim();
        int split = trimmed.contains(" ") ? trimmed.indexOf(' ') : 1;
        parties.ensurePerson(new PartyDirectory.NewPerson(userId, trimmed.substring(0, split).trim(), trimmed.substring(split).trim(),
                email, UUID.randomUUID().toString(), partyId, position, null));
        parties.setMobile(userId, mobile);
        String oneTime = passwords.issue(userId, by);
        String roleKey = "accounts.role." + position;
        boolean sent = send && (email != null || mobile != null);
        if (sent) {
            notices.toPeople(List.of(userId), Notice.of(NoticeKind.ACCOUNT, "/login", null, null, userId, trimmed,
                    by.partyName(), c.name(), new DefaultMessageSourceResolvable(roleKey), oneTime));
        }
        return new IssuedAccount(userId, trimmed, c.name(), roleKey, oneTime, sent);
    }

    /** The account name, or with 2, 3, … after it when that one is taken (a person registered by hand earlier). */
    private String freeUserId(String wanted) {
        String candidate = wanted;
        for (int n = 2; identity.createUserQuery().userId(candidate).count() > 0; n++) {
            candidate = wanted + n;
        }
        return candidate;
    }

    private long district(PortalUser user) {
        if (!access.canEditRegistry(user) || user.districtId() == null) {
            throw new NotFoundException("registry accounts");
        }
        return user.districtId();
    }
}
