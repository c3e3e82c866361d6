// A matched request's state (new, seen, quoted, declined) and how well it fits, as badges with words.
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
      <Badge tone={match.verdict === "match" ? "success" : "warning"}>{copy.verdict[match.verdict]}</Badge>
      {match.request.status === "open" ? null : <Badge>{copy.requestStatus[match.request.status]}</Badge>}
    </span>
  );
}
