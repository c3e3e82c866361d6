import type { Language } from "@ketnoi/domain";
import { type InvitationVars, invitation } from "./invitation.js";
import type { RenderedEmail } from "./layout.js";
import { type PasswordResetVars, passwordReset } from "./password-reset.js";
import { type VerifyEmailVars, verifyEmail } from "./verify-email.js";

/** A transactional email named by its template, so a job payload can carry which email to send. */
export type TransactionalEmail =
  | { readonly template: "verify-email"; readonly vars: VerifyEmailVars }
  | { readonly template: "password-reset"; readonly vars: PasswordResetVars }
  | { readonly template: "invitation"; readonly vars: InvitationVars };

export type TransactionalTemplate = TransactionalEmail["template"];

export function renderTransactionalEmail(lang: Language, email: TransactionalEmail): RenderedEmail {
  switch (email.template) {
    case "verify-email":
      return verifyEmail(lang, email.vars);
    case "password-reset":
      return passwordReset(lang, email.vars);
    case "invitation":
      return invitation(lang, email.vars);
  }
}
