-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN     "regionId" UUID;

-- CreateIndex
CREATE INDEX "AuditEntry_regionId_createdAt_idx" ON "AuditEntry"("regionId", "createdAt");
