/** `stancemap ingest`: extract articles and store them, in the local database or through a running server's API. */
import type { ExtractInput } from "@stancemap/extract";
import type { IngestFailure, IngestResult, IngestSummary } from "@stancemap/schema";
import { loadCliEnv } from "../env.js";
import { openLocalStore } from "../local-store.js";
import type { Command, Io } from "../main.js";
import { createProgress, type Progress } from "../progress.js";
import { type InputFailure, listInputFiles, readInputs } from "../read-inputs.js";
import { parseCommandArgs, UsageError } from "../usage.js";

const help = `Usage: stancemap ingest <file|dir>... [--server URL [--token TOKEN]] [--data DIR] [--json]

Extract positions from news articles and store them: documents, sources, actors,
topics and statements, in one transaction. Inputs are read as by \`stancemap extract\`
(.txt, .md, .html; directories recursively, without hidden entries or a README,
LICENSE and the like; optional header lines).

A text already stored is left unchanged; a new text at a known path becomes that
document's next version, and reviewed statements keep their reviews when their
words are still there.

Options:
  --server URL  send the files to a running Stancemap server (\`stancemap serve\`)
                instead of opening the database, e.g. --server http://localhost:3000.
                Files go in requests of up to 10 MB; the server extracts each request
                on its own, so topics are found per request.
  --token TOKEN with --server: the API token to send (default: STANCEMAP_TOKEN).
                A server in shared mode (accounts) needs one with the editor role:
                \`stancemap tokens create --name ingest --role editor\` on the
                server's database makes one. Prefer STANCEMAP_TOKEN to --token on
                shared machines: other users can see a process's arguments.
  --data DIR    the embedded database directory (default: STANCEMAP_DATA, else
                ./.stancemap/db; DATABASE_URL selects PostgreSQL instead). Only one
                process may open an embedded database: while \`stancemap serve\` runs
                on it, use --server.
  --json        print the IngestResult as JSON on stdout instead of a summary
  -h, --help    show this help

Progress goes to stderr: a bar on a terminal, one line per file otherwise.
Problems with single files are reported on stderr, naming the file; the others
are still ingested.

Examples:
  stancemap ingest articles/
  STANCEMAP_TOKEN=stm_pat_... stancemap ingest articles/ --server https://stancemap.example.org

Exit codes: 0 all inputs ingested; 1 some inputs failed (or the server could not
be reached, or refused the token); 2 usage error.
`;

/** Multipart framing and the form field add a little to each file; stay clear of the server's limit. */
const REQUEST_BUDGET = 9 * 1024 * 1024;

function describe(result: IngestResult, where: string): string {
  const count = (status: string) => result.documents.filter((d) => d.status === status).length;
  const statements = result.summary.statements.inserted;
  return `Ingested ${result.documents.length} document(s) into ${where}: ${count("created")} new, ${count("versioned")} new version(s), ${count("unchanged")} unchanged; ${statements} statement(s) stored\n`;
}

async function ingestLocally(
  files: string[],
  failures: InputFailure[],
  data: string | undefined,
  progress: Progress,
): Promise<{ result: IngestResult; where: string }> {
  const [{ extractCorpus }, { ingestInputs }] = await Promise.all([
    import("@stancemap/extract"),
    import("@stancemap/api"),
  ]);
  const { store, where } = await openLocalStore(data);
  try {
    // The extractor pulls files one at a time, so the bar follows extraction.
    function* inputs(): Generator<ExtractInput> {
      for (const file of files) {
        progress.tick(file);
        yield* readInputs([file], failures);
      }
    }
    const result = await ingestInputs({ store, extract: extractCorpus }, inputs(), {
      actor: "cli",
    });
    return { result, where };
  } finally {
    await store.close();
  }
}

/** Sums the answers of several requests into one IngestResult. */
function merge(results: IngestResult[]): IngestResult {
  const summary: IngestSummary = {
    documents: { created: [], versioned: [], unchanged: [] },
    statements: { inserted: 0, skipped: 0 },
    reviewsCarriedOver: [],
    actors: { created: 0, updated: 0 },
    sources: { created: 0, updated: 0 },
    topics: { created: 0, updated: 0 },
    auditEventId: null,
  };
  for (const { summary: s } of results) {
    summary.documents.created.push(...s.documents.created);
    summary.documents.versioned.push(...s.documents.versioned);
    summary.documents.unchanged.push(...s.documents.unchanged);
    summary.statements.inserted += s.statements.inserted;
    summary.statements.skipped += s.statements.skipped;
    summary.reviewsCarriedOver.push(...s.reviewsCarriedOver);
    for (const key of ["actors", "sources", "topics"] as const) {
      summary[key].created += s[key].created;
      summary[key].updated += s[key].updated;
    }
    summary.auditEventId = s.auditEventId ?? summary.auditEventId;
  }
  return {
    documents: results.flatMap((r) => r.documents),
    summary,
    failures: results.flatMap((r) => r.failures),
  };
}

async function ingestThroughServer(
  files: string[],
  failures: InputFailure[],
  server: string,
  token: string | undefined,
  progress: Progress,
): Promise<IngestResult> {
  const { createClient, uploadDocuments, MAX_FILES } = await import("@stancemap/api");
  const client = createClient(
    server,
    token === undefined ? undefined : { headers: { Authorization: `Bearer ${token}` } },
  );
  const batches: ExtractInput[][] = [[]];
  let size = 0;
  for (const input of readInputs(files, failures)) {
    const batch = batches.at(-1) as ExtractInput[];
    if (
      batch.length > 0 &&
      (size + input.bytes.length > REQUEST_BUDGET || batch.length >= MAX_FILES)
    ) {
      batches.push([input]);
      size = input.bytes.length;
    } else {
      batch.push(input);
      size += input.bytes.length;
    }
  }
  const results: IngestResult[] = [];
  for (const batch of batches) {
    if (batch.length === 0) continue;
    // The path as given is the file name, so the server records the same origin a local ingest would.
    const upload = batch.map(
      (input) => new File([input.bytes as Uint8Array<ArrayBuffer>], input.origin),
    );
    let res: Awaited<ReturnType<typeof uploadDocuments>>;
    try {
      res = await uploadDocuments(client, upload);
    } catch (error) {
      const cause = (error as Error & { cause?: { code?: string } }).cause?.code;
      throw new ServerError(
        `cannot reach ${server}${cause ? ` (${cause})` : ""}: ${(error as Error).message}`,
      );
    }
    for (const input of batch) progress.tick(input.origin);
    if (res.status === 200 || res.status === 201) {
      results.push((await res.json()) as IngestResult);
    } else if (res.status === 422) {
      // Nothing readable in this request: the problem lists each file.
      const problem = (await res.json()) as { errors?: { path: string; message: string }[] };
      const rejected: IngestFailure[] = (problem.errors ?? []).map((e) => ({
        origin: e.path,
        message: e.message,
      }));
      failures.push(...rejected);
    } else if (res.status === 401 || res.status === 403) {
      throw new ServerError(refusal(server, res.status, token, await readProblem(res)));
    } else {
      const { detail } = await readProblem(res);
      throw new ServerError(`${server} answered ${res.status}: ${detail}`);
    }
  }
  return merge(results);
}

class ServerError extends Error {}

/** The problem+json `detail` (else the start of the body) and `code`. */
async function readProblem(res: Response): Promise<{ detail: string; code?: string }> {
  const text = await res.text();
  try {
    const problem = JSON.parse(text) as { detail?: string; code?: string };
    return { detail: problem.detail ?? text.slice(0, 500), code: problem.code };
  } catch {
    return { detail: text.slice(0, 500) };
  }
}

const CREATE_TOKEN = "`stancemap tokens create --name ingest --role editor`";

/** Says what to do about a 401 or 403: get a token, replace it, or get one with a higher role. */
function refusal(
  server: string,
  status: number,
  token: string | undefined,
  { detail, code }: { detail: string; code?: string },
) {
  if (status === 403) {
    // Other refusals (a local-mode server reached under another name) are not about the token.
    if (code !== "forbidden") return `${server} refused the upload: ${detail}`;
    return `${server} refused the upload (${detail}): ingesting needs a token with the editor role; create one with ${CREATE_TOKEN} on the server's database`;
  }
  if (token === undefined) {
    return `${server} needs an API token (${detail}): create one with ${CREATE_TOKEN} on the server's database, then pass it with --token or STANCEMAP_TOKEN`;
  }
  return `${server} did not accept the API token (${detail}): it may be mistyped, revoked or expired; \`stancemap tokens list\` shows its state, ${CREATE_TOKEN} makes a new one`;
}

/** Loopback traffic never leaves the machine; anything else over plain http shows the token to the network. */
function exposesToken(server: string): boolean {
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    return false;
  }
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const loopback = host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);
  return url.protocol === "http:" && !loopback;
}

export const ingestCommand: Command = {
  name: "ingest",
  summary: "extract files and store them (locally, or --server URL through the API)",
  help,
  async run(args: string[], io: Io) {
    const { values, positionals } = parseCommandArgs(args, {
      server: { type: "string" },
      token: { type: "string" },
      data: { type: "string" },
      json: { type: "boolean", default: false },
    });
    if (positionals.length === 0) throw new UsageError("give at least one file or directory");
    if (values.server !== undefined && values.data !== undefined) {
      throw new UsageError("--server and --data exclude each other");
    }
    if (values.server !== undefined && !/^https?:\/\/[^/]/.test(values.server)) {
      throw new UsageError(`--server needs an http(s) URL, not '${values.server}'`);
    }
    if (values.token !== undefined && values.server === undefined) {
      throw new UsageError("--token goes with --server (a local ingest needs no token)");
    }
    if (values.token !== undefined && !/^\S+$/.test(values.token)) {
      throw new UsageError("--token is empty or has spaces");
    }
    let token: string | undefined;
    if (values.server !== undefined) {
      try {
        token = values.token ?? loadCliEnv(io.env).STANCEMAP_TOKEN;
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
    }
    if (token !== undefined && values.server !== undefined && exposesToken(values.server)) {
      io.stderr(
        `stancemap ingest: warning: ${values.server} is plain http, so the API token crosses the network unencrypted; use https\n`,
      );
    }
    const failures: InputFailure[] = [];
    const files = listInputFiles(positionals, failures);
    const progress = createProgress(io, files.length, values.server ? "uploading" : "extracting");

    let result: IngestResult;
    let where: string;
    try {
      if (values.server) {
        result = await ingestThroughServer(files, failures, values.server, token, progress);
        where = values.server;
      } else {
        ({ result, where } = await ingestLocally(files, failures, values.data, progress));
      }
    } catch (error) {
      progress.done();
      if (!(error instanceof ServerError)) throw error;
      for (const failure of failures) io.stderr(`stancemap ingest: ${failure.message}\n`);
      io.stderr(`stancemap ingest: ${error.message}\n`);
      return 1;
    }
    progress.done();

    const all = [...failures, ...result.failures];
    if (values.json) io.stdout(`${JSON.stringify({ ...result, failures: all })}\n`);
    else io.stdout(describe(result, where));
    for (const failure of all) io.stderr(`stancemap ingest: ${failure.message}\n`);
    if (all.length > 0) io.stderr(`stancemap ingest: ${all.length} input(s) failed\n`);
    return all.length > 0 ? 1 : 0;
  },
};
