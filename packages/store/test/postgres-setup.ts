/**
 * Vitest globalSetup for the PostgreSQL suite: uses DATABASE_URL when set, otherwise starts a
 * throwaway server from Debian's PostgreSQL 15 binaries and removes it afterwards.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

export type PostgresTarget = { url: string } | { unavailable: string };

declare module "vitest" {
  export interface ProvidedContext {
    postgres: PostgresTarget;
  }
}

const BIN = "/usr/lib/postgresql/15/bin";
/** initdb refuses to run as root, so a root run owns the server through this system user. */
const PG_USER = "stancemap-pg";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

function hasUser(name: string): boolean {
  try {
    execFileSync("id", ["-u", name], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export default async function setup(project: TestProject) {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv) {
    project.provide("postgres", { url: fromEnv });
    return;
  }
  if (!existsSync(join(BIN, "initdb"))) {
    project.provide("postgres", {
      unavailable: `DATABASE_URL is not set and there is no PostgreSQL 15 at ${BIN} (apt-get install postgresql)`,
    });
    return;
  }
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), "stancemap-pg-"));
  const asOwner = (command: string, args: string[]) =>
    execFileSync(
      root ? "runuser" : command,
      root ? ["-u", PG_USER, "--", command, ...args] : args,
      {
        stdio: "pipe",
      },
    );
  const data = join(dir, "data");
  try {
    if (root) {
      if (!hasUser(PG_USER)) {
        execFileSync("useradd", [
          "--system",
          "--no-create-home",
          "--shell",
          "/usr/sbin/nologin",
          PG_USER,
        ]);
      }
      execFileSync("chown", [PG_USER, dir]);
    }
    chmodSync(dir, 0o700);
    asOwner(join(BIN, "initdb"), [
      "-D",
      data,
      "-A",
      "trust",
      "-U",
      "postgres",
      "-E",
      "UTF8",
      "--locale=C",
      "--no-sync",
    ]);
    const port = await freePort();
    // fsync off: the data is thrown away, and tests should not wait on the disk.
    const settings = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off`;
    asOwner(join(BIN, "pg_ctl"), [
      "-D",
      data,
      "-o",
      settings,
      "-l",
      join(dir, "server.log"),
      "-w",
      "start",
    ]);
    project.provide("postgres", { url: `postgres://postgres@127.0.0.1:${port}/postgres` });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    project.provide("postgres", {
      unavailable: `could not start a throwaway PostgreSQL: ${stderr || (error as Error).message}`,
    });
    return;
  }
  return () => {
    try {
      asOwner(join(BIN, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
