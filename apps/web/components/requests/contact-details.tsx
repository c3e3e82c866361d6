// A person to reach after an award: name, email and phone as links, or a note when there is none.
import type { Messages } from "../../lib/i18n/messages";
import type { Award } from "../../lib/requests";

export function ContactDetails({
  contact,
  messages,
}: {
  contact: Award["winner"]["contact"];
  messages: Messages;
}) {
  const copy = messages.requests.summary;
  if (!contact) return <p>{copy.noContact}</p>;
  return (
    <dl className="grid gap-x-4 sm:grid-cols-[max-content_1fr]">
      <dt className="font-semibold">{copy.contact}</dt>
      <dd>{contact.name}</dd>
      {contact.email ? (
        <>
          <dt className="font-semibold">{copy.email}</dt>
          <dd>
            <a href={`mailto:${contact.email}`} className="break-all">
              {contact.email}
            </a>
          </dd>
        </>
      ) : null}
      {contact.phone ? (
        <>
          <dt className="font-semibold">{copy.phone}</dt>
          <dd>
            <a href={`tel:${contact.phone.replace(/[^\d+]/g, "")}`}>{contact.phone}</a>
          </dd>
        </>
      ) : null}
    </dl>
  );
}
