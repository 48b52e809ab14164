/** The actors resource: reads, and the editor's rename and merge. */
import { createRouter } from "../../router.js";
import { getActor, getActorRoute } from "./get.js";
import { listActors, listActorsRoute } from "./list.js";
import { mergeActor, mergeActorRoute } from "./merge.js";
import { renameActor, renameActorRoute } from "./rename.js";

export const actorRoutes = createRouter()
  .openapi(listActorsRoute, listActors)
  .openapi(getActorRoute, getActor)
  .openapi(renameActorRoute, renameActor)
  .openapi(mergeActorRoute, mergeActor);
