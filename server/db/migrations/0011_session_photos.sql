CREATE TABLE "session_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"procedure_id" text NOT NULL,
	"version" integer NOT NULL,
	"step_id" text,
	"stage" text NOT NULL,
	"type" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"size" integer NOT NULL,
	"image" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "session_photos" ADD CONSTRAINT "session_photos_session_id_repair_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."repair_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "session_photos_session_idx" ON "session_photos" USING btree ("session_id","created_at");--> statement-breakpoint
CREATE INDEX "session_photos_procedure_idx" ON "session_photos" USING btree ("procedure_id","version");