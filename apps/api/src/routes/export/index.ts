/** The export endpoint. */
import { createRouter } from "../../router.js";
import { exportCorpus, exportRoute } from "./get.js";

export const exportRoutes = createRouter().openapi(exportRoute, exportCorpus);
