/** Writes json/<name>.schema.json for every top-level schema (run by `npm run build`). */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type TopLevelSchemaName, toJsonSchema, topLevelSchemas } from "../src/json-schemas.js";

const out = join(dirname(fileURLToPath(import.meta.url)), "..", "json");
mkdirSync(out, { recursive: true });
for (const name of Object.keys(topLevelSchemas) as TopLevelSchemaName[]) {
  writeFileSync(
    join(out, `${name}.schema.json`),
    `${JSON.stringify(toJsonSchema(name), null, 2)}\n`,
  );
}
console.log(`wrote ${Object.keys(topLevelSchemas).length} JSON Schemas to ${out}`);
