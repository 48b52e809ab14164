/** Starts the real server (`stancemap serve`, what npm start runs) on a free port and a throwaway database, and a headless Debian chromium. */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium, type Page } from "playwright-core";

const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

export async function startServer(): Promise<RunningServer> {
  const data = mkdtempSync(join(tmpdir(), "stancemap-e2e-db-"));
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const child: ChildProcess = spawn(
    process.execPath,
    ["apps/cli/bin/stancemap.js", "serve", "--port", "0", "--host", "127.0.0.1"],
    { cwd: REPO_ROOT, env: { ...env, STANCEMAP_DATA: data }, stdio: ["ignore", "pipe", "pipe"] },
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
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
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

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
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
