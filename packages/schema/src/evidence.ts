/** Evidence: where in a document's text a claim stands, as a flattened W3C Web Annotation selector. */
import { z } from "zod";

const Offset = z.int().min(0);

/**
 * TextPositionSelector (`start`, `end`) and TextQuoteSelector (`exact`, `prefix`, `suffix`) in one
 * object. Offsets count UTF-16 code units, like JavaScript string indices, so
 * `text.slice(start, end) === exact`; the quote lets the span be re-anchored after the text changes.
 * That cross-field rule needs the document text, so it lives in {@link checkEvidence}, not here.
 */
export const Evidence = z
  .strictObject({
    start: Offset.meta({
      description: "UTF-16 offset of the first character of the span in Document.text.",
      examples: [512],
    }),
    end: Offset.meta({
      description: "UTF-16 offset just past the last character of the span (exclusive).",
      examples: [583],
    }),
    exact: z
      .string()
      .min(1)
      .meta({
        description: "The span's text, exactly `Document.text.slice(start, end)`.",
        examples: ["“We will not accept any ceasefire on these terms,”"],
      }),
    prefix: z.string().meta({
      description: "Up to 32 characters of text immediately before the span, for re-anchoring.",
      examples: ["after the talks. "],
    }),
    suffix: z.string().meta({
      description: "Up to 32 characters of text immediately after the span, for re-anchoring.",
      examples: [" the minister said on Tuesday."],
    }),
  })
  .meta({
    title: "Evidence",
    description:
      "A span of a document's text: W3C Web Annotation TextPositionSelector and TextQuoteSelector flattened into one object.",
  });
export type Evidence = z.infer<typeof Evidence>;

/** How much context `makeEvidence` keeps on each side of a span. */
export const EVIDENCE_CONTEXT = 32;

/** True when `offset` falls between the two halves of a surrogate pair (inside an emoji, say). */
function splitsSurrogatePair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/**
 * Builds the evidence for `text.slice(start, end)` with its quote context. The context stops short
 * of a surrogate pair it would cut: a lone surrogate does not survive UTF-8 (files, PostgreSQL), so
 * the quote would no longer match after a round trip.
 */
export function makeEvidence(text: string, start: number, end: number): Evidence {
  if (
    !(Number.isInteger(start) && Number.isInteger(end)) ||
    start < 0 ||
    end > text.length ||
    end <= start
  ) {
    throw new RangeError(`invalid span [${start}, ${end}) for a text of length ${text.length}`);
  }
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    throw new RangeError(`span [${start}, ${end}) cuts a surrogate pair in half`);
  }
  let prefixStart = Math.max(0, start - EVIDENCE_CONTEXT);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + EVIDENCE_CONTEXT);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd -= 1;
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  };
}

/** Returns why `evidence` does not anchor in `text`, or `null` when it does. */
export function checkEvidence(evidence: Evidence, text: string): string | null {
  if (evidence.end <= evidence.start)
    return `end (${evidence.end}) must be greater than start (${evidence.start})`;
  if (evidence.end > text.length)
    return `end (${evidence.end}) is past the end of the text (${text.length})`;
  const slice = text.slice(evidence.start, evidence.end);
  if (slice !== evidence.exact)
    return `exact does not equal text.slice(${evidence.start}, ${evidence.end})`;
  if (!text.slice(0, evidence.start).endsWith(evidence.prefix))
    return "prefix does not precede the span";
  if (!text.slice(evidence.end).startsWith(evidence.suffix))
    return "suffix does not follow the span";
  return null;
}
