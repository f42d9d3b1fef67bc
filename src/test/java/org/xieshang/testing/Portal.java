package org.xieshang.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The running portal in Debian's headless Chromium, for browser journeys: sign in, open a page, take a screenshot
 * into target/screenshots. The flags keep Chromium off the network this machine does not have.
 */
public final class Portal implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String SESSION_COOKIE = "JSESSIONID";

    private final int port;
    private final WebDriver browser;
    private final WebDriverWait wait;
    private final Map<String, Cookie> sessions = new HashMap<>();

    /** Skips the test where chromium and chromium-driver are missing (.ci/run installs them). */
    public static Portal open(int port) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian chromium and chromium-driver are needed (.ci/run installs them)");
        return new Portal(port);
    }

    private Portal(int port) throws IOException {
        this.port = port;
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1100", "--lang=zh-CN", "--disable-extensions", "--disable-dev-shm-usage",
                "--disable-features=Translate,OptimizationHints,MediaRouter,PasswordLeakDetection,AutofillServerCommunication",
                "--password-store=basic", "--use-mock-keychain",
                // Bootstrap scrolls smoothly unless motion is reduced; a click would land before the scroll ends.
                "--force-prefers-reduced-motion");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
        // Polls every 100 ms rather than every 500: a journey waits for a page some hundred times.
        wait = new WebDriverWait(browser, Duration.ofSeconds(15), Duration.ofMillis(100));
    }

    public WebDriver browser() {
        return browser;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    /**
     * Signs in through the login form the first time and waits for the home page. Coming back to someone already
     * signed in takes up their session again, as a colleague at their own desk would still be signed in.
     */
    public void signIn(String user, String password) {
        browser.manage().deleteAllCookies();
        Cookie session = sessions.get(user);
        if (session != null) {
            get("/login");
            browser.manage().addCookie(session);
            get("/");
        } else {
            get("/login");
            browser.findElement(By.id("username")).sendKeys(user);
            browser.findElement(By.id("password")).sendKeys(password);
            browser.findElement(By.cssSelector("button[type=submit]")).click();
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("acting-for")));
        sessions.put(user, browser.manage().getCookieNamed(SESSION_COOKIE));
    }

    public void get(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** Replaces what the field with that id holds. */
    public void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** What a user types into Chromium's date field (US-format editor of the headless build). */
    public static String dateKeys(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("MM/dd/yyyy"));
    }

    /** What a user types into Chromium's datetime-local field: the date, tab, then the time with AM/PM. */
    public static String dateTimeKeys(LocalDateTime at) {
        return dateKeys(at.toLocalDate()) + "\t" + at.format(DateTimeFormatter.ofPattern("hhmma", Locale.US));
    }

    /** Claims the case's task from the party's unclaimed list on the home page and opens its form from "my tasks". */
    public void claimAndOpen(String caseNo) {
        get("/");
        rowOf("tasks-unclaimed", caseNo).findElement(By.cssSelector("form button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tasks-mine")));
        rowOf("tasks-mine", caseNo).findElement(By.cssSelector("a.btn")).click();
    }

    private WebElement rowOf(String list, String caseNo) {
        return wait.until(d -> d.findElements(By.cssSelector("#" + list + " tbody tr")).stream()
                .filter(r -> r.getText().contains(caseNo)).findFirst().orElse(null));
    }

    public void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        browser.quit();
    }
}
