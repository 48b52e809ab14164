import { MemoryRouter, Route } from "@solidjs/router";
import { cleanup, fireEvent, render, waitFor } from "@solidjs/testing-library";
import type { ReviewRequest, Statement } from "@stancemap/schema";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { api } from "../lib/api.js";
import { AppProvider, type Catalogue } from "../lib/state.jsx";
import { ReviewView } from "./review.jsx";

vi.mock("../lib/api.js", () => ({
  ApiError: class extends Error {},
  api: {
    statements: vi.fn(),
    review: vi.fn(),
    history: vi.fn(),
    document: vi.fn(),
    renameTopic: vi.fn(),
    mergeTopic: vi.fn(),
  },
}));

const statement = (id: string, exact: string): Statement => ({
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
    },
  ],
};

async function show(reviewer: string) {
  localStorage.setItem("stancemap.reviewer", reviewer);
  const view = render(() => (
    <AppProvider load={async () => CATALOGUE}>
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
  vi.mocked(api.statements).mockResolvedValue({ items: QUEUE, nextCursor: null });
  vi.mocked(api.history).mockResolvedValue({ decisions: [], events: [] } as never);
  vi.mocked(api.review).mockImplementation(async (id: string, request: ReviewRequest) => {
    const before = QUEUE.find((s) => s.id === id) as Statement;
    const status = { accept: "accepted", reject: "rejected", correct: "corrected" } as const;
    return {
      decision: {
        id: "rev_1",
        statementId: id,
        action: request.action,
        correction: null,
        reviewer: request.reviewer,
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
  localStorage.clear();
});

describe("ReviewView keyboard shortcuts", () => {
  it("moves through the queue with j and k, stopping at both ends", async () => {
    const { container } = await show("alice");
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
    const view = await show("alice");
    press("a");
    await view.findByText("accepted: stm_first");
    expect(api.review).toHaveBeenLastCalledWith("stm_first", {
      action: "accept",
      reviewer: "alice",
    });
    await waitFor(() => expect(shown(view.container)).toBe("stm_second"));
    press("r");
    await view.findByText("rejected: stm_second");
    expect(api.review).toHaveBeenLastCalledWith("stm_second", {
      action: "reject",
      reviewer: "alice",
    });
    expect(view.container.querySelector("#queue-stm_first .badge")?.textContent).toBe("accepted");
    expect(view.container.querySelector("#queue-stm_second .badge")?.textContent).toBe("rejected");
  });

  it("opens the correction form with e", async () => {
    const view = await show("alice");
    expect(view.queryByRole("form", { name: "Correct the statement" })).toBeNull();
    press("e");
    expect(await view.findByRole("form", { name: "Correct the statement" })).toBeTruthy();
    // j closes it again: moving on abandons an unsaved correction.
    press("j");
    expect(view.queryByRole("form", { name: "Correct the statement" })).toBeNull();
  });

  it("leaves keys typed into a field alone, and asks for a name before deciding", async () => {
    const view = await show("");
    press("a", view.getByLabelText("Your name"));
    press("j", view.getByLabelText("Your name"));
    expect(shown(view.container)).toBe("stm_first");
    press("a");
    await view.findByText(/Enter your name first/);
    expect(api.review).not.toHaveBeenCalled();
    expect(document.activeElement?.id).toBe("reviewer");
  });
});
