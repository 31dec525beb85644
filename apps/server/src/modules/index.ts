import type { FastifyPluginAsync } from 'fastify';
import { accountsModule } from './accounts/index.ts';
import { auditModule } from './audit/index.ts';
import { jurisdictionsModule } from './jurisdictions/index.ts';
import { policiesModule } from './policies/index.ts';
import { institutionsModule } from './institutions/index.ts';
import { exchangeModule } from './exchange/index.ts';
import { importsModule } from './imports/index.ts';
import { prepaymentsModule } from './prepayments/index.ts';
import { closuresModule } from './closures/index.ts';
import { registerModule } from './register/index.ts';
import { filingsModule } from './filings/index.ts';
import { notificationsModule } from './notifications/index.ts';
import { bookingsModule } from './bookings/index.ts';
import { ratingsModule } from './ratings/index.ts';
import { casesModule } from './cases/index.ts';
import { policyLibraryModule } from './policy-library/index.ts';

/** Every domain module's Fastify plugin, registered under /api/v1 in this order. */
export const apiModules: FastifyPluginAsync[] = [accountsModule, auditModule, jurisdictionsModule, policiesModule, institutionsModule, exchangeModule, importsModule, prepaymentsModule, closuresModule, registerModule, filingsModule, notificationsModule, bookingsModule, ratingsModule, casesModule, policyLibraryModule];
