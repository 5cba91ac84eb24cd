-- Sign-in throttling moves from two Account columns to its own table, keyed by username and by
-- client address, so a lockout is reserved atomically and holds across processes.

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStartedAt" TIMESTAMPTZ(3) NOT NULL,
    "lockedUntil" TIMESTAMPTZ(3),

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "SignInThrottle_windowStartedAt_idx" ON "SignInThrottle"("windowStartedAt");

-- Keep the counts and lockouts in force when the migration runs.
INSERT INTO "SignInThrottle" ("key", "failures", "windowStartedAt", "lockedUntil")
SELECT 'user:' || lower("username"), "failedLoginCount", CURRENT_TIMESTAMP, "lockedUntil"
FROM "Account"
WHERE "failedLoginCount" > 0 OR "lockedUntil" > CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Account" DROP COLUMN "failedLoginCount",
DROP COLUMN "lockedUntil";
