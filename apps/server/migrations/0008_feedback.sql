CREATE TABLE "case_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"is_public" boolean NOT NULL,
	"note" text,
	"actor_user_id" uuid,
	"actor_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_events_kind_check" CHECK ("kind" in ('submitted', 'acknowledged', 'step', 'replied', 'satisfaction', 'evidenceAdded', 'duplicate'))
);
--> statement-breakpoint
CREATE TABLE "case_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tracking_code" text NOT NULL,
	"kind" text NOT NULL,
	"category" text NOT NULL,
	"is_urgent" boolean NOT NULL,
	"state" text DEFAULT 'submitted' NOT NULL,
	"institution_id" uuid,
	"institution_name" text,
	"address" text,
	"district_code" text NOT NULL,
	"subdistrict_code" text,
	"co_department" text,
	"description" text NOT NULL,
	"is_anonymous" boolean NOT NULL,
	"submitter_user_id" uuid,
	"submitter_name" text,
	"submitter_phone" text,
	"submitter_key" text NOT NULL,
	"acknowledge_due_at" timestamp with time zone,
	"resolve_due_at" timestamp with time zone,
	"acknowledged_at" timestamp with time zone,
	"reply" text,
	"replied_at" timestamp with time zone,
	"is_substantiated" boolean,
	"satisfaction" text,
	"satisfaction_comment" text,
	"duplicate_of_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "cases_kind_check" CHECK ("kind" in ('complaint', 'report')),
	CONSTRAINT "cases_category_check" CHECK ("category" in ('abuse', 'safety', 'food', 'hygiene', 'fees', 'unfiled', 'other')),
	CONSTRAINT "cases_state_check" CHECK ("state" in ('submitted', 'acknowledged', 'replied', 'closed', 'duplicate')),
	CONSTRAINT "cases_satisfaction_check" CHECK ("satisfaction" in ('satisfied', 'neutral', 'unsatisfied')),
	CONSTRAINT "cases_reply_check" CHECK (("cases"."reply" is null) = ("cases"."replied_at" is null)),
	CONSTRAINT "cases_anonymous_check" CHECK (not "cases"."is_anonymous" or ("cases"."submitter_name" is null and "cases"."submitter_phone" is null and "cases"."submitter_user_id" is null))
);
--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_evidence" ADD CONSTRAINT "case_evidence_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_events_case_idx" ON "case_events" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "case_evidence_case_idx" ON "case_evidence" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_tracking_code_key" ON "cases" USING btree ("tracking_code");--> statement-breakpoint
CREATE INDEX "cases_district_idx" ON "cases" USING btree ("district_code","state");--> statement-breakpoint
CREATE INDEX "cases_institution_idx" ON "cases" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "cases_submitter_idx" ON "cases" USING btree ("submitter_key","category","created_at");--> statement-breakpoint
CREATE INDEX "cases_submitter_user_idx" ON "cases" USING btree ("submitter_user_id");