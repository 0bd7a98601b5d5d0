// WPS's functions.json from Excel's. Pure and import-free: the WPS build (scripts/build-wps.js) loads
// this file on its own with TypeScript's transpiler.

interface ExcelParameter {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}
interface ExcelFunction {
  id: string;
  name: string;
  description?: string;
  parameters: ExcelParameter[];
  result: { type?: string; dimensionality?: string };
}

/**
 * WPS's functions.json (the format wpsjs generates: name, description, parameters with a type of
 * string / number / bool / any, "[][]" for a range, "?" when optional; result type) from Excel's
 * functions.json, which custom-functions-metadata generates from the same JSDoc.
 */
export function wpsFunctionsJson(excel: { functions: ExcelFunction[] }): { functions: unknown[] } {
  const type = (t: string | undefined, dim: string | undefined) => {
    const base = t === 'boolean' ? 'bool' : t === 'string' || t === 'number' ? t : 'any';
    return dim === 'matrix' ? `${base}[][]` : base;
  };
  return {
    functions: excel.functions.map((f) => ({
      name: f.id,
      description: f.description ?? '',
      parameters: f.parameters.map((p) => ({ name: p.name, description: p.description ?? '', type: type(p.type, p.dimensionality) + (p.optional ? '?' : '') })),
      result: { type: type(f.result.type, f.result.dimensionality) },
    })),
  };
}
