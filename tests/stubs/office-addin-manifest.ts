// Stand-in for office-addin-manifest under jest (its ESM-only dependencies do not load there).
export const OfficeAddinManifest = {};
export default {};
