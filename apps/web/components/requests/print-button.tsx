"use client";
// Opens the browser's print dialog; the page's print stylesheet leaves out the site's header and footer. The
// browser's own Print menu does the same without JavaScript.
import { Button } from "../ui/button";

export function PrintButton({ label }: { label: string }) {
  return (
    <Button type="button" onClick={() => window.print()} className="print:hidden">
      {label}
    </Button>
  );
}
