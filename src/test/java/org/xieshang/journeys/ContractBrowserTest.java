package org.xieshang.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.xieshang.bargaining.CollectiveBargaining;
import org.xieshang.contract.CollectiveContract;
import org.xieshang.contract.CollectiveContractProcess;
import org.xieshang.negotiation.WageCheck;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.Position;
import org.xieshang.testing.ContractFixture;
import org.xieshang.testing.NegotiationFixture;
import org.xieshang.testing.Portal;
import org.xieshang.testing.ProcessTestSupport;

/**
 * From the approved draft to the published contract in headless Chromium: the union chair sets the term and signs
 * with a seal, HR is refused until the legal representative records her authorisation, HR signs and files, the
 * labour official accepts and reviews with the product's findings, both sides publish, a delegate reads the
 * contract and the official sees it in the register. Screenshots go to target/screenshots/contract-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ContractBrowserTest {

    private static final String PASSWORD = "contract-journey";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    NegotiationFixture negotiationFixture;
    @Autowired
    ContractFixture fixture;
    @Autowired
    PartyDirectory parties;
    @Autowired
    WageCheck wageCheck;

    Portal portal;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void chromium() throws IOException {
        portal = Portal.open(port);
        browser = portal.browser();
        wait = portal.waiting();
        ProcessTestSupport.init(engine);
    }

    @AfterEach
    void close() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void union_chair_hr_labour_official_and_a_delegate_take_the_contract_from_signature_to_publication() throws Exception {
        NegotiationFixture.Table t = negotiationFixture.acceptedWageOffer();
        var congress = fixture.approvedDraft(t);
        long e = t.enterpriseId();
        person(t.union().userId(), "吴", "丽萍", t.union().partyId(), Position.UNION_CHAIR);
        person(t.employer().userId(), "陈", "静", t.employer().partyId(), Position.HR);
        String boss = "boss-b" + e;
        person(boss, "周", "建国", PartyDirectory.employerOf(e), Position.LEGAL_REPRESENTATIVE);
        String official = "rsj-b" + e;
        person(official, "赵", "敏", PartyDirectory.labourBureauOf(t.union().districtId()), Position.BUREAU_OFFICIAL);
        String delegate = congress.delegates().get(0).userId();
        person(delegate, "马", "丽", PartyDirectory.delegatesOf(e), Position.DELEGATE);

        portal.signIn(t.union().userId(), PASSWORD);
        String task = engine.getTaskService().createTaskQuery().processInstanceId(t.instance().getId())
                .taskDefinitionKey(CollectiveBargaining.TASK_PREPARE_CONTRACT).singleResult().getId();
        portal.get("/forms/prepare-contract?taskId=" + task);
        new Select(browser.findElement(By.id("termYears"))).selectByValue("2");
        browser.findElement(By.cssSelector("#prepare-contract button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signatures")));
        String contractPage = browser.getCurrentUrl();
        ProcessTestSupport.executeJobFor(engine, t.instance(), CollectiveBargaining.SERVICE_GENERATE_CONTRACT);
        browser.get(contractPage);
        browser.findElement(By.cssSelector("#sign-form input[name=seal]")).sendKeys(sealFile().toString());
        browser.findElement(By.cssSelector("#sign-form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signatures"), "职工方首席代表（工会主席）"));
        portal.screenshot("contract-1-union-chair-signed");

        portal.signIn(t.employer().userId(), PASSWORD);
        browser.get(contractPage);
        browser.findElement(By.cssSelector("#sign-form button")).click();
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-errors"))).getText()).contains("没有签字权");
        portal.screenshot("contract-2-hr-without-authorisation-refused");

        portal.signIn(boss, PASSWORD);
        portal.get("/contracts/authorisations");
        new Select(browser.findElement(By.cssSelector("#authorise select[name=userId]"))).selectByValue(t.employer().userId());
        browser.findElement(By.cssSelector("#authorise input[name=scope]")).sendKeys("代表法定代表人签署2027年工资专项集体合同");
        browser.findElement(By.cssSelector("#authorise button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("authorisations"), "代表法定代表人签署"));

        portal.signIn(t.employer().userId(), PASSWORD);
        browser.get(contractPage);
        browser.findElement(By.cssSelector("#sign-form button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file-form")));
        String signatures = browser.findElement(By.id("signatures")).getText();
        assertThat(signatures).contains("受法定代表人周建国书面授权", "有效：签名后文件未被改动");
        browser.findElement(By.cssSelector("#file-form button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("filings")));
        portal.screenshot("contract-3-signed-by-both-and-filed");

        portal.signIn(official, PASSWORD);
        wageCheck.setGuideline(new WageCheck.Guideline(t.union().districtId(), java.time.LocalDate.now().getYear(),
                new java.math.BigDecimal("4.0"), new java.math.BigDecimal("6.0"), new java.math.BigDecimal("9.0"),
                new java.math.BigDecimal("2050")), parties.portalUser(official).orElseThrow());
        browser.get(contractPage);
        browser.findElement(By.cssSelector("#accept-form button[value=accept]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-form")));
        assertThat(browser.findElement(By.id("findings")).getText()).contains("出席 30 人", "赞成 30 票", "不低于当地最低工资");
        for (String check : new String[] {"standingOk", "procedureOk", "contentOk"}) {
            browser.findElement(By.cssSelector("#review-form input[name=" + check + "][value=true]")).click();
        }
        portal.screenshot("contract-4-labour-official-reviews");
        browser.findElement(By.cssSelector("#review-form button[value=false]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contract-status"), "履行中"));

        var term = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CollectiveContract.PROCESS_ID)
                .processInstanceBusinessKey(CollectiveContractProcess.key(Long.parseLong(contractPage.replaceAll(".*/", ""))))
                .singleResult();
        ProcessTestSupport.executeJobFor(engine, term, CollectiveContract.SERVICE_ISSUE_PUBLICATION_NOTICE);
        for (String side : new String[] {t.union().userId(), t.employer().userId()}) {
            portal.signIn(side, PASSWORD);
            browser.get(contractPage);
            browser.findElement(By.cssSelector("#publish-form button")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("publish-form")));
        }

        portal.signIn(delegate, PASSWORD);
        portal.get("/contracts");
        browser.findElement(By.cssSelector("#contracts a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("clauses")));
        assertThat(browser.findElement(By.id("clauses")).getText()).contains(ContractFixture.WAGE_CLAUSE);
        assertThat(browser.findElement(By.id("contract-documents")).getText()).contains("集体合同公示");
        portal.screenshot("contract-5-delegate-reads-the-published-contract");

        portal.signIn(official, PASSWORD);
        portal.get("/contracts");
        assertThat(browser.findElement(By.id("contracts")).getText()).contains(t.bargainingCase().partyName(), "履行中");
        portal.screenshot("contract-6-labour-official-register");
    }

    private void person(String userId, String family, String given, String party, Position position) {
        parties.ensurePerson(new PartyDirectory.NewPerson(userId, family, given, null, PASSWORD, party, position, position.name()));
    }

    private static Path sealFile() throws IOException {
        Path seal = Path.of("target", "screenshots", "test-seal.png").toAbsolutePath();
        Files.createDirectories(seal.getParent());
        Files.write(seal, org.xieshang.testing.Seals.png());
        return seal;
    }
}
