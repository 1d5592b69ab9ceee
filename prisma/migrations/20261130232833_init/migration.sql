-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('command_centre', 'cc_team', 'working_group', 'province', 'commune', 'vendor', 'ministry');

-- CreateEnum
CREATE TYPE "TicketStatus" AS ENUM ('new', 'assigned', 'acknowledged', 'in_progress', 'done', 'closed', 'paused', 'rejected');

-- CreateEnum
CREATE TYPE "Priority" AS ENUM ('urgent', 'high', 'normal', 'low');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('pending', 'sent', 'dead');

-- CreateTable
CREATE TABLE "Unit" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "UnitKind" NOT NULL,
    "provinceId" TEXT,
    "parentId" TEXT,
    "fromConfig" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Chat" (
    "id" BIGINT NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "unitId" TEXT,
    "registeredAt" TIMESTAMPTZ(3),
    "registeredBy" BIGINT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "isForum" BOOLEAN NOT NULL DEFAULT false,
    "hintSentAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Chat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleGrant" (
    "userId" BIGINT NOT NULL,
    "role" TEXT NOT NULL,
    "grantedBy" BIGINT NOT NULL,
    "grantedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoleGrant_pkey" PRIMARY KEY ("userId","role")
);

-- CreateTable
CREATE TABLE "Counter" (
    "name" TEXT NOT NULL,
    "value" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Counter_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "Ticket" (
    "id" SERIAL NOT NULL,
    "number" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "status" "TicketStatus" NOT NULL,
    "statusBeforePause" "TicketStatus",
    "category" INTEGER NOT NULL,
    "priority" "Priority" NOT NULL,
    "system" TEXT NOT NULL,
    "affectedUnitId" TEXT NOT NULL,
    "provinceId" TEXT,
    "assigneeUnitId" TEXT,
    "assigneeUserId" BIGINT,
    "assigneeUserName" TEXT,
    "informedUnitId" TEXT,
    "reporterUnitId" TEXT,
    "reporterUserId" BIGINT NOT NULL,
    "reporterName" TEXT NOT NULL,
    "originalAuthor" TEXT,
    "sourceChatId" BIGINT NOT NULL,
    "sourceMessageId" INTEGER NOT NULL,
    "sourceThreadId" INTEGER,
    "deadline" TIMESTAMPTZ(3) NOT NULL,
    "rejectReason" TEXT,
    "duplicateOf" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TicketEvent" (
    "id" SERIAL NOT NULL,
    "ticketId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "actorId" BIGINT,
    "actorName" TEXT NOT NULL,
    "actorUnitId" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "TicketEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" SERIAL NOT NULL,
    "ticketId" INTEGER NOT NULL,
    "eventId" INTEGER,
    "kind" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "fileUniqueId" TEXT NOT NULL,
    "senderId" BIGINT NOT NULL,
    "senderName" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TicketCard" (
    "id" SERIAL NOT NULL,
    "ticketId" INTEGER NOT NULL,
    "chatId" BIGINT NOT NULL,
    "messageId" INTEGER NOT NULL,
    "threadId" INTEGER,
    "role" TEXT NOT NULL,
    "renderHash" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TicketCard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcessedUpdate" (
    "updateId" BIGINT NOT NULL,
    "processedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProcessedUpdate_pkey" PRIMARY KEY ("updateId")
);

-- CreateTable
CREATE TABLE "Outbox" (
    "id" SERIAL NOT NULL,
    "chatId" BIGINT NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "notBefore" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMPTZ(3),
    "lockedBy" TEXT,
    "lastError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),
    "messages" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Outbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MediaGroup" (
    "mediaGroupId" TEXT NOT NULL,
    "chatId" BIGINT NOT NULL,
    "ticketId" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MediaGroup_pkey" PRIMARY KEY ("mediaGroupId")
);

-- CreateTable
CREATE TABLE "AlbumItem" (
    "id" SERIAL NOT NULL,
    "mediaGroupId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "fileUniqueId" TEXT NOT NULL,
    "senderId" BIGINT NOT NULL,
    "senderName" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AlbumItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Draft" (
    "id" SERIAL NOT NULL,
    "chatId" BIGINT NOT NULL,
    "threadId" INTEGER,
    "authorId" BIGINT NOT NULL,
    "authorName" TEXT NOT NULL,
    "unitId" TEXT,
    "text" TEXT NOT NULL,
    "firstMessageId" INTEGER NOT NULL,
    "messageIds" INTEGER[],
    "attachments" JSONB NOT NULL DEFAULT '[]',
    "fields" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "ticketNumber" INTEGER,
    "cardMessageId" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Draft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Chat_unitId_idx" ON "Chat"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_number_key" ON "Ticket"("number");

-- CreateIndex
CREATE INDEX "Ticket_status_idx" ON "Ticket"("status");

-- CreateIndex
CREATE INDEX "Ticket_assigneeUnitId_idx" ON "Ticket"("assigneeUnitId");

-- CreateIndex
CREATE INDEX "Ticket_reporterUnitId_idx" ON "Ticket"("reporterUnitId");

-- CreateIndex
CREATE INDEX "Ticket_provinceId_idx" ON "Ticket"("provinceId");

-- CreateIndex
CREATE INDEX "Ticket_deadline_idx" ON "Ticket"("deadline");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_sourceChatId_sourceMessageId_key" ON "Ticket"("sourceChatId", "sourceMessageId");

-- CreateIndex
CREATE INDEX "TicketEvent_ticketId_id_idx" ON "TicketEvent"("ticketId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_ticketId_fileUniqueId_key" ON "Attachment"("ticketId", "fileUniqueId");

-- CreateIndex
CREATE INDEX "TicketCard_ticketId_idx" ON "TicketCard"("ticketId");

-- CreateIndex
CREATE UNIQUE INDEX "TicketCard_chatId_messageId_key" ON "TicketCard"("chatId", "messageId");

-- CreateIndex
CREATE INDEX "Outbox_status_notBefore_idx" ON "Outbox"("status", "notBefore");

-- CreateIndex
CREATE INDEX "Outbox_sentAt_idx" ON "Outbox"("sentAt");

-- CreateIndex
CREATE UNIQUE INDEX "AlbumItem_mediaGroupId_fileUniqueId_key" ON "AlbumItem"("mediaGroupId", "fileUniqueId");

-- CreateIndex
CREATE INDEX "Draft_chatId_authorId_status_idx" ON "Draft"("chatId", "authorId", "status");

-- AddForeignKey
ALTER TABLE "Chat" ADD CONSTRAINT "Chat_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketEvent" ADD CONSTRAINT "TicketEvent_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketCard" ADD CONSTRAINT "TicketCard_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;
