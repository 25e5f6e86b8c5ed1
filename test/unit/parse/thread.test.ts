// Reply-chain cutting: which message is the newest, and whose address is the sender's.
import * as assert from 'node:assert/strict';
import { parseContact } from '../../../src/parse/index';
import { senderFrom } from '../../../src/parse/thread';

describe('splitThread', () => {
  it('ends the newest message at a forward intro written between dashes, its header running past a Chinese date line', () => {
    const d = parseContact(
      '请看下面。\n\n周丽\n\n---------- 转发的邮件 ---------\n发件人：王强 <wangqiang@buyer.example>\n日期：2026年11月20日 周五 09:42\n主题：询价\n收件人：周丽 <zhouli@seller.example>\n\n周经理您好，请报价。\n王强\n',
    );
    assert.equal(d.email?.value, 'zhouli@seller.example');
    // A quotation's `日期：` and `发件人：` labels without an address open no mail's header.
    const quote = parseContact(
      '报价单\n\n日期：2026年11月20日\n发件人：某某公司\n\n联系人：周丽\n邮箱：zhouli@seller.example\n',
    );
    assert.equal(quote.email?.value, 'zhouli@seller.example');
  });

  it('ends the newest message at a Turkish forward separator written with the dotted capital İ', () => {
    const d = parseContact(
      'Bilginize.\n\nCan Aksoy\ncan.aksoy@marmara.example\n\n---------- İletilen ileti ----------\nKimden: Ece Tan <ece@tedarik.example>\nTarih: 3 Eyl 2025 Çar, 14:05\nKonu: Teklif\nKime: <can.aksoy@marmara.example>\n\nMerhaba,\nEce Tan\n',
    );
    assert.equal(d.email?.value, 'can.aksoy@marmara.example');
    assert.equal(d.lastName?.value, 'Aksoy');
  });

  it("reads a printout headed by its mailbox owner's name, the header block's reader, as opening at that block", () => {
    const printout =
      'Ana Ruiz\n\nVan: Kobus Smit <kobus@smit.example>\nGestuur: Dinsdag, 9 September 2025 16:40\nAan: Ana Ruiz <ana@ruiz.example>\nOnderwerp: Kwotasie\n\nAangeheg.\n\nKobus Smit\n';
    assert.equal(parseContact(printout).email?.value, 'kobus@smit.example');
  });

  it('reads a Polish, Czech or Russian Outlook header block to its end', () => {
    const blocks = [
      'Od: Marta Zielińska <marta@zielinska.example>\nWysłano: wtorek, 3 marca 2026 10:12\nDo: Piotr Nowak <piotr@nowak.example>\nDW: biuro@nowak.example\nTemat: Oferta',
      'Od: Marta Zielińska <marta@zielinska.example>\nOdesláno: úterý 3. března 2026 10:12\nKomu: Piotr Nowak <piotr@nowak.example>\nKopie: biuro@nowak.example\nPředmět: Nabídka',
      'От: Марта Зелинская <marta@zielinska.example>\nОтправлено: 3 марта 2026 г. 10:12\nКому: Piotr Nowak <piotr@nowak.example>\nКопия: biuro@nowak.example\nТема: Предложение',
    ];
    for (const block of blocks) {
      const d = parseContact(`${block}\n\nDziękuję, do jutra.\n\nMarta Zielińska\nTel. +48 22 555 01 23`);
      assert.equal(d.email?.value, 'marta@zielinska.example', block);
    }
  });

  it("cuts at Mail.ru's attribution, which writes `от` (from) before the writer in place of a verb", () => {
    const d = parseContact(
      'Ирина, да, подходит.\n\nОлег\n\nПятница, 11 апреля 2025, 14:20 +03:00 от Олег Сергеевич Белов <o.belov@volgaplast.example>:\n\n> Ирина, добрый день!\n> Предлагаю созвониться в понедельник.\n',
    );
    assert.equal(d.firstName?.value, 'Олег');
    assert.equal(d.lastName?.value, 'Белов');
    assert.equal(d.email?.value, 'o.belov@volgaplast.example');
  });

  it('reads a header block whose `From:` gives a display name alone as naming the sender', () => {
    const d = parseContact(
      'Fra: Sigrid Haugland\nSendt: 4. mars 2026 11:05\nTil: Ola Berg\nEmne: Møte\n\nOla, det passer fint.\n',
    );
    assert.equal(d.firstName?.value, 'Sigrid');
    assert.equal(d.lastName?.value, 'Haugland');
    // A lone `From:` line is no header block: its value may be any label's.
    assert.equal(parseContact('From: Sigrid Haugland\n\nOla, det passer fint.\n').firstName, undefined);
  });

  it('reads a header block whose sender line is not its first (a memo opens with `To:`, Thunderbird with `Subject:`)', () => {
    const signature =
      '\n\nPlease return the signed forms by Friday.\n\nRegards,\nIlse Vermeulen\nHR Advisor, Dunmore Foods\n';
    const blocks = [
      'To: All staff <staff@dunmore.example>\nFrom: Ilse Vermeulen <ilse.vermeulen@dunmore.example>\nSubject: Forms',
      'Subject: Forms\nDate: Tue, 4 Mar 2026 08:30\nFrom: Ilse Vermeulen <ilse.vermeulen@dunmore.example>\nTo: All staff',
    ];
    for (const block of blocks) {
      const d = parseContact(block + signature);
      assert.equal(d.email?.value, 'ilse.vermeulen@dunmore.example', block);
      assert.equal(d.title?.value, 'HR Advisor', block);
    }
    // With no sender's line, `To:` and `Subject:` head no message: the text under them is the newest.
    const noSender = parseContact('To: All staff\nSubject: Forms' + signature);
    assert.equal(noSender.lastName?.value, 'Vermeulen');
  });

  it("keeps a one-line reply opening with `Re:` over Outlook's quoted header as the newest message", () => {
    const d = parseContact(
      'Re: Tuesday works for me.\n\nFrom: Oskar Lindqvist <oskar@lindqvist.example>\nSent: Monday, 2 March 2026 09:00\nTo: Hanne Berg <hanne@berg.example>\nSubject: Meeting\n\nDoes Tuesday suit you?\n\nOskar Lindqvist\noskar@lindqvist.example',
    );
    assert.notEqual(d.email?.value, 'oskar@lindqvist.example');
  });

  it("skips the subject Outlook copies over the newest message's own header", () => {
    const d = parseContact(
      'RE: Meeting\n\nFrom: Hanne Berg <hanne@berg.example>\nSent: Monday, 2 March 2026 10:00\nTo: Oskar Lindqvist <oskar@lindqvist.example>\nSubject: RE: Meeting\n\nTuesday works.\n\nHanne',
    );
    assert.equal(d.email?.value, 'hanne@berg.example');
  });

  it("reads a form notification's tagged subject over the visitor's header as no message of its own", () => {
    const d = parseContact(
      '[Studio Kestrel] New message from your site\n\nFrom: Wren Ashdown <wren.ashdown@inbox.example>\nSubject: Quote request\n\nHello, could you quote for a logo?\n\nWren Ashdown',
    );
    assert.equal(d.email?.value, 'wren.ashdown@inbox.example');
    assert.equal(d.lastName?.value, 'Ashdown');
  });

  it("reads a CRM timeline's caption over the mail it logs as no message of its own", () => {
    const d = parseContact(
      'E-Mail · gesendet von Sören Klatt · 12.03.2025 14:05\nFrom: Sören Klatt <s.klatt@ostwerk.example>\nTo: Lena Brix <lena@brix-design.example>\nSubject: Angebot\n\nHallo Frau Brix,\nanbei das Angebot.\n\nSören Klatt\nOstwerk GmbH',
    );
    assert.equal(d.email?.value, 's.klatt@ostwerk.example');
    assert.equal(d.lastName?.value, 'Klatt');
  });

  it('reads a one-line signature giving a phone or a link, right over a pasted header, as the newest message', () => {
    const d = parseContact(
      'Ivo Brandauer · Tel 0512 555 0182 · www.brandauer-holz.example\nFrom: Selma Vukovic <selma@pinienhof.example>\nSent: Tuesday, 4 March 2025 08:47\nTo: Ivo Brandauer <ivo@brandauer-holz.example>\nSubject: Terrace boards\n\nHi Ivo,\nplease send the offer for the larch boards.\n\nSelma Vukovic\nPinienhof Hotel',
    );
    assert.equal(d.firstName?.value, 'Ivo');
    assert.equal(d.email?.value, 'ivo@brandauer-holz.example');
  });

  it('reads a `>`-quoted header block opening the selection as the quoted message, not the newest', () => {
    const quotedHeaders = [
      '> From: Noor Haddad <noor@cedarline.example>\n> Sent: 4 March 2026 09:12\n> Subject: Venues',
      '> Von: Noor Haddad <noor@cedarline.example>\n> Gesendet: 4. März 2026 09:12\n> Betreff: Venues',
    ];
    for (const header of quotedHeaders) {
      const d = parseContact(
        `${header}\n>\n> Options attached.\n\nThanks, booked.\n--\nIsla Brandt\nisla.brandt@fernway.example`,
      );
      assert.equal(d.firstName?.value, 'Isla', header);
      assert.equal(d.email?.value, 'isla.brandt@fernway.example', header);
    }
  });

  it('keeps a header block whose From: has no address when the selection opens with it', () => {
    const d = parseContact(
      'From: Hanne Berg\nSent: Monday, 2 March 2026 10:00\nSubject: Meeting\n\n-----Original Message-----\nFrom: Oskar Lindqvist <oskar@lindqvist.example>\nSent: Monday, 2 March 2026 09:00\nSubject: Meeting\n\nDoes Tuesday suit you?\n\nOskar Lindqvist',
    );
    assert.notEqual(d.email?.value, 'oskar@lindqvist.example');
  });

  it("takes nothing from a reply's quote selected alone, but reads a forward opening the selection", () => {
    const quote = parseContact(
      'On Mon, 2 Mar 2026 at 09:00, Oskar Lindqvist <oskar@lindqvist.example> wrote:\n> Does Tuesday suit you?\n> Oskar Lindqvist\n> +46 8 555 014 22',
    );
    assert.equal(quote.email, undefined);
    assert.equal(quote.firstName, undefined);
    const forward = parseContact(
      '---------- Forwarded message ---------\nFrom: Oskar Lindqvist <oskar@lindqvist.example>\nDate: Mon, 2 Mar 2026 09:00\nSubject: Meeting\n\nDoes Tuesday suit you?\n\nOskar Lindqvist',
    );
    assert.equal(forward.email?.value, 'oskar@lindqvist.example');
  });
});

describe('chooseEmail', () => {
  it("takes a generic mailbox on a domain spelling the sender's given name as a sole trader's own", () => {
    for (const address of ['hello@mirelaceramics.example', 'kontakt@mirela-kostadinova.example'])
      assert.equal(parseContact(`Mirela Kostadinova\nCeramic Artist\n${address}`).email?.value, address);
    assert.equal(parseContact('Rowan Pell\nOffice Manager\ninfo@kestrelmoor.example').email, undefined);
    // A shared mailbox on a domain whose first label only contains a short given name is no one's own.
    const shared = [
      'Mark Jones\nOffice Manager\ninfo@marketingpro.example',
      'Eva Lund\nReception\ninfo@evaluate-group.example',
      'Dan Price\nFront desk\nhello@danone-partners.example',
      'Ann Smith\nAdmin\ninfo@planning-annex.example',
    ];
    for (const text of shared) assert.equal(parseContact(text).email, undefined, text);
  });

  it('leaves an address spelled from another name written before it on its line to that person', () => {
    const lines = [
      'Urgent orders: Beatrix Fennimore, beatrix.fennimore@quaymarsh.example',
      'En mon absence : Julien Mercadier — julien.mercadier@quaymarsh.example',
      'For supplies the contact is Priya Anand at Loomcraft, priya.anand@loomcraft.example',
    ];
    for (const line of lines) {
      const d = parseContact(`I am away until Monday.\n${line}\n\nBest regards,\nAnsel Dobrik\nQuaymarsh Foods Ltd`);
      assert.equal(d.lastName?.value, 'Dobrik', line);
      assert.equal(d.email, undefined, line);
    }
  });

  it("keeps the sender's address after a nickname, a trading name or a romanised name on its line", () => {
    const notes: [string, string][] = [
      ['Best regards,\nElizabeth Taylor\nLiz Taylor, liz@taylorprint.example', 'liz@taylorprint.example'],
      ['Best,\nAnn Moor\nKestrel Design — kestrel@kestreldesign.example', 'kestrel@kestreldesign.example'],
      [
        'Με εκτίμηση,\nΓιώργος Παπαδόπουλος\nGiorgos Papadopoulos, giorgos@papadopoulos.example',
        'giorgos@papadopoulos.example',
      ],
    ];
    for (const [note, address] of notes) assert.equal(parseContact(note).email?.value, address, note);
  });

  it('keeps an address spelled from the romanised form of a name written in a script without capitals', () => {
    const d = parseContact('Noriko Sato: 佐藤 紀子 / 株式会社ミドリ企画 / sato@midori.example');
    assert.equal(d.email?.value, 'sato@midori.example');
  });

  it("prefers the person's own address to a certified (PEC) mailbox written before it in one segment", () => {
    assert.equal(
      parseContact('Avv. Marco Rossi\nstudio@pec.example e m.rossi@studio.example').email?.value,
      'm.rossi@studio.example',
    );
    assert.equal(
      parseContact('Avv. Marco Rossi\nm.rossi@studio.example, studio@pec.example').email?.value,
      'm.rossi@studio.example',
    );
    assert.equal(
      parseContact('Avv. Marco Rossi\nstudio@legalmail.example (PEC) m.rossi@studio.example').email?.value,
      'm.rossi@studio.example',
    );
  });

  it("never takes a mail's id (`Message-ID:`, `In-Reply-To:`, `References:`) for someone's address", () => {
    const headers = [
      'Message-ID: <4f2a.77@mx.example>',
      'In-Reply-To: <k.ito@mx.example>',
      'References: <a.b@mx.example>',
    ];
    for (const header of headers) {
      assert.equal(
        parseContact(`${header}
Subject: Re: invoice

Thanks, received.`).email,
        undefined,
        header,
      );
      const signed = parseContact(`${header}

Thanks, received.

Kenji Ito
kenji.ito@ito-works.example`);
      assert.equal(signed.email?.value, 'kenji.ito@ito-works.example', header);
    }
  });

  it('reads a delegated From header’s principal as the sender, the address before `On Behalf Of` the assistant’s', () => {
    const header =
      'From: Mia Cole <m.cole@harbour.example> On Behalf Of Dr Owen Pryce\nSent: 3 March 2025 09:12\nTo: All staff\nSubject: Budget\n\n';
    const d = parseContact(`${header}Dear all,\n\nThe budget is attached.\n\nOwen\n`);
    assert.equal(d.firstName?.value, 'Owen');
    assert.equal(d.lastName?.value, 'Pryce');
    assert.equal(d.email, undefined);
  });

  it('reads the assistant of a delegated From header as the sender when the body is signed with their name', () => {
    const header =
      'From: Mia Cole <m.cole@harbour.example> on behalf of Dr Owen Pryce <o.pryce@harbour.example>\nSent: 3 March 2025 09:12\nTo: Lena Ruiz <l.ruiz@quay.example>\nSubject: Lunch\n\n';
    const d = parseContact(
      `${header}Dear Ms Ruiz,\n\nDr Pryce would be glad to meet you.\n\nKind regards,\n\nMia Cole\nExecutive Assistant to Dr Owen Pryce\n`,
    );
    assert.equal(d.firstName?.value, 'Mia');
    assert.equal(d.lastName?.value, 'Cole');
    assert.equal(d.email?.value, 'm.cole@harbour.example');
  });

  it('opens at a replied message pasted under a phone app’s stub, not at a forward under it', () => {
    const replied =
      'Enviado desde mi Android\n\n-----Mensaje original-----\nDe: Nuria Cabestany <nuria@cabestany-vins.example>\nEnviado el: lunes, 2 de junio de 2025 10:14\nPara: Pedidos <pedidos@bodega.example>\nAsunto: Palets\n\nBuenos días,\nNuria Cabestany\n';
    assert.equal(parseContact(replied).email?.value, 'nuria@cabestany-vins.example');
    const forwarded =
      'Enviado desde mi Android\n\n---------- Mensaje reenviado ---------\nDe: Nuria Cabestany <nuria@cabestany-vins.example>\nFecha: lun, 2 jun 2025 10:14\nAsunto: Palets\nPara: <pedidos@bodega.example>\n\nBuenos días,\nNuria Cabestany\n';
    assert.equal(parseContact(forwarded).email, undefined);
  });

  it('reads the writer’s name in a localised attribution without the word Gmail writes before it', () => {
    assert.equal(
      senderFrom('Στις Τρί, 3 Ιουν 2025, ο/η Νίκος Παππάς <n.pappas@x.example> έγραψε:', 0)?.name?.text,
      'Νίκος Παππάς',
    );
    assert.equal(
      senderFrom('pt., 6 cze 2025 o 09:14 użytkownik Ewa Lis <ewa@x.example> napisał:', 0)?.name?.text,
      'Ewa Lis',
    );
  });
});
