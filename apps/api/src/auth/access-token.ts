// What an access token says: short-lived HS256 JWTs with the algorithm, issuer and audience pinned. Shared by the
// plugin that verifies them, the sessions that sign them and the queue board that reads them from a cookie.
import type { MembershipRole, OrganizationRole } from "@ketnoi/domain";

export const accessTokenIssuer = "ketnoi-api";
export const accessTokenAudience = "ketnoi";

/** Claims of an access token. `sub` is the user, `org` the organisation the session acts for. */
export interface AccessTokenClaims {
  sub: string;
  org: string;
  roles: OrganizationRole[];
  mrole: MembershipRole;
  adm?: true;
  /**
   * When the password was entered for this session (epoch seconds): set by login and registration, never by a
   * refresh. Exporting or erasing your data asks for a recent one (`requireFreshLogin`).
   */
  pwd?: number;
}

declare module "@fastify/jwt" {
  interface FastifyJWT {
    payload: AccessTokenClaims;
    user: AccessTokenClaims;
  }
}
