/** The audit trail (read-only: there is no write route, by design). */
import { createRouter } from "../../router.js";
import { listAudit, listAuditRoute } from "./list.js";

export const auditRoutes = createRouter().openapi(listAuditRoute, listAudit);
