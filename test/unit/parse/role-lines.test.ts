// Which lines of a signature hold the title and the company (roles.ts): a degree's line is no job,
// a title keeps its field after a dash when the firm is named on a line of its own.
import * as assert from 'node:assert/strict';
import { parseContact } from '../../../src/parse/index';

describe('findRoles: a degree and its school are education, not a job', () => {
  it('reads neither title nor company from a line that opens with a degree and its subject', () => {
    for (const line of [
      'M.Sc. (Applied Statistics), University of Marlowe',
      'MSc in Data Science | Universidad de Chile',
      'Licenciatura en Derecho, Universidad de Sevilla',
    ]) {
      const contact = parseContact(`ANITA ROY\n${line}\nanita.roy@mail.example\n`);
      assert.equal(contact.title, undefined, line);
      assert.equal(contact.company, undefined, line);
    }
  });

  it('reads no company from a credentials line naming the awarding school or country in brackets', () => {
    for (const line of ['MBChB (Wits) FCP(SA)', 'MBBS (Lond) FRCS']) {
      const contact = parseContact(`DR. ANITA ROY\nSPECIALIST PHYSICIAN\n${line}\nanita@roy-physician.example\n`);
      assert.equal(contact.title?.value, 'SPECIALIST PHYSICIAN', line);
      assert.equal(contact.company, undefined, line);
    }
  });

  it('reads no company from a town named in two languages', () => {
    const contact = parseContact('Aroha Ngata | Copywriter\naroha@example.co.nz\nŌtautahi / Christchurch\n');
    assert.equal(contact.title?.value, 'Copywriter');
    assert.equal(contact.company, undefined);
  });

  it('takes the employer below a degree line', () => {
    const contact = parseContact(
      'Dr. Aisha Bello\nSenior Lecturer\nPhD (Microbiology), University of Lagos\nAhmadu Bello Institute of Science\naisha.bello@abis.example\n',
    );
    assert.equal(contact.title?.value, 'Senior Lecturer');
    assert.equal(contact.company?.value, 'Ahmadu Bello Institute of Science');
  });

  it('keeps a firm with a legal form and a degree that is also a word', () => {
    assert.equal(
      parseContact('Jane Roe\nMBA (Europe) Ltd\njane@mbaeurope.example\n').company?.value,
      'MBA (Europe) Ltd',
    );
    assert.equal(parseContact('María López\nMa de Ventas\nmaria@x.example\n').title?.value, 'Ma de Ventas');
    assert.equal(
      parseContact('Erik Lund\nMed (Medicinsk rådgivare)\nerik@x.example\n').title?.value,
      'Med (Medicinsk rådgivare)',
    );
  });

  it('reads a Master of … line and a decomposed Máster as a degree', () => {
    const master = parseContact('Hans Muster\nMaster of Science (Physics), ETH Zürich\nhans@x.example\n');
    assert.equal(master.title, undefined);
    assert.equal(master.company, undefined);
    const nfd = parseContact('Ana Ruiz\nMa\u0301ster en Finanzas, Universidad de Navarra\nana@x.example\n');
    assert.equal(nfd.title, undefined);
    assert.equal(nfd.company, undefined);
  });

  it('keeps a title that names a degree student with the school', () => {
    const contact = parseContact('Maya Lind\nPhD Candidate, University of Oslo\nmaya.lind@uio.example\n');
    assert.equal(contact.title?.value, 'PhD Candidate');
    assert.equal(contact.company?.value, 'University of Oslo');
  });
});

describe('findRoles: a title and its field after a dash', () => {
  it('keeps organisation words after the dash with the title when a firm stands on its own line below', () => {
    for (const [title, firm] of [
      ['Programme Officer – Land & Livelihoods', 'Lake Basin Trust'],
      ['Project Coordinator – Health & Nutrition', 'Nile Basin Relief Foundation'],
      ['Adviser — Energy & Transport', 'Kestrel Policy Institute'],
    ]) {
      const contact = parseContact(`Ruth Okello\n${title}\n${firm}\nruth.okello@lbt.example\n`);
      assert.equal(contact.title?.value, title);
      assert.equal(contact.company?.value, firm);
    }
  });

  it('keeps the field after the dash with a title that opens with a trade word (Freight, Software)', () => {
    for (const title of ['Freight Coordinator – Baltic Lanes', 'Software Engineer – Checkout Squad']) {
      const contact = parseContact(`Ruth Okello\n${title}\nLake Basin Trust\nruth.okello@lbt.example\n`);
      assert.equal(contact.title?.value, title);
    }
  });

  it('keeps a firm named by a proper noun and its trade word out of the title when a parent firm stands below', () => {
    const contact = parseContact(
      'Ruth Okello\nSales Director – Lakeside Hotels\nA Marriott International Inc. company\nruth.okello@lbt.example\n',
    );
    assert.equal(contact.title?.value, 'Sales Director');
  });

  it('counts a line spelling the domain as the firm below only when it holds no title words', () => {
    const contact = parseContact(
      'Ruth Okello\nSales Director – Lakeside Energy\nLake Basin Trust\nQuillmere Adviser\nruth@quillmere.example\n',
    );
    assert.equal(contact.title?.value, 'Sales Director');
  });

  it('keeps the field after the dash with the title when the firm spelling the domain stands over the name', () => {
    const contact = parseContact(
      'Quenby Clinic\n\nRuth Okello\nNurse Educator – Coastal Health\nruth.okello@quenbyclinic.example\n',
    );
    assert.equal(contact.title?.value, 'Nurse Educator – Coastal Health');
    assert.equal(contact.company?.value, 'Quenby Clinic');
  });

  it('keeps a firm of premises (hotels, farms) out of the title though its parent group below spells the domain', () => {
    const contact = parseContact(
      'Ruth Okello\nSales Director – Lakeside Hotels\nMarriott International\nruth.okello@marriott.example\n',
    );
    assert.equal(contact.title?.value, 'Sales Director');
  });

  it('still reads a firm after the dash when no firm line stands below', () => {
    const contact = parseContact('Ruth Okello\nSales Director – Lakeside Hotels\nruth.okello@lbt.example\n');
    assert.equal(contact.title?.value, 'Sales Director');
    assert.equal(contact.company?.value, 'Lakeside Hotels');
  });
});

describe('findRoles: a title and its field after a comma', () => {
  it('keeps department and organisation words after the comma with the title when the firm stands below', () => {
    for (const [title, firm] of [
      ['Regional Director, Water Treatment Services', 'Harrow Creek Systems, Inc.'],
      ['Teamleiter, Logistik Services & Solutions', 'Elbtal Spedition GmbH'],
    ]) {
      const contact = parseContact(`Ruth Okello\n${title}\n${firm}\nruth.okello@lbt.example\n`);
      assert.equal(contact.title?.value, title);
      assert.equal(contact.company?.value, firm);
    }
  });

  it('still parts a title from the firm after the comma when no firm line stands below', () => {
    const contact = parseContact('Ruth Okello\nAccount Manager, Quokka Analytics Ltd\nruth.okello@lbt.example\n');
    assert.equal(contact.title?.value, 'Account Manager');
    assert.equal(contact.company?.value, 'Quokka Analytics Ltd');
  });
});

describe("findRoles: a firm's research lab after its legal form", () => {
  it('takes the firm alone as the company', () => {
    const contact = parseContact('이수진\n선임연구원\n세종바이오(주) 신약연구소\nsujin.lee@sejongbio.example\n');
    assert.equal(contact.title?.value, '선임연구원');
    assert.equal(contact.company?.value, '세종바이오(주)');
  });
});

describe('findRoles: a firm written as one word, then a name', () => {
  it('ends the company at the space before a name of a script without spaces', () => {
    const contact = parseContact('山田 太郎\n株式会社青葉商事 山田太郎\ntaro.yamada@aoba-shoji.example\n');
    assert.equal(contact.company?.value, '株式会社青葉商事');
    assert.equal(contact.title, undefined);
  });

  it("ends the company before the sender's name written with a space", () => {
    const contact = parseContact('山田 太郎\n株式会社青葉商事 山田 太郎\ntaro.yamada@aoba-shoji.example\n');
    assert.equal(contact.company?.value, '株式会社青葉商事');
  });

  it("keeps a firm's name whole when the words after the space are not the sender's name", () => {
    for (const firm of ['株式会社ミナト デザイン', '(주)다온 소재', '株式会社青葉 東京本社']) {
      const contact = parseContact(`山田 太郎\n${firm}\ntaro.yamada@minato.example\n`);
      assert.equal(contact.company?.value, firm, firm);
    }
  });

  it('keeps a legal form written apart with the name after it', () => {
    const contact = parseContact('山田 太郎\n株式会社 東和精密\ntaro.yamada@towa.example\n');
    assert.equal(contact.company?.value, '株式会社 東和精密');
  });
});

describe('findRoles: a title whose head noun and field a colon parts', () => {
  it('reads title words, a colon and a field as the title, not a label and its value', () => {
    for (const title of ['Manager: Purchasing', 'Hoofd: Klantenservice', 'Bestuurder: Verkope en Bemarking']) {
      const contact = parseContact(`Priya Raman\n${title}\nHollowbrook Foods Ltd\npriya.raman@hollowbrook.example\n`);
      assert.equal(contact.title?.value, title);
      assert.equal(contact.company?.value, 'Hollowbrook Foods Ltd');
    }
  });

  it('keeps a title word before people’s names a label, no title', () => {
    const contact = parseContact(
      'Ralf Ostendorp\nVertrieb\nr.ostendorp@brenner.example\n\nBrenner GmbH\nGeschäftsführer: Dr. Uwe Brenner, Sabine Brenner\n',
    );
    assert.notEqual(contact.title?.value, 'Geschäftsführer: Dr. Uwe Brenner, Sabine Brenner');
  });
});

describe('findRoles: a CJK title before the name, a romanised gloss after it', () => {
  it('reads the rank before the name as the title and the name in its own script', () => {
    const contact = parseContact('선임연구원 이서준 (Seojun Lee)\n다온바이오(주)\nseojun.lee@daonbio.example\n');
    assert.equal(contact.title?.value, '선임연구원');
    assert.equal(contact.lastName?.value, '이');
    assert.equal(contact.company?.value, '다온바이오(주)');
  });
});

describe('findRoles: a CJK rank after the name on its line', () => {
  it('reads the rank after the name as the title, the name in its own script', () => {
    const contact = parseContact('최유나 팀장\n주식회사 한결소재\nyuna.choi@hangyeolmat.example\n');
    assert.equal(contact.title?.value, '팀장');
    assert.equal(contact.lastName?.value, '최');
    assert.equal(contact.firstName?.value, '유나');
  });

  it('keeps a department before the rank the title’s, no name', () => {
    const contact = parseContact('中村 美咲\n技術部 主任\n株式会社アオバ商事\nmisaki@aoba.example\n');
    assert.equal(contact.title?.value, '技術部 主任');
    assert.equal(contact.lastName?.value, '中村');
  });

  it('reads the rank after a name only on the name’s line: a region or branch before a title elsewhere stays the title’s', () => {
    for (const [text, title] of [
      ['王伟\n华东区 销售经理\n上海云帆科技有限公司\nwang.wei@yunfan.example\n', '华东区 销售经理'],
      ['中村 美咲\n大阪支店 支店長\n株式会社アオバ商事\nmisaki@aoba.example\n', '大阪支店 支店長'],
    ]) {
      assert.equal(parseContact(text as string).title?.value, title, text);
    }
  });
});

describe('findRoles: a firm, then its city after a comma', () => {
  it('drops the city and keeps the firm named by its cues', () => {
    const contact = parseContact(
      'Ana Ribeiro\nGestora de Clientes\nAtlântico Seguros, Lisboa\nana@atlantico.example\n',
    );
    assert.equal(contact.company?.value, 'Atlântico Seguros');
  });

  it('keeps a comma part that is no city', () => {
    const contact = parseContact(
      'Ana Ribeiro\nGestora de Clientes\nAtlântico Seguros, Vida e Saúde\nana@atlantico.example\n',
    );
    assert.equal(contact.company?.value, 'Atlântico Seguros, Vida e Saúde');
  });
});

describe('social networks named on a line', () => {
  it('reads no firm from the networks a `Follow us:` line links to', () => {
    const text =
      'Ms. Ana Ruiz\nSenior Planner\nMobile: 0412 345 678\nana.ruiz@example.com\n\nFollow us: LinkedIn | Instagram';
    assert.equal(parseContact(text).company, undefined);
  });
});

describe('rulePicks: title words over the name are a heading', () => {
  it('takes the title under the name over a record kind or a contact label above it', () => {
    for (const heading of ['Lead', 'Your contact at Fernhill Audio']) {
      const contact = parseContact(`${heading}\nMarta Quell\nSenior Buyer\nmarta.quell@fernhill.example\n`);
      assert.equal(contact.title?.value, 'Senior Buyer', heading);
    }
  });

  it('keeps the rank a card in a script without case writes over the name', () => {
    const contact = parseContact('영업팀 과장\n김 민지\nSales Manager\nminji.kim@hanbit.example\n');
    assert.equal(contact.title?.value, '영업팀 과장');
  });
});
