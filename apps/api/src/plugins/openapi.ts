// OpenAPI 3.1 generated from the routes' zod schemas, served at /openapi.json and browsable at /docs.
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";

export const openApiPlugin = fp(async (app: FastifyInstance) => {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Kết Nối API",
        version: "1.0.0",
        description:
          "B2B marketplace pairing manufacturers in Ho Chi Minh City's industrial zones with supporting-industry " +
          "suppliers. Errors are application/problem+json (RFC 9457).",
      },
      components: {
        securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "JWT" } },
      },
      tags: [
        { name: "auth", description: "Registration, login, sessions, email verification, password reset" },
        { name: "organizations", description: "Your organisation, its members and invitations" },
        { name: "suppliers", description: "Capability profiles, search and bulk import" },
        { name: "requests", description: "Sourcing requests: what buyers want made or supplied" },
        { name: "quotes", description: "Suppliers quote or decline; buyers compare, shortlist and award" },
        { name: "attachments", description: "Files on requests, quotes and messages; signed download links" },
        { name: "messages", description: "Clarifying threads between a request's buyer and each supplier" },
        {
          name: "documents",
          description: "Company papers behind claims, verification requests and certificates",
        },
        { name: "taxonomy", description: "Categories and certifications, in Vietnamese and English" },
        { name: "zones", description: "Industrial zones, export-processing zones and high-tech parks" },
        { name: "admin", description: "Platform administration" },
        { name: "health", description: "Liveness and readiness" },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/docs" });
  app.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());
});
