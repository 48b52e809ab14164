/** `stancemap tokens` on a temporary embedded database: the secret is printed once and only its hash kept. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hashSecret } from "@stancemap/api";
import { ApiToken, TokenCreated } from "@stancemap/schema";
import { createStore } from "@stancemap/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capture } from "../test/io.js";
import { createUsersCommand } from "./commands/users.js";
import { main, runCommand } from "./main.js";

const root = mkdtempSync(join(tmpdir(), "stancemap-cli-tokens-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const users = createUsersCommand({ passwordCost: { N: 2 ** 10, r: 8, p: 1 } });
const DAY_MS = 24 * 60 * 60 * 1000;

async function addUser(data: string, name: string, role: string) {
  const io = capture();
  io.stdin = {
    isTTY: false,
    readLine: async () => `${name} password!`,
    readHidden: async () => null,
  };
  const code = await runCommand(
    users,
    ["add", name, "--role", role, "--password-stdin", "--data", data],
    io,
  );
  if (code !== 0) throw new Error(io.err);
}

async function withStore<T>(
  data: string,
  use: (store: Awaited<ReturnType<typeof createStore>>) => Promise<T>,
) {
  const store = await createStore({ dataDir: data });
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

describe("stancemap tokens", () => {
  const data = join(root, "db");
  beforeAll(async () => {
    await addUser(data, "root", "admin");
    await addUser(data, "rita", "reviewer");
  });

  it("creates a token for the only admin, prints its secret once on stdout, and stores only its hash", async () => {
    const io = capture();
    const started = Date.now();
    expect(
      await main(
        [
          "tokens",
          "create",
          "--name",
          "nightly ingest",
          "--role",
          "editor",
          "--expires-days",
          "30",
          "--data",
          data,
        ],
        io,
      ),
    ).toBe(0);
    expect(io.out).toMatch(/^stm_pat_[A-Za-z0-9_-]{43}\n$/);
    const secret = io.out.trim();
    expect(io.err).toMatch(
      /^Created token tok_[0-9a-f]{32} "nightly ingest" for root: role editor, expires \d{4}-\d{2}-\d{2}\.\n/,
    );
    expect(io.err).toContain("Copy it now: it is not stored.");
    expect(io.err).not.toContain(secret);

    await withStore(data, async (store) => {
      const found = await store.findToken(hashSecret(secret), new Date());
      expect(found?.token).toMatchObject({ name: "nightly ingest", user: "root", role: "editor" });
      expect(found?.role).toBe("editor");
      const expires = Date.parse(found?.token.expiresAt ?? "");
      expect(expires - started).toBeGreaterThanOrEqual(30 * DAY_MS);
      expect(expires - Date.now()).toBeLessThanOrEqual(30 * DAY_MS);
      // Nowhere in the table in clear, only as its SHA-256.
      if (store.client.driver !== "pglite") throw new Error("expected PGlite");
      const rows = await store.client.pglite.query("SELECT * FROM api_tokens");
      const dump = JSON.stringify(rows.rows);
      expect(dump).not.toContain(secret.slice("stm_pat_".length));
      expect(dump).toContain(hashSecret(secret));
    });
  });

  it("makes tokens for a named account, never above its role, and prints JSON with --json", async () => {
    const io = capture();
    expect(
      await main(
        [
          "tokens",
          "create",
          "--name",
          "reader",
          "--role",
          "viewer",
          "--user",
          "rita",
          "--json",
          "--data",
          data,
        ],
        io,
      ),
    ).toBe(0);
    const created = TokenCreated.parse(JSON.parse(io.out));
    expect(created.token).toMatchObject({ user: "rita", role: "viewer", expiresAt: null });
    await withStore(data, async (store) => {
      expect((await store.findToken(hashSecret(created.secret), new Date()))?.token.id).toBe(
        created.token.id,
      );
    });

    const above = capture();
    expect(
      await main(
        [
          "tokens",
          "create",
          "--name",
          "too much",
          "--role",
          "editor",
          "--user",
          "rita",
          "--data",
          data,
        ],
        above,
      ),
    ).toBe(1);
    expect(above.err).toMatch(
      /^stancemap tokens create: A token cannot have more rights than its account: rita is a reviewer/,
    );
    expect(above.out).toBe("");

    const nobody = capture();
    expect(
      await main(
        ["tokens", "create", "--name", "x", "--role", "viewer", "--user", "nobody", "--data", data],
        nobody,
      ),
    ).toBe(1);
    expect(nobody.err).toBe("stancemap tokens create: No user nobody\n");
  });

  it("lists tokens as JSON and as a table, and revoking one makes it stop working", async () => {
    const json = capture();
    expect(await main(["tokens", "list", "--json", "--data", data], json)).toBe(0);
    const tokens = ApiToken.array().parse(JSON.parse(json.out));
    expect(tokens.map((t) => [t.name, t.user, t.role])).toEqual([
      ["nightly ingest", "root", "editor"],
      ["reader", "rita", "viewer"],
    ]);
    const [nightly] = tokens;
    if (!nightly) throw new Error("no token");

    // A fresh secret for the token being revoked: the list never shows secrets.
    const made = capture();
    expect(
      await main(
        ["tokens", "create", "--name", "doomed", "--role", "reviewer", "--data", data],
        made,
      ),
    ).toBe(0);
    const secret = made.out.trim();
    const id = /Created token (tok_[0-9a-f]+)/.exec(made.err)?.[1] ?? "";

    const revoked = capture();
    expect(await main(["tokens", "revoke", id, "--data", data], revoked)).toBe(0);
    expect(revoked.out).toBe(`Revoked token ${id} "doomed" of root.\n`);
    await withStore(data, async (store) => {
      expect(await store.findToken(hashSecret(secret), new Date())).toBeNull();
    });

    const again = capture();
    expect(await main(["tokens", "revoke", id, "--data", data], again)).toBe(0);
    expect(again.out).toMatch(new RegExp(`^Token ${id} "doomed" was already revoked on \\d{4}-`));

    const table = capture();
    expect(await main(["tokens", "list", "--data", data], table)).toBe(0);
    const lines = table.out.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^ID +NAME +USER +ROLE +STATUS +CREATED +EXPIRES +LAST USED$/);
    expect(lines).toHaveLength(4);
    expect(lines.find((l) => l.startsWith(nightly.id))).toMatch(
      / nightly ingest +root +editor +active +\d{4}-\d{2}-\d{2} +\d{4}-\d{2}-\d{2} +\d{4}-\d{2}-\d{2}$/,
    );
    expect(lines.find((l) => l.startsWith(id))).toMatch(
      / doomed +root +reviewer +revoked .* never +never$/,
    );

    const unknown = capture();
    expect(await main(["tokens", "revoke", "tok_0000000000", "--data", data], unknown)).toBe(1);
    expect(unknown.err).toBe("stancemap tokens revoke: No token tok_0000000000\n");
  });

  it("needs --user when there is no single enabled admin to default to", async () => {
    await addUser(data, "ada", "admin");
    const several = capture();
    expect(
      await main(["tokens", "create", "--name", "x", "--role", "viewer", "--data", data], several),
    ).toBe(2);
    expect(several.err).toMatch(/several admins \(root, ada\): say which account .* --user/);

    const empty = join(root, "empty");
    await addUser(empty, "vic", "viewer");
    const none = capture();
    expect(
      await main(["tokens", "create", "--name", "x", "--role", "viewer", "--data", empty], none),
    ).toBe(1);
    expect(none.err).toMatch(/no enabled admin .* give --user, or .*users add --admin/);
  });

  it("treats missing or malformed options as usage errors (exit 2)", async () => {
    const cases = [
      ["tokens"],
      ["tokens", "rotate"],
      ["tokens", "create", "--role", "viewer"],
      ["tokens", "create", "--name", "  ", "--role", "viewer"],
      ["tokens", "create", "--name", "x"],
      ["tokens", "create", "--name", "x", "--role", "root"],
      ["tokens", "create", "--name", "x", "--role", "viewer", "--expires-days", "0"],
      ["tokens", "create", "--name", "x", "--role", "viewer", "--expires-days", "1.5"],
      ["tokens", "create", "--name", "x", "--role", "viewer", "--expires-days", "3651"],
      ["tokens", "revoke"],
      ["tokens", "list", "extra"],
    ];
    for (const args of cases) {
      const io = capture();
      expect(await main([...args, "--data", data], io), args.join(" ")).toBe(2);
      expect(io.err).toMatch(/^stancemap tokens: /);
    }
    const help = capture();
    expect(await main(["tokens", "--help"], help)).toBe(0);
    expect(help.out).toMatch(/--expires-days N/);
    expect(help.out).toMatch(/STANCEMAP_DATA/);
    expect(help.out).toMatch(/Exit codes/);
    const top = capture();
    expect(await main(["--help"], top)).toBe(0);
    expect(top.out).toMatch(/^ {2}users +add, list and change/m);
    expect(top.out).toMatch(/^ {2}tokens +create, list and revoke/m);
  });
});
