export { decoyPasswordHash, hashPassword, verifyPassword } from "./password-hashing.js";
