import common from './common.ts';
import errors from './errors.ts';
import auth from './auth.ts';
import admin from './admin.ts';
import audit from './audit.ts';
import jurisdictions from './jurisdictions.ts';
import policies from './policies.ts';
import portals from './portals.ts';
import home from './home.ts';
import institutions from './institutions.ts';

export default { common, errors, auth, admin, audit, jurisdictions, policies, portals, home, institutions };
