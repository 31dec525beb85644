export { backupToFile, type BackupSummary } from './backup.ts';
export { restoreFromFile, type RestoreSummary } from './restore.ts';
export { BackupError } from './format.ts';
