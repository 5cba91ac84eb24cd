-- CreateIndex
CREATE INDEX "Resident_communityId_id_idx" ON "Resident"("communityId", "id");
