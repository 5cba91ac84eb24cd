-- CreateTable
CREATE TABLE "IndicatorMonth" (
    "communityId" UUID NOT NULL,
    "month" DATE NOT NULL,
    "v" BIGINT[],

    CONSTRAINT "IndicatorMonth_pkey" PRIMARY KEY ("communityId","month")
);

-- CreateTable
CREATE TABLE "IndicatorPeriod" (
    "communityId" UUID NOT NULL,
    "period" TEXT NOT NULL,
    "v" BIGINT[],

    CONSTRAINT "IndicatorPeriod_pkey" PRIMARY KEY ("communityId","period")
);

-- CreateTable
CREATE TABLE "IndicatorState" (
    "communityId" UUID NOT NULL,
    "v" BIGINT[],
    "types" JSONB,

    CONSTRAINT "IndicatorState_pkey" PRIMARY KEY ("communityId")
);

-- CreateTable
CREATE TABLE "IndicatorLive" (
    "communityId" UUID NOT NULL,
    "computedAt" TIMESTAMPTZ(3) NOT NULL,
    "validUntil" TIMESTAMPTZ(3) NOT NULL,
    "v" BIGINT[],
    "flows" JSONB,

    CONSTRAINT "IndicatorLive_pkey" PRIMARY KEY ("communityId")
);

-- CreateTable
CREATE TABLE "IndicatorDirty" (
    "id" BIGSERIAL NOT NULL,
    "communityId" UUID NOT NULL,

    CONSTRAINT "IndicatorDirty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorLayout" (
    "id" INTEGER NOT NULL,
    "layout" TEXT NOT NULL,

    CONSTRAINT "IndicatorLayout_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IndicatorMonth_month_idx" ON "IndicatorMonth"("month");

-- CreateIndex
CREATE INDEX "IndicatorDirty_communityId_idx" ON "IndicatorDirty"("communityId");

-- The open part of ticketsLate (live: open tickets past their deadline now, by the month they were
-- submitted in) from the index alone, like ticketsOverdueNow: submittedAt joins the partial index.
DROP INDEX "ServiceTicket_open_dueAt_idx";
CREATE INDEX "ServiceTicket_open_dueAt_idx" ON "ServiceTicket" ("dueAt") INCLUDE ("communityId", "status", "submittedAt") WHERE "closedAt" IS NULL;

-- Every change to a table the indicators count marks its communities stale, in the same transaction
-- (statement-level triggers: one mark insert per statement, whatever the number of rows). The next
-- read of their figures recomputes their cells (packages/api/src/modules/indicators/cells.ts). A
-- new source table needs these three triggers (tests/api/indicators.cells.test.ts checks it).
-- Bulk loads with session_replication_role = replica bypass triggers and mark the communities they load.
CREATE FUNCTION "indicator_mark_new"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "IndicatorDirty" ("communityId") SELECT DISTINCT "communityId" FROM new_rows WHERE "communityId" IS NOT NULL;
  RETURN NULL;
END $$;

CREATE FUNCTION "indicator_mark_old"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "IndicatorDirty" ("communityId") SELECT DISTINCT "communityId" FROM old_rows WHERE "communityId" IS NOT NULL;
  RETURN NULL;
END $$;

CREATE FUNCTION "indicator_mark_both"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "IndicatorDirty" ("communityId")
    SELECT "communityId" FROM new_rows WHERE "communityId" IS NOT NULL
    UNION SELECT "communityId" FROM old_rows WHERE "communityId" IS NOT NULL;
  RETURN NULL;
END $$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['ServiceTicket', 'ServiceVisit', 'ServiceComplex', 'Committee', 'CommitteeMembership', 'Meeting', 'Topic',
    'Resolution', 'Escalation', 'Notice', 'NoticeObjection', 'VolunteerCommittee', 'VolunteerTeam', 'Volunteer', 'VolunteerActivity',
    'VolunteerSignUp', 'PointsMonthly', 'Redemption', 'Project', 'ProjectBudgetLine', 'ProjectExpense', 'Sponsorship',
    'ProjectBeneficiary', 'ProjectMilestone', 'ProjectSurveyResponse', 'CommunityNeed', 'ProjectType']
  LOOP
    EXECUTE format('CREATE TRIGGER "indicator_mark_insert" AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "indicator_mark_new"()', t);
    EXECUTE format('CREATE TRIGGER "indicator_mark_update" AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "indicator_mark_both"()', t);
    EXECUTE format('CREATE TRIGGER "indicator_mark_delete" AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "indicator_mark_old"()', t);
  END LOOP;
END $$;
