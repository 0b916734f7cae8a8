import type {Browser} from 'playwright-core';
export type PageWeight = {url: string; html: number; js: number; css: number; img: number; font: number; other: number; total: number; requests: {url: string; type: string; bytes: number}[]};
export function measurePage(browser: Browser, url: string): Promise<PageWeight>;
export function readBudget(): {frameworkFloorBytes: number; pageBudgetBytes: number; pageGoalBytes: number; quickExitScriptBudgetBytes: number; measuredAt: string; versions: Record<string, string>};
