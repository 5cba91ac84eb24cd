// Graphcache updates for this capability's mutations (merged into app/cache.ts).
import type { UpdatesConfig } from "@urql/exchange-graphcache";

export const projectsUpdates: NonNullable<UpdatesConfig["Mutation"]> = {};
