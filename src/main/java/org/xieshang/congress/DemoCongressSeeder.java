package org.xieshang.congress;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.enterprise.DemocraticBody;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PortalUser;
import org.xieshang.system.Position;

/**
 * On first start of the demo district, 鑫晶盛's union establishes its congress (36 delegates, the demo delegate 马丽
 * among them with her login), records a joint meeting, and convenes the annual session in two weeks with its
 * proposal window open: one proposal awaits 马丽's co-signature, another awaits the union's review.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class DemoCongressSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCongressSeeder.class);
    private static final String USCC = "91640100MA76XJ5175";

    private final CongressRegistry congresses;
    private final SessionSteps sessions;
    private final ProposalSteps proposals;
    private final JointMeetings jointMeetings;
    private final PartyDirectory parties;
    private final DeadlineService deadlines;
    private final JdbcClient jdbc;
    private final boolean enabled;
    private final String password;

    DemoCongressSeeder(CongressRegistry congresses, SessionSteps sessions, ProposalSteps proposals,
                       JointMeetings jointMeetings, PartyDirectory parties, DeadlineService deadlines, JdbcClient jdbc,
                       @Value("${xieshang.demo.enabled}") boolean enabled, @Value("${xieshang.demo.password}") String password) {
        this.password = password;
        this.congresses = congresses;
        this.sessions = sessions;
        this.proposals = proposals;
        this.jointMeetings = jointMeetings;
        this.parties = parties;
        this.deadlines = deadlines;
        this.jdbc = jdbc;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        List<Long> ids = jdbc.sql("select id from enterprise where uscc = ?").param(USCC).query(Long.class).list();
        if (ids.isEmpty() || parties.portalUser("xjs.union").isEmpty()) {
            return;
        }
        CongressOwner owner = CongressOwner.enterprise(ids.get(0));
        if (congresses.current(owner).isPresent()) {
            return;
        }
        seed(owner, parties.portalUser("xjs.union").orElseThrow());
        log.info("Seeded the demo workers' congress of 鑫晶盛");
    }

    private void seed(CongressOwner owner, PortalUser union) {
        congresses.establish(owner, DemocraticBody.WORKERS_CONGRESS, deadlines.today().minusMonths(11).withDayOfMonth(1), 5, union);
        StringBuilder csv = new StringBuilder(CongressRegistry.CSV_HEADER + "," + CongressRegistry.CSV_ACCOUNT_COLUMN + "\n");
        csv.append("马丽,晶体生长车间,工人,女,否,xjs.delegate\n");
        String[] families = {"张", "李", "王", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"};
        String[] given = {"建华", "秀英", "志强", "海燕", "国栋", "晓梅", "立新", "春花", "永刚", "丽娟", "红军", "雪莲"};
        String[] shops = {"晶体生长车间", "切片车间", "研磨抛光车间", "质检中心", "设备动力部", "机关"};
        for (int i = 1; i < 36; i++) {
            if (i >= 11 && i <= 13) {
                // Three more delegates with logins: the seeder files and co-signs proposals as them, so 马丽
                // (xjs.delegate) finds one to co-sign and the union one to review.
                parties.ensurePerson(new PartyDirectory.NewPerson("xjs.d" + i, families[i % 12], given[(i * 5 + i / 12) % 12], null,
                        password, PartyDirectory.delegatesOf(owner.enterpriseId()), Position.DELEGATE, "职工代表"));
            }
            String category = i <= 4 ? "管理人员" : (i <= 10 ? "技术人员" : "工人");
            csv.append(families[i % 12]).append(given[(i * 5 + i / 12) % 12]).append(',').append(shops[i % 6]).append(',')
                    .append(category).append(',').append(i % 3 == 0 ? "女" : "男").append(',').append(i % 9 == 0 ? "是" : "否")
                    .append(',').append(i >= 11 && i <= 13 ? "xjs.d" + i : "").append('\n');
        }
        var errors = congresses.importCsv(owner, csv.toString(), union);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("demo congress roster: " + errors);
        }
        jointMeetings.record(owner, deadlines.today().minusDays(20), "各代表团团长、工会主席、厂务公开领导小组成员共11人",
                "冬季取暖补贴发放时间提前", "2026年冬季取暖补贴于11月底前随工资一并发放。", union);
        CongressSession session = sessions.convene(owner, new Agenda.Plan(SessionKind.ANNUAL,
                "第三届职工代表大会第二次会议", deadlines.today().plusDays(14).atTime(9, 0), "公司综合楼三楼报告厅",
                deadlines.today().plusDays(4), List.of(
                        new Agenda.NewItem(ItemKind.REPORT, "总经理2026年度工作报告", null, BallotKind.NONE, null, List.of()),
                        new Agenda.NewItem(ItemKind.APPROVE, "2027年度职工福利基金使用方案", null, BallotKind.SECRET, null,
                                List.of()),
                        new Agenda.NewItem(ItemKind.RULE, "《员工考勤与休假管理办法》（修订稿）", "涉及工时、休息休假，依《劳动合同法》第四条讨论后与工会协商确定",
                                BallotKind.OPEN, null, List.of()),
                        new Agenda.NewItem(ItemKind.ELECT, "补选职工董事", null, BallotKind.SECRET, 1, List.of("王海燕", "刘国栋")))),
                union);
        PortalUser first = parties.portalUser("xjs.d11").orElseThrow();
        PortalUser second = parties.portalUser("xjs.d12").orElseThrow();
        PortalUser third = parties.portalUser("xjs.d13").orElseThrow();
        proposals.file(session.id(), "关于夜班职工通勤班车的建议", "夜班下班时段无公交，建议增设两条夜班班车线路。", first);
        Proposal submitted = proposals.file(session.id(), "关于洁净车间更衣室扩容的建议", "换班高峰更衣室拥挤，建议扩建或错峰。", second);
        proposals.cosign(submitted.id(), third);
        proposals.cosign(submitted.id(), first);
    }

}
