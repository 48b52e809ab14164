/** Source: the outlet or agency that published or supplied a document. */
import { z } from "zod";
import { ActorId, LanguageCode, SourceId } from "./ids.js";

export const SourceKind = z
  .enum(["newspaper", "wire_agency", "broadcaster", "aggregator", "blog", "government", "other"])
  .meta({
    description: "What kind of outlet the source is.",
    examples: ["newspaper", "wire_agency"],
  });
export type SourceKind = z.infer<typeof SourceKind>;

export const Source = z
  .strictObject({
    id: SourceId,
    name: z
      .string()
      .min(1)
      .meta({
        description: "The outlet's name as readers know it.",
        examples: ["Financial Times"],
      }),
    domain: z
      .string()
      .regex(/^([a-z0-9-]+\.)+[a-z]{2,}$/)
      .nullable()
      .meta({
        description: "Web domain of the outlet, lowercase, without scheme or `www.`.",
        examples: ["ft.com", null],
      }),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .nullable()
      .meta({
        description: "ISO 3166-1 alpha-2 code of the outlet's home country.",
        examples: ["GB", null],
      }),
    language: LanguageCode.nullable().meta({
      description: "Main publishing language of the outlet (BCP 47).",
      examples: ["en", null],
    }),
    kind: SourceKind,
    actorId: ActorId.nullable().meta({
      description:
        "The actor (kind `media_outlet`) that stands for this source in attribution chains, if any.",
      examples: ["act_financialtimes", null],
    }),
  })
  .meta({
    title: "Source",
    description: "An outlet or agency that published or supplied documents.",
  });
export type Source = z.infer<typeof Source>;
