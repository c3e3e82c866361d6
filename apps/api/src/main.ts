import { apiEnvSchema, loadConfigOrExit } from "@ketnoi/config";
import { startServer } from "./server.js";

await startServer(loadConfigOrExit(apiEnvSchema));
