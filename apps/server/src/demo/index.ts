/** The deterministic demo city: generator, seeding, and the demo accounts it creates. */
export { seedCity, generateDemoCity, CityAlreadySeededError, DEFAULT_SEED, type SeedReport } from './seed-city.ts';
export { cityPlans, demoCities, REFERENCE_DATE, type CityPlan, type DemoCity } from './city-plans.ts';
export { DEMO_PASSWORD, DEMO_TOTP_SECRET, formatDemoAccounts, type DemoAccount } from './demo-accounts.ts';
export { digestOfCity } from './digest.ts';
export { formatSeedReport } from './report.ts';
export { isCitySeeded, demoAccountsOfSeededCity } from './seeded-city.ts';
