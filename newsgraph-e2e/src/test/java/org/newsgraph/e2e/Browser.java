package org.newsgraph.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * One headless Chromium (Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}) for a
 * test class: opening pages of a local server, waiting for them, screenshots at laptop and phone
 * width into {@code target/screenshots}, and the browser console.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Dimension LAPTOP = new Dimension(1366, 900);
    static final Dimension PHONE = new Dimension(390, 844);

    /**
     * Selenium looks for a DevTools binding matching the browser and warns when it has none; these
     * tests use WebDriver only, so the warning is noise. Held here so the logger keeps its level.
     */
    private static final java.util.logging.Logger CDP_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    static {
        CDP_LOG.setLevel(Level.SEVERE);
    }

    final ChromeDriver driver;
    final String base;
    private final Path screenshots;

    Browser(String base) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("the UI tests need Debian's chromium and chromium-driver: "
                    + "apt-get update && apt-get install -y chromium chromium-driver (.ci/run does this)");
        }
        this.base = base;
        this.screenshots = Path.of(System.getProperty("newsgraph.screenshots", "target/screenshots"));
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=en-GB",
                "--window-size=" + LAPTOP.width + "," + LAPTOP.height, "--force-device-scale-factor=1",
                "--disable-extensions", "--no-first-run", "--disable-background-networking", "--disable-component-update");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    /** Loads a page of the UI and waits until it has rendered. */
    void open(String path) {
        driver.get(base + path);
        ready();
    }

    /** Waits until the page is rendered (the app marks main with aria-busy while it loads). */
    void ready() {
        waitFor("page rendered", () -> Boolean.TRUE.equals(js("return document.readyState === 'complete' && "
                + "!!document.querySelector('main') && !document.querySelector('main[aria-busy]') && document.querySelector('main').children.length > 0")));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * Moves the mouse onto the first line of an inline element: the centre of a quote that wraps over
     * several lines can fall on the gap between two of them, where nothing is hovered.
     */
    void hover(WebElement inline) {
        js("arguments[0].scrollIntoView({block: 'center'})", inline);
        @SuppressWarnings("unchecked")
        java.util.Map<String, Number> r = (java.util.Map<String, Number>) js(
                "const r = arguments[0].getClientRects()[0]; return {x: r.left + Math.min(20, r.width / 2), y: r.top + r.height / 2};", inline);
        new org.openqa.selenium.interactions.Actions(driver).moveToLocation(r.get("x").intValue(), r.get("y").intValue()).perform();
    }

    static void waitFor(String what, Supplier<Boolean> condition) {
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < end) {
            try {
                if (Boolean.TRUE.equals(condition.get())) return;
            } catch (RuntimeException e) {
                last = e;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("timed out waiting for: " + what, last);
    }

    List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    WebElement el(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Clicks and waits until the single-page app has navigated and rendered the new page. */
    void clickAndWait(WebElement e) {
        String before = path();
        e.click();
        waitFor("navigation away from " + before, () -> !path().equals(before));
        ready();
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    String path() {
        return (String) js("return location.pathname + location.search");
    }

    /** Severe entries of the browser console since the last call (errors, failed loads). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    /**
     * Full-page screenshots: {@code name-laptop.png} of the page as it is (hover and focus included),
     * then {@code name-phone.png} of the page loaded afresh at phone width, as a phone would get it.
     * Afterwards the page is loaded afresh at laptop width.
     */
    void screenshots(String name) throws IOException {
        shoot(name + "-laptop", LAPTOP);
        driver.manage().window().setSize(PHONE);
        driver.navigate().refresh();
        ready();
        shoot(name + "-phone", PHONE);
        driver.manage().window().setSize(LAPTOP);
        driver.navigate().refresh();
        ready();
    }

    /** Whether the page is wider than the window at phone width (content cut off or scrolling sideways). */
    long overflowAtPhoneWidth() {
        driver.manage().window().setSize(PHONE);
        try {
            return (Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        } finally {
            driver.manage().window().setSize(LAPTOP);
        }
    }

    private void shoot(String name, Dimension size) throws IOException {
        driver.manage().window().setSize(size);
        long height = (Long) js("return Math.ceil(document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new Dimension(size.width, (int) Math.min(Math.max(size.height, height), 5000)));
        Files.createDirectories(screenshots);
        File f = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), screenshots.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(size);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
