CREATE TABLE "analytics_days" (
	"procedure_id" text NOT NULL,
	"version" integer NOT NULL,
	"day" date NOT NULL,
	"sessions" integer NOT NULL,
	"fixed" integer NOT NULL,
	"not_fixed" integer NOT NULL,
	"abandoned" integer NOT NULL,
	"escalated" integer NOT NULL,
	"durations" jsonb NOT NULL,
	CONSTRAINT "analytics_days_procedure_id_version_day_pk" PRIMARY KEY("procedure_id","version","day")
);
--> statement-breakpoint
CREATE TABLE "analytics_dirty" (
	"procedure_id" text NOT NULL,
	"version" integer NOT NULL,
	"day" date NOT NULL,
	CONSTRAINT "analytics_dirty_procedure_id_version_day_pk" PRIMARY KEY("procedure_id","version","day")
);
--> statement-breakpoint
CREATE TABLE "analytics_step_days" (
	"procedure_id" text NOT NULL,
	"version" integer NOT NULL,
	"day" date NOT NULL,
	"step_id" text NOT NULL,
	"reached" integer NOT NULL,
	"backs" integer NOT NULL,
	"helps" integer NOT NULL,
	"ended_here" integer NOT NULL,
	"dwell" jsonb NOT NULL,
	CONSTRAINT "analytics_step_days_procedure_id_version_day_step_id_pk" PRIMARY KEY("procedure_id","version","day","step_id")
);
--> statement-breakpoint
-- Analytics rollups stay correct whatever writes the data: these triggers mark the (procedure,
-- version, UTC day) of every session whose figures may have changed; the analytics query
-- recomputes marked days before reading. Statement-level on events: one insert per batch.
CREATE FUNCTION analytics_mark_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_dirty (procedure_id, version, day)
  SELECT DISTINCT s.procedure_id, s.version, (s.created_at AT TIME ZONE 'UTC')::date
  FROM (SELECT DISTINCT session_id FROM new_events) n
  JOIN repair_sessions s ON s.id = n.session_id
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER session_events_analytics AFTER INSERT ON session_events
  REFERENCING NEW TABLE AS new_events FOR EACH STATEMENT EXECUTE FUNCTION analytics_mark_events();
--> statement-breakpoint
CREATE FUNCTION analytics_mark_session() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO analytics_dirty VALUES (OLD.procedure_id, OLD.version, (OLD.created_at AT TIME ZONE 'UTC')::date)
    ON CONFLICT DO NOTHING;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO analytics_dirty VALUES (NEW.procedure_id, NEW.version, (NEW.created_at AT TIME ZONE 'UTC')::date)
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER repair_sessions_analytics AFTER INSERT OR DELETE ON repair_sessions
  FOR EACH ROW EXECUTE FUNCTION analytics_mark_session();
--> statement-breakpoint
-- Only changes that move a figure: every event batch also touches last_seen_at and the current step.
CREATE TRIGGER repair_sessions_analytics_update AFTER UPDATE ON repair_sessions
  FOR EACH ROW WHEN (
    OLD.outcome IS DISTINCT FROM NEW.outcome OR OLD.ended_at IS DISTINCT FROM NEW.ended_at
    OR OLD.created_at IS DISTINCT FROM NEW.created_at OR OLD.version IS DISTINCT FROM NEW.version
    OR OLD.procedure_id IS DISTINCT FROM NEW.procedure_id
  ) EXECUTE FUNCTION analytics_mark_session();
--> statement-breakpoint
CREATE FUNCTION analytics_mark_escalation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_dirty (procedure_id, version, day)
  SELECT s.procedure_id, s.version, (s.created_at AT TIME ZONE 'UTC')::date
  FROM repair_sessions s
  WHERE s.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.session_id ELSE NEW.session_id END
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER escalations_analytics AFTER INSERT OR DELETE ON escalations
  FOR EACH ROW EXECUTE FUNCTION analytics_mark_escalation();
--> statement-breakpoint
-- Data from before the rollups: every day is computed on first read.
INSERT INTO analytics_dirty (procedure_id, version, day)
SELECT DISTINCT procedure_id, version, (created_at AT TIME ZONE 'UTC')::date FROM repair_sessions;
