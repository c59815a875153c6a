export * from './pdf-canvas';
export * from './printed-text';
export * from './xlsx-bytes';
