// CORS: browsers on other origins may call the API only from the origins CORS_ORIGINS names. With none named (the
// default) the plugin is not even registered, so no response carries Access-Control-Allow-Origin.
// Credentials stay off: the API authenticates with bearer tokens, never with cookies a browser would attach.
import cors from "@fastify/cors";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";

export interface CrossOriginOptions {
  origins: string[];
}

export const crossOriginPlugin = fp(async (app: FastifyInstance, { origins }: CrossOriginOptions) => {
  if (origins.length === 0) return;
  await app.register(cors, {
    origin: origins,
    credentials: false,
    methods: ["GET", "POST", "PUT", "PATCH", "DELETE"],
    allowedHeaders: ["authorization", "content-type", "idempotency-key", "x-request-id"],
    exposedHeaders: ["x-request-id", "retry-after", "location"],
    maxAge: 600,
  });
});
