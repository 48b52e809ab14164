/** @stancemap/extract: pure, deterministic extraction of actors' stated positions from news articles. */
export { formatSize, InputError, loadDocument, MAX_INPUT_BYTES } from "./input.js";
export {
  analyseDocument,
  type ExtractFailure,
  type ExtractInput,
  type ExtractResult,
  extractCorpus,
} from "./pipeline.js";
export { checkGoldAgainstTexts, Gold, type ScoreReport, scoreAgainstGold } from "./score.js";
