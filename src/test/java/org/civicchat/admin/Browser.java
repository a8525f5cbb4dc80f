package org.civicchat.admin;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, both named explicitly so Selenium
 * Manager never downloads anything; a fresh profile per browser, deleted on close.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    private Browser(String base, int width, int height) {
        this.base = base;
        try {
            this.profile = Files.createTempDirectory("civicchat-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=zh-CN", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** True when Debian's chromium and chromium-driver are installed (the tests are skipped otherwise). */
    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    static Browser open(int port, int width, int height) {
        return new Browser("http://127.0.0.1:" + port, width, height);
    }

    WebDriver driver() {
        return driver;
    }

    Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    /** Signs in through the console's form and waits for the console's menu. */
    Browser signIn(String user, String password) {
        go("/console/login.html");
        find(By.id("username")).sendKeys(user);
        find(By.id("password")).sendKeys(password);
        find(By.id("sign-in")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#nav a")));
        return this;
    }

    /** Opens a console page (#/tickets …) and waits until it says it has drawn itself. */
    Browser page(String hash) {
        String url = base + "/console/#/" + hash;
        if (url.equals(driver.getCurrentUrl())) {
            driver.navigate().refresh();
        } else {
            driver.get(url);
        }
        return ready();
    }

    /** Waits until the page on screen says it has drawn itself (each page sets data-ready on its view). */
    Browser ready() {
        await(d -> !d.findElements(By.cssSelector("#page > .view[data-ready='true']")).isEmpty());
        return this;
    }

    WebElement find(By by) {
        return await(ExpectedConditions.presenceOfElementLocated(by));
    }

    WebElement visible(By by) {
        return await(ExpectedConditions.visibilityOfElementLocated(by));
    }

    <T> T await(Function<WebDriver, T> condition) {
        // pages that poll redraw their lists: an element read mid-redraw is simply read again
        return new WebDriverWait(driver, WAIT, Duration.ofMillis(100))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Makes the page's viewport exactly width × height CSS pixels (the window's frame aside). */
    Browser viewport(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width,
                "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        return this;
    }

    /** Asks pages for reduced motion: the console's charts then draw without their entry animation. */
    Browser still() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features",
                java.util.List.of(java.util.Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        return this;
    }

    void screenshot(Path to) {
        try {
            Files.createDirectories(to.toAbsolutePath().getParent());
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a leftover temp profile is harmless
            }
        }
    }
}
