export { parsePlan, PlanError, PLAN_ERROR_TEXT } from './parse-plan';
export type { Plan, PlanTask } from './parse-plan';
export { PLAN_2018 } from './plan-2018';
