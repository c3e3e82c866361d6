import type { MetadataRoute } from "next";
import { webConfig } from "../lib/config";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/" },
    sitemap: new URL("/sitemap.xml", webConfig().PUBLIC_URL).toString(),
  };
}
