// Part of `pnpm schema:check`: every contract change is recorded in CHANGELOG.md. The changelog
// carries the fingerprint of the schema.graphql it describes; when the printed contract changes
// and the changelog does not, this fails and says what to do.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const fingerprint = (sdl) => `sha256:${createHash("sha256").update(sdl.replace(/\r\n/g, "\n")).digest("hex").slice(0, 16)}`;

const actual = fingerprint(readFileSync(path.join(root, "schema.graphql"), "utf8"));
const changelog = readFileSync(path.join(root, "CHANGELOG.md"), "utf8");
const recorded = /<!-- contract-fingerprint: (sha256:[0-9a-f]+) -->/.exec(changelog)?.[1];
if (recorded !== actual) {
  console.error(
    [
      "packages/schema: schema.graphql changed but CHANGELOG.md does not record it.",
      "  Run `pnpm schema:diff` (or `pnpm schema:diff <git ref>`) for the list of changes, breaking ones marked,",
      "  add them under “Unreleased” in packages/schema/CHANGELOG.md, and set its fingerprint line to:",
      `  <!-- contract-fingerprint: ${actual} -->`,
    ].join("\n"),
  );
  process.exitCode = 1;
} else {
  console.log("packages/schema: CHANGELOG.md records the current contract.");
}
