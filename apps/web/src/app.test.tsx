import { cleanup, fireEvent, render, waitFor } from "@solidjs/testing-library";
import type { Role, SessionInfo } from "@stancemap/schema";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App } from "./app.jsx";

/** A fake server behind fetch: the session, sign-in and sign-out, and empty catalogues. */
interface Call {
  method: string;
  path: string;
  headers: Headers;
  body: unknown;
}

let calls: Call[];
let session: SessionInfo;
let accounts: Record<string, Role>;
let expireSessionOnNextRead: boolean;

const SIGNED_OUT: SessionInfo = {
  mode: "required",
  principal: null,
  csrfToken: null,
  expiresAt: null,
};

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": status < 400 ? "application/json" : "application/problem+json" },
  });
}

async function fakeServer(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const request = new Request(input, init);
  const path = new URL(request.url).pathname;
  const text = await request.text();
  const body = text ? JSON.parse(text) : null;
  calls.push({ method: request.method, path, headers: request.headers, body });
  if (path === "/api/auth/session") return json(200, session);
  if (path === "/api/auth/login") {
    const role = accounts[body.name];
    if (!role || body.password !== "correct horse battery") {
      return json(401, {
        status: 401,
        code: "invalid_credentials",
        detail: "Wrong user name or password, or the account is disabled.",
      });
    }
    session = {
      mode: "required",
      principal: { name: body.name, role, via: "session" },
      csrfToken: `csrf-${body.name}`,
      expiresAt: "2030-01-01T00:00:00.000Z",
    };
    return json(200, session);
  }
  if (path === "/api/auth/logout") {
    session = SIGNED_OUT;
    return json(200, session);
  }
  if (session.principal === null || expireSessionOnNextRead) {
    expireSessionOnNextRead = false;
    session = SIGNED_OUT;
    return json(401, {
      status: 401,
      code: "unauthenticated",
      detail: "Sign in first, or send an API token.",
    });
  }
  return json(200, { items: [], nextCursor: null });
}

beforeEach(() => {
  calls = [];
  session = SIGNED_OUT;
  accounts = { alice: "reviewer", root: "admin" };
  expireSessionOnNextRead = false;
  vi.stubGlobal("fetch", vi.fn(fakeServer));
  history.replaceState(null, "", "/review");
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function signIn(view: ReturnType<typeof render>, name: string) {
  fireEvent.input(await view.findByLabelText("User name"), { target: { value: name } });
  fireEvent.input(view.getByLabelText("Password"), { target: { value: "correct horse battery" } });
  fireEvent.submit(view.getByRole("form", { name: "Sign in" }));
  await view.findByText(`${name}`, { selector: ".who strong" });
}

describe("the app shell in shared mode", () => {
  it("shows only the sign-in form until someone signs in, then the page they asked for", async () => {
    const view = render(() => <App />);
    await view.findByRole("form", { name: "Sign in" });
    expect(view.queryByRole("navigation", { name: "Views" })).toBeNull();
    expect(view.queryByRole("heading", { name: "Review" })).toBeNull();
    // Nothing but the session was asked for: every data route would answer 401.
    expect(calls.map((c) => c.path)).toEqual(["/api/auth/session"]);
    await signIn(view, "alice");
    await view.findByRole("heading", { name: "Review" });
    expect(view.getByText("reviewer", { selector: ".who .badge" })).toBeTruthy();
    expect(view.getByRole("button", { name: "Sign out" })).toBeTruthy();
  });

  it("links to the admin page for admins only", async () => {
    const reviewer = render(() => <App />);
    await signIn(reviewer, "alice");
    expect(reviewer.getByRole("link", { name: "Review" })).toBeTruthy();
    expect(reviewer.queryByRole("link", { name: "Admin" })).toBeNull();
    cleanup();
    session = SIGNED_OUT;
    const admin = render(() => <App />);
    await signIn(admin, "root");
    expect(admin.getByRole("link", { name: "Admin" })).toBeTruthy();
  });

  it("signs out with the CSRF token and returns to the sign-in form", async () => {
    const view = render(() => <App />);
    await signIn(view, "alice");
    fireEvent.click(view.getByRole("button", { name: "Sign out" }));
    await view.findByRole("form", { name: "Sign in" });
    const logout = calls.find((c) => c.path === "/api/auth/logout");
    expect(logout?.method).toBe("POST");
    expect(logout?.headers.get("X-CSRF-Token")).toBe("csrf-alice");
    expect(view.queryByRole("button", { name: "Sign out" })).toBeNull();
  });

  it("goes back to the sign-in form when the API says the session ended (401)", async () => {
    session = {
      mode: "required",
      principal: { name: "alice", role: "reviewer", via: "session" },
      csrfToken: "csrf-alice",
      expiresAt: "2030-01-01T00:00:00.000Z",
    };
    expireSessionOnNextRead = true;
    const view = render(() => <App />);
    await view.findByRole("form", { name: "Sign in" });
    expect(calls.some((c) => c.path !== "/api/auth/session")).toBe(true);
  });

  it("keeps the form up on a wrong password", async () => {
    const view = render(() => <App />);
    fireEvent.input(await view.findByLabelText("User name"), { target: { value: "alice" } });
    fireEvent.input(view.getByLabelText("Password"), { target: { value: "nope nope nope" } });
    fireEvent.submit(view.getByRole("form", { name: "Sign in" }));
    expect((await view.findByRole("alert")).textContent).toMatch(/Wrong user name or password/);
    expect(view.getByRole("form", { name: "Sign in" })).toBeTruthy();
  });
});

describe("the app shell in local mode", () => {
  it("names the local user and offers no sign-out", async () => {
    session = {
      mode: "local",
      principal: { name: "maria", role: "admin", via: "local" },
      csrfToken: null,
      expiresAt: null,
    };
    const view = render(() => <App />);
    await view.findByRole("heading", { name: "Review" });
    await waitFor(() => expect(view.getByText(/Local user/).textContent).toBe("Local user maria"));
    expect(view.queryByRole("button", { name: "Sign out" })).toBeNull();
    expect(view.getByRole("link", { name: "Admin" })).toBeTruthy();
  });
});
