// Lightfield: Set API Key.
import { askForApiKey } from '../services/apiKeyPrompts';
import { LightfieldAccess } from '../services/lightfieldAccess';

export async function setApiKey(access: LightfieldAccess): Promise<void> {
  await askForApiKey(access, { confirm: true });
}
