-- The scope filter on an index (issue #13). A grant reaches every node whose materialized path
-- starts with the granted node's ("path" LIKE '/district/street/%'). PostgreSQL turns such a
-- prefix LIKE into a range scan of a btree index only under the "C" collation (byte order); the
-- databases' default (e.g. C.UTF-8, en_US.UTF-8) does not qualify. Paths are ASCII ids and
-- slashes, so byte order is the only order they need: the columns take the "C" collation, and
-- their existing unique indexes (rebuilt by the ALTER) serve the prefix filters. Prisma's schema
-- does not model column collations, so this lives here only (db:migrate:check does not see it).
-- The auth triggers on the paths (20261206231500_auth_notify) depend on the columns: dropped
-- around the change and created again as they were.
DROP TRIGGER "Region_auth_changed" ON "Region";
DROP TRIGGER "Community_auth_changed" ON "Community";
ALTER TABLE "Region" ALTER COLUMN "path" TYPE TEXT COLLATE "C";
ALTER TABLE "Community" ALTER COLUMN "path" TYPE TEXT COLLATE "C";
CREATE TRIGGER "Region_auth_changed" AFTER UPDATE OF "path" ON "Region"
  FOR EACH ROW WHEN (OLD."path" IS DISTINCT FROM NEW."path")
  EXECUTE FUNCTION "auth_changed"();
CREATE TRIGGER "Community_auth_changed" AFTER UPDATE OF "path" ON "Community"
  FOR EACH ROW WHEN (OLD."path" IS DISTINCT FROM NEW."path")
  EXECUTE FUNCTION "auth_changed"();
