import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  turbopack: {
    // Our packages' sources import each other with NodeNext ".js" suffixes, which Turbopack does not map to
    // ".ts"; and `next dev` would pick their `development` export (the sources). The web therefore always uses
    // their compiled output, which `turbo run build` of those packages makes (pnpm dev, start, tests).
    resolveAlias: {
      "@ketnoi/api-client": "../../packages/api-client/dist/index.js",
      "@ketnoi/config": "../../packages/config/dist/index.js",
      "@ketnoi/domain/units": "../../packages/domain/dist/units/index.js",
      "@ketnoi/domain/geo": "../../packages/domain/dist/geo/index.js",
      "@ketnoi/domain/text": "../../packages/domain/dist/text/index.js",
    },
  },
  // Next 16 writes an AGENTS.md into the app on `next dev`/`next build`; our conventions live in docs/.
  agentRules: false,
  experimental: {
    agentUpgrade: false,
    // The root layout sits under [locale]: an unknown first segment needs a 404 page of its own.
    globalNotFound: true,
    // A supplier's photo, the admin console's member directory, the request form's files (20 MB together, the
    // form checks first) and a message's file (at most 20 MB, the API's attachment limit) go through server actions.
    serverActions: { bodySizeLimit: "21mb" },
    // proxy.ts sees every request, so Next holds a body up to this size for it: an attachment is at most 20 MB
    // (the API's limit) plus its multipart framing.
    proxyClientMaxBodySize: "21mb",
  },
  // `pnpm typecheck` checks the web with everything else; the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  devIndicators: false,
};

export default nextConfig;
