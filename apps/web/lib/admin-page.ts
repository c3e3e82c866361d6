// What every admin page shares: the signed-in person, their language, and a 404 for anyone the API does not treat
// as a platform admin (the API's check is the access control; this only keeps the console out of sight).
import { notFound } from "next/navigation";
import { messagesFor } from "./i18n/messages";
import { languageOf, requireMe } from "./session/signed-in";

export async function adminPage(here: string) {
  const me = await requireMe(here);
  const locale = languageOf(me);
  return { me, locale, messages: messagesFor(locale) };
}

/** The API's answer to an admin call, or the 404 page when it refused (403 for non-admins). */
export function adminData<T>(answer: { data?: T; response: Response } | undefined): T {
  if (!answer?.data) notFound();
  return answer.data;
}
