import { cleanup, fireEvent, render } from "@solidjs/testing-library";
import type { Role, SessionInfo, TopicSummary } from "@stancemap/schema";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, api } from "../lib/api.js";
import { AppProvider, type Catalogue } from "../lib/state.jsx";
import { TopicTools } from "./TopicTools.jsx";

vi.mock("../lib/api.js", async (original) => ({
  ...(await original<typeof import("../lib/api.js")>()),
  api: { renameTopic: vi.fn(), mergeTopic: vi.fn() },
}));

const topic = (id: string, label: string, statementCount = 1): TopicSummary => ({
  id,
  label,
  proposition: `${label} should happen.`,
  keywords: [],
  parentId: null,
  statementCount,
  version: 1,
});

const TOPICS = [topic("top_talks", "Peace talks", 3), topic("top_ceasefire", "A ceasefire", 2)];

function show(role: Role = "editor", onMerged = vi.fn()) {
  const load = vi.fn(async (): Promise<Catalogue> => ({ actors: [], sources: [], topics: TOPICS }));
  const session = async (): Promise<SessionInfo> => ({
    mode: "required",
    principal: { name: "alice", role, via: "session" },
    csrfToken: "csrf",
    expiresAt: null,
  });
  const view = render(() => (
    <AppProvider load={load} loadSession={session}>
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
});

describe("TopicTools", () => {
  it("renames the topic on the version seen and reloads the catalogue", async () => {
    vi.mocked(api.renameTopic).mockResolvedValue({ ...TOPICS[0], label: "Talks" } as never);
    const { view, load } = show();
    const label = (await view.findByDisplayValue("Peace talks")) as HTMLInputElement;
    expect(view.getByLabelText("Proposition")).toHaveProperty(
      "value",
      "Peace talks should happen.",
    );
    fireEvent.input(label, { target: { value: "  Talks " } });
    fireEvent.click(view.getByRole("button", { name: "Rename topic" }));
    await view.findByText("Renamed to “Talks”.");
    // The proposition was not edited, so it is not sent.
    expect(api.renameTopic).toHaveBeenCalledWith("top_talks", { label: "Talks" }, 1);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("merges into another topic chosen from the catalogue, but never offers itself", async () => {
    vi.mocked(api.mergeTopic).mockResolvedValue({
      topic: TOPICS[1],
      statementsMoved: 3,
      reparented: [],
      auditEventId: "aud_1",
    } as never);
    const { view, onMerged } = show("admin");
    const select = (await view.findByLabelText("Merge into")) as HTMLSelectElement;
    await view.findByRole("option", { name: "A ceasefire" });
    expect([...select.options].map((o) => o.value)).toEqual(["", "top_ceasefire"]);
    fireEvent.change(select, { target: { value: "top_ceasefire" } });
    fireEvent.click(view.getByRole("button", { name: "Merge topic" }));
    await view.findByText("Merged into “A ceasefire”: 3 statements moved.");
    expect(api.mergeTopic).toHaveBeenCalledWith("top_talks", "top_ceasefire", 1);
    expect(onMerged).toHaveBeenCalledWith("top_talks", "top_ceasefire");
  });

  it("is not there for a reviewer or a viewer", async () => {
    for (const role of ["viewer", "reviewer"] as const) {
      const { view, load } = show(role);
      await vi.waitFor(() => expect(load).toHaveBeenCalled());
      expect(view.queryByText("Fix this topic")).toBeNull();
      expect(view.queryByRole("button", { name: "Rename topic" })).toBeNull();
      cleanup();
    }
  });

  it("shows a stale rename next to the current topic, then reapplies it on that version", async () => {
    const current = { ...TOPICS[0], label: "Negotiations", version: 4 };
    vi.mocked(api.renameTopic)
      .mockRejectedValueOnce(new ApiError(412, "changed", "stale_version", current))
      .mockResolvedValueOnce({ ...current, label: "Talks", version: 5 } as never);
    const { view } = show();
    const label = await view.findByDisplayValue("Peace talks");
    fireEvent.input(label, { target: { value: "Talks" } });
    fireEvent.click(view.getByRole("button", { name: "Rename topic" }));
    const heading = await view.findByRole("heading", { name: /Someone changed the topic/ });
    const panel = heading.closest("section") as HTMLElement;
    expect(panel.textContent).toContain("rename to “Talks”");
    const cells = [...panel.querySelectorAll("tr.changed td")].map((td) => td.textContent);
    expect(cells).toEqual(["Peace talks", "Negotiations", "1", "4"]);
    fireEvent.click(view.getByRole("button", { name: "Reapply my change" }));
    await view.findByText("Renamed to “Talks”.");
    expect(api.renameTopic).toHaveBeenLastCalledWith("top_talks", { label: "Talks" }, 4);
    expect(view.queryByRole("heading", { name: /Someone changed the topic/ })).toBeNull();
  });

  it("keeps theirs on a stale merge: nothing is sent again and the caller is not told", async () => {
    const current = { ...TOPICS[0], label: "Negotiations", version: 2 };
    vi.mocked(api.mergeTopic).mockRejectedValueOnce(
      new ApiError(412, "changed", "stale_version", current),
    );
    const { view, onMerged, load } = show();
    await view.findByRole("option", { name: "A ceasefire" });
    fireEvent.change(view.getByLabelText("Merge into"), { target: { value: "top_ceasefire" } });
    fireEvent.click(view.getByRole("button", { name: "Merge topic" }));
    fireEvent.click(await view.findByRole("button", { name: "Keep theirs" }));
    await view.findByText("Kept theirs: “Negotiations”.");
    expect(api.mergeTopic).toHaveBeenCalledTimes(1);
    expect(onMerged).not.toHaveBeenCalled();
    // Theirs is loaded, so the forms show the topic as it is now.
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(2));
  });

  it("shows the server's refusal of a merge and leaves the caller alone", async () => {
    vi.mocked(api.mergeTopic).mockRejectedValue(new Error("No topic top_ceasefire"));
    const { view, onMerged } = show();
    await view.findByRole("option", { name: "A ceasefire" });
    fireEvent.change(view.getByLabelText("Merge into"), { target: { value: "top_ceasefire" } });
    fireEvent.click(view.getByRole("button", { name: "Merge topic" }));
    expect((await view.findByRole("alert")).textContent).toBe(
      "Could not save: No topic top_ceasefire",
    );
    expect(onMerged).not.toHaveBeenCalled();
  });
});
