// The export formats, apart from their writers so the CLI can list them without loading the code tables.
export const EXPORT_FORMATS = ['ndjson', 'csv', 'cameo', 'plover'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
