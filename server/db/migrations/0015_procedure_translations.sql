CREATE TABLE "procedure_translations" (
	"procedure_id" text NOT NULL,
	"language" text NOT NULL,
	"source_version" integer,
	"draft_revision" integer,
	"texts" jsonb NOT NULL,
	"source_hash" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "procedure_translations_procedure_id_language_pk" PRIMARY KEY("procedure_id","language")
);
--> statement-breakpoint
ALTER TABLE "repair_sessions" ADD COLUMN "language" text;--> statement-breakpoint
ALTER TABLE "procedure_translations" ADD CONSTRAINT "procedure_translations_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_translations" ADD CONSTRAINT "procedure_translations_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;