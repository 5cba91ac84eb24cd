-- CreateIndex
CREATE INDEX "PointsMonthly_month_idx" ON "PointsMonthly"("month");

-- CreateIndex
CREATE INDEX "ServiceTicket_submittedAt_idx" ON "ServiceTicket"("submittedAt");

-- CreateIndex
CREATE INDEX "ServiceTicket_closedAt_dueAt_idx" ON "ServiceTicket"("closedAt", "dueAt");

-- CreateIndex
CREATE INDEX "ServiceTicket_ratedAt_idx" ON "ServiceTicket"("ratedAt");

-- CreateIndex
CREATE INDEX "ServiceVisit_visitedAt_idx" ON "ServiceVisit"("visitedAt");

-- CreateIndex
CREATE INDEX "VolunteerSignUp_checkedInAt_idx" ON "VolunteerSignUp"("checkedInAt");

-- CreateIndex
CREATE INDEX "VolunteerSignUp_hoursStatus_verifiedAt_idx" ON "VolunteerSignUp"("hoursStatus", "verifiedAt");
