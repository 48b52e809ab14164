/**
 * The journeys of the issues, in a real browser against the real server on the sample corpus: the
 * local single-user mode, then shared mode with accounts, roles and two reviewers in a conflict.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Account,
  type RunningBrowser,
  type RunningBrowsers,
  type RunningServer,
  SCREENSHOTS,
  seriousViolations,
  startBrowser,
  startBrowsers,
  startServer,
  watchCsp,
} from "./harness.js";

let server: RunningServer;
let browser: RunningBrowser;
let page: Page;
let csp: string[] = [];

async function snap(name: string, on: Page = page) {
  await on.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

async function expectAccessible(on: Page = page) {
  expect(await seriousViolations(on)).toEqual([]);
}

describe("the web UI on the sample corpus (local mode)", () => {
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startServer({ env: { STANCEMAP_USER: "e2e-reviewer" } });
    browser = await startBrowser();
    page = await browser.context.newPage();
    csp = watchCsp(page);
  });

  afterAll(async () => {
    await browser?.stop();
    await server?.stop();
  });

  it("shows the overview with sources, actors and topics", async () => {
    await page.goto(server.url);
    await page.getByRole("heading", { name: "Actors" }).waitFor();
    await page.locator("table.list tbody tr").first().waitFor();
    expect(await page.locator("table.list tbody tr").count()).toBe(5);
    await page.locator("ul.counts li").first().waitFor();
    await snap("overview");
    await expectAccessible();
  });

  it("opens an actor: one row per topic with one cell per source", async () => {
    await page.goto(server.url);
    // The actor with the most statements comes first.
    const first = page.locator("ul.counts").first().locator("a").first();
    const name = await first.textContent();
    await first.click();
    await page.getByRole("heading", { level: 1, name: name ?? "" }).waitFor();
    const row = page.locator("table.grid tbody tr").first();
    await row.waitFor();
    const columns = await page.locator("table.grid thead th").count();
    expect(columns).toBeGreaterThan(2);
    expect(await row.locator("td").count()).toBe(columns - 1);
    expect(await row.locator(".badge").first().textContent()).toMatch(
      /consistent|wording differs|conflicting|single source/,
    );
    await snap("actor");
    await expectAccessible();
    await page.setViewportSize({ width: 360, height: 800 });
    await snap("actor-360");
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("follows a cell to its highlighted span in the article", async () => {
    const link = page.locator("table.grid td .to-span").first();
    const href = await link.getAttribute("href");
    const statementId = new URL(href ?? "", server.url).searchParams.get("stm");
    expect(statementId).toMatch(/^stm_/);
    await link.click();
    await page.waitForURL(/\/documents\/doc_/);
    const highlight = page.locator(`.hl.selected[data-statements~="${statementId}"]`).first();
    await highlight.waitFor();
    expect(await highlight.isVisible()).toBe(true);
    expect(await page.locator("aside.panel .statement").getAttribute("data-statement")).toBe(
      statementId,
    );
    await snap("document");
    await expectAccessible();
  });

  it("reviews a statement with the keyboard, and the decision survives a reload", async () => {
    await page.goto(`${server.url}/review`);
    await page.locator(".queue li").first().waitFor();
    // Local mode: no sign-in, and decisions are recorded as the local user.
    expect(await page.locator(".who").textContent()).toBe("Local user e2e-reviewer");
    expect(await page.getByRole("button", { name: "Sign out" }).count()).toBe(0);
    const statementId = await page
      .locator("aside, .panel .statement")
      .first()
      .getAttribute("data-statement");
    expect(statementId).toMatch(/^stm_/);
    await page.locator("h1").click();
    await page.keyboard.press("a");
    await page.getByRole("status").filter({ hasText: "accepted" }).waitFor();
    await snap("review");
    await expectAccessible();
    // The reviewer's phone: the queue and panel must stay usable and accessible at 360 px.
    await page.setViewportSize({ width: 360, height: 800 });
    await snap("review-360");
    await expectAccessible();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/review?status=accepted`);
    await page.reload();
    const item = page.locator(`#queue-${statementId}`);
    await item.waitFor();
    await item.locator("button").click();
    await page.locator(".history .decision").filter({ hasText: "e2e-reviewer" }).waitFor();
    expect(await page.locator(".history .decision").first().textContent()).toContain("accept");
  });

  it("renames the current statement's topic from the review panel", async () => {
    await page.goto(`${server.url}/review`);
    await page.locator(".queue li").first().waitFor();
    await page.getByText("Fix this topic").click();
    await page.getByLabel("Topic label").fill("Renamed in e2e");
    await page.getByRole("button", { name: "Rename topic" }).click();
    await page.getByRole("status").filter({ hasText: "Renamed to “Renamed in e2e”." }).waitFor();
    await expectAccessible();
    await page.reload();
    await page.locator(".panel h2").filter({ hasText: "Renamed in e2e" }).waitFor();
  });

  it("runs a search whose words and filters are in the URL", async () => {
    await page.goto(`${server.url}/search`);
    await page.getByLabel("Words").fill("NATO");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForFunction(() => location.search.includes("q=NATO"));
    await page.locator(".results .statement").first().waitFor();
    expect(await page.locator(".results .statement").count()).toBeGreaterThan(0);
    await snap("search");
    await expectAccessible();
    await page.reload();
    await page.locator(".results .statement").first().waitFor();
  });

  it("compares two actors side by side", async () => {
    await page.goto(`${server.url}/compare`);
    const boxes = page.locator("fieldset.pick input[type=checkbox]");
    await boxes.first().waitFor();
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    // The router pushes history entries, which fire no load event.
    await page.waitForFunction(() => /actors=act_[a-z0-9]+(,|%2C)act_/.test(location.search));
    await page.locator("table.grid thead th").nth(2).waitFor();
    expect(await page.locator("table.grid thead th").count()).toBe(3);
    await snap("compare");
    await expectAccessible();
  });

  it("renames an actor from its page, on the version it showed", async () => {
    await page.goto(server.url);
    await page.locator("ul.counts").first().locator("a").first().click();
    await page.locator("h1").waitFor();
    await page.getByText("Fix this actor").click();
    await page.getByLabel("Actor name").fill("Renamed in e2e");
    await page.getByRole("button", { name: "Rename actor" }).click();
    await page.getByRole("status").filter({ hasText: "Renamed to “Renamed in e2e”." }).waitFor();
    await page.getByRole("heading", { level: 1, name: "Renamed in e2e" }).waitFor();
    await expectAccessible();
  });

  it("ran every page above without a Content-Security-Policy violation", () => {
    expect(csp).toEqual([]);
  });
});

describe("shared mode: accounts, roles and a review conflict", () => {
  const PASSWORD = "correct horse battery staple";
  const ACCOUNTS: Account[] = [
    { name: "ada", role: "admin", password: PASSWORD },
    { name: "rita", role: "reviewer", password: PASSWORD },
    { name: "remy", role: "reviewer", password: PASSWORD },
    { name: "vera", role: "viewer", password: PASSWORD },
  ];
  let shared: RunningServer;
  let browsers: RunningBrowsers;
  const contexts: BrowserContext[] = [];
  const violations: string[][] = [];

  /** A new person at their own browser: own cookies, own CSP log. */
  async function person(): Promise<Page> {
    const context = await browsers.newContext();
    contexts.push(context);
    const tab = await context.newPage();
    violations.push(watchCsp(tab));
    return tab;
  }

  async function signIn(tab: Page, name: string, password = PASSWORD) {
    await tab.getByRole("form", { name: "Sign in" }).waitFor();
    await tab.getByLabel("User name").fill(name);
    await tab.getByLabel("Password").fill(password);
    await tab.getByRole("button", { name: "Sign in" }).click();
  }

  async function signedInAs(tab: Page, name: string) {
    await tab.locator(".who strong").filter({ hasText: name }).waitFor();
  }

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    shared = await startServer({ env: { STANCEMAP_AUTH: "required" }, accounts: ACCOUNTS });
    browsers = await startBrowsers();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browsers?.stop();
    await shared?.stop();
  });

  let rita: Page;
  let remy: Page;
  let statementId: string;

  it("shows only the sign-in view, accessibly, and says why a sign-in failed", async () => {
    rita = await person();
    await rita.goto(`${shared.url}/review`);
    await rita.getByRole("form", { name: "Sign in" }).waitFor();
    expect(await rita.getByRole("navigation", { name: "Views" }).count()).toBe(0);
    await snap("sign-in", rita);
    await expectAccessible(rita);
    await signIn(rita, "rita", "not the password");
    await rita.getByRole("alert").filter({ hasText: "Wrong user name or password" }).waitFor();
    await snap("sign-in-error", rita);
    await expectAccessible(rita);
  });

  it("signs a reviewer in on the page she asked for, and she accepts a statement", async () => {
    await signIn(rita, "rita");
    await signedInAs(rita, "rita");
    expect(await rita.locator(".who .badge").textContent()).toBe("reviewer");
    expect(await rita.getByRole("link", { name: "Admin", exact: true }).count()).toBe(0);
    await rita.locator(".queue li").first().waitFor();
    statementId =
      (await rita.locator(".panel .statement").first().getAttribute("data-statement")) ?? "";
    expect(statementId).toMatch(/^stm_/);

    // A second reviewer opens the same statement before rita decides.
    remy = await person();
    await remy.goto(`${shared.url}/review`);
    await signIn(remy, "remy");
    await signedInAs(remy, "remy");
    await remy.locator(".queue li").first().waitFor();
    expect(await remy.locator(".panel .statement").first().getAttribute("data-statement")).toBe(
      statementId,
    );

    await rita.getByRole("button", { name: /Accept/ }).click();
    await rita
      .getByRole("status")
      .filter({ hasText: `accepted: ${statementId}` })
      .waitFor();
  });

  it("shows the second reviewer the conflict, and reapplies his decision on the new version", async () => {
    // remy still sees the version before rita's decision.
    await remy.getByRole("button", { name: /Reject/ }).click();
    const panel = remy.locator("section.conflict");
    await panel.waitFor();
    const status = panel.locator("tr").filter({ hasText: "Status" });
    expect(await status.locator("td").allTextContents()).toEqual(["unreviewed", "accepted"]);
    await snap("review-conflict", remy);
    await expectAccessible(remy);
    await remy.getByRole("button", { name: "Reapply my decision" }).click();
    await remy
      .getByRole("status")
      .filter({ hasText: `rejected: ${statementId}` })
      .waitFor();
    expect(await panel.count()).toBe(0);
    // The history names both reviewers, in the order they decided.
    const decisions = remy.locator(".history .decision");
    await decisions.filter({ hasText: "remy" }).waitFor();
    const lines = await decisions.allTextContents();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^accept by rita/);
    expect(lines[1]).toMatch(/^reject by remy/);
    await snap("review-history", remy);
  });

  it("shows a viewer the queue without decision buttons; signing out returns to sign-in", async () => {
    await rita.getByRole("button", { name: "Sign out" }).click();
    await rita.getByRole("form", { name: "Sign in" }).waitFor();
    expect(await rita.getByRole("button", { name: "Sign out" }).count()).toBe(0);
    // The session is gone on the server too: a reload still asks for a sign-in.
    await rita.reload();
    await rita.getByRole("form", { name: "Sign in" }).waitFor();

    await signIn(rita, "vera");
    await signedInAs(rita, "vera");
    await rita.locator(".queue li").first().waitFor();
    await rita.locator(".panel .statement").first().waitFor();
    expect(await rita.getByRole("button", { name: /Accept/ }).count()).toBe(0);
    expect(await rita.getByRole("button", { name: /Reject/ }).count()).toBe(0);
    expect(await rita.getByText("Fix this topic").count()).toBe(0);
    await rita.getByText(/Read only: deciding needs the reviewer role/).waitFor();
    await rita.locator("h1").click();
    await rita.keyboard.press("a");
    expect(await rita.getByRole("status").textContent()).toBe("");
    await snap("review-viewer", rita);
  });

  it("lets an admin manage accounts and issue a token whose secret is shown once", async () => {
    const ada = await person();
    await ada.goto(`${shared.url}/login`);
    await signIn(ada, "ada");
    await signedInAs(ada, "ada");
    await ada.getByRole("link", { name: "Admin", exact: true }).click();
    await ada.getByRole("heading", { name: "Users" }).waitFor();
    const users = ada.locator("table.admin-table").first().locator("tbody th");
    await users.first().waitFor();
    expect(await users.allTextContents()).toEqual(["ada", "rita", "remy", "vera"]);

    await ada.getByLabel("New user name").fill("nora");
    await ada.getByLabel("Initial password (10+ characters)").fill(PASSWORD);
    await ada.getByRole("button", { name: "Create user" }).click();
    await ada.getByRole("status").filter({ hasText: "Created nora (reviewer)." }).waitFor();
    await ada.getByLabel("Role of vera").selectOption("reviewer");
    await ada.getByRole("status").filter({ hasText: "vera is now reviewer." }).waitFor();

    await ada.getByLabel("What it is for").fill("nightly ingest");
    await ada.getByRole("button", { name: "Create token" }).click();
    const secret = ada.getByLabel("Secret of “nightly ingest”");
    await secret.waitFor();
    expect(await secret.inputValue()).toMatch(/^stm_pat_/);
    await ada.getByText("Copy this secret now: it is shown only once.").waitFor();
    await snap("admin", ada);
    await expectAccessible(ada);
    await ada.getByRole("button", { name: "Done, hide it" }).click();
    expect(await secret.count()).toBe(0);
    await ada.getByRole("button", { name: /^Revoke/ }).click();
    await ada.getByRole("status").filter({ hasText: "Revoked “nightly ingest”" }).waitFor();
  });

  it("lists every reviewer's decision in the activity trail", async () => {
    const ada = contexts.at(-1)?.pages()[0] as Page;
    await ada.getByRole("link", { name: "Activity" }).click();
    const reviews = ada.locator("table.audit tbody tr").filter({ hasText: "reviewed" });
    await reviews.first().waitFor();
    const who = await reviews.locator("td:nth-child(2)").allTextContents();
    // Newest first: remy's reapplied rejection, then rita's acceptance.
    expect(who.slice(0, 2)).toEqual(["remy", "rita"]);
    await snap("activity", ada);
    await expectAccessible(ada);
  });

  it("ran every page without a Content-Security-Policy violation", () => {
    expect(violations.flat()).toEqual([]);
  });
});
