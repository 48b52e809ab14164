import { describe, expect, it } from "vitest";
import { anchorQuote } from "./anchor.js";

describe("anchorQuote", () => {
  it("finds a quote that moved", () => {
    const text = "New first line. The minister said no. Then she left.";
    expect(
      anchorQuote(text, { exact: "said no", prefix: "The minister ", suffix: ". Then" }),
    ).toEqual({
      start: text.indexOf("said no"),
      end: text.indexOf("said no") + "said no".length,
    });
  });

  it("uses prefix and suffix to choose between repeated words", () => {
    const text = "Kestrel said no. Valdoria said no. Kestrel said yes.";
    const second = text.indexOf("said no", text.indexOf("Valdoria"));
    expect(anchorQuote(text, { exact: "said no", prefix: "Valdoria ", suffix: "." })?.start).toBe(
      second,
    );
  });

  it("still anchors when the context was partly edited", () => {
    const text = "As Valdoria's envoy said no to the plan.";
    expect(
      anchorQuote(text, { exact: "said no", prefix: "The envoy ", suffix: " to it" })?.start,
    ).toBe(text.indexOf("said no"));
  });

  it("returns null when the quote is gone or the context cannot decide", () => {
    expect(anchorQuote("Nothing here.", { exact: "said no", prefix: "", suffix: "" })).toBeNull();
    expect(
      anchorQuote("He said no. She said no.", { exact: "said no", prefix: "", suffix: "" }),
    ).toBeNull();
  });
});
