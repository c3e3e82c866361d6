// Tells "Meilisearch is not there" (refused, timed out, answering 5xx) from every other failure: the API answers
// the first with 503 naming meilisearch, the second stays a 500 (our bug).
import {
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
} from "meilisearch";
import { SearchAnswerError } from "./client.js";

export function isSearchUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if (
      current instanceof MeilisearchRequestError ||
      current instanceof MeilisearchRequestTimeOutError ||
      current instanceof MeilisearchTaskTimeOutError
    )
      return true;
    if (current instanceof MeilisearchApiError && current.response.status >= 500) return true;
    if (current instanceof SearchAnswerError && current.status >= 500) return true;
    current = current.cause;
  }
  return false;
}
