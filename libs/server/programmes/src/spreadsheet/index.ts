export * from './columns';
export * from './values';
export * from './read-rows';
export * from './row-to-fields';
export * from './template';
export * from './error-report';
export * from './export';
export { guardFormula, UTF8_BOM } from './workbook';
export { isExampleRow } from './example';
