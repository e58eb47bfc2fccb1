-- Counters of the shared rate limits (rate-limiter-flexible's PostgreSQL store, which expects
-- exactly these columns). Unlogged: a counter need not survive a crash, and skipping the WAL keeps
-- the per-request upsert cheap. Not in schema.ts: only that library reads or writes it.
CREATE UNLOGGED TABLE IF NOT EXISTS "rate_limits" (
	"key" varchar(255) PRIMARY KEY NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"expire" bigint
);
