package org.xieshang.enterprise;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.system.AccessPolicy;
import org.xieshang.monitoring.Tallies;
import org.xieshang.system.BusinessRuleException;
import org.xieshang.system.Children;
import org.xieshang.system.Localized;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PortalUser;

/** Districts, parks, industries, enterprises and federations, read through the party's scope. */
@Service
public class EnterpriseRegistry {

    static final int MAX_NAME = 193;
    /** No enterprise in China has a million staff on one registration; beyond is a typing error. */
    static final int MAX_STAFF = 1_000_000;

    static final String ENTERPRISE_SELECT = """
            select e.*, d.name_zh as district_name, p.name_zh as park_name, i.code as industry_code,
                   i.name_zh as industry_name
            from enterprise e
            join district d on d.id = e.district_id
            join industry i on i.id = e.industry_id
            left join industrial_park p on p.id = e.park_id
            """;

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final PartyDirectory parties;
    private final Tallies tallies;

    private final EnterpriseRules rules;

    EnterpriseRegistry(JdbcClient jdbc, AccessPolicy access, PartyDirectory parties, Tallies tallies, EnterpriseRules rules) {
        this.rules = rules;
        this.tallies = tallies;
        this.jdbc = jdbc;
        this.access = access;
        this.parties = parties;
    }

    public List<Enterprise> visibleTo(PortalUser user) {
        AccessPolicy.Scope scope = access.enterpriseScope(user, "e");
        return jdbc.sql(ENTERPRISE_SELECT + " where " + scope.condition() + " order by e.headcount desc, e.name")
                .params(scope.params()).query(EnterpriseRegistry::enterprise).list();
    }

    /** How many enterprises the user may see, with a union, with a democratic body, and their staff. */
    public record Figures(int enterprises, int withUnion, int withDemocraticBody, long employees) {
    }

    /** The registry's figures for what the user may see, counted in the database (an official's home page). */
    public Figures figures(PortalUser user) {
        AccessPolicy.Scope scope = access.enterpriseScope(user, "e");
        List<Object> params = new ArrayList<>(List.of(DemocraticBody.NONE.name()));
        params.addAll(scope.params());
        return jdbc.sql("select count(*) as firms, sum(case when e.union_founded = true then 1 else 0 end) as unionised,"
                        + " sum(case when e.democratic_body <> ? then 1 else 0 end) as bodies, coalesce(sum(e.headcount), 0) as staff"
                        + " from enterprise e where " + scope.condition())
                .params(params).query((rs, i) -> new Figures(rs.getInt("firms"), rs.getInt("unionised"), rs.getInt("bodies"),
                        rs.getLong("staff"))).single();
    }

    /** The enterprise if the user's party may see it; otherwise as if it did not exist. */
    public Enterprise get(long id, PortalUser user) {
        if (!access.canSeeEnterprise(user, id)) {
            throw new NotFoundException("enterprise " + id);
        }
        return find(id).orElseThrow(() -> new NotFoundException("enterprise " + id));
    }

    /** For process steps and documents, which act for the system rather than a signed-in user. */
    public Optional<Enterprise> find(long id) {
        return jdbc.sql(ENTERPRISE_SELECT + " where e.id = ?").param(id).query(EnterpriseRegistry::enterprise).optional();
    }

    /** The firms an industry or regional federation covers, by name. */
    public List<Enterprise> members(long federationId) {
        return jdbc.sql(ENTERPRISE_SELECT + " where e.id in (select enterprise_id from federation_member where federation_id = ?)"
                + " order by e.name").param(federationId).query(EnterpriseRegistry::enterprise).list();
    }

    /** For process steps and documents, which act for the system rather than a signed-in user. */
    public Optional<Federation> findFederation(long id) {
        return withMembers(jdbc.sql("select f.*, i.name_zh as industry_name from federation f left join industry i on i.id = f.industry_id where f.id = ?")
                .param(id).query(this::federation).list()).stream().findFirst();
    }

    /**
     * The enterprise row locked until the transaction ends: opening a case for it waits for another opening to
     * commit, so a double click opens one case.
     */
    public void lock(long enterpriseId) {
        jdbc.sql("select id from enterprise where id = ? for update").param(enterpriseId).query(Long.class).list();
    }

    public void lockFederation(long federationId) {
        jdbc.sql("select id from federation where id = ? for update").param(federationId).query(Long.class).list();
    }

    public Optional<Long> findIdByUscc(String uscc) {
        return jdbc.sql("select id from enterprise where uscc = ?").param(uscc).query(Long.class).optional();
    }

    /**
     * Checks every rule first and saves nothing when one fails; on success the enterprise's parties (union,
     * employer, recorder, delegates) exist as Camunda groups.
     */
    @Transactional
    public long register(EnterpriseForm form, PortalUser user) {
        if (!access.canEditRegistry(user)) {
            throw new NotFoundException("registry");
        }
        rules.check(form, user, null).throwIfAny();
        String uscc = EnterpriseRules.uscc(form);
        String chair = blankToNull(form.getUnionChair());

        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into enterprise (district_id, park_id, industry_id, name, uscc, legal_representative,
                            headcount, women_count, dispatched_count, ownership, union_founded, union_chair, democratic_body,
                            address, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(form.getDistrictId(), form.getParkId(), form.getIndustryId(), form.getName().trim(), uscc,
                        form.getLegalRepresentative().trim(), form.getHeadcount(), form.getWomenCount(),
                        form.getDispatchedCount(), form.getOwnership().name(),
                        form.isUnionFounded(), chair, form.getDemocraticBody().name(), blankToNull(form.getAddress()),
                        Timestamp.from(Instant.now()))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        parties.ensureEnterpriseParties(form.getDistrictId(), id, form.getName().trim());
        tallies.enterpriseRegistered(id, form.isUnionFounded(), form.getDemocraticBody() != DemocraticBody.NONE);
        return id;
    }

    @Transactional
    public long registerFederation(long districtId, Long industryId, Federation.Kind kind, String name, String chair,
                                   String employerBody, String employerRepresentative, List<Long> memberIds) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into federation (district_id, industry_id, kind, name, chair, employer_body,
                            employer_representative, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(districtId, industryId, kind.name(), name, chair, employerBody, employerRepresentative,
                        Timestamp.from(Instant.now()))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        memberIds.forEach(m -> jdbc.sql("insert into federation_member (federation_id, enterprise_id) values (?, ?)")
                .params(id, m).update());
        parties.ensureFederationParties(districtId, id, name, employerBody);
        return id;
    }

    public List<Federation> federationsVisibleTo(PortalUser user) {
        Set<Long> visible = access.visibleFederationIds(user);
        return withMembers(jdbc.sql("select f.*, i.name_zh as industry_name from federation f left join industry i on i.id = f.industry_id order by f.name")
                .query(this::federation).list().stream().filter(f -> visible.contains(f.id())).toList());
    }

    public Federation federation(long id, PortalUser user) {
        if (!access.canSeeFederation(user, id)) {
            throw new NotFoundException("federation " + id);
        }
        return withMembers(jdbc.sql("select f.*, i.name_zh as industry_name from federation f left join industry i on i.id = f.industry_id where f.id = ?")
                .param(id).query(this::federation).list()).stream().findFirst().orElseThrow(() -> new NotFoundException("federation " + id));
    }

    public List<Federation> federationsCovering(long enterpriseId) {
        return withMembers(jdbc.sql("""
                        select f.*, i.name_zh as industry_name from federation f
                        left join industry i on i.id = f.industry_id
                        join federation_member m on m.federation_id = f.id where m.enterprise_id = ?""")
                .param(enterpriseId).query(this::federation).list());
    }

    public List<Choice> districts(PortalUser user) {
        return jdbc.sql("select id, code, name_zh, name_en from district order by id").query(this::choice).list()
                .stream().filter(d -> user.admin() || Long.valueOf(d.id()).equals(user.districtId())).toList();
    }

    public Optional<Choice> district(long id) {
        return jdbc.sql("select id, code, name_zh, name_en from district where id = ?").param(id).query(this::choice).optional();
    }

    public Optional<Long> districtIdByCode(String code) {
        return jdbc.sql("select id from district where code = ?").param(code).query(Long.class).optional();
    }

    public String provinceOf(long districtId) {
        return jdbc.sql("select province_code from district where id = ?").param(districtId).query(String.class).single();
    }

    /** The province of an enterprise or a federation (exactly one is set): its clocks are that province's. */
    public String provinceOf(Long enterpriseId, Long federationId) {
        return enterpriseId != null
                ? jdbc.sql("select d.province_code from enterprise e join district d on d.id = e.district_id where e.id = ?")
                        .param(enterpriseId).query(String.class).single()
                : jdbc.sql("select d.province_code from federation f join district d on d.id = f.district_id where f.id = ?")
                        .param(federationId).query(String.class).single();
    }

    public List<Choice> parks(PortalUser user) {
        Set<Long> districts = Set.copyOf(districts(user).stream().map(Choice::id).toList());
        return jdbc.sql("select id, district_id as code, name_zh, name_en from industrial_park order by id").query(this::choice)
                .list().stream().filter(p -> districts.contains(Long.valueOf(p.code()))).toList();
    }

    public List<Choice> industries() {
        return jdbc.sql("select id, code, name_zh, name_en from industry order by code").query(this::choice).list();
    }

    private Choice choice(ResultSet rs, int row) throws SQLException {
        return new Choice(rs.getLong("id"), rs.getString("code"), new Localized(rs.getString("name_zh"), rs.getString("name_en")));
    }

    static Enterprise enterprise(ResultSet rs, int row) throws SQLException {
        return new Enterprise(rs.getLong("id"), rs.getLong("district_id"), rs.getString("district_name"),
                rs.getObject("park_id", Long.class), rs.getString("park_name"), rs.getLong("industry_id"),
                rs.getString("industry_code"), rs.getString("industry_name"), rs.getString("name"),
                rs.getString("uscc"), rs.getString("legal_representative"), rs.getInt("headcount"),
                rs.getObject("women_count", Integer.class), rs.getObject("dispatched_count", Integer.class),
                Ownership.valueOf(rs.getString("ownership")), rs.getBoolean("union_founded"),
                rs.getString("union_chair"), DemocraticBody.valueOf(rs.getString("democratic_body")),
                rs.getString("address"));
    }

    /** Each federation with its member enterprises, by name (as Java orders names, the same on every database). */
    private List<Federation> withMembers(List<Federation> federations) {
        return Children.attach(jdbc, federations, Federation::id, """
                        select m.federation_id, e.id, e.name, e.headcount from federation_member m join enterprise e on e.id = m.enterprise_id
                        where m.federation_id in (:ids)""",
                (r, i) -> new Children.Of<>(r.getLong("federation_id"), new Federation.Member(r.getLong("id"), r.getString("name"),
                        r.getInt("headcount"))),
                (f, members) -> new Federation(f.id(), f.districtId(), f.kind(), f.name(), f.industryName(), f.chair(), f.employerBody(),
                        f.employerRepresentative(), members.stream().sorted(Comparator.comparing(Federation.Member::name)).toList()));
    }

    private Federation federation(ResultSet rs, int row) throws SQLException {
        return new Federation(rs.getLong("id"), rs.getLong("district_id"), Federation.Kind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("industry_name"), rs.getString("chair"),
                rs.getString("employer_body"), rs.getString("employer_representative"), List.of());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
