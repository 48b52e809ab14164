import { cleanup, fireEvent, render } from "@solidjs/testing-library";
import type { Actor, ActorDetail, ActorSummary, Role, SessionInfo } from "@stancemap/schema";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, api } from "../lib/api.js";
import { AppProvider, type Catalogue } from "../lib/state.jsx";
import { ActorTools } from "./ActorTools.jsx";

vi.mock("../lib/api.js", async (original) => ({
  ...(await original<typeof import("../lib/api.js")>()),
  api: { renameActor: vi.fn(), mergeActor: vi.fn() },
}));

const actor = (id: string, name: string, aliases: string[] = []): Actor => ({
  id,
  name,
  aliases,
  kind: "person",
  roles: [],
  memberOf: [],
  wikidataId: null,
});

const DETAIL: ActorDetail = {
  actor: actor("act_lavrov", "Sergei Lavrov", ["Lavrov"]),
  members: [],
  positions: [],
  version: 2,
};

const summary = (a: Actor): ActorSummary => ({ ...a, statementCount: 1, version: 1 });

function show(role: Role = "editor") {
  const onRenamed = vi.fn();
  const onMerged = vi.fn();
  const load = async (): Promise<Catalogue> => ({
    actors: [summary(DETAIL.actor), summary(actor("act_lavrov2", "Sergey Lavrov"))],
    sources: [],
    topics: [],
  });
  const session = async (): Promise<SessionInfo> => ({
    mode: "required",
    principal: { name: "eve", role, via: "session" },
    csrfToken: "csrf",
    expiresAt: null,
  });
  const view = render(() => (
    <AppProvider load={load} loadSession={session}>
      <ActorTools detail={DETAIL} onRenamed={onRenamed} onMerged={onMerged} />
    </AppProvider>
  ));
  return { view, onRenamed, onMerged };
}

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

describe("ActorTools", () => {
  it("is only there for editors and admins", async () => {
    const reviewer = show("reviewer");
    await new Promise((done) => setTimeout(done, 0));
    expect(reviewer.view.queryByText("Fix this actor")).toBeNull();
    cleanup();
    const admin = show("admin");
    expect(await admin.view.findByText("Fix this actor")).toBeTruthy();
  });

  it("renames on the version seen, sending other names only when they changed", async () => {
    vi.mocked(api.renameActor).mockResolvedValue({
      ...DETAIL.actor,
      name: "Sergey Lavrov",
      version: 3,
    });
    const { view, onRenamed } = show();
    fireEvent.input(await view.findByLabelText("Actor name"), {
      target: { value: "Sergey Lavrov" },
    });
    fireEvent.click(view.getByRole("button", { name: "Rename actor" }));
    await view.findByText("Renamed to “Sergey Lavrov”.");
    expect(api.renameActor).toHaveBeenLastCalledWith("act_lavrov", { name: "Sergey Lavrov" }, 2);
    expect(onRenamed).toHaveBeenCalled();
    fireEvent.input(view.getByLabelText("Other names, one per line"), {
      target: { value: "Lavrov\n  S. Lavrov \n\n" },
    });
    fireEvent.click(view.getByRole("button", { name: "Rename actor" }));
    await vi.waitFor(() =>
      expect(api.renameActor).toHaveBeenLastCalledWith(
        "act_lavrov",
        { name: "Sergey Lavrov", aliases: ["Lavrov", "S. Lavrov"] },
        2,
      ),
    );
  });

  it("shows a stale merge against the actor as it is now and reapplies it on that version", async () => {
    const now = { ...DETAIL.actor, name: "Sergei V. Lavrov", version: 5 };
    vi.mocked(api.mergeActor)
      .mockRejectedValueOnce(new ApiError(412, "changed", "stale_version", now))
      .mockResolvedValueOnce({
        actor: { ...actor("act_lavrov2", "Sergey Lavrov"), version: 2 },
        statementsMoved: 4,
        auditEventId: "aud_1",
      });
    const { view, onMerged } = show();
    await view.findByRole("option", { name: "Sergey Lavrov" });
    fireEvent.change(view.getByLabelText("Same actor as"), { target: { value: "act_lavrov2" } });
    fireEvent.click(view.getByRole("button", { name: "Merge actor" }));
    const panel = (await view.findByRole("heading", { name: /Someone changed the actor/ })).closest(
      "section",
    ) as HTMLElement;
    expect([...panel.querySelectorAll("tr.changed td")].map((td) => td.textContent)).toEqual([
      "Sergei Lavrov",
      "Sergei V. Lavrov",
      "2",
      "5",
    ]);
    expect(onMerged).not.toHaveBeenCalled();
    fireEvent.click(view.getByRole("button", { name: "Reapply my change" }));
    await view.findByText("Merged into “Sergey Lavrov”: 4 statements moved.");
    expect(api.mergeActor).toHaveBeenLastCalledWith("act_lavrov", "act_lavrov2", 5);
    expect(onMerged).toHaveBeenCalledWith("act_lavrov2");
  });
});
