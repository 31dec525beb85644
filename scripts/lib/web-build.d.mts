import type { SpawnOptions } from 'node:child_process';

/** The repository root. */
export const root: string;
export function run(command: string, args: string[], options?: SpawnOptions): Promise<number>;
export function isWebBuildNeeded(): boolean;
export function ensureWebBuild(): Promise<void>;
