/** The health check. */
import { createRouter } from "../../router.js";
import { health, healthRoute } from "./get.js";

export const healthRoutes = createRouter().openapi(healthRoute, health);
