package org.xieshang.testing;

import java.io.IOException;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A browser journey: the app on a random port (one context shared by every journey), a fresh headless Chromium per
 * test, closed afterwards, and process tests' job handling (jobs and timers run by element id).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserJourney {

    @LocalServerPort
    protected int port;
    @Autowired
    protected ProcessEngine engine;

    protected Portal portal;
    protected WebDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void openChromium() throws IOException {
        portal = Portal.open(port);
        browser = portal.browser();
        wait = portal.waiting();
        ProcessTestSupport.init(engine);
    }

    @AfterEach
    void closeChromium() {
        if (portal != null) {
            portal.close();
        }
    }
}
