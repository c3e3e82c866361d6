"use server";
// The supplier's answers and profile, sent to the API as the logged-in person; the API decides and its field
// errors come back next to the fields, with what was typed.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { api } from "../../lib/api";
import { formStateFromProblem } from "../../lib/forms/api-problems";
import { type FormState, text, typedValues } from "../../lib/forms/form-state";
import type { Locale } from "../../lib/i18n/locales";
import { messagesFor } from "../../lib/i18n/messages";
import { postedLocale } from "../../lib/locale-of-request";
import { callAsPerson } from "../../lib/session/web-session";

async function loggedOut(here: string, locale: Locale): Promise<never> {
  redirect(`/${locale}/login?${new URLSearchParams({ returnTo: here })}`);
}

/** A number as typed, or the text itself so the API names the field ("expected number"). */
function numberOrText(value: string): number | string {
  const trimmed = value.trim().replace(/\s/g, "");
  if (trimmed === "") return value;
  const number = Number(trimmed.replace(",", "."));
  return Number.isFinite(number) ? number : value;
}

const termFields = [
  "vat.ratePercent",
  "vat.included",
  "delivery.kind",
  "delivery.incoterm",
  "delivery.place",
  "paymentTerms.days",
  "paymentTerms.depositPercent",
  "toolingCost",
  "sampleCost",
];
const quoteFields = [
  "unitPrice",
  "currency",
  "moqValue",
  "moqUnit",
  "leadTimeDays",
  "validUntil",
  "message",
  ...termFields,
];

/** The optional terms as the API takes them; a term left empty is not stated. */
function quoteTerms(form: FormData) {
  const filled = (name: string) => text(form, name).trim() !== "";
  const deliveryKind = text(form, "delivery.kind");
  return {
    ...(filled("vat.ratePercent")
      ? {
          vat: {
            ratePercent: numberOrText(text(form, "vat.ratePercent")),
            included: text(form, "vat.included") !== "added",
          },
        }
      : {}),
    ...(deliveryKind === "delivered_to_buyer_zone" ? { delivery: { kind: deliveryKind } } : {}),
    ...(deliveryKind === "incoterm"
      ? {
          delivery: {
            kind: deliveryKind,
            incoterm: text(form, "delivery.incoterm"),
            place: text(form, "delivery.place"),
          },
        }
      : {}),
    ...(filled("paymentTerms.days") || filled("paymentTerms.depositPercent")
      ? {
          paymentTerms: {
            days: numberOrText(text(form, "paymentTerms.days") || "0"),
            depositPercent: numberOrText(text(form, "paymentTerms.depositPercent") || "0"),
          },
        }
      : {}),
    ...(filled("toolingCost") ? { toolingCost: numberOrText(text(form, "toolingCost")) } : {}),
    ...(filled("sampleCost") ? { sampleCost: numberOrText(text(form, "sampleCost")) } : {}),
  };
}

export async function submitQuote(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await postedLocale(form.get("locale"));
  const requestId = text(form, "requestId");
  const here = `/supplier/requests/${encodeURIComponent(requestId)}`;
  const values = typedValues(form, quoteFields);
  const moqValue = text(form, "moqValue");
  const body = {
    unitPrice: { amount: numberOrText(text(form, "unitPrice")), currency: text(form, "currency") },
    ...(moqValue.trim() ? { moq: { value: numberOrText(moqValue), unit: text(form, "moqUnit") } } : {}),
    leadTimeDays: numberOrText(text(form, "leadTimeDays")),
    validUntil: text(form, "validUntil"),
    message: text(form, "message"),
    ...quoteTerms(form),
  };
  const answer = await callAsPerson((headers) =>
    api().PUT("/v1/requests/{id}/quote", {
      headers,
      params: { path: { id: requestId } },
      // What was typed goes as typed: the API's schema is the one judge of it.
      body: body as never,
    }),
  );
  if (!answer) return loggedOut(here, locale);
  if (!answer.data) {
    return formStateFromProblem(
      answer.error,
      locale,
      {
        "body.unitPrice.amount": "unitPrice",
        "body.unitPrice": "unitPrice",
        "body.unitPrice.currency": "currency",
        "body.moq.value": "moqValue",
        "body.moq": "moqValue",
        "body.moq.unit": "moqUnit",
        "body.leadTimeDays": "leadTimeDays",
        "body.validUntil": "validUntil",
        "body.message": "message",
        "body.delivery": "delivery.kind",
        "body.vat": "vat.ratePercent",
        "body.paymentTerms": "paymentTerms.days",
        ...Object.fromEntries(termFields.map((name) => [`body.${name}`, name])),
      },
      values,
      answer.response,
    );
  }
  revalidatePath(here);
  return {
    status: "done",
    values,
    fieldErrors: {},
    message: messagesFor(locale).supplierWorkspace.quoteSent,
  };
}

export async function declineRequest(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await postedLocale(form.get("locale"));
  const requestId = text(form, "requestId");
  const here = `/supplier/requests/${encodeURIComponent(requestId)}`;
  const values = typedValues(form, ["reason", "note"]);
  const answer = await callAsPerson((headers) =>
    api().POST("/v1/requests/{id}/decline", {
      headers,
      params: { path: { id: requestId } },
      body: { reason: text(form, "reason"), note: text(form, "note") } as never,
    }),
  );
  if (!answer) return loggedOut(here, locale);
  if (!answer.data) {
    return formStateFromProblem(
      answer.error,
      locale,
      { "body.reason": "reason", "body.note": "note" },
      values,
      answer.response,
    );
  }
  revalidatePath(here);
  return { status: "done", values, fieldErrors: {}, message: messagesFor(locale).supplierWorkspace.declined };
}
