-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "ackDueAt" TIMESTAMPTZ(3),
ADD COLUMN     "acknowledgedAt" TIMESTAMPTZ(3),
ADD COLUMN     "assignedAt" TIMESTAMPTZ(3),
ADD COLUMN     "fixDueAt" TIMESTAMPTZ(3),
ADD COLUMN     "lastResponseAt" TIMESTAMPTZ(3),
ADD COLUMN     "resolvedAt" TIMESTAMPTZ(3),
ADD COLUMN     "silenceDueAt" TIMESTAMPTZ(3),
ADD COLUMN     "slaNextAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "SlaStep" (
    "id" SERIAL NOT NULL,
    "ticketId" INTEGER NOT NULL,
    "stage" TEXT NOT NULL,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "step" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "takenAt" TIMESTAMPTZ(3) NOT NULL,
    "skipped" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "SlaStep_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SlaStep_ticketId_stage_dueAt_step_key" ON "SlaStep"("ticketId", "stage", "dueAt", "step");

-- CreateIndex
CREATE INDEX "Ticket_slaNextAt_idx" ON "Ticket"("slaNextAt");

-- AddForeignKey
ALTER TABLE "SlaStep" ADD CONSTRAINT "SlaStep_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;
