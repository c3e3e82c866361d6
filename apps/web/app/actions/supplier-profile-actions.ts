"use server";
// The supplier's own profile editor: the form's fields become one PATCH. The form shows every field it edits, so an
// emptied one is a value taken back: texts and figures go as null, lists and certificates whole (emptying clears).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { api } from "../../lib/api";
import { chosenFile, uploadDocument } from "../../lib/documents";
import { formStateFromProblem } from "../../lib/forms/api-problems";
import { type FormState, text } from "../../lib/forms/form-state";
import { messagesFor } from "../../lib/i18n/messages";
import { postedLocale } from "../../lib/locale-of-request";
import { callAsPerson } from "../../lib/session/web-session";

/** A number as typed, or the text itself so the API names the field ("expected number"). */
function numberOrText(value: string): number | string {
  const trimmed = value.trim().replace(/\s/g, "");
  const number = Number(trimmed.replace(",", "."));
  return trimmed !== "" && Number.isFinite(number) ? number : value;
}

const lines = (value: string) =>
  value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

const maxCertificationRows = 30;

export async function updateSupplierProfile(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await postedLocale(form.get("locale"));
  const supplierId = text(form, "supplierId");
  const here = `/supplier/${encodeURIComponent(supplierId)}/profile`;
  const rows = Math.min(maxCertificationRows, Math.max(0, Number(text(form, "certificationRows")) || 0));

  const values: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value === "string" && name !== "categories" && name !== "languages" && !name.startsWith("$"))
      values[name] = value;
  }
  const categories = form.getAll("categories").filter((v): v is string => typeof v === "string");
  const languages = form.getAll("languages").filter((v): v is string => typeof v === "string");
  values.categories = categories.join(",");
  values.languages = languages.join(",");

  const present = (name: string) => text(form, name).trim() !== "";
  const optional = (name: string, key: string, convert: (value: string) => unknown = (v) => v.trim()) =>
    present(name) ? { [key]: convert(text(form, name)) } : {};
  /** A text or figure the supplier may take back: emptied, it is sent as null, which clears it. */
  const clearable = (name: string, key: string, convert: (value: string) => unknown = (v) => v.trim()) => ({
    [key]: present(name) ? convert(text(form, name)) : null,
  });
  const quantity = (prefix: string) => ({
    [prefix]: present(`${prefix}.value`)
      ? { value: numberOrText(text(form, `${prefix}.value`)), unit: text(form, `${prefix}.unit`) }
      : null,
  });

  const certifications = [];
  // Rows left empty are skipped: the API's index of a certificate is not always the form's row.
  const certificationRowOf: number[] = [];
  const fileErrors: Record<string, string> = {};
  for (let row = 0; row < rows; row++) {
    const field = (name: string) => text(form, `certifications.${row}.${name}`).trim();
    if (!field("code")) continue;
    certificationRowOf.push(row);
    // A newly chosen scan goes up first and replaces the one on file; "remove" drops the one on file.
    let documentId = field("removeFile") ? "" : field("documentId");
    const file = chosenFile(form.get(`certifications.${row}.file`));
    if (file) {
      const uploaded = await uploadDocument(file, "certificate", locale);
      if (!uploaded) redirect(`/${locale}/login?${new URLSearchParams({ returnTo: here })}`);
      if (uploaded.ok) documentId = uploaded.id;
      else fileErrors[`certifications.${row}.file`] = uploaded.message;
    }
    // Kept with the typed values, so a save refused for another field does not lose the uploaded scan.
    values[`certifications.${row}.documentId`] = documentId;
    delete values[`certifications.${row}.removeFile`];
    certifications.push({
      code: field("code"),
      ...(field("certificateNumber") ? { certificateNumber: field("certificateNumber") } : {}),
      ...(field("issuer") ? { issuer: field("issuer") } : {}),
      ...(field("expiresOn") ? { expiresOn: field("expiresOn") } : {}),
      ...(documentId ? { documentId } : {}),
    });
  }
  if (Object.keys(fileErrors).length > 0) return { status: "error", values, fieldErrors: fileErrors };
  const location = present("location.zoneId")
    ? { zoneId: text(form, "location.zoneId"), ...optional("location.address", "address") }
    : {
        ...optional("location.address", "address"),
        ...optional("location.province", "province"),
        ...optional("location.lat", "lat", numberOrText),
        ...optional("location.lng", "lng", numberOrText),
      };
  const green = {
    ...optional("green.rooftopSolarKwp", "rooftopSolarKwp", numberOrText),
    ...optional("green.recycledMaterialPercent", "recycledMaterialPercent", numberOrText),
    ...optional("green.notes", "notes"),
  };
  const body = {
    ...clearable("tradeName", "tradeName"),
    ...clearable("descriptionVi", "descriptionVi"),
    ...clearable("descriptionEn", "descriptionEn"),
    categories,
    processes: lines(text(form, "processes")),
    materials: lines(text(form, "materials")),
    exampleProducts: lines(text(form, "exampleProducts")),
    certifications,
    ...quantity("monthlyCapacity"),
    ...quantity("moq"),
    ...clearable("leadTimeDays", "leadTimeDays", numberOrText),
    location,
    ...clearable("deliveryRadiusKm", "deliveryRadiusKm", numberOrText),
    languages,
    exportMarkets: text(form, "exportMarkets")
      .split(/[\s,;]+/)
      .map((code) => code.trim().toUpperCase())
      .filter(Boolean),
    ...(Object.keys(green).length > 0 ? { green } : {}),
  };

  const answer = await callAsPerson((headers) =>
    api().PATCH("/v1/suppliers/{id}", {
      headers,
      params: { path: { id: supplierId } },
      // What was typed goes as typed: the API's schema is the one judge of it.
      body: body as never,
    }),
  );
  if (!answer) redirect(`/${locale}/login?${new URLSearchParams({ returnTo: here })}`);
  if (!answer.data) {
    // The API names fields by their path under `body`; the form's inputs are named by the same paths.
    const fieldNames: Record<string, string> = { "body.location": "location.zoneId" };
    for (const name of Object.keys(values)) fieldNames[`body.${name}`] = name;
    for (const name of [
      "categories",
      "languages",
      "exportMarkets",
      "processes",
      "materials",
      "exampleProducts",
    ])
      fieldNames[`body.${name}`] = name;
    for (const problem of answer.error?.errors ?? []) {
      // List items (`body.exportMarkets.2`, `body.processes.0`) belong to their list's field.
      const list =
        /^body\.(exportMarkets|processes|materials|exampleProducts|categories|languages)\.\d+$/.exec(
          problem.field,
        );
      if (list?.[1]) fieldNames[problem.field] = list[1];
      const certification = /^body\.certifications\.(\d+)\.(\w+)$/.exec(problem.field);
      if (certification?.[1] && certification[2]) {
        const row = certificationRowOf[Number(certification[1])];
        // The scan's id has no input of its own: its error belongs to the file field.
        const name = certification[2] === "documentId" ? "file" : certification[2];
        if (row !== undefined) fieldNames[problem.field] = `certifications.${row}.${name}`;
      }
      if (problem.field === "body.monthlyCapacity") fieldNames[problem.field] = "monthlyCapacity.value";
      if (problem.field === "body.moq") fieldNames[problem.field] = "moq.value";
    }
    return formStateFromProblem(answer.error, locale, fieldNames, values, answer.response);
  }
  revalidatePath(here);
  revalidatePath(`/supplier/${encodeURIComponent(supplierId)}/requests`);
  return {
    status: "done",
    values,
    fieldErrors: {},
    message: messagesFor(locale).supplierWorkspace.profileSaved,
  };
}

export async function uploadSupplierPhoto(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await postedLocale(form.get("locale"));
  const supplierId = text(form, "supplierId");
  const here = `/supplier/${encodeURIComponent(supplierId)}/profile`;
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) {
    return {
      status: "error",
      values: {},
      fieldErrors: { photo: messagesFor(locale).supplierWorkspace.photoRequired },
    };
  }
  const body = new FormData();
  body.set("file", file, file.name);
  const answer = await callAsPerson((headers) =>
    api().POST("/v1/suppliers/{id}/photos", {
      headers,
      params: { path: { id: supplierId } },
      body: body as never,
      // Sent as it is: fetch writes the multipart boundary.
      bodySerializer: (value: unknown) => value as FormData,
    }),
  );
  if (!answer) redirect(`/${locale}/login?${new URLSearchParams({ returnTo: here })}`);
  if (!answer.data) {
    const copy = messagesFor(locale).supplierWorkspace;
    if (answer.response.status === 409)
      return { status: "error", values: {}, fieldErrors: { photo: copy.photoLimit } };
    if (answer.response.status === 400 || answer.response.status === 413) {
      return { status: "error", values: {}, fieldErrors: { photo: copy.photoRefused } };
    }
    return formStateFromProblem(answer.error, locale, { "body.file": "photo" }, {}, answer.response);
  }
  revalidatePath(here);
  return {
    status: "done",
    values: {},
    fieldErrors: {},
    message: messagesFor(locale).supplierWorkspace.photoAdded,
  };
}

export async function removeSupplierPhoto(form: FormData): Promise<void> {
  const locale = await postedLocale(form.get("locale"));
  const supplierId = text(form, "supplierId");
  const here = `/supplier/${encodeURIComponent(supplierId)}/profile`;
  const answer = await callAsPerson((headers) =>
    api().DELETE("/v1/suppliers/{id}/photos/{photoId}", {
      headers,
      params: { path: { id: supplierId, photoId: text(form, "photoId") } },
    }),
  );
  if (!answer) redirect(`/${locale}/login?${new URLSearchParams({ returnTo: here })}`);
  revalidatePath(here);
}
