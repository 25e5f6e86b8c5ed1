// Scenarios for a first-time user's VS Code: the walkthrough (nw), and the README's screenshots of the
// form in a light, a dark and a high-contrast theme (nt), the form back after a window reload (nr), and
// the keyboard left where the user went while a create was under way (nf).
// Run in run.ts's browser, signed in.
import type { Workbench } from '../host/workbench';
import { DEMO_KEY, type FakeLightfield } from '../fake-lightfield/server';
import { sleep } from '../host/tools';
import {
  PANEL_TITLE,
  isCreate,
  openCreateContact,
  requestsSince,
  submit,
  valueSoon,
  waitForForm,
  type ScenarioBody,
} from './harness';

type Scenario = (letter: string, name: string, body: ScenarioBody) => Promise<void>;

const WALKTHROUGH = 'Get started with Lightfield Contact Capture';
const STEPS = [
  'Connect your Lightfield workspace',
  'Create a contact',
  'Capture a contact from text',
  'Import a CSV or vCard file',
];

/** The themes of the README's screenshots, by their names in Preferences: Color Theme. */
const THEMES = { light: 'Light Modern', dark: 'Dark Modern', 'high-contrast': 'Dark High Contrast' } as const;

/** Chooses a colour theme as a user does, and waits until the workbench wears it. */
async function chooseTheme(w: Workbench, theme: string): Promise<void> {
  // Rows are clicked, not entered: the palette's fuzzy match may put "Browse Color Themes in
  // Marketplace" first, and the theme picker searches the (unreachable) marketplace for what it lacks.
  const row = (text: string) => w.page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first();
  const pick = w.page.locator('.quick-input-widget input');
  await w.runCommand('Preferences: Color Theme');
  await pick.fill(theme);
  await row(theme).click();
  await pick.waitFor({ state: 'hidden' });
}

/**
 * Room for what a scenario shows: hides both side bars (their commands are offered only while they
 * show); the function returned brings back the primary one if it was open.
 */
async function hideSideBars(w: Workbench): Promise<() => Promise<void>> {
  if (await w.page.locator('.part.auxiliarybar').isVisible()) await w.runCommand('View: Hide Secondary Side Bar');
  if (!(await w.page.locator('.part.sidebar').isVisible())) return async () => {};
  await w.runCommand('View: Close Primary Side Bar');
  return () => w.runCommand('View: Toggle Primary Side Bar Visibility');
}

/** Opens our walkthrough as a user does: Welcome: Open Walkthrough…, then its title. */
async function openWalkthrough(w: Workbench): Promise<void> {
  await w.runCommand('Welcome: Open Walkthrough...');
  const pick = w.page.locator('.quick-input-widget input');
  await pick.fill(WALKTHROUGH);
  await w.page.locator('.quick-input-list .monaco-list-row', { hasText: WALKTHROUGH }).first().waitFor();
  await pick.press('Enter');
}

export async function runNativeScenarios(scenario: Scenario, fake: FakeLightfield): Promise<void> {
  await scenario(
    'nw',
    'the walkthrough opens with its four steps, and its button opens the form',
    async (w, expect) => {
      // Room for the step's picture: VS Code leaves it out of a narrow walkthrough.
      const restoreSideBar = await hideSideBars(w);
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
      await page.getByRole('button', { name: 'Create Contact', exact: true }).click();
      // Run alone (LIGHTFIELD_E2E_ONLY) no key is stored yet: the command asks for one first.
      const keyBox = w.quickInput({ password: true });
      await w.tab(PANEL_TITLE).or(keyBox).first().waitFor({ timeout: 20_000 });
      if (await keyBox.isVisible()) await w.answerInput(DEMO_KEY, { password: true });
      await waitForForm(w);
      await restoreSideBar();
    },
  );
  await scenario(
    'nt',
    "the README's screenshots: the form, its button in view, in light, dark and high contrast",
    async (w, expect) => {
      const wasLight = await w.page.locator('.monaco-workbench.vs').count();
      await openCreateContact(w, true);
      const form = w.webview();
      await form.getByLabel('First name', { exact: true }).fill('Ada');
      await form.getByLabel('Last name', { exact: true }).fill('Lovelace');
      await form.getByLabel('Email', { exact: true }).fill('ada@analytical-engines.example');
      await form.getByLabel('Phone', { exact: true }).fill('(415) 555-0123');
      // The README shows the form, not empty side bars.
      const restoreSideBar = await hideSideBars(w);
      try {
        for (const [name, theme] of Object.entries(THEMES)) {
          await chooseTheme(w, theme);
          const button = form.getByRole('button', { name: 'Create Contact', exact: true });
          expect.that(
            await button.evaluate((node) => node.getBoundingClientRect().bottom <= window.innerHeight),
            `Create Contact out of view in ${theme}`,
          );
          await w.screenshot(`readme-form-${name}`);
        }
      } finally {
        await chooseTheme(w, wasLight ? THEMES.light : THEMES.dark);
        await restoreSideBar();
      }
    },
  );

  await scenario('nr', 'the open form comes back after a window reload, with what was typed', async (w, expect) => {
    await openCreateContact(w, true);
    const first = w.webview().getByLabel('First name', { exact: true });
    await first.fill('Hedy');
    // Typed and not left before the reload: the restored form shows it formatted for reading.
    await w.webview().getByLabel('Phone', { exact: true }).fill('4155550123');
    await sleep(1000); // the draft is saved as the user pauses
    await w.runCommand('Developer: Reload Window');
    await w.page
      .locator('.monaco-workbench')
      .waitFor({ state: 'detached', timeout: 20_000 })
      .catch(() => {});
    await w.tab(PANEL_TITLE).waitFor({ timeout: 60_000 });
    const restored = w.webview().getByLabel('First name', { exact: true });
    await restored.waitFor({ timeout: 30_000 });
    expect.equal(await valueSoon(restored, 'Hedy', 3000), 'Hedy', 'First name after the reload');
    const phone = w.webview().getByLabel('Phone', { exact: true });
    expect.equal(await valueSoon(phone, '(415) 555-0123'), '(415) 555-0123', 'Phone after the reload');
    expect.that(
      await w.webview().getByRole('button', { name: 'Create Contact', exact: true }).isVisible(),
      'Create Contact shown',
    );
  });

  await scenario(
    'nf',
    'a create that answers while the user is in the palette leaves the keyboard there',
    async (w, expect) => {
      // The stand-in asks for a retry in 6 s: time for the user to turn to the palette before the create
      // answers.
      fake.injectFault('POST /v1/contacts', { kind: 'status', status: 503, retryAfterMs: 6000 }, 1);
      await openCreateContact(w, true);
      const form = w.webview();
      await form.getByLabel('First name', { exact: true }).fill('Grace');
      await form.getByLabel('Last name', { exact: true }).fill('Hopper');
      await form.getByLabel('Email', { exact: true }).fill('grace@cobol-works.example');
      const since = fake.requests.length;
      await submit(w);
      await w.page.keyboard.press('F1');
      const palette = w.page.locator('.quick-input-widget input');
      await palette.waitFor({ state: 'visible', timeout: 10_000 });
      await w.page.keyboard.type('View: Tog', { delay: 50 });
      const creates = () => fake.requests.slice(since).filter(isCreate).length;
      expect.that(creates() < 2, 'the create was retried before the palette opened: nothing tested');
      await requestsSince(fake, since, isCreate, 2, 15_000);
      await form.getByText('Created contact Grace Hopper').first().waitFor({ timeout: 15_000 });
      await sleep(1000); // a focus pulled into the panel closes the palette within a frame or two
      expect.that(await palette.isVisible(), 'the palette closed when the create answered');
      expect.that(
        await w.page.evaluate(() => document.activeElement?.closest('.quick-input-widget') !== null),
        'the keyboard left the palette when the create answered',
      );
      expect.equal(await palette.inputValue(), '>View: Tog', 'what was typed into the palette');
      // Back in the panel, the keyboard is on the outcome, as it is when the user waited there.
      await w.page.keyboard.press('Escape');
      const done = form.locator('p.done');
      await done.waitFor({ timeout: 10_000 });
      let focusedDone = false;
      for (let i = 0; i < 30 && !focusedDone; i++, await sleep(100))
        focusedDone = await done.evaluate((line) => line.ownerDocument.activeElement === line);
      expect.that(focusedDone, 'the outcome has the focus once the user is back in the panel');
    },
  );
}
