import type {Browser} from 'playwright-core';
type PageWeight = {url: string; html: number; js: number; css: number; img: number; font: number; other: number; total: number; requests: {url: string; type: string; bytes: number}[]};
type Budget = {frameworkFloorBytes: number; pageBudgetBytes: number; pageGoalBytes: number; quickExitScriptBudgetBytes: number; measuredAt: string; versions: Record<string, string>};
declare const pageWeight: {measurePage(browser: Browser, url: string): Promise<PageWeight>; readBudget(): Budget};
export = pageWeight;
