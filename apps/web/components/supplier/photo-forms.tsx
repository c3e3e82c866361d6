"use client";
// Adding a photo (the API resizes it) and the photo's own remove button.
import { useActionState } from "react";
import { uploadSupplierPhoto } from "../../app/actions/supplier-profile-actions";
import { idleForm } from "../../lib/forms/form-state";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import { FormFeedback } from "../forms/form-feedback";
import { Button } from "../ui/button";
import { Label } from "../ui/label";

export function PhotoUploadForm({
  supplierId,
  locale,
  messages,
}: {
  supplierId: string;
  locale: Locale;
  messages: Messages;
}) {
  const [state, action, pending] = useActionState(uploadSupplierPhoto, idleForm);
  const copy = messages.supplierWorkspace;
  const error = state.fieldErrors.photo;
  return (
    <form action={action} className="space-y-3">
      <FormFeedback state={state} messages={messages} labels={{ photo: copy.photoField }} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="supplierId" value={supplierId} />
      <div className={`space-y-1 ${error ? "border-l-4 border-critical-ink pl-3" : ""}`}>
        <Label htmlFor="field-photo">{copy.photoField}</Label>
        <p id="field-photo-hint" className="text-base text-muted">
          {copy.photoHint}
        </p>
        {error ? (
          <p id="field-photo-error" className="font-semibold text-critical-ink">
            {error}
          </p>
        ) : null}
        <input
          id="field-photo"
          name="file"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          aria-describedby={`field-photo-hint${error ? " field-photo-error" : ""}`}
          aria-invalid={error ? true : undefined}
          className="block min-h-11 w-full text-lg"
        />
      </div>
      <Button type="submit" variant="secondary" disabled={pending} className="w-full sm:w-auto">
        {copy.photoUpload}
      </Button>
    </form>
  );
}
