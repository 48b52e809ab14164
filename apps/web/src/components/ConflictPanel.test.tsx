import { cleanup, fireEvent, render } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConflictPanel } from "./ConflictPanel.jsx";

afterEach(() => cleanup());

function show(busy = false) {
  const onReapply = vi.fn();
  const onKeep = vi.fn();
  const view = render(() => (
    <ConflictPanel
      what="this statement"
      change="accept"
      reapplyLabel="Reapply my decision"
      rows={[
        { label: "Status", saw: "unreviewed", now: "rejected" },
        { label: "Holder", saw: "The minister", now: "The minister" },
      ]}
      busy={busy}
      onReapply={onReapply}
      onKeep={onKeep}
    />
  ));
  return { view, onReapply, onKeep };
}

describe("ConflictPanel", () => {
  it("lays out what was seen against what is stored, marking only the fields that differ", () => {
    const { view } = show();
    const table = view.getByRole("table", { name: "What you saw and what is stored now" });
    const headers = [...table.querySelectorAll("thead th")].map((th) => th.textContent);
    expect(headers).toEqual(["Field", "What you saw", "Now"]);
    const status = view.getByRole("rowheader", { name: /Status/ }).closest("tr") as HTMLElement;
    const holder = view.getByRole("rowheader", { name: /Holder/ }).closest("tr") as HTMLElement;
    expect(status.classList.contains("changed")).toBe(true);
    // Colour is not the only cue: the changed row says so in words.
    expect(status.querySelector(".changed-badge")?.textContent).toBe("changed");
    expect(holder.classList.contains("changed")).toBe(false);
    expect(holder.querySelector(".changed-badge")).toBeNull();
    expect([...status.querySelectorAll("td")].map((td) => td.textContent)).toEqual([
      "unreviewed",
      "rejected",
    ]);
  });

  it("says the change was not saved, and moves focus to its heading", () => {
    const { view } = show();
    expect(view.getByRole("alert").textContent).toMatch(/Your change \(accept\) was not saved/);
    expect(document.activeElement).toBe(
      view.getByRole("heading", { name: "Someone changed this statement while you were working" }),
    );
  });

  it("calls back on each choice, and offers neither while busy", () => {
    const { view, onReapply, onKeep } = show();
    fireEvent.click(view.getByRole("button", { name: "Reapply my decision" }));
    expect(onReapply).toHaveBeenCalledTimes(1);
    expect(onKeep).not.toHaveBeenCalled();
    fireEvent.click(view.getByRole("button", { name: "Keep theirs" }));
    expect(onKeep).toHaveBeenCalledTimes(1);
    cleanup();
    const busy = show(true);
    for (const name of ["Reapply my decision", "Keep theirs"]) {
      expect((busy.view.getByRole("button", { name }) as HTMLButtonElement).disabled).toBe(true);
    }
  });
});
