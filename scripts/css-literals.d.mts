import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';

export function minifyCssBody(body: string, where?: string): Promise<string>;
export function minifyCssLiterals(source: string, where?: string): Promise<string>;
export function esbuildCssLiterals(): EsbuildPlugin;
export function viteCssLiterals(): VitePlugin;
