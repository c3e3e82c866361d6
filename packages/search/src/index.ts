export * from "./client.js";
export * from "./ensure-index.js";
export * from "./match-retrieval.js";
export * from "./request-document.js";
export * from "./supplier-document.js";
export * from "./supplier-index.js";
export * from "./supplier-search.js";
export * from "./unavailable.js";
