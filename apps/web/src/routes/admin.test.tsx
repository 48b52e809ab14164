import { cleanup, fireEvent, render } from "@solidjs/testing-library";
import type { ApiToken, Role, SessionInfo, User } from "@stancemap/schema";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { api } from "../lib/api.js";
import { AppProvider } from "../lib/state.jsx";
import { AdminView } from "./admin.jsx";

vi.mock("../lib/api.js", async (original) => ({
  ...(await original<typeof import("../lib/api.js")>()),
  api: {
    users: vi.fn(),
    createUser: vi.fn(),
    updateUser: vi.fn(),
    tokens: vi.fn(),
    createToken: vi.fn(),
    revokeToken: vi.fn(),
  },
}));

const user = (name: string, role: Role, disabled = false): User => ({
  id: `usr_${name}`,
  name,
  role,
  disabled,
  createdAt: "2025-01-01T00:00:00.000Z",
});

const TOKEN: ApiToken = {
  id: "tok_nightly",
  name: "nightly ingest",
  user: "ada",
  role: "editor",
  createdAt: "2025-01-02T00:00:00.000Z",
  expiresAt: null,
  lastUsedAt: null,
  revokedAt: null,
};

function show(role: Role) {
  const session = async (): Promise<SessionInfo> => ({
    mode: "required",
    principal: { name: "ada", role, via: "session" },
    csrfToken: "csrf",
    expiresAt: null,
  });
  return render(() => (
    <AppProvider load={async () => ({ actors: [], sources: [], topics: [] })} loadSession={session}>
      <AdminView />
    </AppProvider>
  ));
}

beforeEach(() => {
  vi.mocked(api.users).mockResolvedValue([user("ada", "admin"), user("rita", "reviewer", true)]);
  vi.mocked(api.tokens).mockResolvedValue([TOKEN]);
});

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

describe("AdminView", () => {
  it("is closed to anyone below admin, and asks the server for nothing", async () => {
    const view = show("editor");
    await view.findByText("This page needs the admin role.");
    expect(api.users).not.toHaveBeenCalled();
    expect(api.tokens).not.toHaveBeenCalled();
  });

  it("shows each account with its own role selected, and changes a role", async () => {
    vi.mocked(api.updateUser).mockResolvedValue(user("rita", "editor", true));
    const view = show("admin");
    const rita = (await view.findByLabelText("Role of rita")) as HTMLSelectElement;
    expect(rita.value).toBe("reviewer");
    expect((view.getByLabelText("Role of ada") as HTMLSelectElement).value).toBe("admin");
    expect(view.getByRole("button", { name: "Enable rita" })).toBeTruthy();
    expect(view.getByRole("button", { name: "Disable ada" })).toBeTruthy();
    fireEvent.change(rita, { target: { value: "editor" } });
    await view.findByText("rita is now editor.");
    expect(api.updateUser).toHaveBeenCalledWith("rita", { role: "editor" });
  });

  it("creates an account with the role chosen (reviewer unless changed)", async () => {
    vi.mocked(api.createUser).mockResolvedValue(user("nora", "reviewer"));
    const view = show("admin");
    const form = await view.findByRole("form", { name: "Create a user" });
    expect((form.querySelector("select[name=role]") as HTMLSelectElement).value).toBe("reviewer");
    fireEvent.input(await view.findByLabelText("New user name"), { target: { value: " nora " } });
    fireEvent.input(view.getByLabelText("Initial password (10+ characters)"), {
      target: { value: "correct horse battery" },
    });
    fireEvent.submit(view.getByRole("form", { name: "Create a user" }));
    await view.findByText("Created nora (reviewer).");
    expect(api.createUser).toHaveBeenCalledWith({
      name: "nora",
      role: "reviewer",
      password: "correct horse battery",
    });
  });

  it("shows a new token's secret once, with a copy hint, until dismissed", async () => {
    vi.mocked(api.createToken).mockResolvedValue({
      token: { ...TOKEN, id: "tok_new", name: "backup", role: "viewer" },
      secret: "stm_pat_0123456789abcdef0123456789abcdef",
    });
    const view = show("admin");
    fireEvent.input(await view.findByLabelText("What it is for"), { target: { value: "backup" } });
    fireEvent.submit(view.getByRole("form", { name: "Create an API token" }));
    const secret = (await view.findByLabelText("Secret of “backup”")) as HTMLInputElement;
    expect(secret.value).toBe("stm_pat_0123456789abcdef0123456789abcdef");
    expect(secret.readOnly).toBe(true);
    expect(view.getByText("Copy this secret now: it is shown only once.")).toBeTruthy();
    // For the caller, as a viewer, with no expiry: the form's defaults.
    expect(api.createToken).toHaveBeenCalledWith({ name: "backup", role: "viewer" });
    fireEvent.click(view.getByRole("button", { name: "Done, hide it" }));
    expect(view.queryByLabelText("Secret of “backup”")).toBeNull();
  });

  it("revokes a token", async () => {
    vi.mocked(api.revokeToken).mockResolvedValue({ ...TOKEN, revokedAt: "2025-02-01T00:00:00Z" });
    const view = show("admin");
    fireEvent.click(await view.findByRole("button", { name: "Revoke nightly ingest" }));
    await view.findByText("Revoked “nightly ingest”: it stopped working.");
    expect(api.revokeToken).toHaveBeenCalledWith("tok_nightly");
  });
});
