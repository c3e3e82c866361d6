"use client";
// The words of the error page (app/[locale]/error.tsx), handed down by the layout in the page's language. The
// error page is a client component on every public page's first load: importing the catalogues there shipped
// both of them (34 kB gzip) to every visitor; through this context only its three strings travel.
import { createContext, type ReactNode, useContext } from "react";
import type { Messages } from "../lib/i18n/messages";

export type ErrorCopy = Messages["error"];

const ErrorCopyContext = createContext<ErrorCopy | null>(null);

export function ErrorCopyProvider({ copy, children }: { copy: ErrorCopy; children: ReactNode }) {
  return <ErrorCopyContext value={copy}>{children}</ErrorCopyContext>;
}

/** The layout provides it around every page; null only outside that layout. */
export function useErrorCopy(): ErrorCopy | null {
  return useContext(ErrorCopyContext);
}
