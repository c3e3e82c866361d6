export { escapeHtml } from "./templates/escape-html.js";
export { type InvitationVars, invitation } from "./templates/invitation.js";
export type { RenderedEmail } from "./templates/layout.js";
export { type PasswordResetVars, passwordReset } from "./templates/password-reset.js";
export {
  renderTransactionalEmail,
  type TransactionalEmail,
  type TransactionalTemplate,
} from "./templates/render-transactional-email.js";
export { type VerifyEmailVars, verifyEmail } from "./templates/verify-email.js";
export {
  createMailer,
  type Mailer,
  type MailerConfig,
  type OutgoingEmail,
  type SentEmail,
} from "./transport.js";
