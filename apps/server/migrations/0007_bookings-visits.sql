ALTER TABLE "visits" ADD COLUMN "contact_name" text NOT NULL;--> statement-breakpoint
ALTER TABLE "visits" ADD COLUMN "contact_phone" text NOT NULL;