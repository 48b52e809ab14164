/**
 * Starts the real server (`stancemap serve`, what npm start runs) on a free port and a throwaway
 * database, with accounts made beforehand for shared mode, and a headless Debian chromium.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { hashPassword } from "@stancemap/api";
import type { Role } from "@stancemap/schema";
import { createStore } from "@stancemap/store";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

export interface Account {
  name: string;
  role: Role;
  password: string;
}

export interface ServerSetup {
  /** Extra environment: STANCEMAP_AUTH=required for shared mode, STANCEMAP_USER for local mode. */
  env?: Record<string, string>;
  /** Accounts written into the database before the server opens it. */
  accounts?: Account[];
}

/**
 * Writes accounts straight into the PGlite directory the server will open, as `stancemap users
 * add` would; a low scrypt cost keeps it fast (sign-in reads the cost from each hash).
 */
async function createAccounts(dataDir: string, accounts: Account[]): Promise<void> {
  const store = await createStore({ dataDir });
  try {
    for (const account of accounts) {
      const passwordHash = await hashPassword(account.password, { N: 2 ** 14, r: 8, p: 1 });
      await store.createUser(
        { name: account.name, role: account.role, passwordHash },
        { actor: "e2e-setup" },
      );
    }
  } finally {
    await store.close();
  }
}

export async function startServer(setup: ServerSetup = {}): Promise<RunningServer> {
  const data = mkdtempSync(join(tmpdir(), "stancemap-e2e-db-"));
  if (setup.accounts?.length) await createAccounts(data, setup.accounts);
  const { DATABASE_URL: _ignored, STANCEMAP_AUTH: _mode, ...env } = process.env;
  const child: ChildProcess = spawn(
    process.execPath,
    ["apps/cli/bin/stancemap.js", "serve", "--port", "0", "--host", "127.0.0.1"],
    {
      cwd: REPO_ROOT,
      env: { ...env, ...setup.env, STANCEMAP_DATA: data },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1].replace("localhost", "127.0.0.1"));
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once("exit", done));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(data, { recursive: true, force: true });
    },
  };
}

const BROWSER_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export interface RunningBrowser {
  context: BrowserContext;
  stop(): Promise<void>;
}

export async function startBrowser(): Promise<RunningBrowser> {
  // A persistent context on a fresh directory is chromium's --user-data-dir.
  const profile = mkdtempSync(join(tmpdir(), "stancemap-e2e-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: BROWSER_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    async stop() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface RunningBrowsers {
  /** A fresh context: its own cookies, so its own sign-in. */
  newContext(): Promise<BrowserContext>;
  stop(): Promise<void>;
}

/** One chromium with as many isolated contexts as a journey has people. */
export async function startBrowsers(): Promise<RunningBrowsers> {
  const browser: Browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: BROWSER_ARGS,
  });
  return {
    newContext: () => browser.newContext({ viewport: { width: 1280, height: 900 } }),
    stop: () => browser.close(),
  };
}

/**
 * Collects the page's Content-Security-Policy violations: chromium reports each on the console
 * ("Refused to … because it violates the following Content Security Policy directive").
 */
export function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: an inline <script> tag would be refused by the CSP.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run()).violations as {
      id: string;
      impact: string | null;
      nodes: { target: unknown }[];
    }[];
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`,
    );
}

export const SCREENSHOTS = fileURLToPath(new URL("../screenshots/", import.meta.url));
