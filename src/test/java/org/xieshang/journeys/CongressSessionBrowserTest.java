package org.xieshang.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.xieshang.congress.Attendance;
import org.xieshang.congress.BallotKind;
import org.xieshang.congress.CongressSession;
import org.xieshang.congress.Agenda;
import org.xieshang.congress.Results;
import org.xieshang.congress.Sessions;
import org.xieshang.congress.ItemKind;
import org.xieshang.congress.SessionKind;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.system.Position;
import org.xieshang.testing.CongressFixture;
import org.xieshang.testing.BrowserJourney;
import org.xieshang.testing.TestEnterprises;
import org.xieshang.testing.TestClock;

/**
 * The day of a congress session in headless Chromium: the union chair runs the console on a desktop (paper
 * sign-in, opening the vote), a delegate signs in with the hall's code and votes on a phone-sized window, the
 * console shows the turnout live, and the projector page shows the result. Screenshots go to target/screenshots.
 */
@DisabledIf(value = "org.xieshang.testing.TestDatabase#postgres",
        disabledReason = "the session console and its flow; on PostgreSQL its steps run in the congress scenario tests and the portal in LifecycleBrowserTest")
class CongressSessionBrowserTest extends BrowserJourney {

    private static final String PASSWORD = "congress-journey";

    @Autowired
    CongressFixture fixture;
    @Autowired
    TestEnterprises enterprises;
    @Autowired
    Sessions sessions;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    Attendance attendance;
    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void the_union_runs_the_vote_a_delegate_votes_on_her_phone_and_the_hall_sees_the_result() throws IOException {
        CongressFixture.Body body = fixture.congress(30);
        String chair = body.union().userId();
        String delegate = body.delegates().get(0).userId();
        enterprises.login(chair, "吴", "丽萍", body.union().partyId(), Position.UNION_CHAIR, PASSWORD);
        enterprises.login(delegate, "代", "表一", body.delegates().get(0).partyId(), Position.DELEGATE, PASSWORD);
        CongressSession session = fixture.signInOpen(body, new Agenda.Plan(SessionKind.ANNUAL,
                "第一届职工代表大会第三次会议", deadlines.today().plusDays(8).atTime(9, 0), "职工之家", LocalDate.now(),
                List.of(new Agenda.NewItem(ItemKind.APPROVE, "2027年度职工福利基金使用方案", null, BallotKind.SECRET, null,
                        List.of()), new Agenda.NewItem(ItemKind.ELECT, "补选厂务公开监督小组成员", null, BallotKind.SECRET, 1,
                        List.of("张敏", "李强")))));
        // The code turns every two minutes; the hall's clock stands still for the journey.
        clock.setNow(Instant.now());
        String code = attendance.currentCode(sessions.session(session.id()));

        portal.signIn(chair, PASSWORD);
        portal.get("/congress/sessions/" + session.id());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sign-in-code"), code));
        // 21 delegates signed the paper sheet; 代表1 will sign in on her phone.
        List<WebElement> sheet = browser.findElements(By.cssSelector("label.form-check-label")).stream()
                .filter(l -> !l.getText().trim().equals("代表1")).limit(21).toList();
        sheet.forEach(l -> l.findElement(By.cssSelector("input")).click());
        sheet.get(0).findElement(By.cssSelector("input")).submit();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("present"), "21 / 30"));
        browser.findElement(By.id("open-1")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("open-round")));
        portal.screenshot("congress-1-union-console");

        browser.manage().window().setSize(new Dimension(390, 844));
        portal.signIn(delegate, PASSWORD);
        portal.get("/congress/me");
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("vote-for")));
        portal.screenshot("congress-2-delegate-phone-ballot");
        browser.findElement(By.id("vote-for-open")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("vote-for-dialog"))).getText())
                .contains("您选择：同意", "不能更改");
        portal.screenshot("congress-ballot-review-before-casting");
        browser.findElement(By.id("vote-for")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("voted")));
        assertThat(browser.findElement(By.id("voted")).getText()).contains("您已投票");
        portal.screenshot("congress-3-delegate-phone-voted");

        browser.manage().window().setSize(new Dimension(1400, 1000));
        portal.signIn(chair, PASSWORD);
        portal.get("/congress/sessions/" + session.id());
        // The console polls every 3 s: 22 present, 1 ballot, and who has voted.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ballots-cast"), "1 / 22"));
        assertThat(browser.findElement(By.id("open-round")).getText()).contains("代表1");
        browser.findElement(By.id("close-vote-open")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("close-vote"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("open-round")));
        assertThat(browser.findElement(By.id("items")).getText()).contains("未通过").contains("通过须 16 票，全体 30 人");
        portal.get("/congress/sessions/" + session.id() + "/screen");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("screen")));
        assertThat(browser.findElement(By.id("screen")).getText()).contains("1 / 0 / 0");
        portal.screenshot("congress-4-projector");

        portal.get("/congress/sessions/" + session.id());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("open-2"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("open-round")));
        browser.manage().window().setSize(new Dimension(390, 844));
        portal.signIn(delegate, PASSWORD);
        portal.get("/congress/me");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("seats-left")));
        assertThat(browser.findElements(By.cssSelector("#ballot input[type=radio]:checked"))).as("an election ballot pre-selects nothing").isEmpty();
        browser.findElement(By.cssSelector("label[for='c1-FOR']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("seats-left"), "还可选 0 人"));
        browser.findElement(By.cssSelector("label[for='c2-FOR']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("seats-left"), "超过应选名额 1 人"));
        portal.screenshot("congress-5-election-counts-the-seats");
    }

}
