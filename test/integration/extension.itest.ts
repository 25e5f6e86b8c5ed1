// In the real extension host: the manifest contract and activation of Lightfield Contact Capture.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'lightfield-community.lightfield-contact-capture';
const COMMANDS = [
  'lightfield.createContact',
  'lightfield.createContactFromSelection',
  'lightfield.createContactFromClipboard',
  'lightfield.importContactsFromFile',
  'lightfield.refreshFields',
  'lightfield.setApiKey',
  'lightfield.removeApiKey',
];

interface Manifest {
  activationEvents?: string[];
  contributes?: {
    commands?: Array<{ command: string; title: string; category?: string }>;
    keybindings?: Array<{ command: string; key: string; mac?: string; when?: string }>;
    menus?: Record<string, Array<{ command: string; when?: string }>>;
  };
}

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return condition();
}

/** "Alt+Shift+L" → "shift+alt+l": the modifier order VS Code writes. */
function normalizeKey(key: string): string {
  const order = ['ctrl', 'shift', 'alt', 'meta', 'cmd'];
  return key
    .toLowerCase()
    .split(' ')
    .map((chord) => {
      const parts = chord.split('+');
      const modifiers = parts.slice(0, -1).sort((a, b) => order.indexOf(a) - order.indexOf(b));
      return [...modifiers, parts[parts.length - 1]].join('+');
    })
    .join(' ');
}

describe('Lightfield Contact Capture in a real extension host', () => {
  let extension: vscode.Extension<unknown> | undefined;

  before(() => {
    console.log(
      `vscode.version=${vscode.version} appName=${vscode.env.appName} appHost=${vscode.env.appHost} ` +
        `uiKind=${vscode.env.uiKind} node=${process.version}`,
    );
    extension = vscode.extensions.getExtension(EXTENSION_ID);
  });

  it('is installed under its publisher.name id', () => {
    assert.ok(extension, `extension ${EXTENSION_ID} not found`);
    assert.equal(extension.id.toLowerCase(), EXTENSION_ID);
  });

  it('declares no eager activation (* or onStartupFinished)', () => {
    const manifest = extension?.packageJSON as Manifest;
    const events = manifest.activationEvents ?? [];
    assert.deepEqual(
      events.filter((event) => event === '*' || event === 'onStartupFinished'),
      [],
      `activationEvents: ${JSON.stringify(events)}`,
    );
  });

  it('activates when a Markdown document opens (the lightbulb on email addresses), with no command run', async () => {
    const manifest = extension?.packageJSON as Manifest;
    for (const language of ['plaintext', 'markdown', 'eml'])
      assert.ok(manifest.activationEvents?.includes(`onLanguage:${language}`), `onLanguage:${language}`);
    await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Notes' });
    assert.ok(await waitFor(() => extension?.isActive === true, 15_000), 'not active after a Markdown document opened');
  });

  it('contributes its commands under the Lightfield category', () => {
    const contributed = (extension?.packageJSON as Manifest).contributes?.commands ?? [];
    for (const command of COMMANDS) {
      const entry = contributed.find((c) => c.command === command);
      assert.ok(entry, `${command} not in contributes.commands`);
      // The editor's context menu shows titles without their category: that entry names Lightfield itself.
      if (command === 'lightfield.createContactFromSelection') {
        assert.equal(entry.category, undefined);
        assert.equal(entry.title, 'Lightfield: Create Contact from Selection');
      } else {
        assert.equal(entry.category, 'Lightfield');
      }
    }
  });

  it('runs Set API Key, whose input box can be dismissed', async () => {
    // Not awaited: the command waits for the user's input. Dismissing the box must leave no key.
    const pending = Promise.resolve(vscode.commands.executeCommand('lightfield.setApiKey'));
    pending.catch(() => {});
    const active = await waitFor(() => extension?.isActive === true, 15_000);
    assert.ok(active, 'extension did not activate on lightfield.setApiKey');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await Promise.race([pending, new Promise((resolve) => setTimeout(resolve, 5000))]);
  });

  it('registers every contributed command', async () => {
    await extension?.activate();
    const registered = await waitFor(async () => {
      const all = await vscode.commands.getCommands(true);
      return COMMANDS.every((command) => all.includes(command));
    }, 5000);
    const all = await vscode.commands.getCommands(true);
    assert.ok(registered, `missing: ${COMMANDS.filter((c) => !all.includes(c)).join(', ')}`);
  });

  it('contributes lightfield.baseUrl (default https://api.lightfield.app)', () => {
    const inspected = vscode.workspace.getConfiguration('lightfield').inspect<string>('baseUrl');
    assert.equal(inspected?.defaultValue, 'https://api.lightfield.app');
  });

  it('contributes lightfield.requestTimeoutSeconds (default 30)', () => {
    const inspected = vscode.workspace.getConfiguration('lightfield').inspect<number>('requestTimeoutSeconds');
    assert.equal(inspected?.defaultValue, 30);
  });

  it('binds Create Contact from Selection to keys no built-in command uses', async () => {
    const ours = (extension?.packageJSON as Manifest).contributes?.keybindings ?? [];
    const binding = ours.find((entry) => entry.command === 'lightfield.createContactFromSelection');
    assert.ok(binding, 'a default keybinding is contributed');
    // VS Code's own default keybindings, as the "Open Default Keyboard Shortcuts (JSON)" command shows them.
    await vscode.commands.executeCommand('workbench.action.openDefaultKeybindingsFile');
    assert.ok(
      await waitFor(() => vscode.window.activeTextEditor?.document.uri.scheme === 'vscode', 10_000),
      'default keybindings did not open',
    );
    const defaults = vscode.window.activeTextEditor!.document.getText();
    const entries = [...defaults.matchAll(/"key":\s*"([^"]+)",\s*"command":\s*"([^"]+)"/g)]
      .map((match) => ({ key: normalizeKey(match[1]), command: match[2] }))
      .filter((entry) => !entry.command.startsWith('lightfield.'));
    assert.ok(entries.length > 500, `read ${entries.length} default keybindings`);
    const wanted = normalizeKey(binding.key);
    // A chord also clashes when its first part is itself bound.
    const clashes = entries.filter(
      ({ key }) => key === wanted || key === wanted.split(' ')[0] || key.startsWith(`${wanted} `),
    );
    assert.deepEqual(clashes, [], `${binding.key} clashes with built-in bindings`);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('offers Create Contact from Selection only where there is a selection, or in an .eml message', () => {
    const menus = (extension?.packageJSON as Manifest).contributes?.menus ?? {};
    for (const menu of ['editor/context', 'commandPalette']) {
      const entry = menus[menu]?.find((item) => item.command === 'lightfield.createContactFromSelection');
      assert.equal(entry?.when, 'editorHasSelection || resourceExtname =~ /^\\.eml$/i', menu);
    }
  });

  it('refuses a workspace setting that would send the key elsewhere', async () => {
    const config = () => vscode.workspace.getConfiguration('lightfield');
    await assert.rejects(
      Promise.resolve(config().update('baseUrl', 'https://attacker.example', vscode.ConfigurationTarget.Workspace)),
      /user settings|Workspace Settings/i,
    );
    // A .vscode/settings.json written by hand: the window-scoped setting beside it is read, the base URL is not.
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the runner opens a workspace folder');
    const file = vscode.Uri.joinPath(folder.uri, '.vscode', 'settings.json');
    const settings = { 'lightfield.baseUrl': 'https://attacker.example', 'lightfield.requestTimeoutSeconds': 7 };
    await vscode.workspace.fs.writeFile(file, Buffer.from(JSON.stringify(settings)));
    try {
      assert.ok(
        await waitFor(() => config().get('requestTimeoutSeconds') === 7, 10_000),
        'workspace settings were not reloaded',
      );
      assert.notEqual(config().get('baseUrl'), 'https://attacker.example');
    } finally {
      await vscode.workspace.fs.delete(file);
    }
  });

  it('reaches the Lightfield stand-in from the extension host (when the runner started one)', async function () {
    const url = process.env.LIGHTFIELD_FAKE_URL;
    if (!url) this.skip();
    const response = await fetch(`${url}/__fake/requests`);
    assert.equal(response.status, 200);
  });
});
