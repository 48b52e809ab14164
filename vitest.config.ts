/** Root config for watch mode across every workspace (`npx vitest`); CI runs each package through turbo. */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: { projects: ["packages/*", "apps/*"] },
});
