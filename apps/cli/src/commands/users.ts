/** `stancemap users`: add, list and change the accounts a shared server signs people in with. */
import type { ScryptCost } from "@stancemap/api";
import type { Role, User } from "@stancemap/schema";
import { cliActor, parseRole, readNewPassword, reportFailure } from "../accounts.js";
import { DIRECT_DATABASE_NOTE, openStoreOrExplain } from "../local-store.js";
import type { Command, Io } from "../main.js";
import { parseCommandArgs, UsageError } from "../usage.js";

const help = `Usage: stancemap users add <name> [--admin | --role ROLE] [--password-stdin] [--data DIR]
       stancemap users list [--json] [--data DIR]
       stancemap users set <name> [--role ROLE] [--disable | --enable]
                           [--reset-password [--password-stdin]] [--data DIR]

Manage the accounts people sign in with when the server runs in shared mode (on
an address other than 127.0.0.1, or with STANCEMAP_AUTH=required). Shared mode
needs at least one enabled admin: create it with \`stancemap users add --admin <name>\`.

Roles, each with the rights of the ones before it:
  viewer    reads
  reviewer  also records review decisions
  editor    also ingests documents and renames or merges topics and actors
  admin     also manages users and API tokens

Sub-commands:
  add <name>    create an account (default role: reviewer). The password is typed
                twice on the terminal, with nothing shown; with --password-stdin
                it is the first line of stdin instead (for scripts). At least 10
                characters. Names are letters, digits and . _ @ -, unique
                regardless of case.
  list          the accounts: name, role, enabled or disabled, created
  set <name>    change an account's role, disable or re-enable it, or give it a
                new password. Disabling it or a new password ends its sessions;
                a disabled account's API tokens stop working. The last enabled
                admin cannot be demoted or disabled.

Options:
  --admin           with add: the same as --role admin
  --role ROLE       viewer, reviewer, editor or admin
  --password-stdin  read the password from the first line of stdin instead of
                    prompting (with add, or with set --reset-password)
  --reset-password  with set: ask for a new password
  --disable         with set: the account can no longer sign in
  --enable          with set: undo --disable
  --json            with list: print the accounts as a JSON array
  --data DIR        the embedded database directory (default: STANCEMAP_DATA, else
                    ./.stancemap/db; DATABASE_URL selects PostgreSQL instead)
  -h, --help        show this help

${DIRECT_DATABASE_NOTE}

Examples:
  stancemap users add alice --admin
  printf '%s\\n' "$PASSWORD" | stancemap users add bob --role editor --password-stdin
  stancemap users list --json
  stancemap users set bob --role reviewer
  stancemap users set bob --disable
  stancemap users set alice --reset-password

Exit codes: 0 done; 1 the change was refused or failed (name taken, no such user,
the last admin, password too short or the two differ, database not opened);
2 usage error.
`;

export interface UsersCommandOptions {
  /** scrypt cost for new password hashes (default the API's DEFAULT_COST); tests lower it. */
  passwordCost?: ScryptCost;
}

async function checkName(name: string | undefined): Promise<string> {
  if (name === undefined) throw new UsageError("give the user's name");
  const { UserName } = await import("@stancemap/schema");
  const result = UserName.safeParse(name);
  if (!result.success) {
    throw new UsageError(`'${name}' cannot be a user name: ${result.error.issues[0]?.message}`);
  }
  return result.data;
}

async function hash(password: string, options: UsersCommandOptions): Promise<string> {
  const { hashPassword } = await import("@stancemap/api");
  return hashPassword(password, options.passwordCost);
}

async function add(args: string[], io: Io, options: UsersCommandOptions): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    admin: { type: "boolean", default: false },
    role: { type: "string" },
    "password-stdin": { type: "boolean", default: false },
    data: { type: "string" },
  });
  if (positionals.length > 1) throw new UsageError(`unexpected argument '${positionals[1]}'`);
  const name = await checkName(positionals[0]);
  const { ROLES } = await import("@stancemap/schema");
  let role: Role = "reviewer";
  if (values.role !== undefined) role = parseRole(values.role, "--role", ROLES);
  if (values.admin) {
    if (values.role !== undefined && role !== "admin") {
      throw new UsageError("--admin and --role exclude each other");
    }
    role = "admin";
  }
  // Ask before opening the database, so a typo in the password does not keep it open.
  let passwordHash: string;
  try {
    passwordHash = await hash(await readNewPassword(io, name, values["password-stdin"]), options);
  } catch (error) {
    return reportFailure(error, io, "users add");
  }
  const store = await openStoreOrExplain(values.data, io, "users add");
  if (!store) return 1;
  try {
    const user = await store.createUser({ name, role, passwordHash }, { actor: cliActor() });
    io.stdout(`Created ${user.role} ${user.name}.\n`);
    return 0;
  } catch (error) {
    return reportFailure(error, io, "users add");
  } finally {
    await store.close();
  }
}

function table(users: User[]): string {
  const rows = [
    ["NAME", "ROLE", "STATUS", "CREATED"],
    ...users.map((u) => [
      u.name,
      u.role,
      u.disabled ? "disabled" : "enabled",
      u.createdAt.slice(0, 10),
    ]),
  ];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => row[i]?.length ?? 0))) ?? [];
  return rows
    .map((row) => `${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  ")}`.trimEnd())
    .join("\n");
}

async function list(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    json: { type: "boolean", default: false },
    data: { type: "string" },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  const store = await openStoreOrExplain(values.data, io, "users list");
  if (!store) return 1;
  try {
    const users = await store.listUsers();
    if (values.json) io.stdout(`${JSON.stringify(users)}\n`);
    else if (users.length === 0) {
      io.stdout(
        "No users yet. Create the first admin with `stancemap users add --admin <name>`.\n",
      );
    } else io.stdout(`${table(users)}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

async function set(args: string[], io: Io, options: UsersCommandOptions): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    role: { type: "string" },
    disable: { type: "boolean", default: false },
    enable: { type: "boolean", default: false },
    "reset-password": { type: "boolean", default: false },
    "password-stdin": { type: "boolean", default: false },
    data: { type: "string" },
  });
  if (positionals.length > 1) throw new UsageError(`unexpected argument '${positionals[1]}'`);
  const name = await checkName(positionals[0]);
  const { ROLES } = await import("@stancemap/schema");
  const role = values.role === undefined ? undefined : parseRole(values.role, "--role", ROLES);
  if (values.disable && values.enable)
    throw new UsageError("--disable and --enable exclude each other");
  if (values["password-stdin"] && !values["reset-password"]) {
    throw new UsageError("--password-stdin goes with --reset-password");
  }
  const disabled = values.disable ? true : values.enable ? false : undefined;
  if (role === undefined && disabled === undefined && !values["reset-password"]) {
    throw new UsageError("say what to change: --role, --disable, --enable or --reset-password");
  }
  let passwordHash: string | undefined;
  if (values["reset-password"]) {
    try {
      passwordHash = await hash(await readNewPassword(io, name, values["password-stdin"]), options);
    } catch (error) {
      return reportFailure(error, io, "users set");
    }
  }
  const store = await openStoreOrExplain(values.data, io, "users set");
  if (!store) return 1;
  try {
    const user = await store.updateUser(
      name,
      {
        ...(role !== undefined && { role }),
        ...(disabled !== undefined && { disabled }),
        ...(passwordHash !== undefined && { passwordHash }),
      },
      { actor: cliActor() },
    );
    const changes = [
      ...(role !== undefined ? [`role ${user.role}`] : []),
      ...(disabled !== undefined ? [user.disabled ? "disabled" : "enabled"] : []),
      ...(passwordHash !== undefined ? ["new password"] : []),
    ];
    io.stdout(`Updated ${user.name}: ${changes.join(", ")}.\n`);
    if (passwordHash !== undefined || disabled === true) {
      io.stdout(`${user.name}'s sessions have ended; they must sign in again.\n`);
    }
    return 0;
  } catch (error) {
    return reportFailure(error, io, "users set");
  } finally {
    await store.close();
  }
}

/** The command with its password hashing cost; `usersCommand` is the real one. */
export function createUsersCommand(options: UsersCommandOptions = {}): Command {
  return {
    name: "users",
    summary: "add, list and change reviewer accounts (users add|list|set)",
    help,
    async run(args: string[], io: Io) {
      const [sub, ...rest] = args;
      if (sub === "add") return add(rest, io, options);
      if (sub === "list") return list(rest, io);
      if (sub === "set") return set(rest, io, options);
      throw new UsageError(
        sub === undefined ? "give a sub-command: add, list or set" : `unknown sub-command '${sub}'`,
      );
    },
  };
}

export const usersCommand = createUsersCommand();
