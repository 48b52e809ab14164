/** API tokens: list, create, revoke (admin only). */
import { createRouter } from "../../router.js";
import { createToken, createTokenRoute } from "./create.js";
import { listTokens, listTokensRoute } from "./list.js";
import { revokeToken, revokeTokenRoute } from "./revoke.js";

export const tokenRoutes = createRouter()
  .openapi(listTokensRoute, listTokens)
  .openapi(createTokenRoute, createToken)
  .openapi(revokeTokenRoute, revokeToken);
