export type {
  InvitationInput,
  PasswordResetInput,
  SignInUnlockInput,
  VerifyEmailInput,
} from "./account/account-emails.js";
export type {
  ClaimDecisionInput,
  ClaimInvitationInput,
  ClaimLinkInput,
  VerificationDecisionInput,
} from "./account/onboarding-emails.js";
export type { DigestEmailInput } from "./digest/digest-email.js";
export { compileEmailTemplates, type EmailTemplates, emailTemplates } from "./email-templates.js";
export {
  oneClickUnsubscribeHeaders,
  subscriptionEmail,
  type UnsubscribeHeaders,
} from "./list-unsubscribe.js";
export { digestMessageId, messageIdDomain, notificationMessageId } from "./message-ids.js";
export type { RenderedMessage } from "./messages/message-renderer.js";
export { compileMessageHtml } from "./messages/message-renderer.js";
export type { MessageView } from "./messages/message-view.js";
export type {
  MessageNewsItem,
  QuoteNewsEmailInput,
  QuoteNewsItem,
  QuoteOutcomeEmailInput,
} from "./notifications/notification-emails.js";
export type { RequestAlertEmailInput, RequestAlertItem } from "./notifications/request-alert-email.js";
export type { RequestInvitationEmailInput } from "./notifications/request-invitation-email.js";
export { renderPreviewSamples } from "./previews/preview-samples.js";
export { ProductLinks } from "./product-links.js";
export {
  createMailer,
  type Mailer,
  type MailerConfig,
  type OutgoingEmail,
  type SentEmail,
} from "./transport.js";
export {
  signUnsubscribeToken,
  type UnsubscribeClaim,
  type UnsubscribeScope,
  unsubscribeScopes,
  verifyUnsubscribeToken,
} from "./unsubscribe-token.js";
