"use client";
// The token of an emailed link. It rides in the link's #fragment, which browsers never send to a server; this
// reads it, takes it out of the address bar and history, and puts it in the form. Without JavaScript (or when the
// link lost its fragment) the person pastes the link or the code instead.
import { useEffect, useRef, useState } from "react";
import { Field } from "./field";

export function TokenField({
  initialToken,
  label,
  hint,
  error,
  autoSubmit = false,
}: {
  initialToken?: string | undefined;
  label: string;
  hint: string;
  error?: string | undefined;
  /** Submits the form once the token is read (a step that only shows something, never one that acts). */
  autoSubmit?: boolean;
}) {
  const [token, setToken] = useState(initialToken ?? "");
  const hidden = useRef<HTMLInputElement>(null);
  const [submitted, setSubmitted] = useState(false);

  useEffect(() => {
    const fromLink = new URLSearchParams(window.location.hash.slice(1)).get("token");
    if (!fromLink) return;
    window.history.replaceState(null, "", window.location.pathname + window.location.search);
    setToken(fromLink);
  }, []);

  useEffect(() => {
    if (autoSubmit && token && !initialToken && !submitted) {
      setSubmitted(true);
      hidden.current?.form?.requestSubmit();
    }
  }, [autoSubmit, token, initialToken, submitted]);

  if (token) return <input ref={hidden} type="hidden" name="token" value={token} />;
  return <Field name="pastedLink" label={label} hint={hint} error={error} autoComplete="off" required />;
}
