/** Actor: anyone whose position can be reported — a person, a government, a ministry, an anonymous official. */
import { z } from "zod";
import { ActorId, PartialDate } from "./ids.js";

export const ActorKind = z
  .enum([
    "person",
    "government",
    "state",
    "organization",
    "media_outlet",
    "anonymous_source",
    "group",
  ])
  .meta({
    description:
      "person; government (an executive or its offices: the Kremlin, the White House); state (a country); organization (NATO, a ministry, a company); media_outlet; anonymous_source (an unnamed official or source); group (several people: European leaders).",
    examples: ["person", "anonymous_source"],
  });
export type ActorKind = z.infer<typeof ActorKind>;

export const ActorRole = z
  .strictObject({
    title: z
      .string()
      .min(1)
      .meta({
        description: "The office or function.",
        examples: ["Foreign Minister", "Secretary General"],
      }),
    organization: z
      .string()
      .nullable()
      .meta({ description: "The body the office belongs to.", examples: ["Russia", "NATO", null] }),
    start: PartialDate.nullable().meta({
      description: "When the role began, if known.",
      examples: ["2004-03-09", null],
    }),
    end: PartialDate.nullable().meta({
      description: "When the role ended; null if ongoing or unknown.",
      examples: [null],
    }),
  })
  .meta({ title: "ActorRole", description: "An office an actor holds or held." });
export type ActorRole = z.infer<typeof ActorRole>;

export const Actor = z
  .strictObject({
    id: ActorId,
    name: z
      .string()
      .min(1)
      .meta({
        description:
          "Canonical display name; for anonymous sources, the description the text gives.",
        examples: ["Vladimir Putin", "former senior Kremlin official"],
      }),
    aliases: z.array(z.string().min(1)).meta({
      description: "Other names and spellings seen in the corpus.",
      examples: [["Putin", "Russian President Vladimir Putin"]],
    }),
    kind: ActorKind,
    roles: z
      .array(ActorRole)
      .meta({ description: "Offices held, as the text or the gazetteer knows them." }),
    memberOf: z.array(ActorId).meta({
      description:
        "Ids of the actors this one belongs to or speaks for (a foreign minister → his state; the Kremlin → Russia). The first entry is the primary one, which defines the root actor for comparisons.",
      examples: [["act_russia"]],
    }),
    wikidataId: z
      .string()
      .regex(/^Q[1-9]\d*$/)
      .nullable()
      .meta({ description: "Wikidata item id, when known.", examples: ["Q7747", null] }),
  })
  .meta({ title: "Actor", description: "Someone whose stated positions are tracked." });
export type Actor = z.infer<typeof Actor>;
