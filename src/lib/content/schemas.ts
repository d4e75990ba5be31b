/** The schema of every kind of content entry, one file per kind; importers use this module. */
export { BUILD_DATE, isCalendarDate, notAfterBuild, slugId } from './schema-fields.ts';
export * from './schema-chapter.ts';
export * from './schema-sources.ts';
export * from './schema-statements.ts';
export * from './schema-deaths.ts';
export * from './schema-deaths-ru.ts';
export * from './schema-ledger.ts';
export * from './schema-reports.ts';
