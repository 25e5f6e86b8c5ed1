// The host accepts from the webview only well-formed, bounded messages.
import assert from 'node:assert/strict';
import { parseWebviewMessage } from '../../src/shared/protocol';

describe('parseWebviewMessage', () => {
  const draft = { $name: { firstName: 'Ada', lastName: 'Lovelace' }, $email: ['ada@example.com'], $title: 'CTO' };

  it('accepts every message the webview sends', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'createAnother', extra: 1 }), { type: 'createAnother' });
    assert.deepEqual(parseWebviewMessage({ type: 'openInLightfield' }), { type: 'openInLightfield' });
    assert.deepEqual(parseWebviewMessage({ type: 'closeForm' }), { type: 'closeForm' });
    assert.deepEqual(parseWebviewMessage({ type: 'draftChanged', formId: 'f1', draft }), {
      type: 'draftChanged',
      formId: 'f1',
      draft,
    });
    assert.deepEqual(parseWebviewMessage({ type: 'submit', formId: 'f1', requestId: 3, draft, action: 'create' }), {
      type: 'submit',
      formId: 'f1',
      requestId: 3,
      draft,
      action: 'create',
    });
    assert.deepEqual(parseWebviewMessage({ type: 'searchAccounts', requestId: 4, query: 'Acm' }), {
      type: 'searchAccounts',
      requestId: 4,
      query: 'Acm',
    });
    assert.deepEqual(parseWebviewMessage({ type: 'createAccount', formId: 'f1', requestId: 5, name: 'Acme' }), {
      type: 'createAccount',
      formId: 'f1',
      requestId: 5,
      name: 'Acme',
    });
    assert.deepEqual(parseWebviewMessage({ type: 'createSelected', listId: 'l1', ids: ['p1', 'p2'] }), {
      type: 'createSelected',
      listId: 'l1',
      ids: ['p1', 'p2'],
    });
    assert.deepEqual(parseWebviewMessage({ type: 'discardList', listId: 'l1' }), { type: 'discardList', listId: 'l1' });
    assert.deepEqual(parseWebviewMessage({ type: 'formatPhones', formId: 'f1', key: '$phone', values: ['', '415'] }), {
      type: 'formatPhones',
      formId: 'f1',
      key: '$phone',
      values: ['', '415'],
    });
    const withCompany = { ...draft, $account: { id: 'acc_1', name: 'Acme' }, $doNotContact: true };
    assert.deepEqual(parseWebviewMessage({ type: 'draftChanged', formId: 'f1', draft: withCompany }), {
      type: 'draftChanged',
      formId: 'f1',
      draft: withCompany,
    });
  });

  it('rejects anything else', () => {
    const rejected: unknown[] = [
      null,
      'ready',
      [],
      { type: 'created' },
      { type: 'eval', code: '1' },
      { type: 'submit', formId: 'f1', draft, action: 'create' },
      { type: 'submit', formId: 'f1', requestId: 3, draft },
      { type: 'submit', formId: 'f1', requestId: 3, draft, action: 'delete' },
      { type: 'createAccount', formId: 'f1', requestId: 5, name: '  ' },
      { type: 'createSelected', listId: 'l1', ids: [1] },
      { type: 'draftChanged', formId: 'f1', draft: { $account: { id: 'acc_1' } } },
      { type: 'draftChanged', formId: 'f1', draft: JSON.parse('{"__proto__": "polluted"}') },
      { type: 'submit', formId: 'f1', requestId: '3', draft, action: 'create' },
      { type: 'submit', formId: 'f1', requestId: 1.5, draft, action: 'create' },
      { type: 'submit', formId: '', requestId: 1, draft, action: 'create' },
      { type: 'draftChanged', formId: 'f1', draft: [] },
      { type: 'draftChanged', formId: 'f1', draft: { $title: 42 } },
      { type: 'draftChanged', formId: 'f1', draft: { $name: { firstName: 'Ada' } } },
      { type: 'draftChanged', formId: 'f1', draft: { $name: { firstName: 'Ada', lastName: 'L', extra: 'x' } } },
      { type: 'draftChanged', formId: 'f1', draft: { $email: [1] } },
      { type: 'draftChanged', formId: 'f1', draft: { $email: Array(21).fill('a@b.co') } },
      { type: 'draftChanged', formId: 'f1', draft: { $title: 'x'.repeat(2001) } },
      { type: 'draftChanged', formId: 'x'.repeat(101), draft },
      { type: 'formatPhones', formId: 'f1', key: '$phone', values: '4155550123' },
      { type: 'formatPhones', formId: 'f1', key: '$phone', values: [4155550123] },
      { type: 'formatPhones', formId: 'f1', key: '$phone', values: Array(21).fill('4155550123') },
      { type: 'formatPhones', formId: 'f1', key: '', values: ['4155550123'] },
      { type: 'formatPhones', key: '$phone', values: ['4155550123'] },
      {
        type: 'draftChanged',
        formId: 'f1',
        draft: Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`k${i}`, ''])),
      },
    ];
    for (const message of rejected)
      assert.equal(parseWebviewMessage(message), undefined, JSON.stringify(message)?.slice(0, 80));
  });
});
