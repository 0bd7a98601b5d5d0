// The built-in reference plan: 浙政发〔2018〕16号, its annex of 49 key tasks and the ten 工程 of
// section 二. Data copied verbatim from the shared plan file; it goes through parsePlan like any
// user plan so the shipped data is held to the same contract.

import planJson from './plan-2018.json';
import { parsePlan, type Plan } from './parse-plan';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value as Record<string, unknown>).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** Shared and immutable: every check and every pane reads the same object. */
export const PLAN_2018: Plan = deepFreeze(parsePlan(planJson));
