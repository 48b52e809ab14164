/** `stancemap extract`: run the extractor on files or directories and print a CorpusAnalysis or a readable report. */
import { extractCorpus } from "@stancemap/extract";
import { CorpusAnalysis, checkCorpusIntegrity } from "@stancemap/schema";
import type { Command } from "../main.js";
import { type InputFailure, listInputFiles, readInputs } from "../read-inputs.js";
import { formatReport } from "../report.js";
import { parseCommandArgs, UsageError } from "../usage.js";

const help = `Usage: stancemap extract <file|dir>... [--json] [--pretty]

Extract every actor's stated positions from news articles and align them across outlets.

Inputs: .txt, .md and .html files, or directories (searched recursively for those
extensions, skipping hidden entries and a corpus's own README, LICENSE, CHANGELOG,
CONTRIBUTING, NOTICE or COPYING file; a file named explicitly is read whatever its name
and extension). A text file may start with header lines (title:, outlet:, url:, date:,
language:) and a blank line.

Options:
  --json      print one CorpusAnalysis as JSON on stdout (validated with
              @stancemap/schema before printing): documents, sources, actors,
              topics, statements. Evidence offsets are UTF-16 indices into
              documents[].text, which is each file's content exactly as read.
  --pretty    indent the JSON output
  -h, --help  show this help

Without --json, prints a report: per actor, per topic, one line per source with the
quoted evidence, the cue and the attribution chain.

Problems with single inputs (unreadable, empty, binary, undecodable, over 5 MB) are
reported on stderr, naming the file; the other inputs are still processed.

Exit codes: 0 all inputs fine; 1 some inputs failed; 2 usage error.
`;

export const extractCommand: Command = {
  name: "extract",
  summary: "extract positions from files or directories (--json for machine output)",
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      json: { type: "boolean", default: false },
      pretty: { type: "boolean", default: false },
    });
    if (positionals.length === 0) throw new UsageError("give at least one file or directory");

    const failures: InputFailure[] = [];
    const files = listInputFiles(positionals, failures);
    const { analysis, failures: extractFailures } = extractCorpus(readInputs(files, failures));
    failures.push(...extractFailures);

    // The contract promises schema-valid output; a violation is a bug, so fail loudly rather than print it.
    const parsed = CorpusAnalysis.parse(analysis);
    const issues = checkCorpusIntegrity(parsed);
    if (issues.length > 0) {
      throw new Error(
        `internal error: extractor produced an inconsistent corpus: ${JSON.stringify(issues.slice(0, 5))}`,
      );
    }

    if (values.json) io.stdout(`${JSON.stringify(parsed, null, values.pretty ? 2 : undefined)}\n`);
    else io.stdout(formatReport(parsed));

    for (const failure of failures) io.stderr(`stancemap extract: ${failure.message}\n`);
    if (failures.length > 0) {
      io.stderr(
        `stancemap extract: ${failures.length} input(s) failed; ${parsed.documents.length} document(s) processed\n`,
      );
    }
    return failures.length > 0 ? 1 : 0;
  },
};
