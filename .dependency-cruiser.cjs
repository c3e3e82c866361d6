// dependency-cruiser: the arrows of the house (shared/STYLE.md, "Dependency direction"). Part of `pnpm lint`.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "A module reaches itself through its imports: give what both sides need a module of its own.",
      from: {},
      to: { circular: true },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      comment: "An import that does not resolve: a dependency missing from package.json, or a typo.",
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: "leaf-packages",
      severity: "error",
      comment: "config, domain and api-client depend on nothing of ours.",
      from: { path: "^packages/(config|domain|api-client)/" },
      to: { path: "^(apps|packages|scripts|bench)/", pathNot: "^packages/$1/" },
    },
    {
      name: "service-packages-use-only-the-domain",
      severity: "error",
      comment: "db, search, jobs and email may use the domain and nothing else of ours.",
      from: { path: "^packages/(db|search|jobs|email)/src/" },
      to: { path: "^(apps|packages|scripts|bench)/", pathNot: "^packages/($1|domain)/" },
    },
    {
      name: "packages-not-to-apps",
      severity: "error",
      comment: "A package never imports an app, nor the scripts and benchmarks that use both.",
      from: { path: "^packages/" },
      to: { path: "^(apps|scripts|bench)/" },
    },
    {
      name: "apps-not-to-apps",
      severity: "error",
      comment:
        "Neither app imports the other: the API enqueues through packages/jobs, the worker runs the jobs. " +
        "(The API's tests may start the worker, to follow a request through its jobs.)",
      from: { path: "^apps/([^/]+)/src/" },
      to: { path: "^apps/", pathNot: "^apps/$1/" },
    },
    {
      name: "testing-only-in-tests",
      severity: "error",
      comment: "@ketnoi/testing is the test harness: no app or package source imports it.",
      from: { path: "^(apps|packages)/[^/]+/src/", pathNot: "^packages/testing/" },
      to: { path: "^packages/testing/" },
    },
    {
      name: "domain-without-node",
      severity: "error",
      comment: "The domain is bundled for browsers too: no Node built-ins.",
      from: { path: "^packages/domain/src/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "api-plugins-and-services-not-to-routes",
      severity: "error",
      comment: "Routes use plugins and services, never the other way round.",
      from: { path: "^apps/api/src/(plugins|services)/" },
      to: { path: "^apps/api/src/routes/" },
    },
    {
      name: "api-services-not-to-plugins",
      severity: "error",
      comment: "Services are plain functions over the dependencies; what they need of auth is in auth/.",
      from: { path: "^apps/api/src/services/" },
      to: { path: "^apps/api/src/plugins/" },
    },
    {
      name: "api-auth-is-a-leaf",
      severity: "error",
      comment:
        "auth/ (token claims, caller, sessions, secure tokens) is used by plugins, services and routes.",
      from: { path: "^apps/api/src/auth/" },
      to: { path: "^apps/api/src/(plugins|services|routes)/" },
    },
  ],
  options: {
    exclude: { path: "(^|/)(dist|node_modules|.next)/|next-env.d.ts$" },
    // Type-only imports count: a circle of types is still a circle.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["development", "types", "import", "node", "default"],
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
  },
};
