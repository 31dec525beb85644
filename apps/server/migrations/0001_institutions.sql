CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"count" integer NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sms_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"phone" text NOT NULL,
	"template" text NOT NULL,
	"params" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "password_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"password_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "permission_keys_seen" (
	"key" text PRIMARY KEY NOT NULL,
	"seen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "phone_codes" (
	"phone" text PRIMARY KEY NOT NULL,
	"code_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "role_permissions" (
	"role" text NOT NULL,
	"permission" text NOT NULL,
	CONSTRAINT "role_permissions_role_permission_pk" PRIMARY KEY("role","permission")
);
--> statement-breakpoint
CREATE TABLE "security_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"settings" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "sign_in_failures" (
	"account_key" text NOT NULL,
	"address" text NOT NULL,
	"failures" integer NOT NULL,
	"first_failure_at" timestamp with time zone NOT NULL,
	"locked_until" timestamp with time zone,
	CONSTRAINT "sign_in_failures_account_key_address_pk" PRIMARY KEY("account_key","address")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text,
	"phone" text,
	"display_name" text NOT NULL,
	"role" text NOT NULL,
	"department" text,
	"jurisdiction_code" text,
	"institution_id" uuid,
	"status" text DEFAULT 'active' NOT NULL,
	"disabled_reason" text,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"password_hash" text,
	"password_changed_at" timestamp with time zone,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"totp_secret" text,
	"totp_pending_secret" text,
	"last_sign_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "children" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"birth_date" date NOT NULL,
	"sex" text NOT NULL,
	"id_number_cipher" text,
	"id_number_hash" text,
	"id_number_masked" text,
	"family_user_id" uuid NOT NULL,
	"institution_id" uuid,
	"class_id" uuid,
	"enrolled_at" date,
	"status" text DEFAULT 'notEnrolled' NOT NULL,
	"guardian_name" text NOT NULL,
	"guardian_phone" text NOT NULL,
	"district_code" text,
	"subdistrict_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "children_sex_check" CHECK ("sex" in ('male', 'female')),
	CONSTRAINT "children_status_check" CHECK ("status" in ('notEnrolled', 'enrolled', 'left')),
	CONSTRAINT "children_id_number_check" CHECK (("children"."id_number_cipher" is null) = ("children"."id_number_hash" is null) and ("children"."id_number_cipher" is null) = ("children"."id_number_masked" is null)),
	CONSTRAINT "children_enrolment_check" CHECK ("children"."status" <> 'enrolled' or ("children"."institution_id" is not null and "children"."class_id" is not null and "children"."enrolled_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "institution_classes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"name" text NOT NULL,
	"class_type" text NOT NULL,
	"capacity" integer NOT NULL,
	"district_code" text NOT NULL,
	"subdistrict_code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "institution_classes_id_institution_key" UNIQUE("id","institution_id"),
	CONSTRAINT "institution_classes_type_check" CHECK ("class_type" in ('infantClass', 'toddlerClass', 'twosClass', 'mixedClass')),
	CONSTRAINT "institution_classes_capacity_check" CHECK ("institution_classes"."capacity" > 0)
);
--> statement-breakpoint
CREATE TABLE "institution_fees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"class_type" text NOT NULL,
	"service_mode" text NOT NULL,
	"monthly_fee_fen" integer NOT NULL,
	"district_code" text NOT NULL,
	"subdistrict_code" text NOT NULL,
	CONSTRAINT "institution_fees_class_type_check" CHECK ("class_type" in ('infantClass', 'toddlerClass', 'twosClass', 'mixedClass')),
	CONSTRAINT "institution_fees_service_mode_check" CHECK ("service_mode" in ('fullDay', 'halfDay', 'hourly', 'temporary')),
	CONSTRAINT "institution_fees_amount_check" CHECK ("institution_fees"."monthly_fee_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "institutions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"credit_code" text NOT NULL,
	"legal_nature" text NOT NULL,
	"registrar" text NOT NULL,
	"kind" text NOT NULL,
	"ownership" text NOT NULL,
	"is_inclusive" boolean DEFAULT false NOT NULL,
	"brand" text,
	"address" text NOT NULL,
	"lat" double precision NOT NULL,
	"lng" double precision NOT NULL,
	"district_code" text NOT NULL,
	"subdistrict_code" text NOT NULL,
	"contact_name" text NOT NULL,
	"contact_phone" text NOT NULL,
	"opening_hours" text NOT NULL,
	"service_modes" text[] NOT NULL,
	"is_premises_owned" boolean NOT NULL,
	"lease_end_date" date,
	"floor_area_m2" double precision NOT NULL,
	"has_meals" boolean NOT NULL,
	"filing_status" text DEFAULT 'registered' NOT NULL,
	"filing_number" text,
	"filed_at" timestamp with time zone,
	"grade" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "institutions_legal_nature_check" CHECK ("legal_nature" in ('forProfit', 'nonProfit')),
	CONSTRAINT "institutions_registrar_check" CHECK ("registrar" in ('civilAffairs', 'marketRegulation', 'staffingOffice', 'education')),
	CONSTRAINT "institutions_kind_check" CHECK ("kind" in ('kindergartenClass', 'communityPoint', 'employerPoint', 'socialCapital', 'familyPoint', 'districtCentre')),
	CONSTRAINT "institutions_ownership_check" CHECK ("ownership" in ('public', 'publicBuiltPrivateRun', 'privateWithPublicAid', 'private')),
	CONSTRAINT "institutions_filing_status_check" CHECK ("filing_status" in ('registered', 'draft', 'submitted', 'underReview', 'returned', 'filed', 'refused', 'suspended', 'withdrawn')),
	CONSTRAINT "institutions_grade_check" CHECK ("grade" in ('A', 'B', 'C', 'D')),
	CONSTRAINT "institutions_service_modes_check" CHECK ("service_modes" <@ array['fullDay', 'halfDay', 'hourly', 'temporary']::text[]),
	CONSTRAINT "institutions_location_check" CHECK ("institutions"."lat" between -90 and 90 and "institutions"."lng" between -180 and 180),
	CONSTRAINT "institutions_premises_check" CHECK ("institutions"."is_premises_owned" or "institutions"."lease_end_date" is not null),
	CONSTRAINT "institutions_floor_area_check" CHECK ("institutions"."floor_area_m2" > 0),
	CONSTRAINT "institutions_filed_check" CHECK ("institutions"."filing_status" not in ('filed', 'suspended') or ("institutions"."filing_number" is not null and "institutions"."filed_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "institution_staff" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"id_number_cipher" text NOT NULL,
	"id_number_hash" text NOT NULL,
	"id_number_masked" text NOT NULL,
	"certificates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"training_hours" integer DEFAULT 0 NOT NULL,
	"hired_at" date NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"left_at" date,
	"district_code" text NOT NULL,
	"subdistrict_code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "institution_staff_role_check" CHECK ("role" in ('director', 'caregiver', 'healthStaff', 'other')),
	CONSTRAINT "institution_staff_status_check" CHECK ("status" in ('active', 'left')),
	CONSTRAINT "institution_staff_training_check" CHECK ("institution_staff"."training_hours" >= 0),
	CONSTRAINT "institution_staff_left_check" CHECK ("institution_staff"."status" = 'active' or "institution_staff"."left_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "jurisdictions" (
	"code" text PRIMARY KEY NOT NULL,
	"parent_code" text,
	"level" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text,
	"population" integer,
	"population_source" text,
	"population_year" smallint,
	"under3_population" integer,
	"under3_population_source" text,
	"under3_population_year" smallint,
	"household_income_fen" integer,
	"household_income_source" text,
	"household_income_year" smallint,
	"zone_type" text,
	"boundary" jsonb,
	"bbox_min_lng" double precision,
	"bbox_min_lat" double precision,
	"bbox_max_lng" double precision,
	"bbox_max_lat" double precision,
	"manual_fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jurisdictions_level_check" CHECK ("jurisdictions"."level" in ('city', 'district', 'subdistrict', 'community')),
	CONSTRAINT "jurisdictions_code_check" CHECK ("jurisdictions"."code" ~ '^([0-9]{6}|[0-9]{9}|[0-9]{12})$'),
	CONSTRAINT "jurisdictions_figures_check" CHECK ("jurisdictions"."population" >= 0 and "jurisdictions"."under3_population" >= 0 and "jurisdictions"."household_income_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "policy_profile_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jurisdiction_code" text NOT NULL,
	"level" text NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"values" jsonb NOT NULL,
	"reason" text,
	"notes" text,
	"revision" integer DEFAULT 1 NOT NULL,
	"shipped_key" text,
	"created_by" uuid,
	"created_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid,
	"published_by_name" text,
	"published_at" timestamp with time zone,
	CONSTRAINT "policy_profile_versions_status_ck" CHECK (status in ('draft', 'active', 'superseded')),
	CONSTRAINT "policy_profile_versions_level_ck" CHECK (level in ('national', 'city', 'district')),
	CONSTRAINT "policy_profile_versions_range_ck" CHECK (effective_to is null or effective_to >= effective_from)
);
--> statement-breakpoint
ALTER TABLE "password_history" ADD CONSTRAINT "password_history_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "children" ADD CONSTRAINT "children_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "children" ADD CONSTRAINT "children_class_fk" FOREIGN KEY ("class_id","institution_id") REFERENCES "public"."institution_classes"("id","institution_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_classes" ADD CONSTRAINT "institution_classes_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_fees" ADD CONSTRAINT "institution_fees_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_staff" ADD CONSTRAINT "institution_staff_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jurisdictions" ADD CONSTRAINT "jurisdictions_parent_code_jurisdictions_code_fk" FOREIGN KEY ("parent_code") REFERENCES "public"."jurisdictions"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sms_outbox_phone_idx" ON "sms_outbox" USING btree ("phone","created_at");--> statement-breakpoint
CREATE INDEX "password_history_user_idx" ON "password_history" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "sessions_token_hash_key" ON "sessions" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_key" ON "users" USING btree ("username");--> statement-breakpoint
CREATE UNIQUE INDEX "users_phone_key" ON "users" USING btree ("phone");--> statement-breakpoint
CREATE INDEX "users_jurisdiction_idx" ON "users" USING btree ("jurisdiction_code");--> statement-breakpoint
CREATE INDEX "users_institution_idx" ON "users" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "users_role_idx" ON "users" USING btree ("role");--> statement-breakpoint
CREATE UNIQUE INDEX "children_id_number_key" ON "children" USING btree ("id_number_hash");--> statement-breakpoint
CREATE INDEX "children_family_idx" ON "children" USING btree ("family_user_id");--> statement-breakpoint
CREATE INDEX "children_institution_idx" ON "children" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "children_class_idx" ON "children" USING btree ("class_id");--> statement-breakpoint
CREATE INDEX "children_district_idx" ON "children" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "children_subdistrict_idx" ON "children" USING btree ("subdistrict_code");--> statement-breakpoint
CREATE INDEX "institution_classes_institution_idx" ON "institution_classes" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "institution_classes_district_idx" ON "institution_classes" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "institution_classes_subdistrict_idx" ON "institution_classes" USING btree ("subdistrict_code");--> statement-breakpoint
CREATE UNIQUE INDEX "institution_fees_key" ON "institution_fees" USING btree ("institution_id","class_type","service_mode");--> statement-breakpoint
CREATE INDEX "institution_fees_district_idx" ON "institution_fees" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "institution_fees_subdistrict_idx" ON "institution_fees" USING btree ("subdistrict_code");--> statement-breakpoint
CREATE UNIQUE INDEX "institutions_credit_code_key" ON "institutions" USING btree ("credit_code");--> statement-breakpoint
CREATE UNIQUE INDEX "institutions_filing_number_key" ON "institutions" USING btree ("filing_number");--> statement-breakpoint
CREATE INDEX "institutions_district_idx" ON "institutions" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "institutions_subdistrict_idx" ON "institutions" USING btree ("subdistrict_code");--> statement-breakpoint
CREATE INDEX "institutions_filing_status_idx" ON "institutions" USING btree ("filing_status");--> statement-breakpoint
CREATE INDEX "institution_staff_institution_idx" ON "institution_staff" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "institution_staff_district_idx" ON "institution_staff" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "institution_staff_subdistrict_idx" ON "institution_staff" USING btree ("subdistrict_code");--> statement-breakpoint
CREATE UNIQUE INDEX "institution_staff_active_person_key" ON "institution_staff" USING btree ("id_number_hash") WHERE "institution_staff"."status" = 'active';--> statement-breakpoint
CREATE INDEX "institution_staff_id_number_idx" ON "institution_staff" USING btree ("id_number_hash");--> statement-breakpoint
CREATE INDEX "jurisdictions_parent_idx" ON "jurisdictions" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "jurisdictions_level_idx" ON "jurisdictions" USING btree ("level");--> statement-breakpoint
CREATE UNIQUE INDEX "policy_profile_versions_version_uq" ON "policy_profile_versions" USING btree ("jurisdiction_code","version");--> statement-breakpoint
CREATE UNIQUE INDEX "policy_profile_versions_draft_uq" ON "policy_profile_versions" USING btree ("jurisdiction_code") WHERE status = 'draft';--> statement-breakpoint
CREATE UNIQUE INDEX "policy_profile_versions_active_uq" ON "policy_profile_versions" USING btree ("jurisdiction_code") WHERE status = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "policy_profile_versions_shipped_uq" ON "policy_profile_versions" USING btree ("shipped_key");--> statement-breakpoint
CREATE INDEX "policy_profile_versions_effective_idx" ON "policy_profile_versions" USING btree ("jurisdiction_code","effective_from");