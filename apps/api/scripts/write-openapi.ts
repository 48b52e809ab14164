/** Writes apps/api/openapi.json from the routes; `npm run openapi -w @stancemap/api` after changing a route. */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { openApiJson } from "../src/openapi-file.js";

const target = fileURLToPath(new URL("../openapi.json", import.meta.url));
writeFileSync(target, await openApiJson());
console.log(`wrote ${target}`);
