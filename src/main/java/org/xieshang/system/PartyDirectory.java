package org.xieshang.system;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Parties and the people who act for them. A party is a Camunda group with the same id, so BPMN candidate
 * groups, Camunda Tasklist and the portal agree on who may do what; users and passwords live only in
 * Camunda's identity store.
 */
@Service
public class PartyDirectory {

    private final JdbcClient jdbc;
    private final IdentityService identity;

    PartyDirectory(JdbcClient jdbc, IdentityService identity) {
        this.jdbc = jdbc;
        this.identity = identity;
    }

    public static String unionOf(long enterpriseId) {
        return "e" + enterpriseId + "-union";
    }

    public static String employerOf(long enterpriseId) {
        return "e" + enterpriseId + "-employer";
    }

    public static String recorderOf(long enterpriseId) {
        return "e" + enterpriseId + "-recorder";
    }

    public static String delegatesOf(long enterpriseId) {
        return "e" + enterpriseId + "-delegates";
    }

    public static String federationUnionOf(long federationId) {
        return "f" + federationId + "-union";
    }

    public static String federationEmployerOf(long federationId) {
        return "f" + federationId + "-employer";
    }

    public static String federationRecorderOf(long federationId) {
        return "f" + federationId + "-recorder";
    }

    public static String labourBureauOf(long districtId) {
        return "d" + districtId + "-labour-bureau";
    }

    public static String upperUnionOf(long districtId) {
        return "d" + districtId + "-upper-union";
    }

    public static String instructorsOf(long districtId) {
        return "d" + districtId + "-instructors";
    }

    @Transactional
    public void ensureDistrictParties(long districtId, String districtName) {
        ensureParty(labourBureauOf(districtId), PartyKind.LABOUR_BUREAU, districtId, null, null,
                new Localized(districtName + "人力资源和社会保障局", "Labour bureau, " + districtName));
        ensureParty(upperUnionOf(districtId), PartyKind.UPPER_UNION, districtId, null, null,
                new Localized(districtName + "总工会", "Federation of trade unions, " + districtName));
        ensureParty(instructorsOf(districtId), PartyKind.INSTRUCTOR, districtId, null, null,
                new Localized(districtName + "集体协商指导员", "Bargaining instructors, " + districtName));
    }

    public static String labourBureauOfArea(long areaId) {
        return "a" + areaId + "-labour-bureau";
    }

    public static String upperUnionOfArea(long areaId) {
        return "a" + areaId + "-upper-union";
    }

    /** The upper-level union and the labour bureau of a city or province, who watch the districts below. */
    @Transactional
    public void ensureAreaParties(long areaId, String areaName) {
        ensureAreaParty(labourBureauOfArea(areaId), PartyKind.LABOUR_BUREAU, areaId,
                new Localized(areaName + "人力资源和社会保障局", "Labour bureau, " + areaName));
        ensureAreaParty(upperUnionOfArea(areaId), PartyKind.UPPER_UNION, areaId,
                new Localized(areaName + "总工会", "Federation of trade unions, " + areaName));
    }

    private void ensureAreaParty(String id, PartyKind kind, long areaId, Localized name) {
        if (jdbc.sql("select count(*) from party where id = ?").param(id).query(Integer.class).single() == 0) {
            jdbc.sql("insert into party (id, kind, area_id, name_zh, name_en) values (?, ?, ?, ?, ?)")
                    .params(id, kind.name(), areaId, name.zh(), name.en()).update();
        }
        ensureGroup(id, kind, name);
    }

    @Transactional
    public void ensureEnterpriseParties(long districtId, long enterpriseId, String name) {
        enterpriseParties(enterpriseId, name).forEach((kind, party) ->
                ensureParty(party.id(), kind, districtId, enterpriseId, null, party.name()));
    }

    /** The enterprise was renamed in the registry: its parties carry the new name. */
    @Transactional
    public void renameEnterpriseParties(long enterpriseId, String name) {
        enterpriseParties(enterpriseId, name).values().forEach(party -> jdbc.sql("update party set name_zh = ?, name_en = ? where id = ?")
                .params(party.name().zh(), party.name().en(), party.id()).update());
    }

    private record NamedParty(String id, Localized name) {
    }

    private static Map<PartyKind, NamedParty> enterpriseParties(long enterpriseId, String name) {
        Map<PartyKind, NamedParty> parties = new java.util.EnumMap<>(PartyKind.class);
        parties.put(PartyKind.UNION, new NamedParty(unionOf(enterpriseId), new Localized(name + "工会", "Union side, " + name)));
        parties.put(PartyKind.EMPLOYER, new NamedParty(employerOf(enterpriseId),
                new Localized(name + "（企业方）", "Employer side, " + name)));
        parties.put(PartyKind.RECORDER, new NamedParty(recorderOf(enterpriseId),
                new Localized(name + "集体协商记录员", "Recorder, " + name)));
        parties.put(PartyKind.DELEGATE, new NamedParty(delegatesOf(enterpriseId),
                new Localized(name + "职工代表", "Workers' congress delegates, " + name)));
        return parties;
    }

    @Transactional
    public void ensureFederationParties(long districtId, long federationId, String name, String employerBody) {
        ensureParty(federationUnionOf(federationId), PartyKind.UNION, districtId, null, federationId,
                new Localized(name, "Union side, " + name));
        ensureParty(federationEmployerOf(federationId), PartyKind.EMPLOYER, districtId, null, federationId,
                new Localized(employerBody, "Employer side, " + employerBody));
        ensureParty(federationRecorderOf(federationId), PartyKind.RECORDER, districtId, null, federationId,
                new Localized(name + "集体协商记录员", "Recorder, " + name));
    }

    /** Creates the Camunda user (if new) and makes him act for the party; idempotent. */
    @Transactional
    public void ensurePerson(NewPerson p) {
        if (identity.createUserQuery().userId(p.userId()).count() == 0) {
            User user = identity.newUser(p.userId());
            user.setLastName(p.familyName());
            user.setFirstName(p.givenName());
            user.setEmail(p.email());
            user.setPassword(p.password());
            identity.saveUser(user);
        }
        if (identity.createGroupQuery().groupId(p.partyId()).groupMember(p.userId()).count() == 0) {
            identity.createMembership(p.userId(), p.partyId());
        }
        if (jdbc.sql("select count(*) from person where user_id = ?").param(p.userId()).query(Integer.class).single() == 0) {
            jdbc.sql("insert into person (user_id, party_id, position, title) values (?, ?, ?, ?)")
                    .params(p.userId(), p.partyId(), p.position().name(), p.title()).update();
        }
    }

    /** Her mobile number, for the messages that reach her outside the portal (null: none known). */
    public void setMobile(String userId, String mobile) {
        jdbc.sql("update person set mobile = ? where user_id = ?").params(mobile, userId).update();
    }

    public record NewPerson(String userId, String familyName, String givenName, String email, String password,
                            String partyId, Position position, String title) {
    }

    public Optional<PortalUser> portalUser(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return Optional.empty();
        }
        String name = nullToEmpty(user.getLastName()) + nullToEmpty(user.getFirstName());
        Optional<PortalUser> member = jdbc.sql("""
                        select p.id, p.kind, p.name_zh, p.name_en, p.district_id, p.enterprise_id, p.federation_id,
                               p.area_id, s.position
                        from person s join party p on p.id = s.party_id where s.user_id = ?""")
                .param(userId)
                .query((rs, i) -> new PortalUser(userId, name, rs.getString("id"),
                        PartyKind.valueOf(rs.getString("kind")),
                        new Localized(rs.getString("name_zh"), rs.getString("name_en")),
                        (Long) rs.getObject("district_id", Long.class), (Long) rs.getObject("enterprise_id", Long.class),
                        (Long) rs.getObject("federation_id", Long.class), Position.valueOf(rs.getString("position")),
                        rs.getLong("area_id")))
                .optional();
        if (member.isPresent()) {
            return member;
        }
        if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).groupMember(userId).count() > 0) {
            return Optional.of(new PortalUser(userId, name, Groups.CAMUNDA_ADMIN, PartyKind.ADMIN,
                    new Localized("系统管理员", "Administrators"), null, null, null, Position.ADMINISTRATOR, null));
        }
        return Optional.empty();
    }

    /** How the portal names a person (family name first); the account id when there is no such user. */
    public String displayName(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : nullToEmpty(user.getLastName()) + nullToEmpty(user.getFirstName());
    }

    public Optional<Localized> partyName(String partyId) {
        return jdbc.sql("select name_zh, name_en from party where id = ?").param(partyId)
                .query((rs, i) -> new Localized(rs.getString("name_zh"), rs.getString("name_en"))).optional();
    }

    public List<PartyMember> members(String partyId) {
        return jdbc.sql("select user_id, position, title from person where party_id = ? order by position, user_id")
                .param(partyId)
                .query((rs, i) -> {
                    User u = identity.createUserQuery().userId(rs.getString("user_id")).singleResult();
                    String name = u == null ? rs.getString("user_id") : nullToEmpty(u.getLastName()) + nullToEmpty(u.getFirstName());
                    return new PartyMember(rs.getString("user_id"), name, Position.valueOf(rs.getString("position")),
                            rs.getString("title"));
                }).list();
    }

    public record PartyMember(String userId, String name, Position position, String title) {
    }

    /** Which party an account acts for: what a link to a delegate or a recorder is checked against. */
    public record Affiliation(String userId, String partyId, PartyKind kind, Long enterpriseId, Long federationId) {
    }

    /** The affiliations of those accounts that exist (a person acting for a party); unknown ones are absent. */
    public Map<String, Affiliation> affiliations(Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Affiliation> found = new HashMap<>();
        jdbc.sql("""
                        select s.user_id, p.id, p.kind, p.enterprise_id, p.federation_id
                        from person s join party p on p.id = s.party_id where s.user_id in (:ids)""")
                .param("ids", List.copyOf(userIds))
                .query((rs, i) -> new Affiliation(rs.getString("user_id"), rs.getString("id"), PartyKind.valueOf(rs.getString("kind")),
                        rs.getObject("enterprise_id", Long.class), rs.getObject("federation_id", Long.class)))
                .list().forEach(a -> found.put(a.userId(), a));
        return found;
    }

    /** The workers' accounts of these enterprises (their union's and their delegates' parties), by name. */
    public List<PartyMember> workersOf(Collection<Long> enterpriseIds) {
        if (enterpriseIds.isEmpty()) {
            return List.of();
        }
        List<PartyMember> rows = jdbc.sql("""
                        select s.user_id, s.position, s.title from person s join party p on p.id = s.party_id
                        where p.enterprise_id in (:enterprises) and p.kind in (:kinds) order by s.user_id""")
                .param("enterprises", List.copyOf(enterpriseIds))
                .param("kinds", List.of(PartyKind.UNION.name(), PartyKind.DELEGATE.name()))
                .query((rs, i) -> new PartyMember(rs.getString("user_id"), null, Position.valueOf(rs.getString("position")),
                        rs.getString("title")))
                .list();
        Map<String, String> names = new HashMap<>();
        for (int from = 0; from < rows.size(); from += 500) {
            List<String> ids = rows.subList(from, Math.min(rows.size(), from + 500)).stream().map(PartyMember::userId).toList();
            identity.createUserQuery().userIdIn(ids.toArray(String[]::new)).list()
                    .forEach(u -> names.put(u.getId(), nullToEmpty(u.getLastName()) + nullToEmpty(u.getFirstName())));
        }
        return rows.stream().map(m -> new PartyMember(m.userId(), names.getOrDefault(m.userId(), m.userId()), m.position(), m.title()))
                .sorted(Comparator.comparing(PartyMember::name).thenComparing(PartyMember::userId)).toList();
    }

    private void ensureParty(String id, PartyKind kind, long districtId, Long enterpriseId, Long federationId,
                             Localized name) {
        if (jdbc.sql("select count(*) from party where id = ?").param(id).query(Integer.class).single() == 0) {
            jdbc.sql("""
                            insert into party (id, kind, district_id, area_id, enterprise_id, federation_id, name_zh, name_en)
                            values (?, ?, ?, (select area_id from district where id = ?), ?, ?, ?, ?)""")
                    .params(id, kind.name(), districtId, districtId, enterpriseId, federationId, name.zh(), name.en()).update();
        }
        ensureGroup(id, kind, name);
    }

    private void ensureGroup(String id, PartyKind kind, Localized name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name.zh());
            group.setType(kind.name());
            identity.saveGroup(group);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
