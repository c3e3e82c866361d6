"use client";
import { useActionState } from "react";
import { updateNotifications } from "../../app/actions/settings-actions";
import { idleForm } from "../../lib/forms/form-state";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import { FormFeedback } from "../forms/form-feedback";
import { Button } from "../ui/button";
import { Label } from "../ui/label";

export interface NotificationSettings {
  digest: "weekly" | "off";
  digestDay: string;
  immediate: boolean;
  language: Locale;
}

function Choice(props: { name: string; value: string; label: string; checked: boolean; lang?: string }) {
  return (
    <label className="flex min-h-11 items-center gap-3 text-lg">
      <input
        type="radio"
        name={props.name}
        value={props.value}
        defaultChecked={props.checked}
        className="size-6"
      />
      <span lang={props.lang}>{props.label}</span>
    </label>
  );
}

export function NotificationsForm({
  locale,
  messages,
  settings,
}: {
  locale: Locale;
  messages: Messages;
  settings: NotificationSettings;
}) {
  const [state, action, pending] = useActionState(updateNotifications, idleForm);
  const copy = messages.account.settings;
  const values = {
    digest: state.values.digest ?? settings.digest,
    digestDay: state.values.digestDay ?? settings.digestDay,
    immediate: state.values.immediate ?? (settings.immediate ? "on" : "off"),
    language: state.values.language ?? settings.language,
  };
  return (
    <form action={action} className="space-y-6" noValidate>
      <FormFeedback
        state={state}
        messages={messages}
        labels={{ digest: copy.digest, language: copy.language }}
      />
      <input type="hidden" name="locale" value={locale} />
      <fieldset className="space-y-1">
        <legend className="text-lg font-semibold">{copy.digest}</legend>
        <Choice name="digest" value="weekly" label={copy.digestWeekly} checked={values.digest === "weekly"} />
        <Choice name="digest" value="off" label={copy.digestOff} checked={values.digest === "off"} />
      </fieldset>
      <div className="space-y-1">
        <Label htmlFor="field-digestDay">{copy.digestDay}</Label>
        <select
          id="field-digestDay"
          name="digestDay"
          defaultValue={values.digestDay}
          className="block min-h-11 w-full max-w-xs rounded-md border-2 border-ink bg-white px-3 py-2 text-lg"
        >
          {Object.entries(copy.days).map(([day, label]) => (
            <option key={day} value={day}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="space-y-1">
        <legend className="text-lg font-semibold">{copy.immediate}</legend>
        <Choice name="immediate" value="on" label={copy.immediateOn} checked={values.immediate === "on"} />
        <Choice name="immediate" value="off" label={copy.immediateOff} checked={values.immediate !== "on"} />
      </fieldset>
      <fieldset className="space-y-1">
        <legend className="text-lg font-semibold">{copy.language}</legend>
        {(["vi", "en"] as const).map((value) => (
          <Choice
            key={value}
            name="language"
            value={value}
            label={messages.languages[value]}
            checked={values.language === value}
            lang={value}
          />
        ))}
      </fieldset>
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {copy.save}
      </Button>
    </form>
  );
}
