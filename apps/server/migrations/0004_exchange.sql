CREATE TABLE "filing_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"filing_id" uuid,
	"institution_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"subdistrict_code" text NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"actor_user_id" uuid,
	"actor_name" text,
	"actor_role" text,
	"reason" text,
	"items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "filing_events_action_check" CHECK ("action" in ('create', 'submit', 'resubmit', 'startReview', 'return', 'file', 'refuse', 'cancel', 'suspend', 'reinstate', 'withdraw'))
);
--> statement-breakpoint
CREATE TABLE "filing_materials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"filing_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"subdistrict_code" text NOT NULL,
	"category" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" uuid,
	"uploaded_by_name" text,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "filing_materials_category_check" CHECK ("category" in ('fireSafety', 'premisesProof', 'healthEvaluation', 'staffQualifications', 'foodLicence', 'other')),
	CONSTRAINT "filing_materials_type_check" CHECK ("content_type" in ('application/pdf', 'image/jpeg', 'image/png')),
	CONSTRAINT "filing_materials_size_check" CHECK ("filing_materials"."size_bytes" > 0)
);
--> statement-breakpoint
CREATE TABLE "filing_number_counters" (
	"scope" text PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "filing_settings" (
	"city_code" text PRIMARY KEY NOT NULL,
	"number_format" text NOT NULL,
	"holidays" jsonb NOT NULL,
	"make_up_workdays" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "filings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"district_code" text NOT NULL,
	"subdistrict_code" text NOT NULL,
	"health_evaluation_rating" text,
	"health_evaluation_issued_on" date,
	"commitment" jsonb,
	"snapshot" jsonb,
	"changes" jsonb,
	"return_items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"refusal" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"submitted_at" timestamp with time zone,
	"due_on" date,
	"reviewer_user_id" uuid,
	"reviewer_name" text,
	"decided_at" timestamp with time zone,
	"filing_number" text,
	"filed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "filings_kind_check" CHECK ("kind" in ('initial', 'change')),
	CONSTRAINT "filings_state_check" CHECK ("state" in ('draft', 'submitted', 'resubmitted', 'underReview', 'returned', 'filed', 'refused', 'suspended', 'withdrawn', 'cancelled')),
	CONSTRAINT "filings_rating_check" CHECK ("health_evaluation_rating" in ('qualified', 'unqualified'))
);
--> statement-breakpoint
CREATE TABLE "import_job_rows" (
	"job_id" uuid NOT NULL,
	"row_number" integer NOT NULL,
	"cells" jsonb NOT NULL,
	"credit_code" text,
	"filing_number" text,
	"is_valid" boolean,
	"problems" jsonb,
	CONSTRAINT "import_job_rows_pkey" PRIMARY KEY("job_id","row_number")
);
--> statement-breakpoint
CREATE TABLE "import_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_name" text NOT NULL,
	"format" text NOT NULL,
	"jurisdiction_code" text NOT NULL,
	"status" text DEFAULT 'validating' NOT NULL,
	"total_rows" integer NOT NULL,
	"processed_rows" integer DEFAULT 0 NOT NULL,
	"valid_rows" integer DEFAULT 0 NOT NULL,
	"error_rows" integer DEFAULT 0 NOT NULL,
	"imported_rows" integer DEFAULT 0 NOT NULL,
	"mode" text,
	"failure_code" text,
	"created_by" uuid,
	"created_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"lease_until" timestamp with time zone,
	CONSTRAINT "import_jobs_status_check" CHECK ("status" in ('validating', 'validated', 'importing', 'completed', 'failed')),
	CONSTRAINT "import_jobs_format_check" CHECK ("format" in ('csv', 'xlsx')),
	CONSTRAINT "import_jobs_mode_check" CHECK ("mode" in ('allOrNothing', 'validRowsOnly')),
	CONSTRAINT "import_jobs_counts_check" CHECK ("import_jobs"."processed_rows" between 0 and "import_jobs"."total_rows" and "import_jobs"."valid_rows" + "import_jobs"."error_rows" = "import_jobs"."processed_rows")
);
--> statement-breakpoint
CREATE TABLE "institution_class_caregivers" (
	"class_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"subdistrict_code" text NOT NULL,
	CONSTRAINT "institution_class_caregivers_pkey" PRIMARY KEY("class_id","staff_id")
);
--> statement-breakpoint
ALTER TABLE "filing_events" ADD CONSTRAINT "filing_events_filing_id_filings_id_fk" FOREIGN KEY ("filing_id") REFERENCES "public"."filings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "filing_materials" ADD CONSTRAINT "filing_materials_filing_id_filings_id_fk" FOREIGN KEY ("filing_id") REFERENCES "public"."filings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "filings" ADD CONSTRAINT "filings_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_job_rows" ADD CONSTRAINT "import_job_rows_job_id_import_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."import_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_class_caregivers" ADD CONSTRAINT "institution_class_caregivers_class_id_institution_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."institution_classes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_class_caregivers" ADD CONSTRAINT "institution_class_caregivers_staff_id_institution_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."institution_staff"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_class_caregivers" ADD CONSTRAINT "institution_class_caregivers_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "filing_events_filing_idx" ON "filing_events" USING btree ("filing_id","at");--> statement-breakpoint
CREATE INDEX "filing_events_institution_idx" ON "filing_events" USING btree ("institution_id","at");--> statement-breakpoint
CREATE INDEX "filing_materials_filing_idx" ON "filing_materials" USING btree ("filing_id","category");--> statement-breakpoint
CREATE UNIQUE INDEX "filing_materials_storage_key" ON "filing_materials" USING btree ("storage_key");--> statement-breakpoint
CREATE INDEX "filings_institution_idx" ON "filings" USING btree ("institution_id","created_at");--> statement-breakpoint
CREATE INDEX "filings_district_state_idx" ON "filings" USING btree ("district_code","state","due_on");--> statement-breakpoint
CREATE INDEX "filings_subdistrict_idx" ON "filings" USING btree ("subdistrict_code");--> statement-breakpoint
CREATE UNIQUE INDEX "filings_one_open_key" ON "filings" USING btree ("institution_id") WHERE "state" in ('draft', 'submitted', 'resubmitted', 'underReview', 'returned');--> statement-breakpoint
CREATE INDEX "import_job_rows_credit_code_idx" ON "import_job_rows" USING btree ("job_id","credit_code");--> statement-breakpoint
CREATE INDEX "import_job_rows_filing_number_idx" ON "import_job_rows" USING btree ("job_id","filing_number");--> statement-breakpoint
CREATE INDEX "import_jobs_jurisdiction_idx" ON "import_jobs" USING btree ("jurisdiction_code","created_at");--> statement-breakpoint
CREATE INDEX "import_jobs_status_idx" ON "import_jobs" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "institution_class_caregivers_staff_key" ON "institution_class_caregivers" USING btree ("staff_id");--> statement-breakpoint
CREATE INDEX "institution_class_caregivers_institution_idx" ON "institution_class_caregivers" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "institution_class_caregivers_district_idx" ON "institution_class_caregivers" USING btree ("district_code");