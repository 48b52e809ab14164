#!/usr/bin/env node
// Runs the built CLI; `npm install` builds it (root `prepare`), `npm run build` rebuilds it.
import { existsSync } from "node:fs";

const entry = new URL("../dist/main.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    "stancemap: the CLI is not built yet; run `npm run build` at the repository root.\n",
  );
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
