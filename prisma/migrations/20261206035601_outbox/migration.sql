-- CreateTable
CREATE TABLE "OutboxEvent" (
    "id" UUID NOT NULL,
    "position" BIGINT,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "type" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "communityId" UUID,
    "regionId" UUID,
    "actorAccountId" UUID,
    "apiClientId" UUID,
    "actingResidentId" UUID,
    "action" TEXT NOT NULL,
    "auditEntryId" UUID NOT NULL,
    "payload" JSONB,

    CONSTRAINT "OutboxEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxSubscriber" (
    "name" TEXT NOT NULL,
    "position" BIGINT NOT NULL DEFAULT 0,
    "lockedBy" TEXT,
    "lockedUntil" TIMESTAMPTZ(3),
    "retryAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OutboxSubscriber_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "OutboxDelivery" (
    "subscriber" TEXT NOT NULL,
    "eventId" UUID NOT NULL,
    "position" BIGINT NOT NULL,
    "attempts" INTEGER NOT NULL,
    "lastAttemptAt" TIMESTAMPTZ(3) NOT NULL,
    "deliveredAt" TIMESTAMPTZ(3),
    "lastError" TEXT,

    CONSTRAINT "OutboxDelivery_pkey" PRIMARY KEY ("subscriber","eventId")
);

-- CreateIndex
CREATE UNIQUE INDEX "OutboxEvent_position_key" ON "OutboxEvent"("position");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxEvent_auditEntryId_key" ON "OutboxEvent"("auditEntryId");

-- CreateIndex
CREATE INDEX "OutboxDelivery_subscriber_position_idx" ON "OutboxDelivery"("subscriber", "position");

-- AddForeignKey
ALTER TABLE "OutboxEvent" ADD CONSTRAINT "OutboxEvent_auditEntryId_fkey" FOREIGN KEY ("auditEntryId") REFERENCES "AuditEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Commit order (not part of the Prisma schema; Prisma does not model sequences or triggers).
-- A sequence value taken at INSERT time is not commit order: with concurrent writers position 11
-- can commit, and be delivered, before position 10 commits, and a reader whose cursor has passed
-- 10 would never see it. So the position is assigned at COMMIT instead: a deferred constraint
-- trigger runs just before the transaction commits, takes a transaction-level advisory lock and
-- numbers the transaction's events. The lock is released only after the commit is visible to
-- others (PostgreSQL ends the transaction in the proc array before releasing its locks), so the
-- next transaction's numbers are taken after this one's are visible: positions become visible in
-- increasing order with no gaps left behind, and "every event with position > cursor" is exact.
-- The lock is held only from the transaction's last statement to its commit. The trigger also
-- sends NOTIFY (delivered at commit) to wake delivery workers in other processes.
CREATE SEQUENCE "OutboxEvent_position_seq" AS BIGINT;

CREATE FUNCTION "outbox_event_position"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('gongzhi:outbox:position', 0));
  UPDATE "OutboxEvent" SET "position" = nextval('"OutboxEvent_position_seq"') WHERE "id" = NEW."id";
  PERFORM pg_notify('gongzhi_outbox', '');
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "OutboxEvent_position" AFTER INSERT ON "OutboxEvent"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "outbox_event_position"();
