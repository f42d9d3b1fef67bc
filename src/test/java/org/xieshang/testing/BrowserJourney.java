package org.xieshang.testing;

import java.io.IOException;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser journey: the app of every other test on its port, a fresh headless Chromium per test, closed
 * afterwards, and process tests' job handling (jobs and timers run by element id).
 */
@XieshangTest
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
