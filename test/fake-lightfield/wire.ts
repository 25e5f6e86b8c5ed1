// Wire types of the stand-in, written from lightfield-api.md. They live in test/ on purpose: the
// stand-in must not share types with the extension's client, or a misreading of the spec in one
// would silently agree with itself in the other.

/** A value as reads return it: wrapped with its type (§2 "reads wrap, writes don't"). */
export interface FieldValue {
  valueType: string;
  value: unknown;
}

/** A relationship as records show it (§3). */
export interface RelationshipValue {
  cardinality: string;
  objectType: string;
  values: string[];
}

/** Contacts and accounts share one record schema (§3). */
export interface LightfieldRecord {
  id: string;
  createdAt: string;
  updatedAt: string | null;
  httpLink: string | null;
  externalId?: string | null;
  fields: Record<string, FieldValue>;
  relationships: Record<string, RelationshipValue>;
}

export type ContactRecord = LightfieldRecord;
export type AccountRecord = LightfieldRecord;

/** The part of a select option the stand-in needs (§5). */
interface SelectOption {
  id: string;
  label: string;
}

export interface TypeConfiguration {
  options?: SelectOption[];
  currency?: string;
  unique?: boolean;
  multipleValues?: boolean;
  handleService?: string;
}

export interface FieldDefinition {
  label: string;
  valueType: string;
  readOnly?: boolean;
  typeConfiguration?: TypeConfiguration;
}

export interface RelationshipDefinition {
  label: string;
  cardinality: string;
  objectType: string;
}

/** `GET /v1/<object>/definitions` (§5). */
export interface ObjectDefinitions {
  objectType: string;
  fieldDefinitions: Record<string, FieldDefinition>;
  relationshipDefinitions: Record<string, RelationshipDefinition>;
}

/** `GET /v1/auth/validate` (§4). */
export interface AuthValidateResponse {
  active: boolean;
  tokenType: 'api_key';
  subjectType: 'user' | 'workspace';
  scopes: string[];
}

/** The error object of §10; sent inside `{"error": …}` unless the stand-in runs unwrapped. */
export interface ErrorObject {
  type: string;
  message: string;
  code?: string;
  param?: string;
}
