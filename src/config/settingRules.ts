// What each setting may hold, read from the manifest (package.json contributes.configuration), so a
// type, a default and a range are declared once. Settings files are hand-edited JSON: a value of the
// wrong type, or a number outside its range (a timeout that would overflow setTimeout), is replaced
// here, and the problem is named so the host can log it. No `vscode` here: unit-tested under mocha.
import { contributes } from '../../package.json';

const SECTION = 'lightfield';

interface Declared {
  type: string;
  default: unknown;
  minimum?: number;
  maximum?: number;
}

export type SettingName =
  | 'baseUrl'
  | 'requestTimeoutSeconds'
  | 'hiddenFields'
  | 'defaultPhoneCountry'
  | 'codeActions.enabled'
  | 'codeActions.languages';

export interface CheckedSetting<T> {
  value: T;
  /** What was wrong and what is used instead; undefined when the value was fine. */
  problem?: string;
}

function declared(name: SettingName): Declared {
  const properties: Record<string, Declared> = contributes.configuration.properties;
  return properties[`${SECTION}.${name}`];
}

/** The setting's value as it may be used: the default for a missing or mistyped one, numbers in range. */
export function checkSetting<T>(name: SettingName, value: unknown): CheckedSetting<T> {
  const rule = declared(name);
  const fallback = (why: string): CheckedSetting<T> => ({
    value: rule.default as T,
    problem: `The setting ${SECTION}.${name} ${why}: using the default, ${JSON.stringify(rule.default)}.`,
  });
  if (value === undefined) return { value: rule.default as T };
  switch (rule.type) {
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return fallback('is not a number');
      const clamped = Math.min(Math.max(value, rule.minimum ?? -Infinity), rule.maximum ?? Infinity);
      if (clamped === value) return { value: value as T };
      const bound = clamped > value ? `below its minimum, ${rule.minimum}` : `above its maximum, ${rule.maximum}`;
      return {
        value: clamped as T,
        problem: `The setting ${SECTION}.${name} is ${value}, ${bound}: using ${clamped}.`,
      };
    }
    case 'string':
      return typeof value === 'string' ? { value: value as T } : fallback('is not text');
    case 'boolean':
      return typeof value === 'boolean' ? { value: value as T } : fallback('is not true or false');
    case 'array': {
      if (!Array.isArray(value)) return fallback('is not a list');
      const texts = value.filter((entry): entry is string => typeof entry === 'string');
      if (texts.length === value.length) return { value: value as T };
      return {
        value: texts as T,
        problem: `The setting ${SECTION}.${name} holds entries that are not text: they are ignored.`,
      };
    }
    default:
      return { value: value as T };
  }
}
