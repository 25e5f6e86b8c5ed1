// The company suggestion's domain: registrable domain by the public-suffix list, never free-mail.
import assert from 'node:assert/strict';
import { companyDomainOf } from '../../../src/parse/domain';

describe('companyDomainOf', () => {
  it('takes the registrable domain, not the mail host', () => {
    assert.equal(companyDomainOf('jane@mail.acme.co.uk'), 'acme.co.uk');
    assert.equal(companyDomainOf('Jane@EU.Mail.Acme.com'), 'acme.com');
    assert.equal(companyDomainOf('ada@analytical-engines.example'), 'analytical-engines.example');
    assert.equal(companyDomainOf('dev@team.github.io'), 'team.github.io');
  });

  it('suggests nothing for free-mail providers, in the package list or newer', () => {
    for (const email of ['a@gmail.com', 'a@mail.yahoo.co.uk', 'a@hotmail.de', 'a@yahoo.es', 'a@proton.me', 'a@hey.com'])
      assert.equal(companyDomainOf(email), undefined, email);
  });

  it('suggests nothing without a domain to take', () => {
    for (const email of ['nobody', 'a@localhost', 'a@192.168.0.1', ''])
      assert.equal(companyDomainOf(email), undefined, email);
  });
});
