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
ALTER TABLE "case_events" DROP CONSTRAINT "case_events_kind_check";--> statement-breakpoint
ALTER TABLE "case_deadline_alerts" ADD CONSTRAINT "case_deadline_alerts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_kind_check" CHECK ("kind" in ('submitted', 'acknowledged', 'step', 'replied', 'satisfaction', 'evidenceAdded', 'duplicate', 'acknowledgeOverdue', 'resolveOverdue'));