/** @stancemap/schema: the one contract between the extractor, the store, the API, the UI and outside tools. */
export * from "./actor.js";
export * from "./api.js";
export * from "./auth.js";
export * from "./comparison.js";
export * from "./corpus.js";
export * from "./document.js";
export * from "./evidence.js";
export * from "./ids.js";
export * from "./json-schemas.js";
export * from "./problem.js";
export * from "./review.js";
export * from "./source.js";
export * from "./statement.js";
export * from "./topic.js";
