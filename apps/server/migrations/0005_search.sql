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
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_class_fk" FOREIGN KEY ("class_id","institution_id") REFERENCES "public"."institution_classes"("id","institution_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_slots" ADD CONSTRAINT "visit_slots_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_slot_id_visit_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."visit_slots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
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
CREATE INDEX "institutions_location_idx" ON "institutions" USING gist (point("lng", "lat"));