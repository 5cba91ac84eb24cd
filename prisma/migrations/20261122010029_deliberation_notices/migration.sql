-- CreateEnum
CREATE TYPE "CommitteeKind" AS ENUM ('DELIBERATION');

-- CreateEnum
CREATE TYPE "CharterStatus" AS ENUM ('DRAFT', 'ADOPTED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "QuorumRule" AS ENUM ('MORE_THAN_HALF', 'TWO_THIRDS');

-- CreateEnum
CREATE TYPE "VoteThreshold" AS ENUM ('SIMPLE_MAJORITY', 'TWO_THIRDS');

-- CreateEnum
CREATE TYPE "SeatCategory" AS ENUM ('PARTY_ORGANIZATION', 'RESIDENTS_COMMITTEE', 'SUPERVISION_COMMITTEE', 'DEPUTIES', 'NOTABLES', 'RETIRED_CADRES', 'RESIDENT_REPRESENTATIVES');

-- CreateEnum
CREATE TYPE "CommitteeRole" AS ENUM ('DIRECTOR', 'DEPUTY_DIRECTOR', 'MEMBER', 'SECRETARY');

-- CreateEnum
CREATE TYPE "ClauseKind" AS ENUM ('MUST', 'MUST_NOT');

-- CreateEnum
CREATE TYPE "TopicStatus" AS ENUM ('SUBMITTED', 'ACCEPTED', 'DECLINED', 'SCHEDULED', 'DELIBERATED', 'RESOLVED', 'ESCALATED', 'DONE');

-- CreateEnum
CREATE TYPE "TopicCategory" AS ENUM ('PUBLIC_FACILITIES', 'ENVIRONMENT', 'LAND_HOUSING', 'COLLECTIVE_ECONOMY', 'LIVELIHOOD', 'SAFETY', 'CULTURE', 'DISPUTES', 'OTHER');

-- CreateEnum
CREATE TYPE "TopicSource" AS ENUM ('RESIDENT', 'MEMBER', 'STAFF', 'GRID_WORKER');

-- CreateEnum
CREATE TYPE "MeetingMode" AS ENUM ('IN_PERSON', 'ONLINE');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('SCHEDULED', 'IN_PROGRESS', 'CLOSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('PRESENT', 'ABSENT', 'EXCUSED');

-- CreateEnum
CREATE TYPE "VoteStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "VoteResult" AS ENUM ('PASSED', 'REJECTED', 'NO_QUORUM');

-- CreateEnum
CREATE TYPE "BallotChoice" AS ENUM ('FOR', 'AGAINST', 'ABSTAIN');

-- CreateEnum
CREATE TYPE "ResolutionStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'DONE');

-- CreateEnum
CREATE TYPE "ObjectionStatus" AS ENUM ('PENDING', 'UPHELD', 'DISMISSED');

-- CreateTable
CREATE TABLE "Committee" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "kind" "CommitteeKind" NOT NULL DEFAULT 'DELIBERATION',
    "name" TEXT NOT NULL,
    "description" TEXT,
    "cosignThreshold" INTEGER NOT NULL DEFAULT 10,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Committee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CharterVersion" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" "CharterStatus" NOT NULL DEFAULT 'DRAFT',
    "quorumRule" "QuorumRule" NOT NULL DEFAULT 'MORE_THAN_HALF',
    "defaultThreshold" "VoteThreshold" NOT NULL DEFAULT 'SIMPLE_MAJORITY',
    "stakeholdersMayVote" BOOLEAN NOT NULL DEFAULT false,
    "adoptedOn" DATE,
    "adoptedAtMeetingId" UUID,
    "supersededAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CharterVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitteeTerm" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommitteeTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitteeMembership" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "termId" UUID NOT NULL,
    "residentId" UUID NOT NULL,
    "seat" "SeatCategory" NOT NULL,
    "role" "CommitteeRole" NOT NULL DEFAULT 'MEMBER',
    "joinedOn" DATE NOT NULL,
    "leftOn" DATE,
    "leaveReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CommitteeMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationClause" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "kind" "ClauseKind" NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "retiredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ConsultationClause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "category" "TopicCategory" NOT NULL,
    "source" "TopicSource" NOT NULL,
    "status" "TopicStatus" NOT NULL DEFAULT 'SUBMITTED',
    "proposerName" TEXT NOT NULL,
    "proposerResidentId" UUID,
    "proposerMembershipId" UUID,
    "proposerAccountId" UUID,
    "proposerApiClientId" UUID,
    "cosignCount" INTEGER NOT NULL DEFAULT 0,
    "readyForReview" BOOLEAN NOT NULL DEFAULT false,
    "readyForReviewAt" TIMESTAMPTZ(3),
    "voteThreshold" "VoteThreshold",
    "reviewNote" TEXT,
    "reviewedAt" TIMESTAMPTZ(3),
    "declineClauseId" UUID,
    "declineReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TopicAttachment" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "topicId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TopicAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TopicCosignature" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "topicId" UUID NOT NULL,
    "residentId" UUID NOT NULL,
    "apiClientId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TopicCosignature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TopicEvent" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "topicId" UUID NOT NULL,
    "fromStatus" "TopicStatus",
    "toStatus" "TopicStatus" NOT NULL,
    "note" TEXT,
    "actorName" TEXT NOT NULL,
    "actorAccountId" UUID,
    "apiClientId" UUID,
    "actingResidentId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TopicEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TopicStakeholder" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "topicId" UUID NOT NULL,
    "residentId" UUID,
    "name" TEXT NOT NULL,
    "affiliation" TEXT,
    "mayVote" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TopicStakeholder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "mode" "MeetingMode" NOT NULL,
    "place" TEXT,
    "onlineUrl" TEXT,
    "status" "MeetingStatus" NOT NULL DEFAULT 'SCHEDULED',
    "minutes" TEXT,
    "startedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "cancelReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "topicId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "priorTopicStatus" "TopicStatus" NOT NULL,
    "removedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingAttendance" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "attendeeId" UUID NOT NULL,
    "membershipId" UUID,
    "stakeholderId" UUID,
    "status" "AttendanceStatus" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MeetingAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vote" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "agendaItemId" UUID NOT NULL,
    "topicId" UUID NOT NULL,
    "question" TEXT NOT NULL,
    "status" "VoteStatus" NOT NULL DEFAULT 'OPEN',
    "threshold" "VoteThreshold" NOT NULL,
    "quorumRule" "QuorumRule" NOT NULL,
    "stakeholdersMayVote" BOOLEAN NOT NULL,
    "openedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMPTZ(3),
    "presentCount" INTEGER,
    "forCount" INTEGER,
    "againstCount" INTEGER,
    "abstainCount" INTEGER,
    "result" "VoteResult",

    CONSTRAINT "Vote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ballot" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "voteId" UUID NOT NULL,
    "voterId" UUID NOT NULL,
    "membershipId" UUID,
    "stakeholderId" UUID,
    "choice" "BallotChoice" NOT NULL,
    "recordedByAccountId" UUID,
    "castAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Ballot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Resolution" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "topicId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "voteId" UUID,
    "text" TEXT NOT NULL,
    "ownerName" TEXT NOT NULL,
    "ownerMembershipId" UUID,
    "dueOn" DATE,
    "status" "ResolutionStatus" NOT NULL DEFAULT 'PLANNED',
    "doneAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Resolution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResolutionUpdate" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "resolutionId" UUID NOT NULL,
    "fromStatus" "ResolutionStatus" NOT NULL,
    "toStatus" "ResolutionStatus" NOT NULL,
    "note" TEXT NOT NULL,
    "actorName" TEXT NOT NULL,
    "actorAccountId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResolutionUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Escalation" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "topicId" UUID NOT NULL,
    "meetingId" UUID,
    "addressedTo" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "replyText" TEXT,
    "repliedOn" DATE,
    "replyRecordedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Escalation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notice" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" UUID,
    "stage" TEXT,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "periodDays" INTEGER NOT NULL,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "publishedByName" TEXT NOT NULL,
    "publishedByAccountId" UUID,
    "withdrawnAt" TIMESTAMPTZ(3),
    "withdrawReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoticeObjection" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "noticeId" UUID NOT NULL,
    "residentId" UUID,
    "filerName" TEXT NOT NULL,
    "filerContact" TEXT,
    "text" TEXT NOT NULL,
    "status" "ObjectionStatus" NOT NULL DEFAULT 'PENDING',
    "answer" TEXT,
    "answeredAt" TIMESTAMPTZ(3),
    "answeredByName" TEXT,
    "answeredByAccountId" UUID,
    "apiClientId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NoticeObjection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Committee_communityId_idx" ON "Committee"("communityId");

-- CreateIndex
CREATE UNIQUE INDEX "Committee_communityId_kind_key" ON "Committee"("communityId", "kind");

-- CreateIndex
CREATE INDEX "CharterVersion_communityId_idx" ON "CharterVersion"("communityId");

-- CreateIndex
CREATE UNIQUE INDEX "CharterVersion_committeeId_version_key" ON "CharterVersion"("committeeId", "version");

-- CreateIndex
CREATE INDEX "CommitteeTerm_communityId_idx" ON "CommitteeTerm"("communityId");

-- CreateIndex
CREATE UNIQUE INDEX "CommitteeTerm_committeeId_number_key" ON "CommitteeTerm"("committeeId", "number");

-- CreateIndex
CREATE INDEX "CommitteeMembership_communityId_idx" ON "CommitteeMembership"("communityId");

-- CreateIndex
CREATE INDEX "CommitteeMembership_committeeId_termId_idx" ON "CommitteeMembership"("committeeId", "termId");

-- CreateIndex
CREATE INDEX "CommitteeMembership_residentId_idx" ON "CommitteeMembership"("residentId");

-- CreateIndex
CREATE INDEX "ConsultationClause_communityId_idx" ON "ConsultationClause"("communityId");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationClause_communityId_kind_number_key" ON "ConsultationClause"("communityId", "kind", "number");

-- CreateIndex
CREATE INDEX "Topic_communityId_status_idx" ON "Topic"("communityId", "status");

-- CreateIndex
CREATE INDEX "Topic_proposerResidentId_idx" ON "Topic"("proposerResidentId");

-- CreateIndex
CREATE INDEX "TopicAttachment_communityId_idx" ON "TopicAttachment"("communityId");

-- CreateIndex
CREATE INDEX "TopicAttachment_topicId_idx" ON "TopicAttachment"("topicId");

-- CreateIndex
CREATE INDEX "TopicCosignature_communityId_idx" ON "TopicCosignature"("communityId");

-- CreateIndex
CREATE INDEX "TopicCosignature_residentId_idx" ON "TopicCosignature"("residentId");

-- CreateIndex
CREATE UNIQUE INDEX "TopicCosignature_topicId_residentId_key" ON "TopicCosignature"("topicId", "residentId");

-- CreateIndex
CREATE INDEX "TopicEvent_communityId_idx" ON "TopicEvent"("communityId");

-- CreateIndex
CREATE INDEX "TopicEvent_topicId_createdAt_idx" ON "TopicEvent"("topicId", "createdAt");

-- CreateIndex
CREATE INDEX "TopicStakeholder_communityId_idx" ON "TopicStakeholder"("communityId");

-- CreateIndex
CREATE UNIQUE INDEX "TopicStakeholder_topicId_residentId_key" ON "TopicStakeholder"("topicId", "residentId");

-- CreateIndex
CREATE INDEX "Meeting_communityId_startsAt_idx" ON "Meeting"("communityId", "startsAt");

-- CreateIndex
CREATE INDEX "Meeting_committeeId_idx" ON "Meeting"("committeeId");

-- CreateIndex
CREATE INDEX "AgendaItem_communityId_idx" ON "AgendaItem"("communityId");

-- CreateIndex
CREATE INDEX "AgendaItem_meetingId_position_idx" ON "AgendaItem"("meetingId", "position");

-- CreateIndex
CREATE INDEX "AgendaItem_topicId_idx" ON "AgendaItem"("topicId");

-- CreateIndex
CREATE INDEX "MeetingAttendance_communityId_idx" ON "MeetingAttendance"("communityId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingAttendance_meetingId_attendeeId_key" ON "MeetingAttendance"("meetingId", "attendeeId");

-- CreateIndex
CREATE UNIQUE INDEX "Vote_agendaItemId_key" ON "Vote"("agendaItemId");

-- CreateIndex
CREATE INDEX "Vote_communityId_idx" ON "Vote"("communityId");

-- CreateIndex
CREATE INDEX "Vote_meetingId_idx" ON "Vote"("meetingId");

-- CreateIndex
CREATE INDEX "Vote_topicId_idx" ON "Vote"("topicId");

-- CreateIndex
CREATE INDEX "Ballot_communityId_idx" ON "Ballot"("communityId");

-- CreateIndex
CREATE UNIQUE INDEX "Ballot_voteId_voterId_key" ON "Ballot"("voteId", "voterId");

-- CreateIndex
CREATE INDEX "Resolution_communityId_status_idx" ON "Resolution"("communityId", "status");

-- CreateIndex
CREATE INDEX "Resolution_topicId_idx" ON "Resolution"("topicId");

-- CreateIndex
CREATE INDEX "ResolutionUpdate_communityId_idx" ON "ResolutionUpdate"("communityId");

-- CreateIndex
CREATE INDEX "ResolutionUpdate_resolutionId_createdAt_idx" ON "ResolutionUpdate"("resolutionId", "createdAt");

-- CreateIndex
CREATE INDEX "Escalation_communityId_idx" ON "Escalation"("communityId");

-- CreateIndex
CREATE INDEX "Escalation_topicId_idx" ON "Escalation"("topicId");

-- CreateIndex
CREATE INDEX "Notice_communityId_publishedAt_idx" ON "Notice"("communityId", "publishedAt");

-- CreateIndex
CREATE INDEX "Notice_subjectType_subjectId_idx" ON "Notice"("subjectType", "subjectId");

-- CreateIndex
CREATE INDEX "NoticeObjection_communityId_idx" ON "NoticeObjection"("communityId");

-- CreateIndex
CREATE INDEX "NoticeObjection_noticeId_status_idx" ON "NoticeObjection"("noticeId", "status");

-- AddForeignKey
ALTER TABLE "Committee" ADD CONSTRAINT "Committee_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CharterVersion" ADD CONSTRAINT "CharterVersion_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CharterVersion" ADD CONSTRAINT "CharterVersion_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CharterVersion" ADD CONSTRAINT "CharterVersion_adoptedAtMeetingId_fkey" FOREIGN KEY ("adoptedAtMeetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeTerm" ADD CONSTRAINT "CommitteeTerm_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeTerm" ADD CONSTRAINT "CommitteeTerm_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeMembership" ADD CONSTRAINT "CommitteeMembership_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeMembership" ADD CONSTRAINT "CommitteeMembership_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeMembership" ADD CONSTRAINT "CommitteeMembership_termId_fkey" FOREIGN KEY ("termId") REFERENCES "CommitteeTerm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeMembership" ADD CONSTRAINT "CommitteeMembership_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationClause" ADD CONSTRAINT "ConsultationClause_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Topic" ADD CONSTRAINT "Topic_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Topic" ADD CONSTRAINT "Topic_proposerResidentId_fkey" FOREIGN KEY ("proposerResidentId") REFERENCES "Resident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Topic" ADD CONSTRAINT "Topic_proposerMembershipId_fkey" FOREIGN KEY ("proposerMembershipId") REFERENCES "CommitteeMembership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Topic" ADD CONSTRAINT "Topic_declineClauseId_fkey" FOREIGN KEY ("declineClauseId") REFERENCES "ConsultationClause"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicAttachment" ADD CONSTRAINT "TopicAttachment_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicCosignature" ADD CONSTRAINT "TopicCosignature_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicCosignature" ADD CONSTRAINT "TopicCosignature_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicEvent" ADD CONSTRAINT "TopicEvent_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicStakeholder" ADD CONSTRAINT "TopicStakeholder_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicStakeholder" ADD CONSTRAINT "TopicStakeholder_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicStakeholder" ADD CONSTRAINT "TopicStakeholder_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "CommitteeMembership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_stakeholderId_fkey" FOREIGN KEY ("stakeholderId") REFERENCES "TopicStakeholder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_voteId_fkey" FOREIGN KEY ("voteId") REFERENCES "Vote"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "CommitteeMembership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_stakeholderId_fkey" FOREIGN KEY ("stakeholderId") REFERENCES "TopicStakeholder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resolution" ADD CONSTRAINT "Resolution_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resolution" ADD CONSTRAINT "Resolution_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resolution" ADD CONSTRAINT "Resolution_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resolution" ADD CONSTRAINT "Resolution_voteId_fkey" FOREIGN KEY ("voteId") REFERENCES "Vote"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResolutionUpdate" ADD CONSTRAINT "ResolutionUpdate_resolutionId_fkey" FOREIGN KEY ("resolutionId") REFERENCES "Resolution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Escalation" ADD CONSTRAINT "Escalation_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Escalation" ADD CONSTRAINT "Escalation_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Escalation" ADD CONSTRAINT "Escalation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeObjection" ADD CONSTRAINT "NoticeObjection_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeObjection" ADD CONSTRAINT "NoticeObjection_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "Notice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeObjection" ADD CONSTRAINT "NoticeObjection_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
