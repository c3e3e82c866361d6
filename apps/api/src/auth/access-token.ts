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
}

declare module "@fastify/jwt" {
  interface FastifyJWT {
    payload: AccessTokenClaims;
    user: AccessTokenClaims;
  }
}
