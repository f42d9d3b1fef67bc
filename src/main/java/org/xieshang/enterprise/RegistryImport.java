package org.xieshang.enterprise;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.enterprise.RegistryFile.Column;
import org.xieshang.monitoring.Tallies;
import org.xieshang.system.AccessPolicy;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PortalUser;

/**
 * A district's registry from a spreadsheet. The whole file is checked first: every bad row is named with its line and
 * each reason, and nothing is kept until the file is clean. A clean file is kept for the official to confirm after
 * reading what it will do (new enterprises; those it matches by USCC, with each changed value); confirming checks it
 * again and applies it in one transaction, once.
 */
@Service
class RegistryImport {

    /** A value a row changes: the column (as the file names it), what the registry holds, what the file says. */
    public record Change(String column, String before, String after) {
    }

    /** A row as the preview shows it. */
    public record Planned(int line, String name, String uscc, List<Change> changes) {
    }

    public record Preview(long uploadId, String fileName, List<Planned> created, List<Planned> updated, int unchanged,
                          String appliedBy, ImportTable.Outcome outcome) {
    }

    private record Entry(int line, EnterpriseForm form, ImportTable.Contacts contacts, Long existingId, List<Change> changes) {
    }

    private record Checked(List<ImportProblem> problems, List<Entry> entries) {
    }

    private final ImportTable table;
    private final EnterpriseRegistry registry;
    private final EnterpriseRules rules;
    private final Tallies tallies;
    private final PartyDirectory parties;
    private final AccessPolicy access;
    private final MessageSource messages;
    private final Clock clock;

    RegistryImport(ImportTable table, EnterpriseRegistry registry, EnterpriseRules rules, Tallies tallies, PartyDirectory parties,
                   AccessPolicy access, MessageSource messages, Clock clock) {
        this.table = table;
        this.registry = registry;
        this.rules = rules;
        this.tallies = tallies;
        this.parties = parties;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    /** The file's problems (nothing kept), or none and the id of the kept upload awaiting confirmation. */
    record Outcome(List<ImportProblem> problems, Long uploadId) {
    }

    Outcome upload(PortalUser user, String fileName, byte[] content) {
        long district = district(user);
        Checked checked = check(user, district, RegistryFile.read(fileName, content));
        if (!checked.problems().isEmpty()) {
            return new Outcome(checked.problems(), null);
        }
        return new Outcome(List.of(), table.upload(district, fileName, content, user.userId(), clock.instant()));
    }

    Preview preview(long uploadId, PortalUser user) {
        ImportTable.Upload u = visible(uploadId, user);
        if (u.appliedAt() != null) {
            return new Preview(u.id(), u.fileName(), List.of(), List.of(), 0, parties.displayName(u.appliedBy()), u.outcome());
        }
        Checked checked = check(user, u.districtId(), RegistryFile.read(u.fileName(), u.content()));
        List<Planned> created = new ArrayList<>();
        List<Planned> updated = new ArrayList<>();
        int unchanged = 0;
        for (Entry e : checked.entries()) {
            Planned p = new Planned(e.line(), e.form().getName(), EnterpriseRules.uscc(e.form()), e.changes());
            if (e.existingId() == null) {
                created.add(p);
            } else if (!e.changes().isEmpty()) {
                updated.add(p);
            } else {
                unchanged++;
            }
        }
        return new Preview(u.id(), u.fileName(), created, updated, unchanged, null, null);
    }

    /** Applies a kept upload; the second of two confirmations hears who applied it. */
    @Transactional
    ImportTable.Outcome apply(long uploadId, PortalUser user) {
        ImportTable.Upload u = table.lockUpload(uploadId).filter(x -> x.districtId() == district(user))
                .orElseThrow(() -> new NotFoundException("upload " + uploadId));
        if (u.appliedAt() != null) {
            throw new BusinessRuleException(null, "import.alreadyApplied", parties.displayName(u.appliedBy()));
        }
        Checked checked = check(user, u.districtId(), RegistryFile.read(u.fileName(), u.content()));
        if (!checked.problems().isEmpty()) {
            throw new BusinessRuleException(null, "import.changedSince", checked.problems().size());
        }
        int created = 0;
        int updated = 0;
        for (Entry e : checked.entries()) {
            if (e.existingId() == null) {
                table.setContacts(registry.register(e.form(), user), e.contacts());
                created++;
            } else if (!e.changes().isEmpty()) {
                update(registry.find(e.existingId()).orElseThrow(), e);
                updated++;
            }
        }
        ImportTable.Outcome outcome = new ImportTable.Outcome(created, updated, checked.entries().size() - created - updated);
        table.applied(uploadId, user.userId(), clock.instant(), outcome);
        return outcome;
    }

    private void update(Enterprise before, Entry e) {
        EnterpriseForm f = e.form();
        tallies.enterpriseCounted(before.id(), before.unionFounded(), before.democraticBody() != DemocraticBody.NONE, -1);
        table.update(before.id(), f);
        table.setContacts(before.id(), e.contacts());
        tallies.enterpriseCounted(before.id(), f.isUnionFounded(), f.getDemocraticBody() != DemocraticBody.NONE, 1);
        if (!before.name().equals(f.getName().trim())) {
            parties.renameEnterpriseParties(before.id(), f.getName().trim());
        }
    }

    private ImportTable.Upload visible(long uploadId, PortalUser user) {
        long district = district(user);
        return table.upload(uploadId).filter(u -> u.districtId() == district)
                .orElseThrow(() -> new NotFoundException("upload " + uploadId));
    }

    /** Only a district's officials keep its registry. */
    private long district(PortalUser user) {
        if (!access.canEditRegistry(user) || user.districtId() == null) {
            throw new NotFoundException("registry import");
        }
        return user.districtId();
    }

    private Checked check(PortalUser user, long district, RegistryFile.Read read) {
        if (!read.problems().isEmpty()) {
            return new Checked(read.problems(), List.of());
        }
        List<RegistryFile.Line> lines = read.lines();
        Map<String, Long> industries = table.industries();
        Map<String, Long> parks = table.parks(district);
        Map<String, Long> existing = table.byUscc(lines.stream().map(l -> upper(l.get(Column.USCC))).filter(Objects::nonNull).toList());
        Map<String, String> names = table.namesIn(district, lines.stream().map(l -> l.get(Column.NAME)).filter(Objects::nonNull).toList());
        Map<String, Integer> usccLines = new HashMap<>();
        Map<String, Integer> nameLines = new HashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (RegistryFile.Line line : lines) {
            RegistryRow row = new RegistryRow(line, problems);
            EnterpriseForm f = row.form(district, industries, parks, this::label);
            ImportTable.Contacts contacts = row.contacts();
            String uscc = EnterpriseRules.uscc(f);
            Integer firstUscc = uscc.isEmpty() ? null : usccLines.putIfAbsent(uscc, line.number());
            row.problem(firstUscc == null, "uscc", "import.uscc.twice", uscc, firstUscc);
            String name = f.getName() == null ? null : f.getName().trim();
            Integer firstName = name == null ? null : nameLines.putIfAbsent(name, line.number());
            row.problem(firstName == null, "name", "import.name.twice", name, firstName);
            Long existingId = existing.get(uscc);
            Enterprise before = existingId == null ? null : registry.find(existingId).orElseThrow();
            row.problem(before == null || before.districtId() == district, "uscc", "import.uscc.otherDistrict", uscc,
                    before == null ? "" : before.districtName());
            row.problem(name == null || !names.containsKey(name) || names.get(name).equals(uscc), "name", "import.name.registered",
                    name, names.get(name));
            if (before != null && before.districtId() == district && f.getIndustryId() != null) {
                row.problem(before.industryId() == f.getIndustryId() && Objects.equals(before.parkId(), f.getParkId()), "industryId",
                        "import.unit.changed", uscc);
            }
            boolean ownDistrict = before == null || before.districtId() == district;
            rules.check(f, user, ownDistrict ? existingId : null).violations().forEach(row::rule);
            if (row.clean()) {
                entries.add(new Entry(line.number(), f, contacts, existingId,
                        before == null ? List.of() : changes(before, f, table.contacts(before.id()), contacts)));
            }
        }
        return new Checked(problems, entries);
    }

    private List<Change> changes(Enterprise e, EnterpriseForm f, ImportTable.Contacts was, ImportTable.Contacts now) {
        List<Change> changes = new ArrayList<>();
        change(changes, Column.NAME, e.name(), f.getName());
        change(changes, Column.ADDRESS, e.address(), f.getAddress());
        change(changes, Column.HEADCOUNT, e.headcount(), f.getHeadcount());
        change(changes, Column.WOMEN, e.womenCount(), f.getWomenCount());
        change(changes, Column.DISPATCHED, e.dispatchedCount(), f.getDispatchedCount());
        change(changes, Column.OWNERSHIP, label("ownership." + e.ownership()), label("ownership." + f.getOwnership()));
        change(changes, Column.UNION, label("import.yes." + e.unionFounded()), label("import.yes." + f.isUnionFounded()));
        change(changes, Column.CHAIR, e.unionChair(), f.getUnionChair());
        change(changes, Column.LEGAL_REPRESENTATIVE, e.legalRepresentative(), f.getLegalRepresentative());
        change(changes, Column.DEMOCRATIC_BODY, label("democraticBody." + e.democraticBody()), label("democraticBody." + f.getDemocraticBody()));
        change(changes, Column.CHAIR_MOBILE, was.chairMobile(), now.chairMobile());
        change(changes, Column.CHAIR_EMAIL, was.chairEmail(), now.chairEmail());
        change(changes, Column.LEGAL_REPRESENTATIVE_MOBILE, was.legalRepMobile(), now.legalRepMobile());
        change(changes, Column.LEGAL_REPRESENTATIVE_EMAIL, was.legalRepEmail(), now.legalRepEmail());
        return changes;
    }

    private static void change(List<Change> changes, Column column, Object before, Object after) {
        String b = before == null ? "" : before.toString().trim();
        String a = after == null ? "" : after.toString().trim();
        if (!b.equals(a)) {
            changes.add(new Change(column.headers.get(0), b, a));
        }
    }

    /** A label in Chinese (as the registry's values are kept and shown in the preview's change list). */
    private String label(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }

    private static String upper(String s) {
        return s == null ? null : s.trim().toUpperCase(Locale.ROOT);
    }
}
