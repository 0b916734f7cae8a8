import type {Browser} from 'playwright-core';
type PageWeight = {url: string; html: number; js: number; css: number; img: number; font: number; other: number; total: number; requests: {url: string; type: string; bytes: number}[]};
type Budget = {pageBudgetBytes: number; pageGoalBytes: number; homeBudgetBytes: number; directoryListBudgetBytes: number; directoryPlaceBudgetBytes: number; budgetWordLimit: number; quickExitScriptBudgetBytes: number};
declare const pageWeight: {measurePage(browser: Browser, url: string): Promise<PageWeight>; readBudget(): Budget};
export = pageWeight;
