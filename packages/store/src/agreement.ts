/** Agreement of a comparison row: the one implementation lives in @stancemap/schema, shared with the extractor and the CLI. */
export {
  agreementOf,
  NEAR_IDENTICAL,
  normaliseWording as normaliseEvidenceText,
  wordOverlap,
} from "@stancemap/schema";
