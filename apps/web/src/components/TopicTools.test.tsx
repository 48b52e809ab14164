import { cleanup, fireEvent, render } from "@solidjs/testing-library";
import type { TopicSummary } from "@stancemap/schema";
import { afterEach, describe, expect, it, vi } from "vitest";
import { api } from "../lib/api.js";
import { AppProvider, type Catalogue } from "../lib/state.jsx";
import { TopicTools } from "./TopicTools.jsx";

vi.mock("../lib/api.js", () => ({
  ApiError: class extends Error {},
  api: { renameTopic: vi.fn(), mergeTopic: vi.fn() },
}));

const topic = (id: string, label: string, statementCount = 1): TopicSummary => ({
  id,
  label,
  proposition: `${label} should happen.`,
  keywords: [],
  parentId: null,
  statementCount,
});

const TOPICS = [topic("top_talks", "Peace talks", 3), topic("top_ceasefire", "A ceasefire", 2)];

function show(reviewer: string, onMerged = vi.fn()) {
  localStorage.setItem("stancemap.reviewer", reviewer);
  const load = vi.fn(async (): Promise<Catalogue> => ({ actors: [], sources: [], topics: TOPICS }));
  const view = render(() => (
    <AppProvider load={load}>
      <TopicTools topicId="top_talks" onMerged={onMerged} />
    </AppProvider>
  ));
  return { view, load, onMerged };
}

afterEach(() => {
  // Without vitest globals the library cannot register its own cleanup, and a mounted view keeps its key listener.
  cleanup();
  vi.mocked(api.renameTopic).mockReset();
  vi.mocked(api.mergeTopic).mockReset();
  localStorage.clear();
});

describe("TopicTools", () => {
  it("renames the topic with the reviewer's name and reloads the catalogue", async () => {
    vi.mocked(api.renameTopic).mockResolvedValue({ ...TOPICS[0], label: "Talks" } as never);
    const { view, load } = show("alice");
    const label = (await view.findByDisplayValue("Peace talks")) as HTMLInputElement;
    expect(view.getByLabelText("Proposition")).toHaveProperty(
      "value",
      "Peace talks should happen.",
    );
    fireEvent.input(label, { target: { value: "  Talks " } });
    fireEvent.click(view.getByRole("button", { name: "Rename topic" }));
    await view.findByText("Renamed to “Talks”.");
    // The proposition was not edited, so it is not sent.
    expect(api.renameTopic).toHaveBeenCalledWith("top_talks", { label: "Talks", actor: "alice" });
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("merges into another topic chosen from the catalogue, but never offers itself", async () => {
    vi.mocked(api.mergeTopic).mockResolvedValue({
      topic: TOPICS[1],
      statementsMoved: 3,
      reparented: [],
      auditEventId: "aud_1",
    } as never);
    const { view, onMerged } = show("bob");
    const select = (await view.findByLabelText("Merge into")) as HTMLSelectElement;
    await view.findByRole("option", { name: "A ceasefire" });
    expect([...select.options].map((o) => o.value)).toEqual(["", "top_ceasefire"]);
    fireEvent.change(select, { target: { value: "top_ceasefire" } });
    fireEvent.click(view.getByRole("button", { name: "Merge topic" }));
    await view.findByText("Merged into “A ceasefire”: 3 statements moved.");
    expect(api.mergeTopic).toHaveBeenCalledWith("top_talks", "top_ceasefire", "bob");
    expect(onMerged).toHaveBeenCalledWith("top_talks", "top_ceasefire");
  });

  it("asks for a name first, sending nothing", async () => {
    const { view } = show("");
    await view.findByDisplayValue("Peace talks");
    fireEvent.click(view.getByRole("button", { name: "Rename topic" }));
    expect((await view.findByRole("alert")).textContent).toMatch(/Enter your name first/);
    expect(api.renameTopic).not.toHaveBeenCalled();
  });

  it("shows the server's refusal of a merge and leaves the caller alone", async () => {
    vi.mocked(api.mergeTopic).mockRejectedValue(new Error("No topic top_ceasefire"));
    const { view, onMerged } = show("carol");
    await view.findByRole("option", { name: "A ceasefire" });
    fireEvent.change(view.getByLabelText("Merge into"), { target: { value: "top_ceasefire" } });
    fireEvent.click(view.getByRole("button", { name: "Merge topic" }));
    expect((await view.findByRole("alert")).textContent).toBe(
      "Could not save: No topic top_ceasefire",
    );
    expect(onMerged).not.toHaveBeenCalled();
  });
});
