// A matched or invited request's state (new, seen, quoted, declined), whether the buyer invited the supplier and
// how well it fits, as badges with words.
import type { Messages } from "../../lib/i18n/messages";
import type { SupplierMatch } from "../../lib/supplier-workspace";
import { Badge, type BadgeTone } from "../ui/badge";

const stateTones: Record<SupplierMatch["state"], BadgeTone> = {
  new: "info",
  seen: "neutral",
  quoted: "success",
  declined: "neutral",
};

export function RequestBadges({ match, messages }: { match: SupplierMatch; messages: Messages }) {
  const copy = messages.supplierWorkspace;
  return (
    <span className="flex flex-wrap gap-2">
      <Badge tone={stateTones[match.state]}>{copy.state[match.state]}</Badge>
      {match.invitedAt ? <Badge tone="info">✉ {copy.invitedBadge}</Badge> : null}
      {/* Invited without matching: the invitation badge says why it is here; the verdict says it did not match. */}
      <Badge
        tone={match.verdict === "match" ? "success" : match.verdict === "invited" ? "neutral" : "warning"}
      >
        {copy.verdict[match.verdict]}
      </Badge>
      {match.request.status === "open" ? null : <Badge>{copy.requestStatus[match.request.status]}</Badge>}
    </span>
  );
}
