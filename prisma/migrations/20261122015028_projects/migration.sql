-- CreateEnum
CREATE TYPE "ProjectStatus" AS ENUM ('PROPOSED', 'DELIBERATING', 'APPROVED', 'IN_PROGRESS', 'COMPLETED', 'EVALUATED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ProjectOrigin" AS ENUM ('RESIDENT_REQUEST', 'TOPIC', 'NEED', 'COMMUNITY');

-- CreateEnum
CREATE TYPE "ProjectEventKind" AS ENUM ('CREATED', 'TRANSITION', 'DETAILS_CHANGED', 'NEED_LINKED', 'MILESTONE_ADDED', 'MILESTONE_REACHED', 'PROGRESS_UPDATE', 'BUDGET_CHANGED', 'EXPENSE', 'EXPENSE_CHANGED', 'EXPENSE_REVERSED', 'SPONSORSHIP_PLEDGED', 'SPONSORSHIP_RECEIVED', 'SPONSORSHIP_WITHDRAWN', 'BENEFICIARIES_SET');

-- CreateEnum
CREATE TYPE "ProjectTaskStatus" AS ENUM ('TODO', 'DOING', 'DONE');

-- CreateEnum
CREATE TYPE "ProjectFileKind" AS ENUM ('PHOTO', 'RECEIPT');

-- CreateEnum
CREATE TYPE "FundingSource" AS ENUM ('FISCAL', 'AWARD_SUBSIDY', 'CHARITY', 'DONATION', 'SELF_RAISED');

-- CreateEnum
CREATE TYPE "BeneficiaryGroup" AS ENUM ('ELDERLY', 'CHILDREN', 'DISADVANTAGED', 'OTHER');

-- CreateEnum
CREATE TYPE "CommunityNeedStatus" AS ENUM ('OPEN', 'CLAIMED', 'FULFILLED', 'CLOSED');

-- CreateEnum
CREATE TYPE "AllianceUnitKind" AS ENUM ('COMPANY', 'AGENCY', 'SCHOOL', 'OTHER');

-- CreateEnum
CREATE TYPE "SponsorshipKind" AS ENUM ('MONEY', 'IN_KIND');

-- CreateEnum
CREATE TYPE "SponsorshipStatus" AS ENUM ('PLEDGED', 'RECEIVED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "ProjectType" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProjectType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "typeId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "status" "ProjectStatus" NOT NULL DEFAULT 'PROPOSED',
    "origin" "ProjectOrigin" NOT NULL,
    "requestText" TEXT,
    "requesterResidentId" UUID,
    "topicId" UUID,
    "leadAccountId" UUID,
    "organizationId" UUID,
    "plannedStartOn" DATE,
    "plannedEndOn" DATE,
    "percentComplete" INTEGER NOT NULL DEFAULT 0,
    "internalNote" TEXT,
    "approvedAt" TIMESTAMPTZ(3),
    "approvedByName" TEXT,
    "approvedByAccountId" UUID,
    "approvalNote" TEXT,
    "resolutionId" UUID,
    "startedAt" TIMESTAMPTZ(3),
    "completedAt" TIMESTAMPTZ(3),
    "completionSummary" TEXT,
    "evaluatedAt" TIMESTAMPTZ(3),
    "committeeScore" INTEGER,
    "committeeComment" TEXT,
    "evaluatedByName" TEXT,
    "cancelledAt" TIMESTAMPTZ(3),
    "cancelReason" TEXT,
    "createdByAccountId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectGrid" (
    "projectId" UUID NOT NULL,
    "gridId" UUID NOT NULL,
    "communityId" UUID NOT NULL,

    CONSTRAINT "ProjectGrid_pkey" PRIMARY KEY ("projectId","gridId")
);

-- CreateTable
CREATE TABLE "ProjectEvent" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "kind" "ProjectEventKind" NOT NULL,
    "fromStatus" "ProjectStatus",
    "toStatus" "ProjectStatus" NOT NULL,
    "summary" TEXT NOT NULL,
    "note" TEXT,
    "amountFen" INTEGER,
    "subjectType" TEXT,
    "subjectId" UUID,
    "actorName" TEXT NOT NULL,
    "actorAccountId" UUID,
    "apiClientId" UUID,
    "actingResidentId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectMilestone" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "plannedStartOn" DATE,
    "plannedEndOn" DATE NOT NULL,
    "completedOn" DATE,
    "completionNote" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProjectMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectTask" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "milestoneId" UUID,
    "title" TEXT NOT NULL,
    "ownerAccountId" UUID,
    "ownerName" TEXT NOT NULL,
    "dueOn" DATE,
    "status" "ProjectTaskStatus" NOT NULL DEFAULT 'TODO',
    "doneAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProjectTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectUpdate" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "percentComplete" INTEGER NOT NULL,
    "authorName" TEXT NOT NULL,
    "authorAccountId" UUID,
    "apiClientId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectFile" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "kind" "ProjectFileKind" NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "originalName" TEXT,
    "sha256" TEXT NOT NULL,
    "updateId" UUID,
    "uploadedByName" TEXT NOT NULL,
    "uploadedByAccountId" UUID,
    "apiClientId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectBudgetLine" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "source" "FundingSource" NOT NULL,
    "name" TEXT NOT NULL,
    "amountFen" INTEGER NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProjectBudgetLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectExpense" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "budgetLineId" UUID NOT NULL,
    "spentOn" DATE NOT NULL,
    "payee" TEXT NOT NULL,
    "amountFen" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "receiptFileId" UUID,
    "reversesId" UUID,
    "recordedByName" TEXT NOT NULL,
    "recordedByAccountId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProjectExpense_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectBeneficiary" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "group" "BeneficiaryGroup" NOT NULL,
    "count" INTEGER NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProjectBeneficiary_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectSurveyResponse" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "residentId" UUID NOT NULL,
    "score" INTEGER NOT NULL,
    "comment" TEXT,
    "apiClientId" UUID,
    "recordedByAccountId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectSurveyResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommunityNeed" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "estimatedFen" INTEGER,
    "status" "CommunityNeedStatus" NOT NULL DEFAULT 'OPEN',
    "closeReason" TEXT,
    "projectId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CommunityNeed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AllianceUnit" (
    "id" UUID NOT NULL,
    "communityId" UUID,
    "regionId" UUID,
    "path" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "AllianceUnitKind" NOT NULL,
    "contactName" TEXT,
    "contactPhone" TEXT,
    "address" TEXT,
    "description" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AllianceUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Sponsorship" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "needId" UUID,
    "projectId" UUID,
    "allianceUnitId" UUID,
    "organizationId" UUID,
    "sponsorName" TEXT NOT NULL,
    "kind" "SponsorshipKind" NOT NULL,
    "pledgedFen" INTEGER,
    "inKind" TEXT,
    "pledgedOn" DATE NOT NULL,
    "status" "SponsorshipStatus" NOT NULL DEFAULT 'PLEDGED',
    "receivedFen" INTEGER,
    "receivedOn" DATE,
    "withdrawReason" TEXT,
    "note" TEXT,
    "recordedByName" TEXT NOT NULL,
    "recordedByAccountId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Sponsorship_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProjectType_communityId_idx" ON "ProjectType"("communityId");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectType_communityId_name_key" ON "ProjectType"("communityId", "name");

-- CreateIndex
CREATE INDEX "Project_communityId_status_idx" ON "Project"("communityId", "status");

-- CreateIndex
CREATE INDEX "Project_leadAccountId_idx" ON "Project"("leadAccountId");

-- CreateIndex
CREATE INDEX "Project_topicId_idx" ON "Project"("topicId");

-- CreateIndex
CREATE INDEX "ProjectGrid_communityId_idx" ON "ProjectGrid"("communityId");

-- CreateIndex
CREATE INDEX "ProjectGrid_gridId_idx" ON "ProjectGrid"("gridId");

-- CreateIndex
CREATE INDEX "ProjectEvent_communityId_idx" ON "ProjectEvent"("communityId");

-- CreateIndex
CREATE INDEX "ProjectEvent_projectId_createdAt_idx" ON "ProjectEvent"("projectId", "createdAt");

-- CreateIndex
CREATE INDEX "ProjectMilestone_communityId_idx" ON "ProjectMilestone"("communityId");

-- CreateIndex
CREATE INDEX "ProjectMilestone_projectId_plannedEndOn_idx" ON "ProjectMilestone"("projectId", "plannedEndOn");

-- CreateIndex
CREATE INDEX "ProjectTask_communityId_idx" ON "ProjectTask"("communityId");

-- CreateIndex
CREATE INDEX "ProjectTask_projectId_idx" ON "ProjectTask"("projectId");

-- CreateIndex
CREATE INDEX "ProjectTask_ownerAccountId_idx" ON "ProjectTask"("ownerAccountId");

-- CreateIndex
CREATE INDEX "ProjectUpdate_communityId_idx" ON "ProjectUpdate"("communityId");

-- CreateIndex
CREATE INDEX "ProjectUpdate_projectId_createdAt_idx" ON "ProjectUpdate"("projectId", "createdAt");

-- CreateIndex
CREATE INDEX "ProjectFile_communityId_idx" ON "ProjectFile"("communityId");

-- CreateIndex
CREATE INDEX "ProjectFile_projectId_idx" ON "ProjectFile"("projectId");

-- CreateIndex
CREATE INDEX "ProjectFile_updateId_idx" ON "ProjectFile"("updateId");

-- CreateIndex
CREATE INDEX "ProjectBudgetLine_communityId_idx" ON "ProjectBudgetLine"("communityId");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectBudgetLine_projectId_name_key" ON "ProjectBudgetLine"("projectId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectExpense_receiptFileId_key" ON "ProjectExpense"("receiptFileId");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectExpense_reversesId_key" ON "ProjectExpense"("reversesId");

-- CreateIndex
CREATE INDEX "ProjectExpense_communityId_idx" ON "ProjectExpense"("communityId");

-- CreateIndex
CREATE INDEX "ProjectExpense_projectId_spentOn_idx" ON "ProjectExpense"("projectId", "spentOn");

-- CreateIndex
CREATE INDEX "ProjectExpense_budgetLineId_idx" ON "ProjectExpense"("budgetLineId");

-- CreateIndex
CREATE INDEX "ProjectBeneficiary_communityId_idx" ON "ProjectBeneficiary"("communityId");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectBeneficiary_projectId_group_key" ON "ProjectBeneficiary"("projectId", "group");

-- CreateIndex
CREATE INDEX "ProjectSurveyResponse_communityId_idx" ON "ProjectSurveyResponse"("communityId");

-- CreateIndex
CREATE INDEX "ProjectSurveyResponse_residentId_idx" ON "ProjectSurveyResponse"("residentId");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectSurveyResponse_projectId_residentId_key" ON "ProjectSurveyResponse"("projectId", "residentId");

-- CreateIndex
CREATE INDEX "CommunityNeed_communityId_status_idx" ON "CommunityNeed"("communityId", "status");

-- CreateIndex
CREATE INDEX "CommunityNeed_projectId_idx" ON "CommunityNeed"("projectId");

-- CreateIndex
CREATE INDEX "AllianceUnit_communityId_idx" ON "AllianceUnit"("communityId");

-- CreateIndex
CREATE INDEX "AllianceUnit_regionId_idx" ON "AllianceUnit"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "AllianceUnit_path_name_key" ON "AllianceUnit"("path", "name");

-- CreateIndex
CREATE INDEX "Sponsorship_communityId_idx" ON "Sponsorship"("communityId");

-- CreateIndex
CREATE INDEX "Sponsorship_needId_idx" ON "Sponsorship"("needId");

-- CreateIndex
CREATE INDEX "Sponsorship_projectId_idx" ON "Sponsorship"("projectId");

-- CreateIndex
CREATE INDEX "Sponsorship_allianceUnitId_idx" ON "Sponsorship"("allianceUnitId");

-- AddForeignKey
ALTER TABLE "ProjectType" ADD CONSTRAINT "ProjectType_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_typeId_fkey" FOREIGN KEY ("typeId") REFERENCES "ProjectType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_requesterResidentId_fkey" FOREIGN KEY ("requesterResidentId") REFERENCES "Resident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_leadAccountId_fkey" FOREIGN KEY ("leadAccountId") REFERENCES "Account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "SocialOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_resolutionId_fkey" FOREIGN KEY ("resolutionId") REFERENCES "Resolution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectGrid" ADD CONSTRAINT "ProjectGrid_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectGrid" ADD CONSTRAINT "ProjectGrid_gridId_fkey" FOREIGN KEY ("gridId") REFERENCES "Grid"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectEvent" ADD CONSTRAINT "ProjectEvent_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectMilestone" ADD CONSTRAINT "ProjectMilestone_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectTask" ADD CONSTRAINT "ProjectTask_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectTask" ADD CONSTRAINT "ProjectTask_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "ProjectMilestone"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectTask" ADD CONSTRAINT "ProjectTask_ownerAccountId_fkey" FOREIGN KEY ("ownerAccountId") REFERENCES "Account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectUpdate" ADD CONSTRAINT "ProjectUpdate_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectFile" ADD CONSTRAINT "ProjectFile_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectFile" ADD CONSTRAINT "ProjectFile_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "ProjectUpdate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectBudgetLine" ADD CONSTRAINT "ProjectBudgetLine_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectExpense" ADD CONSTRAINT "ProjectExpense_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectExpense" ADD CONSTRAINT "ProjectExpense_budgetLineId_fkey" FOREIGN KEY ("budgetLineId") REFERENCES "ProjectBudgetLine"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectExpense" ADD CONSTRAINT "ProjectExpense_receiptFileId_fkey" FOREIGN KEY ("receiptFileId") REFERENCES "ProjectFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectExpense" ADD CONSTRAINT "ProjectExpense_reversesId_fkey" FOREIGN KEY ("reversesId") REFERENCES "ProjectExpense"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectBeneficiary" ADD CONSTRAINT "ProjectBeneficiary_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectSurveyResponse" ADD CONSTRAINT "ProjectSurveyResponse_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectSurveyResponse" ADD CONSTRAINT "ProjectSurveyResponse_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunityNeed" ADD CONSTRAINT "CommunityNeed_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunityNeed" ADD CONSTRAINT "CommunityNeed_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllianceUnit" ADD CONSTRAINT "AllianceUnit_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllianceUnit" ADD CONSTRAINT "AllianceUnit_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sponsorship" ADD CONSTRAINT "Sponsorship_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sponsorship" ADD CONSTRAINT "Sponsorship_needId_fkey" FOREIGN KEY ("needId") REFERENCES "CommunityNeed"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sponsorship" ADD CONSTRAINT "Sponsorship_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sponsorship" ADD CONSTRAINT "Sponsorship_allianceUnitId_fkey" FOREIGN KEY ("allianceUnitId") REFERENCES "AllianceUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sponsorship" ADD CONSTRAINT "Sponsorship_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "SocialOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
