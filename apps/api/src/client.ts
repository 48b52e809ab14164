/** The typed HTTP client for the web app and the CLI: `hc` over the app's route types. */
import type { DocumentInput } from "@stancemap/schema";
import { hc } from "hono/client";
import type { AppType } from "./app.js";

export type { AppType };

/** Computing `hc<AppType>`'s type once here keeps editors and tsc fast in the packages that use it. */
export type Client = ReturnType<typeof hc<AppType>>;

export function createClient(...args: Parameters<typeof hc>): Client {
  return hc<AppType>(...args);
}

/**
 * POST /api/documents takes JSON or multipart, and hc's types then ask for both bodies at once;
 * these two send one each and keep the typed response.
 */
type PostDocumentsArgs = Parameters<Client["api"]["documents"]["$post"]>[0];

export function uploadDocuments(client: Client, files: File[]) {
  return client.api.documents.$post({ form: { files } } as unknown as PostDocumentsArgs);
}

export function postDocument(client: Client, input: DocumentInput) {
  return client.api.documents.$post({ json: input } as unknown as PostDocumentsArgs);
}
