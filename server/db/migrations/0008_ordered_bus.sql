CREATE TABLE "bus_channels" (
	"channel" text PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bus_log" (
	"channel" text NOT NULL,
	"seq" bigint NOT NULL,
	"body" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bus_log_channel_seq_pk" PRIMARY KEY("channel","seq")
);
--> statement-breakpoint
DROP TABLE "bus_messages" CASCADE;--> statement-breakpoint
CREATE INDEX "bus_log_created_idx" ON "bus_log" USING btree ("created_at");