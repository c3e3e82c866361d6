// Sends the transactional emails of the account flows. Each creates its single-use token, builds the link (the
// token in its fragment, never in a URL a server sees) and renders the email in the recipient's language. Sending
// happens after the caller's transaction committed; a failure is logged, not thrown, because the person can ask
// for the email again.
import { type Transaction, tokenRepository } from "@ketnoi/db";
import type { Language } from "@ketnoi/domain";
import { emailTemplates, type ProductLinks, type RenderedMessage } from "@ketnoi/email";
import type { FastifyBaseLogger } from "fastify";
import { generateToken, hashToken } from "../auth/secure-tokens.js";
import type { AppDependencies } from "../dependencies.js";

type EmailTokenPurpose = tokenRepository.EmailTokenPurpose;

const verificationTtlHours = 48;
const resetTtlMinutes = 60;
export const invitationTtlDays = 7;

interface Recipient {
  id: string;
  email: string;
  name: string;
  language: Language;
}

export class AccountEmails {
  constructor(
    private readonly deps: AppDependencies,
    private readonly links: ProductLinks,
  ) {}

  /** Creates a verification token (earlier ones stop working); returns a function that sends the email. */
  async prepareVerification(db: Transaction, user: Recipient, organizationName: string) {
    const token = await this.issueToken(db, user.id, "verify_email", verificationTtlHours * 3_600_000);
    const email = emailTemplates().verifyEmail({
      recipient: user,
      organizationName,
      verifyUrl: this.links.verifyEmail(token, user.language),
      expiresInHours: verificationTtlHours,
    });
    return (log: FastifyBaseLogger) => this.send(log, user.email, email, "verify_email");
  }

  async preparePasswordReset(db: Transaction, user: Recipient) {
    const token = await this.issueToken(db, user.id, "password_reset", resetTtlMinutes * 60_000);
    const email = emailTemplates().passwordReset({
      recipient: user,
      resetUrl: this.links.resetPassword(token, user.language),
      expiresInMinutes: resetTtlMinutes,
    });
    return (log: FastifyBaseLogger) => this.send(log, user.email, email, "password_reset");
  }

  /** The unlock link for the account-wide login ceiling; the token lives in Redis (SignInUnlocks), not here. */
  signInUnlockEmail(user: Recipient, token: string, expiresInMinutes: number) {
    const email = emailTemplates().signInUnlock({
      recipient: user,
      unlockUrl: this.links.unlockSignIn(token, user.language),
      expiresInMinutes,
    });
    return (log: FastifyBaseLogger) => this.send(log, user.email, email, "sign_in_unlock");
  }

  invitationEmail(input: {
    to: string;
    language: Language;
    token: string;
    inviterName: string;
    organizationName: string;
    role: "owner" | "member";
  }) {
    const email = emailTemplates().invitation({
      language: input.language,
      inviterName: input.inviterName,
      organizationName: input.organizationName,
      acceptUrl: this.links.acceptInvitation(input.token, input.language),
      expiresInDays: invitationTtlDays,
      role: input.role,
    });
    return (log: FastifyBaseLogger) => this.send(log, input.to, email, "invitation");
  }

  /** A new single-use token for the link; earlier unused ones of the same purpose stop working. */
  private async issueToken(db: Transaction, userId: string, purpose: EmailTokenPurpose, ttlMs: number) {
    const now = this.deps.clock();
    const token = generateToken();
    await tokenRepository.invalidateEmailTokens(db, userId, purpose, now);
    await tokenRepository.createEmailToken(db, {
      userId,
      purpose,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + ttlMs),
    });
    return token;
  }

  private async send(
    log: FastifyBaseLogger,
    to: string,
    email: RenderedMessage,
    kind: string,
  ): Promise<void> {
    try {
      await this.deps.mailer.send({ to, ...email });
      log.info({ kind }, "transactional email sent");
    } catch (error) {
      log.error({ err: error, kind }, "transactional email could not be sent");
    }
  }
}
