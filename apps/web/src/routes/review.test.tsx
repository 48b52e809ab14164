import { MemoryRouter, Route } from "@solidjs/router";
import { cleanup, fireEvent, render, waitFor } from "@solidjs/testing-library";
import type { Role, SessionInfo, StatementRecord } from "@stancemap/schema";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError, api, type ReviewDecisionRequest } from "../lib/api.js";
import { AppProvider, type Catalogue } from "../lib/state.jsx";
import { ReviewView } from "./review.jsx";

vi.mock("../lib/api.js", async (original) => ({
  // The real ApiError and isStale: the view tells a stale write from other failures by them.
  ...(await original<typeof import("../lib/api.js")>()),
  api: {
    statements: vi.fn(),
    review: vi.fn(),
    history: vi.fn(),
    document: vi.fn(),
    renameTopic: vi.fn(),
    mergeTopic: vi.fn(),
  },
}));

const statement = (id: string, exact: string): StatementRecord => ({
  id,
  documentId: "doc_daily",
  holderId: "act_minister",
  topicId: "top_talks",
  evidence: { start: 0, end: exact.length, exact, prefix: "", suffix: "" },
  mode: "direct_quote",
  cue: "said",
  stance: "supports",
  summary: exact,
  hedges: [],
  chain: [{ actorId: "act_minister", label: "The minister", relation: "said", evidence: null }],
  saidAt: null,
  confidence: 0.9,
  reviewStatus: "unreviewed",
  version: 1,
});

const QUEUE = [
  statement("stm_first", "We want talks."),
  statement("stm_second", "Talks must start now."),
  statement("stm_third", "No talks without a ceasefire."),
];

const CATALOGUE: Catalogue = {
  actors: [
    {
      id: "act_minister",
      name: "The minister",
      aliases: [],
      kind: "person",
      roles: [],
      memberOf: null,
      wikidataId: null,
      statementCount: 3,
    } as never,
  ],
  sources: [],
  topics: [
    {
      id: "top_talks",
      label: "Peace talks",
      proposition: "Talks should start.",
      keywords: [],
      parentId: null,
      statementCount: 3,
      version: 1,
    },
  ],
};

const sessionAs = (name: string, role: Role) => async (): Promise<SessionInfo> => ({
  mode: "required",
  principal: { name, role, via: "session" },
  csrfToken: "csrf",
  expiresAt: null,
});

async function show(role: Role = "reviewer") {
  const view = render(() => (
    <AppProvider load={async () => CATALOGUE} loadSession={sessionAs("alice", role)}>
      <MemoryRouter>
        <Route path="/" component={ReviewView} />
      </MemoryRouter>
    </AppProvider>
  ));
  await view.findByText(/We want talks/, { selector: ".context mark" });
  return view;
}

/** The statement the panel shows, by its card's id. */
const shown = (container: HTMLElement) =>
  container.querySelector(".panel .statement")?.getAttribute("data-statement");

const press = (key: string, target: Element = document.body) => fireEvent.keyDown(target, { key });

beforeEach(() => {
  // A copy each time: the view's store writes decisions into the objects it was given.
  vi.mocked(api.statements).mockResolvedValue({ items: structuredClone(QUEUE), nextCursor: null });
  vi.mocked(api.history).mockResolvedValue({ decisions: [], events: [] } as never);
  vi.mocked(api.review).mockImplementation(async (id: string, request: ReviewDecisionRequest) => {
    const before = QUEUE.find((s) => s.id === id) as StatementRecord;
    const status = { accept: "accepted", reject: "rejected", correct: "corrected" } as const;
    return {
      decision: {
        id: "rev_1",
        statementId: id,
        action: request.action,
        correction: null,
        reviewer: "alice",
        decidedAt: "2025-01-01T00:00:00.000Z",
        note: null,
      },
      statement: { ...before, reviewStatus: status[request.action] },
      version: 2,
    };
  });
});

afterEach(() => {
  // Without vitest globals the library cannot register its own cleanup, and a mounted view keeps its key listener.
  cleanup();
  vi.mocked(api.statements).mockReset();
  vi.mocked(api.review).mockReset();
  vi.mocked(api.history).mockReset();
});

describe("ReviewView keyboard shortcuts", () => {
  it("moves through the queue with j and k, stopping at both ends", async () => {
    const { container } = await show();
    expect(shown(container)).toBe("stm_first");
    press("k");
    expect(shown(container)).toBe("stm_first");
    press("j");
    expect(shown(container)).toBe("stm_second");
    press("j");
    press("j");
    expect(shown(container)).toBe("stm_third");
    press("k");
    expect(shown(container)).toBe("stm_second");
    expect(container.querySelector("[aria-current=true]")?.closest("li")?.id).toBe(
      "queue-stm_second",
    );
  });

  it("accepts with a and rejects with r, as the reviewer, moving on after each", async () => {
    const view = await show();
    press("a");
    await view.findByText("accepted: stm_first");
    // The version the reviewer saw goes with the decision; the server records who decided.
    expect(api.review).toHaveBeenLastCalledWith("stm_first", { action: "accept" }, 1);
    await waitFor(() => expect(shown(view.container)).toBe("stm_second"));
    press("r");
    await view.findByText("rejected: stm_second");
    expect(api.review).toHaveBeenLastCalledWith("stm_second", { action: "reject" }, 1);
    expect(view.container.querySelector("#queue-stm_first .badge")?.textContent).toBe("accepted");
    expect(view.container.querySelector("#queue-stm_second .badge")?.textContent).toBe("rejected");
  });

  it("opens the correction form with e", async () => {
    const view = await show();
    expect(view.queryByRole("form", { name: "Correct the statement" })).toBeNull();
    press("e");
    expect(await view.findByRole("form", { name: "Correct the statement" })).toBeTruthy();
    // j closes it again: moving on abandons an unsaved correction.
    press("j");
    expect(view.queryByRole("form", { name: "Correct the statement" })).toBeNull();
  });

  it("leaves keys typed into a field alone", async () => {
    const view = await show();
    const select = view.getByLabelText("Review status");
    press("a", select);
    press("j", select);
    expect(shown(view.container)).toBe("stm_first");
    expect(api.review).not.toHaveBeenCalled();
  });
});

describe("ReviewView roles", () => {
  it("shows a viewer the queue read-only: no decision buttons, a and e do nothing", async () => {
    const view = await show("viewer");
    expect(view.queryByRole("button", { name: /Accept/ })).toBeNull();
    expect(view.queryByRole("button", { name: /Reject/ })).toBeNull();
    expect(view.getByText(/Read only: deciding needs the reviewer role/)).toBeTruthy();
    press("a");
    press("e");
    expect(api.review).not.toHaveBeenCalled();
    expect(view.queryByRole("form", { name: "Correct the statement" })).toBeNull();
    // Moving through the queue still works.
    press("j");
    expect(shown(view.container)).toBe("stm_second");
    // Topic fixes need the editor role.
    expect(view.queryByText("Fix this topic")).toBeNull();
  });

  it("gives a reviewer the decisions but not the topic tools, and an editor both", async () => {
    const reviewer = await show("reviewer");
    expect(reviewer.getByRole("button", { name: /Accept/ })).toBeTruthy();
    expect(reviewer.queryByText("Fix this topic")).toBeNull();
    cleanup();
    const editor = await show("editor");
    expect(editor.getByRole("button", { name: /Accept/ })).toBeTruthy();
    expect(editor.getByText("Fix this topic")).toBeTruthy();
  });
});

describe("ReviewView stale decisions", () => {
  /** The first statement as another reviewer left it: rejected with another stance, at version 3. */
  const theirs: StatementRecord = {
    ...(QUEUE[0] as StatementRecord),
    reviewStatus: "rejected",
    stance: "opposes",
    version: 3,
  };
  const stale = () =>
    new ApiError(412, "The statement stm_first changed since you read it", "stale_version", theirs);

  it("shows what changed next to what the reviewer saw, and saves nothing", async () => {
    vi.mocked(api.review).mockRejectedValueOnce(stale());
    const view = await show();
    press("a");
    const panel = (
      await view.findByRole("heading", { name: /Someone changed this statement/ })
    ).closest("section") as HTMLElement;
    const rows = [...panel.querySelectorAll("tbody tr")].map((tr) =>
      [...tr.children].map((cell) => cell.textContent),
    );
    expect(rows).toContainEqual(["Statuschanged", "unreviewed", "rejected"]);
    expect(rows).toContainEqual(["Stancechanged", "supports", "opposes"]);
    expect(rows).toContainEqual(["Holder", "The minister", "The minister"]);
    expect(rows).toContainEqual(["Versionchanged", "1", "3"]);
    expect(panel.querySelectorAll("tr.changed")).toHaveLength(3);
    // The reviewer stays on the statement, and its queue entry still shows what they saw.
    expect(shown(view.container)).toBe("stm_first");
    expect(view.container.querySelector("#queue-stm_first .badge")?.textContent).toBe("unreviewed");
    expect(document.activeElement?.textContent).toMatch(/Someone changed this statement/);
    // No other decision until this one is settled.
    expect((view.getByRole("button", { name: /Accept/ }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("reapplies the decision on the current version", async () => {
    vi.mocked(api.review).mockRejectedValueOnce(stale());
    const view = await show();
    press("a");
    fireEvent.click(await view.findByRole("button", { name: "Reapply my decision" }));
    await view.findByText("accepted: stm_first");
    expect(api.review).toHaveBeenLastCalledWith("stm_first", { action: "accept" }, 3);
    expect(view.queryByRole("button", { name: "Reapply my decision" })).toBeNull();
    expect(view.container.querySelector("#queue-stm_first .badge")?.textContent).toBe("accepted");
  });

  it("keeps theirs without sending anything", async () => {
    vi.mocked(api.review).mockRejectedValueOnce(stale());
    const view = await show();
    press("a");
    fireEvent.click(await view.findByRole("button", { name: "Keep theirs" }));
    await view.findByText("Kept the stored version: rejected.");
    expect(api.review).toHaveBeenCalledTimes(1);
    expect(view.container.querySelector("#queue-stm_first .badge")?.textContent).toBe("rejected");
    // The next decision goes out on their version.
    press("a");
    await view.findByText("accepted: stm_first");
    expect(api.review).toHaveBeenLastCalledWith("stm_first", { action: "accept" }, 3);
  });

  it("reports other failures as they are, without a conflict panel", async () => {
    vi.mocked(api.review).mockRejectedValueOnce(
      new ApiError(403, "This needs the reviewer role; alice has viewer.", "forbidden"),
    );
    const view = await show();
    press("a");
    await view.findByText("Could not save: This needs the reviewer role; alice has viewer.");
    expect(view.queryByRole("button", { name: "Keep theirs" })).toBeNull();
  });
});
