/** drizzle-kit settings: `npm run db:generate` diffs src/schema.ts against drizzle/meta and writes the next migration. */
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema.ts",
  out: "./drizzle",
});
