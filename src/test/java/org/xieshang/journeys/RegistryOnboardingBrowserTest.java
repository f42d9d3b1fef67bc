package org.xieshang.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xieshang.testing.BrowserJourney;
import org.xieshang.testing.FreshDistrict;

/**
 * A district starts from its spreadsheet: the official imports the registry, opens the accounts of its people with
 * a sheet of one-time passwords, and the new employer-side user signs in with hers and must set her own first.
 */
@DisabledIf(value = "org.xieshang.testing.TestDatabase#postgres",
        disabledReason = "the import and the accounts run on PostgreSQL in RegistryImportTest and NotificationsTest")
class RegistryOnboardingBrowserTest extends BrowserJourney {

    @Autowired
    FreshDistrict districts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void an_official_imports_the_registry_opens_accounts_and_the_new_user_must_change_her_one_time_password() throws Exception {
        FreshDistrict.District d = districts.create();
        String uscc = org.xieshang.enterprise.RegistryImportTestSupport.uscc();
        String name = "宁夏新导入科技有限公司" + d.id();
        Path file = Files.createTempFile("registry", ".csv");
        Files.writeString(file, String.join("\n",
                "企业名称,统一社会信用代码,行业,职工人数,登记注册类型,已建工会,工会主席,法定代表人,民主管理形式,法定代表人邮箱",
                name + "," + uscc + ",I65,120,私营企业,是,马兰,杨帆,职工代表大会,"), StandardCharsets.UTF_8);

        portal.signIn(d.upperUnion().userId(), FreshDistrict.PASSWORD);
        portal.get("/enterprises");
        browser.findElement(By.linkText("导入企业名录")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file"))).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form[enctype] button[type=submit]")).click();
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-summary"))).getText()).contains("将新增 1 户企业");
        portal.screenshot("registry-import-preview");
        browser.findElement(By.id("import-apply")).click();
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-outcome"))).getText()).contains("新增 1 户");

        browser.findElement(By.linkText("批量开通账户")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("accounts-q")));
        portal.type("accounts-q", name);
        WebElement unfiltered = browser.findElement(By.id("accounts-q"));
        browser.findElement(By.cssSelector("form[role=search] button")).click();
        // The district's only enterprise is listed before the search too: wait for the searched page itself.
        wait.until(ExpectedConditions.stalenessOf(unfiltered));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("candidates"), name));
        browser.findElement(By.id("delivery-sheet")).click();
        browser.findElement(By.id("open-accounts")).click();
        WebElement legal = wait.until(d2 -> d2.findElements(By.cssSelector("#issued tbody tr")).stream()
                .filter(r -> r.getText().contains("法定代表人")).findFirst().orElse(null));
        portal.screenshot("registry-accounts-sheet");
        String userId = legal.findElements(By.tagName("td")).get(0).getText();
        String oneTime = legal.findElement(By.cssSelector("code.one-time")).getText();
        assertThat(userId).startsWith("e").endsWith(".legal");
        assertThat(browser.findElements(By.cssSelector("#issued tbody tr"))).hasSize(2);

        browser.manage().deleteAllCookies();
        portal.get("/login");
        browser.findElement(By.id("username")).sendKeys(userId);
        browser.findElement(By.id("password")).sendKeys(oneTime);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("one-time-notice")));
        portal.get("/enterprises");
        assertThat(browser.getCurrentUrl()).as("nothing else before her own password").endsWith("/account/password");
        portal.type("current", oneTime);
        portal.type("password", "Yang-fan2026");
        portal.type("confirmation", "Yang-fan2026");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("acting-for")));
        assertThat(browser.findElement(By.id("notice")).getText()).contains("密码");
        portal.screenshot("registry-first-sign-in-done");
        assertThat(jdbc.sql("select count(*) from password_reset where user_id = ?").param(userId).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select p.enterprise_id from person s join party p on p.id = s.party_id where s.user_id = ?").param(userId)
                .query(Long.class).single()).isEqualTo(jdbc.sql("select id from enterprise where uscc = ?").param(uscc).query(Long.class).single());
    }
}
