// The Excel adapter of the task pane: reading, marking, clearing, sheets and settings.
export * from './a1';
export * from './capabilities';
export * from './paint-plan';
export * from './marks';
export * from './sheets';
export * from './settings-store';
export * from './plan-sheets';
export type { EngineResult, EngineTask, EngineSheetInput, LedgerEngine } from './engine-types';
