/** Vitest settings every workspace shares: resolve internal packages to their TypeScript source. */
import { defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

export const sourceConditions = ["@stancemap/source", ...defaultServerConditions];

export default defineConfig({
  resolve: { conditions: sourceConditions },
  ssr: { resolve: { conditions: sourceConditions } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    typecheck: { include: ["src/**/*.test-d.ts"] },
  },
});
