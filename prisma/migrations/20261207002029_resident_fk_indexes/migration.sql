-- CreateIndex
CREATE INDEX "NoticeObjection_residentId_idx" ON "NoticeObjection"("residentId");

-- CreateIndex
CREATE INDEX "PointsAccount_residentId_idx" ON "PointsAccount"("residentId");

-- CreateIndex
CREATE INDEX "Project_requesterResidentId_idx" ON "Project"("requesterResidentId");

-- CreateIndex
CREATE INDEX "TopicStakeholder_residentId_idx" ON "TopicStakeholder"("residentId");
