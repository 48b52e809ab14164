/** The statements resource: the filtered list, reviews and history. */
import { createRouter } from "../../router.js";
import { getStatement, getStatementRoute } from "./get.js";
import { statementHistory, statementHistoryRoute } from "./history.js";
import { listStatements, listStatementsRoute } from "./list.js";
import { reviewStatement, reviewStatementRoute } from "./review.js";

export const statementRoutes = createRouter()
  .openapi(listStatementsRoute, listStatements)
  .openapi(getStatementRoute, getStatement)
  .openapi(reviewStatementRoute, reviewStatement)
  .openapi(statementHistoryRoute, statementHistory);
