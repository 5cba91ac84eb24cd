-- Auth changes (not part of the Prisma schema; Prisma does not model triggers).
-- The API workers cache a session's actor (account and grants) between requests
-- (packages/api/src/shared/authCache.ts). Whatever changes what a cached actor holds sends
-- NOTIFY gongzhi_auth (delivered at commit, to every process listening): the payload is the
-- account's id, or '*' when a region's or community's path changes (grants carry paths).
-- Triggers, not calls in the services: a change made by any writer (a service, a CLI, psql)
-- reaches every cache.
CREATE FUNCTION "auth_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME IN ('Region', 'Community') THEN
    PERFORM pg_notify('gongzhi_auth', '*');
  ELSIF TG_TABLE_NAME = 'Account' THEN
    PERFORM pg_notify('gongzhi_auth', OLD."id"::text);
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM pg_notify('gongzhi_auth', NEW."accountId"::text);
  ELSE
    PERFORM pg_notify('gongzhi_auth', OLD."accountId"::text);
    IF TG_OP = 'UPDATE' THEN PERFORM pg_notify('gongzhi_auth', NEW."accountId"::text); END IF;
  END IF;
  RETURN NULL;
END $$;

-- A session that ends (sign-out, password change, disabled account) or is changed.
CREATE TRIGGER "Session_auth_changed" AFTER UPDATE OR DELETE ON "Session"
  FOR EACH ROW EXECUTE FUNCTION "auth_changed"();
-- A grant given, changed or revoked.
CREATE TRIGGER "Grant_auth_changed" AFTER INSERT OR UPDATE OR DELETE ON "Grant"
  FOR EACH ROW EXECUTE FUNCTION "auth_changed"();
-- An account disabled or enabled (a password change ends its sessions above), or removed.
CREATE TRIGGER "Account_auth_changed" AFTER UPDATE ON "Account"
  FOR EACH ROW WHEN (OLD."disabledAt" IS DISTINCT FROM NEW."disabledAt")
  EXECUTE FUNCTION "auth_changed"();
CREATE TRIGGER "Account_auth_removed" AFTER DELETE ON "Account"
  FOR EACH ROW EXECUTE FUNCTION "auth_changed"();
-- A region or community moved: the paths its grants carry change.
CREATE TRIGGER "Region_auth_changed" AFTER UPDATE OF "path" ON "Region"
  FOR EACH ROW WHEN (OLD."path" IS DISTINCT FROM NEW."path")
  EXECUTE FUNCTION "auth_changed"();
CREATE TRIGGER "Community_auth_changed" AFTER UPDATE OF "path" ON "Community"
  FOR EACH ROW WHEN (OLD."path" IS DISTINCT FROM NEW."path")
  EXECUTE FUNCTION "auth_changed"();
