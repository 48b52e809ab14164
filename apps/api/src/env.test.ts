import { describe, expect, it } from "vitest";
import { loadEnv } from "./env.js";
import { resolveAuthMode } from "./server.js";

const DEFAULTS = {
  STANCEMAP_AUTH: undefined,
  STANCEMAP_USER: undefined,
  STANCEMAP_SESSION_HOURS: 12,
  STANCEMAP_SECURE_COOKIES: "0",
};

describe("loadEnv", () => {
  it("defaults to port 3000 on 127.0.0.1 with the embedded database under .stancemap/db", () => {
    expect(loadEnv({})).toEqual({
      PORT: 3000,
      HOST: "127.0.0.1",
      STANCEMAP_DATA: "./.stancemap/db",
      DATABASE_URL: undefined,
      ...DEFAULTS,
    });
  });

  it("reads the variables, treating empty ones as unset", () => {
    expect(
      loadEnv({
        PORT: "8080",
        HOST: "0.0.0.0",
        STANCEMAP_DATA: "",
        DATABASE_URL: "postgres://db/x",
        STANCEMAP_AUTH: "required",
        STANCEMAP_SESSION_HOURS: "2",
        STANCEMAP_USER: "",
      }),
    ).toEqual({
      PORT: 8080,
      HOST: "0.0.0.0",
      STANCEMAP_DATA: "./.stancemap/db",
      DATABASE_URL: "postgres://db/x",
      ...DEFAULTS,
      STANCEMAP_AUTH: "required",
      STANCEMAP_SESSION_HOURS: 2,
    });
  });

  it("names an invalid variable", () => {
    expect(() => loadEnv({ PORT: "http" })).toThrow(/Invalid environment: PORT/);
    expect(() => loadEnv({ PORT: "70000" })).toThrow(/PORT/);
    expect(() => loadEnv({ STANCEMAP_AUTH: "off" })).toThrow(/STANCEMAP_AUTH/);
  });
});

describe("resolveAuthMode", () => {
  it("is local on loopback and shared on any other address", () => {
    expect(resolveAuthMode("127.0.0.1")).toBe("local");
    expect(resolveAuthMode("::1")).toBe("local");
    expect(resolveAuthMode("localhost")).toBe("local");
    expect(resolveAuthMode("0.0.0.0")).toBe("required");
    expect(resolveAuthMode("192.168.1.20")).toBe("required");
  });

  it("forces accounts on loopback when asked, and refuses local mode elsewhere", () => {
    expect(resolveAuthMode("127.0.0.1", "required")).toBe("required");
    expect(() => resolveAuthMode("0.0.0.0", "local")).toThrow(
      /cannot be used when listening on 0\.0\.0\.0/,
    );
  });
});
