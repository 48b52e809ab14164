/** The OpenAPI document as committed in apps/api/openapi.json, which a test keeps in step with the routes. */
import { createApp } from "./app.js";

/**
 * Built from an app whose dependencies are never called: generating the document only walks the
 * route definitions.
 */
export async function openApiJson(): Promise<string> {
  const unused = () => {
    throw new Error("openApiJson does not run routes");
  };
  const app = createApp({ store: new Proxy({}, { get: unused }) as never, extract: unused });
  const response = await app.request("/openapi.json");
  if (response.status !== 200) throw new Error(`GET /openapi.json: ${await response.text()}`);
  return `${JSON.stringify(await response.json(), null, 2)}\n`;
}
