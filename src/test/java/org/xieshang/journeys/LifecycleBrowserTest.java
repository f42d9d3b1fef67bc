package org.xieshang.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.campaign.SpringOfferCampaign;
import org.xieshang.congress.WorkersCongressSession;
import org.xieshang.contract.CollectiveContract;
import org.xieshang.contract.CollectiveContractProcess;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PortalUser;
import org.xieshang.system.Position;
import org.xieshang.testing.CongressFixture;
import org.xieshang.testing.ContractFixture;
import org.xieshang.testing.FreshDistrict;
import org.xieshang.testing.Axe;
import org.xieshang.testing.BrowserJourney;
import org.xieshang.testing.Portal;
import org.xieshang.testing.ProcessTestSupport;
import org.xieshang.testing.Seals;

/**
 * The whole cycle through the portal in headless Chromium, in a district of its own: the district federation's
 * official launches the campaign; the union chair offers and HR accepts; both sides name their delegations, agree
 * the recorder and exchange wage data; the recorder minutes an agreement both chiefs confirm and initial; the union
 * chair runs the congress, a delegate votes on her phone and the rest on paper; the union chair signs with a seal,
 * HR is refused until the legal representative records her authorisation, then signs and files; the labour official
 * accepts and confirms with the product's findings; both sides publish, the delegate reads the contract and the
 * officials see it in the register. Only the congress's roster is set up beforehand (it is elected, not bargained).
 * Jobs and timers run by element id (the job executor is off). Screenshots: target/screenshots/lifecycle-*.png.
 */
class LifecycleBrowserTest extends BrowserJourney {

    private static final String PASSWORD = FreshDistrict.PASSWORD;
    /** The sides agree the term to start on the first of a month after the contract can take effect. */
    private static final LocalDate TERM_STARTS = LocalDate.now().plusMonths(3).withDayOfMonth(1);

    @Autowired
    FreshDistrict districts;
    @Autowired
    CongressFixture congressFixture;
    @Autowired
    JdbcClient jdbc;

    FreshDistrict.District d;
    ProcessInstance bargaining;
    final List<String> accessibility = new ArrayList<>();

    @Test
    void officials_union_chair_hr_recorder_and_a_delegate_take_a_campaign_offer_to_a_published_contract() throws Exception {
        d = districts.create();
        CongressFixture.Body congress = congressFixture.congressOf(d.enterpriseId(), d.unionChair(), d.hr(), 30);
        PortalUser delegate = districts.person(congress.delegates().get(0).userId(), "马", "丽",
                PartyDirectory.delegatesOf(d.enterpriseId()), Position.DELEGATE);

        String caseNo = campaignOpensTheCase();
        offerAnsweredInTime(caseNo);
        bothSidesPrepare(caseNo);
        oneRoundAgreesAndBothChiefsInitial();
        congressApprovesTheDraft(delegate);
        String contractPage = signedByBothChiefsAndFiled();
        reviewedAndConfirmedByTheBureau(contractPage);
        publishedAndReadByStaff(contractPage, delegate);
        assertThat(accessibility).as("axe-core on every page the journey shows").isEmpty();
    }

    /** A screenshot of the page, and axe-core's critical and serious findings on it. */
    private void shot(String name) throws IOException {
        portal.screenshot(name);
        accessibility.addAll(Axe.seriousFindings(browser, name));
    }

    private String campaignOpensTheCase() throws IOException {
        portal.signIn(d.upperUnion().userId(), PASSWORD);
        portal.get("/campaigns");
        browser.findElement(By.id("closesOn")).sendKeys(Portal.dateKeys(LocalDate.now().plusDays(40)));
        press(browser.findElement(By.id("launch")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("figures")));
        String campaignUrl = browser.getCurrentUrl();
        long campaignId = Long.parseLong(campaignUrl.substring(campaignUrl.lastIndexOf('/') + 1));
        ProcessInstance campaign = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("CAMPAIGN-" + campaignId).singleResult();
        ProcessTestSupport.executeJobsWhileWaitingAt(engine, campaign, SpringOfferCampaign.SERVICE_OPEN_CAMPAIGN_CASES);
        browser.get(campaignUrl);
        assertThat(browser.findElement(By.id("campaign-cases")).getText()).contains(d.enterpriseName());
        shot("lifecycle-01-official-launched-the-campaign");
        String caseNo = jdbc.sql("select case_no from bargaining_case where campaign_id = ?").param(campaignId)
                .query(String.class).single();
        bargaining = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
                .processDefinitionKey(CollectiveBargaining.PROCESS_ID).singleResult();
        return caseNo;
    }

    private void offerAnsweredInTime(String caseNo) throws IOException {
        portal.signIn(d.unionChair().userId(), PASSWORD);
        portal.claimAndOpen(caseNo);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("send-offer")));
        press(browser.findElement(By.cssSelector("input[value=REMUNERATION]")));
        press(browser.findElement(By.cssSelector("input[value=WORKING_HOURS]")));
        new Select(browser.findElement(By.id("contractType"))).selectByValue("WAGES");
        portal.type("wageIncreasePercent", "6.5");
        portal.type("lowestWage", "2300");
        browser.findElement(By.id("proposedAt")).sendKeys(Portal.dateTimeKeys(LocalDate.now().plusDays(25).atTime(9, 30)));
        portal.type("proposedPlace", "公司综合楼三楼会议室");
        portal.type("contactName", "吴丽萍");
        portal.type("contactPhone", "0951-6012345");
        confirm("send-offer", "lifecycle-01b-offer-confirmation-states-the-answer-due");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
        ProcessTestSupport.executeJobFor(engine, bargaining, CollectiveBargaining.SERVICE_SEND_OFFER);

        portal.signIn(d.hr().userId(), PASSWORD);
        portal.claimAndOpen(caseNo);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("send-answer")));
        press(browser.findElement(By.cssSelector("input[value=ACCEPT]")));
        browser.findElement(By.id("meetingAt")).sendKeys(Portal.dateTimeKeys(LocalDate.now().plusDays(12).atTime(14, 30)));
        portal.type("meetingPlace", "公司行政楼二楼会议室");
        confirm("send-answer", null);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), "书面回应：接受"));
        shot("lifecycle-02-hr-accepted-the-offer");
        ProcessTestSupport.executeJobFor(engine, bargaining, CollectiveBargaining.SERVICE_ISSUE_RESPONSE_LETTER);
        ProcessTestSupport.executeJobFor(engine, bargaining, CollectiveBargaining.SERVICE_OPEN_PREPARATION);
    }

    private void bothSidesPrepare(String caseNo) throws IOException {
        portal.signIn(d.unionChair().userId(), PASSWORD);
        portal.claimAndOpen(caseNo);
        delegation(List.of("吴丽萍", "工会主席"), List.of("马建国", "工会副主席"), List.of("杨帆", "一线职工代表"));
        submitIn("#recorder form", "name", "李明", "account", d.recorder().userId());
        submitIn("#wage-check form", "request", "近三年工资总额、职工平均工资和最低工资");
        confirmThenClick("finish-preparation");

        portal.signIn(d.hr().userId(), PASSWORD);
        portal.claimAndOpen(caseNo);
        delegation(List.of("周建国", "董事长、法定代表人"), List.of("陈静", "人力资源部经理"), List.of("王芳", "财务部经理"));
        click("agree-recorder");
        submitIn("#wage-check form", "headcount", "600", "averageMonthlyWage", "5200", "lowestMonthlyWage", "2300");
        assertThat(browser.findElement(By.id("wage-check")).getText()).contains(LocalDate.now().getYear() + " 年工资指导线",
                "月平均工资 5,200 元");
        shot("lifecycle-03-hr-prepared");
        confirmThenClick("finish-preparation");
        ProcessTestSupport.executeJobFor(engine, bargaining, CollectiveBargaining.SERVICE_ISSUE_DELEGATION_LIST);
    }

    private void oneRoundAgreesAndBothChiefsInitial() throws IOException {
        portal.signIn(d.unionChair().userId(), PASSWORD);
        openTask(bargaining, CollectiveBargaining.TASK_SCHEDULE_ROUND, "/forms/schedule-round");
        portal.type("startsAt", Portal.dateTimeKeys(LocalDate.now().plusDays(7).atTime(9, 0)));
        portal.type("place", "公司三楼会议室");
        click("schedule");
        ProcessTestSupport.executeJobFor(engine, bargaining, CollectiveBargaining.SERVICE_ISSUE_MEETING_NOTICE);

        portal.signIn(d.recorder().userId(), PASSWORD);
        openTask(bargaining, CollectiveBargaining.TASK_RECORD_MINUTES, "/forms/record-minutes");
        portal.type("attendance", "职工方代表3人、企业方代表3人出席");
        List<WebElement> lines = browser.findElements(By.cssSelector("input[name$='.itemId']"));
        for (int i = 0; i < lines.size(); i++) {
            boolean wages = browser.findElement(By.xpath("//input[@name='lines[" + i + "].itemId']/ancestor::tr")).getText()
                    .contains("劳动报酬");
            portal.type("lines" + i + ".unionPosition", wages ? "增长6.5%" : "每周40小时");
            portal.type("lines" + i + ".employerPosition", wages ? "增长5.8%" : "同意");
            if (wages) {
                portal.type("lines" + i + ".unionIncrease", "6.5");
                portal.type("lines" + i + ".employerIncrease", "5.8");
            }
            new Select(browser.findElement(By.id("lines" + i + ".outcome"))).selectByValue("AGREED");
            portal.type("lines" + i + ".agreedText", wages ? ContractFixture.WAGE_CLAUSE : "实行标准工时制度，每周工作40小时。");
        }
        new Select(browser.findElement(By.id("outcome"))).selectByValue("AGREEMENT");
        portal.type("termYears", "2");
        portal.type("wageIncrease", "5.8");
        browser.findElement(By.id("termStartsOn")).sendKeys(Portal.dateKeys(TERM_STARTS));
        shot("lifecycle-04-recorder-minutes-the-agreement");
        click("submit-minutes");

        for (PortalUser chief : List.of(d.unionChair(), d.hr())) {
            portal.signIn(chief.userId(), PASSWORD);
            openTask(bargaining, chief == d.hr() ? CollectiveBargaining.TASK_CONFIRM_MINUTES_EMPLOYER
                    : CollectiveBargaining.TASK_CONFIRM_MINUTES_UNION, "/forms/confirm-minutes");
            click("confirm-minutes");
        }
        ProcessTestSupport.executeJobFor(engine, bargaining, CollectiveBargaining.SERVICE_ISSUE_MINUTES);
        ProcessTestSupport.executeJobFor(engine, bargaining, CollectiveBargaining.SERVICE_ASSEMBLE_DRAFT);
        for (PortalUser chief : List.of(d.unionChair(), d.hr())) {
            portal.signIn(chief.userId(), PASSWORD);
            openTask(bargaining, chief == d.hr() ? CollectiveBargaining.TASK_INITIAL_DRAFT_EMPLOYER
                    : CollectiveBargaining.TASK_INITIAL_DRAFT_UNION, "/forms/initial-draft");
            click("initial-draft");
        }
    }

    private void congressApprovesTheDraft(PortalUser delegate) throws IOException {
        ProcessInstance session = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(bargaining.getId()).singleResult();
        portal.signIn(d.unionChair().userId(), PASSWORD);
        openTask(session, WorkersCongressSession.TASK_CONVENE_SESSION, "/forms/convene-session");
        new Select(browser.findElement(By.id("kind"))).selectByValue("EXTRAORDINARY");
        portal.type("title", "第一届职工代表大会临时会议");
        browser.findElement(By.id("startsAt")).sendKeys(Portal.dateTimeKeys(LocalDate.now().plusDays(9).atTime(9, 0)));
        portal.type("place", "公司大礼堂");
        browser.findElement(By.id("proposalsCloseOn")).sendKeys(Portal.dateKeys(LocalDate.now()));
        press(browser.findElement(By.id("convene")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("session-status")));
        String console = browser.getCurrentUrl();

        ProcessTestSupport.fireTimer(engine, session, WorkersCongressSession.TIMER_PROPOSAL_WINDOW_CLOSES);
        openTask(session, WorkersCongressSession.TASK_SEND_NOTICE, "/forms/session-notice");
        click("send-notice");
        ProcessTestSupport.executeJobFor(engine, session, WorkersCongressSession.SERVICE_DELIVER_NOTICE);
        ProcessTestSupport.fireTimer(engine, session, WorkersCongressSession.TIMER_SIGN_IN_OPENS);

        openTask(session, WorkersCongressSession.TASK_HOLD_SESSION, "/forms/hold-session");
        String code = browser.findElement(By.id("sign-in-code")).getText().trim();
        // 29 delegates sign the paper sheet; 代表1 signs in on her phone.
        List<WebElement> sheet = browser.findElements(By.cssSelector("form[action$='/paper-sign-in'] label")).stream()
                .filter(l -> !l.getText().trim().equals("代表1")).toList();
        sheet.forEach(l -> press(l.findElement(By.cssSelector("input"))));
        sheet.get(0).findElement(By.cssSelector("input")).submit();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("present"), "29 / 30"));
        press(browser.findElement(By.id("open-1")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("open-round")));

        browser.manage().window().setSize(new Dimension(390, 844));
        portal.signIn(delegate.userId(), PASSWORD);
        portal.get("/congress/me");
        browser.findElement(By.id("code")).sendKeys(code);
        press(browser.findElement(By.id("sign-in")));
        confirmThenClick("vote-for");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("voted")));
        shot("lifecycle-05-delegate-voted-on-her-phone");
        browser.manage().window().setSize(new Dimension(1400, 1100));

        portal.signIn(d.unionChair().userId(), PASSWORD);
        openTask(session, WorkersCongressSession.TASK_HOLD_SESSION, "/forms/hold-session");
        browser.findElements(By.cssSelector("#paper-ballots input[name=delegateId]")).forEach(this::press);
        browser.findElement(By.cssSelector("#paper-ballots input[name=for-0]")).sendKeys("28");
        browser.findElement(By.cssSelector("#paper-ballots input[name=against-0]")).sendKeys("1");
        click("record-paper");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ballots-cast"), "30 / 30"));
        confirmThenClick("close-vote");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("open-round")));
        assertThat(browser.findElement(By.id("items")).getText()).contains("同意 29，反对 1，弃权 0", "通过须 16 票，全体 30 人")
                .doesNotContain("未通过");
        shot("lifecycle-06-congress-approved-the-draft");
        openTask(session, WorkersCongressSession.TASK_HOLD_SESSION, "/forms/hold-session");
        confirmThenClick("close-session");
        ProcessTestSupport.executeJobFor(engine, session, WorkersCongressSession.SERVICE_ISSUE_RESOLUTION);
        ProcessTestSupport.executeJobFor(engine, session, WorkersCongressSession.SERVICE_PUBLISH_DISCLOSURES);
        browser.get(console);
    }

    private String signedByBothChiefsAndFiled() throws IOException {
        portal.signIn(d.unionChair().userId(), PASSWORD);
        openTask(bargaining, CollectiveBargaining.TASK_PREPARE_CONTRACT, "/forms/prepare-contract");
        assertThat(browser.findElement(By.id("agreed-term")).getText()).contains("合同期限 2 年，自 " + TERM_STARTS + " 起计算");
        press(browser.findElement(By.cssSelector("#prepare-contract button")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signatures")));
        String contractPage = browser.getCurrentUrl();
        ProcessTestSupport.executeJobFor(engine, bargaining, CollectiveBargaining.SERVICE_GENERATE_CONTRACT);
        browser.get(contractPage);
        browser.findElement(By.cssSelector("#sign-form input[name=seal]")).sendKeys(sealFile().toString());
        confirm("sign-contract", "lifecycle-06b-signing-asks-first");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signatures"), "职工方首席代表（工会主席）"));
        shot("lifecycle-07-union-chair-signed-with-the-seal");

        portal.signIn(d.hr().userId(), PASSWORD);
        browser.get(contractPage);
        confirm("sign-contract", null);
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-errors"))).getText()).contains("没有签字权");
        shot("lifecycle-08-hr-without-authorisation-refused");

        portal.signIn(d.legalRepresentative().userId(), PASSWORD);
        portal.get("/contracts/authorisations");
        new Select(browser.findElement(By.cssSelector("#authorise select[name=userId]"))).selectByValue(d.hr().userId());
        browser.findElement(By.cssSelector("#authorise input[name=scope]")).sendKeys("代表法定代表人签署2027年工资专项集体合同");
        press(browser.findElement(By.cssSelector("#authorise button")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("authorisations"), "代表法定代表人签署"));

        portal.signIn(d.hr().userId(), PASSWORD);
        browser.get(contractPage);
        confirm("sign-contract", null);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file-form")));
        assertThat(browser.findElement(By.id("signatures")).getText()).contains("受法定代表人周建国书面授权", "有效：签名后文件未被改动");
        confirm("file-contract", null);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("filings")));
        ProcessTestSupport.executeJobFor(engine, bargaining, CollectiveBargaining.SERVICE_ASSEMBLE_FILING_PACKAGE);
        browser.get(contractPage);
        shot("lifecycle-09-signed-by-both-and-filed");
        return contractPage;
    }

    private void reviewedAndConfirmedByTheBureau(String contractPage) throws IOException {
        portal.signIn(d.bureau().userId(), PASSWORD);
        browser.get(contractPage);
        confirm("accept-filing", null);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-form")));
        assertThat(browser.findElement(By.id("findings")).getText()).contains("出席 30 人", "赞成 29 票", "不低于当地最低工资");
        for (String check : new String[] {"standingOk", "procedureOk", "contentOk"}) {
            press(browser.findElement(By.cssSelector("#review-form input[name=" + check + "][value=true]")));
        }
        shot("lifecycle-10-labour-official-reviews-with-findings");
        confirm("review-no-objection", null);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contract-status"), "履行中"));
    }

    private void publishedAndReadByStaff(String contractPage, PortalUser delegate) throws IOException {
        ProcessInstance term = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(CollectiveContract.PROCESS_ID)
                .processInstanceBusinessKey(CollectiveContractProcess.key(Long.parseLong(contractPage.replaceAll(".*/", ""))))
                .singleResult();
        ProcessTestSupport.executeJobFor(engine, term, CollectiveContract.SERVICE_ISSUE_PUBLICATION_NOTICE);
        for (PortalUser side : List.of(d.unionChair(), d.hr())) {
            portal.signIn(side.userId(), PASSWORD);
            browser.get(contractPage);
            press(browser.findElement(By.cssSelector("#publish-form button")));
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("publish-form")));
        }

        portal.signIn(delegate.userId(), PASSWORD);
        portal.get("/contracts");
        press(browser.findElement(By.cssSelector("#contracts a")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("clauses")));
        assertThat(browser.findElement(By.id("clauses")).getText()).contains(ContractFixture.WAGE_CLAUSE);
        assertThat(browser.findElement(By.id("contract-documents")).getText()).contains("集体合同公示");
        shot("lifecycle-11-delegate-reads-the-published-contract");

        for (PortalUser official : List.of(d.bureau(), d.upperUnion())) {
            portal.signIn(official.userId(), PASSWORD);
            portal.get("/contracts");
            assertThat(browser.findElement(By.id("contracts")).getText()).contains(d.enterpriseName(), "履行中");
        }
        shot("lifecycle-12-officials-register");
    }

    // ---- portal steps ---------------------------------------------------------------------------------------

    /** The side's delegation of three, the first its chief (the registry's union chair or legal representative). */
    @SafeVarargs
    private void delegation(List<String>... members) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("delegation-form")));
        for (int i = 0; i < members.length; i++) {
            field("members[" + i + "].name").sendKeys(members[i].get(0));
            field("members[" + i + "].title").sendKeys(members[i].get(1));
        }
        press(browser.findElement(By.cssSelector("#delegation-form input[name=chief][value='0']")));
        click("save-delegation");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("delegations"), members[0].get(0)));
    }

    /** Fills the named fields of the first form under the selector and submits it, back on the same page. */
    private void submitIn(String form, String... namesAndValues) {
        WebElement f = browser.findElement(By.cssSelector(form));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            WebElement field = f.findElement(By.name(namesAndValues[i]));
            if (field.getTagName().equals("select")) {
                new Select(field).selectByValue(namesAndValues[i + 1]);
            } else {
                field.sendKeys(namesAndValues[i + 1]);
            }
        }
        press(f.findElement(By.cssSelector("button")));
        wait.until(ExpectedConditions.stalenessOf(f));
        assertThat(browser.findElements(By.id("form-errors"))).as("errors after " + form).isEmpty();
    }

    /** Clicks the button and waits for the page it leads to. */
    private void click(String id) {
        WebElement button = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        press(button);
        wait.until(ExpectedConditions.stalenessOf(button));
        assertThat(browser.findElements(By.id("form-errors"))).as("errors after " + id).isEmpty();
    }

    /** An irreversible act: its button opens the confirmation, which states the consequence; its own button submits. */
    private void confirm(String id, String screenshot) throws IOException {
        press(browser.findElement(By.id(id + "-open")));
        WebElement yes = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        assertThat(browser.findElement(By.id(id + "-dialog")).getText()).as(id).contains("不可撤回");
        if (screenshot != null) {
            shot(screenshot);
        }
        yes.click();
    }

    /** As {@link #click}, for an act that asks for confirmation first. */
    private void confirmThenClick(String id) {
        press(wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id + "-open"))));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        click(id);
    }

    /** Scrolls the button to the middle of the window first: instantly, as Bootstrap's smooth scrolling would still be moving when Selenium clicks. */
    private void press(WebElement button) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
        button.click();
    }

    private WebElement field(String name) {
        return browser.findElement(By.cssSelector("#delegation-form input[name='" + name + "']"));
    }

    private void openTask(ProcessInstance instance, String key, String form) {
        String id = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
                .singleResult().getId();
        portal.get(form + "?taskId=" + id);
    }

    private static Path sealFile() throws IOException {
        Path seal = Path.of("target", "screenshots", "test-seal.png").toAbsolutePath();
        Files.createDirectories(seal.getParent());
        Files.write(seal, Seals.png());
        return seal;
    }
}
