// Sheet model: header detection, task rows, merged areas.
export * from './header';
export * from './rows';
