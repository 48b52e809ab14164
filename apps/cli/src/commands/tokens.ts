/** `stancemap tokens`: create, list and revoke the API tokens scripts send as `Authorization: Bearer`. */
import type { ApiToken } from "@stancemap/schema";
import { cliActor, parseRole, reportFailure } from "../accounts.js";
import { DIRECT_DATABASE_NOTE, openStoreOrExplain } from "../local-store.js";
import type { Command, Io } from "../main.js";
import { parseCommandArgs, UsageError } from "../usage.js";

const help = `Usage: stancemap tokens create --name NAME --role ROLE [--user NAME]
                              [--expires-days N] [--json] [--data DIR]
       stancemap tokens list [--json] [--data DIR]
       stancemap tokens revoke <id> [--data DIR]

API tokens let scripts and other machines use a shared server without signing in:
send one as \`Authorization: Bearer <token>\`, or give it to
\`stancemap ingest --server URL --token <token>\` (or STANCEMAP_TOKEN). A token acts
for one account: writes are recorded under that account's name, and the token
never has more rights than the account (see \`stancemap users --help\` for roles).

Sub-commands:
  create    make a token and print its secret, once: only a hash is stored, so
            copy it then. The secret is the only thing on stdout, so
            TOKEN=$(stancemap tokens create ...) works; the rest goes to stderr.
  list      every token: id, name, account, role, status (active, expired,
            revoked), expiry and last use. Secrets are never shown again.
  revoke    stop a token from working, at once and for good

Options:
  --name NAME        with create: what the token is for, e.g. "nightly ingest"
  --role ROLE        with create: viewer, reviewer, editor or admin; ingesting
                     needs editor
  --user NAME        with create: the account it acts for (default: the only
                     enabled admin; required when there are several)
  --expires-days N   with create: lifetime in days, 1 to 3650 (default: no expiry)
  --json             create: print {token, secret} as JSON; list: a JSON array
  --data DIR         the embedded database directory (default: STANCEMAP_DATA, else
                     ./.stancemap/db; DATABASE_URL selects PostgreSQL instead)
  -h, --help         show this help

${DIRECT_DATABASE_NOTE}

Examples:
  stancemap tokens create --name "nightly ingest" --role editor --expires-days 90
  stancemap tokens create --name dashboard --role viewer --user carol
  stancemap tokens list
  stancemap tokens revoke tok_3f2a9c0d41b84e6f9a7c2e5d8b1f0a64

Exit codes: 0 done; 1 refused or failed (no such account or token, a role above
the account's, no admin to default to, database not opened); 2 usage error.
`;

const DAY_MS = 24 * 60 * 60 * 1000;

function status(token: ApiToken, now: Date): string {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && new Date(token.expiresAt) <= now) return "expired";
  return "active";
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => row[i]?.length ?? 0))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

const day = (timestamp: string | null, none: string) => timestamp?.slice(0, 10) ?? none;

async function create(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    name: { type: "string" },
    role: { type: "string" },
    user: { type: "string" },
    "expires-days": { type: "string" },
    json: { type: "boolean", default: false },
    data: { type: "string" },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  const name = values.name?.trim();
  if (!name)
    throw new UsageError(
      'give the token a --name saying what it is for, e.g. --name "nightly ingest"',
    );
  if (name.length > 200) throw new UsageError("--name is longer than 200 characters");
  if (values.role === undefined)
    throw new UsageError("give the token a --role (ingesting needs editor)");
  const { ROLES } = await import("@stancemap/schema");
  const role = parseRole(values.role, "--role", ROLES);
  let expiresAt: Date | null = null;
  const days = values["expires-days"];
  if (days !== undefined) {
    const n = Number(days);
    if (!/^\d+$/.test(days) || n < 1 || n > 3650) {
      throw new UsageError(`--expires-days needs a whole number from 1 to 3650, not '${days}'`);
    }
    expiresAt = new Date(Date.now() + n * DAY_MS);
  }

  const { hashSecret, newSecret, TOKEN_PREFIX } = await import("@stancemap/api");
  const store = await openStoreOrExplain(values.data, io, "tokens create");
  if (!store) return 1;
  try {
    let user = values.user;
    if (user === undefined) {
      const admins = (await store.listUsers()).filter((u) => u.role === "admin" && !u.disabled);
      if (admins.length === 0) {
        io.stderr(
          "stancemap tokens create: there is no enabled admin to create the token for: give --user, or create an admin with `stancemap users add --admin <name>`\n",
        );
        return 1;
      }
      if (admins.length > 1) {
        throw new UsageError(
          `there are several admins (${admins.map((a) => a.name).join(", ")}): say which account the token acts for with --user`,
        );
      }
      user = admins[0]?.name as string;
    }
    const secret = newSecret(TOKEN_PREFIX);
    const token = await store.createToken(
      { name, user, role, secretHash: hashSecret(secret), expiresAt },
      { actor: cliActor() },
    );
    const expiry = token.expiresAt ? `expires ${day(token.expiresAt, "")}` : "no expiry";
    io.stderr(
      `Created token ${token.id} "${token.name}" for ${token.user}: role ${token.role}, ${expiry}.\n`,
    );
    io.stdout(values.json ? `${JSON.stringify({ token, secret })}\n` : `${secret}\n`);
    io.stderr(
      "Copy it now: it is not stored. Send it as `Authorization: Bearer <token>`, or pass it to `stancemap ingest --server URL --token <token>`.\n",
    );
    return 0;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    return reportFailure(error, io, "tokens create");
  } finally {
    await store.close();
  }
}

async function list(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    json: { type: "boolean", default: false },
    data: { type: "string" },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  const store = await openStoreOrExplain(values.data, io, "tokens list");
  if (!store) return 1;
  try {
    const tokens = await store.listTokens();
    if (values.json) {
      io.stdout(`${JSON.stringify(tokens)}\n`);
    } else if (tokens.length === 0) {
      io.stdout(
        "No API tokens yet. Create one with `stancemap tokens create --name NAME --role ROLE`.\n",
      );
    } else {
      const now = new Date();
      const rows = [
        ["ID", "NAME", "USER", "ROLE", "STATUS", "CREATED", "EXPIRES", "LAST USED"],
        ...tokens.map((t) => [
          t.id,
          t.name,
          t.user,
          t.role,
          status(t, now),
          day(t.createdAt, "-"),
          day(t.expiresAt, "never"),
          day(t.lastUsedAt, "never"),
        ]),
      ];
      io.stdout(`${table(rows)}\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}

async function revoke(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { data: { type: "string" } });
  const [id, extra] = positionals;
  if (id === undefined)
    throw new UsageError("give the id of the token to revoke (see `stancemap tokens list`)");
  if (extra !== undefined) throw new UsageError(`unexpected argument '${extra}'`);
  const store = await openStoreOrExplain(values.data, io, "tokens revoke");
  if (!store) return 1;
  try {
    const before = (await store.listTokens()).find((t) => t.id === id);
    if (before?.revokedAt) {
      io.stdout(
        `Token ${before.id} "${before.name}" was already revoked on ${day(before.revokedAt, "")}.\n`,
      );
      return 0;
    }
    const token = await store.revokeToken(id, { actor: cliActor() });
    io.stdout(`Revoked token ${token.id} "${token.name}" of ${token.user}.\n`);
    return 0;
  } catch (error) {
    return reportFailure(error, io, "tokens revoke");
  } finally {
    await store.close();
  }
}

export const tokensCommand: Command = {
  name: "tokens",
  summary: "create, list and revoke API tokens (tokens create|list|revoke)",
  help,
  async run(args: string[], io: Io) {
    const [sub, ...rest] = args;
    if (sub === "create") return create(rest, io);
    if (sub === "list") return list(rest, io);
    if (sub === "revoke") return revoke(rest, io);
    throw new UsageError(
      sub === undefined
        ? "give a sub-command: create, list or revoke"
        : `unknown sub-command '${sub}'`,
    );
  },
};
