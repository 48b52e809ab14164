import { describe, expect, it } from "vitest";
import {
  lesserRole,
  Password,
  ROLES,
  roleAtLeast,
  TokenCreateRequest,
  UserName,
  UserUpdateRequest,
} from "./auth.js";

describe("roles", () => {
  it("orders viewer < reviewer < editor < admin, each including the ones before", () => {
    expect(ROLES).toEqual(["viewer", "reviewer", "editor", "admin"]);
    expect(roleAtLeast("admin", "viewer")).toBe(true);
    expect(roleAtLeast("editor", "reviewer")).toBe(true);
    expect(roleAtLeast("reviewer", "editor")).toBe(false);
    expect(roleAtLeast("viewer", "viewer")).toBe(true);
    expect(lesserRole("admin", "reviewer")).toBe("reviewer");
    expect(lesserRole("viewer", "editor")).toBe("viewer");
  });
});

describe("account input", () => {
  it("takes readable user names and refuses spaces, markup and empty ones", () => {
    for (const ok of ["alice", "a.b-c_d", "user@example.org", "Мария", "x"]) {
      expect(UserName.safeParse(ok).success, ok).toBe(true);
    }
    expect(UserName.parse("  alice ")).toBe("alice");
    for (const bad of ["", "a b", "<b>", ".hidden", "x".repeat(65)]) {
      expect(UserName.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("needs passwords of 10 characters or more, and at least one change in an update", () => {
    expect(Password.safeParse("short").error?.issues[0]?.message).toMatch(/at least 10/);
    expect(Password.safeParse("long enough!").success).toBe(true);
    expect(UserUpdateRequest.safeParse({}).success).toBe(false);
    expect(UserUpdateRequest.safeParse({ disabled: true }).success).toBe(true);
    expect(UserUpdateRequest.safeParse({ role: "root" }).success).toBe(false);
    expect(
      TokenCreateRequest.safeParse({ name: "ci", role: "editor", expiresInDays: 0 }).success,
    ).toBe(false);
  });
});
