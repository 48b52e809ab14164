/** Statement: one actor's stated position as one document reports it, with its evidence and attribution chain. */
import { z } from "zod";
import { Evidence } from "./evidence.js";
import { ActorId, DatePrecision, DocumentId, PartialDate, StatementId, TopicId } from "./ids.js";

export const StatementMode = z
  .enum(["direct_quote", "indirect_speech", "characterisation", "reported_intention"])
  .meta({
    description:
      "direct_quote: the holder's words in quotation marks; indirect_speech: reported speech (said that …); characterisation: the outlet's own description of the position; reported_intention: what the holder will do or want (will demand, is preparing to).",
    examples: ["direct_quote"],
  });
export type StatementMode = z.infer<typeof StatementMode>;

export const Stance = z.enum(["supports", "opposes", "conditional", "neutral", "unclear"]).meta({
  description: "The statement's stance toward its topic's proposition.",
  examples: ["opposes"],
});
export type Stance = z.infer<typeof Stance>;

export const HedgeKind = z
  .enum(["reportedly", "allegedly", "unnamed_source", "speculative", "other"])
  .meta({
    description:
      "reportedly / allegedly: hedging adverbs; unnamed_source: the position comes through anonymous sourcing; speculative: may, could, might, appears.",
    examples: ["reportedly"],
  });
export type HedgeKind = z.infer<typeof HedgeKind>;

export const Hedge = z
  .strictObject({
    kind: HedgeKind,
    text: z
      .string()
      .min(1)
      .meta({
        description: "The hedging words as they appear.",
        examples: ["reportedly", "sources familiar with"],
      }),
  })
  .meta({
    title: "Hedge",
    description: "A word or sourcing that weakens how firmly the position is reported.",
  });
export type Hedge = z.infer<typeof Hedge>;

export const HopRelation = z
  .enum(["said", "told", "cited", "reported", "republished", "translated"])
  .meta({
    description:
      "What this hop did with the position: said (voiced it; the holder), told (passed it to the next hop), cited (relayed it, naming the hop before), reported (published it), republished (ran another outlet's report), translated (published it in another language).",
    examples: ["told"],
  });
export type HopRelation = z.infer<typeof HopRelation>;

export const AttributionHop = z
  .strictObject({
    actorId: ActorId.nullable().meta({
      description: "The actor at this hop, when it is a known actor.",
      examples: ["act_financialtimes", null],
    }),
    label: z
      .string()
      .min(1)
      .meta({
        description: "Name of the hop, or the text's description of an anonymous one.",
        examples: ["Financial Times", "a former senior Kremlin official"],
      }),
    relation: HopRelation,
    evidence: Evidence.nullable().meta({
      description: "Where the text names this hop, when it does.",
    }),
  })
  .meta({ title: "AttributionHop", description: "One link in the chain of who told whom." });
export type AttributionHop = z.infer<typeof AttributionHop>;

export const ReviewStatus = z
  .enum(["unreviewed", "accepted", "rejected", "corrected"])
  .meta({ description: "Where a reviewer's verification stands.", examples: ["unreviewed"] });
export type ReviewStatus = z.infer<typeof ReviewStatus>;

export const SaidAt = z
  .strictObject({
    date: PartialDate.nullable().meta({
      description: "When it was said, as precise as the text gives; null if only relative.",
      examples: ["2024-12-30", null],
    }),
    precision: DatePrecision,
    text: z
      .string()
      .min(1)
      .meta({
        description: "The words that date it.",
        examples: ["on December 30, 2024", "on Thursday"],
      }),
  })
  .meta({ title: "SaidAt", description: "When the position was voiced, as the text says." });
export type SaidAt = z.infer<typeof SaidAt>;

export const Statement = z
  .strictObject({
    id: StatementId,
    documentId: DocumentId,
    holderId: ActorId.meta({ description: "The actor whose position this is." }),
    topicId: TopicId,
    evidence: Evidence,
    mode: StatementMode,
    cue: z
      .string()
      .nullable()
      .meta({
        description:
          "The reporting verb or phrase as written; null for the outlet's own characterisation without one.",
        examples: ["said", "told the Financial Times", "according to", null],
      }),
    stance: Stance,
    summary: z
      .string()
      .min(1)
      .meta({
        description: "Short normalised wording of the position.",
        examples: ["The minister rejects any ceasefire before the border is restored."],
      }),
    hedges: z.array(Hedge).meta({ description: "Hedges that weaken the report." }),
    chain: z.array(AttributionHop).meta({
      description:
        "Ordered hops from the holder (first, relation `said`) out to the outlet that published this document (last).",
    }),
    saidAt: SaidAt.nullable().meta({
      description: "When the position was voiced; null when the text does not say.",
    }),
    confidence: z
      .number()
      .min(0)
      .max(1)
      .meta({ description: "The extractor's confidence (0–1).", examples: [0.86] }),
    reviewStatus: ReviewStatus,
  })
  .meta({
    title: "Statement",
    description: "One actor's stated position on one topic, as one document reports it.",
  });
export type Statement = z.infer<typeof Statement>;
