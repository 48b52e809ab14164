import { render } from "@solidjs/testing-library";
import { createResource } from "solid-js";
import { describe, expect, it } from "vitest";
import { Loadable } from "./Loadable.jsx";

function show(fetcher: () => Promise<string[]>) {
  return render(() => {
    const [resource] = createResource(fetcher);
    return (
      <Loadable
        resource={resource}
        what="the actors"
        isEmpty={(list) => list.length === 0}
        empty="Nobody yet."
      >
        {(list) => <p>{list.join(", ")}</p>}
      </Loadable>
    );
  });
}

describe("Loadable", () => {
  it("says it is loading, then shows the value", async () => {
    let resolve: (value: string[]) => void = () => {};
    const view = show(
      () =>
        new Promise((done) => {
          resolve = done;
        }),
    );
    expect(view.getByRole("status").textContent).toBe("Loading the actors…");
    resolve(["Ann", "Bo"]);
    expect((await view.findByText("Ann, Bo")).tagName).toBe("P");
  });

  it("shows the empty state", async () => {
    const view = show(async () => []);
    expect(await view.findByText("Nobody yet.")).toBeTruthy();
  });

  it("shows the error as an alert", async () => {
    const view = show(async () => {
      throw new Error("HTTP 500");
    });
    expect((await view.findByRole("alert")).textContent).toBe(
      "Could not load the actors: HTTP 500",
    );
  });
});
