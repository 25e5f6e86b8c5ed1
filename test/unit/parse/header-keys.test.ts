// Localised mail-header keys (vocabulary.ts HEADER_KEYS, read by thread.ts headerKeyOf and headerRole).
import * as assert from 'node:assert/strict';
import { headerKeyOf, headerRole, headerValueAt } from '../../../src/parse/thread';

/** The role headerRole gives the key opening `line` (none opening it: the empty key's). */
const roleOf = (line: string): ReturnType<typeof headerRole> => headerRole(headerKeyOf(line) ?? '');

describe('localised mail-header keys', () => {
  it("reads Outlook's two-word Spanish and Brazilian date keys", () => {
    assert.equal(headerKeyOf('Enviado el: jueves, 16 de octubre de 2025 10:27'), 'enviado el');
    assert.equal(headerKeyOf('Enviada em: sexta-feira, 17 de outubro de 2025 08:53'), 'enviada em');
  });

  it("reads Outlook's feminine Portuguese sent key and Gmail's date keys in other languages", () => {
    assert.equal(headerKeyOf('Enviada: terça-feira, 9 de setembro de 2025 11:40'), 'enviada');
    assert.equal(headerKeyOf('Tarih: 3 Eyl 2025 Çar, 14:05'), 'tarih');
    assert.equal(headerKeyOf('Fecha: mié, 3 sept 2025 a las 14:05'), 'fecha');
    assert.equal(roleOf('Dato: fre. 14. nov. 2025 kl. 13:47'), 'other');
    assert.equal(headerKeyOf('Gestuur: Woensdag, 22 Oktober 2025 09:18'), 'gestuur');
  });

  it("gives Outlook's Turkish and Greek keys their roles", () => {
    assert.equal(roleOf('Kimden: Kerem Aydın <kerem@deltayapi.example>'), 'sender');
    assert.equal(roleOf('Kime: Selin Korkmaz'), 'recipient');
    assert.equal(roleOf('Από: Νίκος Παππάς'), 'sender');
    assert.equal(roleOf('Θέμα: Προσφορά'), 'other');
  });

  it("gives Outlook's Indonesian, Malay, Swahili, Hungarian, Baltic and Bulgarian keys their roles", () => {
    assert.equal(roleOf('Dari: Sinta Maharani <sinta@lautbiru.example>'), 'sender');
    assert.equal(roleOf('Daripada: Aiman Rahim'), 'sender');
    assert.equal(roleOf('Kepada: Rudi Hartono'), 'recipient');
    assert.equal(headerKeyOf('Dikirim: Rabu, 12 Maret 2025 10:02'), 'dikirim');
    assert.equal(roleOf('Kutoka: Baraka Mushi <baraka@mlima.example>'), 'sender');
    assert.equal(roleOf('Kwa: Zawadi Njeri'), 'recipient');
    assert.equal(headerKeyOf('Imetumwa: Jumanne, 11 Machi 2025 09:14'), 'imetumwa');
    assert.equal(roleOf('Feladó: Kovács Anna'), 'sender');
    assert.equal(roleOf('Címzett: Szabó Péter'), 'recipient');
    assert.equal(roleOf('Nuo: Rūta Petrauskienė'), 'sender');
    assert.equal(roleOf('Saatja: Kadri Tamm'), 'sender');
  });

  it('reads CJK, Hebrew and Arabic keys, the CJK ones closed by a full-width colon', () => {
    assert.equal(roleOf('发件人： 周敏 <zhou.min@yuanyang.example>'), 'sender');
    assert.equal(roleOf('差出人: 青木 美咲'), 'sender');
    assert.equal(roleOf('받는 사람: 박지민'), 'recipient');
    assert.equal(roleOf('מאת: דנה כץ'), 'sender');
    assert.equal(roleOf('主题： 报价'), 'other');
  });

  it("gives Outlook's Arabic, Ukrainian, Persian, Thai, Vietnamese and Hindi copy and sender keys their roles", () => {
    assert.equal(roleOf('نسخة: مازن العلي <m.alali@nakheel.example>'), 'recipient');
    assert.equal(roleOf('أُرسلت: الخميس، 23 أكتوبر 2025'), 'other');
    assert.equal(roleOf('Від: Оксана Мельник'), 'sender');
    assert.equal(roleOf('Копія: Андрій Ткач'), 'recipient');
    assert.equal(roleOf('از: سارا رضایی'), 'sender');
    assert.equal(roleOf('จาก: สมชาย ใจดี'), 'sender');
    assert.equal(roleOf('Từ: Phạm Thu Hà'), 'sender');
    assert.equal(roleOf('प्रेषक: सुमन अधिकारी'), 'sender');
    assert.equal(headerKeyOf('发送日期：2025-11-04 09:12:37'), '发送日期');
  });

  it("gives Outlook's Turkish, Greek, Polish and Slovak copy keys the recipient's role", () => {
    assert.equal(roleOf('Bilgi: Oğuz Tekin <oguz.tekin@aksoyhukuk.example>'), 'recipient');
    assert.equal(roleOf('Gizli: Ayşe Demir'), 'recipient');
    assert.equal(roleOf('Κοιν.: Μαρία Ιωάννου'), 'recipient');
    assert.equal(roleOf('UDW: Jan Kowalski'), 'recipient');
    assert.equal(roleOf('Kópia: Peter Novák'), 'recipient');
  });

  it("gives Outlook's Hungarian, Estonian and Swahili copy keys the recipient's role", () => {
    assert.equal(roleOf('Másolatot kap: Vörös Kinga <kinga.voros@malomkert.example>'), 'recipient');
    assert.equal(roleOf('Koopia: Triin Saar'), 'recipient');
    assert.equal(roleOf('Nakala: Juma Mrisho'), 'recipient');
  });

  it('leaves the subject lines of Hindi, Persian and Thai letters alone', () => {
    assert.equal(headerKeyOf('विषय: बीउ आपूर्ति'), undefined);
    assert.equal(headerKeyOf('موضوع: گزارش پروژه'), undefined);
    assert.equal(headerKeyOf('เรื่อง: ใบเสนอราคา'), undefined);
  });

  it('starts a header value past its key and colon, full-width or not', () => {
    assert.equal(headerValueAt('发件人： 周敏'), 4);
    assert.equal(headerValueAt('From: Ana'), 5);
    assert.equal(headerValueAt('Ana Silva'), 0);
  });

  it("gives Outlook's and Gmail's Icelandic keys their roles", () => {
    assert.equal(roleOf('Frá: Sölvi Ragnarsson <solvi@fjordgata.example>'), 'sender');
    assert.equal(roleOf('Til: Hrafnhildur Jónsdóttir'), 'recipient');
    assert.equal(roleOf('Afrit: Jón Jónsson'), 'recipient');
    assert.equal(roleOf('Efni: Fundur'), 'other');
    assert.equal(headerKeyOf('Dagsetning: mán., 3. mar. 2025 kl. 14:02'), 'dagsetning');
  });

  it('leaves a Hungarian letter subject line alone', () => {
    assert.equal(headerKeyOf('Tárgy: árajánlat'), undefined);
  });
});
