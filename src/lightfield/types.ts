// Wire types of the Lightfield REST API (lightfield-api.md). Property names are camelCase on the
// wire. Reads are parsed tolerantly: the API is beta, so unknown keys and value types are kept.

export const API_VERSION = '2026-03-01';

type KnownValueType =
  | 'ADDRESS'
  | 'CHECKBOX'
  | 'CURRENCY'
  | 'DATETIME'
  | 'EMAIL'
  | 'FULL_NAME'
  | 'MARKDOWN'
  | 'MULTI_SELECT'
  | 'NUMBER'
  | 'SINGLE_SELECT'
  | 'SOCIAL_HANDLE'
  | 'TELEPHONE'
  | 'TEXT'
  | 'URL'
  | 'HTML';

/** A known value type, or any string a newer API may send. */
type ValueType = KnownValueType | (string & Record<never, never>);

export interface SelectOption {
  id: string;
  label: string;
  description?: string | null;
  parentId?: string;
}

export interface TypeConfiguration {
  options?: SelectOption[];
  currency?: string;
  unique?: boolean;
  multipleValues?: boolean;
  handleService?: string;
  parentFieldKey?: string;
}

export interface FieldDefinition {
  id?: string | null;
  label: string;
  description: string | null;
  valueType: ValueType;
  readOnly?: boolean;
  typeConfiguration: TypeConfiguration;
  slug?: string;
  system?: boolean;
}

export interface RelationshipDefinition {
  id?: string | null;
  label: string;
  description: string | null;
  cardinality: string;
  objectType: string;
  slug?: string;
  system?: boolean;
}

export interface ObjectDefinitions {
  objectType: string;
  fieldDefinitions: Record<string, FieldDefinition>;
  relationshipDefinitions: Record<string, RelationshipDefinition>;
}

interface FullName {
  firstName?: string;
  lastName?: string;
}

/** A value as written: bare, never wrapped (lightfield-api.md §6). */
export type WriteValue = string | number | boolean | string[] | FullName | Record<string, string | number> | null;

export interface CreateRecordBody {
  fields: Record<string, WriteValue>;
  relationships?: Record<string, string | string[]>;
}

/** Relationship operations of an update (lightfield-api.md §8). */
export type RelationshipOperation =
  { add: string | string[] } | { remove: string | string[] } | { replace: string | string[] | null } | null;

export interface UpdateRecordBody {
  fields?: Record<string, WriteValue>;
  relationships?: Record<string, RelationshipOperation>;
}

export interface ListPage {
  object: 'list';
  data: LightfieldRecord[];
  totalCount: number;
}

/** A value as read: wrapped with its type. */
interface ReadValue {
  valueType: ValueType;
  value: unknown;
}

export interface LightfieldRecord {
  id: string;
  createdAt: string;
  updatedAt: string | null;
  httpLink: string | null;
  externalId?: string | null;
  fields: Record<string, ReadValue>;
  relationships: Record<string, { cardinality?: string; objectType?: string; values?: string[] }>;
}

export interface AuthValidation {
  active: boolean;
  tokenType?: string;
  subjectType?: string;
  /** Empty means full access, not none (lightfield-api.md §4). */
  scopes: string[];
}
