-- CreateEnum
CREATE TYPE "MessageStatus" AS ENUM ('QUEUED', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "ResidentSession" (
    "id" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "residentId" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "method" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ResidentSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResidentSignInCode" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "phone" TEXT NOT NULL,
    "residentId" UUID,
    "codeHash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ResidentSignInCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResidentSignInCard" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "residentId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "issuedByAccountId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ResidentSignInCard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MessageLog" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "residentId" UUID,
    "phone" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "status" "MessageStatus" NOT NULL DEFAULT 'QUEUED',
    "error" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),

    CONSTRAINT "MessageLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ResidentSession_tokenHash_key" ON "ResidentSession"("tokenHash");

-- CreateIndex
CREATE INDEX "ResidentSession_residentId_idx" ON "ResidentSession"("residentId");

-- CreateIndex
CREATE INDEX "ResidentSession_communityId_idx" ON "ResidentSession"("communityId");

-- CreateIndex
CREATE INDEX "ResidentSignInCode_communityId_phone_createdAt_idx" ON "ResidentSignInCode"("communityId", "phone", "createdAt");

-- CreateIndex
CREATE INDEX "ResidentSignInCode_residentId_idx" ON "ResidentSignInCode"("residentId");

-- CreateIndex
CREATE INDEX "ResidentSignInCode_createdAt_idx" ON "ResidentSignInCode"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ResidentSignInCard_tokenHash_key" ON "ResidentSignInCard"("tokenHash");

-- CreateIndex
CREATE INDEX "ResidentSignInCard_residentId_idx" ON "ResidentSignInCard"("residentId");

-- CreateIndex
CREATE INDEX "ResidentSignInCard_communityId_idx" ON "ResidentSignInCard"("communityId");

-- CreateIndex
CREATE INDEX "MessageLog_communityId_id_idx" ON "MessageLog"("communityId", "id");

-- CreateIndex
CREATE INDEX "MessageLog_residentId_idx" ON "MessageLog"("residentId");

-- CreateIndex
CREATE INDEX "Resident_communityId_phone_idx" ON "Resident"("communityId", "phone");

-- AddForeignKey
ALTER TABLE "ResidentSession" ADD CONSTRAINT "ResidentSession_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResidentSession" ADD CONSTRAINT "ResidentSession_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResidentSignInCode" ADD CONSTRAINT "ResidentSignInCode_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResidentSignInCode" ADD CONSTRAINT "ResidentSignInCode_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResidentSignInCard" ADD CONSTRAINT "ResidentSignInCard_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResidentSignInCard" ADD CONSTRAINT "ResidentSignInCard_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MessageLog" ADD CONSTRAINT "MessageLog_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MessageLog" ADD CONSTRAINT "MessageLog_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident"("id") ON DELETE SET NULL ON UPDATE CASCADE;
