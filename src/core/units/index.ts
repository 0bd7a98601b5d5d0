export { UnitDirectory, UnitsConfigError, UNITS_CONFIG_ERROR_TEXT, sameUnit, unitKey, levelPrefix } from './directory';
export type { UnitsConfig, ResolvedUnit, ResolveVia } from './directory';
export { parseUnits, sharedParsedUnits, combineLeadSupport, parsedUnitKey } from './parse-units';
export type { ParsedUnit, ParsedUnits } from './parse-units';
export { workload, planWorkload, compareUnitNames, byWorkload, planUnitsBySeq, UnitCounter } from './workload';
export type { WorkloadRow, CountingOptions } from './workload';
export { BUILTIN_UNITS } from './builtin-units';
export type { BuiltinUnit } from './builtin-units';
