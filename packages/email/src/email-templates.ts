// Every email the apps send, in one layout: the message layout as compiled at build time (compiled-message-html.ts,
// written by `pnpm email:compile`), parsed once on first use. Nothing is compiled per recipient or per process.
import {
  type InvitationInput,
  invitationView,
  type PasswordResetInput,
  passwordResetView,
  type SignInUnlockInput,
  signInUnlockView,
  type VerifyEmailInput,
  verifyEmailView,
} from "./account/account-emails.js";
import {
  type ClaimDecisionInput,
  type ClaimInvitationInput,
  type ClaimLinkInput,
  claimDecisionView,
  claimInvitationView,
  claimLinkView,
  type VerificationDecisionInput,
  verificationDecisionView,
} from "./account/onboarding-emails.js";
import { type DigestEmailInput, digestEmailView } from "./digest/digest-email.js";
import { compiledMessageHtml } from "./messages/compiled-message-html.js";
import {
  compileMessageHtml,
  createMessageRenderer,
  type MessageRenderer,
  type RenderedMessage,
} from "./messages/message-renderer.js";
import {
  type QuoteNewsEmailInput,
  type QuoteOutcomeEmailInput,
  quoteNewsEmailView,
  quoteOutcomeEmailView,
} from "./notifications/notification-emails.js";
import { type RequestAlertEmailInput, requestAlertEmailView } from "./notifications/request-alert-email.js";
import {
  type RequestInvitationEmailInput,
  requestInvitationEmailView,
} from "./notifications/request-invitation-email.js";

export interface EmailTemplates {
  verifyEmail(input: VerifyEmailInput): RenderedMessage;
  passwordReset(input: PasswordResetInput): RenderedMessage;
  invitation(input: InvitationInput): RenderedMessage;
  signInUnlock(input: SignInUnlockInput): RenderedMessage;
  /** To an imported profile's contact address when an organisation claims it. */
  claimLink(input: ClaimLinkInput): RenderedMessage;
  /** From an association's import to a member company's address. */
  claimInvitation(input: ClaimInvitationInput): RenderedMessage;
  verificationDecision(input: VerificationDecisionInput): RenderedMessage;
  /** An admin's decision on a claim, to the person who made it. */
  claimDecision(input: ClaimDecisionInput): RenderedMessage;
  digest(input: DigestEmailInput): RenderedMessage;
  /** A new quote, or the news gathered on one request's quotes. */
  quoteNews(input: QuoteNewsEmailInput): RenderedMessage;
  quoteOutcome(input: QuoteOutcomeEmailInput): RenderedMessage;
  /** New requests matching a supplier, gathered since its people's last alert. */
  requestAlert(input: RequestAlertEmailInput): RenderedMessage;
  /** A buyer invited the supplier to quote on its request. */
  requestInvitation(input: RequestInvitationEmailInput): RenderedMessage;
}

function templatesWith(renderer: MessageRenderer): EmailTemplates {
  return {
    verifyEmail: (input) => renderer.render(verifyEmailView(input)),
    passwordReset: (input) => renderer.render(passwordResetView(input)),
    invitation: (input) => renderer.render(invitationView(input)),
    signInUnlock: (input) => renderer.render(signInUnlockView(input)),
    claimLink: (input) => renderer.render(claimLinkView(input)),
    claimInvitation: (input) => renderer.render(claimInvitationView(input)),
    verificationDecision: (input) => renderer.render(verificationDecisionView(input)),
    claimDecision: (input) => renderer.render(claimDecisionView(input)),
    digest: (input) => renderer.render(digestEmailView(input)),
    quoteNews: (input) => renderer.render(quoteNewsEmailView(input)),
    quoteOutcome: (input) => renderer.render(quoteOutcomeEmailView(input)),
    requestAlert: (input) => renderer.render(requestAlertEmailView(input)),
    requestInvitation: (input) => renderer.render(requestInvitationEmailView(input)),
  };
}

let built: EmailTemplates | undefined;

/** The templates the apps send with, from the committed compiled layout. */
export function emailTemplates(): EmailTemplates {
  built ??= templatesWith(createMessageRenderer(compiledMessageHtml));
  return built;
}

/** The same templates compiled from the MJML source right now (the preview, and the test that the build is current). */
export async function compileEmailTemplates(): Promise<EmailTemplates> {
  return templatesWith(createMessageRenderer(await compileMessageHtml()));
}
