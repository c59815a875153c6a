import { Foundation1795321792898 } from './1795321792898-foundation';

/** Every migration, oldest first. `npm run migration:generate -- Name` appends here. */
export const MIGRATIONS = [Foundation1795321792898];
