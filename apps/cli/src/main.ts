/** The `stancemap` command: parses the sub-command and hands over to it; exit codes 0 ok, 1 some inputs failed, 2 usage. */
import { exportCommand } from "./commands/export.js";
import { extractCommand } from "./commands/extract.js";
import { ingestCommand } from "./commands/ingest.js";
import { serveCommand } from "./commands/serve.js";
import { tokensCommand } from "./commands/tokens.js";
import { usersCommand } from "./commands/users.js";
import { processStdin, type Stdin } from "./stdin.js";
import { UsageError } from "./usage.js";

export interface Command {
  name: string;
  summary: string;
  help: string;
  run(args: string[], io: Io): Promise<number>;
}

/** Where a command writes; tests pass their own. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  /** Stops a long-running command (serve) when aborted; SIGINT and SIGTERM do too. */
  signal?: AbortSignal;
  /** What `users` reads passwords from (default the process's stdin and terminal). */
  stdin?: Stdin;
  /** The environment the CLI reads its variables from (default process.env). */
  env?: Record<string, string | undefined>;
}

const commands: Command[] = [
  extractCommand,
  ingestCommand,
  serveCommand,
  exportCommand,
  usersCommand,
  tokensCommand,
];

export const HELP = `stancemap — who said what, on which issue, across every outlet that reported it

Usage: stancemap <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(10)}${c.summary}`).join("\n")}

Run \`stancemap <command> --help\` for a command's options.

Exit codes: 0 success; 1 some inputs failed (the others are still processed) or the
command could not be carried out; 2 usage error.
`;

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
  stdin: processStdin,
};

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout(HELP);
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    io.stdout("stancemap 0.1.0\n");
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`stancemap: unknown command '${name}'\n\n${HELP}`);
    return 2;
  }
  return runCommand(command, rest, io);
}

/** Runs one command with its help and usage errors handled; tests use it to run a command built with test options. */
export async function runCommand(command: Command, args: string[], io: Io): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(command.help);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`stancemap ${command.name}: ${error.message}\n\n${command.help}`);
      return 2;
    }
    throw error;
  }
}
