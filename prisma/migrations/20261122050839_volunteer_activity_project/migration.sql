-- AlterTable
ALTER TABLE "VolunteerActivity" ADD COLUMN     "projectId" UUID;

-- CreateIndex
CREATE INDEX "VolunteerActivity_projectId_idx" ON "VolunteerActivity"("projectId");

-- AddForeignKey
ALTER TABLE "VolunteerActivity" ADD CONSTRAINT "VolunteerActivity_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
