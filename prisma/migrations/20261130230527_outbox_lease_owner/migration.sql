-- AlterTable
ALTER TABLE "Outbox" ADD COLUMN     "lockedBy" TEXT;
