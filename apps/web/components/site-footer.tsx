import type { Messages } from "../lib/i18n/messages";

export function SiteFooter({ messages }: { messages: Messages }) {
  return (
    <footer className="mt-16 border-t-4 border-brand bg-white">
      <div className="mx-auto max-w-5xl px-4 py-8 text-muted">
        <p className="font-semibold text-ink">{messages.meta.siteName}</p>
        <p className="mt-1 max-w-prose">{messages.footer.about}</p>
      </div>
    </footer>
  );
}
