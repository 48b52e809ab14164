/** `stancemap export`: the stored corpus as a CorpusAnalysis (json) or flat rows (csv, ndjson). */
import { writeFileSync } from "node:fs";
import { openLocalStore } from "../local-store.js";
import type { Command, Io } from "../main.js";
import { parseCommandArgs, UsageError } from "../usage.js";

const FORMATS = ["json", "csv", "ndjson"] as const;
type Format = (typeof FORMATS)[number];

const help = `Usage: stancemap export [--format json|csv|ndjson] [--out FILE] [--data DIR]

Write everything stored (current document versions, with reviews applied):

  json    one CorpusAnalysis, the format \`stancemap extract --json\` prints and
          ingest takes (default)
  csv     one row per statement for spreadsheets: root actor, holder, topic,
          source, date, mode, stance, cue, exact words, attribution chain, ...
          (RFC 4180, CRLF; cells starting with = + - @ get a leading apostrophe)
  ndjson  the same rows as JSON, one per line

Options:
  --format F    json, csv or ndjson (default json)
  --out FILE    write to FILE instead of stdout
  --pretty      indent the json output
  --data DIR    the embedded database directory (default: STANCEMAP_DATA, else
                ./.stancemap/db; DATABASE_URL selects PostgreSQL instead)
  -h, --help    show this help

Exit codes: 0 success; 1 the database or FILE could not be opened; 2 usage error.
`;

export const exportCommand: Command = {
  name: "export",
  summary: "write the stored corpus as JSON, CSV or NDJSON",
  help,
  async run(args: string[], io: Io) {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: "string", default: "json" },
      out: { type: "string" },
      pretty: { type: "boolean", default: false },
      data: { type: "string" },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const format = values.format as Format;
    if (!FORMATS.includes(format)) {
      throw new UsageError(`--format must be json, csv or ndjson, not '${values.format}'`);
    }
    const { renderExport } = await import("@stancemap/api");
    const { store } = await openLocalStore(values.data);
    let output: string;
    try {
      const corpus = await store.exportCorpus();
      output =
        format === "json" && values.pretty
          ? JSON.stringify(corpus, null, 2)
          : renderExport(corpus, format);
    } finally {
      await store.close();
    }
    if (format === "json") output += "\n";
    if (values.out === undefined) {
      io.stdout(output);
      return 0;
    }
    try {
      writeFileSync(values.out, output);
    } catch (error) {
      io.stderr(`stancemap export: cannot write ${values.out}: ${(error as Error).message}\n`);
      return 1;
    }
    return 0;
  },
};
