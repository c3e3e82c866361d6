// The token a token form posts: from the link's fragment (hidden field), or pasted by hand as the whole link,
// `token=…`, or the code alone.
import { text } from "./form-state";

export function postedToken(form: FormData): string {
  const direct = text(form, "token").trim();
  if (direct) return direct;
  const pasted = text(form, "pastedLink").trim();
  const at = pasted.lastIndexOf("token=");
  return (at === -1 ? pasted : (new URLSearchParams(pasted.slice(at)).get("token") ?? "")).trim();
}
