// Tells the client's errors from any other without instanceof: their classes live in dist/http.js
// (lightfield/httpStack.ts), which loads on the first request, so the code that explains and handles
// them holds only their types. The discriminant is set by the base class, LightfieldError.
import type { LightfieldError } from './errors';

export function isLightfieldError(error: unknown): error is LightfieldError {
  return error instanceof Error && (error as Partial<LightfieldError>).source === 'lightfield';
}
