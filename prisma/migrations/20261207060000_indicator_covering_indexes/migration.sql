-- The cockpit's aggregates at 2,000 communities (issue #15, pnpm bench:indicators): index-only scans
-- for the three sources that read the most rows of a district's month. Prisma's schema models
-- neither INCLUDE columns nor partial indexes; the schema engine leaves partial indexes it does not
-- model alone (db:migrate:check does not see them), so each of these is partial.
-- Open tickets past their deadline (ticketsOverdueNow, state now): only open tickets are indexed.
CREATE INDEX "ServiceTicket_open_dueAt_idx" ON "ServiceTicket" ("dueAt") INCLUDE ("communityId", "status") WHERE "closedAt" IS NULL;
-- A month's points sums and active accounts per community from the index alone. It replaces the
-- index on month (schema.prisma's @@index([month]), removed there). "month" is never null: the
-- predicate only keeps the index out of Prisma's sight, and any range or equality on month implies it.
DROP INDEX "PointsMonthly_month_idx";
CREATE INDEX "PointsMonthly_month_communityId_idx" ON "PointsMonthly" ("month", "communityId") INCLUDE ("accountId", "accountKind", "awarded", "deducted", "spent") WHERE "month" IS NOT NULL;
-- Active volunteers and 双报到 among them per community (state now).
CREATE INDEX "Volunteer_active_communityId_idx" ON "Volunteer" ("communityId") INCLUDE ("kind") WHERE "active";
