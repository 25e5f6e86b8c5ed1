// Where the form's fields come from: the cached definitions when there are some (the form opens at
// once, and a background refresh updates it), else Lightfield itself.
import { hiddenFields } from '../config/settings';
import { buildFormFields, FormField } from '../contact/formFields';
import { systemFormFields } from '../contact/systemFields';
import { DefinitionsCache } from './definitionsCache';
import { ObjectDefinitions } from '../lightfield/types';
import { errorMessage } from '../base/errorMessage';
import { LightfieldAccess } from './lightfieldAccess';

export class ContactFieldsSource {
  private readonly reportedTypes = new Set<string>();

  constructor(
    private readonly access: LightfieldAccess,
    private readonly cache: DefinitionsCache,
  ) {}

  /** Cached fields now (and `onRefreshed` later, if a background refresh changes them), else fetched ones. */
  async load(apiKey: string, onRefreshed: (fields: FormField[]) => void): Promise<FormField[]> {
    const cached = this.cached(apiKey);
    if (!cached) return this.refresh(apiKey);
    this.refreshInBackground(apiKey, onRefreshed);
    return cached;
  }

  /** The fields of the cached definitions, without the network; undefined when none are cached. */
  cached(apiKey: string): FormField[] | undefined {
    const cached = this.cache.get(this.access.baseUrl(), apiKey);
    return cached && this.toFields(cached.definitions);
  }

  /** The fields every workspace has, without the network: the form's first fields the first time ever. */
  system(): FormField[] {
    return systemFormFields(hiddenFields());
  }

  /** Fetches the definitions behind the scenes; `onChanged` gets the fields when they differ from the cached ones. */
  refreshInBackground(apiKey: string, onChanged: (fields: FormField[]) => void): void {
    this.fetchAndCache(apiKey).then(
      ({ fields, changed }) => {
        if (changed) onChanged(fields);
      },
      // The cached form stays usable; the failure is in the log, and Refresh Fields reports it.
      (error: unknown) =>
        this.access.log.warn(`Background refresh of the contact fields failed: ${errorMessage(error)}`),
    );
  }

  /** Fetches the definitions, caches them, and returns the fields. */
  async refresh(apiKey: string): Promise<FormField[]> {
    return (await this.fetchAndCache(apiKey)).fields;
  }

  private async fetchAndCache(apiKey: string): Promise<{ fields: FormField[]; changed: boolean }> {
    const definitions = await this.access.client(apiKey).getContactDefinitions();
    const changed = await this.cache.put(this.access.baseUrl(), apiKey, definitions);
    return { fields: this.toFields(definitions), changed };
  }

  private toFields(definitions: ObjectDefinitions): FormField[] {
    const { fields, unknownValueTypes } = buildFormFields(definitions, hiddenFields());
    for (const type of unknownValueTypes.filter((t) => !this.reportedTypes.has(t))) {
      this.reportedTypes.add(type);
      this.access.log.warn(
        `Contact fields of type ${type} are not offered: this version of the extension cannot edit them.`,
      );
    }
    return fields;
  }
}
