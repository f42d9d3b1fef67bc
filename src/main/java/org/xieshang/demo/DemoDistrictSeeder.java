package org.xieshang.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.xieshang.enterprise.DemocraticBody;
import org.xieshang.enterprise.EnterpriseForm;
import org.xieshang.enterprise.EnterpriseRegistry;
import org.xieshang.enterprise.Federation;
import org.xieshang.enterprise.Ownership;
import org.xieshang.jurisdiction.Area;
import org.xieshang.jurisdiction.AreaLevel;
import org.xieshang.jurisdiction.Jurisdictions;
import org.xieshang.system.Localized;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PartyKind;
import org.xieshang.system.PortalUser;
import org.xieshang.system.Position;
import org.yaml.snakeyaml.Yaml;

/**
 * Seeds the demo district (demo/yinchuan-etdz.yaml) on first start. Idempotent: the registry is seeded once
 * (keyed by the district code), people are created when missing, so a restart changes nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = "xieshang.demo.enabled", havingValue = "true")
class DemoDistrictSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDistrictSeeder.class);
    private static final String DATA = "demo/yinchuan-etdz.yaml";
    static final PortalUser SEEDER = new PortalUser("system", "系统", "camunda-admin", PartyKind.ADMIN,
            new Localized("系统", "System"), null, null, null, Position.ADMINISTRATOR, null);

    private final JdbcClient jdbc;
    private final EnterpriseRegistry registry;
    private final PartyDirectory parties;
    private final Jurisdictions jurisdictions;
    private final TransactionTemplate transaction;
    private final String password;

    DemoDistrictSeeder(JdbcClient jdbc, EnterpriseRegistry registry, PartyDirectory parties, Jurisdictions jurisdictions,
                       TransactionTemplate transaction, @Value("${xieshang.demo.password}") String password) {
        this.jurisdictions = jurisdictions;
        this.jdbc = jdbc;
        this.registry = registry;
        this.parties = parties;
        this.transaction = transaction;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> seed(load(DATA)));
    }

    @SuppressWarnings("unchecked")
    private void seed(Map<String, Object> data) {
        Map<String, Object> district = (Map<String, Object>) data.get("district");
        String code = (String) district.get("code");
        long districtId = registry.districtIdByCode(code).orElseGet(() -> {
            long id = seedRegistry(data, district);
            log.info("Seeded demo district {} ({} enterprises)", district.get("nameZh"),
                    ((List<?>) data.get("enterprises")).size());
            return id;
        });
        Map<String, Long> enterprises = new HashMap<>();
        for (Map<String, Object> e : (List<Map<String, Object>>) data.get("enterprises")) {
            enterprises.put((String) e.get("key"), registry.findIdByUscc((String) e.get("uscc")).orElseThrow());
        }
        Map<String, Long> federations = new HashMap<>();
        for (Map<String, Object> f : (List<Map<String, Object>>) data.get("federations")) {
            federations.put((String) f.get("key"), jdbc.sql("select id from federation where name = ?")
                    .param(f.get("name")).query(Long.class).single());
        }
        // The city's and the province's upper-level union and labour bureau watch the district from above.
        Map<AreaLevel, Long> above = new HashMap<>();
        for (Area area : jurisdictions.lineage(jurisdictions.areaOfDistrict(districtId))) {
            if (area.level() != AreaLevel.DISTRICT) {
                jurisdictions.ensureOfficials(area.id());
                above.put(area.level(), area.id());
            }
        }
        for (Map<String, Object> p : (List<Map<String, Object>>) data.get("people")) {
            String userId = (String) p.get("id");
            parties.ensurePerson(new PartyDirectory.NewPerson(userId, (String) p.get("family"), (String) p.get("given"),
                    userId + "@demo.xieshang.org", password, partyOf(p, districtId, above, enterprises, federations),
                    Position.valueOf((String) p.get("position")), (String) p.get("title")));
            for (String key : (List<String>) p.getOrDefault("assigned", List.of())) {
                long enterpriseId = enterprises.get(key);
                if (jdbc.sql("select count(*) from instructor_assignment where user_id = ? and enterprise_id = ?")
                        .params(userId, enterpriseId).query(Integer.class).single() == 0) {
                    jdbc.sql("insert into instructor_assignment (user_id, enterprise_id) values (?, ?)")
                            .params(userId, enterpriseId).update();
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private long seedRegistry(Map<String, Object> data, Map<String, Object> district) {
        long districtId = jurisdictions.registerDistrict(new Jurisdictions.NewDistrict((String) district.get("code"),
                new Localized((String) district.get("nameZh"), (String) district.get("nameEn")), (String) district.get("provinceCode"),
                (String) district.get("cityCode"), new Localized((String) district.get("cityNameZh"), (String) district.get("cityNameEn"))));

        Map<String, Long> parks = new HashMap<>();
        for (Map<String, Object> p : (List<Map<String, Object>>) data.get("parks")) {
            parks.put((String) p.get("key"), insertPark(jdbc, districtId, (String) p.get("nameZh"), (String) p.get("nameEn")));
        }
        Map<String, Long> industries = new HashMap<>();
        for (Map<String, Object> i : (List<Map<String, Object>>) data.get("industries")) {
            String industryCode = (String) i.get("code");
            if (jdbc.sql("select count(*) from industry where code = ?").param(industryCode).query(Integer.class).single() == 0) {
                jdbc.sql("insert into industry (code, name_zh, name_en) values (?, ?, ?)")
                        .params(industryCode, i.get("nameZh"), i.get("nameEn")).update();
            }
            industries.put(industryCode, jdbc.sql("select id from industry where code = ?").param(industryCode)
                    .query(Long.class).single());
        }
        Map<String, Long> enterprises = new HashMap<>();
        for (Map<String, Object> e : (List<Map<String, Object>>) data.get("enterprises")) {
            EnterpriseForm form = new EnterpriseForm();
            form.setDistrictId(districtId);
            form.setParkId(parks.get((String) e.get("park")));
            form.setIndustryId(industries.get((String) e.get("industry")));
            form.setName((String) e.get("name"));
            form.setUscc((String) e.get("uscc"));
            form.setLegalRepresentative((String) e.get("legalRepresentative"));
            form.setHeadcount((Integer) e.get("headcount"));
            form.setWomenCount((Integer) e.get("women"));
            form.setDispatchedCount((Integer) e.get("dispatched"));
            form.setOwnership(Ownership.valueOf((String) e.get("ownership")));
            form.setUnionFounded(e.get("unionChair") != null);
            form.setUnionChair((String) e.get("unionChair"));
            form.setDemocraticBody(DemocraticBody.valueOf((String) e.get("democraticBody")));
            form.setAddress((String) e.get("address"));
            enterprises.put((String) e.get("key"), registry.register(form, SEEDER));
        }
        for (Map<String, Object> f : (List<Map<String, Object>>) data.get("federations")) {
            List<Long> members = ((List<String>) f.get("members")).stream().map(enterprises::get).toList();
            registry.registerFederation(districtId, industries.get((String) f.get("industry")),
                    Federation.Kind.valueOf((String) f.get("kind")), (String) f.get("name"), (String) f.get("chair"),
                    (String) f.get("employerBody"), (String) f.get("employerRepresentative"), members);
        }
        return districtId;
    }

    private static String partyOf(Map<String, Object> person, long districtId, Map<AreaLevel, Long> above,
                                  Map<String, Long> enterprises, Map<String, Long> federations) {
        String party = (String) person.get("party");
        if (person.get("enterprise") != null) {
            long e = enterprises.get((String) person.get("enterprise"));
            return switch (party) {
                case "union" -> PartyDirectory.unionOf(e);
                case "employer" -> PartyDirectory.employerOf(e);
                case "recorder" -> PartyDirectory.recorderOf(e);
                case "delegates" -> PartyDirectory.delegatesOf(e);
                default -> throw new IllegalArgumentException("Unknown enterprise party " + party);
            };
        }
        if (person.get("federation") != null) {
            long f = federations.get((String) person.get("federation"));
            return "union".equals(party) ? PartyDirectory.federationUnionOf(f) : PartyDirectory.federationEmployerOf(f);
        }
        return switch (party) {
            case "labour-bureau" -> PartyDirectory.labourBureauOf(districtId);
            case "upper-union" -> PartyDirectory.upperUnionOf(districtId);
            case "instructors" -> PartyDirectory.instructorsOf(districtId);
            case "city-upper-union" -> PartyDirectory.upperUnionOfArea(above.get(AreaLevel.CITY));
            case "city-labour-bureau" -> PartyDirectory.labourBureauOfArea(above.get(AreaLevel.CITY));
            case "province-upper-union" -> PartyDirectory.upperUnionOfArea(above.get(AreaLevel.PROVINCE));
            case "province-labour-bureau" -> PartyDirectory.labourBureauOfArea(above.get(AreaLevel.PROVINCE));
            default -> throw new IllegalArgumentException("Unknown district party " + party);
        };
    }

    static long insertPark(JdbcClient jdbc, long districtId, String nameZh, String nameEn) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into industrial_park (district_id, name_zh, name_en) values (?, ?, ?)")
                .params(districtId, nameZh, nameEn).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    static Map<String, Object> load(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
