// Scenarios for a first-time user's VS Code: the walkthrough (v). Run in run.ts's browser, signed in.
import type { Workbench } from '../host/workbench';
import { PANEL_TITLE, type ScenarioBody } from './harness';

type Scenario = (letter: string, name: string, body: ScenarioBody) => Promise<void>;

const WALKTHROUGH = 'Get started with Lightfield Contact Capture';
const STEPS = [
  'Connect your Lightfield workspace',
  'Create a contact',
  'Capture a contact from text',
  'Import a CSV or vCard file',
];

/** Opens our walkthrough as a user does: Welcome: Open Walkthrough…, then its title. */
async function openWalkthrough(w: Workbench): Promise<void> {
  await w.runCommand('Welcome: Open Walkthrough...');
  const pick = w.page.locator('.quick-input-widget input');
  await pick.fill(WALKTHROUGH);
  await w.page.locator('.quick-input-list .monaco-list-row', { hasText: WALKTHROUGH }).first().waitFor();
  await pick.press('Enter');
}

export async function runNativeScenarios(scenario: Scenario): Promise<void> {
  await scenario('v', 'the walkthrough opens with its four steps, and its button opens the form', async (w, expect) => {
    await openWalkthrough(w);
    const page = w.page.locator('.gettingStartedContainer');
    await page.getByText(WALKTHROUGH).first().waitFor({ timeout: 20_000 });
    for (const step of STEPS) {
      expect.equal(await page.locator('.getting-started-step', { hasText: step }).count(), 1, `step "${step}"`);
    }
    const create = page.locator('.getting-started-step', { hasText: 'Create a contact' });
    await create.click();
    const picture = page.locator('img[alt^="The contact form with name, email, phone and company"]');
    await picture.waitFor({ timeout: 10_000 });
    expect.that(await picture.evaluate((img: HTMLImageElement) => img.naturalWidth > 0), 'the picture loaded');
    await w.screenshot('walkthrough');
    await create.getByRole('button', { name: 'Create Contact' }).click();
    await w.tab(PANEL_TITLE).waitFor({ timeout: 20_000 });
    await w.webview().getByLabel('First name', { exact: true }).waitFor({ timeout: 20_000 });
  });
}
