/** The sources resource. */
import { createRouter } from "../../router.js";
import { listSources, listSourcesRoute } from "./list.js";

export const sourceRoutes = createRouter().openapi(listSourcesRoute, listSources);
