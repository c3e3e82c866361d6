// Drains the request rows of search_outbox into the open-requests index: open requests are written, any other
// status (or a deleted row) is removed. Same guarantees as the supplier sync (`drainSearchOutbox`).
import { type Database, sourcingRequestRepository } from "@ketnoi/db";
import { assertSucceeded, requestDocument, type SearchHandle } from "@ketnoi/search";
import { prepareRequest } from "../matching/match-candidates.js";
import { type DrainResult, drainSearchOutbox, indexTaskWait } from "./drain-search-outbox.js";

export interface OpenRequestVersion {
  id: string;
  version: number;
}

export function syncRequestIndex(input: {
  db: Database;
  search: SearchHandle;
  indexName: string;
  now: () => Date;
  batchSize?: number;
  /**
   * Called with each batch's open requests before they are written to the index (for matching, which reads only
   * the supplier index and so need not wait for the request's own write); a throw leaves the batch pending, so
   * what it sets off is retried with it.
   */
  onOpenRequests?: (requests: OpenRequestVersion[]) => Promise<void>;
}): Promise<DrainResult> {
  const { db, search, indexName } = input;
  return drainSearchOutbox({
    db,
    entity: "request",
    now: input.now,
    batchSize: input.batchSize ?? 1000,
    write: async (ids) => {
      const rows = await sourcingRequestRepository.findSourcingRequestsByIds(db, ids);
      // With the words the forward run ranks suppliers by, so the reverse direction reads them the same way.
      const documents = rows
        .map((row) => requestDocument({ ...row, queryText: prepareRequest(row).queryText }))
        .filter((doc) => doc !== null);
      const keep = new Set(documents.map((doc) => doc.id));
      const gone = ids.filter((id) => !keep.has(id));
      await input.onOpenRequests?.(documents.map((doc) => ({ id: doc.id, version: doc.version })));
      const index = search.client.index(indexName);
      if (documents.length > 0) {
        assertSucceeded(
          await index.addDocuments(documents, { primaryKey: "id" }).waitTask(indexTaskWait),
          "indexing requests",
        );
      }
      if (gone.length > 0)
        assertSucceeded(await index.deleteDocuments(gone).waitTask(indexTaskWait), "removing requests");
      return { written: documents.length, removed: gone.length };
    },
  });
}
