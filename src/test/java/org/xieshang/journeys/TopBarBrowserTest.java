package org.xieshang.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.xieshang.testing.BrowserJourney;

/**
 * The top bar fits on one line at 1280 px in Chinese and English for every role, and below 992 px one menu reaches
 * every item the wide bar has, with nothing scrolling sideways at 390 px. Layout alone: checked on H2, not again on
 * PostgreSQL.
 */
@DisabledIf(value = "org.xieshang.testing.TestDatabase#postgres",
        disabledReason = "the top bar's layout does not depend on the database; checked on H2")
class TopBarBrowserTest extends BrowserJourney {

    static final List<String> USERS = List.of("zgh.liu", "rsj.zhao", "xjs.union", "xjs.hr", "xjs.delegate", "dzrj.union");

    @Test
    void the_top_bar_fits_one_line_at_1280_px_and_the_phone_menu_reaches_every_item() throws IOException {
        for (String user : USERS) {
            portal.signIn(user, AccessibilityBrowserTest.PASSWORD);
            for (String lang : List.of("zh_CN", "en")) {
                browser.manage().window().setSize(new Dimension(1280, 900));
                portal.get("/?lang=" + lang);
                List<WebElement> items = browser.findElements(By.cssSelector(".xs-nav > li"));
                assertThat(items).as(user + " " + lang).isNotEmpty();
                Set<Integer> rows = items.stream().map(i -> i.getRect().getY()).collect(Collectors.toSet());
                assertThat(rows).as(user + " " + lang + ": every item on one line").hasSize(1);
                assertThat(browser.findElement(By.cssSelector("nav.navbar")).getRect().getHeight()).as(user + " " + lang).isLessThan(80);
                Set<String> wide = hrefs(".xs-nav a");
                if ("zgh.liu".equals(user) || "xjs.union".equals(user)) {
                    portal.screenshot("topbar-1280-" + user + "-" + lang);
                }

                browser.manage().window().setSize(new Dimension(390, 844));
                portal.get("/?lang=" + lang);
                assertThat(browser.findElement(By.cssSelector(".xs-nav")).isDisplayed()).isFalse();
                browser.findElement(By.cssSelector(".xs-menu > summary")).click();
                List<WebElement> menu = browser.findElements(By.cssSelector(".xs-menu a"));
                assertThat(menu).as(user + " " + lang + ": every menu item can be seen and tapped").allMatch(WebElement::isDisplayed);
                assertThat(hrefs(".xs-menu a")).as(user + " " + lang).isEqualTo(wide);
                assertThat((Boolean) ((JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth > window.innerWidth;")).as(user + " " + lang).isFalse();
                if ("zgh.liu".equals(user)) {
                    portal.screenshot("topbar-390-menu-" + user + "-" + lang);
                }
            }
        }
    }

    private Set<String> hrefs(String selector) {
        return browser.findElements(By.cssSelector(selector)).stream().map(a -> a.getDomAttribute("href")).collect(Collectors.toSet());
    }
}
