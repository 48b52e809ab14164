import { describe, expect, it } from "vitest";
import { parseStoreUrl } from "./client.js";
import { ValidationError } from "./errors.js";

describe("parseStoreUrl", () => {
  it("opens PGlite in the caller's default directory, or in memory, when no URL is given", () => {
    expect(parseStoreUrl(undefined, ".stancemap/db")).toEqual({
      driver: "pglite",
      dataDir: ".stancemap/db",
    });
    expect(parseStoreUrl(undefined)).toEqual({ driver: "pglite", dataDir: undefined });
    expect(parseStoreUrl("memory://", ".stancemap/db")).toEqual({
      driver: "pglite",
      dataDir: undefined,
    });
  });

  it("reads pglite: URLs in short and URL-like forms", () => {
    expect(parseStoreUrl("pglite:data/db")).toEqual({ driver: "pglite", dataDir: "data/db" });
    expect(parseStoreUrl("pglite:///var/lib/stancemap")).toEqual({
      driver: "pglite",
      dataDir: "/var/lib/stancemap",
    });
    expect(() => parseStoreUrl("pglite:")).toThrow(ValidationError);
  });

  it("sends postgres URLs to node-postgres and rejects anything else", () => {
    const url = "postgres://user:secret@db.example:5432/stancemap";
    expect(parseStoreUrl(url)).toEqual({ driver: "postgres", url });
    expect(parseStoreUrl("postgresql://localhost/x")).toMatchObject({ driver: "postgres" });
    expect(() => parseStoreUrl("mysql://localhost/x")).toThrow(ValidationError);
  });
});
