// Graphcache updates for the notices' commands (merged into app/cache.ts). The changed notice or
// objection comes back in the payload; the notices list (by status) goes stale.
import type { UpdateResolver, UpdatesConfig } from "@urql/exchange-graphcache";
import { invalidateList, succeeded } from "../../lib/cacheUpdates";

const listStale =
  (field: string): UpdateResolver =>
  (result, _args, cache) => {
    if (succeeded(result, field)) invalidateList(cache, "notices");
  };

export const noticesUpdates: NonNullable<UpdatesConfig["Mutation"]> = {
  publishNotice: listStale("publishNotice"),
  withdrawNotice: listStale("withdrawNotice"),
  fileObjection: listStale("fileObjection"),
  answerObjection: listStale("answerObjection"),
};
