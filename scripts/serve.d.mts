import type { Server } from 'node:http';
export function readHeaders(root: string): Record<string, string>;
export function serve(root: string, options?: { port?: number; host?: string; headers?: Record<string, string> }): Promise<{ server: Server; origin: string }>;
