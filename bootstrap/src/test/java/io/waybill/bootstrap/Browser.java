package io.waybill.bootstrap;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A real Chromium for the page tests: Debian's {@code chromium} driven by Playwright for Java, no browser download and
 * the machine's Node.js (the Playwright artifacts that bundle both are left out). {@code WAYBILL_CHROMIUM} and
 * {@code WAYBILL_NODE} name other binaries. Screenshots go to {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    Browser() {
        Path executable = Path.of(System.getenv().getOrDefault("WAYBILL_CHROMIUM", "/usr/bin/chromium"));
        Path node = Path.of(System.getenv().getOrDefault("WAYBILL_NODE", "/usr/bin/node"));
        if (!Files.isExecutable(executable) || !Files.isExecutable(node)) {
            throw new IllegalStateException("The browser tests need Chromium at " + executable + " and Node.js at " + node
                    + ": on Debian 'apt-get install chromium nodejs' (.ci/run does), or set WAYBILL_CHROMIUM / WAYBILL_NODE");
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of(
                "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1", "PLAYWRIGHT_NODEJS_PATH", node.toString())));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(executable).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** A fresh context (no cookies) of a phone-sized window in {@code language}. */
    Page phone(String language) {
        BrowserContext context = chromium.newContext(new NewContextOptions().setViewportSize(420, 900).setLocale(language)
                .setExtraHTTPHeaders(Map.of("Accept-Language", language)));
        return context.newPage();
    }

    /** A fresh context of a desktop-sized window. */
    Page desktop(String language) {
        BrowserContext context = chromium.newContext(new NewContextOptions().setViewportSize(1280, 900).setLocale(language)
                .setExtraHTTPHeaders(Map.of("Accept-Language", language)));
        return context.newPage();
    }

    /** A fresh phone-sized context with JavaScript off: what a page is before any script enhances it. */
    Page phoneWithoutScripts(String language) {
        BrowserContext context = chromium.newContext(new NewContextOptions().setViewportSize(420, 900).setLocale(language)
                .setJavaScriptEnabled(false).setExtraHTTPHeaders(Map.of("Accept-Language", language)));
        return context.newPage();
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    /** The accessibility rules (axe-core, WCAG 2.1 A and AA) the page breaks, one line each; empty when it breaks none. */
    static String accessibilityViolations(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze();
        return results.getViolations().stream().map(Browser::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
