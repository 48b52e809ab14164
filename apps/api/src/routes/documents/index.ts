/** The documents resource: ingest, list, read one. */
import { createRouter } from "../../router.js";
import { createDocuments, createDocumentsRoute } from "./create.js";
import { getDocument, getDocumentRoute } from "./get.js";
import { listDocuments, listDocumentsRoute } from "./list.js";

export const documentRoutes = createRouter()
  .openapi(createDocumentsRoute, createDocuments)
  .openapi(listDocumentsRoute, listDocuments)
  .openapi(getDocumentRoute, getDocument);
