// The person behind the session, as the API describes them (one call per render, shared by layout and page), and
// the redirect to login that brings them back to where they were.
import { redirect } from "next/navigation";
import { cache } from "react";
import { api } from "../api";
import type { Locale } from "../i18n/locales";
import { browserLocale } from "../locale-of-request";
import { callAsPerson } from "./web-session";

export const signedInMe = cache(async () => {
  const answer = await callAsPerson((headers) => api().GET("/v1/me", { headers }));
  return answer?.data;
});

export type Me = NonNullable<Awaited<ReturnType<typeof signedInMe>>>;

/** The logged-in person, or a redirect to the login page that returns to `here` afterwards. */
export async function requireMe(here: string): Promise<Me> {
  const me = await signedInMe();
  if (!me) redirect(`/${await browserLocale()}/login?${new URLSearchParams({ returnTo: here })}`);
  return me;
}

export const languageOf = (me: Me): Locale => me.user.language;

export function currentMembership(me: Me) {
  return me.memberships.find((m) => m.organization.id === me.currentOrganizationId);
}
