// The request form's fields and how they become the API's body: what the browser posts (one field per input,
// lists repeated), the checks worth making before asking the API (in the page's language), and the API's field
// paths mapped back onto the inputs, so each refusal shows next to what caused it.
import { type QuantityUnit, quantityUnits } from "@ketnoi/domain/units";
import { fill } from "./i18n/fill";
import type { Locale } from "./i18n/locales";
import { messagesFor } from "./i18n/messages";
import type { SourcingRequest } from "./requests";

/** "none" is no limit, sent as null: every distance is considered and nearer suppliers rank higher. */
export const distanceChoices = ["10", "25", "50", "100", "200", "none"] as const;

/** Quotes are taken until the end of the working day, Vietnam time, on the chosen date. */
export const deadlineTime = "T17:00:00+07:00";

export interface RequestFormValues {
  title: string;
  description: string;
  categories: string[];
  quantityValue: string;
  quantityUnit: string;
  recurrence: "one_off" | "recurring";
  certifications: string[];
  zoneId: string;
  zoneName: string;
  zoneQuery: string;
  maxDistanceKm: string;
  neededBy: string;
  quoteDeadline: string;
}

export const emptyRequestForm: RequestFormValues = {
  title: "",
  description: "",
  categories: [],
  quantityValue: "",
  quantityUnit: "pieces",
  recurrence: "one_off",
  certifications: [],
  zoneId: "",
  zoneName: "",
  zoneQuery: "",
  maxDistanceKm: "50",
  neededBy: "",
  quoteDeadline: "",
};

const hcmcDate = (value: string) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date(value));

/** A stored request as the form shows it; `copy` leaves out the dates (a similar request is for another time). */
export function requestFormValues(request: SourcingRequest, locale: Locale, copy = false): RequestFormValues {
  return {
    title: request.title,
    description: request.description,
    categories: request.categories.map((c) => c.code),
    quantityValue: String(request.monthlyVolume?.value ?? request.quantity.value),
    quantityUnit: request.monthlyVolume?.unit ?? request.quantity.unit,
    recurrence: request.recurrence,
    certifications: request.requiredCertifications.map((c) => c.code),
    zoneId: request.delivery.zoneId ?? "",
    zoneName: (locale === "vi" ? request.delivery.zoneNameVi : request.delivery.zoneNameEn) ?? "",
    zoneQuery: "",
    maxDistanceKm: request.delivery.maxDistanceKm === null ? "none" : String(request.delivery.maxDistanceKm),
    neededBy: copy ? "" : request.neededBy,
    quoteDeadline: copy ? "" : hcmcDate(request.quoteDeadline),
  };
}

const text = (form: FormData, name: string): string => {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
};

/** What was posted, as the form keeps it when it comes back with errors. */
export function postedRequestForm(form: FormData): RequestFormValues {
  const recurrence = text(form, "recurrence") === "recurring" ? "recurring" : "one_off";
  return {
    title: text(form, "title"),
    description: text(form, "description"),
    categories: form.getAll("categories").filter((v): v is string => typeof v === "string" && v !== ""),
    quantityValue: text(form, "quantityValue"),
    quantityUnit: text(form, "quantityUnit") || "pieces",
    recurrence,
    certifications: form
      .getAll("certifications")
      .filter((v): v is string => typeof v === "string" && v !== ""),
    zoneId: text(form, "zoneId"),
    zoneName: text(form, "zoneName"),
    zoneQuery: text(form, "zoneQuery"),
    maxDistanceKm: text(form, "maxDistanceKm") || "50",
    neededBy: text(form, "neededBy"),
    quoteDeadline: text(form, "quoteDeadline"),
  };
}

/** FormState keeps strings: lists travel joined. */
export function flattenRequestForm(values: RequestFormValues): Record<string, string> {
  return {
    ...values,
    categories: values.categories.join(","),
    certifications: values.certifications.join(","),
  };
}

export function unflattenRequestForm(values: Record<string, string>): RequestFormValues | undefined {
  if (values.title === undefined) return undefined;
  const list = (value: string | undefined) => (value ? value.split(",").filter(Boolean) : []);
  return {
    ...emptyRequestForm,
    ...values,
    recurrence: values.recurrence === "recurring" ? "recurring" : "one_off",
    categories: list(values.categories),
    certifications: list(values.certifications),
  };
}

/** "20.000", "20,000" and "20 000" are all twenty thousand; a decimal keeps at most one separator after it. */
export function parseQuantity(value: string): number | undefined {
  const compact = value.replace(/\s/g, "");
  if (!/^\d[\d.,]*$/.test(compact)) return undefined;
  const grouped = /^\d{1,3}([.,]\d{3})+$/.test(compact);
  const number = grouped ? Number(compact.replace(/[.,]/g, "")) : Number(compact.replace(",", "."));
  return Number.isFinite(number) && number > 0 ? number : undefined;
}

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

export interface RequestBody {
  title: string;
  description: string;
  categories: string[];
  quantity: { value: number; unit: QuantityUnit };
  recurrence: "one_off" | "recurring";
  monthlyVolume?: { value: number; unit: QuantityUnit };
  requiredCertifications: string[];
  delivery: { zoneId: string; maxDistanceKm: number | null };
  neededBy: string;
  quoteDeadline: string;
}

/** The checks the form makes itself, in the page's language; the API still decides (dates against its clock). */
export function checkRequestForm(
  values: RequestFormValues,
  locale: Locale,
): { body?: RequestBody; fieldErrors: Record<string, string> } {
  const errors = messagesFor(locale).requests.form.errors;
  const fieldErrors: Record<string, string> = {};
  if (values.title.length < 5) fieldErrors.title = errors.titleRequired;
  const quantity = parseQuantity(values.quantityValue);
  if (quantity === undefined) fieldErrors.quantityValue = errors.quantity;
  const unit = quantityUnits.find((known) => known === values.quantityUnit);
  if (!unit) fieldErrors.quantityUnit = messagesFor(locale).account.form.invalid;
  if (!values.zoneId) {
    fieldErrors.zone = values.zoneQuery ? fill(errors.zoneUnknown, { query: values.zoneQuery }) : errors.zone;
  }
  if (!isDate(values.neededBy)) fieldErrors.neededBy = errors.date;
  if (!isDate(values.quoteDeadline)) fieldErrors.quoteDeadline = errors.date;
  if (Object.keys(fieldErrors).length > 0 || quantity === undefined || !unit) return { fieldErrors };
  const amount = { value: quantity, unit };
  const distance = values.maxDistanceKm === "none" ? null : Number(values.maxDistanceKm);
  return {
    fieldErrors,
    body: {
      title: values.title,
      description: values.description,
      categories: values.categories,
      quantity: amount,
      recurrence: values.recurrence,
      ...(values.recurrence === "recurring" ? { monthlyVolume: amount } : {}),
      requiredCertifications: values.certifications,
      delivery: {
        zoneId: values.zoneId,
        maxDistanceKm: distance === null || Number.isInteger(distance) ? distance : null,
      },
      neededBy: values.neededBy,
      quoteDeadline: `${values.quoteDeadline}${deadlineTime}`,
    },
  };
}

/** The input an API field path (`body.delivery.zoneId`, `body.categories.0`) belongs to. */
export function requestFormField(path: string): string | undefined {
  const [, field = "", sub = ""] = path.split(".");
  switch (field) {
    case "title":
    case "description":
    case "categories":
    case "neededBy":
    case "quoteDeadline":
      return field;
    case "quantity":
    case "monthlyVolume":
      return sub === "unit" ? "quantityUnit" : "quantityValue";
    case "requiredCertifications":
      return "certifications";
    case "delivery":
      return sub === "maxDistanceKm" ? "maxDistanceKm" : "zone";
    default:
      return undefined;
  }
}
