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
ALTER TABLE "closure_cases" ADD CONSTRAINT "closure_cases_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "closure_placements" ADD CONSTRAINT "closure_placements_case_id_closure_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."closure_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "closure_placements" ADD CONSTRAINT "closure_placements_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "closure_placements" ADD CONSTRAINT "closure_placements_target_institution_id_institutions_id_fk" FOREIGN KEY ("target_institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_events" ADD CONSTRAINT "registration_events_api_key_id_registrar_api_keys_id_fk" FOREIGN KEY ("api_key_id") REFERENCES "public"."registrar_api_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_registrations" ADD CONSTRAINT "institution_registrations_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_reads" ADD CONSTRAINT "notification_reads_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prepayments" ADD CONSTRAINT "prepayments_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prepayments" ADD CONSTRAINT "prepayments_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "closure_cases_open_key" ON "closure_cases" USING btree ("institution_id") WHERE "closure_cases"."status" = 'open';--> statement-breakpoint
CREATE INDEX "closure_cases_institution_idx" ON "closure_cases" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "closure_cases_district_idx" ON "closure_cases" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "closure_cases_subdistrict_idx" ON "closure_cases" USING btree ("subdistrict_code");--> statement-breakpoint
CREATE INDEX "closure_placements_target_idx" ON "closure_placements" USING btree ("target_institution_id");--> statement-breakpoint
CREATE UNIQUE INDEX "registrar_api_keys_prefix_key" ON "registrar_api_keys" USING btree ("prefix");--> statement-breakpoint
CREATE UNIQUE INDEX "registration_events_event_key" ON "registration_events" USING btree ("registrar","event_id");--> statement-breakpoint
CREATE INDEX "registration_events_credit_code_idx" ON "registration_events" USING btree ("credit_code");--> statement-breakpoint
CREATE UNIQUE INDEX "institution_registrations_credit_code_key" ON "institution_registrations" USING btree ("credit_code");--> statement-breakpoint
CREATE UNIQUE INDEX "institution_registrations_institution_key" ON "institution_registrations" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "institution_registrations_district_idx" ON "institution_registrations" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "institution_registrations_subdistrict_idx" ON "institution_registrations" USING btree ("subdistrict_code");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("recipient_user_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_institution_idx" ON "notifications" USING btree ("recipient_institution_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_jurisdiction_idx" ON "notifications" USING btree ("recipient_jurisdiction_code","created_at");--> statement-breakpoint
CREATE INDEX "prepayments_institution_idx" ON "prepayments" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "prepayments_child_idx" ON "prepayments" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "prepayments_family_idx" ON "prepayments" USING btree ("family_user_id");--> statement-breakpoint
CREATE INDEX "prepayments_district_idx" ON "prepayments" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "prepayments_subdistrict_idx" ON "prepayments" USING btree ("subdistrict_code");