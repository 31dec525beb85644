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
ALTER TABLE "institution_photos" ADD CONSTRAINT "institution_photos_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "institution_photos_institution_idx" ON "institution_photos" USING btree ("institution_id","uploaded_at");--> statement-breakpoint
CREATE INDEX "institution_photos_district_idx" ON "institution_photos" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "institution_photos_subdistrict_idx" ON "institution_photos" USING btree ("subdistrict_code");
