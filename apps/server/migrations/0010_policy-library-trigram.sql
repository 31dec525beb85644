-- pg_trgm ships with PostgreSQL (contrib, trusted) and is loaded by PGlite at open; drizzle-kit does not write CREATE EXTENSION.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
-- Phrase look-ups in the policy library (ILIKE '%…%' on the normalised text); not declared in policy-library.tables.ts because drizzle-kit would emit it before the extension exists.
CREATE INDEX IF NOT EXISTS "policy_documents_search_text_idx" ON "policy_documents" USING gin ("search_text" gin_trgm_ops);
