import { cleanup, fireEvent, render } from "@solidjs/testing-library";
import type { SessionInfo } from "@stancemap/schema";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError, api } from "../lib/api.js";
import { AppProvider, useApp } from "../lib/state.jsx";
import { SignInForm } from "./SignInForm.jsx";

vi.mock("../lib/api.js", async (original) => ({
  ...(await original<typeof import("../lib/api.js")>()),
  api: { login: vi.fn() },
}));

const SIGNED_OUT: SessionInfo = {
  mode: "required",
  principal: null,
  csrfToken: null,
  expiresAt: null,
};

function Who() {
  const app = useApp();
  return <p data-testid="who">{app.session()?.principal?.name ?? "nobody"}</p>;
}

function show() {
  const onSignedIn = vi.fn();
  const view = render(() => (
    <AppProvider
      load={async () => ({ actors: [], sources: [], topics: [] })}
      loadSession={async () => SIGNED_OUT}
    >
      <Who />
      <SignInForm onSignedIn={onSignedIn} />
    </AppProvider>
  ));
  return { view, onSignedIn };
}

function fill(view: ReturnType<typeof render>, name: string, password: string) {
  fireEvent.input(view.getByLabelText("User name"), { target: { value: name } });
  fireEvent.input(view.getByLabelText("Password"), { target: { value: password } });
  fireEvent.submit(view.getByRole("form", { name: "Sign in" }));
}

beforeEach(() => {
  // Braces matter: a function returned from beforeEach runs as its teardown.
  vi.mocked(api.login).mockReset();
});

afterEach(() => cleanup());

describe("SignInForm", () => {
  it("labels its fields for password managers and screen readers", () => {
    const { view } = show();
    expect(view.getByLabelText("User name").getAttribute("autocomplete")).toBe("username");
    const password = view.getByLabelText("Password");
    expect(password.getAttribute("type")).toBe("password");
    expect(password.getAttribute("autocomplete")).toBe("current-password");
  });

  it("signs in and becomes the session", async () => {
    vi.mocked(api.login).mockResolvedValue({
      mode: "required",
      principal: { name: "alice", role: "reviewer", via: "session" },
      csrfToken: "csrf",
      expiresAt: "2030-01-01T00:00:00.000Z",
    });
    const { view, onSignedIn } = show();
    fill(view, " alice ", "correct horse battery");
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalled());
    expect(api.login).toHaveBeenCalledWith("alice", "correct horse battery");
    expect(view.getByTestId("who").textContent).toBe("alice");
    expect(view.queryByRole("alert")).toBeNull();
  });

  it("shows a wrong password as the server words it, and clears the password", async () => {
    vi.mocked(api.login).mockImplementation(async () => {
      throw new ApiError(
        401,
        "Wrong user name or password, or the account is disabled.",
        "invalid_credentials",
      );
    });
    const { view, onSignedIn } = show();
    fill(view, "alice", "not the password");
    const alert = await view.findByRole("alert");
    expect(alert.textContent).toBe(
      "Could not sign in: Wrong user name or password, or the account is disabled.",
    );
    expect((view.getByLabelText("Password") as HTMLInputElement).value).toBe("");
    expect(document.activeElement).toBe(view.getByLabelText("Password"));
    // The form names its error, so a screen reader reads it with the form.
    expect(view.getByRole("form", { name: "Sign in" }).getAttribute("aria-describedby")).toBe(
      alert.id,
    );
    expect(onSignedIn).not.toHaveBeenCalled();
    expect(view.getByTestId("who").textContent).toBe("nobody");
  });

  it("shows a lockout with how long it lasts", async () => {
    vi.mocked(api.login).mockImplementation(async () => {
      throw new ApiError(
        429,
        "Too many failed sign-ins for alice. Try again in 15 minutes, or ask an admin to reset the password.",
        "locked_out",
      );
    });
    const { view } = show();
    fill(view, "alice", "guess number six");
    expect((await view.findByRole("alert")).textContent).toBe(
      "Locked out: Too many failed sign-ins for alice. Try again in 15 minutes, or ask an admin to reset the password.",
    );
  });

  it("asks for both fields before calling the server", async () => {
    const { view } = show();
    fill(view, "alice", "");
    expect((await view.findByRole("alert")).textContent).toBe("Enter your user name and password.");
    expect(api.login).not.toHaveBeenCalled();
  });
});
