import type { Command } from 'commander';

export function registerCreateAdmin(_program: Command) {}
