package org.xieshang.testing;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.jurisdiction.Jurisdictions;
import org.xieshang.negotiation.Authorisations;
import org.xieshang.negotiation.WageCheck;
import org.xieshang.system.Localized;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PortalUser;
import org.xieshang.system.Position;

/**
 * A district of its own with one unionised enterprise of 600 staff, for tests that launch a campaign: the campaign
 * then opens exactly that enterprise's case, whatever other tests left in the demo district. Everyone has a login
 * with {@link #PASSWORD}, so a browser can sign them in.
 */
@Component
public class FreshDistrict {

    public static final String PASSWORD = "lifecycle-journey";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final PartyDirectory parties;
    private final TestEnterprises enterprises;
    private final WageCheck wageCheck;
    private final DeadlineService deadlines;
    private final Authorisations authorisations;
    private final Jurisdictions jurisdictions;

    FreshDistrict(JdbcClient jdbc, PartyDirectory parties, TestEnterprises enterprises, WageCheck wageCheck,
                  DeadlineService deadlines, Authorisations authorisations, Jurisdictions jurisdictions) {
        this.jurisdictions = jurisdictions;
        this.authorisations = authorisations;
        this.jdbc = jdbc;
        this.parties = parties;
        this.enterprises = enterprises;
        this.wageCheck = wageCheck;
        this.deadlines = deadlines;
    }

    public record District(long id, String name, PortalUser upperUnion, PortalUser bureau, long enterpriseId,
                           String enterpriseName, PortalUser unionChair, PortalUser hr, PortalUser legalRepresentative,
                           PortalUser recorder) {
    }

    /** The district, its officials, this year's wage guideline (minimum wage 2,050 yuan) and the enterprise. */
    public District create() {
        return create("640000");
    }

    /** The same in a district of another province (GB/T 2260 code), whose clock overrides then apply. */
    public District create(String provinceCode) {
        return create(provinceCode, provinceCode.substring(0, 2) + "0100");
    }

    /** The same in a district of that city (GB/T 2260 code) of that province. */
    public District create(String provinceCode, String cityCode) {
        int n = SEQUENCE.incrementAndGet();
        String name = "测试" + n + "区";
        long id = jurisdictions.registerDistrict(new Jurisdictions.NewDistrict("T" + System.nanoTime() % 1_000_000_000_000L + n,
                new Localized(name, "Test district " + n), provinceCode, cityCode, new Localized("测试市" + cityCode, "City " + cityCode)));
        PortalUser upperUnion = person("zgh-d" + id, "刘", "洋", PartyDirectory.upperUnionOf(id), Position.UPPER_UNION_OFFICIAL);
        PortalUser bureau = person("rsj-d" + id, "赵", "敏", PartyDirectory.labourBureauOf(id), Position.BUREAU_OFFICIAL);
        wageCheck.setGuideline(new WageCheck.Guideline(id, deadlines.today().getYear(), new BigDecimal("4.0"),
                new BigDecimal("6.0"), new BigDecimal("9.0"), new BigDecimal("2050")), bureau);

        long e = enterprises.register(upperUnion, "宁夏全流程测试", 600, 280, 0);
        String enterpriseName = jdbc.sql("select name from enterprise where id = ?").param(e).query(String.class).single();
        PortalUser hr = person("hr-l" + e, "陈", "静", PartyDirectory.employerOf(e), Position.HR);
        PortalUser boss = person("boss-l" + e, "周", "建国", PartyDirectory.employerOf(e), Position.LEGAL_REPRESENTATIVE);
        // The HR manager leads the employer side at the table on the legal representative's letter; signing needs its own.
        authorisations.authorise(hr.userId(), deadlines.today(), deadlines.today().plusYears(1), "担任企业方首席代表",
                Authorisations.Act.CHIEF, boss);
        return new District(id, name, upperUnion, bureau, e, enterpriseName,
                person("chair-l" + e, "吴", "丽萍", PartyDirectory.unionOf(e), Position.UNION_CHAIR), hr, boss,
                person("rec-l" + e, "李", "明", PartyDirectory.recorderOf(e), Position.RECORDER));
    }

    /** Someone of the party with a login to the portal (also for people a fixture made, a delegate of a roster, say). */
    public PortalUser person(String userId, String family, String given, String partyId, Position position) {
        return enterprises.login(userId, family, given, partyId, position, PASSWORD);
    }
}
