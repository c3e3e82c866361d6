// The content of an email (account emails, the digest, notifications), already in the reader's language: one model that both the HTML
// (MJML) and the plain-text renderer read, so the two parts cannot say different things. Optional fields are
// null rather than absent, so a template never picks up a same-named field of an outer block.
import type { Language } from "@ketnoi/domain";

export type MessageLink = { label: string; url: string };
type MessageLine = { text: string };

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
  /**
   * Under the button, the link written out with this line before it ("If the button doesn't work, copy…"), for
   * emails whose whole point is the one link (account emails); the text part always shows the link.
   */
  actionFallback: string | null;
};

export type MessageView = {
  lang: Language;
  subject: string;
  /** The preview line most inboxes show after the subject. */
  preheader: string;
  greeting: string;
  intro: MessageLine[];
  blocks: MessageBlock[];
  /** Closing lines after the blocks: how long a link stays valid, what to do if the email was unexpected. */
  outro: MessageLine[];
  footer: {
    /** Why this person got the email. */
    reason: string;
    /** Preferences and the visible unsubscribe link; none for account emails. */
    links: MessageLink[];
    tagline: string;
  };
};
