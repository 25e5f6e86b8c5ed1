// A list of people read from one text: statuses, how each shows, and the run's summary.
import assert from 'node:assert/strict';
import { buildFormFields } from '../../src/contact/formFields';
import { buildPeopleList, checkPerson, describePerson, summarize } from '../../src/contact/peopleList';
import { ObjectDefinitions } from '../../src/lightfield/types';
import type { PlainContact } from '../../src/parse/plain';
import standard from '../fixtures/contact-definitions.json';

const { fields } = buildFormFields(standard as unknown as ObjectDefinitions);
const person = (
  firstName: string,
  lastName: string,
  email: string,
  extra: Partial<PlainContact> = {},
): PlainContact => ({ firstName, lastName, email, phones: [], fax: [], ...extra });

describe('people list', () => {
  const list = buildPeopleList(
    [
      person('Ada', 'Lovelace', 'ada@analytical-engines.example', {
        title: 'Head of Engineering',
        company: 'Analytical Engines',
      }),
      person('Grace', 'Hopper', 'grace@navy'),
      person('Alan', 'Turing', 'alan@bletchley.example', { phones: [{ number: '+441234567890', type: 'work' }] }),
    ],
    fields,
    'list-1',
    '3 people in the selection',
  );

  it('maps each person onto the fields and marks the ones that cannot be created', () => {
    assert.deepEqual(
      list.people.map((p) => [p.id, p.status]),
      [
        ['p1', 'ready'],
        ['p2', 'invalid'],
        ['p3', 'ready'],
      ],
    );
    assert.match(list.people[1].message ?? '', /"grace@navy" is not an email address/);
    assert.deepEqual(
      list.people[0].unsaved,
      [{ what: 'Company', value: 'Analytical Engines' }],
      'a list has no company picker',
    );
  });

  it('shows each person by name, with what identifies them', () => {
    assert.deepEqual(describePerson(list.people[0], fields), {
      name: 'Ada Lovelace',
      details: ['ada@analytical-engines.example', 'Head of Engineering'],
    });
    assert.deepEqual(describePerson(list.people[2], fields).details, ['alan@bletchley.example', '+441234567890']);
  });

  it('checks a person with the rules of the single form, phones normalized', () => {
    const { body, problem } = checkPerson(list.people[2].draft, fields, {
      normalizePhone: (typed) => typed.replace(/\s/g, ''),
    });
    assert.equal(problem, undefined);
    assert.deepEqual(body.fields.$phone, ['+441234567890']);
    assert.match(checkPerson(list.people[1].draft, fields).problem ?? '', /not an email address/);
  });

  it('sums a run up: created, already there, and why the rest were not created', () => {
    const run = structuredClone(list);
    run.people[0].status = 'created';
    run.people[1].status = 'failed';
    run.people[1].message = 'server error 500';
    run.people[2].status = 'exists';
    assert.equal(
      summarize(run, ['p1', 'p2', 'p3'], fields),
      'Created 1 of 3 contacts. 1 already in Lightfield. Not created: Grace Hopper (server error 500)',
    );
    assert.equal(summarize(run, ['p1'], fields), 'Created 1 of 1 contact.');
  });
});
