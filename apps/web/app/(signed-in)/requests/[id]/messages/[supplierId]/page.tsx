// The buyer's thread with one supplier about a request (emails link here): the messages, then the reply, which the
// buyer may send to every supplier of the request without naming who asked. Opening it marks it read.
import type { Metadata } from "next";
import { MessageForm } from "../../../../../../components/messages/message-form";
import { ThreadMessages } from "../../../../../../components/messages/thread-messages";
import { Notice } from "../../../../../../components/notice";
import { Card, CardHeading } from "../../../../../../components/ui/card";
import { fill } from "../../../../../../lib/i18n/fill";
import { messagesFor } from "../../../../../../lib/i18n/messages";
import { threadOf } from "../../../../../../lib/messages";
import { requestById } from "../../../../../../lib/requests";
import { languageOf, requireMe, signedInMe } from "../../../../../../lib/session/signed-in";

type Params = { params: Promise<{ id: string; supplierId: string }> };
type Search = { searchParams: Promise<{ from?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const me = await signedInMe();
  return me ? { title: messagesFor(languageOf(me)).threads.heading } : {};
}

export default async function RequestThreadPage({ params, searchParams }: Params & Search) {
  const { id, supplierId } = await params;
  const { from } = await searchParams;
  const me = await requireMe(
    `/requests/${encodeURIComponent(id)}/messages/${encodeURIComponent(supplierId)}`,
  );
  const locale = languageOf(me);
  const messages = messagesFor(locale);
  const copy = messages.threads;
  const [request, thread] = await Promise.all([requestById(id), threadOf(id, supplierId)]);
  const back =
    from === "quotes"
      ? { href: `/requests/${request.id}/quotes`, label: copy.backToQuotes }
      : { href: `/requests/${request.id}#messages-section`, label: copy.backToRequest };
  return (
    <div className="space-y-6">
      <div>
        <p>
          <a href={back.href} className="inline-flex min-h-11 items-center">
            ← {back.label}
          </a>
        </p>
        <h1 className="text-3xl font-bold break-words">
          {fill(copy.threadTitle, { supplier: thread.supplier.name })}
        </h1>
        <p className="mt-1 text-lg text-muted break-words">{request.title}</p>
      </div>
      <ThreadMessages
        items={thread.messages}
        reader="buyer"
        supplierName={thread.supplier.name}
        locale={locale}
        messages={messages}
      />
      {thread.canPost ? (
        <Card aria-labelledby="reply-heading">
          <CardHeading id="reply-heading">{copy.replyHeading}</CardHeading>
          <MessageForm
            requestId={request.id}
            supplierId={thread.supplier.id}
            side="buyer"
            locale={locale}
            messages={messages}
          />
        </Card>
      ) : (
        <Notice>{copy.closed}</Notice>
      )}
    </div>
  );
}
