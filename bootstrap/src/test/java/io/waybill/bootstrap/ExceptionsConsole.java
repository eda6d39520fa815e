package io.waybill.bootstrap;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;

/** The console's exceptions pages as an operator uses them: the queue, an item's page, its forms and its trail. */
final class ExceptionsConsole {

    private final Page page;
    private final String base;

    ExceptionsConsole(Page page, String base) {
        this.page = page;
        this.base = base.endsWith("/") ? base : base + "/";
    }

    Page page() {
        return page;
    }

    /** The queue (after the sign-in, when there is no session yet). */
    ExceptionsConsole queue(String operatorKey) {
        page.navigate(base + "console/exceptions");
        if (page.url().contains("/console/sign-in")) {
            page.getByLabel("API key").fill(operatorKey);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            page.waitForURL("**/console/exceptions");
        }
        return this;
    }

    /** The queue's lines, each as its text. */
    List<String> lines() {
        return page.locator("table.queue tbody tr").allInnerTexts();
    }

    /** Filters the queue as the form does. */
    ExceptionsConsole show(String state, String kind) {
        page.getByLabel("State").selectOption(state);
        page.getByLabel("Kind").selectOption(kind);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
        page.waitForLoadState();
        return this;
    }

    /** Opens the item of the queue line that names {@code orderNumber}, by its reason's link. */
    ExceptionsConsole item(String orderNumber) {
        page.locator("table.queue tbody tr").filter(new Locator.FilterOptions().setHasText(orderNumber)).locator("a.reason").click();
        page.waitForURL("**/console/exceptions/*");
        return this;
    }

    ExceptionsConsole open(String itemId) {
        page.navigate(base + "console/exceptions/" + itemId);
        return this;
    }

    ExceptionsConsole acknowledge() {
        return press("Acknowledge");
    }

    ExceptionsConsole assign(String who) {
        page.getByLabel("Assign to").fill(who);
        return press("Assign");
    }

    ExceptionsConsole note(String text) {
        page.getByLabel("Note").fill(text);
        return press("Add note");
    }

    ExceptionsConsole resolve(String how) {
        page.getByLabel("How it was resolved").fill(how);
        return press("Resolve");
    }

    String heading() {
        return page.locator("h1").innerText();
    }

    /** The notice after an action (role status), or the refusal (role alert). */
    String said() {
        Locator said = page.locator("[role=status], [role=alert]");
        return said.count() == 0 ? "" : said.first().innerText();
    }

    /** The item's facts (opened, deadline, escalation, assignee, ...) as text. */
    String facts() {
        return page.locator("dl.facts").innerText();
    }

    /** The audit trail, one line per action: when, who, what, details, tab-separated. */
    List<String> trail() {
        return page.locator("table.trail tbody tr").allInnerTexts();
    }

    boolean offers(String button) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).count() > 0;
    }

    ExceptionsConsole reload() {
        page.reload();
        return this;
    }

    private ExceptionsConsole press(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
        page.waitForLoadState();
        return this;
    }
}
