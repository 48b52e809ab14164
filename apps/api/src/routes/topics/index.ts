/** The topics resource: reads, and the reviewer's rename and merge. */
import { createRouter } from "../../router.js";
import { getTopic, getTopicRoute } from "./get.js";
import { listTopics, listTopicsRoute } from "./list.js";
import { mergeTopic, mergeTopicRoute } from "./merge.js";
import { renameTopic, renameTopicRoute } from "./rename.js";

export const topicRoutes = createRouter()
  .openapi(listTopicsRoute, listTopics)
  .openapi(getTopicRoute, getTopic)
  .openapi(renameTopicRoute, renameTopic)
  .openapi(mergeTopicRoute, mergeTopic);
