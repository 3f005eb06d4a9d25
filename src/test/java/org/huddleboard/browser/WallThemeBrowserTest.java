package org.huddleboard.browser;

import static org.huddleboard.TestAuth.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.huddleboard.TestAuth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The wall's theme is a ward setting: a lead changes it and the ward's screen follows, live. */
@QuarkusTest
class WallThemeBrowserTest {

    private static final String WARD = "ward-14";
    private static ChromeDriver driver;

    @TestHTTPResource("/")
    URI base;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theScreenTurnsLightAndBackWithoutAReload() {
        driver.get(base.resolve("/pair").toString());
        driver.manage().addCookie(new Cookie("hb_device", TestAuth.device(WARD, "display"), "/"));
        driver.get(base.resolve("/wards/" + WARD + "/board").toString());
        js("window.__notReloaded = 1");
        waitUntil(Duration.ofSeconds(10), () -> "live".equals(js("return document.getElementById('live').dataset.state")));
        assertEquals("rgb(11, 12, 12)", background(), "dark by default");
        try {
            setTheme("LIGHT");
            waitUntil(Duration.ofSeconds(3), () -> "rgb(255, 255, 255)".equals(background()));
            assertEquals("rgb(11, 12, 12)", js("return getComputedStyle(document.querySelector('.tile-name')).color"),
                    "dark text on the light ground");
            Browser.saveScreenshot(driver, "wall-light-1920x1080.png");
            assertEquals(1L, js("return window.__notReloaded"), "changed without a reload");
        } finally {
            setTheme("DARK");
        }
        waitUntil(Duration.ofSeconds(3), () -> "rgb(11, 12, 12)".equals(background()));
        driver.navigate().refresh();
        waitUntil(Duration.ofSeconds(10), () -> "dark".equals(js("return document.body.dataset.theme")));
    }

    private static void setTheme(String theme) {
        as("lead").contentType(ContentType.JSON).body(Map.of("theme", theme))
                .put("/api/wards/" + WARD + "/wall-settings").then().statusCode(200);
    }

    private static Object background() {
        return js("return getComputedStyle(document.body).backgroundColor");
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private static void waitUntil(Duration timeout, java.util.function.Supplier<Boolean> condition) {
        new WebDriverWait(driver, timeout, Duration.ofMillis(50)).until(d -> condition.get());
    }
}
