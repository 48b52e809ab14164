/** Admin: accounts (create, role, password, disable) and API tokens (create, show the secret once, revoke). */
import type { ApiToken, Role, TokenCreated, User } from "@stancemap/schema";
import { createResource, createSignal, For, type JSX, Show } from "solid-js";
import { Loadable } from "../components/Loadable.jsx";
import { api } from "../lib/api.js";
import { formatTimestamp } from "../lib/format.js";
import { useApp } from "../lib/state.jsx";

const ROLES: readonly Role[] = ["viewer", "reviewer", "editor", "admin"];

function RoleOptions() {
  return <For each={ROLES}>{(role) => <option value={role}>{role}</option>}</For>;
}

/**
 * A role picker held in a signal: a constant `value` on a select would be written before its
 * options exist and be lost, while a reactive one is applied after them.
 */
function RoleSelect(props: { name: string; initial: Role }) {
  const [role, setRole] = createSignal<Role>(props.initial);
  return (
    <label>
      Role
      <select
        name={props.name}
        value={role()}
        onChange={(e) => setRole(e.currentTarget.value as Role)}
      >
        <RoleOptions />
      </select>
    </label>
  );
}

/** A section's outcome line: what was done, or what went wrong. */
function useOutcome() {
  const [message, setMessage] = createSignal("");
  const [error, setError] = createSignal("");
  const run = async (work: () => Promise<string>): Promise<boolean> => {
    setMessage("");
    setError("");
    try {
      setMessage(await work());
      return true;
    } catch (failure) {
      setError(`Could not save: ${(failure as Error).message}`);
      return false;
    }
  };
  const view = (): JSX.Element => (
    <>
      <Show when={error()}>
        <p class="state state-error" role="alert">
          {error()}
        </p>
      </Show>
      <output class="message">{message()}</output>
    </>
  );
  return { run, view };
}

export function AdminView() {
  const app = useApp();
  return (
    <section class="admin">
      <h1>Admin</h1>
      <Show when={app.can("admin")} fallback={<p class="state">This page needs the admin role.</p>}>
        <Users />
        <Tokens />
      </Show>
    </section>
  );
}

function Users() {
  const [users, { refetch }] = createResource(api.users);
  const outcome = useOutcome();
  const [resetting, setResetting] = createSignal<string | null>(null);

  const update = (user: User, changes: Parameters<typeof api.updateUser>[1], done: string) =>
    outcome.run(async () => {
      await api.updateUser(user.name, changes);
      await refetch();
      return done;
    });

  const create = async (event: SubmitEvent) => {
    event.preventDefault();
    const formElement = event.currentTarget as HTMLFormElement;
    const form = new FormData(formElement);
    const name = String(form.get("name") ?? "").trim();
    const role = String(form.get("role")) as Role;
    const password = String(form.get("password") ?? "");
    const ok = await outcome.run(async () => {
      const user = await api.createUser({ name, role, password });
      await refetch();
      return `Created ${user.name} (${user.role}).`;
    });
    // The role stays as chosen, for the next account of the same kind.
    if (ok) {
      for (const field of ["name", "password"]) {
        const input = formElement.elements.namedItem(field);
        if (input instanceof HTMLInputElement) input.value = "";
      }
    }
  };

  const resetPassword = async (event: SubmitEvent, user: User) => {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget as HTMLFormElement).get("password"));
    if (
      await update(user, { password }, `New password set for ${user.name}; their sessions ended.`)
    )
      setResetting(null);
  };

  return (
    <section aria-labelledby="users-heading">
      <h2 id="users-heading">Users</h2>
      {outcome.view()}
      <Loadable resource={users} what="the users" isEmpty={(u) => u.length === 0}>
        {(list) => (
          <div class="grid-wrap">
            <table class="list admin-table">
              <caption>Accounts, oldest first. Accounts are never deleted: disable them.</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Role</th>
                  <th scope="col">Status</th>
                  <th scope="col">Created</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                <For each={list}>
                  {(user) => (
                    <tr>
                      <th scope="row">{user.name}</th>
                      <td>
                        <select
                          aria-label={`Role of ${user.name}`}
                          value={user.role}
                          onChange={(e) =>
                            void update(
                              user,
                              { role: e.currentTarget.value as Role },
                              `${user.name} is now ${e.currentTarget.value}.`,
                            )
                          }
                        >
                          <RoleOptions />
                        </select>
                      </td>
                      <td>{user.disabled ? "disabled" : "active"}</td>
                      <td>
                        <time datetime={user.createdAt}>{formatTimestamp(user.createdAt)}</time>
                      </td>
                      <td>
                        <div class="actions">
                          <button
                            type="button"
                            onClick={() =>
                              void update(
                                user,
                                { disabled: !user.disabled },
                                user.disabled
                                  ? `${user.name} can sign in again.`
                                  : `${user.name} is disabled; their sessions and tokens stopped working.`,
                              )
                            }
                          >
                            {user.disabled ? "Enable" : "Disable"}
                            <span class="visually-hidden"> {user.name}</span>
                          </button>
                          <button
                            type="button"
                            aria-expanded={resetting() === user.name}
                            onClick={() =>
                              setResetting((open) => (open === user.name ? null : user.name))
                            }
                          >
                            Reset password<span class="visually-hidden"> of {user.name}</span>
                          </button>
                        </div>
                        <Show when={resetting() === user.name}>
                          <form
                            class="inline-form"
                            aria-label={`New password for ${user.name}`}
                            onSubmit={(e) => void resetPassword(e, user)}
                          >
                            <label>
                              New password for {user.name}
                              <input
                                name="password"
                                type="password"
                                autocomplete="new-password"
                                minlength="10"
                                required
                              />
                            </label>
                            <button type="submit">Set password</button>
                          </form>
                        </Show>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        )}
      </Loadable>
      <form class="correction" aria-label="Create a user" onSubmit={(e) => void create(e)}>
        <label>
          New user name
          <input name="name" autocomplete="off" required />
        </label>
        <RoleSelect name="role" initial="reviewer" />
        <label>
          Initial password (10+ characters)
          <input
            name="password"
            type="password"
            autocomplete="new-password"
            minlength="10"
            required
          />
        </label>
        <div class="actions">
          <button type="submit">Create user</button>
        </div>
      </form>
    </section>
  );
}

function tokenStatus(token: ApiToken): string {
  if (token.revokedAt) return `revoked ${formatTimestamp(token.revokedAt)}`;
  if (token.expiresAt && new Date(token.expiresAt).getTime() < Date.now()) return "expired";
  return "active";
}

function Tokens() {
  const app = useApp();
  const [tokens, { refetch }] = createResource(api.tokens);
  const [users] = createResource(api.users);
  const outcome = useOutcome();
  const [created, setCreated] = createSignal<TokenCreated | null>(null);
  const [copied, setCopied] = createSignal("");
  let secretField: HTMLInputElement | undefined;
  const me = () => app.session()?.principal?.name ?? "";

  const create = async (event: SubmitEvent) => {
    event.preventDefault();
    const formElement = event.currentTarget as HTMLFormElement;
    const form = new FormData(formElement);
    const days = String(form.get("days") ?? "").trim();
    const user = String(form.get("user") ?? "");
    const ok = await outcome.run(async () => {
      const answer = await api.createToken({
        name: String(form.get("name") ?? "").trim(),
        role: String(form.get("role")) as Role,
        ...(user && { user }),
        ...(days && { expiresInDays: Number(days) }),
      });
      setCopied("");
      setCreated(answer);
      await refetch();
      return `Created the token “${answer.token.name}”.`;
    });
    if (ok) {
      formElement.reset();
      secretField?.focus();
      secretField?.select();
    }
  };

  const copy = async (secret: string) => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied("Copied to the clipboard.");
    } catch {
      // Clipboard access needs a secure context and permission; selecting lets Ctrl+C do it.
      secretField?.select();
      setCopied("Selected: press Ctrl+C (⌘C) to copy.");
    }
  };

  const revoke = (token: ApiToken) =>
    void outcome.run(async () => {
      await api.revokeToken(token.id);
      await refetch();
      return `Revoked “${token.name}”: it stopped working.`;
    });

  return (
    <section aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">API tokens</h2>
      <p class="meta">
        For scripts and the CLI: send <code>Authorization: Bearer &lt;secret&gt;</code>. A token
        never has more rights than its account.
      </p>
      {outcome.view()}
      <Show when={created()}>
        {(answer) => (
          <section class="secret" aria-label="New token secret">
            <p>
              <strong>Copy this secret now: it is shown only once.</strong> Only its hash is stored,
              so it cannot be shown again.
            </p>
            <label>
              Secret of “{answer().token.name}”
              <input
                ref={secretField}
                class="secret-value"
                readonly
                value={answer().secret}
                onFocus={(e) => e.currentTarget.select()}
              />
            </label>
            <div class="actions">
              <button type="button" onClick={() => void copy(answer().secret)}>
                Copy secret
              </button>
              <button type="button" onClick={() => setCreated(null)}>
                Done, hide it
              </button>
            </div>
            <output class="message">{copied()}</output>
          </section>
        )}
      </Show>
      <Loadable
        resource={tokens}
        what="the tokens"
        isEmpty={(t) => t.length === 0}
        empty="No API tokens yet."
      >
        {(list) => (
          <div class="grid-wrap">
            <table class="list admin-table">
              <caption>Every API token; secrets are never shown again.</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Account</th>
                  <th scope="col">Role</th>
                  <th scope="col">Created</th>
                  <th scope="col">Expires</th>
                  <th scope="col">Last used</th>
                  <th scope="col">Status</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                <For each={list}>
                  {(token) => (
                    <tr>
                      <th scope="row">{token.name}</th>
                      <td>{token.user}</td>
                      <td>{token.role}</td>
                      <td>{formatTimestamp(token.createdAt)}</td>
                      <td>{token.expiresAt ? formatTimestamp(token.expiresAt) : "never"}</td>
                      <td>{token.lastUsedAt ? formatTimestamp(token.lastUsedAt) : "never"}</td>
                      <td>{tokenStatus(token)}</td>
                      <td>
                        <Show when={!token.revokedAt}>
                          <button type="button" onClick={() => revoke(token)}>
                            Revoke<span class="visually-hidden"> {token.name}</span>
                          </button>
                        </Show>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        )}
      </Loadable>
      <form class="correction" aria-label="Create an API token" onSubmit={(e) => void create(e)}>
        <label>
          What it is for
          <input name="name" autocomplete="off" required placeholder="nightly ingest" />
        </label>
        <label>
          Account
          <select name="user">
            <option value="">Me ({me()})</option>
            <For each={(users.latest ?? []).filter((user) => user.name !== me())}>
              {(user) => <option value={user.name}>{user.name}</option>}
            </For>
          </select>
        </label>
        <RoleSelect name="role" initial="viewer" />
        <label>
          Expires after (days, optional)
          <input name="days" type="number" min="1" max="3650" inputmode="numeric" />
        </label>
        <div class="actions">
          <button type="submit">Create token</button>
        </div>
      </form>
    </section>
  );
}
