// The plain-text part of a message, from the same view as the HTML: for clients that show no HTML, screen
// readers and spam filters that compare the two parts.
import type { MessageItem, MessageList, MessageView } from "./message-view.js";

function itemText(item: MessageItem): string {
  const lines = [`- ${item.title}${item.badge ? ` (${item.badge})` : ""}`];
  if (item.meta) lines.push(`  ${item.meta}`);
  if (item.why) lines.push(`  ${item.why}`);
  lines.push(`  ${item.url}`);
  return lines.join("\n");
}

function listText(list: MessageList): string {
  const parts: string[] = [];
  if (list.heading) parts.push(list.heading);
  parts.push(...list.items.map(itemText), ...list.lines.map((line) => `- ${line.text}`));
  if (list.more) parts.push(`${list.more.label}: ${list.more.url}`);
  return parts.join("\n");
}

export function renderMessageText(view: MessageView): string {
  const blocks = view.blocks.map((block) => {
    const parts: string[] = [];
    if (block.heading) parts.push(`== ${block.heading} ==`);
    if (block.summary) parts.push(block.summary);
    for (const group of block.groups) {
      const title = [group.title, group.meta].filter((part) => part).join(" | ");
      const header = [title, group.url].filter((part) => part).join("\n");
      parts.push([header, ...group.lists.map(listText)].filter((part) => part).join("\n\n"));
    }
    if (block.action) parts.push(`${block.action.label}: ${block.action.url}`);
    return parts.join("\n\n");
  });
  const footer = [
    view.footer.reason,
    ...view.footer.links.map((link) => `${link.label}: ${link.url}`),
    view.footer.tagline,
  ].join("\n");
  // "-- " with the trailing space is the signature separator that mail clients recognise.
  const body = [
    view.greeting,
    ...view.intro.map((line) => line.text),
    ...blocks,
    ...view.outro.map((line) => line.text),
  ];
  return `${[...body, `-- \n${footer}`].join("\n\n")}\n`;
}
