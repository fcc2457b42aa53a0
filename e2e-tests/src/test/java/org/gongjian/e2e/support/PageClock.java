package org.gongjian.e2e.support;

import org.openqa.selenium.By;

/**
 * The browser's own clock for "the page shows its content": a script added to every document before the page's
 * own scripts watches the DOM and notes, at the first animation frame in which the element the test waits for is
 * visible and no skeleton or spinner is left, {@code performance.now()} (since the navigation started). The test
 * names that element in {@code sessionStorage} before it navigates. The script also keeps the page's long tasks
 * (main thread busy for more than 50 ms: parsing, rendering), so that the time between the last API answer and the
 * content can be told apart from the test's own polling.
 */
final class PageClock {

    static final String READY_KEY = "gongjian.e2e.ready";

    static final String SCRIPT = """
            (() => {
              const want = (() => { try { return JSON.parse(sessionStorage.getItem('%s') || 'null'); } catch (e) { return null; } })();
              window.__gjLongTasks = [];
              try {
                new PerformanceObserver(l => l.getEntries().forEach(e => window.__gjLongTasks.push([Math.round(e.startTime), Math.round(e.duration)])))
                  .observe({ type: 'longtask', buffered: true });
              } catch (e) { /* no long task timing */ }
              if (!want) return;
              const find = () => want.kind === 'xpath'
                ? document.evaluate(want.value, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue
                : document.querySelector(want.value);
              const visible = el => el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
              const busy = () => document.querySelector('.ant-skeleton, .ant-spin-spinning, .ant-table-placeholder .ant-spin');
              let scheduled = false;
              const check = (t) => {
                scheduled = false;
                if (window.__gjShown) return;
                if (visible(find()) && !busy()) { window.__gjShown = Math.round(t); observer.disconnect(); }
              };
              const observer = new MutationObserver(() => { if (!scheduled) { scheduled = true; requestAnimationFrame(check); } });
              observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
            })();""".formatted(READY_KEY);

    private PageClock() {
    }

    /** The element as the script finds it: a CSS selector or an XPath (By.id and By.tagName become selectors). */
    static String readyOf(By ready) {
        String text = ready.toString();
        int colon = text.indexOf(": ");
        String how = text.substring(0, colon);
        String value = text.substring(colon + 2);
        return switch (how) {
            case "By.xpath" -> json("xpath", value);
            case "By.id" -> json("css", "#" + value);
            case "By.tagName" -> json("css", value);
            case "By.className" -> json("css", "." + value);
            default -> json("css", value);
        };
    }

    private static String json(String kind, String value) {
        return Json.object().put("kind", kind).put("value", value).toString();
    }
}
