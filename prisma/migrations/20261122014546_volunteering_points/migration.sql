-- CreateEnum
CREATE TYPE "PointsAccountMode" AS ENUM ('PERSON', 'HOUSEHOLD');

-- CreateEnum
CREATE TYPE "PointsRuleCategory" AS ENUM ('VOLUNTEER', 'VILLAGE_RULE', 'PARTY_POST', 'OTHER');

-- CreateEnum
CREATE TYPE "PointsRuleKind" AS ENUM ('PER_HOUR', 'PER_ACTIVITY', 'PER_OCCURRENCE');

-- CreateEnum
CREATE TYPE "PointsPeriodKind" AS ENUM ('MONTH', 'QUARTER', 'YEAR');

-- CreateEnum
CREATE TYPE "PointsAccountKind" AS ENUM ('PERSON', 'HOUSEHOLD');

-- CreateEnum
CREATE TYPE "PointsEntryKind" AS ENUM ('AWARD', 'DEDUCTION', 'REDEMPTION', 'REFUND', 'REVERSAL');

-- CreateEnum
CREATE TYPE "PointsClaimStatus" AS ENUM ('SUBMITTED', 'APPROVED', 'PUBLICIZED', 'POSTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "RewardKind" AS ENUM ('GOODS', 'SERVICE', 'VOUCHER');

-- CreateEnum
CREATE TYPE "RedemptionStatus" AS ENUM ('PENDING', 'FULFILLED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "VolunteerCommitteeRole" AS ENUM ('DIRECTOR', 'DEPUTY_DIRECTOR', 'SECRETARY', 'MEMBER');

-- CreateEnum
CREATE TYPE "VolunteerTeamKind" AS ENUM ('CULTURE', 'SPORTS', 'MEDICAL', 'PARTY', 'FAMILY', 'ENVIRONMENT', 'SAFETY', 'ELDERLY', 'OTHER');

-- CreateEnum
CREATE TYPE "VolunteerTeamRole" AS ENUM ('LEADER', 'DEPUTY_LEADER', 'MEMBER');

-- CreateEnum
CREATE TYPE "VolunteerKind" AS ENUM ('RESIDENT', 'DUAL_REGISTERED');

-- CreateEnum
CREATE TYPE "VolunteerActivityStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "VolunteerSignUpStatus" AS ENUM ('CONFIRMED', 'WAITLISTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "VolunteerHoursStatus" AS ENUM ('NONE', 'PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "CheckMethod" AS ENUM ('QR_CODE', 'STAFF');

-- CreateTable
CREATE TABLE "PointsSettings" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "accountMode" "PointsAccountMode" NOT NULL DEFAULT 'PERSON',
    "publicityExemptMax" INTEGER,
    "noticePeriodDays" INTEGER NOT NULL DEFAULT 7,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PointsSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PointsRule" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "code" TEXT,
    "name" TEXT NOT NULL,
    "category" "PointsRuleCategory" NOT NULL,
    "kind" "PointsRuleKind" NOT NULL,
    "article" TEXT,
    "points" INTEGER NOT NULL,
    "capPeriod" "PointsPeriodKind",
    "capPoints" INTEGER,
    "description" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PointsRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PointsAccount" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "kind" "PointsAccountKind" NOT NULL,
    "residentId" UUID,
    "householdId" UUID,
    "balance" INTEGER NOT NULL DEFAULT 0,
    "awarded" INTEGER NOT NULL DEFAULT 0,
    "deducted" INTEGER NOT NULL DEFAULT 0,
    "spent" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PointsAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PointsEntry" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "delta" INTEGER NOT NULL,
    "kind" "PointsEntryKind" NOT NULL,
    "month" DATE NOT NULL,
    "ruleId" UUID,
    "sourceType" TEXT NOT NULL,
    "sourceId" UUID NOT NULL,
    "residentId" UUID,
    "note" TEXT,
    "reversesId" UUID,
    "actorName" TEXT NOT NULL,
    "actorAccountId" UUID,
    "apiClientId" UUID,
    "actingResidentId" UUID,
    "approvedByAccountId" UUID,
    "approvedByName" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PointsEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PointsMonthly" (
    "accountId" UUID NOT NULL,
    "month" DATE NOT NULL,
    "communityId" UUID NOT NULL,
    "accountKind" "PointsAccountKind" NOT NULL,
    "awarded" INTEGER NOT NULL DEFAULT 0,
    "deducted" INTEGER NOT NULL DEFAULT 0,
    "spent" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PointsMonthly_pkey" PRIMARY KEY ("accountId","month")
);

-- CreateTable
CREATE TABLE "PointsClaim" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "residentId" UUID,
    "householdId" UUID,
    "ruleId" UUID NOT NULL,
    "points" INTEGER NOT NULL,
    "occurredOn" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "evidence" TEXT,
    "status" "PointsClaimStatus" NOT NULL DEFAULT 'SUBMITTED',
    "submittedByName" TEXT NOT NULL,
    "submittedByAccountId" UUID,
    "reviewNote" TEXT,
    "reviewedAt" TIMESTAMPTZ(3),
    "reviewedByAccountId" UUID,
    "reviewedByName" TEXT,
    "noticeId" UUID,
    "publishedAt" TIMESTAMPTZ(3),
    "postedAt" TIMESTAMPTZ(3),
    "postedPoints" INTEGER,
    "entryId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PointsClaim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reward" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "RewardKind" NOT NULL,
    "description" TEXT,
    "sponsor" TEXT,
    "cost" INTEGER NOT NULL,
    "stock" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Reward_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Redemption" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "rewardId" UUID NOT NULL,
    "rewardName" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "unitCost" INTEGER NOT NULL,
    "totalCost" INTEGER NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "status" "RedemptionStatus" NOT NULL DEFAULT 'PENDING',
    "residentId" UUID,
    "debitEntryId" UUID,
    "refundEntryId" UUID,
    "fulfilledAt" TIMESTAMPTZ(3),
    "fulfilledByAccountId" UUID,
    "fulfilledByName" TEXT,
    "cancelledAt" TIMESTAMPTZ(3),
    "cancelReason" TEXT,
    "createdByAccountId" UUID,
    "createdByClientId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Redemption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerCommittee" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "VolunteerCommittee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerCommitteeMember" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "residentId" UUID NOT NULL,
    "role" "VolunteerCommitteeRole" NOT NULL DEFAULT 'MEMBER',
    "joinedOn" DATE NOT NULL,
    "leftOn" DATE,
    "leaveReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "VolunteerCommitteeMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerTeam" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "VolunteerTeamKind" NOT NULL DEFAULT 'OTHER',
    "description" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "VolunteerTeam_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerTeamMember" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "volunteerId" UUID NOT NULL,
    "role" "VolunteerTeamRole" NOT NULL DEFAULT 'MEMBER',
    "joinedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leftAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "VolunteerTeamMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Volunteer" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "residentId" UUID NOT NULL,
    "kind" "VolunteerKind" NOT NULL DEFAULT 'RESIDENT',
    "homeCommunityId" UUID,
    "workUnit" TEXT,
    "skills" TEXT[],
    "note" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "verifiedMinutes" INTEGER NOT NULL DEFAULT 0,
    "registeredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Volunteer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerActivity" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "teamId" UUID,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "place" TEXT NOT NULL,
    "gridId" UUID,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "capacity" INTEGER NOT NULL,
    "requiredSkills" TEXT[],
    "pointsRuleId" UUID,
    "status" "VolunteerActivityStatus" NOT NULL DEFAULT 'DRAFT',
    "checkInCode" TEXT NOT NULL,
    "publishedAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "cancelReason" TEXT,
    "createdByAccountId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "VolunteerActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerSignUp" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "activityId" UUID NOT NULL,
    "volunteerId" UUID NOT NULL,
    "status" "VolunteerSignUpStatus" NOT NULL,
    "signedUpAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "promotedAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "cancelReason" TEXT,
    "checkedInAt" TIMESTAMPTZ(3),
    "checkInMethod" "CheckMethod",
    "checkedOutAt" TIMESTAMPTZ(3),
    "checkOutMethod" "CheckMethod",
    "minutes" INTEGER,
    "hoursStatus" "VolunteerHoursStatus" NOT NULL DEFAULT 'NONE',
    "verifiedMinutes" INTEGER,
    "verifyNote" TEXT,
    "verifiedAt" TIMESTAMPTZ(3),
    "verifiedByAccountId" UUID,
    "verifiedByName" TEXT,
    "pointsAwarded" INTEGER,
    "pointsEntryId" UUID,
    "createdByAccountId" UUID,
    "createdByClientId" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "VolunteerSignUp_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PointsSettings_communityId_key" ON "PointsSettings"("communityId");

-- CreateIndex
CREATE INDEX "PointsRule_communityId_idx" ON "PointsRule"("communityId");

-- CreateIndex
CREATE UNIQUE INDEX "PointsRule_communityId_name_key" ON "PointsRule"("communityId", "name");

-- CreateIndex
CREATE INDEX "PointsAccount_communityId_kind_idx" ON "PointsAccount"("communityId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "PointsAccount_communityId_residentId_key" ON "PointsAccount"("communityId", "residentId");

-- CreateIndex
CREATE UNIQUE INDEX "PointsAccount_communityId_householdId_key" ON "PointsAccount"("communityId", "householdId");

-- CreateIndex
CREATE UNIQUE INDEX "PointsEntry_reversesId_key" ON "PointsEntry"("reversesId");

-- CreateIndex
CREATE INDEX "PointsEntry_accountId_id_idx" ON "PointsEntry"("accountId", "id");

-- CreateIndex
CREATE INDEX "PointsEntry_communityId_id_idx" ON "PointsEntry"("communityId", "id");

-- CreateIndex
CREATE INDEX "PointsEntry_communityId_kind_month_idx" ON "PointsEntry"("communityId", "kind", "month");

-- CreateIndex
CREATE INDEX "PointsEntry_ruleId_accountId_month_idx" ON "PointsEntry"("ruleId", "accountId", "month");

-- CreateIndex
CREATE INDEX "PointsEntry_sourceType_sourceId_idx" ON "PointsEntry"("sourceType", "sourceId");

-- CreateIndex
CREATE INDEX "PointsMonthly_communityId_month_idx" ON "PointsMonthly"("communityId", "month");

-- CreateIndex
CREATE INDEX "PointsClaim_communityId_status_idx" ON "PointsClaim"("communityId", "status");

-- CreateIndex
CREATE INDEX "PointsClaim_accountId_idx" ON "PointsClaim"("accountId");

-- CreateIndex
CREATE INDEX "PointsClaim_noticeId_idx" ON "PointsClaim"("noticeId");

-- CreateIndex
CREATE INDEX "PointsClaim_residentId_idx" ON "PointsClaim"("residentId");

-- CreateIndex
CREATE INDEX "Reward_communityId_idx" ON "Reward"("communityId");

-- CreateIndex
CREATE UNIQUE INDEX "Reward_communityId_name_key" ON "Reward"("communityId", "name");

-- CreateIndex
CREATE INDEX "Redemption_communityId_status_idx" ON "Redemption"("communityId", "status");

-- CreateIndex
CREATE INDEX "Redemption_rewardId_idx" ON "Redemption"("rewardId");

-- CreateIndex
CREATE INDEX "Redemption_residentId_idx" ON "Redemption"("residentId");

-- CreateIndex
CREATE UNIQUE INDEX "Redemption_accountId_idempotencyKey_key" ON "Redemption"("accountId", "idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "Redemption_communityId_code_key" ON "Redemption"("communityId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "VolunteerCommittee_communityId_key" ON "VolunteerCommittee"("communityId");

-- CreateIndex
CREATE INDEX "VolunteerCommitteeMember_communityId_idx" ON "VolunteerCommitteeMember"("communityId");

-- CreateIndex
CREATE INDEX "VolunteerCommitteeMember_committeeId_idx" ON "VolunteerCommitteeMember"("committeeId");

-- CreateIndex
CREATE INDEX "VolunteerCommitteeMember_residentId_idx" ON "VolunteerCommitteeMember"("residentId");

-- CreateIndex
CREATE INDEX "VolunteerTeam_communityId_idx" ON "VolunteerTeam"("communityId");

-- CreateIndex
CREATE UNIQUE INDEX "VolunteerTeam_communityId_name_key" ON "VolunteerTeam"("communityId", "name");

-- CreateIndex
CREATE INDEX "VolunteerTeamMember_communityId_idx" ON "VolunteerTeamMember"("communityId");

-- CreateIndex
CREATE INDEX "VolunteerTeamMember_volunteerId_idx" ON "VolunteerTeamMember"("volunteerId");

-- CreateIndex
CREATE UNIQUE INDEX "VolunteerTeamMember_teamId_volunteerId_key" ON "VolunteerTeamMember"("teamId", "volunteerId");

-- CreateIndex
CREATE INDEX "Volunteer_communityId_kind_idx" ON "Volunteer"("communityId", "kind");

-- CreateIndex
CREATE INDEX "Volunteer_residentId_idx" ON "Volunteer"("residentId");

-- CreateIndex
CREATE UNIQUE INDEX "Volunteer_communityId_residentId_key" ON "Volunteer"("communityId", "residentId");

-- CreateIndex
CREATE UNIQUE INDEX "VolunteerActivity_checkInCode_key" ON "VolunteerActivity"("checkInCode");

-- CreateIndex
CREATE INDEX "VolunteerActivity_communityId_startsAt_idx" ON "VolunteerActivity"("communityId", "startsAt");

-- CreateIndex
CREATE INDEX "VolunteerActivity_teamId_idx" ON "VolunteerActivity"("teamId");

-- CreateIndex
CREATE INDEX "VolunteerActivity_gridId_idx" ON "VolunteerActivity"("gridId");

-- CreateIndex
CREATE INDEX "VolunteerSignUp_communityId_hoursStatus_idx" ON "VolunteerSignUp"("communityId", "hoursStatus");

-- CreateIndex
CREATE INDEX "VolunteerSignUp_activityId_status_signedUpAt_idx" ON "VolunteerSignUp"("activityId", "status", "signedUpAt");

-- CreateIndex
CREATE INDEX "VolunteerSignUp_volunteerId_idx" ON "VolunteerSignUp"("volunteerId");

-- CreateIndex
CREATE UNIQUE INDEX "VolunteerSignUp_activityId_volunteerId_key" ON "VolunteerSignUp"("activityId", "volunteerId");

-- AddForeignKey
ALTER TABLE "PointsSettings" ADD CONSTRAINT "PointsSettings_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointsRule" ADD CONSTRAINT "PointsRule_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointsAccount" ADD CONSTRAINT "PointsAccount_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointsAccount" ADD CONSTRAINT "PointsAccount_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointsEntry" ADD CONSTRAINT "PointsEntry_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointsEntry" ADD CONSTRAINT "PointsEntry_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "PointsAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointsEntry" ADD CONSTRAINT "PointsEntry_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "PointsRule"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointsEntry" ADD CONSTRAINT "PointsEntry_reversesId_fkey" FOREIGN KEY ("reversesId") REFERENCES "PointsEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointsMonthly" ADD CONSTRAINT "PointsMonthly_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "PointsAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointsMonthly" ADD CONSTRAINT "PointsMonthly_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointsClaim" ADD CONSTRAINT "PointsClaim_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointsClaim" ADD CONSTRAINT "PointsClaim_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "PointsAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointsClaim" ADD CONSTRAINT "PointsClaim_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointsClaim" ADD CONSTRAINT "PointsClaim_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "PointsRule"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reward" ADD CONSTRAINT "Reward_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Redemption" ADD CONSTRAINT "Redemption_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Redemption" ADD CONSTRAINT "Redemption_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "PointsAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Redemption" ADD CONSTRAINT "Redemption_rewardId_fkey" FOREIGN KEY ("rewardId") REFERENCES "Reward"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerCommittee" ADD CONSTRAINT "VolunteerCommittee_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerCommitteeMember" ADD CONSTRAINT "VolunteerCommitteeMember_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerCommitteeMember" ADD CONSTRAINT "VolunteerCommitteeMember_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "VolunteerCommittee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerCommitteeMember" ADD CONSTRAINT "VolunteerCommitteeMember_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerTeam" ADD CONSTRAINT "VolunteerTeam_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerTeamMember" ADD CONSTRAINT "VolunteerTeamMember_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerTeamMember" ADD CONSTRAINT "VolunteerTeamMember_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "VolunteerTeam"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerTeamMember" ADD CONSTRAINT "VolunteerTeamMember_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "Volunteer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Volunteer" ADD CONSTRAINT "Volunteer_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Volunteer" ADD CONSTRAINT "Volunteer_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerActivity" ADD CONSTRAINT "VolunteerActivity_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerActivity" ADD CONSTRAINT "VolunteerActivity_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "VolunteerTeam"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerActivity" ADD CONSTRAINT "VolunteerActivity_pointsRuleId_fkey" FOREIGN KEY ("pointsRuleId") REFERENCES "PointsRule"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerSignUp" ADD CONSTRAINT "VolunteerSignUp_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerSignUp" ADD CONSTRAINT "VolunteerSignUp_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "VolunteerActivity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerSignUp" ADD CONSTRAINT "VolunteerSignUp_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "Volunteer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Written by hand (Prisma does not model these): checks that keep the points and the store sane
-- whatever the code does, and the ledger's append-only rule.
ALTER TABLE "PointsEntry" ADD CONSTRAINT "PointsEntry_delta_nonzero" CHECK ("delta" <> 0);
ALTER TABLE "Reward" ADD CONSTRAINT "Reward_stock_nonnegative" CHECK ("stock" >= 0);
ALTER TABLE "Reward" ADD CONSTRAINT "Reward_cost_positive" CHECK ("cost" > 0);
ALTER TABLE "Redemption" ADD CONSTRAINT "Redemption_quantity_positive" CHECK ("quantity" >= 1);
ALTER TABLE "Redemption" ADD CONSTRAINT "Redemption_totalCost" CHECK ("totalCost" = "unitCost" * "quantity" AND "unitCost" > 0);
ALTER TABLE "VolunteerActivity" ADD CONSTRAINT "VolunteerActivity_window" CHECK ("endsAt" > "startsAt" AND "capacity" >= 1);
ALTER TABLE "VolunteerSignUp" ADD CONSTRAINT "VolunteerSignUp_minutes_nonnegative" CHECK (("minutes" IS NULL OR "minutes" >= 0) AND ("verifiedMinutes" IS NULL OR "verifiedMinutes" >= 0));

-- The ledger is append-only: every change of points is a new entry; a mistake is undone by a
-- reversing entry. UPDATE, DELETE and TRUNCATE of "PointsEntry" raise.
CREATE FUNCTION "points_entry_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'PointsEntry is append-only: % refused (insert a reversing entry instead)', TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER "PointsEntry_no_update_delete" BEFORE UPDATE OR DELETE ON "PointsEntry"
  FOR EACH ROW EXECUTE FUNCTION "points_entry_append_only"();
CREATE TRIGGER "PointsEntry_no_truncate" BEFORE TRUNCATE ON "PointsEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION "points_entry_append_only"();
