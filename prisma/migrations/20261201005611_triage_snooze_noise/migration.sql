-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "snoozedUntil" TIMESTAMPTZ(3),
ADD COLUMN     "triagedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "ChatNoise" (
    "chatId" BIGINT NOT NULL,
    "day" TEXT NOT NULL,
    "reminders" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ChatNoise_pkey" PRIMARY KEY ("chatId","day")
);
