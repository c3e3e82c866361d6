// The content of a digest or notification email, already in the reader's language: one model that both the HTML
// (MJML) and the plain-text renderer read, so the two parts cannot say different things. Optional fields are
// null rather than absent, so a template never picks up a same-named field of an outer block.
import type { Language } from "@ketnoi/domain";

export type MessageLink = { label: string; url: string };
export type MessageLine = { text: string };

/** Something to open: a matched supplier, a quote, a request. `why` is the one-line reason it is here. */
export type MessageItem = {
  title: string;
  url: string;
  badge: string | null;
  meta: string | null;
  why: string | null;
};

export type MessageList = {
  heading: string | null;
  items: MessageItem[];
  lines: MessageLine[];
  /** "See all 12" when the list shows only the first few. */
  more: MessageLink | null;
};

export type MessageGroup = {
  title: string | null;
  url: string | null;
  meta: string | null;
  lists: MessageList[];
};

export type MessageBlock = {
  heading: string | null;
  summary: string | null;
  groups: MessageGroup[];
  action: MessageLink | null;
};

export type MessageView = {
  lang: Language;
  subject: string;
  /** The preview line most inboxes show after the subject. */
  preheader: string;
  greeting: string;
  intro: MessageLine[];
  blocks: MessageBlock[];
  footer: {
    /** Why this person got the email. */
    reason: string;
    /** Preferences and the visible unsubscribe link. */
    links: MessageLink[];
    tagline: string;
  };
};
