-- Money beyond ¥21,474,836.47: every amount in fen becomes BIGINT (issue #11). INTEGER → BIGINT is a
-- lossless cast, so existing rows keep their amounts.
-- AlterTable
ALTER TABLE "CommunityNeed" ALTER COLUMN "estimatedFen" SET DATA TYPE BIGINT;

-- AlterTable
ALTER TABLE "ProjectBudgetLine" ALTER COLUMN "amountFen" SET DATA TYPE BIGINT;

-- AlterTable
ALTER TABLE "ProjectEvent" ALTER COLUMN "amountFen" SET DATA TYPE BIGINT;

-- AlterTable
ALTER TABLE "ProjectExpense" ALTER COLUMN "amountFen" SET DATA TYPE BIGINT;

-- AlterTable
ALTER TABLE "Sponsorship" ALTER COLUMN "pledgedFen" SET DATA TYPE BIGINT,
ALTER COLUMN "receivedFen" SET DATA TYPE BIGINT;
