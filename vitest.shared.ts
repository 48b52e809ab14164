/** Vitest settings every workspace shares: resolve internal packages to their TypeScript source. */
import { defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

export const sourceConditions = ["@stancemap/source", ...defaultServerConditions];

export default defineConfig({
  resolve: { conditions: sourceConditions },
  ssr: { resolve: { conditions: sourceConditions } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Guards against hangs, not speed checks: the first test of a file may build the gazetteer and
    // load wink's model while turbo runs other packages' suites on the same two cores.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    typecheck: { include: ["src/**/*.test-d.ts"] },
  },
});
