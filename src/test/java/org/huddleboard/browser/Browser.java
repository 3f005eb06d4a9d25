package org.huddleboard.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Real headless Chromium from the system packages. Never downloads a browser or driver, and
 * fails (rather than skips) when they are missing: browser tests are part of every build.
 */
public final class Browser {

    private static final String CHROMIUM = System.getProperty("huddle.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("huddle.chromedriver", "/usr/bin/chromedriver");

    private Browser() {
    }

    /** Kept in target/screenshots for looking at what a run saw; the README's picture is taken from it. */
    public static void saveScreenshot(ChromeDriver driver, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A browser with a throw-away profile. */
    public static ChromeDriver start() {
        return start(null);
    }

    /**
     * A browser using {@code profileDir} as its profile, so cookies outlive it: quitting and
     * starting another on the same directory is a browser restart, as when a wall screen reboots.
     * {@code null} means a throw-away profile.
     */
    public static ChromeDriver start(Path profileDir) {
        for (String path : new String[] { CHROMIUM, CHROMEDRIVER }) {
            if (!new File(path).canExecute()) {
                throw new IllegalStateException(path + " is missing: install Debian's chromium and chromium-driver"
                        + " (apt-get install -y chromium chromium-driver)");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1920,1080");
        if (profileDir != null) {
            // A fixed key for the cookie store (no desktop keyring here), so a later browser can read it.
            options.addArguments("--user-data-dir=" + profileDir.toAbsolutePath(), "--password-store=basic");
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // The window size includes the browser's own frame: make the page itself a 1080p screen.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1920, "height", 1080, "deviceScaleFactor", 1, "mobile", false));
        return driver;
    }
}
