package org.xieshang.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.documents.DocumentService;
import org.xieshang.documents.DocumentType;
import org.xieshang.system.PortalUser;
import org.xieshang.system.Position;
import org.xieshang.testing.NegotiationFixture;
import org.xieshang.testing.BrowserJourney;
import org.xieshang.testing.Portal;
import org.xieshang.testing.ProcessTestSupport;
import org.xieshang.testing.TestEnterprises;

/**
 * Two rounds in headless Chromium: the union chair schedules, the recorder minutes a suspension, both chiefs
 * confirm, the HR chief schedules the agreed second round, the recorder minutes the agreement, and the negotiation
 * page shows every item's positions round by round. Screenshots go to target/screenshots.
 */
@DisabledIf(value = "org.xieshang.testing.TestDatabase#postgres",
        disabledReason = "the negotiation pages and their flow; on PostgreSQL its steps run in NegotiationScenarioTest and the portal in LifecycleBrowserTest")
class NegotiationBrowserTest extends BrowserJourney {

    private static final String PASSWORD = "negotiation-journey";
    private static final String EN_SCHEDULE = "Schedule and send the notice";

    @Autowired
    NegotiationFixture fixture;
    @Autowired
    TestEnterprises enterprises;
    @Autowired
    DocumentService documents;

    NegotiationFixture.Table t;

    @Test
    void a_union_chair_an_hr_chief_and_a_recorder_negotiate_two_rounds_to_agreement() throws IOException {
        t = fixture.acceptedWageOffer();
        fixture.prepare(t);
        login(t.union(), "吴", "丽萍", Position.UNION_CHAIR);
        login(t.employer(), "陈", "静", Position.HR);
        login(t.recorder(), "李", "明", Position.RECORDER);

        portal.signIn(t.union().userId(), PASSWORD);
        openTask(CollectiveBargaining.TASK_SCHEDULE_ROUND);
        portal.type("startsAt", Portal.dateTimeKeys(LocalDate.now().plusDays(7).atTime(9, 0)));
        browser.findElement(By.id("schedule")).click();
        WebElement place = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#place[aria-invalid=true]")));
        String[] notes = place.getDomAttribute("aria-describedby").split(" ");
        assertThat(browser.findElement(By.id(notes[notes.length - 1])).getText())
                .as("the broken rule stands next to its field and the field names it").contains("地点");
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("place");
        portal.screenshot("negotiation-0-error-next-to-its-field");
        browser.navigate().refresh();
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("schedule"))).isDisplayed())
                .as("F5 after a refused step shows the form again, not an error page").isTrue();
        assertThat(browser.getPageSource()).doesNotContain("405", "出错了");
        browser.findElement(By.cssSelector("nav a[lang=en]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav a[lang=zh-CN]")));
        assertThat(browser.getCurrentUrl()).as("the language link keeps the task").contains("taskId=");
        assertThat(browser.findElement(By.id("schedule")).getText()).isEqualTo(EN_SCHEDULE);
        browser.findElement(By.cssSelector("nav a[lang=zh-CN]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav a[lang=en]")));
        portal.type("startsAt", Portal.dateTimeKeys(LocalDate.now().plusDays(7).atTime(9, 0)));
        portal.type("place", "公司三楼会议室");
        browser.findElement(By.id("schedule")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agenda")));
        ProcessTestSupport.executeJobFor(engine, t.instance(), CollectiveBargaining.SERVICE_ISSUE_MEETING_NOTICE);

        portal.signIn(t.recorder().userId(), PASSWORD);
        openTask(CollectiveBargaining.TASK_RECORD_MINUTES);
        portal.type("attendance", "职工方代表3人、企业方代表3人出席");
        line(0, "增长6.5%", "6.5", "增长4%", "4.0", "OPEN", null);
        line(1, "每周40小时", null, "同意", null, "AGREED", "实行标准工时制度，每周工作40小时。");
        line(2, "增加年休假2天", null, "维持现行制度", null, "WITHDRAWN", null);
        new Select(browser.findElement(By.id("outcome"))).selectByValue("SUSPENDED");
        portal.type("nextStartsAt", Portal.dateTimeKeys(LocalDate.now().plusDays(14).atTime(9, 0)));
        portal.type("nextPlace", "公司三楼会议室");
        portal.type("nextItems", "工资增幅");
        portal.screenshot("negotiation-1-recorder-minutes");
        browser.findElement(By.id("submit-minutes")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agenda")));
        confirmBothChiefs();

        portal.signIn(t.employer().userId(), PASSWORD);
        openTask(CollectiveBargaining.TASK_SCHEDULE_ROUND);
        assertThat(browser.findElement(By.id("place")).getAttribute("value")).isEqualTo("公司三楼会议室");
        browser.findElement(By.id("schedule")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agenda")));
        ProcessTestSupport.executeJobFor(engine, t.instance(), CollectiveBargaining.SERVICE_ISSUE_MEETING_NOTICE);

        portal.signIn(t.recorder().userId(), PASSWORD);
        openTask(CollectiveBargaining.TASK_RECORD_MINUTES);
        portal.type("attendance", "职工方代表3人、企业方代表3人出席");
        line(0, "增长5.8%", "5.8", "同意5.8%", "5.8", "AGREED", "2027年职工平均工资增长5.8%。");
        new Select(browser.findElement(By.id("outcome"))).selectByValue("AGREEMENT");
        portal.type("termYears", "1");
        portal.type("wageIncrease", "5.8");
        browser.findElement(By.id("submit-minutes")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agenda")));
        confirmBothChiefs();

        portal.signIn(t.union().userId(), PASSWORD);
        portal.get("/cases/" + t.bargainingCase().id() + "/negotiation");
        String agenda = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agenda"))).getText();
        assertThat(agenda).contains("第 1 次会议", "第 2 次会议", "6.50%", "5.80%", "达成一致", "撤回");
        assertThat(browser.findElement(By.id("rounds")).getText()).contains("企业方首席代表主持");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('agenda').scrollIntoView()");
        portal.screenshot("negotiation-2-round-page-and-comparison");
        assertThat(browser.findElement(By.id("negotiation-documents")).getText()).contains("议题协商对照表", "集体协商会议记录");
        comparisonTableAsPicture();
    }

    /** The generated comparison table itself, rendered by poppler next to the browser screenshots. */
    private void comparisonTableAsPicture() throws IOException {
        var table = documents.ofCaseVisibleTo(t.bargainingCase().caseNo(), t.union()).stream()
                .filter(d -> d.type() == DocumentType.ITEM_COMPARISON).max(java.util.Comparator.comparingInt(d -> d.version()))
                .orElseThrow();
        Path pdf = Path.of("target", "screenshots", "negotiation-3-comparison-table.pdf");
        Files.write(pdf, documents.content(table.id(), t.union()));
        Path pdftoppm = Path.of("/usr/bin/pdftoppm");
        if (Files.isExecutable(pdftoppm)) {
            try {
                new ProcessBuilder(pdftoppm.toString(), "-png", "-r", "80", "-singlefile", pdf.toString(),
                        pdf.toString().replace(".pdf", "")).inheritIO().start().waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            assertThat(Path.of(pdf.toString().replace(".pdf", ".png"))).exists();
        }
    }

    /** The person gets a login with the journey's password (the fixture may have made his account already). */
    private void login(PortalUser user, String family, String given, Position position) {
        enterprises.login(user.userId(), family, given, user.partyId(), position, PASSWORD);
    }

    private void openTask(String key) {
        String id = engine.getTaskService().createTaskQuery().processInstanceId(t.instance().getId()).taskDefinitionKey(key)
                .singleResult().getId();
        portal.get(switch (key) {
            case CollectiveBargaining.TASK_SCHEDULE_ROUND -> "/forms/schedule-round";
            case CollectiveBargaining.TASK_RECORD_MINUTES -> "/forms/record-minutes";
            default -> "/forms/confirm-minutes";
        } + "?taskId=" + id);
    }

    private void confirmBothChiefs() {
        for (var chief : List.of(t.union(), t.employer())) {
            portal.signIn(chief.userId(), PASSWORD);
            openTask(chief == t.union() ? CollectiveBargaining.TASK_CONFIRM_MINUTES_UNION : CollectiveBargaining.TASK_CONFIRM_MINUTES_EMPLOYER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-minutes"))).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agenda")));
        }
        ProcessTestSupport.executeJobFor(engine, t.instance(), CollectiveBargaining.SERVICE_ISSUE_MINUTES);
    }

    /** One line of the minutes form (the open items in agenda order). */
    private void line(int i, String union, String unionIncrease, String employer, String employerIncrease, String outcome, String text) {
        portal.type("lines" + i + ".unionPosition", union);
        if (unionIncrease != null) {
            portal.type("lines" + i + ".unionIncrease", unionIncrease);
            portal.type("lines" + i + ".employerIncrease", employerIncrease);
        }
        portal.type("lines" + i + ".employerPosition", employer);
        new Select(browser.findElement(By.id("lines" + i + ".outcome"))).selectByValue(outcome);
        if (text != null) {
            portal.type("lines" + i + ".agreedText", text);
        }
    }
}
