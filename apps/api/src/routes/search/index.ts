/** The search endpoint. */
import { createRouter } from "../../router.js";
import { search, searchRoute } from "./get.js";

export const searchRoutes = createRouter().openapi(searchRoute, search);
