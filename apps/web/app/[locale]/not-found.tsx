// notFound() from a page under a locale (a missing supplier): the message in the page's language.
import { locale as localeParam } from "next/root-params";
import { defaultLocale, isLocale } from "../../lib/i18n/locales";
import { messagesFor } from "../../lib/i18n/messages";

export default async function LocaleNotFound() {
  const value = await localeParam();
  const locale = value && isLocale(value) ? value : defaultLocale;
  const messages = messagesFor(locale);
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{messages.notFound.heading}</h1>
      <p className="mt-3 text-lg">{messages.notFound.body}</p>
      <ul className="mt-4 space-y-1">
        <li>
          <a href={`/${locale}`} className="inline-flex min-h-11 items-center text-lg">
            {messages.notFound.backHome}
          </a>
        </li>
        <li>
          <a href={`/${locale}/suppliers`} className="inline-flex min-h-11 items-center text-lg">
            {messages.notFound.searchSuppliers}
          </a>
        </li>
      </ul>
    </div>
  );
}
