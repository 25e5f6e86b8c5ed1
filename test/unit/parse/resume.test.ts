// A résumé's current position: the first entry under its experience heading, dates and place set aside.
import * as assert from 'node:assert/strict';
import { currentPosition } from '../../../src/parse/resume';
import { prepare } from '../../../src/parse/text';

const positionIn = (text: string): [string, string] | undefined => {
  const position = currentPosition(prepare(text).lines);
  return position && [position.title.text, position.employer.text];
};

describe('currentPosition', () => {
  it('reads the newest entry past its dates, the place after the employer and a legal form after a comma', () => {
    assert.deepEqual(
      positionIn(
        'WORK EXPERIENCE\n2020–present   Logistics Coordinator, Moana Freight Services Ltd, Apia\n2016–2020  Clerk, Pacific Cold Stores',
      ),
      ['Logistics Coordinator', 'Moana Freight Services Ltd'],
    );
    assert.deepEqual(
      positionIn(
        'Beruflicher Werdegang\n\nseit 03/2022  Leiterin Qualitätssicherung, Schwarzwald Präzision GmbH (Freiburg)',
      ),
      ['Leiterin Qualitätssicherung', 'Schwarzwald Präzision GmbH'],
    );
    assert.deepEqual(
      positionIn('EXPERIENCIA\nDirectora Comercial — Cerámicas del Ebro, S.L., Zaragoza       2021 – actualidad'),
      ['Directora Comercial', 'Cerámicas del Ebro, S.L.'],
    );
  });

  it("keeps a title's department after its comma, so the employer is the part after it", () => {
    assert.deepEqual(positionIn('EXPERIENCE\n2018 – present   Head, Finance, Kowhai Orchards Ltd, Nelson'), [
      'Head, Finance',
      'Kowhai Orchards Ltd',
    ]);
  });

  it('reads an Arabic entry: its heading, the open end `حتى الآن` before the colon and the city after `، `', () => {
    assert.deepEqual(positionIn('الخبرة المهنية\n2020 – حتى الآن: مديرة مشاريع – شركة الأفق للهندسة ذ.م.م، إربد'), [
      'مديرة مشاريع',
      'شركة الأفق للهندسة ذ.م.م',
    ]);
  });

  it('reads the employer on the line under an entry of dates and a title alone', () => {
    assert.deepEqual(
      positionIn(
        'ESPERIENZA PROFESSIONALE\nDa 05/2020 a oggi — Capo Cantiere\nEdilizia Sannita S.r.l., Benevento (BN)',
      ),
      ['Capo Cantiere', 'Edilizia Sannita S.r.l.'],
    );
  });

  it("reads a medical or academic CV's `Current post` heading as the experience's", () => {
    assert.deepEqual(
      positionIn('Current post\n2021 – present  Consultant Radiologist, Tayside Royal Hospital, Dundee'),
      ['Consultant Radiologist', 'Tayside Royal Hospital'],
    );
  });

  it("reads a European-format CV's entry of labelled rows: the post held and the employer, its address set aside", () => {
    assert.deepEqual(
      positionIn(
        'ESPERIENZA LAVORATIVA\n• Date (da – a)      01/2021 – oggi\n• Nome e indirizzo del datore di lavoro   Acciaierie Ofantine S.r.l., Via Foggia 12, Cerignola\n• Tipo di impiego    Responsabile Qualità\n\n• Date (da – a)      2015 – 2020\n• Tipo di impiego    Tecnico di laboratorio',
      ),
      ['Responsabile Qualità', 'Acciaierie Ofantine S.r.l.'],
    );
    assert.deepEqual(
      positionIn(
        "Expérience professionnelle\nDates : depuis 09/2019\nNom et adresse de l'employeur : Chantiers de la Vilaine SAS, Redon\nFonction ou poste occupé : Responsable des achats",
      ),
      ['Responsable des achats', 'Chantiers de la Vilaine SAS'],
    );
  });

  it('reads nothing without an experience heading or when the entry opens with no title', () => {
    assert.equal(positionIn('Logistics Coordinator, Moana Freight Services Ltd, Apia'), undefined);
    assert.equal(positionIn('EXPERIENCE\nMoana Freight Services Ltd, Apia, 2020–present'), undefined);
  });
});
