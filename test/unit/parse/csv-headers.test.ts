// CSV column headers are read in the languages contact exports are written in, not only English.
import assert from 'node:assert/strict';
import { classifyHeaderRow, groupRank, headerWords } from '../../../src/parse/csvColumns';

const fields = (headers: string[]) => classifyHeaderRow(headers).map((c) => c?.field);

describe('CSV header words', () => {
  it('reads Central and Eastern European headers for name, email, phone, company and title', () => {
    assert.deepEqual(fields(['Ime', 'Priimek', 'E-pošta', 'Telefon', 'Podjetje', 'Naziv']), [
      'firstName',
      'lastName',
      'email',
      'phone',
      'company',
      'title',
    ]);
    assert.deepEqual(fields(['Vezetéknév', 'Keresztnév', 'Cég', 'Beosztás']), [
      'lastName',
      'firstName',
      'company',
      'title',
    ]);
    assert.deepEqual(fields(['Prenume', 'Nume', 'Companie', 'Funcție']), ['firstName', 'lastName', 'company', 'title']);
  });

  it('reads the number and address forms of Japanese, Chinese and Korean headers, and leaves the kana reading alone', () => {
    assert.deepEqual(fields(['氏名', 'フリガナ', '勤務先', '役職名', '携帯番号', 'メールアドレス']), [
      'fullName',
      undefined,
      'company',
      'title',
      'phone',
      'email',
    ]);
    assert.deepEqual(fields(['姓名', '拼音', '手机号码', '电子邮箱']), ['fullName', undefined, 'phone', 'email']);
    assert.deepEqual(fields(['성명', '기관명', '직위', '휴대전화', '이메일주소']), [
      'fullName',
      'company',
      'title',
      'phone',
      'email',
    ]);
    const mobile = classifyHeaderRow(['携帯番号'])[0];
    assert.equal(mobile?.field === 'phone' ? mobile.kind : undefined, 'mobile');
  });

  it('reads Cyrillic and Greek headers, and the one-word mobile headers of many languages as a mobile', () => {
    assert.deepEqual(fields(['Фамилия', 'Имя', 'Должность', 'Компания', 'Эл. почта', 'Телефон', 'Мобильный']), [
      'lastName',
      'firstName',
      'title',
      'company',
      'email',
      'phone',
      'phone',
    ]);
    assert.deepEqual(fields(['Όνομα', 'Επώνυμο', 'Θέση', 'Εταιρεία', 'Τηλέφωνο', 'Κινητό']), [
      'firstName',
      'lastName',
      'title',
      'company',
      'phone',
      'phone',
    ]);
    for (const header of [
      'Komórka',
      'Cellulare',
      'Matkapuhelin',
      'Mobilní',
      'Telemóvel',
      'Natel',
      'Мобільний',
      'Κινητό',
    ]) {
      const column = classifyHeaderRow([header])[0];
      assert.equal(column?.field === 'phone' ? column.kind : undefined, 'mobile', header);
    }
  });

  it('reads a lone `e` before a word for mail as email, in any language', () => {
    assert.deepEqual(headerWords('E-pošta').words, ['email']);
    assert.deepEqual(headerWords('E-posta').words, ['email']);
    assert.deepEqual(headerWords('Pošta').words, ['posta']);
    assert.deepEqual(headerWords('El. paštas').words, ['email']);
    assert.deepEqual(headerWords('E-post').words, ['email']);
  });

  it('reads header words written without their diacritics as with them', () => {
    const columns = classifyHeaderRow(['meno', 'priezvisko', 'spolocnost', 'pozicia', 'Pavarde', 'Imone', 'beosztas']);
    assert.deepEqual(
      columns.map((c) => c?.field),
      ['firstName', 'lastName', 'company', 'title', 'lastName', 'company', 'title'],
    );
    assert.deepEqual(headerWords('Organization 1 - Name').words, ['organization', 'name']);
  });

  it('reads Nordic and Central European address headers as the address parts they name', () => {
    const parts = (headers: string[]) =>
      classifyHeaderRow(headers).map((c) => (c?.field === 'address' ? c.part : undefined));
    assert.deepEqual(parts(['Adress', 'Postnr', 'Ort']), ['line', 'postalCode', 'city']);
    assert.deepEqual(parts(['Gateadresse', 'Postnummer', 'Poststed']), ['street', 'postalCode', 'city']);
    assert.deepEqual(parts(['Katuosoite', 'Postinumero', 'Postitoimipaikka']), ['street', 'postalCode', 'city']);
    assert.deepEqual(parts(['Adresse', 'Postnr', 'Sted']), ['line', 'postalCode', 'city']);
    assert.deepEqual(parts(['Osoite', 'Adresa', 'Cím']), ['line', 'line', 'line']);
    assert.deepEqual(parts(['Ulice', 'Obec', 'PSČ']), ['street', 'city', 'postalCode']);
  });

  it('reads Nordic and Finnish email and address-part headers', () => {
    assert.deepEqual(headerWords('E-post').words, ['email']);
    const columns = classifyHeaderRow(['E-post', 'Adress', 'Postnr', 'Postort', 'Postinumero', 'Gatuadress']);
    assert.deepEqual(
      columns.map((c) => (c?.field === 'address' ? c.part : c?.field)),
      ['email', 'line', 'postalCode', 'city', 'postalCode', 'street'],
    );
  });

  it('reads a Mobitel column as a mobile number', () => {
    const [column] = classifyHeaderRow(['Mobitel']);
    assert.deepEqual(column, { field: 'phone', kind: 'mobile', group: 'mobitel' });
  });

  it('reads the work and home qualifiers of localized Outlook exports', () => {
    const read = (headers: string[]) =>
      classifyHeaderRow(headers).map((c) =>
        c?.field === 'phone'
          ? `phone ${c.kind}`
          : c?.field === 'address'
            ? `${c.part} ${groupRank(c.group)}`
            : c?.field,
      );
    assert.deepEqual(
      read(['E-Mail (geschäftlich)', 'Telefon (geschäftlich)', 'Telefon (privat)', 'Mobiltelefon', 'Ort geschäftlich']),
      ['email', 'phone work', 'phone other', 'phone mobile', 'city 0'],
    );
    assert.deepEqual(
      read(['Adresse de messagerie', 'Téléphone (bureau)', 'Téléphone (domicile)', 'Code postal (bureau)']),
      ['email', 'phone work', 'phone other', 'postalCode 0'],
    );
    assert.deepEqual(read(['Teléfono del trabajo', 'Calle del trabajo', 'Ciudad particular']), [
      'phone work',
      'street 0',
      'city 2',
    ]);
  });

  it("reads an event registration's headers by what follows the attendee word", () => {
    assert.deepEqual(
      classifyHeaderRow(['Attendee first name', 'Delegate last name', 'Participant email', 'Attendee']).map(
        (c) => c?.field,
      ),
      ['firstName', 'lastName', 'email', undefined],
    );
  });

  it("leaves an assistant's columns alone: Spanish `asistente` names an assistant there, not an attendee", () => {
    assert.deepEqual(fields(['Nombre', 'Apellidos', 'Teléfono del asistente', 'Nombre del asistente']), [
      'firstName',
      'lastName',
      undefined,
      undefined,
    ]);
  });

  it('reads Indonesian and Malay headers, snake_case or spaced', () => {
    const read = (headers: string[]) =>
      classifyHeaderRow(headers).map((c) =>
        c?.field === 'address' ? c.part : c?.field === 'phone' ? `${c.field} ${c.kind}` : c?.field,
      );
    assert.deepEqual(read(['nama_depan', 'nama_belakang', 'jabatan', 'perusahaan', 'surel', 'telepon_kantor', 'hp']), [
      'firstName',
      'lastName',
      'title',
      'company',
      'email',
      'phone work',
      'phone mobile',
    ]);
    assert.deepEqual(
      read(['Nama Penuh', 'Nama Lengkap', 'Jawatan', 'Syarikat', 'Emel', 'Telefon Bimbit', 'Telefon Pejabat']),
      [undefined, 'fullName', 'title', 'company', 'email', 'phone mobile', 'phone work'],
    );
    assert.deepEqual(read(['alamat', 'kota', 'kode_pos', 'Poskod', 'Negeri', 'Negara']), [
      'line',
      'city',
      'postalCode',
      'postalCode',
      'region',
      'country',
    ]);
  });

  it('reads both Spanish surname columns, paternal and maternal or first and second, as the surname', () => {
    assert.deepEqual(fields(['Nombre', 'Apellido Paterno', 'Apellido Materno', 'Correo']), [
      'firstName',
      'lastName',
      'lastName',
      'email',
    ]);
    assert.deepEqual(fields(['Primer Nombre', 'Primer Apellido', 'Segundo Apellido']), [
      'firstName',
      'lastName',
      'lastName',
    ]);
  });
});
