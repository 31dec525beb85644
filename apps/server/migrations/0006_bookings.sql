CREATE TABLE "policy_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"issuer" text NOT NULL,
	"document_number" text,
	"issued_on" date,
	"jurisdiction_code" text NOT NULL,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"source" text,
	"source_url" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"shipped_key" text,
	"search_vector" "tsvector" NOT NULL,
	"search_text" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "policy_documents_status_check" CHECK ("policy_documents"."status" in ('draft', 'published')),
	CONSTRAINT "policy_documents_published_check" CHECK (("policy_documents"."status" = 'published') = ("policy_documents"."published_at" is not null)),
	CONSTRAINT "policy_documents_jurisdiction_check" CHECK ("policy_documents"."jurisdiction_code" = 'national' or "policy_documents"."jurisdiction_code" ~ '^[0-9]{6}$')
);
--> statement-breakpoint
CREATE TABLE "ratings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"family_user_id" uuid NOT NULL,
	"family_name" text NOT NULL,
	"district_code" text NOT NULL,
	"subdistrict_code" text NOT NULL,
	"overall" smallint NOT NULL,
	"care" smallint NOT NULL,
	"safety" smallint NOT NULL,
	"food" smallint NOT NULL,
	"communication" smallint NOT NULL,
	"environment" smallint NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"held_for" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reject_reason" text,
	"moderated_by" uuid,
	"moderated_at" timestamp with time zone,
	"reply" text,
	"replied_by" uuid,
	"replied_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "ratings_status_check" CHECK ("status" in ('held', 'published', 'rejected')),
	CONSTRAINT "ratings_scores_check" CHECK ("overall" between 1 and 5 and "care" between 1 and 5 and "safety" between 1 and 5 and "food" between 1 and 5 and "communication" between 1 and 5 and "environment" between 1 and 5),
	CONSTRAINT "ratings_reply_check" CHECK (("ratings"."reply" is null) = ("ratings"."replied_at" is null))
);
--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "policy_documents_search_idx" ON "policy_documents" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "policy_documents_tags_idx" ON "policy_documents" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "policy_documents_listing_idx" ON "policy_documents" USING btree ("status","issued_on");--> statement-breakpoint
CREATE INDEX "policy_documents_jurisdiction_idx" ON "policy_documents" USING btree ("jurisdiction_code");--> statement-breakpoint
CREATE UNIQUE INDEX "policy_documents_number_key" ON "policy_documents" USING btree ("document_number");--> statement-breakpoint
CREATE UNIQUE INDEX "policy_documents_shipped_key" ON "policy_documents" USING btree ("shipped_key");--> statement-breakpoint
CREATE UNIQUE INDEX "ratings_family_institution_key" ON "ratings" USING btree ("institution_id","family_user_id");--> statement-breakpoint
CREATE INDEX "ratings_published_idx" ON "ratings" USING btree ("institution_id","created_at") WHERE "ratings"."status" = 'published';--> statement-breakpoint
CREATE INDEX "ratings_held_idx" ON "ratings" USING btree ("district_code","status");--> statement-breakpoint
CREATE INDEX "ratings_family_idx" ON "ratings" USING btree ("family_user_id");