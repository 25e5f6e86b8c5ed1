// The one HTML page and its Content-Security-Policy.
import assert from 'node:assert/strict';
import { Window } from 'happy-dom';
import { HostMessage } from '../../src/shared/protocol';
import { buildCsp, buildFormHtml, createNonce } from '../../src/webview/html';

describe('webview CSP and HTML', () => {
  const cspSource = 'https://file+.vscode-resource.vscode-cdn.net';

  it('allows nothing by default, scripts only by nonce, no inline code and no network', () => {
    const csp = buildCsp(cspSource, 'abc123');
    const directives = Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    assert.deepEqual(directives['default-src'], ["'none'"]);
    assert.deepEqual(directives['script-src'], ["'nonce-abc123'"]);
    assert.deepEqual(directives['style-src'], [cspSource]);
    assert.ok(!csp.includes('unsafe-inline') && !csp.includes('unsafe-eval'));
    assert.equal(directives['connect-src'], undefined);
  });

  it('makes a fresh 128-bit nonce each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    assert.equal(nonces.size, 100);
    assert.equal(Buffer.from(createNonce(), 'base64').length, 16);
  });

  it('loads only the nonce-tagged script, with no inline handlers', () => {
    const html = buildFormHtml({
      cspSource,
      nonce: 'n0nce',
      scriptUri: 'https://r/webview.js',
      styleUri: 'https://r/form.css',
      title: 'New Lightfield Contact',
      loading: 'Opening the contact form…',
      initial: [],
      pageId: 'p',
    });
    assert.match(
      html,
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none';[^"]*script-src 'nonce-n0nce'/,
    );
    assert.equal((html.match(/<script/g) ?? []).length, 1);
    assert.match(html, /<script nonce="n0nce" src="https:\/\/r\/webview.js"><\/script>/);
    assert.doesNotMatch(html, /\son[a-z]+=/i);
  });

  it('escapes what it puts into attributes', () => {
    const html = buildFormHtml({
      cspSource,
      nonce: 'n',
      scriptUri: 'https://r/a.js?x="><img src=x onerror=alert(1)>',
      styleUri: 's',
      title: '<b>t</b>',
      loading: '<i>Lädt…</i>',
      initial: [],
      pageId: 'p',
    });
    assert.ok(!html.includes('<img'));
    assert.ok(html.includes('&lt;b&gt;t&lt;/b&gt;'));
    assert.ok(html.includes('<p class="loading">&lt;i&gt;Lädt…&lt;/i&gt;</p>'), 'the translated loading text, as text');
  });

  it('carries the initial messages as data: user text comes back as it was typed, and makes no markup', () => {
    // Markup, both quotes, text that is already an entity, and the line and paragraph separators
    // (which end a line in a script, not in an attribute or JSON).
    const typed =
      '</main><script>alert(1)</script><img src=x onerror="alert(2)"> & \'Ada\' &quot; &amp;lt; \u2028\u2029 </script>';
    const initial: HostMessage[] = [
      { type: 'strings', bundle: { 'Create Contact': 'Kontakt anlegen' } },
      { type: 'init', formId: 'f1', fields: [], draft: { $title: typed }, fieldErrors: {} },
    ];
    const html = buildFormHtml({
      cspSource,
      nonce: 'n',
      scriptUri: 's',
      styleUri: 'c',
      title: 't',
      loading: 'l',
      initial,
      pageId: 'p',
    });
    assert.ok(!html.includes('<img') && !html.includes('<script>') && !html.includes('</main><'));
    assert.equal((html.match(/<script/gi) ?? []).length, 1);
    assert.equal((html.match(/<\/script/gi) ?? []).length, 1, 'only the page script closes a script');
    // The value ends at its own closing quote, right before the loading text.
    const attribute = html.match(/data-initial="([^"]*)"><p class="loading">/)?.[1];
    assert.ok(attribute !== undefined && !/[<>]/.test(attribute), 'the attribute holds no markup character');
    const page = new Window().document;
    page.write(html);
    assert.deepEqual(JSON.parse(page.getElementById('app')?.getAttribute('data-initial') ?? ''), initial);
  });
});
