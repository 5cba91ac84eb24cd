import { createHash, randomBytes } from "node:crypto";

/** A new random token with a recognisable prefix: gzs_ (session cookie), gzc_ (API client), gzr_ (resident session cookie), gzk_ (resident sign-in card). */
export const newToken = (prefix: "gzs" | "gzc" | "gzr" | "gzk") => `${prefix}_${randomBytes(32).toString("base64url")}`;

/** Tokens are high-entropy random strings, so a fast hash is the right one for lookup at rest. */
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
