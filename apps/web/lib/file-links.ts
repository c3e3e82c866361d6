// Attachments are downloaded through the web (app/files/[fileId]/route.ts): the browser never reaches the API.

/** The API's signed link (`/v1/files/{id}?expires=…&signature=…`) as the browser follows it: `/files/{id}?…`. */
export function webFileLink(file: { id: string; download: { url: string } }): string {
  const url = new URL(file.download.url, "http://api.invalid");
  return `/files/${encodeURIComponent(file.id)}${url.search}`;
}

/** The file types the API takes for attachments (it checks the bytes; this only narrows the browser's picker). */
export const attachmentAccept = ".pdf,.png,.jpg,.jpeg,.webp,.dxf,.dwg,.step,.stp,.iges,.igs,.xlsx";

/** What the request form sends with the request at most, all files together (the rest go on the request page). */
export const formAttachmentsMaxBytes = 20 * 1024 * 1024;
