/** Turns command-line paths (files or directories) into extractor inputs, one failure per unreadable file. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { type ExtractInput, formatSize, MAX_INPUT_BYTES } from "@stancemap/extract";

export const SUPPORTED_EXTENSIONS = new Set([".txt", ".md", ".markdown", ".html", ".htm"]);

/** A corpus directory's own documentation, never an article: skipped inside directories, read when named. */
const PROJECT_FILE = /^(?:readme|licen[cs]e|changelog|contributing|notice|copying)(?:\.[^.]*)?$/i;

export interface InputFailure {
  origin: string;
  message: string;
}

/** Every supported file under `paths`, in a stable order: each path as given, directory entries sorted. */
export function listInputFiles(paths: readonly string[], failures: InputFailure[]): string[] {
  const files: string[] = [];
  const visit = (path: string, explicit: boolean) => {
    let stats: ReturnType<typeof statSync>;
    try {
      stats = statSync(path);
    } catch (error) {
      failures.push({ origin: path, message: describeFsError(path, error) });
      return;
    }
    if (stats.isDirectory()) {
      let entries: string[];
      try {
        entries = readdirSync(path).sort();
      } catch (error) {
        failures.push({ origin: path, message: describeFsError(path, error) });
        return;
      }
      for (const entry of entries) {
        if (entry.startsWith(".") || PROJECT_FILE.test(entry)) continue;
        visit(join(path, entry), false);
      }
    } else if (explicit || SUPPORTED_EXTENSIONS.has(extname(path).toLowerCase())) {
      files.push(path);
    }
  };
  for (const path of paths) visit(path, true);
  return files;
}

/** Reads files lazily, so a large batch streams through the extractor instead of sitting in memory. */
export function* readInputs(
  files: readonly string[],
  failures: InputFailure[],
): Generator<ExtractInput> {
  for (const origin of files) {
    try {
      const size = statSync(origin).size;
      if (size > MAX_INPUT_BYTES) {
        failures.push({
          origin,
          message: `${origin}: too large (${formatSize(size)}, limit ${formatSize(MAX_INPUT_BYTES)})`,
        });
        continue;
      }
      yield { origin, bytes: readFileSync(origin) };
    } catch (error) {
      failures.push({ origin, message: describeFsError(origin, error) });
    }
  }
}

function describeFsError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return `${path}: no such file or directory`;
    case "EACCES":
    case "EPERM":
      return `${path}: permission denied`;
    case "EISDIR":
      return `${path}: is a directory`;
    default:
      return `${path}: cannot read (${(error as Error).message})`;
  }
}
