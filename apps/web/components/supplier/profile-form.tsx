"use client";
// The supplier's own profile, in the sections a buyer reads it: what the company makes and how much, its
// certificates, where it is and how far it delivers, languages and markets, green credentials. Field names are
// the API's paths (`monthlyCapacity.value`, `certifications.0.expiresOn`), so its errors land on the field.
import { quantityUnitName, quantityUnits } from "@ketnoi/domain/units";
import { useActionState } from "react";
import { updateSupplierProfile } from "../../app/actions/supplier-profile-actions";
import { idleForm } from "../../lib/forms/form-state";
import { fill } from "../../lib/i18n/fill";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import { Field, SelectField, TextAreaField } from "../forms/field";
import { documentAccept, FileField } from "../forms/file-input";
import { FormFeedback } from "../forms/form-feedback";
import { Button } from "../ui/button";
import { type PickableZone, ZonePickMap } from "../zone-pick-map";
import { type CategoryOption, CategoryPicker } from "./category-picker";

export interface ProfileFormData {
  supplierId: string;
  values: Record<string, string>;
  categories: string[];
  languages: string[];
  certificationRows: number;
  /** Per certificate row, the web link of the scan on file (made for this reader), or null. */
  certificateFiles: (string | null)[];
  categoryOptions: CategoryOption[];
  certificationOptions: { value: string; label: string }[];
  zoneGroups: { province: string; zones: { id: string; name: string }[] }[];
  /** The zones with their positions, for picking on the map. */
  mapZones: PickableZone[];
  languageOptions: { value: string; label: string }[];
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section
      aria-labelledby={id}
      className="space-y-4 rounded-lg border border-line-soft bg-white p-4 shadow-sm sm:p-6"
    >
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function SupplierProfileForm({
  data,
  locale,
  messages,
}: {
  data: ProfileFormData;
  locale: Locale;
  messages: Messages;
}) {
  const [state, action, pending] = useActionState(updateSupplierProfile, idleForm);
  const copy = messages.supplierWorkspace;
  const value = (name: string) => state.values[name] ?? data.values[name] ?? "";
  const error = (name: string) => state.fieldErrors[name];
  const languages = state.values.languages !== undefined ? state.values.languages.split(",") : data.languages;
  const units = quantityUnits.map((unit) => ({ value: unit, label: quantityUnitName(unit, locale) }));
  const text = (name: string, label: string, extra: Record<string, unknown> = {}) => (
    <Field name={name} label={label} defaultValue={value(name)} error={error(name)} {...extra} />
  );
  const number = (name: string, label: string, extra: Record<string, unknown> = {}) =>
    text(name, label, { inputMode: "decimal", autoComplete: "off", ...extra });
  const quantity = (prefix: string, label: string) => (
    <fieldset className="space-y-2">
      <legend className="text-lg font-semibold">{label}</legend>
      <div className="grid grid-cols-[1fr_9rem] gap-3">
        {number(`${prefix}.value`, copy.amount)}
        <SelectField
          name={`${prefix}.unit`}
          label={copy.unit}
          defaultValue={value(`${prefix}.unit`) || "pieces"}
          error={error(`${prefix}.unit`)}
          options={units}
        />
      </div>
    </fieldset>
  );
  // A row is its position: the form posts `certifications.<row>.*` and the action reads them back the same way.
  const certificationRows = Array.from({ length: data.certificationRows }, (_, row) => row);
  const labels: Record<string, string> = {
    tradeName: copy.tradeName,
    descriptionVi: copy.descriptionVi,
    descriptionEn: copy.descriptionEn,
    categories: copy.categories,
    processes: copy.processes,
    materials: copy.materials,
    exampleProducts: copy.products,
    "monthlyCapacity.value": copy.capacity,
    "moq.value": copy.moq,
    leadTimeDays: copy.leadTime,
    "location.zoneId": copy.zone,
    "location.address": copy.address,
    "location.province": copy.province,
    "location.lat": copy.lat,
    "location.lng": copy.lng,
    deliveryRadiusKm: copy.deliveryRadius,
    languages: copy.languages,
    exportMarkets: copy.exportMarkets,
    "green.rooftopSolarKwp": copy.rooftopSolar,
    "green.recycledMaterialPercent": copy.recycled,
    "green.notes": copy.greenNotes,
  };
  for (let row = 0; row < data.certificationRows; row++) {
    const n = fill(copy.certificationN, { n: row + 1 });
    labels[`certifications.${row}.code`] = `${n}: ${copy.certificationCode}`;
    labels[`certifications.${row}.certificateNumber`] = `${n}: ${copy.certificateNumber}`;
    labels[`certifications.${row}.issuer`] = `${n}: ${copy.issuer}`;
    labels[`certifications.${row}.expiresOn`] = `${n}: ${copy.expiresOn}`;
    labels[`certifications.${row}.file`] = `${n}: ${copy.certificateFile}`;
  }
  return (
    <form action={action} className="space-y-6" noValidate>
      <FormFeedback state={state} messages={messages} labels={labels} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="supplierId" value={data.supplierId} />
      <input type="hidden" name="certificationRows" value={data.certificationRows} />

      <Section id="section-company" title={copy.sectionCompany}>
        {text("tradeName", copy.tradeName)}
        <TextAreaField
          name="descriptionVi"
          label={copy.descriptionVi}
          lang="vi"
          defaultValue={value("descriptionVi")}
          error={error("descriptionVi")}
        />
        <TextAreaField
          name="descriptionEn"
          label={copy.descriptionEn}
          lang="en"
          defaultValue={value("descriptionEn")}
          error={error("descriptionEn")}
        />
      </Section>

      <Section id="section-capabilities" title={copy.sectionCapabilities}>
        <CategoryPicker
          options={data.categoryOptions}
          selected={data.categories}
          error={error("categories")}
          copy={{
            label: copy.categories,
            hint: copy.categoriesHint,
            search: copy.categorySearch,
            noResults: copy.categoryNoResults,
            add: copy.categoryAdd,
            remove: copy.categoryRemove,
            chosen: copy.categoriesChosen,
          }}
        />
        {(["processes", "materials", "exampleProducts"] as const).map((name) => (
          <TextAreaField
            key={name}
            name={name}
            label={labels[name] ?? name}
            hint={copy.listHint}
            defaultValue={value(name)}
            error={error(name)}
            rows={3}
          />
        ))}
        {quantity("monthlyCapacity", copy.capacity)}
        {quantity("moq", copy.moq)}
        {number("leadTimeDays", copy.leadTime, { inputMode: "numeric" })}
      </Section>

      <Section id="section-certifications" title={copy.sectionCertifications}>
        <p className="text-base text-muted">{copy.certificationsHint}</p>
        {certificationRows.map((row) => (
          <fieldset key={`certification-${row}`} className="space-y-3 border-t border-line-soft pt-3">
            <legend className="text-lg font-semibold">{fill(copy.certificationN, { n: row + 1 })}</legend>
            <SelectField
              name={`certifications.${row}.code`}
              label={copy.certificationCode}
              defaultValue={value(`certifications.${row}.code`)}
              error={error(`certifications.${row}.code`)}
              options={[{ value: "", label: copy.certificationNone }, ...data.certificationOptions]}
            />
            <div className="grid gap-3 sm:grid-cols-3">
              {text(`certifications.${row}.certificateNumber`, copy.certificateNumber)}
              {text(`certifications.${row}.issuer`, copy.issuer)}
              {text(`certifications.${row}.expiresOn`, copy.expiresOn, { type: "date" })}
            </div>
            <input
              type="hidden"
              name={`certifications.${row}.documentId`}
              value={value(`certifications.${row}.documentId`)}
            />
            {data.certificateFiles[row] && value(`certifications.${row}.documentId`) ? (
              <div className="flex flex-wrap items-center gap-x-4">
                <a
                  href={data.certificateFiles[row] ?? undefined}
                  className="inline-flex min-h-11 items-center font-semibold"
                >
                  {copy.certificateOnFile}
                </a>
                <label className="inline-flex min-h-11 items-center gap-2">
                  <input
                    type="checkbox"
                    name={`certifications.${row}.removeFile`}
                    value="1"
                    className="size-6"
                  />
                  {copy.certificateFileRemove}
                </label>
              </div>
            ) : null}
            <FileField
              id={`field-certifications.${row}.file`}
              name={`certifications.${row}.file`}
              label={copy.certificateFile}
              hint={copy.certificateFileHint}
              error={error(`certifications.${row}.file`)}
              accept={documentAccept}
            />
          </fieldset>
        ))}
      </Section>

      <Section id="section-location" title={copy.sectionLocation}>
        <div className="space-y-1">
          <label htmlFor="field-location.zoneId" className="block text-lg font-semibold">
            {copy.zone}
          </label>
          <p id="field-location.zoneId-hint" className="text-base text-muted">
            {copy.zoneHint}
          </p>
          {error("location.zoneId") ? (
            <p id="field-location.zoneId-error" className="font-semibold text-critical-ink">
              {error("location.zoneId")}
            </p>
          ) : null}
          <select
            id="field-location.zoneId"
            name="location.zoneId"
            defaultValue={value("location.zoneId")}
            aria-describedby={`field-location.zoneId-hint${error("location.zoneId") ? " field-location.zoneId-error" : ""}`}
            className="block min-h-11 w-full rounded-md border-2 border-ink bg-white px-3 py-2 text-lg"
          >
            <option value="">{copy.zoneNone}</option>
            {data.zoneGroups.map((group) => (
              <optgroup key={group.province} label={group.province}>
                {group.zones.map((zone) => (
                  <option key={zone.id} value={zone.id}>
                    {zone.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <ZonePickMap
          zones={data.mapZones}
          selectId="field-location.zoneId"
          initial={value("location.zoneId")}
          copy={{
            title: copy.zoneMapTitle,
            hint: copy.zoneMapHint,
            chosen: copy.zoneMapChosen,
            towns: messages.map.towns,
          }}
        />
        <TextAreaField
          name="location.address"
          label={copy.address}
          defaultValue={value("location.address")}
          error={error("location.address")}
          rows={2}
        />
        {text("location.province", copy.province)}
        <div className="grid grid-cols-2 gap-3">
          {number("location.lat", copy.lat)}
          {number("location.lng", copy.lng)}
        </div>
        {number("deliveryRadiusKm", copy.deliveryRadius, { inputMode: "numeric" })}
      </Section>

      <Section id="section-markets" title={copy.sectionMarkets}>
        <fieldset className={`space-y-1 ${error("languages") ? "border-l-4 border-critical-ink pl-3" : ""}`}>
          <legend className="text-lg font-semibold">{copy.languages}</legend>
          {error("languages") ? (
            <p className="font-semibold text-critical-ink">{error("languages")}</p>
          ) : null}
          <div className="flex flex-wrap gap-x-6">
            {data.languageOptions.map((option) => (
              <label key={option.value} className="flex min-h-11 items-center gap-2 text-lg">
                <input
                  type="checkbox"
                  name="languages"
                  value={option.value}
                  defaultChecked={languages.includes(option.value)}
                  className="size-6"
                />
                {option.label}
              </label>
            ))}
          </div>
        </fieldset>
        {text("exportMarkets", copy.exportMarkets, {
          hint: copy.exportMarketsHint,
          autoCapitalize: "characters",
        })}
      </Section>

      <Section id="section-green" title={copy.sectionGreen}>
        <div className="grid grid-cols-2 gap-3">
          {number("green.rooftopSolarKwp", copy.rooftopSolar)}
          {number("green.recycledMaterialPercent", copy.recycled)}
        </div>
        <TextAreaField
          name="green.notes"
          label={copy.greenNotes}
          defaultValue={value("green.notes")}
          error={error("green.notes")}
          rows={2}
        />
      </Section>

      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {copy.saveProfile}
      </Button>
    </form>
  );
}
