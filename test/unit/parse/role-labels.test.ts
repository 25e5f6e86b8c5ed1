// A form's labelled title and company fields (FIELD_LABELS): the labels read in each language.
import * as assert from 'node:assert/strict';
import { parseContact } from '../../../src/parse/index';

describe('labelled title and company fields', () => {
  it('reads `Designation:` and the Romance `Función:`, `Função:`, `Funzione:` as the title', () => {
    for (const [nameLabel, titleLabel] of [
      ['Name', 'Designation'],
      ['Nombre', 'Función'],
      ['Nome', 'Função'],
      ['Nome', 'Funzione'],
    ]) {
      const d = parseContact(
        `${nameLabel}: Kamal Perera\n${titleLabel}: Assistant Engineer\nEmail: kamal@hydro.example\n`,
      );
      assert.equal(d.title?.value, 'Assistant Engineer', titleLabel);
    }
  });

  it('reads a label written without its marks, in capitals or with combining marks (NFD)', () => {
    for (const titleLabel of ['Funcao', 'FUNCIÓN', 'Função'.normalize('NFD'), 'DESIGNATION']) {
      const d = parseContact(`Nome: Ana Souza\n${titleLabel}: Engenheira Civil\nEmail: ana@obra.example\n`);
      assert.equal(d.title?.value, 'Engenheira Civil', titleLabel);
    }
  });

  it("reads an applicant tracker's `Current title:` and `Current employer:`", () => {
    const d = parseContact(
      'Name: Thabo Nkosi\nEmail: thabo@mail.example\nCurrent title: Payroll Specialist\nCurrent employer: Karoo Freight Lines\n',
    );
    assert.equal(d.title?.value, 'Payroll Specialist');
    assert.equal(d.company?.value, 'Karoo Freight Lines');
  });

  it('reads `Kontakt:` as the name and Central European firm and title labels', () => {
    for (const [companyLabel, titleLabel] of [
      ['Tvrtka', 'Funkcija'],
      ['Společnost', 'Pozice'],
      ['Uzņēmums', 'Amats'],
      ['Ettevõte', 'Ametikoht'],
    ]) {
      const d = parseContact(
        `Kontakt: Petra Kolar\n${companyLabel}: Sava Trade d.o.o.\n${titleLabel}: Key Account Manager\nE-mail: petra.kolar@savatrade.example\n`,
      );
      assert.equal(d.company?.value, 'Sava Trade d.o.o.', companyLabel);
      assert.equal(d.title?.value, 'Key Account Manager', titleLabel);
    }
  });
});
