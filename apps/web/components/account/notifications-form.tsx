"use client";
import { useActionState } from "react";
import { updateNotifications } from "../../app/actions/settings-actions";
import { idleForm } from "../../lib/forms/form-state";
import { fill } from "../../lib/i18n/fill";
import type { Locale } from "../../lib/i18n/locales";
import type { Messages } from "../../lib/i18n/messages";
import { FormFeedback } from "../forms/form-feedback";
import { Button } from "../ui/button";
import { Label } from "../ui/label";

export interface NotificationSettings {
  digest: "weekly" | "off";
  digestDay: string;
  immediate: boolean;
  requestAlerts: boolean;
  quietHours: { start: string; end: string; timeZone: string } | null;
  language: Locale;
}

/** Shown when quiet hours are off, and where a new person starts: the product's default. */
const defaultQuietHours = { start: "21:00", end: "07:00", timeZone: "Asia/Ho_Chi_Minh" };

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
  const timeZone = (settings.quietHours ?? defaultQuietHours).timeZone;
  const values = {
    digest: state.values.digest ?? settings.digest,
    digestDay: state.values.digestDay ?? settings.digestDay,
    immediate: state.values.immediate ?? (settings.immediate ? "on" : "off"),
    requestAlerts: state.values.requestAlerts ?? (settings.requestAlerts ? "on" : "off"),
    quiet: state.values.quiet ?? (settings.quietHours ? "on" : "off"),
    quietStart: state.values.quietStart ?? (settings.quietHours ?? defaultQuietHours).start,
    quietEnd: state.values.quietEnd ?? (settings.quietHours ?? defaultQuietHours).end,
    language: state.values.language ?? settings.language,
  };
  return (
    <form action={action} className="space-y-6" noValidate>
      <FormFeedback
        state={state}
        messages={messages}
        labels={{
          digest: copy.digest,
          language: copy.language,
          quietStart: `${copy.quietHours} – ${copy.quietFrom}`,
          quietEnd: `${copy.quietHours} – ${copy.quietUntil}`,
        }}
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
        <legend className="text-lg font-semibold">{copy.requestAlerts}</legend>
        <Choice
          name="requestAlerts"
          value="on"
          label={copy.requestAlertsOn}
          checked={values.requestAlerts === "on"}
        />
        <Choice
          name="requestAlerts"
          value="off"
          label={copy.requestAlertsOff}
          checked={values.requestAlerts !== "on"}
        />
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="text-lg font-semibold">{copy.quietHours}</legend>
        <Choice name="quiet" value="on" label={copy.quietHoursOn} checked={values.quiet === "on"} />
        <Choice name="quiet" value="off" label={copy.quietHoursOff} checked={values.quiet !== "on"} />
        <input type="hidden" name="quietTimeZone" value={timeZone} />
        <div className="flex flex-wrap gap-4 pt-1">
          {(["quietStart", "quietEnd"] as const).map((name) => {
            const error = state.fieldErrors[name];
            return (
              <div key={name} className="space-y-1">
                <Label htmlFor={`field-${name}`}>
                  {name === "quietStart" ? copy.quietFrom : copy.quietUntil}
                </Label>
                <input
                  id={`field-${name}`}
                  name={name}
                  type="time"
                  defaultValue={values[name]}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `error-${name}` : "quiet-zone"}
                  className="block min-h-11 rounded-md border-2 border-ink bg-white px-3 py-2 text-lg"
                />
                {error ? (
                  <p id={`error-${name}`} className="font-semibold text-critical-ink">
                    {error}
                  </p>
                ) : null}
              </div>
            );
          })}
        </div>
        <p id="quiet-zone" className="text-base">
          {fill(copy.quietZone, { zone: timeZone })}
        </p>
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
