import { describe, expect, it } from "vitest";
import { loadEnv } from "./env.js";

describe("loadEnv", () => {
  it("defaults to port 3000 on 127.0.0.1 with the embedded database under .stancemap/db", () => {
    expect(loadEnv({})).toEqual({
      PORT: 3000,
      HOST: "127.0.0.1",
      STANCEMAP_DATA: "./.stancemap/db",
      DATABASE_URL: undefined,
    });
  });

  it("reads the variables, treating empty ones as unset", () => {
    expect(
      loadEnv({
        PORT: "8080",
        HOST: "0.0.0.0",
        STANCEMAP_DATA: "",
        DATABASE_URL: "postgres://db/x",
      }),
    ).toEqual({
      PORT: 8080,
      HOST: "0.0.0.0",
      STANCEMAP_DATA: "./.stancemap/db",
      DATABASE_URL: "postgres://db/x",
    });
  });

  it("names an invalid variable", () => {
    expect(() => loadEnv({ PORT: "http" })).toThrow(/Invalid environment: PORT/);
    expect(() => loadEnv({ PORT: "70000" })).toThrow(/PORT/);
  });
});
