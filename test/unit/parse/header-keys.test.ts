// Localised mail-header keys (vocabulary.ts HEADER_KEYS, read by thread.ts headerKeyOf and headerRole).
import * as assert from 'node:assert/strict';
import { headerKeyOf, headerRole, headerValueAt } from '../../../src/parse/thread';

describe('localised mail-header keys', () => {
  it("reads Outlook's two-word Spanish and Brazilian date keys", () => {
    assert.equal(headerKeyOf('Enviado el: lunes, 9 de junio de 2025 16:40'), 'enviado el');
    assert.equal(headerKeyOf('Enviada em: segunda-feira, 9 de junho de 2025 17:22'), 'enviada em');
  });

  it("gives Outlook's Turkish and Greek keys their roles", () => {
    assert.equal(headerRole(headerKeyOf('Kimden: Kerem Aydın <kerem@deltayapi.example>') ?? ''), 'sender');
    assert.equal(headerRole(headerKeyOf('Kime: Selin Korkmaz') ?? ''), 'recipient');
    assert.equal(headerRole(headerKeyOf('Από: Νίκος Παππάς') ?? ''), 'sender');
    assert.equal(headerRole(headerKeyOf('Θέμα: Προσφορά') ?? ''), 'other');
  });

  it('reads CJK, Hebrew and Arabic keys, the CJK ones closed by a full-width colon', () => {
    assert.equal(headerRole(headerKeyOf('发件人： 周敏 <zhou.min@yuanyang.example>') ?? ''), 'sender');
    assert.equal(headerRole(headerKeyOf('差出人: 青木 美咲') ?? ''), 'sender');
    assert.equal(headerRole(headerKeyOf('받는 사람: 박지민') ?? ''), 'recipient');
    assert.equal(headerRole(headerKeyOf('מאת: דנה כץ') ?? ''), 'sender');
    assert.equal(headerRole(headerKeyOf('主题： 报价') ?? ''), 'other');
  });

  it("gives Outlook's Arabic, Ukrainian, Persian, Thai, Vietnamese and Hindi copy and sender keys their roles", () => {
    assert.equal(headerRole(headerKeyOf('نسخة: مازن العلي <m.alali@nakheel.example>') ?? ''), 'recipient');
    assert.equal(headerRole(headerKeyOf('أُرسلت: الأحد، 15 يونيو 2025') ?? ''), 'other');
    assert.equal(headerRole(headerKeyOf('Від: Оксана Мельник') ?? ''), 'sender');
    assert.equal(headerRole(headerKeyOf('Копія: Андрій Ткач') ?? ''), 'recipient');
    assert.equal(headerRole(headerKeyOf('از: سارا رضایی') ?? ''), 'sender');
    assert.equal(headerRole(headerKeyOf('จาก: สมชาย ใจดี') ?? ''), 'sender');
    assert.equal(headerRole(headerKeyOf('Từ: Phạm Thu Hà') ?? ''), 'sender');
    assert.equal(headerRole(headerKeyOf('प्रेषक: सुमन अधिकारी') ?? ''), 'sender');
    assert.equal(headerKeyOf('发送日期：2025-06-17 16:45:22'), '发送日期');
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

  it('leaves a Hungarian letter subject line alone', () => {
    assert.equal(headerKeyOf('Tárgy: árajánlat'), undefined);
  });
});
