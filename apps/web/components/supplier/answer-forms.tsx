"use client";
// Quoting from a phone in a minute: the few fields a buyer compares, numeric keyboards, the request's unit said
// once; and declining with a reason. Both keep what was typed when the API refuses it.
import { quantityUnitName, quantityUnits } from "@ketnoi/domain/units";
import { useActionState } from "react";
import { declineRequest, submitQuote } from "../../app/actions/supplier-actions";
import { idleForm } from "../../lib/forms/form-state";
import { fill } from "../../lib/i18n/fill";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import { Field, SelectField, TextAreaField } from "../forms/field";
import { FormFeedback } from "../forms/form-feedback";
import { Button } from "../ui/button";

export interface QuoteValues {
  unitPrice: string;
  currency: string;
  moqValue: string;
  moqUnit: string;
  leadTimeDays: string;
  validUntil: string;
  message: string;
  "vat.ratePercent": string;
  "vat.included": string;
  "delivery.kind": string;
  "delivery.incoterm": string;
  "delivery.place": string;
  "paymentTerms.days": string;
  "paymentTerms.depositPercent": string;
  toolingCost: string;
  sampleCost: string;
}

const currencies = ["VND", "USD", "EUR", "JPY", "KRW", "CNY"] as const;
const incoterms = ["EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF"] as const;

export function QuoteForm({
  requestId,
  requestUnit,
  initial,
  revising,
  locale,
  messages,
}: {
  requestId: string;
  requestUnit: string;
  initial: QuoteValues;
  revising: boolean;
  locale: Locale;
  messages: Messages;
}) {
  const [state, action, pending] = useActionState(submitQuote, idleForm);
  const copy = messages.supplierWorkspace;
  const value = (name: keyof QuoteValues) => state.values[name] ?? initial[name];
  const error = (name: keyof QuoteValues) => state.fieldErrors[name];
  const labels = {
    unitPrice: copy.unitPrice,
    currency: copy.currency,
    moqValue: copy.moqValue,
    moqUnit: copy.moqUnit,
    leadTimeDays: copy.leadTimeDays,
    validUntil: copy.validUntil,
    message: copy.message,
    "vat.ratePercent": copy.vatRate,
    "vat.included": copy.vatIncluded,
    "delivery.kind": copy.deliveryTerms,
    "delivery.incoterm": copy.incoterm,
    "delivery.place": copy.deliveryPlace,
    "paymentTerms.days": copy.paymentDays,
    "paymentTerms.depositPercent": copy.depositPercent,
    toolingCost: copy.toolingCost,
    sampleCost: copy.sampleCost,
  };
  const units = quantityUnits.map((unit) => ({ value: unit, label: quantityUnitName(unit, locale) }));
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormFeedback state={state} messages={messages} labels={labels} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="requestId" value={requestId} />
      <p>{fill(copy.quoteLead, { unit: quantityUnitName(requestUnit, locale) })}</p>
      <div className="grid grid-cols-[1fr_7rem] gap-3">
        <Field
          name="unitPrice"
          label={copy.unitPrice}
          inputMode="decimal"
          autoComplete="off"
          defaultValue={value("unitPrice")}
          error={error("unitPrice")}
          required
        />
        <SelectField
          name="currency"
          label={copy.currency}
          defaultValue={value("currency")}
          error={error("currency")}
          options={currencies.map((code) => ({ value: code, label: code }))}
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          name="leadTimeDays"
          label={copy.leadTimeDays}
          inputMode="numeric"
          autoComplete="off"
          defaultValue={value("leadTimeDays")}
          error={error("leadTimeDays")}
          required
        />
        <Field
          name="validUntil"
          label={copy.validUntil}
          type="date"
          defaultValue={value("validUntil")}
          error={error("validUntil")}
          required
        />
      </div>
      <div className="grid grid-cols-[1fr_9rem] gap-3">
        <Field
          name="moqValue"
          label={copy.moqValue}
          inputMode="numeric"
          autoComplete="off"
          defaultValue={value("moqValue")}
          error={error("moqValue")}
        />
        <SelectField
          name="moqUnit"
          label={copy.moqUnit}
          defaultValue={value("moqUnit")}
          error={error("moqUnit")}
          options={units}
        />
      </div>
      <fieldset className="space-y-4 rounded-md border border-line-soft p-3">
        <legend className="px-1 font-semibold">{copy.termsHeading}</legend>
        <div className="space-y-4">
          <div className="grid grid-cols-[1fr_10rem] gap-3">
            <Field
              name="vat.ratePercent"
              label={copy.vatRate}
              inputMode="decimal"
              autoComplete="off"
              defaultValue={value("vat.ratePercent")}
              error={error("vat.ratePercent")}
            />
            <SelectField
              name="vat.included"
              label={copy.vatIncluded}
              defaultValue={value("vat.included") || "included"}
              error={error("vat.included")}
              options={[
                { value: "included", label: copy.vatIn },
                { value: "added", label: copy.vatOn },
              ]}
            />
          </div>
          <SelectField
            name="delivery.kind"
            label={copy.deliveryTerms}
            defaultValue={value("delivery.kind")}
            error={error("delivery.kind")}
            options={[
              { value: "", label: copy.notStated },
              { value: "delivered_to_buyer_zone", label: copy.deliveredToZone },
              { value: "incoterm", label: copy.incotermRule },
            ]}
          />
          <div className="grid grid-cols-[8rem_1fr] gap-3">
            <SelectField
              name="delivery.incoterm"
              label={copy.incoterm}
              defaultValue={value("delivery.incoterm") || "EXW"}
              error={error("delivery.incoterm")}
              options={incoterms.map((rule) => ({ value: rule, label: rule }))}
            />
            <Field
              name="delivery.place"
              label={copy.deliveryPlace}
              defaultValue={value("delivery.place")}
              error={error("delivery.place")}
            />
          </div>
          <div className="grid grid-cols-2 gap-3">
            <Field
              name="paymentTerms.days"
              label={copy.paymentDays}
              inputMode="numeric"
              autoComplete="off"
              defaultValue={value("paymentTerms.days")}
              error={error("paymentTerms.days")}
            />
            <Field
              name="paymentTerms.depositPercent"
              label={copy.depositPercent}
              inputMode="decimal"
              autoComplete="off"
              defaultValue={value("paymentTerms.depositPercent")}
              error={error("paymentTerms.depositPercent")}
            />
          </div>
          <div className="grid grid-cols-2 gap-3">
            <Field
              name="toolingCost"
              label={copy.toolingCost}
              inputMode="decimal"
              autoComplete="off"
              defaultValue={value("toolingCost")}
              error={error("toolingCost")}
            />
            <Field
              name="sampleCost"
              label={copy.sampleCost}
              inputMode="decimal"
              autoComplete="off"
              defaultValue={value("sampleCost")}
              error={error("sampleCost")}
            />
          </div>
        </div>
      </fieldset>
      <TextAreaField
        name="message"
        label={copy.message}
        hint={copy.messageHint}
        defaultValue={value("message")}
        error={error("message")}
        rows={3}
      />
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {revising ? copy.updateQuote : copy.sendQuote}
      </Button>
    </form>
  );
}

export function DeclineForm({
  requestId,
  initialReason,
  locale,
  messages,
}: {
  requestId: string;
  initialReason: string;
  locale: Locale;
  messages: Messages;
}) {
  const [state, action, pending] = useActionState(declineRequest, idleForm);
  const copy = messages.supplierWorkspace;
  const reasons = Object.entries(copy.declineReasons).map(([value, label]) => ({ value, label }));
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormFeedback
        state={state}
        messages={messages}
        labels={{ reason: copy.declineReason, note: copy.declineNote }}
      />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="requestId" value={requestId} />
      <p>{copy.declineLead}</p>
      <SelectField
        name="reason"
        label={copy.declineReason}
        defaultValue={state.values.reason ?? initialReason}
        error={state.fieldErrors.reason}
        options={reasons}
      />
      <TextAreaField
        name="note"
        label={copy.declineNote}
        defaultValue={state.values.note ?? ""}
        error={state.fieldErrors.note}
        rows={2}
      />
      <Button type="submit" variant="secondary" disabled={pending} className="w-full sm:w-auto">
        {copy.sendDecline}
      </Button>
    </form>
  );
}
