// Who of an organisation hears about its business: members with a verified address (an unverified one may be
// a typo, someone else's mailbox).
import { accountRepository, type Executor } from "@ketnoi/db";
import type { Language } from "@ketnoi/domain";

export interface Recipient {
  userId: string;
  email: string;
  language: Language;
}

export async function organizationRecipients(db: Executor, organizationId: string): Promise<Recipient[]> {
  const members = await accountRepository.listMembersWithLanguage(db, organizationId);
  return members
    .filter((member) => member.emailVerified !== null)
    .map((member) => ({ userId: member.userId, email: member.email, language: member.language }));
}
