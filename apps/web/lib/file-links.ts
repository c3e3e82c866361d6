// Attachments are downloaded through the web (app/files/[fileId]/route.ts): the browser never reaches the API.

/** The API's signed link (`/v1/files/{id}?expires=…&signature=…`) as the browser follows it: `/files/{id}?…`. */
export function webFileLink(file: { id: string; download: { url: string } }): string {
  const url = new URL(file.download.url, "http://api.invalid");
  return `/files/${encodeURIComponent(file.id)}${url.search}`;
}
