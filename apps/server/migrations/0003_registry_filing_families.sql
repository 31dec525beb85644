CREATE TABLE "bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"family_user_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"subdistrict_code" text NOT NULL,
	"class_type" text NOT NULL,
	"service_mode" text NOT NULL,
	"start_date" date NOT NULL,
	"state" text DEFAULT 'requested' NOT NULL,
	"class_id" uuid,
	"offered_at" timestamp with time zone,
	"offer_expires_at" timestamp with time zone,
	"waitlisted_at" timestamp with time zone,
	"enrolled_at" timestamp with time zone,
	"decline_reason" text,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "bookings_state_check" CHECK ("state" in ('requested', 'waitlisted', 'offered', 'enrolled', 'declined', 'offerDeclined', 'expired', 'cancelled')),
	CONSTRAINT "bookings_class_type_check" CHECK ("class_type" in ('infantClass', 'toddlerClass', 'twosClass', 'mixedClass')),
	CONSTRAINT "bookings_service_mode_check" CHECK ("service_mode" in ('fullDay', 'halfDay', 'hourly', 'temporary')),
	CONSTRAINT "bookings_offer_check" CHECK ("bookings"."state" <> 'offered' or ("bookings"."class_id" is not null and "bookings"."offer_expires_at" is not null)),
	CONSTRAINT "bookings_enrolled_check" CHECK ("bookings"."state" <> 'enrolled' or ("bookings"."class_id" is not null and "bookings"."enrolled_at" is not null)),
	CONSTRAINT "bookings_waitlist_check" CHECK ("bookings"."state" <> 'waitlisted' or "bookings"."waitlisted_at" is not null),
	CONSTRAINT "bookings_decline_check" CHECK ("bookings"."state" <> 'declined' or "bookings"."decline_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "visit_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"subdistrict_code" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"note" text,
	"withdrawn_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "visit_slots_capacity_check" CHECK ("visit_slots"."capacity" > 0),
	CONSTRAINT "visit_slots_time_check" CHECK ("visit_slots"."ends_at" > "visit_slots"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slot_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"family_user_id" uuid NOT NULL,
	"contact_name" text NOT NULL,
	"contact_phone" text NOT NULL,
	"district_code" text NOT NULL,
	"subdistrict_code" text NOT NULL,
	"state" text DEFAULT 'booked' NOT NULL,
	"booked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "visits_state_check" CHECK ("state" in ('booked', 'completed', 'cancelled')),
	CONSTRAINT "visits_completed_check" CHECK (("visits"."state" = 'completed') = ("visits"."completed_at" is not null)),
	CONSTRAINT "visits_cancelled_check" CHECK (("visits"."state" = 'cancelled') = ("visits"."cancelled_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "case_deadline_alerts" (
	"case_id" uuid NOT NULL,
	"deadline" text NOT NULL,
	"stage" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_deadline_alerts_pkey" PRIMARY KEY("case_id","deadline","stage"),
	CONSTRAINT "case_deadline_alerts_deadline_check" CHECK ("deadline" in ('acknowledge', 'resolve')),
	CONSTRAINT "case_deadline_alerts_stage_check" CHECK ("stage" in ('dueSoon', 'overdue'))
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"is_public" boolean NOT NULL,
	"note" text,
	"actor_user_id" uuid,
	"actor_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_events_kind_check" CHECK ("kind" in ('submitted', 'acknowledged', 'step', 'replied', 'satisfaction', 'evidenceAdded', 'duplicate', 'acknowledgeOverdue', 'resolveOverdue'))
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
CREATE TABLE "closure_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"subdistrict_code" text NOT NULL,
	"reason" text NOT NULL,
	"planned_date" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"note" text,
	"opened_by" uuid,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_by" uuid,
	"closed_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "closure_cases_status_check" CHECK ("status" in ('open', 'closed')),
	CONSTRAINT "closure_cases_closed_check" CHECK (("closure_cases"."status" = 'closed') = ("closure_cases"."closed_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "closure_placements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"target_institution_id" uuid,
	"target_class_type" text,
	"note" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "closure_placements_child_key" UNIQUE("case_id","child_id"),
	CONSTRAINT "closure_placements_outcome_check" CHECK ("outcome" in ('transferred', 'familyCare', 'other')),
	CONSTRAINT "closure_placements_class_type_check" CHECK ("target_class_type" in ('infantClass', 'toddlerClass', 'twosClass', 'mixedClass')),
	CONSTRAINT "closure_placements_target_check" CHECK (("closure_placements"."outcome" = 'transferred') = ("closure_placements"."target_institution_id" is not null) and ("closure_placements"."target_institution_id" is null) = ("closure_placements"."target_class_type" is null))
);
--> statement-breakpoint
CREATE TABLE "registrar_api_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"registrar" text NOT NULL,
	"jurisdiction_code" text NOT NULL,
	"prefix" text NOT NULL,
	"secret_hash" text NOT NULL,
	"created_by" uuid,
	"created_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"revoked_by_name" text,
	CONSTRAINT "registrar_api_keys_registrar_check" CHECK ("registrar" in ('civilAffairs', 'marketRegulation', 'staffingOffice', 'education'))
);
--> statement-breakpoint
CREATE TABLE "registration_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registrar" text NOT NULL,
	"event_id" text NOT NULL,
	"source" text NOT NULL,
	"api_key_id" uuid,
	"uploaded_by" uuid,
	"credit_code" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"payload_digest" text NOT NULL,
	"outcome" text,
	"result" jsonb,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registration_events_source_check" CHECK ("source" in ('push', 'batch', 'import')),
	CONSTRAINT "registration_events_outcome_check" CHECK ("outcome" in ('created', 'updated', 'stale'))
);
--> statement-breakpoint
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
CREATE TABLE "institution_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"credit_code" text NOT NULL,
	"registrar" text NOT NULL,
	"registration_date" date,
	"facts" jsonb NOT NULL,
	"source" text NOT NULL,
	"district_code" text NOT NULL,
	"subdistrict_code" text NOT NULL,
	"last_event_at" timestamp with time zone,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"invited_at" timestamp with time zone,
	CONSTRAINT "institution_registrations_registrar_check" CHECK ("registrar" in ('civilAffairs', 'marketRegulation', 'staffingOffice', 'education')),
	CONSTRAINT "institution_registrations_source_check" CHECK ("source" in ('push', 'batch', 'import'))
);
--> statement-breakpoint
CREATE TABLE "notification_reads" (
	"notification_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_reads_pkey" PRIMARY KEY("notification_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"params" jsonb NOT NULL,
	"link" text,
	"recipient_user_id" uuid,
	"recipient_institution_id" uuid,
	"recipient_jurisdiction_code" text,
	"recipient_permission" text,
	"recipient_department" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
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
CREATE TABLE "prepayments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"family_user_id" uuid NOT NULL,
	"amount_fen" integer NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"paid_on" date NOT NULL,
	"refunded_fen" integer,
	"refunded_on" date,
	"status" text DEFAULT 'paid' NOT NULL,
	"note" text,
	"district_code" text NOT NULL,
	"subdistrict_code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "prepayments_status_check" CHECK ("status" in ('paid', 'refunded')),
	CONSTRAINT "prepayments_amount_check" CHECK ("prepayments"."amount_fen" > 0),
	CONSTRAINT "prepayments_period_check" CHECK ("prepayments"."period_to" >= "prepayments"."period_from"),
	CONSTRAINT "prepayments_refund_check" CHECK (("prepayments"."status" = 'refunded') = ("prepayments"."refunded_fen" is not null and "prepayments"."refunded_on" is not null) and ("prepayments"."refunded_fen" is null) = ("prepayments"."refunded_on" is null)),
	CONSTRAINT "prepayments_refund_amount_check" CHECK ("prepayments"."refunded_fen" is null or "prepayments"."refunded_fen" between 0 and "prepayments"."amount_fen")
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
CREATE TABLE "institution_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"subdistrict_code" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "institution_photos_type_check" CHECK ("institution_photos"."content_type" in ('image/jpeg', 'image/png')),
	CONSTRAINT "institution_photos_size_check" CHECK ("institution_photos"."size_bytes" > 0)
);
--> statement-breakpoint
DROP INDEX "institution_classes_institution_idx";--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_class_fk" FOREIGN KEY ("class_id","institution_id") REFERENCES "public"."institution_classes"("id","institution_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_slots" ADD CONSTRAINT "visit_slots_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_slot_id_visit_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."visit_slots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_deadline_alerts" ADD CONSTRAINT "case_deadline_alerts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_evidence" ADD CONSTRAINT "case_evidence_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "closure_cases" ADD CONSTRAINT "closure_cases_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "closure_placements" ADD CONSTRAINT "closure_placements_case_id_closure_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."closure_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "closure_placements" ADD CONSTRAINT "closure_placements_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "closure_placements" ADD CONSTRAINT "closure_placements_target_institution_id_institutions_id_fk" FOREIGN KEY ("target_institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_events" ADD CONSTRAINT "registration_events_api_key_id_registrar_api_keys_id_fk" FOREIGN KEY ("api_key_id") REFERENCES "public"."registrar_api_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "filing_events" ADD CONSTRAINT "filing_events_filing_id_filings_id_fk" FOREIGN KEY ("filing_id") REFERENCES "public"."filings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "filing_materials" ADD CONSTRAINT "filing_materials_filing_id_filings_id_fk" FOREIGN KEY ("filing_id") REFERENCES "public"."filings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "filings" ADD CONSTRAINT "filings_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_job_rows" ADD CONSTRAINT "import_job_rows_job_id_import_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."import_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_class_caregivers" ADD CONSTRAINT "institution_class_caregivers_class_id_institution_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."institution_classes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_class_caregivers" ADD CONSTRAINT "institution_class_caregivers_staff_id_institution_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."institution_staff"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_class_caregivers" ADD CONSTRAINT "institution_class_caregivers_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_registrations" ADD CONSTRAINT "institution_registrations_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_reads" ADD CONSTRAINT "notification_reads_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prepayments" ADD CONSTRAINT "prepayments_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prepayments" ADD CONSTRAINT "prepayments_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_photos" ADD CONSTRAINT "institution_photos_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bookings_open_child_key" ON "bookings" USING btree ("child_id","institution_id") WHERE "bookings"."state" in ('requested', 'waitlisted', 'offered');--> statement-breakpoint
CREATE INDEX "bookings_child_idx" ON "bookings" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "bookings_family_idx" ON "bookings" USING btree ("family_user_id");--> statement-breakpoint
CREATE INDEX "bookings_institution_idx" ON "bookings" USING btree ("institution_id","state");--> statement-breakpoint
CREATE INDEX "bookings_district_idx" ON "bookings" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "bookings_subdistrict_idx" ON "bookings" USING btree ("subdistrict_code");--> statement-breakpoint
CREATE INDEX "bookings_offered_class_idx" ON "bookings" USING btree ("class_id") WHERE "bookings"."state" = 'offered';--> statement-breakpoint
CREATE INDEX "bookings_waitlist_idx" ON "bookings" USING btree ("institution_id","class_type","waitlisted_at") WHERE "bookings"."state" = 'waitlisted';--> statement-breakpoint
CREATE INDEX "bookings_offer_expiry_idx" ON "bookings" USING btree ("offer_expires_at") WHERE "bookings"."state" = 'offered';--> statement-breakpoint
CREATE INDEX "visit_slots_institution_idx" ON "visit_slots" USING btree ("institution_id","starts_at");--> statement-breakpoint
CREATE INDEX "visit_slots_district_idx" ON "visit_slots" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "visit_slots_subdistrict_idx" ON "visit_slots" USING btree ("subdistrict_code");--> statement-breakpoint
CREATE UNIQUE INDEX "visits_booked_family_key" ON "visits" USING btree ("slot_id","family_user_id") WHERE "visits"."state" = 'booked';--> statement-breakpoint
CREATE INDEX "visits_slot_idx" ON "visits" USING btree ("slot_id");--> statement-breakpoint
CREATE INDEX "visits_family_idx" ON "visits" USING btree ("family_user_id","institution_id");--> statement-breakpoint
CREATE INDEX "visits_district_idx" ON "visits" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "visits_subdistrict_idx" ON "visits" USING btree ("subdistrict_code");--> statement-breakpoint
CREATE INDEX "case_events_case_idx" ON "case_events" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "case_evidence_case_idx" ON "case_evidence" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_tracking_code_key" ON "cases" USING btree ("tracking_code");--> statement-breakpoint
CREATE INDEX "cases_district_idx" ON "cases" USING btree ("district_code","state");--> statement-breakpoint
CREATE INDEX "cases_institution_idx" ON "cases" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "cases_submitter_idx" ON "cases" USING btree ("submitter_key","category","created_at");--> statement-breakpoint
CREATE INDEX "cases_submitter_user_idx" ON "cases" USING btree ("submitter_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "closure_cases_open_key" ON "closure_cases" USING btree ("institution_id") WHERE "closure_cases"."status" = 'open';--> statement-breakpoint
CREATE INDEX "closure_cases_institution_idx" ON "closure_cases" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "closure_cases_district_idx" ON "closure_cases" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "closure_cases_subdistrict_idx" ON "closure_cases" USING btree ("subdistrict_code");--> statement-breakpoint
CREATE INDEX "closure_placements_target_idx" ON "closure_placements" USING btree ("target_institution_id");--> statement-breakpoint
CREATE UNIQUE INDEX "registrar_api_keys_prefix_key" ON "registrar_api_keys" USING btree ("prefix");--> statement-breakpoint
CREATE UNIQUE INDEX "registration_events_event_key" ON "registration_events" USING btree ("registrar","event_id");--> statement-breakpoint
CREATE INDEX "registration_events_credit_code_idx" ON "registration_events" USING btree ("credit_code");--> statement-breakpoint
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
CREATE INDEX "institution_class_caregivers_district_idx" ON "institution_class_caregivers" USING btree ("district_code");--> statement-breakpoint
CREATE UNIQUE INDEX "institution_registrations_credit_code_key" ON "institution_registrations" USING btree ("credit_code");--> statement-breakpoint
CREATE UNIQUE INDEX "institution_registrations_institution_key" ON "institution_registrations" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "institution_registrations_district_idx" ON "institution_registrations" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "institution_registrations_subdistrict_idx" ON "institution_registrations" USING btree ("subdistrict_code");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("recipient_user_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_institution_idx" ON "notifications" USING btree ("recipient_institution_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_jurisdiction_idx" ON "notifications" USING btree ("recipient_jurisdiction_code","created_at");--> statement-breakpoint
CREATE INDEX "policy_documents_search_idx" ON "policy_documents" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "policy_documents_tags_idx" ON "policy_documents" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "policy_documents_listing_idx" ON "policy_documents" USING btree ("status","issued_on");--> statement-breakpoint
CREATE INDEX "policy_documents_jurisdiction_idx" ON "policy_documents" USING btree ("jurisdiction_code");--> statement-breakpoint
CREATE UNIQUE INDEX "policy_documents_number_key" ON "policy_documents" USING btree ("document_number");--> statement-breakpoint
CREATE UNIQUE INDEX "policy_documents_shipped_key" ON "policy_documents" USING btree ("shipped_key");--> statement-breakpoint
CREATE INDEX "prepayments_institution_idx" ON "prepayments" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "prepayments_child_idx" ON "prepayments" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "prepayments_family_idx" ON "prepayments" USING btree ("family_user_id");--> statement-breakpoint
CREATE INDEX "prepayments_district_idx" ON "prepayments" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "prepayments_subdistrict_idx" ON "prepayments" USING btree ("subdistrict_code");--> statement-breakpoint
CREATE UNIQUE INDEX "ratings_family_institution_key" ON "ratings" USING btree ("institution_id","family_user_id");--> statement-breakpoint
CREATE INDEX "ratings_published_idx" ON "ratings" USING btree ("institution_id","created_at","overall") WHERE "ratings"."status" = 'published';--> statement-breakpoint
CREATE INDEX "ratings_held_idx" ON "ratings" USING btree ("district_code","status");--> statement-breakpoint
CREATE INDEX "ratings_family_idx" ON "ratings" USING btree ("family_user_id");--> statement-breakpoint
CREATE INDEX "institution_photos_institution_idx" ON "institution_photos" USING btree ("institution_id","uploaded_at");--> statement-breakpoint
CREATE INDEX "institution_photos_district_idx" ON "institution_photos" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "institution_photos_subdistrict_idx" ON "institution_photos" USING btree ("subdistrict_code");--> statement-breakpoint
CREATE INDEX "children_enrolled_class_idx" ON "children" USING btree ("class_id") WHERE "children"."status" = 'enrolled';--> statement-breakpoint
CREATE INDEX "institution_fees_amount_idx" ON "institution_fees" USING btree ("institution_id","class_type","service_mode","monthly_fee_fen");--> statement-breakpoint
CREATE INDEX "institutions_location_idx" ON "institutions" USING gist (point("lng", "lat"));--> statement-breakpoint
CREATE INDEX "institution_classes_institution_idx" ON "institution_classes" USING btree ("institution_id","class_type","capacity","id");--> statement-breakpoint
-- pg_trgm ships with PostgreSQL (contrib, trusted) and is loaded by PGlite at open; drizzle-kit does not write CREATE EXTENSION.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
-- Phrase look-ups in the policy library (ILIKE '%…%' on the normalised text); not declared in policy-library.tables.ts because drizzle-kit would emit it before the extension exists.
CREATE INDEX IF NOT EXISTS "policy_documents_search_text_idx" ON "policy_documents" USING gin ("search_text" gin_trgm_ops);
