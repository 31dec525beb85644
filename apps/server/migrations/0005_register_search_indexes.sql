DROP INDEX "institution_classes_institution_idx";--> statement-breakpoint
DROP INDEX "ratings_published_idx";--> statement-breakpoint
CREATE INDEX "children_enrolled_class_idx" ON "children" USING btree ("class_id") WHERE "children"."status" = 'enrolled';--> statement-breakpoint
CREATE INDEX "institution_fees_amount_idx" ON "institution_fees" USING btree ("institution_id","class_type","service_mode","monthly_fee_fen");--> statement-breakpoint
CREATE INDEX "institution_classes_institution_idx" ON "institution_classes" USING btree ("institution_id","class_type","capacity","id");--> statement-breakpoint
CREATE INDEX "ratings_published_idx" ON "ratings" USING btree ("institution_id","created_at","overall") WHERE "ratings"."status" = 'published';