-- CreateEnum
CREATE TYPE "ServiceRoomKind" AS ENUM ('MEETING', 'DELIBERATION', 'ACTIVITY', 'READING', 'TRAINING', 'OTHER');

-- CreateEnum
CREATE TYPE "ServiceWindowKind" AS ENUM ('PARTY_SERVICE', 'CIVIL_AFFAIRS', 'SOCIAL_SECURITY', 'FAMILY_PLANNING', 'COMPREHENSIVE_GOVERNANCE', 'MEDIATION', 'PROXY_SERVICE', 'GENERAL');

-- CreateEnum
CREATE TYPE "ServiceItemCategory" AS ENUM ('BASIC', 'ENHANCED', 'CONVENIENCE');

-- CreateEnum
CREATE TYPE "ServiceTicketChannel" AS ENUM ('WINDOW', 'ONLINE', 'PROXY');

-- CreateEnum
CREATE TYPE "ServiceTicketStatus" AS ENUM ('SUBMITTED', 'ACCEPTED', 'RETURNED', 'TRANSFERRED', 'COMPLETED', 'REJECTED');

-- CreateEnum
CREATE TYPE "RoomBookingStatus" AS ENUM ('CONFIRMED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ServiceVisitKind" AS ENUM ('VISIT', 'OPINION', 'COMPLAINT', 'CONSULTATION');

-- CreateEnum
CREATE TYPE "ServiceVisitChannel" AS ENUM ('IN_PERSON', 'PHONE', 'ONLINE', 'LETTER');

-- CreateEnum
CREATE TYPE "ServiceVisitStatus" AS ENUM ('OPEN', 'ANSWERED', 'CLOSED');

-- CreateTable
CREATE TABLE "ServiceComplex" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "phone" TEXT,
    "description" TEXT,
    "openingHours" JSONB NOT NULL DEFAULT '[]',
    "hoursNote" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ServiceComplex_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceRoom" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "complexId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ServiceRoomKind" NOT NULL,
    "capacity" INTEGER NOT NULL,
    "bookableByResidents" BOOLEAN NOT NULL DEFAULT false,
    "description" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ServiceRoom_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceWindow" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "complexId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ServiceWindowKind" NOT NULL,
    "number" TEXT,
    "description" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ServiceWindow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceWindowClerk" (
    "windowId" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServiceWindowClerk_pkey" PRIMARY KEY ("windowId","accountId")
);

-- CreateTable
CREATE TABLE "ServiceItem" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "code" TEXT,
    "name" TEXT NOT NULL,
    "category" "ServiceItemCategory" NOT NULL,
    "windowKind" "ServiceWindowKind" NOT NULL,
    "materials" TEXT[],
    "timeLimitDays" INTEGER NOT NULL,
    "onlineAllowed" BOOLEAN NOT NULL DEFAULT false,
    "proxyAllowed" BOOLEAN NOT NULL DEFAULT false,
    "description" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ServiceItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommunityServiceItem" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "templateItemId" UUID,
    "code" TEXT,
    "name" TEXT,
    "category" "ServiceItemCategory",
    "windowKind" "ServiceWindowKind",
    "materials" TEXT[],
    "materialsOverridden" BOOLEAN NOT NULL DEFAULT false,
    "timeLimitDays" INTEGER,
    "onlineAllowed" BOOLEAN,
    "proxyAllowed" BOOLEAN,
    "description" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CommunityServiceItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HolidayCalendarDay" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "isWorkday" BOOLEAN NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HolidayCalendarDay_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceTicket" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "itemId" UUID NOT NULL,
    "itemName" TEXT NOT NULL,
    "itemCategory" "ServiceItemCategory" NOT NULL,
    "timeLimitDays" INTEGER NOT NULL,
    "windowId" UUID,
    "channel" "ServiceTicketChannel" NOT NULL,
    "status" "ServiceTicketStatus" NOT NULL DEFAULT 'SUBMITTED',
    "residentId" UUID,
    "applicantName" TEXT NOT NULL,
    "applicantPhone" TEXT,
    "proxyAgentName" TEXT,
    "content" TEXT,
    "assigneeId" UUID,
    "createdByAccountId" UUID,
    "createdByClientId" UUID,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL,
    "dueDate" DATE NOT NULL,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "acceptedAt" TIMESTAMPTZ(3),
    "returnedMaterials" TEXT[],
    "transferDepartment" TEXT,
    "transferReply" TEXT,
    "transferRepliedAt" TIMESTAMPTZ(3),
    "rejectReason" TEXT,
    "resultNote" TEXT,
    "closedAt" TIMESTAMPTZ(3),
    "rating" INTEGER,
    "ratingComment" TEXT,
    "ratedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ServiceTicket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceTicketEvent" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "ticketId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "fromStatus" "ServiceTicketStatus",
    "toStatus" "ServiceTicketStatus" NOT NULL,
    "note" TEXT,
    "actorAccountId" UUID,
    "apiClientId" UUID,
    "actingResidentId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServiceTicketEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoomBooking" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "roomId" UUID NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "purpose" TEXT NOT NULL,
    "bookerName" TEXT NOT NULL,
    "attendees" INTEGER,
    "residentId" UUID,
    "createdByAccountId" UUID,
    "createdByClientId" UUID,
    "status" "RoomBookingStatus" NOT NULL DEFAULT 'CONFIRMED',
    "cancelledAt" TIMESTAMPTZ(3),
    "cancelReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RoomBooking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceVisit" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "kind" "ServiceVisitKind" NOT NULL,
    "channel" "ServiceVisitChannel" NOT NULL,
    "visitorName" TEXT NOT NULL,
    "residentId" UUID,
    "topic" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "visitedAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "ServiceVisitStatus" NOT NULL DEFAULT 'OPEN',
    "answer" TEXT,
    "answeredAt" TIMESTAMPTZ(3),
    "answeredByAccountId" UUID,
    "closeNote" TEXT,
    "closedAt" TIMESTAMPTZ(3),
    "recordedByAccountId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ServiceVisit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ServiceComplex_communityId_key" ON "ServiceComplex"("communityId");

-- CreateIndex
CREATE INDEX "ServiceRoom_communityId_idx" ON "ServiceRoom"("communityId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceRoom_complexId_name_key" ON "ServiceRoom"("complexId", "name");

-- CreateIndex
CREATE INDEX "ServiceWindow_communityId_idx" ON "ServiceWindow"("communityId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceWindow_complexId_name_key" ON "ServiceWindow"("complexId", "name");

-- CreateIndex
CREATE INDEX "ServiceWindowClerk_accountId_idx" ON "ServiceWindowClerk"("accountId");

-- CreateIndex
CREATE INDEX "ServiceWindowClerk_communityId_idx" ON "ServiceWindowClerk"("communityId");

-- CreateIndex
CREATE INDEX "ServiceItem_regionId_idx" ON "ServiceItem"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceItem_regionId_name_key" ON "ServiceItem"("regionId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceItem_regionId_code_key" ON "ServiceItem"("regionId", "code");

-- CreateIndex
CREATE INDEX "CommunityServiceItem_communityId_idx" ON "CommunityServiceItem"("communityId");

-- CreateIndex
CREATE INDEX "CommunityServiceItem_templateItemId_idx" ON "CommunityServiceItem"("templateItemId");

-- CreateIndex
CREATE UNIQUE INDEX "CommunityServiceItem_communityId_templateItemId_key" ON "CommunityServiceItem"("communityId", "templateItemId");

-- CreateIndex
CREATE UNIQUE INDEX "HolidayCalendarDay_regionId_date_key" ON "HolidayCalendarDay"("regionId", "date");

-- CreateIndex
CREATE INDEX "ServiceTicket_communityId_status_idx" ON "ServiceTicket"("communityId", "status");

-- CreateIndex
CREATE INDEX "ServiceTicket_communityId_submittedAt_idx" ON "ServiceTicket"("communityId", "submittedAt");

-- CreateIndex
CREATE INDEX "ServiceTicket_communityId_closedAt_idx" ON "ServiceTicket"("communityId", "closedAt");

-- CreateIndex
CREATE INDEX "ServiceTicket_windowId_status_idx" ON "ServiceTicket"("windowId", "status");

-- CreateIndex
CREATE INDEX "ServiceTicket_assigneeId_idx" ON "ServiceTicket"("assigneeId");

-- CreateIndex
CREATE INDEX "ServiceTicket_residentId_idx" ON "ServiceTicket"("residentId");

-- CreateIndex
CREATE INDEX "ServiceTicket_itemId_idx" ON "ServiceTicket"("itemId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceTicket_communityId_number_key" ON "ServiceTicket"("communityId", "number");

-- CreateIndex
CREATE INDEX "ServiceTicketEvent_ticketId_idx" ON "ServiceTicketEvent"("ticketId");

-- CreateIndex
CREATE INDEX "ServiceTicketEvent_communityId_createdAt_idx" ON "ServiceTicketEvent"("communityId", "createdAt");

-- CreateIndex
CREATE INDEX "RoomBooking_roomId_startsAt_idx" ON "RoomBooking"("roomId", "startsAt");

-- CreateIndex
CREATE INDEX "RoomBooking_communityId_startsAt_idx" ON "RoomBooking"("communityId", "startsAt");

-- CreateIndex
CREATE INDEX "RoomBooking_residentId_idx" ON "RoomBooking"("residentId");

-- CreateIndex
CREATE INDEX "ServiceVisit_communityId_visitedAt_idx" ON "ServiceVisit"("communityId", "visitedAt");

-- CreateIndex
CREATE INDEX "ServiceVisit_communityId_status_idx" ON "ServiceVisit"("communityId", "status");

-- CreateIndex
CREATE INDEX "ServiceVisit_residentId_idx" ON "ServiceVisit"("residentId");

-- AddForeignKey
ALTER TABLE "ServiceComplex" ADD CONSTRAINT "ServiceComplex_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceRoom" ADD CONSTRAINT "ServiceRoom_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceRoom" ADD CONSTRAINT "ServiceRoom_complexId_fkey" FOREIGN KEY ("complexId") REFERENCES "ServiceComplex"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceWindow" ADD CONSTRAINT "ServiceWindow_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceWindow" ADD CONSTRAINT "ServiceWindow_complexId_fkey" FOREIGN KEY ("complexId") REFERENCES "ServiceComplex"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceWindowClerk" ADD CONSTRAINT "ServiceWindowClerk_windowId_fkey" FOREIGN KEY ("windowId") REFERENCES "ServiceWindow"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceWindowClerk" ADD CONSTRAINT "ServiceWindowClerk_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceItem" ADD CONSTRAINT "ServiceItem_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunityServiceItem" ADD CONSTRAINT "CommunityServiceItem_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunityServiceItem" ADD CONSTRAINT "CommunityServiceItem_templateItemId_fkey" FOREIGN KEY ("templateItemId") REFERENCES "ServiceItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HolidayCalendarDay" ADD CONSTRAINT "HolidayCalendarDay_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceTicket" ADD CONSTRAINT "ServiceTicket_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceTicket" ADD CONSTRAINT "ServiceTicket_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "CommunityServiceItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceTicket" ADD CONSTRAINT "ServiceTicket_windowId_fkey" FOREIGN KEY ("windowId") REFERENCES "ServiceWindow"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceTicket" ADD CONSTRAINT "ServiceTicket_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceTicket" ADD CONSTRAINT "ServiceTicket_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "Account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceTicketEvent" ADD CONSTRAINT "ServiceTicketEvent_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "ServiceTicket"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoomBooking" ADD CONSTRAINT "RoomBooking_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoomBooking" ADD CONSTRAINT "RoomBooking_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "ServiceRoom"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoomBooking" ADD CONSTRAINT "RoomBooking_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceVisit" ADD CONSTRAINT "ServiceVisit_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceVisit" ADD CONSTRAINT "ServiceVisit_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
