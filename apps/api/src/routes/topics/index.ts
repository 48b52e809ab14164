/** The topics resource. */
import { createRouter } from "../../router.js";
import { getTopic, getTopicRoute } from "./get.js";
import { listTopics, listTopicsRoute } from "./list.js";

export const topicRoutes = createRouter()
  .openapi(listTopicsRoute, listTopics)
  .openapi(getTopicRoute, getTopic);
