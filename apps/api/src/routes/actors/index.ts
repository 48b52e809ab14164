/** The actors resource. */
import { createRouter } from "../../router.js";
import { getActor, getActorRoute } from "./get.js";
import { listActors, listActorsRoute } from "./list.js";

export const actorRoutes = createRouter()
  .openapi(listActorsRoute, listActors)
  .openapi(getActorRoute, getActor);
