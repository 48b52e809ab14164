/** `stancemap users` on a temporary embedded database: add, list, set, with passwords piped or typed. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { verifyPassword } from "@stancemap/api";
import { User } from "@stancemap/schema";
import { createStore } from "@stancemap/store";
import { afterAll, describe, expect, it } from "vitest";
import { capture } from "../test/io.js";
import { createUsersCommand } from "./commands/users.js";
import { main, runCommand } from "./main.js";
import type { Stdin } from "./stdin.js";

const root = mkdtempSync(join(tmpdir(), "stancemap-cli-users-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A cheap scrypt cost: these tests hash many passwords; one test goes through main at the real cost. */
const users = createUsersCommand({ passwordCost: { N: 2 ** 10, r: 8, p: 1 } });

/** Stdin that yields `lines` one per read; `typed` ones come from the hidden terminal prompt. */
function stdinOf(lines: (string | null)[], isTTY = false): Stdin & { reads: number } {
  const queue = [...lines];
  const stdin = {
    isTTY,
    reads: 0,
    readLine: async () => {
      stdin.reads++;
      return queue.shift() ?? null;
    },
    readHidden: async () => {
      stdin.reads++;
      if (!isTTY) throw new Error("readHidden without a terminal");
      return queue.shift() ?? null;
    },
  };
  return stdin;
}

function io(stdin?: Stdin) {
  const captured = capture();
  captured.stdin = stdin;
  return captured;
}

async function storedUser(data: string, name: string) {
  const store = await createStore({ dataDir: data });
  try {
    return await store.findLogin(name);
  } finally {
    await store.close();
  }
}

describe("stancemap users add", () => {
  const data = join(root, "add");

  it("creates an account from a password piped on stdin, hashed at the default cost", async () => {
    const out = io(stdinOf(["first password 1"]));
    expect(await main(["users", "add", "alice", "--password-stdin", "--data", data], out)).toBe(0);
    expect(out.out).toBe("Created reviewer alice.\n");
    const login = await storedUser(data, "alice");
    expect(login?.user.role).toBe("reviewer");
    // The API's DEFAULT_COST is N=2^17.
    expect(login?.passwordHash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword("first password 1", login?.passwordHash ?? "")).toBe(true);
    expect(await verifyPassword("first password", login?.passwordHash ?? "")).toBe(false);
  });

  it("refuses a taken name, whatever its case, with the store's message and exit 1", async () => {
    const out = io(stdinOf(["another password"]));
    expect(
      await runCommand(users, ["add", "ALICE", "--admin", "--password-stdin", "--data", data], out),
    ).toBe(1);
    expect(out.err).toBe("stancemap users add: A user named ALICE already exists\n");
    expect(out.out).toBe("");
    expect((await storedUser(data, "alice"))?.user.role).toBe("reviewer");
  });

  it("refuses a short password with the schema's message, storing nothing", async () => {
    const out = io(stdinOf(["short"]));
    expect(await runCommand(users, ["add", "bob", "--password-stdin", "--data", data], out)).toBe(
      1,
    );
    expect(out.err).toBe("stancemap users add: A password needs at least 10 characters\n");
    expect(await storedUser(data, "bob")).toBeNull();

    const empty = io(stdinOf([]));
    expect(await runCommand(users, ["add", "bob", "--password-stdin", "--data", data], empty)).toBe(
      1,
    );
    expect(empty.err).toMatch(/no password on stdin/);
  });

  it("prompts twice on a terminal without printing the password, and refuses two different ones", async () => {
    const typed = io(stdinOf(["typed secret 42", "typed secret 42"], true));
    expect(await runCommand(users, ["add", "dave", "--admin", "--data", data], typed)).toBe(0);
    expect(typed.out).toBe("Created admin dave.\n");
    expect(typed.err).toMatch(/^New password for dave .*: \nRepeat it: \n$/);
    expect(typed.err).not.toContain("typed secret");
    const login = await storedUser(data, "dave");
    expect(await verifyPassword("typed secret 42", login?.passwordHash ?? "")).toBe(true);

    const differ = io(stdinOf(["typed secret 42", "typed secret 43"], true));
    expect(await runCommand(users, ["add", "erin", "--data", data], differ)).toBe(1);
    expect(differ.err).toMatch(/the two passwords differ/);
    expect(await storedUser(data, "erin")).toBeNull();

    // Ctrl-C at the prompt.
    const cancelled = io(stdinOf([null], true));
    expect(await runCommand(users, ["add", "erin", "--data", data], cancelled)).toBe(1);
    expect(cancelled.err).toMatch(/users add: cancelled/);

    // A short password is refused before it is asked for again.
    const weak = stdinOf(["too short", "too short"], true);
    expect(await runCommand(users, ["add", "erin", "--data", data], io(weak))).toBe(1);
    expect(weak.reads).toBe(1);
  });

  it("treats bad names, clashing options and a missing terminal as usage errors (exit 2)", async () => {
    const badName = io(stdinOf(["long enough password"]));
    expect(
      await runCommand(users, ["add", "-x", "--password-stdin", "--data", data], badName),
    ).toBe(2);
    const spaced = io(stdinOf(["long enough password"]));
    expect(
      await runCommand(users, ["add", "a b", "--password-stdin", "--data", data], spaced),
    ).toBe(2);
    expect(spaced.err).toMatch(/'a b' cannot be a user name: A user name is letters, digits/);
    const clash = io(stdinOf(["long enough password"]));
    expect(
      await runCommand(users, ["add", "fay", "--admin", "--role", "viewer", "--data", data], clash),
    ).toBe(2);
    expect(clash.err).toMatch(/--admin and --role exclude each other/);
    const badRole = io();
    expect(await runCommand(users, ["add", "fay", "--role", "owner"], badRole)).toBe(2);
    expect(badRole.err).toMatch(/--role must be one of viewer, reviewer, editor, admin/);
    const noName = io();
    expect(await runCommand(users, ["add"], noName)).toBe(2);
    const piped = io(stdinOf(["long enough password"], false));
    expect(await runCommand(users, ["add", "fay", "--data", data], piped)).toBe(2);
    expect(piped.err).toMatch(/stdin is not a terminal.*--password-stdin/);
    expect(await storedUser(data, "fay")).toBeNull();
    expect(await runCommand(users, ["remove", "fay"], io())).toBe(2);
    expect(await runCommand(users, [], io())).toBe(2);
  });
});

describe("stancemap users list and set", () => {
  const data = join(root, "set");

  it("lists the accounts as a table and as JSON", async () => {
    const empty = io();
    expect(await runCommand(users, ["list", "--data", data], empty)).toBe(0);
    expect(empty.out).toMatch(/^No users yet\. .*users add --admin/);

    for (const [name, role] of [
      ["root", "admin"],
      ["rita", "reviewer"],
    ] as const) {
      const out = io(stdinOf([`${name} password!`]));
      expect(
        await runCommand(
          users,
          ["add", name, "--role", role, "--password-stdin", "--data", data],
          out,
        ),
      ).toBe(0);
    }
    const json = io();
    expect(await runCommand(users, ["list", "--json", "--data", data], json)).toBe(0);
    const listed = User.array().parse(JSON.parse(json.out));
    expect(listed.map((u) => [u.name, u.role, u.disabled])).toEqual([
      ["root", "admin", false],
      ["rita", "reviewer", false],
    ]);

    const table = io();
    expect(await runCommand(users, ["list", "--data", data], table)).toBe(0);
    const lines = table.out.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^NAME +ROLE +STATUS +CREATED$/);
    expect(lines[1]).toMatch(/^root +admin +enabled +\d{4}-\d{2}-\d{2}$/);
    expect(lines[2]).toMatch(/^rita +reviewer +enabled +\d{4}-\d{2}-\d{2}$/);
  });

  it("changes a role, disables and re-enables, and audits it under cli:<os user>", async () => {
    const promote = io();
    expect(
      await runCommand(users, ["set", "rita", "--role", "editor", "--data", data], promote),
    ).toBe(0);
    expect(promote.out).toBe("Updated rita: role editor.\n");
    const disable = io();
    expect(await runCommand(users, ["set", "RITA", "--disable", "--data", data], disable)).toBe(0);
    expect(disable.out).toBe(
      "Updated rita: disabled.\nrita's sessions have ended; they must sign in again.\n",
    );
    let login = await storedUser(data, "rita");
    expect([login?.user.role, login?.user.disabled]).toEqual(["editor", true]);
    const enable = io();
    expect(await runCommand(users, ["set", "rita", "--enable", "--data", data], enable)).toBe(0);
    login = await storedUser(data, "rita");
    expect(login?.user.disabled).toBe(false);

    const store = await createStore({ dataDir: data });
    try {
      const { items } = await store.listAuditEvents({ action: "update_user" });
      expect(items).toHaveLength(3);
      for (const event of items) expect(event.actor).toMatch(/^cli:.+/);
      const { items: created } = await store.listAuditEvents({ action: "create_user" });
      expect(created.map((e) => e.actor)).toEqual([created[0]?.actor, created[0]?.actor]);
      expect(created[0]?.actor).toMatch(/^cli:.+/);
    } finally {
      await store.close();
    }
  });

  it("resets a password from stdin; the old one stops working", async () => {
    const before = (await storedUser(data, "rita"))?.passwordHash ?? "";
    const out = io(stdinOf(["a brand new password"]));
    expect(
      await runCommand(
        users,
        ["set", "rita", "--reset-password", "--password-stdin", "--data", data],
        out,
      ),
    ).toBe(0);
    expect(out.out).toMatch(/^Updated rita: new password\.\n/);
    const after = (await storedUser(data, "rita"))?.passwordHash ?? "";
    expect(await verifyPassword("a brand new password", after)).toBe(true);
    expect(await verifyPassword("rita password!", after)).toBe(false);
    expect(await verifyPassword("rita password!", before)).toBe(true);
  });

  it("refuses to demote or disable the last admin, and names unknown users (exit 1)", async () => {
    const demote = io();
    expect(
      await runCommand(users, ["set", "root", "--role", "editor", "--data", data], demote),
    ).toBe(1);
    expect(demote.err).toMatch(/^stancemap users set: root is the last enabled admin/);
    const disable = io();
    expect(await runCommand(users, ["set", "root", "--disable", "--data", data], disable)).toBe(1);
    expect((await storedUser(data, "root"))?.user).toMatchObject({
      role: "admin",
      disabled: false,
    });
    const missing = io();
    expect(await runCommand(users, ["set", "nobody", "--enable", "--data", data], missing)).toBe(1);
    expect(missing.err).toBe("stancemap users set: No user nobody\n");
  });

  it("treats a missing change and clashing options as usage errors (exit 2)", async () => {
    const nothing = io();
    expect(await runCommand(users, ["set", "rita", "--data", data], nothing)).toBe(2);
    expect(nothing.err).toMatch(/say what to change/);
    expect(await runCommand(users, ["set", "rita", "--disable", "--enable"], io())).toBe(2);
    expect(await runCommand(users, ["set", "rita", "--password-stdin"], io())).toBe(2);
    const help = io();
    expect(await main(["users", "set", "--help"], help)).toBe(0);
    expect(help.out).toMatch(/--reset-password/);
    expect(help.out).toMatch(/DATABASE_URL/);
    expect(help.out).toMatch(/one process only/);
    expect(help.out).toMatch(/Exit codes/);
  });
});

describe("stancemap users while the server has the database open", () => {
  it("refuses to open it and says what to do, changing nothing", async () => {
    const data = join(root, "busy");
    const server = await createStore({ dataDir: data });
    try {
      const out = io(stdinOf(["another password 1"]));
      expect(await runCommand(users, ["add", "bob", "--password-stdin", "--data", data], out)).toBe(
        1,
      );
      expect(out.err).toMatch(/open in another process \(pid \d+/);
      expect(out.err).toMatch(/stop `stancemap serve`/);
    } finally {
      await server.close();
    }
    expect(await storedUser(data, "bob")).toBeNull();
  });
});
