package org.gongjian.e2e.support;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The committee web app in a real browser, as one signed-in user: signs in through Keycloak's own page, opens
 * pages by URL, fills Ant Design forms by their labels, prints how long each page took (Navigation and Resource
 * Timing, never asserted) and, with {@code -Dgongjian.e2e.screenshots=<dir>}, saves a screenshot of a page.
 */
public final class Workbench implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(45);

    private final Browser browser;
    private final WebDriver driver;
    private final WebDriverWait wait;

    private Workbench(Browser browser) {
        this.browser = browser;
        this.driver = browser.driver();
        this.wait = new WebDriverWait(driver, WAIT, Duration.ofMillis(100));
    }

    /** A fresh browser profile, signed in as {@code username} through Keycloak's login page. */
    public static Workbench signIn(String username) {
        return signIn(username, false);
    }

    /** Signed in on a phone-sized screen (375 × 667, touch), as secretaries and liaisons use the portal. */
    public static Workbench signInOnPhone(String username) {
        return signIn(username, true);
    }

    private static Workbench signIn(String username, boolean phone) {
        Workbench app = new Workbench(Browser.start(phone));
        app.driver.get(PlatformStack.gatewayUrl() + "/");
        app.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        if (!app.driver.getCurrentUrl().startsWith(PlatformStack.stack().issuer())) {
            throw new AssertionError("the login page is not Keycloak's: " + app.driver.getCurrentUrl());
        }
        app.driver.findElement(By.id("username")).sendKeys(username);
        app.driver.findElement(By.id("password")).sendKeys(Users.PASSWORD);
        app.driver.findElement(By.id("kc-login")).click();
        app.wait.until(d -> d.getCurrentUrl().startsWith(PlatformStack.gatewayUrl()));
        app.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ant-layout-sider")));
        return app;
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait await() {
        return wait;
    }

    /** Opens a page of the app by its path and waits until {@code ready} is shown; prints the page's timings. */
    public void open(String path, By ready) {
        ((JavascriptExecutor) driver).executeScript("try { sessionStorage.setItem(arguments[0], arguments[1]); } catch (e) {}",
                PageClock.READY_KEY, PageClock.readyOf(ready));
        driver.get(PlatformStack.gatewayUrl() + path);
        wait.until(ExpectedConditions.visibilityOfElementLocated(ready));
        waitForQuiet();
        printTimings(path);
    }

    /** Until no request of the page is in flight and no skeleton or spinner is shown. */
    public void waitForQuiet() {
        wait.until(d -> d.findElements(By.cssSelector(".ant-skeleton, .ant-spin-spinning, .ant-table-placeholder .ant-spin")).isEmpty());
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public String text(String testId) {
        return find(testId(testId)).getText().strip();
    }

    /** A hidden figure (kept for tests and screen readers beside its formatted text). */
    public String hiddenText(String testId) {
        WebElement e = wait.until(ExpectedConditions.presenceOfElementLocated(testId(testId)));
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return arguments[0].textContent", e)).strip();
    }

    public static By testId(String id) {
        return By.cssSelector("[data-testid=\"" + id + "\"]");
    }

    public static By button(String text) {
        return By.xpath("//button[normalize-space(.)='" + text + "' or normalize-space(.)='" + spaced(text) + "']");
    }

    /** Ant Design puts a space between the two characters of a two-character button label (保存 shows as 保 存). */
    private static String spaced(String text) {
        return text.length() == 2 ? text.charAt(0) + " " + text.charAt(1) : text;
    }

    public static By field(String formItemLabel) {
        return By.xpath("//div[contains(@class,'ant-form-item')][.//label[normalize-space(.)='" + formItemLabel + "']]");
    }

    public void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /** Types into the text input or text area of the form item labelled {@code label} (in the open dialog, if any). */
    public void type(String label, String value) {
        WebElement input = find(field(label)).findElement(By.cssSelector("input, textarea"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
    }

    /** Picks the first option matching {@code search} in the select of the form item labelled {@code label}. */
    public void choose(String label, String search) {
        WebElement item = find(field(label));
        pick(item.findElement(By.cssSelector(".ant-select")), search);
    }

    /** Opens an Ant Design select, types to filter its options and takes the one shown with that text. */
    public void pick(WebElement select, String search) {
        select.click();
        WebElement input = select.findElement(By.cssSelector("input"));
        input.sendKeys(search);
        By option = By.xpath("//div[contains(@class,'ant-select-dropdown') and not(contains(@class,'ant-select-dropdown-hidden'))]"
                + "//div[contains(@class,'ant-select-item-option') and contains(normalize-space(.),'" + search + "')]");
        wait.until(ExpectedConditions.elementToBeClickable(option)).click();
        // a multiple select stays open: leave it by blurring (Escape would also close a dialog around it, Tab
        // would take the highlighted option too)
        ((JavascriptExecutor) driver).executeScript("document.activeElement && document.activeElement.blur()");
        wait.until(d -> d.findElements(By.cssSelector(".ant-select-dropdown:not(.ant-select-dropdown-hidden)")).stream()
                .noneMatch(WebElement::isDisplayed));
    }

    /** The error message shown beside the form item labelled {@code label}, once there is one. */
    public String fieldError(String label) {
        return wait.until(d -> {
            List<WebElement> errors = d.findElements(By.xpath("//div[contains(@class,'ant-form-item')][.//label[normalize-space(.)='"
                    + label + "']]//div[contains(@class,'ant-form-item-explain-error')]"));
            return errors.isEmpty() || errors.get(0).getText().isBlank() ? null : errors.get(0).getText().strip();
        });
    }

    /**
     * Navigation Timing of the last page load, when its last API answer arrived (Resource Timing), when its content
     * was shown by the browser's clock ({@link PageClock}) and when the test saw it; then the waterfall: each API call
     * and each script or style sheet with its start and duration (ms since the navigation started), and the long
     * tasks of the main thread.
     */
    @SuppressWarnings("unchecked")
    public void printTimings(String page) {
        Map<String, Object> t = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                const n = performance.getEntriesByType('navigation')[0];
                const all = performance.getEntriesByType('resource');
                const api = all.filter(r => r.name.includes('/api/'));
                const short = r => { const u = new URL(r.name); return (u.pathname + u.search).replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '{id}').slice(0, 90); };
                const fmt = r => `${short(r)} ${Math.round(r.startTime)}+${Math.round(r.duration)}`
                    + (r.responseStart > 0 && r.requestStart > 0 ? ` (wait ${Math.round(r.responseStart - r.requestStart)})` : '')
                    + (r.transferSize === 0 && r.decodedBodySize > 0 ? ' cached' : '');
                const assets = all.filter(r => /\\.(js|css|woff2?)$/.test(new URL(r.name).pathname));
                return {
                  ttfb: n ? Math.round(n.responseStart) : -1,
                  domContentLoaded: n ? Math.round(n.domContentLoadedEventEnd) : -1,
                  load: n ? Math.round(n.loadEventEnd) : -1,
                  apiCalls: api.length,
                  lastApi: api.length ? Math.round(Math.max(...api.map(r => r.responseEnd))) : 0,
                  shown: window.__gjShown === undefined ? -1 : window.__gjShown,
                  now: Math.round(performance.now()),
                  api: api.map(fmt).join('; '),
                  assets: assets.map(r => short(r).replace(/^.*\\//, '') + ' ' + Math.round(r.startTime) + '+' + Math.round(r.duration)
                      + (r.transferSize === 0 && r.decodedBodySize > 0 ? ' cached' : '')).join('; '),
                  longTasks: (window.__gjLongTasks || []).map(x => x[0] + '+' + x[1]).join(' ')
                };""");
        System.out.printf("[web-timing] %-40s ttfb %5s ms, DOMContentLoaded %5s ms, load %5s ms, %2s API calls, last API answer %5s ms, content shown %5s ms (test saw it at %5s ms)%n",
                page, t.get("ttfb"), t.get("domContentLoaded"), t.get("load"), t.get("apiCalls"), t.get("lastApi"), t.get("shown"), t.get("now"));
        System.out.printf("[web-waterfall] %s api: %s%n", page, t.get("api"));
        System.out.printf("[web-waterfall] %s assets: %s%n", page, t.get("assets"));
        System.out.printf("[web-waterfall] %s long tasks: %s%n", page, t.get("longTasks"));
    }

    /** Sets the value of a native input (a {@code datetime-local} picker) as the phone's own picker would. */
    public void setNative(By input, String value) {
        ((JavascriptExecutor) driver).executeScript("""
                const el = arguments[0];
                Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(el, arguments[1]);
                el.dispatchEvent(new Event('input', { bubbles: true }));
                el.dispatchEvent(new Event('change', { bubbles: true }));""", find(input), value);
    }

    /** Taps an element twice in a row, faster than a page can answer the first tap. */
    public void doubleTap(By by) {
        WebElement e = wait.until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click(); arguments[0].click();", e);
    }

    /** The labels of the menu, whether the menu is folded away (phone) or open; an unread count is left out. */
    public List<String> menuLabels() {
        return driver.findElements(By.cssSelector(".ant-menu-item .ant-menu-title-content > a")).stream()
                .map(e -> String.valueOf(((JavascriptExecutor) driver).executeScript(
                        "return arguments[0].firstChild ? arguments[0].firstChild.textContent : arguments[0].textContent", e)).strip())
                .toList();
    }

    /** Presses keys on whatever has the focus, as a keyboard user does. */
    public void press(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    /**
     * The element that has the focus: its tag, its accessible name as a screen reader would announce it (an
     * {@code aria-label}, the text of what labels it, its own text, a title or placeholder, or a labelled icon inside)
     * and its {@code data-testid}.
     */
    @SuppressWarnings("unchecked")
    public Map<String, String> focused() {
        return (Map<String, String>) ((JavascriptExecutor) driver).executeScript("""
                const el = document.activeElement;
                if (!el || el === document.body) return { tag: 'body', name: '', testId: '' };
                const byIds = (ids) => ids.split(/\\s+/).map(id => document.getElementById(id)).filter(Boolean)
                    .map(e => e.textContent.trim()).join(' ');
                const name = (el.getAttribute('aria-label') || '').trim()
                    || (el.getAttribute('aria-labelledby') ? byIds(el.getAttribute('aria-labelledby')) : '')
                    || (el.labels && el.labels.length ? [...el.labels].map(l => l.textContent.trim()).join(' ') : '')
                    || (el.textContent || '').trim()
                    || (el.getAttribute('title') || '').trim()
                    || (el.getAttribute('placeholder') || '').trim()
                    || [...el.querySelectorAll('[aria-label]')].map(e => e.getAttribute('aria-label')).join(' ').trim();
                return { tag: el.tagName.toLowerCase(), name: name.replace(/\\s+/g, ' ').slice(0, 80),
                         testId: el.getAttribute('data-testid') || '' };""");
    }

    /**
     * Presses Tab until the focus is on an element the predicate accepts (at most {@code limit} times), keeping every
     * element the focus passed through, in order.
     */
    public List<Map<String, String>> tabUntil(java.util.function.Predicate<Map<String, String>> target, int limit) {
        List<Map<String, String>> passed = new java.util.ArrayList<>();
        for (int i = 0; i < limit; i++) {
            press(Keys.TAB);
            Map<String, String> now = focused();
            passed.add(now);
            if (target.test(now)) {
                return passed;
            }
        }
        throw new AssertionError("the focus never reached the element after " + limit + " tabs; it passed " + passed);
    }

    /** How far the page is wider than the window (0 when nothing sticks out), and the widest elements that do. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> horizontalOverflow() {
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                const width = window.innerWidth;
                const over = [...document.querySelectorAll('body *')]
                    .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > width + 1; })
                    .filter(e => !e.closest('.ant-table-content, .ant-table-body, [style*="overflow"]'))
                    .slice(0, 5)
                    .map(e => e.tagName.toLowerCase() + '.' + String(e.className).split(' ').slice(0, 2).join('.')
                        + ' right=' + Math.round(e.getBoundingClientRect().right));
                return { overflow: Math.max(0, document.documentElement.scrollWidth - width), width: width, offenders: over.join('; ') };""");
    }

    /** Saves the page as {@code <dir>/<name>.png} when screenshots were asked for. */
    public void screenshot(String name) {
        String dir = System.getProperty("gongjian.e2e.screenshots", "");
        if (dir.isBlank()) {
            return;
        }
        try {
            Path target = Path.of(dir).toAbsolutePath().resolve(name + ".png");
            Files.createDirectories(target.getParent());
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        browser.close();
    }
}
