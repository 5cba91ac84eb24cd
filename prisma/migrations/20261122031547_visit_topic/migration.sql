-- AlterTable
ALTER TABLE "ServiceVisit" ADD COLUMN     "topicId" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "ServiceVisit_topicId_key" ON "ServiceVisit"("topicId");

-- AddForeignKey
ALTER TABLE "ServiceVisit" ADD CONSTRAINT "ServiceVisit_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
