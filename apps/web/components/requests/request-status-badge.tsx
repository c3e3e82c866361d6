import type { Messages } from "../../lib/i18n/messages";
import type { RequestStatus } from "../../lib/requests";
import { Badge, type BadgeTone } from "../ui/badge";

const tones: Record<RequestStatus, BadgeTone> = {
  draft: "neutral",
  open: "info",
  awarded: "success",
  closed: "neutral",
  expired: "warning",
  cancelled: "neutral",
};

export function RequestStatusBadge({ status, messages }: { status: RequestStatus; messages: Messages }) {
  return <Badge tone={tones[status]}>{messages.requests.status[status]}</Badge>;
}
