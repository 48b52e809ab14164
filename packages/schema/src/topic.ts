/** Topic: an issue on which actors take positions, phrased as a proposition one can support or oppose. */
import { z } from "zod";
import { TopicId } from "./ids.js";

export const Topic = z
  .strictObject({
    id: TopicId,
    label: z
      .string()
      .min(1)
      .meta({
        description: "Short readable name of the issue.",
        examples: ["Ukraine's NATO membership"],
      }),
    proposition: z
      .string()
      .min(1)
      .meta({
        description:
          "The claim that stances are measured against: `supports` agrees with it, `opposes` rejects it.",
        examples: ["Ukraine should join NATO."],
      }),
    keywords: z.array(z.string().min(1)).meta({
      description: "Normalised terms that characterise the topic.",
      examples: [["ukraine", "nato", "membership", "join"]],
    }),
    parentId: TopicId.nullable().meta({
      description: "Broader topic this one refines, if any.",
      examples: ["top_ukrainewarsettlement", null],
    }),
  })
  .meta({ title: "Topic", description: "An issue actors take positions on." });
export type Topic = z.infer<typeof Topic>;
