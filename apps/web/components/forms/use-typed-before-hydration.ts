"use client";
// Text typed into a field before the page's script ran fired no change event, and hydration keeps it on screen
// without telling the component (React leaves a hydrated input's value as it finds it). A phone on a slow network
// shows a form seconds before it hydrates, so what follows the field (the categories suggested for a request's
// words, the zones or categories found by name) would stay blank for text the person can see.
import { type RefObject, useEffect } from "react";

/** Hands the field's text to `onTyped` once, when the component mounts, if anything was typed before. */
export function useTypedBeforeHydration(
  field: RefObject<HTMLInputElement | HTMLTextAreaElement | null>,
  onTyped: (value: string) => void,
): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, at mount; later typing fires change events
  useEffect(() => {
    const value = field.current?.value;
    if (value) onTyped(value);
  }, []);
}
