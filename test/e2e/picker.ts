// The contact form's company picker (the "Accounts" relationship) as a user works it: its input, the
// choices it lists, `Create Company "…"` and VS Code's confirmation, and the requests it makes.
import * as path from 'node:path';
import type { FrameLocator, Locator } from 'playwright-core';
import type { RecordedRequest } from '../fake-lightfield/server';
import { REPO_ROOT, log } from '../host/tools';
import type { Workbench } from '../host/workbench';
import type { Expectations } from './harness';

/** The label of `$account` in test/fixtures/contact-definitions.json. */
const ACCOUNTS_LABEL = 'Accounts';

export const isAccountCreate = (r: RecordedRequest): boolean => r.method === 'POST' && r.path === '/v1/accounts';
export const isAccountList = (r: RecordedRequest): boolean => r.method === 'GET' && r.path === '/v1/accounts';

/** A list request's filters, `{"$website[contains]": "example.com"}`; the query is decoded as the API decodes it. */
export function listFilters(request: RecordedRequest): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(request.query));
}

export function accountInput(form: FrameLocator): Locator {
  return form.getByLabel(ACCOUNTS_LABEL, { exact: true });
}

export function createCompanyButton(form: FrameLocator, name: string): Locator {
  return form.getByRole('button', { name: `Create Company "${name}"`, exact: true });
}

/** The picker's status line ("Linked to Acme.") once it says exactly `text`. */
export async function waitForPickerStatus(form: FrameLocator, text: string, timeoutMs = 10_000): Promise<void> {
  await form.getByRole('status').filter({ hasText: text }).first().waitFor({ timeout: timeoutMs });
}

/**
 * Waits for `Create Company "<name>"`. A name the form was filled with (from a selection, the
 * clipboard) should be offered on its own: the picker holds it and nothing matches it. When it is
 * not, that is recorded as a failure and the user's way round is taken (retype the name's last
 * character, which makes the picker search), so the rest of the scenario still runs.
 */
export async function waitForCreateCompany(
  w: Workbench,
  name: string,
  expect: Expectations,
  options: { prefilled: string },
): Promise<Locator> {
  const form = w.webview();
  const button = createCompanyButton(form, name);
  try {
    await button.waitFor({ timeout: 5000 });
    return button;
  } catch {
    const status = await form.getByRole('status').allInnerTexts();
    const shot = await w.screenshot(`no-create-company-${name}`.slice(0, 40));
    expect.that(
      false,
      `the company "${name}" from ${options.prefilled} sits in "${ACCOUNTS_LABEL}" with no list and no Create Company button within 5 s` +
        ` (the picker searches only when the user types; status lines ${JSON.stringify(status.filter(Boolean))}; ${path.relative(REPO_ROOT, shot)}); went on by retyping its last character`,
    );
    log(`INFO: no Create Company for the prefilled "${name}"; retyping its last character`);
  }
  const input = accountInput(form);
  await input.focus();
  await input.press('End');
  await input.press('Backspace');
  await input.press(name.slice(-1));
  await button.waitFor({ timeout: 10_000 });
  return button;
}

/**
 * Clicks `Create Company "<name>"`, checks VS Code's confirmation and confirms it, then waits for the
 * picker to say it is linked. `website`: what the confirmation names (undefined: it names none).
 */
export async function createCompany(
  w: Workbench,
  button: Locator,
  name: string,
  website: string | undefined,
  expect: Expectations,
  timeoutMs = 20_000,
): Promise<void> {
  await button.click();
  const dialog = w.dialog();
  await dialog.waitFor({ timeout: 10_000 });
  const text = (await w.dialogTexts()).join(' | ');
  const where = website ? ` with the website ${website}` : '';
  expect.that(
    text.includes(`Create the company "${name}"${where} in Lightfield?`),
    `confirmation: ${JSON.stringify(text)}`,
  );
  await dialog.locator('.monaco-button', { hasText: 'Create Company' }).first().click();
  await dialog.waitFor({ state: 'detached', timeout: 10_000 });
  await waitForPickerStatus(w.webview(), `Linked to ${name}.`, timeoutMs);
}
