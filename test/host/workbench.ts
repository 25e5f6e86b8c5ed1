// Drives the VS Code web workbench (code-server) in a playwright page. Each wait here was learned
// from a failure in the probe (/work/shared/vscode-test-host.md §2-3): contributions arrive after
// the workbench renders, the palette computes its list when it opens, webviews are two iframes deep.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { SCREENSHOTS, log, sleep } from './tools';

export class Workbench {
  constructor(
    readonly page: Page,
    readonly base: string,
  ) {}

  /** Opens `folder` and waits until the explorer shows `expectFile` (the remote connection is up). */
  async openFolder(folder: string, expectFile?: string, timeoutMs = 90_000): Promise<void> {
    const started = Date.now();
    await this.page.goto(`${this.base}/?folder=${encodeURIComponent(folder)}`);
    await this.page.locator('.monaco-workbench').waitFor({ timeout: timeoutMs });
    if (expectFile) {
      await this.page
        .locator('.explorer-folders-view .monaco-list-row', { hasText: expectFile })
        .first()
        .waitFor({ timeout: timeoutMs });
    }
    log(`workbench ready in ${Date.now() - started} ms`);
  }

  private get paletteInput(): Locator {
    return this.page.locator('.quick-input-widget input');
  }

  /**
   * The palette row whose label is exactly `label`. A row merely containing it is not enough: with
   * "Lightfield: Create Contact" typed, the recently used "… Create Contact from Clipboard" comes first.
   */
  private paletteRow(label: string): Locator {
    const exactLabel = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    return this.page
      .locator('.quick-input-list .monaco-list-row')
      .filter({ has: this.page.locator('.label-name', { hasText: exactLabel }) })
      .first();
  }

  private async openPalette(label: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press('F1');
      try {
        await this.paletteInput.waitFor({ state: 'visible', timeout: 5000 });
        // The workbench may close the palette at once, moving the focus to an editor it finished
        // laying out (seen after the walkthrough, on a loaded machine): then it is opened again.
        await this.paletteInput.fill(`>${label}`, { timeout: 5000 });
        return;
      } catch (error) {
        if (attempt === 3) throw error;
        // F1 typed into a webview reaches the workbench only if the webview passes it on, which it
        // may miss while the layout changes: give the keyboard back to the workbench and press again.
        log(`INFO: no palette to type into (attempt ${attempt}); focus back to the workbench`);
        await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      }
    }
  }

  /**
   * Waits until `label` is listed in the command palette. The list is computed when the palette
   * opens, so a command registered later only shows after re-opening: open → fill → look → Escape.
   */
  async waitForCommand(label: string, timeoutMs = 60_000): Promise<void> {
    const started = Date.now();
    for (;;) {
      await this.openPalette(label);
      try {
        await this.paletteRow(label).waitFor({ timeout: 1500 });
        await this.page.keyboard.press('Escape');
        log(`palette entry '${label}' available after ${Date.now() - started} ms`);
        return;
      } catch (error) {
        await this.page.keyboard.press('Escape');
        if (Date.now() - started > timeoutMs) {
          throw new Error(`command '${label}' not in the palette after ${timeoutMs} ms: ${String(error)}`);
        }
      }
    }
  }

  /** Opens the palette with `label` typed in and waits for its row (matched exactly). */
  async showCommand(label: string): Promise<void> {
    await this.openPalette(label);
    await this.paletteRow(label).waitFor({ timeout: 10_000 });
  }

  /** Runs a command from the palette by its label ("Category: Title"). */
  async runCommand(label: string): Promise<void> {
    await this.showCommand(label);
    // Clicked, not Enter: Enter runs the first row, which may be another command containing `label`.
    await this.paletteRow(label).click({ timeout: 10_000 });
  }

  /** The visible quick input (input box or quick pick), optionally only when it is a password box. */
  quickInput(options: { password?: boolean } = {}): Locator {
    const selector = options.password ? 'input[type="password"]' : 'input';
    return this.page.locator(`.quick-input-widget:visible ${selector}`).first();
  }

  /** Waits for an input box, types `text` and presses Enter. Returns the box's prompt/title text. */
  async answerInput(text: string, options: { password?: boolean; timeoutMs?: number } = {}): Promise<string> {
    const input = this.quickInput(options);
    await input.waitFor({ state: 'visible', timeout: options.timeoutMs ?? 15_000 });
    const prompt = (await this.page.locator('.quick-input-widget:visible').first().innerText()).trim();
    await input.fill(text);
    await input.press('Enter');
    return prompt;
  }

  /** A notification toast containing `text` (substring match). */
  notification(text: string | RegExp): Locator {
    return this.page.locator('.notification-toast', { hasText: text }).first();
  }

  async waitForNotification(text: string | RegExp, timeoutMs = 20_000): Promise<Locator> {
    const toast = this.notification(text);
    await toast.waitFor({ state: 'visible', timeout: timeoutMs });
    return toast;
  }

  /** Button labels of a toast. */
  async notificationButtons(toast: Locator): Promise<string[]> {
    const buttons = await toast.locator('.monaco-button').allInnerTexts();
    return buttons.map((label) => label.trim()).filter((label) => label.length > 0);
  }

  /** Clicks the button `button` in the toast that contains `text`. */
  async clickNotificationButton(text: string | RegExp, button: string, timeoutMs = 20_000): Promise<void> {
    const toast = await this.waitForNotification(text, timeoutMs);
    await toast.locator('.monaco-button', { hasText: button }).first().click();
  }

  /** All visible toasts' texts (for failure messages). */
  async notificationTexts(): Promise<string[]> {
    return (await this.page.locator('.notification-toast').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  }

  /** A modal dialog (e.g. "Command '…' resulted in an error"). */
  dialog(): Locator {
    return this.page.locator('.monaco-dialog-box').first();
  }

  /** Texts of open modal dialogs (for failure messages). */
  async dialogTexts(): Promise<string[]> {
    return (await this.page.locator('.monaco-dialog-box').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  }

  /** An editor tab by its label. */
  tab(label: string): Locator {
    return this.page.locator('.tabs-container .tab', { hasText: label }).first();
  }

  /** Opens a workspace file from the Explorer (double-click) and waits for its editor tab. */
  async openFile(name: string): Promise<void> {
    await this.page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first().dblclick();
    await this.page.locator('.tabs-container .tab.active', { hasText: name }).first().waitFor({ timeout: 15_000 });
    await this.page.locator('.editor-instance .view-lines').first().waitFor({ timeout: 15_000 });
  }

  /** Clicks into the active text editor and selects all of it with the keyboard (Ctrl+A). */
  async selectAllInEditor(): Promise<void> {
    await this.page.locator('.editor-instance .view-lines').first().click();
    await this.page.keyboard.press('Control+A');
    await this.page.locator('.monaco-editor .selected-text').first().waitFor({ timeout: 5000 });
  }

  /**
   * Screen centre of `word` in the active editor's rendered lines (a DOM Range over the text node:
   * steadier than the .selected-text overlay, which the editor re-renders).
   */
  async wordCentre(word: string): Promise<{ x: number; y: number }> {
    const box = await this.page.evaluate((text) => {
      const lines = document.querySelector('.editor-instance .view-lines');
      if (!lines) return null;
      const walker = document.createTreeWalker(lines, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const rect = range.getBoundingClientRect();
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      }
      return null;
    }, word);
    if (!box) throw new Error(`"${word}" is not on screen in the editor`);
    return box;
  }

  /** A context menu entry (the menus render in a shadow DOM; CSS locators pierce it). */
  menuItem(label: string): Locator {
    return this.page.locator('.monaco-menu .action-item', { hasText: label }).first();
  }

  /**
   * Clicks a context menu entry. Now and then the menu takes the click as a hover only (seen in
   * scenario l: the entry highlighted, the menu still open); Enter on the highlighted entry runs it.
   */
  async chooseMenuItem(entry: Locator): Promise<void> {
    await entry.click();
    const menu = this.page.locator('.monaco-menu').first();
    try {
      await menu.waitFor({ state: 'hidden', timeout: 1500 });
    } catch {
      log('context menu still open after the click; pressing Enter on the highlighted entry');
      await this.page.keyboard.press('Enter');
      await menu.waitFor({ state: 'hidden', timeout: 5000 });
    }
  }

  /**
   * Right-clicks INSIDE the selection, on `word` (elsewhere the caret moves and the selection goes),
   * until the editor context menu lists `item`; contributions may arrive late, so it retries.
   */
  async openEditorContextMenu(word: string, item: string, attempts = 5): Promise<Locator> {
    const entry = this.menuItem(item);
    for (let attempt = 1; ; attempt++) {
      const { x, y } = await this.wordCentre(word);
      await this.page.mouse.click(x, y, { button: 'right' });
      try {
        await entry.waitFor({ timeout: 3000 });
        return entry;
      } catch (error) {
        await this.page.keyboard.press('Escape');
        if (attempt >= attempts)
          throw new Error(`editor context menu without "${item}" after ${attempts} tries: ${String(error)}`);
        log(`editor context menu without "${item}", retrying`);
      }
    }
  }

  /** Right-clicks a file in the Explorer until its context menu lists `item`. */
  async openExplorerContextMenu(name: string, item: string, attempts = 5): Promise<Locator> {
    const entry = this.menuItem(item);
    const row = this.page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
    for (let attempt = 1; ; attempt++) {
      await row.click({ button: 'right' });
      try {
        await entry.waitFor({ timeout: 3000 });
        return entry;
      } catch (error) {
        await this.page.keyboard.press('Escape');
        if (attempt >= attempts)
          throw new Error(
            `Explorer context menu of ${name} without "${item}" after ${attempts} tries: ${String(error)}`,
          );
        log(`Explorer context menu of ${name} without "${item}", retrying`);
      }
    }
  }

  /** The content frame of the active webview: iframe.webview.ready (host page) → #active-frame (our HTML). */
  webview(): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
  }

  /** Closes editors, quick inputs and notifications: a neutral state between scenarios. */
  async resetUi(): Promise<void> {
    await this.page.keyboard.press('Escape');
    if (await this.dialog().isVisible()) await this.page.keyboard.press('Escape');
    await this.runCommand('View: Close All Editors');
    await this.page
      .locator('iframe.webview')
      .first()
      .waitFor({ state: 'detached', timeout: 10_000 })
      .catch(() => {});
    await this.runCommand('Notifications: Clear All Notifications').catch(() => {});
    await sleep(200);
  }

  /** Saves a full-page screenshot into out/screenshots/<name>.png and returns the path. */
  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const file = path.join(SCREENSHOTS, `${name.replace(/[^\w.-]+/g, '-')}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }
}
