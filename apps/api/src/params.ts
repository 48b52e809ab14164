/** Request parameter schemas several routes share: ids in paths, comma-separated id lists, pages. */
import { z } from "@hono/zod-openapi";
import { PageQuery } from "@stancemap/schema";

/** `{id}` in a path, validated with the record's id schema so a malformed id is a 400, not a 404. */
export function idParam<T extends z.ZodString>(schema: T, what: string) {
  return z.strictObject({
    id: schema.meta({ description: `The ${what}'s id.` }),
  });
}

/** `a,b,c` in a query parameter, each item checked with `item`. */
export function commaList<T extends z.ZodType<string, string>>(
  item: T,
  description: string,
  example: string,
) {
  return z
    .string()
    .meta({ description, examples: [example] })
    .transform((value) =>
      value
        .split(",")
        .map((part) => part.trim())
        .filter((part) => part !== ""),
    )
    .pipe(z.array(item).min(1).max(100));
}

export const PageParams = PageQuery.pick({ cursor: true }).extend({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .optional()
    .meta({ description: "Page size (1–500, default 50).", examples: [50] }),
});
