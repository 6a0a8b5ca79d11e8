package io.handoff.e2e;

import io.handoff.launcher.console.ConsoleUsers;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
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
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in a real headless Chromium: Debian's chromium driven through Debian's chromedriver (Selenium is given
 * both paths, so it downloads nothing). One browser per test class; pages are waited for, never slept on.
 */
final class ConsoleBrowser implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    static final Path CHROMIUM = Path.of(System.getProperty("handoff.e2e.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("handoff.e2e.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of(System.getProperty("handoff.e2e.screenshots", "target/console-screenshots"));

    /** The services answer within a second or two; events between them may take a few more on a loaded CI. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final E2ePlatform e2e;
    private final WebDriver driver;
    private final Path profile;

    private ConsoleBrowser(E2ePlatform e2e, WebDriver driver, Path profile) {
        this.e2e = e2e;
        this.driver = driver;
        this.profile = profile;
    }

    static ConsoleBrowser open(E2ePlatform e2e) {
        assertThat(CHROMIUM).as("Debian's chromium (apt-get install chromium; .ci/run installs it)").isExecutable();
        assertThat(CHROMEDRIVER).as("Debian's chromedriver (apt-get install chromium-driver; .ci/run installs it)")
                .isExecutable();
        try {
            Path profile = Files.createTempDirectory("handoff-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            // The machine's network is closed: without the background switches Chromium retries Google's hosts.
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--window-size=1440,900", "--lang=en-US",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            return new ConsoleBrowser(e2e, new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens a page of the console, e.g. {@code go("#/contacts")}. */
    ConsoleBrowser go(String hashPath) {
        driver.get(e2e.console("/" + hashPath));
        return this;
    }

    /**
     * Signs in through the sign-in page as a user would: the member is listed there (the launcher's sign-in file, as
     * {@code ./handoff up} writes it for the demo users) and clicked.
     */
    ConsoleBrowser signIn(TestWorkspace workspace, TestWorkspace.Member member) {
        e2e.consoleUsers().add(new ConsoleUsers.Entry(member.name(), member.email(), member.role().name(), null,
                workspace.id, "E2E " + workspace.slug, member.token()));
        signedOut();
        click(By.cssSelector("button.user-choice[data-email='" + member.email() + "']"));
        waitForText(By.cssSelector("[data-testid=signed-in-user]"), member.name());
        return this;
    }

    /** The sign-in page, whoever was signed in before (the session lives in the tab's sessionStorage). */
    ConsoleBrowser signedOut() {
        driver.get(e2e.console("/"));
        ((JavascriptExecutor) driver).executeScript("sessionStorage.clear()");
        driver.navigate().refresh();
        return this;
    }

    WebElement find(By by) {
        return await(ExpectedConditions.visibilityOfElementLocated(by));
    }

    List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    ConsoleBrowser click(By by) {
        await(ExpectedConditions.elementToBeClickable(by)).click();
        return this;
    }

    ConsoleBrowser type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Waits until the element's text contains {@code text}; returns the element. */
    WebElement waitForText(By by, String text) {
        await(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return driver.findElement(by);
    }

    <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).until(condition);
    }

    /** Saves the visible page as {@code target/console-screenshots/<name>.png}; the module README shows them. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary profile left behind is harmless.
        }
    }
}
