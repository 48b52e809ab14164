/** `stancemap ingest --server` against a server in shared mode: with an API token, without, and with the wrong one. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type RunningServer, startServer } from "@stancemap/api";
import { DocumentSummary, Page } from "@stancemap/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capture } from "../test/io.js";
import { createUsersCommand } from "./commands/users.js";
import { main, runCommand } from "./main.js";

const root = mkdtempSync(join(tmpdir(), "stancemap-cli-ingest-auth-"));
const data = join(root, "db");
const articles = join(root, "articles");

let server: RunningServer;
let base: string;
const secrets: Record<"editor" | "viewer" | "revoked", string> = {
  editor: "",
  viewer: "",
  revoked: "",
};

async function createToken(role: string): Promise<{ secret: string; id: string }> {
  const io = capture();
  const code = await main(["tokens", "create", "--name", role, "--role", role, "--data", data], io);
  if (code !== 0) throw new Error(io.err);
  return { secret: io.out.trim(), id: /token (tok_\w+)/.exec(io.err)?.[1] ?? "" };
}

function article(name: string, minister: string) {
  const path = join(articles, name);
  writeFileSync(
    path,
    `title: ${minister}\n\nThe ${minister} minister of Norland said on Friday that the levy on imported steel would stay.\n`,
  );
  return path;
}

async function documentCount(): Promise<number> {
  const res = await fetch(`${base}/api/documents`, {
    headers: { Authorization: `Bearer ${secrets.viewer}` },
  });
  return Page(DocumentSummary).parse(await res.json()).items.length;
}

beforeAll(async () => {
  mkdirSync(articles, { recursive: true });
  // The account and tokens are made with the CLI on the database the server then opens.
  const admin = capture();
  admin.stdin = {
    isTTY: false,
    readLine: async () => "admin password",
    readHidden: async () => null,
  };
  const users = createUsersCommand({ passwordCost: { N: 2 ** 10, r: 8, p: 1 } });
  const code = await runCommand(
    users,
    ["add", "root", "--admin", "--password-stdin", "--data", data],
    admin,
  );
  if (code !== 0) throw new Error(admin.err);
  secrets.editor = (await createToken("editor")).secret;
  secrets.viewer = (await createToken("viewer")).secret;
  const revoked = await createToken("reviewer");
  secrets.revoked = revoked.secret;
  if ((await main(["tokens", "revoke", revoked.id, "--data", data], capture())) !== 0) {
    throw new Error("revoke failed");
  }
  server = await startServer({
    port: 0,
    host: "127.0.0.1",
    dataDir: data,
    sampleDir: null,
    webRoot: null,
    log: () => {},
    auth: { mode: "required", passwordCost: { N: 2 ** 14, r: 8, p: 1 } },
  });
  base = `http://127.0.0.1:${server.port}`;
});

afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe("stancemap ingest --server with accounts", () => {
  it("refuses to upload without a token, saying how to get one (exit 1)", async () => {
    const io = capture();
    io.env = {};
    expect(await main(["ingest", article("a.txt", "finance"), "--server", base], io)).toBe(1);
    expect(io.err).toContain(
      `stancemap ingest: ${base} needs an API token (Sign in first, or send an API token.): create one with \`stancemap tokens create --name ingest --role editor\``,
    );
    expect(io.err).toMatch(/pass it with --token or STANCEMAP_TOKEN/);
    expect(io.out).toBe("");
    expect(await documentCount()).toBe(0);
  });

  it("uploads with --token as the token's account", async () => {
    const io = capture();
    expect(
      await main(
        ["ingest", article("a.txt", "finance"), "--server", base, "--token", secrets.editor],
        io,
      ),
    ).toBe(0);
    expect(io.out).toMatch(new RegExp(`^Ingested 1 document\\(s\\) into ${base}: 1 new`));
    expect(await documentCount()).toBe(1);
    // The ingest is recorded under the token's account.
    const { items } = await server.store.listAuditEvents({ actor: "root" });
    expect(items.map((e) => e.action)).toContain("ingest");
  });

  it("takes the token from STANCEMAP_TOKEN when --token is absent", async () => {
    const io = capture();
    io.env = { STANCEMAP_TOKEN: secrets.editor };
    expect(await main(["ingest", article("b.txt", "defence"), "--server", base], io)).toBe(0);
    expect(await documentCount()).toBe(2);
  });

  it("explains a token with too small a role, and one that is revoked or unknown", async () => {
    const viewer = capture();
    expect(
      await main(
        ["ingest", article("c.txt", "health"), "--server", base, "--token", secrets.viewer],
        viewer,
      ),
    ).toBe(1);
    expect(viewer.err).toMatch(
      /refused the upload \(This needs the editor role; root has viewer\.\): ingesting needs a token with the editor role/,
    );

    for (const token of [secrets.revoked, "stm_pat_not-a-real-token"]) {
      const io = capture();
      expect(
        await main(["ingest", join(articles, "c.txt"), "--server", base, "--token", token], io),
      ).toBe(1);
      expect(io.err).toMatch(
        /did not accept the API token \(The API token is unknown, revoked or expired\.\): it may be mistyped, revoked or expired/,
      );
    }
    expect(await documentCount()).toBe(2);
  });

  it("treats --token without --server, or a blank one, as a usage error (exit 2)", async () => {
    const local = capture();
    expect(await main(["ingest", articles, "--token", secrets.editor], local)).toBe(2);
    expect(local.err).toMatch(/--token goes with --server/);
    expect(await main(["ingest", articles, "--server", base, "--token", " "], capture())).toBe(2);
  });
});
