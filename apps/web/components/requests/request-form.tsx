"use client";
// Post or edit a request: what is bought (any language), the categories read from it, how many, which
// certificates, where it goes and how far suppliers may be, the dates, and drawings sent with it (uploaded once the
// request is saved, so no file ever waits without its request). Saved as a draft or published.
import { quantityUnitName, quantityUnits } from "@ketnoi/domain/units";
import { useActionState, useRef, useState } from "react";
import type { CategoryChoice } from "../../app/actions/request-actions";
import { saveRequest } from "../../app/actions/request-actions";
import { attachmentAccept, formAttachmentsMaxBytes } from "../../lib/file-links";
import { idleForm } from "../../lib/forms/form-state";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import { distanceChoices, type RequestFormValues, unflattenRequestForm } from "../../lib/request-form";
import type { Certification } from "../../lib/requests";
import { controlClass, Field, FieldFrame } from "../forms/field";
import { FormFeedback } from "../forms/form-feedback";
import { useTypedBeforeHydration } from "../forms/use-typed-before-hydration";
import { Button } from "../ui/button";
import type { PickableZone } from "../zone-pick-map";
import { CategoryPicker } from "./category-picker";
import { ZonePicker } from "./zone-picker";

export function RequestForm({
  locale,
  messages,
  initial,
  categoryNames,
  certifications,
  mapZones,
  requestId,
  status,
  idempotencyKey,
}: {
  locale: Locale;
  messages: Messages;
  initial: RequestFormValues;
  /** Names of the categories in `initial`. */
  categoryNames: CategoryChoice[];
  certifications: Certification[];
  /** The zones the delivery map offers. */
  mapZones: PickableZone[];
  requestId?: string;
  status?: string;
  idempotencyKey: string;
}) {
  const [state, action, pending] = useActionState(saveRequest, idleForm);
  const values = unflattenRequestForm(state.values) ?? initial;
  const names: CategoryChoice[] = state.values.categoryNames
    ? (JSON.parse(state.values.categoryNames) as CategoryChoice[])
    : categoryNames;
  const [title, setTitle] = useState(values.title);
  const [description, setDescription] = useState(values.description);
  // The categories are suggested for what was typed before the page's script ran too.
  const titleField = useRef<HTMLInputElement>(null);
  const descriptionField = useRef<HTMLTextAreaElement>(null);
  useTypedBeforeHydration(titleField, setTitle);
  useTypedBeforeHydration(descriptionField, setDescription);
  // Checked in the browser before sending: past the limit the server would refuse the whole form.
  // What the file input holds, for the form as it was last rendered (`formKey`): a failed submit remounts the
  // inputs empty, so files picked before it no longer count and are asked for again.
  const [picked, setPicked] = useState<{ formKey: string; count: number; bytes: number } | null>(null);
  const copy = messages.requests.form;
  const errors = state.fieldErrors;
  // An open request changes only its details, categories and dates (the API refuses anything else).
  const locked = status === "open";
  const labels = {
    title: copy.title,
    description: copy.description,
    categories: copy.categories,
    quantityValue: copy.quantity,
    quantityUnit: copy.unit,
    certifications: copy.certifications,
    zone: copy.zone,
    maxDistanceKm: copy.distance,
    neededBy: copy.neededBy,
    quoteDeadline: copy.quoteDeadline,
  };
  // A failed submit comes back with new values: remount the inputs so they show what was posted.
  const formKey = JSON.stringify(state.values);
  const current = picked?.formKey === formKey ? picked : null;
  const tooLarge = (current?.bytes ?? 0) > formAttachmentsMaxBytes;
  return (
    <form action={action} className="space-y-6" noValidate key={formKey}>
      <FormFeedback state={state} messages={messages} labels={labels} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {requestId ? <input type="hidden" name="requestId" value={requestId} /> : null}
      {status ? <input type="hidden" name="status" value={status} /> : null}
      {locked ? <p className="rounded-md bg-info-bg p-3 text-info-ink">{copy.lockedHint}</p> : null}
      <Field
        name="title"
        label={copy.title}
        hint={copy.titleHint}
        error={errors.title}
        defaultValue={values.title}
        ref={titleField}
        onChange={(event) => setTitle(event.target.value)}
        disabled={locked}
        maxLength={200}
        required
      />
      <FieldFrame
        name="description"
        label={copy.description}
        hint={copy.descriptionHint}
        error={errors.description}
      >
        {(control) => (
          <textarea
            name="description"
            rows={5}
            maxLength={5000}
            defaultValue={values.description}
            ref={descriptionField}
            onChange={(event) => setDescription(event.target.value)}
            className={controlClass}
            {...control}
          />
        )}
      </FieldFrame>
      <CategoryPicker
        locale={locale}
        messages={messages}
        title={title}
        description={description}
        initial={names.filter((c) => values.categories.includes(c.code))}
        error={errors.categories}
      />
      <fieldset className="space-y-3" disabled={locked}>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            name="quantityValue"
            label={copy.quantity}
            error={errors.quantityValue}
            defaultValue={values.quantityValue}
            inputMode="decimal"
            required
          />
          <FieldFrame name="quantityUnit" label={copy.unit} error={errors.quantityUnit}>
            {(control) => (
              <select
                name="quantityUnit"
                defaultValue={values.quantityUnit}
                className={controlClass}
                {...control}
              >
                {quantityUnits.map((unit) => (
                  <option key={unit} value={unit}>
                    {quantityUnitName(unit, locale)}
                  </option>
                ))}
              </select>
            )}
          </FieldFrame>
        </div>
        <fieldset className="space-y-1">
          <legend className="text-lg font-semibold">{copy.recurrence}</legend>
          {(["one_off", "recurring"] as const).map((value) => (
            <label key={value} className="flex min-h-11 items-center gap-3 text-lg">
              <input
                type="radio"
                name="recurrence"
                value={value}
                defaultChecked={values.recurrence === value}
                className="size-6"
              />
              {value === "one_off" ? copy.oneOff : copy.recurring}
            </label>
          ))}
        </fieldset>
      </fieldset>
      <fieldset className="space-y-1" disabled={locked} aria-describedby="field-certifications-hint">
        <legend id="field-certifications" className="text-lg font-semibold">
          {copy.certifications}
        </legend>
        <p id="field-certifications-hint" className="text-base text-muted">
          {copy.certificationsHint}
        </p>
        {errors.certifications ? (
          <p className="font-semibold text-critical-ink">{errors.certifications}</p>
        ) : null}
        <details open={values.certifications.length > 0} className="rounded-md border border-line-soft p-2">
          <summary className="min-h-11 cursor-pointer py-2 font-semibold">{copy.certifications}</summary>
          <ul className="grid gap-x-4 sm:grid-cols-2">
            {certifications.map((certification) => (
              <li key={certification.code}>
                <label className="flex min-h-11 items-center gap-3">
                  <input
                    type="checkbox"
                    name="certifications"
                    value={certification.code}
                    defaultChecked={values.certifications.includes(certification.code)}
                    className="size-6 shrink-0"
                  />
                  <span>
                    <span className="font-semibold">{certification.name}</span>{" "}
                    <span className="text-muted">
                      {locale === "vi" ? certification.nameVi : certification.nameEn}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </details>
      </fieldset>
      <fieldset className="space-y-4" disabled={locked}>
        <ZonePicker
          locale={locale}
          messages={messages}
          initial={{ id: values.zoneId, name: values.zoneName, query: values.zoneQuery }}
          mapZones={mapZones}
          error={errors.zone}
        />
        <FieldFrame
          name="maxDistanceKm"
          label={copy.distance}
          hint={copy.distanceHint}
          error={errors.maxDistanceKm}
        >
          {(control) => (
            <select
              name="maxDistanceKm"
              defaultValue={values.maxDistanceKm}
              className={`${controlClass} max-w-md`}
              {...control}
            >
              {distanceChoices.map((choice) => (
                <option key={choice} value={choice}>
                  {choice === "none" ? copy.distanceNone : `${choice} km`}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          name="neededBy"
          type="date"
          label={copy.neededBy}
          error={errors.neededBy}
          defaultValue={values.neededBy}
          required
        />
        <Field
          name="quoteDeadline"
          type="date"
          label={copy.quoteDeadline}
          hint={copy.quoteDeadlineHint}
          error={errors.quoteDeadline}
          defaultValue={values.quoteDeadline}
          required
        />
      </div>
      <FieldFrame
        name="files"
        label={copy.attachments}
        hint={copy.attachmentsHint}
        error={
          tooLarge
            ? copy.attachmentsTooLarge
            : state.values.attachmentsChosen && !current?.count
              ? copy.attachmentsAgain
              : undefined
        }
      >
        {(control) => (
          <input
            type="file"
            name="files"
            multiple
            accept={attachmentAccept}
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              setPicked({
                formKey,
                count: files.length,
                bytes: files.reduce((sum, file) => sum + file.size, 0),
              });
            }}
            className="block w-full text-lg file:mr-3 file:min-h-11 file:rounded-md file:border-2 file:border-ink file:bg-white file:px-4 file:font-semibold"
            {...control}
          />
        )}
      </FieldFrame>
      <div className="flex flex-col gap-3 sm:flex-row">
        {status === "open" ? (
          <Button type="submit" name="intent" value="save" disabled={pending || tooLarge}>
            {copy.save}
          </Button>
        ) : (
          <>
            <Button type="submit" name="intent" value="publish" disabled={pending || tooLarge}>
              {copy.publish}
            </Button>
            <Button
              type="submit"
              name="intent"
              value="draft"
              variant="secondary"
              disabled={pending || tooLarge}
            >
              {copy.saveDraft}
            </Button>
          </>
        )}
      </div>
    </form>
  );
}
