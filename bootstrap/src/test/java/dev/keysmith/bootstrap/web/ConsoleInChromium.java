package dev.keysmith.bootstrap.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every console browser test shares: one desktop-sized headless Chromium per test class, started before its
 * first test and closed after its last, and no cookies carried from one test to the next (each starts signed out).
 */
abstract class ConsoleInChromium {

    static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.desktop();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @BeforeEach
    void signedOut() {
        browser.forgetCookies();
    }
}
