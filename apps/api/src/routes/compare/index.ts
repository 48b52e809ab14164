/** The comparison view. */
import { createRouter } from "../../router.js";
import { compare, compareRoute } from "./get.js";

export const compareRoutes = createRouter().openapi(compareRoute, compare);
