// In the real extension host: the lightbulb on an email address (issue 14), as VS Code's own
// code action machinery asks for it, and the settings that say where it is offered.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EMAIL = 'ana.pereira@quillfeather.example';
const NOTES = [
  '# Call notes',
  '',
  'Ana walked us through the roadmap.',
  '',
  'Best regards,',
  'Ana Pereira',
  'Head of Research',
  EMAIL,
].join('\n');

async function titlesAt(document: vscode.TextDocument, range: vscode.Range): Promise<string[]> {
  const actions = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
    'vscode.executeCodeActionProvider',
    document.uri,
    range,
  );
  return (actions ?? []).map((action) => action.title).filter((title) => title.includes('Lightfield'));
}

async function until<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await probe();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await probe();
  }
  return value;
}

describe('The lightbulb on an email address, in a real extension host', () => {
  let document: vscode.TextDocument;
  const onAddress = new vscode.Range(7, 5, 7, 5);
  const config = () => vscode.workspace.getConfiguration('lightfield');

  before(async () => {
    document = await vscode.workspace.openTextDocument({ language: 'markdown', content: NOTES });
    await vscode.window.showTextDocument(document);
  });

  after(async () => {
    await config().update('codeActions.enabled', undefined, vscode.ConfigurationTarget.Global);
    await config().update('codeActions.languages', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('offers Create Lightfield Contact for the address under the cursor, and only there', async () => {
    const create = `Create Lightfield Contact for ${EMAIL}`;
    assert.deepEqual(
      await until(
        () => titlesAt(document, onAddress),
        (titles) => titles.length > 0,
      ),
      [create],
    );
    assert.deepEqual(await titlesAt(document, new vscode.Range(7, EMAIL.length, 7, EMAIL.length)), [create]);
    assert.deepEqual(await titlesAt(document, new vscode.Range(5, 2, 5, 2)), [], 'on the name');
    assert.deepEqual(await titlesAt(document, new vscode.Range(6, 0, 7, 5)), [], 'a selection over two lines');
  });

  it('lightfield.codeActions.enabled: false turns it off, and back on', async () => {
    await config().update('codeActions.enabled', false, vscode.ConfigurationTarget.Global);
    assert.deepEqual(
      await until(
        () => titlesAt(document, onAddress),
        (titles) => titles.length === 0,
      ),
      [],
    );
    await config().update('codeActions.enabled', undefined, vscode.ConfigurationTarget.Global);
    assert.equal(
      (
        await until(
          () => titlesAt(document, onAddress),
          (titles) => titles.length > 0,
        )
      ).length,
      1,
    );
  });

  it('serves a saved .eml message (VS Code opens it as plain text)', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the runner opens a workspace folder');
    const file = vscode.Uri.joinPath(folder.uri, 'message.eml');
    const message = `From: Ana Pereira <${EMAIL}>\r\nSubject: Pilot\r\n\r\n${NOTES.replace(/\n/g, '\r\n')}\r\n`;
    await vscode.workspace.fs.writeFile(file, Buffer.from(message));
    try {
      const eml = await vscode.workspace.openTextDocument(file);
      assert.ok(['plaintext', 'eml'].includes(eml.languageId), `an .eml file opens as ${eml.languageId}`);
      assert.deepEqual(await titlesAt(eml, new vscode.Range(0, 25, 0, 25)), [`Create Lightfield Contact for ${EMAIL}`]);
    } finally {
      await vscode.workspace.fs.delete(file);
    }
  });

  it('lightfield.codeActions.languages says which kinds of document it serves', async () => {
    assert.deepEqual(config().inspect('codeActions.languages')?.defaultValue, ['plaintext', 'markdown', 'eml']);
    await config().update('codeActions.languages', ['plaintext'], vscode.ConfigurationTarget.Global);
    assert.deepEqual(
      await until(
        () => titlesAt(document, onAddress),
        (titles) => titles.length === 0,
      ),
      [],
      'a Markdown document once markdown is not listed',
    );
    const text = await vscode.workspace.openTextDocument({ language: 'plaintext', content: NOTES });
    assert.equal((await titlesAt(text, onAddress)).length, 1, 'a plain text document');
  });
});
