package dev.keysmith.bootstrap.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's {@code chromium} and {@code chromium-driver} packages, driven through
 * chromedriver. Both paths are given, so Selenium Manager never looks for or downloads a browser or driver.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Surefire runs in the module's directory: this is {@code bootstrap/target/screenshots}. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final WebDriver driver;

    private Browser(WebDriver driver) {
        this.driver = driver;
    }

    /** A desktop-sized window, 1280 by 900. */
    public static Browser desktop() {
        ChromeOptions options = options();
        options.addArguments("--window-size=1280,900");
        return start(options);
    }

    /**
     * A phone's viewport, 390 by 844 CSS pixels. Headless Chromium will not make a window narrower than 500
     * pixels, so the phone is emulated, as the developer tools' device mode does.
     */
    public static Browser phone() {
        ChromeOptions options = options();
        options.addArguments("--window-size=500,900");
        options.setExperimentalOption(
                "mobileEmulation",
                Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 1.0, "touch", true)));
        return start(options);
    }

    /** Fails (never skips) when Chromium is missing: CI installs it, and a developer should too. */
    private static ChromeOptions options() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new AssertionError("The browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + ", from Debian's packages: apt-get install -y chromium chromium-driver"
                    + " (.ci/run installs them when missing)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new", "--disable-dev-shm-usage", "--lang=en-GB", "--no-first-run", "--disable-extensions");
        if ("root".equals(System.getProperty("user.name"))) {
            // Chromium's sandbox refuses to run as root; CI runs as root.
            options.addArguments("--no-sandbox");
        }
        return options;
    }

    private static Browser start(ChromeOptions options) {
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // Finding an element waits for it this long, so a test waits for pages without sleeping.
        driver.manage().timeouts().implicitlyWait(WAIT);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(URI url) {
        driver.get(url.toString());
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Whether an element is on the page now, without waiting for one to appear. */
    public boolean has(String css) {
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return !driver.findElements(By.cssSelector(css)).isEmpty();
        } finally {
            driver.manage().timeouts().implicitlyWait(WAIT);
        }
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Saves what the window shows to {@code bootstrap/target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Clicks something that loads a page (or swaps part of one) and waits until the old element is gone. */
    public void clickAndWait(WebElement element) {
        element.click();
        // Gone means any refusal to touch the old element: Chromium sometimes answers "Node with given id does not
        // belong to the document" instead of a stale-element error while the next page replaces it.
        waitFor(ignored -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    /** Waits until the condition holds, failing after a while. */
    public void waitFor(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, WAIT).until(condition);
    }

    /** Forgets every cookie of every site, so the next test signs in afresh. */
    public void forgetCookies() {
        ((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    @Override
    public void close() {
        driver.quit();
    }
}
