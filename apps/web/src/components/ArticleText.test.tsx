import { fireEvent, render } from "@solidjs/testing-library";
import { describe, expect, it, vi } from "vitest";
import { ArticleText } from "./ArticleText.jsx";

const TEXT = "Ad <b>buy</b>. The minister said <script>x</script> no.";

describe("ArticleText", () => {
  it("renders markup in the article as literal text", () => {
    const { container } = render(() => (
      <ArticleText text={TEXT} excluded={[]} spans={[]} hrefFor={() => "#"} onSelect={() => {}} />
    ));
    expect(container.textContent).toBe(TEXT);
    expect(container.querySelector("b")).toBeNull();
    expect(container.querySelector("script")).toBeNull();
  });

  it("highlights spans, dims boilerplate and selects a statement on click", () => {
    const onSelect = vi.fn();
    const start = TEXT.indexOf("The minister");
    const { container, getByText } = render(() => (
      <ArticleText
        text={TEXT}
        excluded={[{ start: 0, end: 13 }]}
        spans={[{ id: "stm_one", start, end: TEXT.length }]}
        selectedId="stm_one"
        hrefFor={(id) => `/documents/doc_1?stm=${id}`}
        onSelect={onSelect}
      />
    ));
    expect(getByText("Ad <b>buy</b>").classList.contains("boilerplate")).toBe(true);
    const highlight = container.querySelector("a.hl");
    expect(highlight?.textContent).toBe(TEXT.slice(start));
    expect(highlight?.classList.contains("selected")).toBe(true);
    expect(highlight?.getAttribute("href")).toBe("/documents/doc_1?stm=stm_one");
    expect(container.querySelector("#span-stm_one")).not.toBeNull();
    fireEvent.click(highlight as Element);
    expect(onSelect).toHaveBeenCalledWith("stm_one");
  });
});
