// Passwords: argon2id (memory-hard), parameters from OWASP's recommendation (19 MiB, 2 passes).
import { hash, verify } from "@node-rs/argon2";

const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, OPTIONS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verify against a throwaway hash so unknown usernames take as long as wrong passwords. */
let dummy: Promise<string> | undefined;
export async function burnVerify(password: string) {
  dummy ??= hashPassword("not-a-real-password");
  await verifyPassword(await dummy, password);
}
