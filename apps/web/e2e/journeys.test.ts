/** The journeys of the issue, in a real browser against the real server on the sample corpus. */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type RunningBrowser,
  type RunningServer,
  SCREENSHOTS,
  seriousViolations,
  startBrowser,
  startServer,
} from "./harness.js";

let server: RunningServer;
let browser: RunningBrowser;
let page: Page;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startServer();
  browser = await startBrowser();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.stop();
  await server?.stop();
});

async function snap(name: string) {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

async function expectAccessible() {
  expect(await seriousViolations(page)).toEqual([]);
}

describe("the web UI on the sample corpus", () => {
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
    await page.getByLabel("Your name").fill("e2e-reviewer");
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
});
