// Word lists the rules consult. General vocabularies only: no person, company or domain from any
// test case. Entries are lower case; multi-word entries are matched on whole words.

const set = (words: string): ReadonlySet<string> =>
  new Set(
    words
      .split('|')
      .map((w) => w.trim())
      .filter(Boolean),
  );

/** `name:CODE|name:CODE` → a lookup map. */
const pairs = (text: string): ReadonlyMap<string, string> =>
  new Map(
    text
      .split('|')
      .filter(Boolean)
      .map((pair) => pair.split(':') as [string, string]),
  );

/** An e-mail field's name (`E-mail address`, `Correo electrónico`): a card's label and a profile's field alike. */
const EMAIL_FIELD_NAMES =
  'email|email address|e-mail|e-mail address|e-mail-adresse|adresse e-mail|correo electrónico|e-mailadres';

/**
 * A card's label before its address (`Email:`, `Correo:`), lower case, without the colon: en (also used in
 * pt, it), de, fr, es, nl, sv/no/da, fi, tr, pl, ru (`адрес`, "address", stands for the mail address on a
 * card), zh, ja, ko.
 */
export const EMAIL_LABELS = set(
  `${EMAIL_FIELD_NAMES}|mail|mailadresse|courriel|correo|` +
    'e-post|epost|sähköposti|e-posta|poczta|адрес|почта|эл. почта|邮箱|电子邮件|' +
    '電子郵件|メール|이메일|메일',
);

/** Sign-offs, in several languages (compared lower-cased, without trailing punctuation). */
export const VALEDICTIONS = set(
  'best|best regards|regards|kind regards|kindest regards|warm regards|warmest regards|warmly|cheers|cheers mate|' +
    'thanks|thank you|thanks again|thanks so much|thank you so much|many thanks|thx|ty|tks|rgds|br|brgds|best wishes|' +
    'all the best|all best|with thanks|with best regards|with kind regards|respectfully|sincerely|yours|yours sincerely|' +
    'yours truly|yours faithfully|cordially|kindly|take care|talk soon|speak soon|best,|have a great day|' +
    'have a great weekend|have a good one|looking forward|ciao|' +
    // de
    'mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüße|freundliche grüsse|viele grüße|viele grüsse|' +
    'beste grüße|beste grüsse|liebe grüße|herzliche grüße|grüße|gruß|mfg|lg|vg|danke|vielen dank|' +
    // de-CH writes ss for ß
    'liebe grüsse|herzliche grüsse|grüsse|gruss|' +
    // nl
    'met vriendelijke groet|met vriendelijke groeten|vriendelijke groet|groet|groeten|groetjes|hartelijke groet|' +
    // fr
    'cordialement|bien cordialement|bien à vous|salutations|meilleures salutations|bonne journée|merci|merci beaucoup|amitiés|' +
    // es / pt / it
    'un saludo|saludos|saludos cordiales|atentamente|un abrazo|gracias|muchas gracias|abraços|abraço|atenciosamente|' +
    'cumprimentos|melhores cumprimentos|com os melhores cumprimentos|obrigado|obrigada|cordiali saluti|distinti saluti|saluti|' +
    'grazie|grazie mille|un caro saluto|' +
    // `cordially` as es, pt and it write it, and the Spanish `cordial greeting` forms
    'cordialmente|muy cordialmente|cordiales saludos|un cordial saludo|reciba un cordial saludo|' +
    // pt-BR abbreviations of abraços and atenciosamente, and the Spanish one of atentamente
    'abs|att|atte|' +
    // the informal sign-offs of friends and close colleagues, spelled out and abbreviated (`Bjs`, `Bss`): pt, es, fr, it
    'beijos|beijo|beijinhos|bjs|bjos|bjo|abç|abçs|besos|un beso|besitos|abrazos|un abrazo fuerte|bss|bises|bisous|' +
    'grosses bises|baci|un bacio|un abbraccio|' +
    // nordic / pl / cz / fi / ru
    'med vänlig hälsning|vänliga hälsningar|mvh|hälsningar|med venlig hilsen|venlig hilsen|hilsen|med vennlig hilsen|' +
    // the Danish and Norwegian `venlig(e) hilsen` abbreviated (`Vhilsen`; `Vh` alone: VALEDICTIONS_ALSO_NAMES)
    'vhilsen|' +
    'ystävällisin terveisin|terveisin|kiitos|pozdrawiam|z poważaniem|s pozdravem|děkuji|с уважением|спасибо|' +
    // ar / he / ja / zh / ko / vi / tr
    'تحياتي|مع تحياتي|مع التحية|مع التحيات|مع تحيات|شكرا|مشكور|مشكورة|في أمان الله|مع السلامة|مع خالص التحية|בברכה|שלום רב|תודה|תודה רבה|よろしくお願いします|' +
    'よろしくお願いいたします|敬具|此致|此致敬礼|谢谢|祝好|감사합니다|고맙습니다|trân trọng|cảm ơn|saygılarımla|teşekkürler|' +
    '敬礼|顺祝商祺|祝商祺|顺颂商祺|顺颂时祺|此致敬禮|敬上|謹上|謹啟|谨启|草々|以上|드림|올림|' +
    // ar / el / hi / hu / ru / uk / he / th
    'مع خالص التحيات|مع أطيب التحيات|وتفضلوا بقبول فائق الاحترام|شكراً|مع الشكر|με εκτίμηση|με τιμή|φιλικά|ευχαριστώ|' +
    'με φιλικούς χαιρετισμούς|धन्यवाद|सादर|शुभकामनाओं सहित|आभार सहित|üdvözlettel|tisztelettel|köszönettel|köszönöm|' +
    'с наилучшими пожеланиями|всего доброго|благодарю|з повагою|дякую|בכבוד רב|ขอแสดงความนับถือ|ขอบคุณ|' +
    // bg / mk / sr / hr / bs / sl / sk / pl / be (thanks and regards of the Slavic languages)
    'благодаря|поздрави|с уважение|с поздрав|благодарам|со почит|поздрав|хвала|срдачан поздрав|с поштовањем|' +
    'hvala|hvala lijepa|hvala vam|pozdrav|pozdravi|srdačan pozdrav|srdačno|s poštovanjem|lijep pozdrav|lep pozdrav|' +
    'ďakujem|s pozdravom|s úctou|díky|dziękuję|dzięki|pozdrowienia|дзякуй|з павагай|' +
    // lt / lv / et / ro / nordic / is (not the bare Danish `Tak` nor Swedish `Tack`: surnames too)
    'ačiū|pagarbiai|su pagarba|linkėjimai|paldies|ar cieņu|sveicieni|aitäh|tänan|lugupidamisega|parimate soovidega|' +
    'mulțumesc|mulţumesc|multumesc|cu stimă|cu stima|toate cele bune|takk|mange takk|tusen takk|mange tak|' +
    'tack så mycket|vennlig hilsen|bestu kveðjur|kveðja|með kveðju|' +
    // am (Amharic: `with greetings`, `with respect`)
    'ከሰላምታ ጋር|ከአክብሮት ጋር|' +
    // af (Afrikaans)
    'groete|vriendelike groete|beste groete|hartlike groete|dankie|baie dankie|' +
    // fa (Persian: `with respect`, `with greetings and respect`, `with thanks`, `devotedly`)
    'با احترام|با سلام و احترام|با تشکر|با سپاس|ارادتمند|ارادتمند شما|سپاسگزارم|متشکرم|' +
    // ur (Urdu: `and peace`, `yours sincerely`, `well-wisher`, `thanks`), ps (Pashto: `with respect`, `thanks`),
    // ckb (Sorani Kurdish: `with respect`, `thanks`)
    'والسلام|آپ کا مخلص|آپ کی مخلص|خیر اندیش|شکریہ|په درنښت|په درناوي|مننه|بە ڕێزەوە|بەڕێزەوە|سوپاس|' +
    // cy (Welsh), kk (Kazakh), ky (Kyrgyz), ms / id (Malay, Indonesian); Kazakh and Kyrgyz thanks only with a
    // word beside it, since `Рахмат` alone is a common Central Asian given name (`Рахмат Каримов`)
    'diolch|diolch yn fawr|cofion|cofion cynnes|cofion gorau|yn gywir|құрметпен|урматтоо менен|' +
    // ga (Irish: `with respect`, `I am, with respect`, `with every good wish`, `thank you`)
    'le meas|is mise le meas|le gach dea-ghuí|le dea-ghuí|go raibh maith agat|go raibh míle maith agat|' +
    'көп рахмет|рахмет сізге|үлкен рахмет|көп рахмат|чоң рахмат|сизге рахмат|' +
    'terima kasih|salam hormat|hormat saya|hormat kami|salam hangat|' +
    // vi (Vietnamese: `dearly`, `sincerely thank`, `respectfully`; `warmly` alone: VALEDICTIONS_ALSO_NAMES), sw
    // (Swahili: `yours faithfully`, `thanks a lot`, `all the best`), tl (Tagalog: `many thanks`)
    'thân mến|thân ái|xin cảm ơn|chân thành cảm ơn|trân trọng cảm ơn|kính thư|' +
    'wako mwaminifu|wako katika ujenzi wa taifa|asante sana|kila la heri|maraming salamat|' +
    // mi (te reo Māori: `thanks`, `many thanks`, `from me`; also written without macrons), jv (Javanese `thank you`)
    'ngā mihi|ngā mihi nui|nga mihi|nga mihi nui|nāku noa, nā|naku noa, na|matur nuwun|matur suwun|' +
    // hi / bn / ta / te / kn / ml / gu / pa (India's scripts: `yours`, `thanks`, `with love`, `with regards`),
    // ka (Georgian: `respectfully`, `thank you`), hy (Armenian: `respectfully`)
    'भवदीय|भवदीया|ধন্যবাদ|শুভেচ্ছান্তে|বিনীত|நன்றி|மிக்க நன்றி|அன்புடன்|இப்படிக்கு|ధన్యవాదాలు|భవదీయుడు|' +
    'ಧನ್ಯವಾದಗಳು|ವಂದನೆಗಳು|നന്ദി|സ്നേഹത്തോടെ|આભાર|આપનો વિશ્વાસુ|ਧੰਨਵਾਦ|პატივისცემით|მადლობა|հարգանքով',
);

/**
 * Sign-offs that are also family names (vi `Thân` warmly, the Vietnamese surname; sw `Asante` thanks, the Ghanaian
 * one) or a firm's initials (da/no `Vh`, venlig hilsen: `VH Rådgivning ApS`): a sign-off only as a line of their own
 * (`Thân,`, `Vh`), never opening one (`Thân Văn Hùng`).
 */
export const VALEDICTIONS_ALSO_NAMES = set('thân|asante|vh');

/** Greeting words that open a message ("Hi Jonah,"): the name after them is the recipient's. */
export const GREETING_WORDS = set(
  'hi|hello|hey|dear|hallo|hoi|liebe|lieber|bonjour|salut|hola|olá|caro|cara|ciao|hej|hei|moin|' +
    'witam|merhaba|goedemorgen|goedemiddag|' +
    // Swiss German and Austrian/Bavarian `Grüezi Herr Meier`, `Sali Beat`, `Salü`, `Servus Toni`, `Grüß Gott`
    'grüezi|grüessech|grüessdi|sali|salü|servus|grüß|' +
    // Indonesian/Malay `Halo Rina,`, Tagalog `Kumusta`, Luxembourgish `Léif Clienten,`
    'halo|kumusta|léif|léiwe|léiwen|' +
    // Swahili `Ndugu Mkurugenzi,` (brother, sister: a letter's `Dear`), `Mpendwa Amina,` (dear), `Habari`
    'ndugu|mpendwa|habari|' +
    // a formal letter's salutation: Danish/Norwegian/Swedish `Kære`, Italian `Egregio`, Spanish and French `Sirs`, Turkish `Sayın`
    'kære|kjære|kära|egregio|egregia|señores|messieurs|mesdames|sayın|' +
    // in scripts and languages the greeting pattern's word boundary does not reach
    'kedves|tisztelt|szia|السلام|مرحبا|صباح|مساء|عزيزي|عزيزتي|السيد|السيدة|नमस्ते|नमस्कार|प्रिय|आदरणीय|' +
    // Arabic `welcome`, `hi` as a chat opens (`أهلاً`), with and without the tanween; not `هلا`, `سلام`, also given names
    'أهلا|أهلاً|اهلا|اهلاً|أهلين|' +
    'καλησπέρα|καλημέρα|αγαπητέ|αγαπητή|γεια|здравствуйте|добрый|уважаемый|уважаемая|привет|вітаю|шановний|' +
    'שלום|היי|สวัสดี|เรียน|こんにちは|お疲れ様です|您好|你好|안녕하세요|' +
    // Thai writes a greeting with the speaker's polite particle run on, no space (`สวัสดีค่ะ`, `สวัสดีครับ`)
    'สวัสดีค่ะ|สวัสดีครับ|สวัสดีคะ|' +
    // bn / ta / te / kn / ml / gu / pa, ka (Georgian: `hello`, `dear`), hy (Armenian: `hello`, `dear`); Punjabi's
    // `ਸਤ ਸ੍ਰੀ ਅਕਾਲ` by its first word, as a line's first word is what is looked up
    'নমস্কার|প্রিয়|வணக்கம்|அன்புள்ள|నమస్కారం|ನಮಸ್ಕಾರ|നമസ്കാരം|નમસ્તે|નમસ્કાર|ਸਤ|ਸਤਿ|' +
    'გამარჯობა|ძვირფასო|პატივცემულო|բարև|հարգելի|' +
    // a Japanese letter's opening word, before the season's greeting (`拝啓 時下ますます…`); a Chinese letter's
    // `To whom it may concern` (`敬啟者：`)
    '拝啓|謹啓|拝復|前略|敬啟者|敬启者|' +
    // an Arabic letter's opening greeting (`تحية طيبة وبعد،`: greetings, and then)
    'تحية',
);

/**
 * A formal letter's forms of address and the adjectives before them (`Madame`, `Prezado`, `Gentile`, `Szanowny`,
 * `Vážený`), lower case, fr, pt, es, it, de, nl, en, pl, cs/sk: a line closed like a greeting that opens with one
 * greets (`Szanowny Panie Prezesie,`, `Gentile Marco Bellini,`).
 */
export const SALUTATION_FORMS = set(
  'madame|monsieur|mesdames|messieurs|mademoiselle|cher|chère|chers|chères|' +
    'prezado|prezada|prezados|prezadas|senhor|senhora|senhores|senhoras|' +
    'estimado|estimada|estimados|estimadas|distinguido|distinguida|señor|señora|señores|señoras|' +
    'egregio|egregia|spettabile|gentile|gentili|signore|signora|signori|dottore|dottoressa|' +
    'sehr|geehrte|geehrter|geehrten|damen|herren|geachte|heer|mevrouw|dames|heren|' +
    'dear|sir|sirs|madam|gentlemen|' +
    'szanowny|szanowna|szanowni|państwo|vážený|vážená|vážení|pane|paní',
);

/**
 * Words of a formal letter's salutation that names nobody (`Madame, Monsieur,`, `Prezado Senhor,`, `Estimados
 * señores:`, `Geachte heer/mevrouw,`), lower case: SALUTATION_FORMS joined by ROLE_CONNECTORS' `and` words or `or`.
 */
export const SALUTATION_WORDS: ReadonlySet<string> = new Set([...SALUTATION_FORMS, ...set('or|ou|o|oder|of|lub|nebo')]);

/**
 * Greeting words that are also given names (`Ola` Norwegian, Swedish and Polish, `Cara`, `Caro`, Swahili `Ndugu`,
 * Arabic `تحية` Tahia, and Arabic `السيد`, Mr., also the name El-Sayed; Swiss German `Sali`, also an Albanian name): they greet only on a line closed like a
 * greeting (`Ola Maria,`); a bare `Ola Lindqvist` line is a name.
 */
export const GREETINGS_ALSO_GIVEN_NAMES = set('ola|cara|caro|ndugu|sali|تحية|السيد');

/**
 * Indonesian/Malay `Halo`, also an English word opening firms' names (`Halo Creative Studio`), and Swahili `Habari`
 * (news: `Habari Media Group Ltd`): they greet only on a line closed like a greeting (`Halo Rina,`).
 */
export const GREETINGS_ALSO_WORDS = set('halo|habari');

/** Words that both greet and take leave (Czech/Slovak `ahoj`, Polish `cześć`): a greeting opening a message, a sign-off closing it. */
export const GREETING_OR_FAREWELL_WORDS = set('ahoj|cześć');

/** Honorifics written after the name of the person addressed (`山田様`, `佐藤さん`, `김민준 님`): the greeted reader, never the writer. */
export const ADDRESSEE_HONORIFICS = ['様', 'さま', 'さん', '殿', '先生', '御中', '님', '씨', '女士', '小姐'];

/**
 * Words of a language that writes a person's family name first in Latin script (Hungarian: its
 * sign-offs, greetings, legal forms and a signature's office and title nouns): in a message holding
 * one, `Kovács Eszter` is Eszter Kovács.
 */
export const FAMILY_FIRST_LANGUAGE_WORDS = set(
  // Legal forms are written with and without their abbreviation's period (`Kft.`, `Kft`).
  'üdvözlettel|tisztelettel|köszönettel|kedves|tisztelt|kft|kft.|zrt|zrt.|nyrt|nyrt.|bt|bt.|' +
    'ügyvéd|ügyvédi|iroda|igazgató|ügyvezető|vezérigazgató|osztályvezető|munkatárs|könyvelő',
);
/** A Portuguese profile's, form's or card's field and section words (`Contato`, `Endereço`), joined by `|`. */
const PORTUGUESE_FIELD_WORDS = 'contato|telefone|endereço|informações|experiência|conexões|mensagem';
/**
 * Words of a language whose people bear two family names, father's then mother's or a couple's, written
 * without a hyphen (Spanish, Portuguese, Galician, Catalan: their sign-offs, greetings and common words):
 * in a message holding one, the last two words of `Lucía Beatriz Ortega Salvatierra` are her family name.
 * Not words Italian, French or English text shares (`cordialmente`, `que`, `Los Angeles`), nor Tagalog's
 * (`para`): there a middle name stands before the family name.
 */
export const DOUBLE_SURNAME_LANGUAGE_WORDS = set(
  'saludos|saludo|atentamente|atte|abrazo|abrazos|besos|gracias|estimado|estimada|hola|buenas|buenos|usted|' +
    'también|muchas|cordiales|quedo|' +
    'atenciosamente|abraço|abraços|beijos|obrigado|obrigada|prezado|prezada|cumprimentos|olá|você|não|' +
    'apertas|grazas|saúdos|moitas|' +
    'salutacions|cordialment|gràcies|' +
    // a profile's, a form's or a card's field and section words (`Contacto`, `Endereço`, `Experiencia`)
    'contacto|teléfono|dirección|correo|información|experiencia|conexiones|mensaje|empresa|ponentes|' +
    PORTUGUESE_FIELD_WORDS +
    '|ltda|ltda.|lda|lda.',
);
/**
 * Of DOUBLE_SURNAME_LANGUAGE_WORDS, Portugal's and Brazil's: there the LAST family name is the one a person
 * goes by (`thais.queiroz@` for Thaís Moura Queiroz); in Spanish, Catalan and Galician it is the first
 * (`hvillanueva@` for Hernán Villanueva Roldán).
 */
export const LAST_SURNAME_LANGUAGE_WORDS = set(
  'atenciosamente|abraço|abraços|beijos|obrigado|obrigada|prezado|prezada|cumprimentos|olá|você|não|' +
    PORTUGUESE_FIELD_WORDS +
    '|ltda|ltda.|lda|lda.',
);
/** The ending of a Hungarian married name (`Kovácsné Tóth Erzsébet`): her family name is two words. */
export const MARRIED_NAME_ENDING = 'né';

/** Malaysian honours (`Datuk`, `Dato'`, `Datin`): honorifics, and MALAYSIAN_HONOURS below. */
const MALAYSIAN_HONOUR_WORDS = "datuk|dato|dato'|dato’|datin";

/** Honorifics before a name (compared without dots; the Amharic ones keep their slash, `w/ro`). */
/**
 * Thai Mr, Miss and Mrs, and `คุณ` (Khun) for anyone: HONORIFICS written apart from the name, THAI_GLUED_HONORIFICS
 * glued to it.
 */
const THAI_FORMS_OF_ADDRESS = ['นาย', 'นางสาว', 'นาง', 'คุณ'];

export const HONORIFICS = set(
  // French `Pr` (professeur, as French programmes and speaker pages write it: `Pr Anne Roy`)
  'mr|mrs|ms|mx|miss|dr|prof|pr|professor|sir|dame|lord|lady|rev|revd|fr|hon|lt|col|capt|cpt|maj|gen|sgt|adm|cmdr|' +
    // German `Herrn`, the form `Herr` takes after `z. Hd.`, `an` or `für` (`zu Händen Herrn Jan Ek`); Quebec French
    // `Dre` (docteure)
    'herr|herrn|frau|mme|mlle|m|sr|sra|srta|dra|dre|d|alhaji|alhaja|dott|dottssa|ing|dipl|mag|univ|ir|drs|mevr|dhr|sheikh|shaikh|eng|' +
    // forms of address written out before a name (`Madame Odile Ferrand`, `Señora Ana Ruiz`, `Mevrouw de Vries`)
    'madame|monsieur|mademoiselle|señor|señora|señorita|senhor|senhora|signore|signora|signorina|mevrouw|meneer|' +
    // the Italian ones abbreviated (`Sig.`, `Sig.ra`, `Sig.na`, `Sigg.`), compared without their dots, and the feminine
    // professor's and engineer's (`Prof.ssa`, `Ing.ra`)
    'sig|sigra|signa|sigg|profssa|ingra|' +
    // ranks and offices written before a name (`Captain`, `Hon. Justice`, `Rabbi`)
    'captain|colonel|lieutenant|commander|admiral|brigadier|commodore|sergeant|judge|justice|pastor|rabbi|imam|' +
    // US naval and army ranks abbreviated in capitals (`LCDR Dana Reyes`, `LTJG`, `CPL`) and a cathedral's `Canon`
    // (`Revd Canon …`, only behind another honorific: HONORIFICS_ONLY_AFTER_HONORIFIC)
    'lcdr|ltjg|ltcol|cdr|cpl|canon|' +
    // Amharic forms of address (`W/ro` Weyzero, `W/rt` Weyzerit, `Ato` and `አቶ` Mr: `Ato` is also a Fante given
    // name, HONORIFICS_ALSO_GIVEN_NAMES), the same in Ge'ez script (`ወ/ሮ`, `ወ/ሪት`, `ዶ/ር` doctor), and the Akan
    // chieftaincy title `Nana`
    'w/ro|w/rt|w/t|ato|አቶ|ወ/ሮ|ወ/ሪት|ወ/ት|ዶ/ር|nana|' +
    // a British councillor (`Cllr Jane Roe`) and the Malay and Indonesian pilgrim's `Haji`, `Hajah` (`Hj.`, `Hjh.`)
    'cllr|haji|hajah|hajjah|hj|hjh|' +
    // professional prefixes before a name (`CA` India, `Er.`, `Adv.`, `Arq.`, `Lic.`, `Avv.`, `Engr.`, `Maître`, `Me`)
    'ca|er|adv|ar|arq|lic|licda|avv|geom|rag|abog|engr|maître|maitre|me|' +
    // a notary written before the name (it `Notaio`, de `Notar`, es `Notario`, pt `Notário`, nl `Notaris`, fr
    // `Notaire`, pl `Notariusz`, cs `Notář`)
    'notaio|notaia|notar|notarin|notario|notaria|notário|notária|notaris|notaire|notariusz|notář|notářka|' +
    // Turkish professions written before a name (`Mimar` architect, `Avukat` lawyer, `Mühendis`, `Müh.` engineer,
    // `Doç.` associate professor)
    'mimar|avukat|mühendis|müh|doç|' +
    // Polish lawyers' professions written before a name, capitalised or not: `Adwokat`, `adw.`, `r.pr.` (radca
    // prawny, legal adviser) and `mec.` (mecenas, how either is addressed)
    'adwokat|adwokatka|adw|rpr|mec|' +
    // Italian and Spanish `Arch.` (architetto, arquitecto; also a given name: HONORIFICS_ALSO_GIVEN_NAMES);
    // Portuguese feminine `Eng.ª`, `Arq.ª` (engenheira, arquiteta)
    'arch|engª|arqª|' +
    // Rioplatense public accountants (`Cr. Martín Sosa`, `Cra. Laura Benítez`); `Cra.` also abbreviates
    // Colombia's street word Carrera, which is intended: a street line holds no name to strip it from
    'cr|cra|' +
    // Central European degrees before a name (`mgr inż.`, `Mgr.`, `Bc.`, `JUDr.`, `MUDr.`, `doc.`) and `Dª`
    'mgr|inż|inz|inž|bc|judr|mudr|rndr|phdr|paeddr|mvdr|doc|lek|dª|dña|' +
    // German and Austrian teachers' and officials' ranks a school's or office's letter signs with (`gez. OStD' Dr. …`):
    // Oberstudienrat, Studiendirektor, Oberstudiendirektor with their feminine `-in` or `'` (not `StR`, which opens
    // Romanian streets: `Str. Vasile Lupu`; nor `OSR`, `ORR`, `Dir`, which read as family names, `Orr`)
    "ostr|std|ostd|strin|ostrin|stdin|ostdin|ostr'|std'|ostd'|" +
    // the Danish and Norwegian candidate's degree, written with its faculty (`cand.polyt.`, `cand.merc.`)
    'cand|' +
    // Arabic, Greek and Hindi ones (`م.` engineer, `د.` doctor, `أستاذ`, `κ.`, `श्री`; the Arabic ones in both
    // genders, `الدكتورة` and `المهندسة` for a woman, and Mr, Mrs, Miss `السيد`, `السيدة`, `الآنسة`), and the Hindi ones as
    // Indian English writes them (`Shri`, `Smt.`, `Sushri`, `Kumari`; `Shri` and `Kumari` are also given names:
    // HONORIFICS_ALSO_GIVEN_NAMES)
    'م|د|أ|أستاذ|أستاذة|الأستاذ|الأستاذة|المهندس|المهندسة|الدكتور|الدكتورة|السيد|السيدة|الآنسة|κ|κα|δρ|श्री|श्रीमती|सुश्री|डॉ|shri|shrimati|smt|sushri|kumari|' +
    // Thai, Malay and Indonesian forms of address (`Khun Somchai`, `Encik Faizal`, `Bapak Hendra`, `Sdri. Rina`),
    // and Indonesian `Pak`, `Bu` (short for Bapak, Ibu; also the Korean Pak and the Chinese Bu: HONORIFICS_ALSO_GIVEN_NAMES);
    // not Malay `Tuan`, which is far more often the Vietnamese given name written without accents
    'khun|encik|puan|bapak|ibu|pak|bu|sdr|sdri|' +
    // Thai Mr, Mrs and Miss written apart from the given name (`นาย ธนากร`); glued: THAI_GLUED_HONORIFICS
    `${THAI_FORMS_OF_ADDRESS.join('|')}|` +
    // the Burmese form of address for a woman (`Daw Hnin Wai`); a man's `U` is read as an initial already
    'daw|' +
    // Vietnamese Mr and Mrs (`Ông Trần Quốc Bảo`, `Bà Lê Thị Hoa`), with their marks: `Ba` is a given name
    'ông|bà|' +
    // a religious sister's or brother's form of address (fr, it, pt, es, de: `Sœur Anne Roy`, `Suor Chiara Valli`)
    'sœur|soeur|frère|suor|irmã|hermana|schwester|' +
    // Hungarian generation and widowhood written before a family-first name (`ifj. Kiss Máté`, `id. Kiss Máté`, `özv.`)
    'ifj|id|özv|' +
    // Afrikaans forms of address (`Mnr.` Meneer, `Mev.` Mevrou, `Mej.` Mejuffrou)
    'mnr|mev|mej|' +
    // how a school's children and parents address its teachers before the name: Dutch `Meester`, `Juf`
    // (`Meester Joost ter Haar`), Māori `Whaea`, `Matua` (a woman, a man: `Whaea Mere Te Awa`, also as a kura's staff sign)
    'meester|juf|juffrouw|whaea|matua|' +
    // Persian ones (`آقای` Mr, `خانم` Ms, `مهندس` engineer, `دکتر` doctor, `استاد` professor)
    'آقای|خانم|مهندس|دکتر|استاد|' +
    // Malaysian honours (`Datuk`, `Dato'`, `Datin`; their grades' second word is MALAYSIAN_HONOUR_GRADES) and Fijian
    // chiefly titles (`Ratu`, `Adi`)
    `${MALAYSIAN_HONOUR_WORDS}|ratu|adi|` +
    // South Asian lineage titles of descent from the Prophet's family (`Syed`, `Syeda`, `Sayyid`), and Persian
    // spellings (`Seyed`, `Seyyedeh`)
    'syed|syeda|sayed|sayeda|sayyid|sayyida|sayyed|sayyeda|seyed|seyyed|seyedeh|seyyedeh|' +
    // South Slavic and Russian forms contracted by a hyphen (`Д-р` doctor, `г-дин`, `г-ѓа`, `г-н`, `г-жа`, `м-р`)
    'д-р|др|г-дин|г-ѓа|г-ѓица|г-н|г-жа|г-ца|м-р|' +
    // Cyrillic degrees and ranks written lower-case before a name: Bulgarian, Serbian, Macedonian, Ukrainian and
    // Russian engineer, architect, professor, docent, academician, master (`инж.`, `арх.`, `проф.`, `доц.`, `акад.`,
    // `мр`, `дипл.`; the sciences' degrees are SCIENCE_DEGREES)
    'инж|арх|проф|доц|акад|мр|дипл',
);

/**
 * The East Slavic candidate's and doctor's degrees in their sciences (`к.т.н.`, `д.т.н.`, `к.е.н.`, `д.ф.-м.н.`),
 * compared without their points but degrees only when written with them: without, some spell a given name (`Кен`,
 * `Ден`, `Дін`).
 */
export const SCIENCE_DEGREES = set(
  'ктн|дтн|кен|ден|кэн|дэн|кф-мн|дф-мн|кхн|дхн|кбн|дбн|кмн|дмн|кпн|дпн|кюн|дюн|кін|дін|кфн|дфн|ксгн|дсгн',
);

/**
 * Faculties and subjects of a degree written after it (`Dr. rer. nat.`, `Mag. art.`, `Dipl.-Kfm.`), and the
 * habilitation written after a doctorate (German `Dr. habil.`, Polish `dr hab.`):
 * part of the honorific only behind a degree, since alone they open given names (`Phil Jones`, `Art Smith`).
 */
export const DEGREE_FACULTIES = set(
  'kfm|kff|wirt|inf|oec|jur|techn|habil|hab|betriebsw|volksw|rer|nat|med|phil|sc|pol|paed|agr|vet|theol|iur|dent|mult|hc|' +
    'art|soc|pharm|' +
    // German diplomas' subjects (`Dipl.-Kffr.` Kauffrau, `Dipl.-Psych.`, `Dipl.-Inform.`, `Dipl.-Math.`, `Dipl.-Hdl.`)
    'kffr|psych|inform|math|phys|chem|biol|geogr|päd|hdl|volkswirt|' +
    // Nordic candidates' faculties (`cand.polyt.` engineering, `cand.merc.`, `cand.scient.`, `cand.oecon.`) and the
    // Slovene, Croatian and Serbian diplomas' (`univ. dipl. ekon.`, `mag. farm.`, `dipl. oec.`)
    'polyt|merc|scient|oecon|ekon|farm|' +
    // the engineering diplomas' fields in Croatian, Serbian and Slovene (`dipl. ing. građ.` civil, `univ. dipl. inž.
    // str.` mechanical, `el.` electrical, `stroj.`, `arh.`, `kem.`, `geod.`, `šum.` forestry, `prom.` traffic)
    'građ|grad|str|stroj|el|elektr|arh|kem|geod|šum|prom|tehn',
);

/**
 * Forms of address that are also given names (Indonesian `Ibu` and the Igbo name Ibu, the Akan chieftaincy
 * title `Nana` and the name Nana, the lineage title `Syed` often signed as a given name, Fijian `Ratu`): opening a name,
 * one only before a full name (`Nana Yaw Boateng`, `Syeda Hira Naqvi`) or with an abbreviation's period (`Mev. Botha`).
 */
export const HONORIFICS_ALSO_GIVEN_NAMES = set(
  // the Afrikaans abbreviations `Mnr`, `Mev`, `Mej` without their period too (`Mev` is a short given name);
  // the Fijian chiefly titles `Ratu` and `Adi`, also given names (Indonesian Ratu, Hebrew and Indian Adi);
  // `Dato` without the apostrophe that marks the Malaysian honour, also the Georgian given name (`Dato Beridze`);
  // the Italian and Spanish architect's `Arch.`, also the English given name (`Arch` for Archibald); the Amharic `Ato`;
  // Indonesian `Pak` and `Bu`, also the Korean family name Pak and the Chinese Bu; Indian `Kumari` and `Shri`, also given names
  'pak|bu|kumari|shri|ibu|nana|syed|syeda|sayed|sayeda|sayyid|sayyida|sayyed|sayyeda|seyed|seyyed|seyedeh|seyyedeh|mnr|mev|mej|ratu|adi|' +
    'dato|arch|ato',
);

/**
 * An office that is a common given name too (Ghana's `Justice`) or a family name (`Canon`): opening a name it is
 * the name (`Justice Kwame Asare`); only behind another honorific is it the office (`Hon. Justice`, `Revd Canon`).
 */
export const HONORIFICS_ONLY_AFTER_HONORIFIC = set('justice|canon');

/**
 * An academic rank's qualifier (`Associate Professor`, `Emeritus Prof.`, `Visiting Professor`; the German-speaking
 * universities' private lecturer and adjunct professor, `PD Dr. med.`, `apl. Prof.`): a form of address only right
 * before the honorific it qualifies; alone it opens a title (`Associate Director`) or is a name's initials (`PD Sharma`).
 */
export const HONORIFIC_QUALIFIERS = set(
  'associate|assistant|adjunct|emeritus|visiting|clinical|distinguished|honorary|pd|apl',
);

/**
 * The second word of a Malaysian honour's higher grades (`Datuk Seri`, `Dato' Sri`, `Datin Paduka`), read past only
 * right behind one of MALAYSIAN_HONOURS: behind any other honorific `Sri` is a given name (`Dr. Sri Mulyani`).
 */
export const MALAYSIAN_HONOUR_GRADES = set('seri|sri|paduka');

/**
 * Latin `and` joining two degrees before a Czech or Slovak name (`Mgr. et Mgr. Eva Dvořáková`, `MUDr. et
 * MUDr.`, `Ing. et Ing.`): between two honorifics it is one of them.
 */
export const DEGREE_CONJUNCTIONS = set('et');

/** Malaysian honours (`Datuk`, `Dato'`, `Datin`) that a grade word of MALAYSIAN_HONOUR_GRADES may follow. */
export const MALAYSIAN_HONOURS = set(MALAYSIAN_HONOUR_WORDS);

/** `أبو فيصل` (father of Faisal): a kunya opening a name is what people call someone, not the name they sign. */
export const KUNYA_WORDS = set('أبو|ابو|أم|ام');

/**
 * Words that sign a message for a group rather than a person (`Bestyrelsen`, `RRHH – …`, `Der Vorstand`):
 * a board, a committee, a management or human-resources office; in Danish, Swedish, Norwegian, Finnish,
 * German, Dutch, French, Spanish, Portuguese, Italian, Polish and English.
 */
export const SIGNING_GROUP_WORDS = set(
  'bestyrelsen|styrelsen|styret|hallitus|vorstand|bestuur|board|committee|comité|comite|comitê|comitato|commissie|' +
    'kommittén|udvalget|consiglio|directie|zarząd|zarzad|junta|diretoria|direção|direcao|dirección|direccion|direction|direzione|' +
    'rrhh|rh|hr|personalabteilung|personalafdelingen|personalavdelningen|' +
    // a building's, an estate's or a body's management and its secretariat (`Ihre Hausverwaltung`, `L'Amministrazione`,
    // `Η Διαχείριση`, `La Administración`, `Le Secrétariat`, `الأمانة العامة`, written with the article it carries)
    'hausverwaltung|verwaltung|administration|amministrazione|administración|administracion|administração|administracao|' +
    'administratie|management|διαχείριση|διοίκηση|γραμματεία|secrétariat|secretariado|segreteria|sekretariat|' +
    'secretariat|الأمانة|الامانة|الإدارة|الادارة|' +
    // a board, a committee, a management and a secretariat in Arabic and Hebrew, which glue the article onto the
    // word or read it definite before the body it governs (`مجلس الإدارة`, `דירקטוריון החברה`, `ועד הבית`)
    'مجلس|لجنة|اللجنة|דירקטוריון|הדירקטוריון|הנהלת|ההנהלה|ועד|הוועד|מזכירות|המזכירות',
);

/**
 * Articles and possessives a group's signature may open with (`Der Vorstand`, `La Dirección`, `The Board`, `Ihre
 * Hausverwaltung`, `Votre syndic`, `Η Διαχείριση`), in the same languages and Greek; an elided article (`L'`) is cut off
 * its word first (PATTERNS.elidedArticle).
 */
export const SIGNING_GROUP_ARTICLES = set(
  'the|der|die|das|de|het|den|la|le|les|el|los|las|il|lo|a|o|os|as|' +
    'your|ihre|ihr|eure|euer|votre|vos|su|sus|seu|sua|vostra|vostro|uw|jeres|η|ο|οι|το|l',
);

/**
 * Labels of a firm's facts in a company profile (`Founded:`, `Stammkapital:`, `資本金`, `注册资本`, `설립`), lower case:
 * when it was founded, its capital, its staff count, its business lines and banks, in English, German, French,
 * Spanish, Portuguese, Italian, Dutch, Polish, Japanese, Chinese and Korean. A firm's page sets them out; no
 * signature gives them.
 */
export const FIRM_FACT_LABELS = set(
  'founded|year founded|established|date of incorporation|share capital|registered capital|number of employees|' +
    'gründung|gründungsjahr|gegründet|stammkapital|grundkapital|mitarbeiterzahl|anzahl mitarbeiter|' +
    'date de création|année de création|capital social|effectif|fundación|año de fundación|fundação|' +
    'ano de fundação|fondazione|anno di fondazione|capitale sociale|opgericht|oprichting|' +
    'maatschappelijk kapitaal|rok założenia|kapitał zakładowy|liczba pracowników|' +
    '設立|創業|創立|資本金|従業員数|社員数|事業内容|取引銀行|主要取引先|売上高|' +
    '成立时间|成立日期|注册资本|员工人数|经营范围|主营业务|成立時間|註冊資本|資本額|實收資本額|員工人數|營業項目|' +
    '설립|설립일|설립일자|자본금|직원 수|임직원 수|주요 사업|사업 분야|사업 내용|매출액',
);

/**
 * A Japanese, Chinese or Korean company profile's or form's row labels that no field's list holds: its representative,
 * its seat, its head office; a researcher's post, affiliation and name's reading (`代表者　　…`, `職名　　…`, `所属　　…`).
 */
export const PROFILE_ROW_LABELS = set(
  '代表者|代表|商号|社名|所在地|本社|本社所在地|本店|住所|地址|職名|役職|所属|部署|フリガナ|대표자|대표|소재지|본사|주소|직위|소속',
);

/**
 * Words naming a periodical mailing (`Newsletter`, `Digest`, `Infolettre`, `Rundbrief`, `Jarida`), lower case, in
 * English, French, Spanish, Portuguese, Italian, German, Dutch, the Nordic languages, Polish, Czech, Hungarian,
 * Turkish and Swahili: a masthead opening a text with one is a mailing to its readers.
 */
export const PERIODICAL_WORDS = set(
  'newsletter|e-newsletter|digest|bulletin|infolettre|boletín|boletin|boletim|notiziario|bollettino|rundbrief|' +
    'nieuwsbrief|nyhetsbrev|nyhedsbrev|uutiskirje|biuletyn|zpravodaj|hírlevél|bülten|jarida',
);

/**
 * Labels of a list of people (`Attendees: …`, `Teilnehmer: …`, `Gäste:`, an e-signature notice's `Signers:`):
 * a meeting's notes or invitation or a service's notice, not one person's details.
 */
export const ATTENDEE_LABELS = set(
  'attendees|participants|present|presentes|apologies|invitees|guests|teilnehmer|teilnehmende|anwesend|participantes|' +
    'asistentes|partecipanti|presenti|deelnemers|aanwezig|uczestnicy|obecni|deltagare|deltakere|deltagere|' +
    'osallistujat|участники|присутствовали|gäste|invités|invitados|convidados|invitati|gasten|goście|gäster|gæster|' +
    'gjester|signers|signatories|unterzeichner|signataires|firmantes|signatários|firmatari|ondertekenaars|' +
    'sygnatariusze|undertecknare|underskrivere|underskrivare|allekirjoittajat|出席者|参加者|与会者|參與者|参与者|' +
    '参会人员|참석자|참가자|' +
    // guests and participants in Hebrew and Arabic (Google Calendar's `אורחים`, `الضيوف`)
    'אורחים|משתתפים|נוכחים|الضيوف|المدعوون|المشاركون|الحضور',
);

/**
 * A calendar invitation's attendee labels (Outlook's `Required:`/`Optional:`, Google Calendar's `Who:`), in
 * English, German, French, Spanish, Portuguese, Italian, Dutch, Polish and the Nordic languages: everyday
 * labels too (a job ad's `Required: Python, SQL`, a form's `Optional:`), so they list a meeting's people only
 * beside one of CALENDAR_FIELD_LABELS.
 */
export const CALENDAR_ATTENDEE_LABELS = set(
  'required|optional|who|wer|erforderlich|qui|obligatoire|facultatif|quién|quien|obligatorio|opcional|quem|' +
    'obrigatório|chi|obbligatorio|facoltativo|wie|vereist|optioneel|kto|wymagane|opcjonalne|vem|hvem',
);

/**
 * The fields only a video meeting's invitation has (`Meeting ID:`, `Passcode:`), lower case, in English,
 * German, French, Spanish, Portuguese, Italian, Dutch, the Nordic languages, Finnish, Japanese, Chinese and Korean.
 */
export const MEETING_INVITE_OWN_LABELS = set(
  'join zoom meeting|meeting id|meeting-id|meeting link|passcode|dial-in|dial in|phone conference id|conference id|' +
    'besprechungs-id|kenncode|id de réunion|id de la réunion|code secret|id de reunión|código de acceso|id da reunião|id riunione|vergader-id|toegangscode|' +
    'mötes-id|telefonkonferens-id|møte-id|telefonkonferanse-id|møde-id|telefonkonference-id|kokouksen tunnus|tunnuskoodi|' +
    '会議 id|会議id|電話会議 id|パスコード|会议 id|会议id|会议号|회의 id|모임 id',
);

/** The other fields a video meeting's invitation gives (`Topic:`, `Time:`, `Organizer:`), many texts' labels too, in the same languages. */
export const MEETING_INVITE_LABELS = set(
  'topic|time|join|password|organizer|organiser|thema|zeit|uhrzeit|organisator|sujet|heure|organisateur|tema|hora|' +
    'organizador|senha|orario|organizzatore|onderwerp|tijd|organisatör|arrangør|järjestäjä|lösenord|passord|adgangskode|salasana|' +
    '日時|主催者|パスワード|时间|组织者|密码|일시|주최자|암호|비밀번호',
);

/**
 * Labels of a helpdesk ticket's party (`Requester:`, `Reported by:`), lower case, in English, German, French,
 * Spanish, Portuguese, Italian, Dutch and Polish: the customer the ticket is about, not whoever writes it.
 */
export const TICKET_PARTY_LABELS = set(
  'requester|requested by|reporter|reported by|submitter|submitted by|anfragender|antragsteller|melder|demandeur|' +
    'solicitante|requerente|richiedente|aanvrager|zgłaszający|zglaszajacy',
);

/**
 * Labels of the user a CRM record belongs to (`Contact owner:`, `Lead Owner`, `Propietario del prospecto:`), lower
 * case, in English, Spanish, Portuguese, French, Italian, German and Dutch: the salesperson, not the record's person.
 * Not a bare `Owner:`, which a business listing writes before its owner, the contact.
 */
export const RECORD_OWNER_LABELS = set(
  'contact owner|lead owner|account owner|deal owner|record owner|opportunity owner|case owner|ticket owner|' +
    'propietario del contacto|propietario del prospecto|propietario de la cuenta|propietario del cliente potencial|' +
    'proprietário do contato|proprietário do contacto|proprietário do lead|proprietário da conta|' +
    'propriétaire du contact|propriétaire du prospect|propriétaire du compte|propriétaire du lead|' +
    'proprietario del contatto|proprietario del lead|proprietario dell’account|kontaktinhaber|lead-inhaber|' +
    'leadinhaber|contacteigenaar|eigenaar van contact|leadeigenaar|accounteigenaar|' +
    // Zoho's and Dynamics' shorter Italian labels (`Proprietario lead`), Zoho's Turkish (`Kişi Sahibi`: the contact's
    // owner, `Potansiyel Müşteri Sahibi`: the lead's), Salesforce's Japanese (`リード所有者`, `所有者`: a listing
    // names its owner `代表者` or `オーナー`, so the record's bare word is its user's)
    'proprietario lead|proprietario contatto|proprietario account|proprietario opportunità|kişi sahibi|' +
    'potansiyel müşteri sahibi|hesap sahibi|fırsat sahibi|kayıt sahibi|リード所有者|取引先責任者所有者|取引先所有者|' +
    '商談所有者|所有者',
);

/**
 * Labels of the people a helpdesk ticket copies in (`CCs:`, `Followers:`, `Watchers:`), lower case, in English, German,
 * French, Spanish, Portuguese, Italian, Dutch and Polish: onlookers of the requester's ticket, never its contact. Not a
 * mail's bare `Cc:`: whoever is copied on a mail may be the one answering it.
 */
export const TICKET_ONLOOKER_LABELS = set(
  "ccs|cc’d|cc'd|copied|followers|watchers|observers|collaborators|beobachter|in kopie|en copie|observateurs|" +
    'abonnés|con copia|seguidores|observadores|com cópia|em cópia|in copia|osservatori|volgers|waarnemers|' +
    'obserwatorzy|do wiadomości',
);

/** A helpdesk ticket's other fields (`Status:`, `Priority:`, `Assigned to:`), many texts' labels too, in the same languages. */
export const TICKET_FIELD_LABELS = set(
  'ticket|ticket id|status|priority|assigned to|assignee|queue|category|comment|priorität|zugewiesen an|bearbeiter|' +
    'kommentar|statut|priorité|assigné à|commentaire|estado|prioridad|asignado a|comentario|prioridade|atribuído a|' +
    'comentário|stato|priorità|assegnato a|commento|prioriteit|toegewezen aan|opmerking|priorytet|przypisano do|komentarz',
);

/**
 * A calendar invitation's word for the meeting's organizer, in the languages of CALENDAR_FIELD_LABELS and in
 * Japanese, Chinese and Korean: a field's label (`Organizer:`) or a guest list's tag (`Ana Ruiz – organizer`).
 */
export const CALENDAR_ORGANIZER_LABELS = set(
  'organizer|organiser|organisator|organisateur|organizador|organizzatore|organizator|organisatör|arrangør|' +
    'järjestäjä|主催者|開催者|组织者|組織者|주최자',
);

/**
 * The fields of a calendar invitation's block (`When:`, `Where:`, `Organizer:`, `Wann:`, `Quand :`, `Kiedy:`)
 * that make `Required:`/`Who:` its attendees, in the languages of CALENDAR_ATTENDEE_LABELS.
 */
export const CALENDAR_FIELD_LABELS = set(
  'when|where|subject|location|wann|wo|ort|quand|où|lieu|' +
    'cuándo|cuando|dónde|donde|ubicación|quando|onde|local|dove|luogo|wanneer|waar|' +
    'locatie|kiedy|gdzie|miejsce|när|var|plats|hvornår|når|hvor|sted|' +
    [...CALENDAR_ORGANIZER_LABELS].join('|'),
);

/**
 * A calendar invitation's label for the account it sits in (Google Calendar's `Calendar: ana@…`), in English,
 * German, French, Spanish, Portuguese, Italian, Dutch and Polish: the reader's own address, not the sender's.
 */
export const CALENDAR_ACCOUNT_LABELS = set('calendar|kalender|calendrier|calendario|calendário|agenda|kalendarz');

/**
 * Articles, determiners and pronouns that open a sentence, never a field named before a title word
 * (`Your manager approved the budget`, `Our consultant says yes`); the writer's possessives are added where used.
 */
export const SENTENCE_OPENERS = set(
  'the|a|an|your|his|her|their|its|this|that|these|those|he|she|they|we|you|i|it|every|each|any|some|no|' +
    'der|die|das|ein|eine|ihr|ihre|sein|seine|dein|deine|le|la|les|un|une|votre|vos|son|sa|ses|de|het|een|uw|jouw|' +
    'el|los|las|una|su|sus|tu|il|lo|gli|o|os|um|uma|seu|sua',
);

/**
 * The writer's possessives (`our`, `my`, `unser`, `notre`, `наш`): `this is Ilias Grammenos, our new account
 * lead` presents someone of theirs, not themselves. Words that are also names, degrees, months or other words
 * (`ma`, `mi`, `min`, `mon`, `mes`, `nos`, `mia`, `mio`) are left out.
 */
export const WRITER_POSSESSIVES = set(
  'our|my|unser|unsere|unseren|unserem|unserer|unseres|mein|meine|meinen|meinem|meiner|notre|nuestro|nuestra|' +
    'nuestros|nuestras|nosso|nossa|nossos|nossas|meu|minha|nostro|nostra|nostri|nostre|onze|mijn|vår|vårt|våre|' +
    'mitt|vores|nasz|nasza|nasi|naszego|naszej|naszym|mój|moja|наш|наша|наши|нашего|нашей|нашу|наших|нашим|' +
    'мой|моя|мои|моего|моей|мою',
);

/**
 * What a devotional name calls holy after a writer's possessive (`Our Lady of Lourdes Hospital`, `Notre-Dame`,
 * `Nuestra Señora de Fátima`, `Nossa Senhora`, `Onze Lieve Vrouw`, `Unsere Liebe Frau`): such a name opens many a
 * hospital, school or parish, where the possessive heads no page's section (`Our Surgeons`, `Unsere Anwälte`).
 */
export const DEVOTIONAL_AFTER_POSSESSIVE = set(
  'lady|lord|saviour|savior|redeemer|mother|father|shepherd|dame|señora|señor|senhora|senhor|signora|signore|' +
    'lieve|liebe|lieben|pani|матерь|богородица',
);

/**
 * The English pronoun `I` and its contractions: capitalised, yet a sentence's word, never a name's
 * (`I'm Project Manager at Velo Urban and I'm reaching out …`: the firm ends before `and I'm`).
 */
export const FIRST_PERSON_I = set("i|i'm|i’m|i've|i’ve|i'd|i’d|i'll|i’ll");

/**
 * The reader's possessives (`your`, `Ihr`, `votre`, `su`, `seu`, `wasz`, `ваш`, `uw`): en, de, fr, es, it, pt, pl, ru, nl, lower case. A
 * self-described role holding one (`the lead for your region`) describes the writer's job, it is no title.
 */
export const READER_POSSESSIVES = set(
  'your|ihr|ihre|ihren|ihrem|ihrer|dein|deine|deinen|votre|vos|ton|ta|tes|su|sus|tu|tus|vuestro|vuestra|tuo|tua|' +
    'vostro|vostra|seu|sua|vosso|vossa|twój|twoja|wasz|wasza|ваш|ваша|ваши|вашего|вашей|твой|твоя|uw|jouw',
);

/**
 * Presentatives that name the writer only right after a greeting (`Hi Lena, it's Marco Rossi`, `Bonjour, c'est …`,
 * `Hallo, hier ist …`, spoken German with the article before a given name: `hier ist die Jana`), English, French, German: elsewhere they open any sentence (`It is Monday`, `hier ist der Link`).
 */
export const GREETED_INTRO_OPENERS = [
  "it's",
  'it’s',
  'it is',
  // a text message's `it's` without its apostrophe (`Hi its Thando from …`)
  'its',
  "c'est",
  'c’est',
  'hier ist die',
  'hier ist der',
  'hier ist',
];

/**
 * The word a position's open period starts with in its bracket (`(since 2020)`, `(seit 03.2019)`, `(depuis 2022)`):
 * en, de, fr, es, pt, it, nl, pl, cs, sv, no/da.
 */
export const PERIOD_START_WORDS = [
  'since',
  'from',
  'seit',
  'ab',
  'depuis',
  'dès',
  'desde',
  'dal',
  'sinds',
  'vanaf',
  'od',
  'från',
  'sedan',
  'siden',
  'fra',
];

/**
 * What a profile or a listing writes before the date its member joined (`Member since March 2019`, `Anbieter seit
 * 03.2011`, `Vendeur depuis 2016`): membership, selling, offering, using a site since; en, de, fr, es, it, pt, nl, pl.
 */
export const MEMBER_SINCE_OPENERS = [
  'member since',
  'seller since',
  'user since',
  'joined',
  'mitglied seit',
  'anbieter seit',
  'verkäufer seit',
  'nutzer seit',
  'dabei seit',
  'aktiv seit',
  'membre depuis',
  'vendeur depuis',
  'inscrit depuis',
  'miembro desde',
  'vendedor desde',
  'usuario desde',
  'membro desde',
  'usuário desde',
  'membro dal',
  'iscritto dal',
  'utente dal',
  'venditore dal',
  'lid sinds',
  'verkoper sinds',
  'medlem sedan',
  'medlem siden',
  'actief sinds',
  'w serwisie od',
  'sprzedawca od',
  'użytkownik od',
];

/** Relative words after a name that make a cleft sentence about someone (`c'est Paris Expo qui …`, `it's Ana who …`), English, French, German. */
export const CLEFT_RELATIVES = set('who|that|qui|que|der|die|das');

/**
 * Imperatives asking the reader to call or message someone, before the name of whom to ask for and their number
 * (`Call or text Boyd 503-…`, `ligue para Rui 912 …`, `pregunte por Ana al 55 …`): a classified ad's way of naming
 * its seller. English, Spanish, Portuguese, French, Italian, German, Swahili, Indonesian; a longer opener stands
 * before its own prefix (`call or text` before `call`). `contact` is none: `Contact Sales 0800 …` names a team.
 */
export const CALL_NAMED_OPENERS = [
  'call or text',
  'text or call',
  'call or whatsapp',
  'call',
  'text',
  'ring',
  'ask for',
  'llame a',
  'llamar a',
  'pregunte por',
  'preguntar por',
  'ligue para',
  'ligar para',
  'fale com',
  'falar com',
  'appelez',
  'demandez',
  'chiamare',
  'chiedere di',
  'anrufen bei',
  'fragen nach',
  'piga simu kwa',
  'uliza',
  'hubungi',
];

/**
 * What a document's closing sentence says before the person its reader should reach (`For more information, please
 * contact Ana Reyes, …`, `kunt u contact opnemen met …`, `wenden Sie sich bitte an …`): a press release's, job ad's or
 * notice's contact. English, Dutch, German, French, Spanish, Portuguese, Italian, Swedish, Danish/Norwegian; matched
 * case-blind, a longer opener before its own prefix. A bare `contact` is none (`Contact Sales`), nor a bare `kontakt
 * z`/`kontakt med` (`Kontakt z Inspektorem Ochrony Danych` names an office).
 */
export const CONTACT_REFERRAL_OPENERS = [
  'please contact',
  'get in touch with',
  'reach out to',
  'contact opnemen met',
  'contact op met',
  'contact met',
  'wenden sie sich bitte an',
  'wenden sie sich an',
  'wende dich an',
  'kontaktieren sie bitte',
  'kontaktieren sie',
  'veuillez contacter',
  'merci de contacter',
  'contactez',
  "s'adresser à",
  's’adresser à',
  'adressez-vous à',
  'póngase en contacto con',
  'ponerse en contacto con',
  'contacte con',
  'contactar con',
  'diríjase a',
  'entre em contato com',
  'entrar em contato com',
  'entre em contacto com',
  'contacte',
  'rivolgersi a',
  'si prega di contattare',
  'contattare',
  'kontakta',
  'ta kontakt med',
];

/**
 * First-person openers of a self-introduction (`I'm`, `je suis`, `hier spricht`, `меня зовут`:
 * English, French, German, Spanish, Italian, Dutch, Swedish, Norwegian, Portuguese, Russian, Polish, Hindi, Arabic),
 * matched case-blind; a longer opener stands before its own prefix (`aqui é o` before `aqui é`) so the article is not
 * read as the name.
 */
export const SELF_INTRO_OPENERS = [
  "I'm",
  'I’m',
  'I am',
  'my name is',
  'this is',
  'hier spricht',
  'je suis',
  "je m'appelle",
  'ich bin',
  'mein name ist',
  'me llamo',
  'soy',
  'mi chiamo',
  'sono',
  'ik ben',
  'ik heet',
  'mijn naam is',
  'jag heter',
  'jeg heter',
  'sou',
  'eu sou',
  'aqui é o',
  'aqui é a',
  'aqui é',
  // `Le escribe Rosa Ibáñez, de …`: Spanish for `writing to you is …`, the writer naming themselves.
  'le escribe',
  'te escribe',
  // `Le saluda Jimena Quispe de …`: Spanish for `greeting you is …`, as `le escribe`.
  'le saluda',
  'te saluda',
  'это',
  'меня зовут',
  'tu',
  'nazywam się',
  'jestem',
  'मैं',
  'मेरा नाम',
  'معك',
  'أنا',
  'اسمي',
  // Vietnamese: `em là Long bên …` (the writer as the younger party, the neutral `tôi`, the familiar `mình`).
  'em là',
  'tôi là',
  'mình là',
  // Indonesian and Malay `saya Dewi dari …` (`I`, then the name: a lower-case verb after it is no name).
  'saya',
];

/**
 * What opens a call note's first line before the caller's name (`Appel de Mme Véronique …`, `Ligou o Eng.º Rui …`,
 * `Call from Dana Lee, …`): the caller is the contact, as a self-introduced writer is (en, fr, pt, es, it, de, nl).
 * Read only at a line's start, where a note opens; a voicemail's caller ID is no name (`Voicemail from ACME TENT`).
 */
export const CALL_NOTE_OPENERS = [
  'call from',
  'phone call from',
  'missed call from',
  'incoming call from',
  'call with',
  'appel de',
  'appel téléphonique de',
  'appel reçu de',
  'ligou o',
  'ligou a',
  'ligou',
  'chamada de',
  'ligação de',
  'telefonema de',
  'llamada de',
  'llamó el',
  'llamó la',
  'llamó',
  'chiamata da',
  'telefonata da',
  'telefonata di',
  'ha chiamato il',
  'ha chiamato la',
  'ha chiamato',
  'anruf von',
  'rückruf von',
  'telefonat mit',
  'gebeld door',
  'telefoontje van',
];

/**
 * What a speaker says while finding words (`this is uh Rowan Pike`), as a voicemail's transcript writes it, in
 * lower case (en, de, fr, nl, es): read past between a self-introduction's opener and the name.
 */
export const SPOKEN_FILLERS = set('uh|uhm|um|umm|er|erm|ah|eh|ehm|äh|ähm|öh|euh|heu|ehh|hmm|eee');

/**
 * Prepositions and conjunctions of scripts without capitals (ar `from`, `in`, `with`, `at`, `on`, `to`, `about`; hi
 * `from`, `of`, `in`, `and`, `to`, `on`): no word of a person's name, so a line holding one (`सेवा में`, to an
 * addressee; `تابعونا على …`, follow us on) is a phrase. Not hi `के`, which a name's initial is written as (`के. राजेश`).
 */
export const CASELESS_FUNCTION_WORDS = set('من|في|مع|لدى|على|إلى|عن|से|का|की|में|और|को|पर');

/** Words that follow a self-introduced name in scripts without capitals (`from`, `of`, `speaking`): the name ends there. */
export const INTRO_CONNECTORS: ReadonlySet<string> = new Set([...CASELESS_FUNCTION_WORDS, 'के', 'बोल']);

/**
 * Portuguese agnomina after a given and a family name (`Pedro Bragança Neto`): the generation, not the family
 * name (compared without dots or accents, lower case: `Júnior`, `Junior`).
 */
export const GENERATIONAL_AGNOMINA = set('filho|neto|sobrinho|junior');

/** Generational suffixes and credentials after a name (compared without dots, lower case). */
export const NAME_SUFFIXES = set(
  'jr|sr|ii|iii|iv|esq|phd|md|mph|mba|cpa|cfa|mrics|frics|pe|peng|rn|np|jd|llm|llb|dds|dmd|dvm|do|cissp|pmp|frcs|frcp|' +
    'mrcp|acca|fca|aca|cima|msc|bsc|ma|ba|meng|beng|dphil|mfa|edd|psyd|lcsw|cfp|cma|cpa|cia|cisa|faia|aia|leed|ap|' +
    'shrm|pcc|acc|ceng|mice|mimeche|fcca|cipd|mcips|dba|mdiv|ms|mls|ocd|pa-c|csm|cscp|cpsm|mbbs|frcpc|facs|facp|' +
    // more credentials and honours that follow a name (UK orders, medicine, accounting, engineering)
    'obe|mbe|cbe|kbe|dbe|cb|kc|qc|frsa|frs|freng|mbchb|bmbs|mrcgp|frcog|frcpath|frcr|frcse|fracs|fracp|mrcs|' +
    'mrcpsych|frcpsych|bds|mfds|cgma|acma|fcma|acga|cfe|ea|chfc|clu|cfa|caia|frm|prm|cpa-ca|cpa-cga|cga|ca|cpa-cma|' +
    'mciob|fciob|mciat|fciat|mcipd|fcipd|miet|fiet|mice|fice|mistructe|fistructe|cmgr|fcmi|mcmi|dnp|fnp|bsn|msn|aprn|crna|' +
    'pharmd|od|dc|ot|otr|pt|dpt|slp|ccc-slp|lpc|lmft|lmhc|psyd|edd|ms|mpa|mpp|mha|msw|llm|bcl|mst|ra|ncarb|riba|' +
    'aicp|gisp|pmi-acp|itil|ccie|ccnp|csp|chst|cih|sphr|phr|shrm-cp|shrm-scp|cscp|' +
    // Irish and British medical degrees (`MB BCh BAO`, `FRCSI`, `MB ChB`)
    'mb|bch|bao|chb|bchir|frcsi|frcsed|mrcsi|mrcpi|frcpi|mcai|' +
    // Irish GPs' and surveyors' colleges (`MICGP`, `MSCSI`), UK and Irish estate and letting agents' bodies (`MNAEA`)
    'micgp|ficgp|mscsi|fscsi|ascsi|mnaea|fnaea|anaea|marla|mnarla|fnarla|mipav|' +
    // Australasian specialist colleges' fellowships (anaesthetists' `FANZCA`, GPs' `FRACGP`, emergency physicians' `FACEM`, …)
    'fanzca|fracgp|facem|franzcr|franzcog|franzcp|franzco|frcpa|fcicm|fracds|facd|facrrm|fafph|fachpm|fracma|fanzcep|' +
    // maritime memberships (the Nautical Institute's `MNI`, `AFNI`; naval architects' `MRINA`; marine engineers')
    'mni|fni|afni|mrina|frina|cmmar|imarest|mimarest|fimarest|' +
    // the Chinese and Japanese doctorate written after the name (`张 伟 博士`)
    '博士',
);

/**
 * Forms of address and degrees a Chinese, Japanese or Korean name carries glued after it (`赵老师`, `王博士`, `佐藤様`):
 * the name without them; a family name alone before one (`赵老师`) gives no given name.
 */
export const CJK_FORMS_AFTER_NAME = [...ADDRESSEE_HONORIFICS.filter((h) => h !== '御中'), '老师', '老師', '博士'];

/**
 * Credentials spelled as a given or family name is (`BAO` and `Quoc Bao`, `MA` and `Jun Ma`, `DO` and
 * `Anh Do`): a credential only when written in capitals or dotted (`M.A.`), as WORD_DEGREES are.
 */
export const SUFFIXES_ALSO_NAMES = set('bao|ma|do');

/** The generational suffixes of NAME_SUFFIXES (`Jr.`, `III`): no syllable of a name, though `ii` and `iii` spell one. */
export const GENERATIONAL_SUFFIXES = set('jr|sr|ii|iii|iv');

/**
 * Academic degrees as written before their subject (`M.Sc. (Statistics)`, `B.Tech in Civil Engineering`,
 * `Licenciatura en Derecho`), lower case without dots. Not `MD` nor `BE`/`ME`: before a field they are
 * also a managing director and words. Kept apart from NAME_SUFFIXES, which it overlaps: those are read
 * after a name (`Jane Roe, PhD`), these only before a subject, and each list holds forms the other must not.
 */
export const ACADEMIC_DEGREES = set(
  'phd|dphil|mphil|msc|bsc|ma|ba|mba|meng|beng|btech|mtech|bcom|mcom|bca|mca|bba|llb|llm|bs|ms|mfa|bfa|mph|mpa|' +
    'bed|med|mbbs|bpharm|mpharm|barch|bsn|msn|edd|dba|bachelor|master|doctor|licenciatura|maestría|mestrado|' +
    'máster|laurea',
);
/**
 * Degrees that are also words or short forms of names (es `Ma.` María, sv/da `med`, `MS`): a degree only
 * when dotted or in capitals (`M.A.`, `MA`, `B.Ed.`).
 */
export const WORD_DEGREES = set('ma|ba|ms|bs|med|bed');
/** Words that join a degree to its subject: `MSc in Data Science`, `Licenciatura en Derecho`, `Bachelor of Arts`. */
export const DEGREE_SUBJECT_JOINERS = set('in|of|en|em|de|di|im');

/**
 * `bin`, `binti` (son, daughter of), and the slashed `s/o`, `d/o` and Malaysian `a/l`, `a/p` (anak lelaki, anak
 * perempuan), in Arabic script `بن`, `بنت`, `ابن`: the father's name follows; every word before is the given name
 * (`Nur Aisyah binti Abdullah`).
 */
export const PATRONYMIC_PARTICLES = set('bin|binti|bint|binte|ibn|s/o|d/o|a/l|a/p|بن|بنت|ابن');

/**
 * Family and community names South Indians (and Singapore's and Malaysia's Indians) bear as a surname, folded
 * (`Lekha Nambiar`, `Anand Iyer`): written before a patronymic particle, such a word is no second given name.
 */
export const SOUTH_INDIAN_FAMILY_NAMES = set(
  'pillai|nair|menon|iyer|iyengar|reddy|naidu|shetty|panicker|kurup|nambiar|warrier|chettiar|mudaliar|gounder|' +
    'nadar|thevar|naicker|nayar|pillay|naidoo|moodley|chetty|achari',
);

/**
 * `Abd` (servant of) and its joined forms, in Arabic script `عبد`: written apart from the article word it binds
 * (`Abd al-Karim`, `عبد الكريم`), which is then part of that given or father's name, opening no family name.
 */
export const SERVANT_OF_WORDS = set('abd|abdul|abdel|abdal|abdol|عبد');

/**
 * Endings of East Slavic family names in Cyrillic (ru / uk / be: `Жданов`, `Смирнова`, `Вишневский`, `Коваленко`,
 * `Дячук`), not the `-ин(а)` ones, which many given names end with too (`Марина`, `Валентин`).
 */
export const CYRILLIC_SURNAME_ENDINGS = [
  'ов',
  'ев',
  'ёв',
  'ова',
  'ева',
  'ёва',
  'ский',
  'ская',
  'цкий',
  'цкая',
  'енко',
  'ук',
  'юк',
];

/**
 * Cyrillic letters as an address romanises them (ru / uk / be / bg), lower case: one common spelling each; the
 * others (`х` as `h` or `kh`, `ц` as `c` or `ts`, `й` as `i`, `j` or `y`) meet it once vowels are dropped
 * (romanisedSkeleton). Soft and hard signs spell nothing.
 */
export const CYRILLIC_ROMANISATION = pairs(
  'а:a|б:b|в:v|г:g|ґ:g|д:d|е:e|ё:e|є:e|ж:zh|з:z|и:i|і:i|ї:i|й:i|к:k|л:l|м:m|н:n|о:o|п:p|р:r|с:s|т:t|у:u|ў:u|' +
    'ф:f|х:h|ц:c|ч:ch|ш:sh|щ:shch|ъ:|ы:y|ь:|э:e|ю:u|я:a',
);

/**
 * The ending of Greek family names in the genitive (`Παπαδοπούλου`, `Γεωργίου`, `Νικολάου`: a woman's, and many a
 * man's), which no Greek given name ends with (they end in `-ος`, `-ης`, `-ας`, `-α`, `-η`).
 */
export const GREEK_SURNAME_ENDINGS = ['ου', 'ού'];

/** Of PATRONYMIC_ENDINGS, a Russian woman's (`Игоревна`, `Ильинична`, `Igorevna`): no family name ends so. */
export const FEMININE_PATRONYMIC_ENDINGS = ['вна', 'ична', 'ovna', 'evna', 'ichna'];

/**
 * Endings of patronymics (`Игоревна`, `Ivanovich`; Kazakh `Нұрланқызы`, `Ерланұлы`, Kyrgyz `Асанкызы`, `Асанулу`,
 * `Serikqyzy`, `Erlanuly`, `Asanuulu`): a middle name, never the surname; only after a stem of three letters or more.
 */
export const PATRONYMIC_ENDINGS = [
  'вич',
  'вна',
  'ична',
  'инична',
  'ovich',
  'evich',
  'ovna',
  'evna',
  'ichna',
  // Kazakh and Kyrgyz `daughter of`, `son of`, in Cyrillic and romanised
  'қызы',
  'ұлы',
  'кызы',
  'улу',
  'qyzy',
  'kyzy',
  // romanised son-of: Kazakh `-uly`, Kyrgyz `-uulu` (and `-ulu`)
  'uly',
  'uulu',
  'ulu',
];

/**
 * Common family names of Spanish, Portuguese and Andean (Quechua, Aymara) families: the first of a double
 * surname written without a hyphen (`Lucía Fernández Ortega`), never a middle name. Spanish patronymics (`-ez`) count too.
 */
export const IBERIAN_SURNAMES = set(
  'garcía|garcia|lópez|lopez|díaz|diaz|ruiz|ortiz|muñoz|munoz|paz|cruz|torres|ramos|romero|navarro|moreno|' +
    'molina|morales|ortega|delgado|castro|castillo|vargas|rojas|herrera|medina|aguilar|guerrero|mendoza|' +
    'flores|rivera|reyes|vega|cabrera|campos|fuentes|iglesias|cortés|cortes|garrido|serrano|blanco|martín|' +
    'prieto|pascual|villanueva|sosa|rubio|marín|marin|soto|contreras|guzmán|guzman|salazar|peña|pena|' +
    'carrasco|caballero|nieto|lozano|cano|calvo|vidal|león|leon|montero|mora|ibarra|zapata|espinoza|' +
    'espinosa|barrios|bravo|arias|luna|miranda|figueroa|gallego|santana|vera|silva|santos|pereira|oliveira|' +
    'costa|sousa|souza|ferreira|almeida|carvalho|ribeiro|rocha|lima|barbosa|teixeira|moreira|cardoso|' +
    'correia|pinto|mendes|nunes|monteiro|machado|araújo|araujo|cavalcanti|azevedo|fonseca|nascimento|' +
    'andrade|bezerra|duarte|freitas|lobo|magalhães|magalhaes|pacheco|quintero|valencia|restrepo|' +
    'montoya|echeverría|echeverria|aguirre|etxeberria|goikoetxea|urrutia|zubiri|fernandes|gonçalves|' +
    'goncalves|rodrigues|lopes|marques|alves|soares|antunes|gomes|pires|simões|simoes|neves|chaves|' +
    'guimarães|guimaraes|tavares|dias|' +
    // more of the most frequent (Spain, Latin America, Catalonia, Portugal)
    'ferrer|quintana|soler|puig|font|roca|serra|pujol|gil|sanz|rey|moya|parra|bueno|crespo|herrero|pastor|' +
    'durán|duran|carmona|rojo|cabello|calderón|calderon|velasco|mejía|mejia|acosta|salinas|ponce|escobar|' +
    'robles|cárdenas|cardenas|ochoa|ríos|rios|ayala|tapia|valdés|valdes|arroyo|montes|osorio|barrera|franco|' +
    'palacios|cuevas|trujillo|benavides|villalobos|sandoval|lara|beltrán|beltran|quiroga|salgado|gallardo|' +
    'paredes|pineda|villa|rincón|rincon|alonso|castaño|castano|zamora|solís|solis|rosales|cisneros|arrieta|' +
    'mora|bravo|campos|cordero|peralta|maldonado|ojeda|orozco|vallejo|zúñiga|zuniga|aranda|carvajal|fajardo|' +
    'guerra|leal|miranda|montenegro|navas|olmos|quiroz|saavedra|segura|toledo|valle|varela|villar|ybarra|' +
    // more of Portugal's most frequent
    'martins|vieira|coelho|cunha|reis|matos|lourenço|lourenco|figueiredo|raposo|' +
    // more of Brazil's most frequent; not `Xavier`, as often a middle name (`Jean Xavier Dupuis`) as a family name
    'nogueira|cordeiro|bastos|moura|batista|farias|borges|leite|brito|sampaio|queiroz|siqueira|medeiros|' +
    'barros|macedo|rezende|amaral|peixoto|' +
    // Andean (Quechua, Aymara): among the most frequent in Peru and Bolivia
    'quispe|mamani|condori|huamán|huaman|choque|apaza|ticona',
);
/**
 * María abbreviated before a second given name in the Philippines (`Ma. Cristina`, called Cristina), and
 * Muhammad in South Asia and Malaysia (`Md. Rafiqul Islam`, called Rafiqul), lower case. Not Spain's
 * `Mª José` (COMPOUND_GIVEN_NAME_OPENERS): there both names are the one used. Bengali writes Md. as `মোঃ` (the
 * visarga marks the abbreviation) or `মো.`.
 */
export const ABBREVIATED_GIVEN_NAMES = set('ma.|md.|mohd.|muhd.|মোঃ|মো.');

/**
 * The Prophet's name as South Asia and Malaysia write it opening a person's names (`Syed Muhammad Imran Qadri`), folded:
 * after a lineage title a devotional first element, which the address may show is not the name used (`imran.qadri@`).
 */
export const DEVOTIONAL_FIRST_NAMES = set(
  'muhammad|mohammad|mohammed|muhammed|mohamed|mohamad|muhamad|muhammet|mohd|muhd|mohamud|mohummad',
);

/**
 * Short forms of given names not spelled with the full name's first letters (`Tom` for Thomas, `Bill` for William,
 * `Bec` for Rebecca; `Kat` for Katharine is its prefix), as `short full` pairs, folded: English, then Spanish and
 * Portuguese, Russian romanised, German, Dutch and Nordic, Italian, French, Polish, Czech.
 */
export const GIVEN_NAME_SHORT_FORMS = set(
  'tom thomas|tommy thomas|bill william|bob robert|bobby robert|robbie robert|dick richard|rick richard|' +
    'dave david|davey david|davy david|cathy catherine|kathy katherine|jackie jacqueline|debbie deborah|' +
    'nikki nicola|vicki victoria|charlie charles|charlie charlotte|lottie charlotte|frankie francesca|' +
    'gaz gareth|baz barry|hal henry|gabby gabrielle|gaby gabriela|' +
    'bec rebecca|becky rebecca|becca rebecca|bert robert|bert albert|bert herbert|libby elizabeth|' +
    'lizzie elizabeth|nell eleanor|nellie eleanor|ellie eleanor|tess theresa|tess teresa|trudy gertrude|' +
    'kit christopher|kitty katherine|kitty catherine|jake jacob|freddie frederick|ginny virginia|gus augustus|' +
    'gus angus|sandy alexandra|lexi alexandra|xander alexander|ollie oliver|olly oliver|sammy samuel|' +
    'wendy gwendolyn|mandy amanda|vicky victoria|tori victoria|annie anne|annie anna|jessie jessica|' +
    'benny benjamin|danny daniel|eddie edward|teddy edward|teddy theodore|ted theodore|matty matthew|' +
    'paddy patrick|richie richard|ricky richard|billy william|liam william|jeff geoffrey|nicky nicholas|' +
    'topher christopher|stevie stephen|pip philippa|pippa philippa|penny penelope|sadie sarah|' +
    'tina christina|bella isabella|izzy isabel|izzy isabella|' +
    'pepe jose|paco francisco|pancho francisco|nacho ignacio|chema jose maria|lola dolores|lupe guadalupe|' +
    'concha concepcion|charo rosario|pili pilar|manolo manuel|quique enrique|kike enrique|beto alberto|' +
    'beto roberto|memo guillermo|chucho jesus|chus jesus|ze jose|chico francisco|' +
    'sasha aleksandr|sasha aleksandra|misha mikhail|dima dmitry|dima dmitri|kolya nikolai|vova vladimir|' +
    'volodya vladimir|zhenya evgeny|katya ekaterina|masha maria|dasha daria|natasha natalia|tanya tatiana|' +
    'lena elena|olya olga|anya anna|pasha pavel|kostya konstantin|lyosha aleksei|vanya ivan|' +
    'hans johannes|sepp josef|fritz friedrich|liesl elisabeth|sanne susanne|lasse lars|kalle karl|pelle per|' +
    'beppe giuseppe|peppe giuseppe|pino giuseppe|gigi luigi|nino antonino|toni antonio|sandro alessandro|' +
    'betta elisabetta|manu emmanuel|manu emmanuelle|babette elisabeth|' +
    'kasia katarzyna|wojtek wojciech|gosia malgorzata|malgosia malgorzata|basia barbara|asia joanna|kuba jakub|' +
    'tomek tomasz|bartek bartlomiej|zosia zofia|ania anna|jurek jerzy|jozek jozef|' +
    'wlodek wlodzimierz|staszek stanislaw|stas stanislaw|grzes grzegorz|' +
    'honza jan|pepa josef|jirka jiri|misa michal|verca veronika|' +
    'jim james|jimmy james|jack john|johnny john|ted edward|ned edward|harry henry|hank henry|chuck charles|' +
    'peggy margaret|maggie margaret|meg margaret|betty elizabeth|liz elizabeth|beth elizabeth|' +
    'bess elizabeth|kate catherine|kate katherine|katie catherine|katie katherine|sally sarah|polly mary|' +
    'molly mary|jenny jennifer|sue susan|sandy sandra|sandy alexander|sasha alexander|sasha alexandra|' +
    'tony anthony|mike michael|mick michael|steve stephen|andy andrew|drew andrew|patty patricia|' +
    'trish patricia|larry lawrence|terry terence|jerry gerald|gerry gerald|joe joseph|joey joseph',
);

/**
 * Thai forms of address written without a space before the given name (`นายสมชาย` Mr, `นางสาวมาลี` Miss,
 * `นางมาลี` Mrs), longest first so that Miss is not read as Mrs.
 */
export const THAI_GLUED_HONORIFICS = [...THAI_FORMS_OF_ADDRESS].sort((a, b) => b.length - a.length);

/** Spain's María abbreviated (`Mª Carmen`, `Mª José`), lower case: it opens a compound given name with the name after it. */
export const COMPOUND_GIVEN_NAME_OPENERS = set('mª');

/**
 * Spanish, Portuguese and Italian compound given names, folded, as `first second` pairs: before a family name the two
 * are the one name used (`María José Pérez`, `João Pedro Alves`), unlike a middle name (`Catalina Ignacia`).
 */
export const COMPOUND_GIVEN_NAMES = set(
  'maria jose|maria luisa|maria fernanda|maria isabel|maria teresa|maria elena|maria eugenia|maria victoria|' +
    'maria paula|maria cristina|maria eduarda|maria clara|maria alejandra|maria gabriela|maria jesus|' +
    'maria belen|maria cecilia|maria soledad|maria guadalupe|maria ines|maria antonia|rosa maria|ana maria|' +
    'ana paula|ana luisa|ana carolina|ana beatriz|ana sofia|ana lucia|ana cristina|ana clara|ana isabel|' +
    'ana belen|jose luis|jose antonio|jose manuel|jose maria|jose carlos|jose miguel|jose ignacio|jose ramon|' +
    'jose angel|jose alberto|jose eduardo|juan carlos|juan pablo|juan jose|juan manuel|juan antonio|' +
    'juan ignacio|juan luis|juan diego|juan sebastian|juan camilo|juan david|juan esteban|juan andres|' +
    'luis miguel|luis fernando|luis alberto|luis carlos|luis enrique|luis eduardo|luiz carlos|luiz fernando|' +
    'luiz henrique|miguel angel|jorge luis|jorge ivan|jorge alberto|carlos alberto|carlos eduardo|' +
    'carlos andres|joao pedro|joao paulo|joao vitor|joao victor|joao carlos|joao gabriel|joao batista|joao baptista|pedro henrique|' +
    'paulo henrique|paulo roberto|' +
    // Latin America's and Brazil's other common pairs, and Italy's `Maria Grazia`
    'andres felipe|juan felipe|luis felipe|luiz felipe|luiz gustavo|luis angel|luisa fernanda|maria camila|' +
    'maria lourdes|maria angeles|jose emilio|rosa elena|rosa elvira|ana rita|ana luiza|maria luiza|' +
    'ana julia|maria julia|ana vitoria|maria vitoria|ana laura|maria laura|ana flavia|maria alice|joao lucas|joao miguel|pedro lucas|maria grazia',
);

/**
 * Common Spanish and Portuguese given names, folded: one after the given name is a second given name or a
 * middle name (`Lucas Andrés Molina`), not the first of two family names; one opening a name spelled the
 * Iberian way opens a name of two family names. With the names the compound given names (COMPOUND_GIVEN_NAMES) pair.
 */
export const IBERIAN_GIVEN_NAMES = set(
  'alejandro|alejandra|alberto|alfonso|alicia|alvaro|amanda|amelia|andrea|andres|angel|angela|antonio|antonia|' +
    'aparecida|augusto|aurora|barbara|beatriz|belen|bernardo|blanca|bruno|camila|camilo|carla|carlos|carlota|' +
    'carmen|carolina|catalina|cecilia|cesar|claudia|clara|cristian|cristina|daniel|daniela|david|diana|diego|' +
    'dolores|eduardo|eduarda|elena|eliana|elisa|emilia|emilio|enrique|ernesto|esteban|eugenia|eva|ezequiel|' +
    'felipe|fernanda|fernando|francisco|gabriel|gabriela|gonzalo|graciela|guadalupe|guillermo|gustavo|helena|' +
    'hector|henrique|hugo|ignacio|ines|irene|isabel|isabela|ivan|jaime|javier|jesus|joaquin|jorge|jose|josefa|' +
    'josefina|juan|juana|julia|julian|juliana|julio|laura|leonardo|leticia|lorena|lucas|lucia|luciana|luis|' +
    'luisa|luiz|manuel|manuela|marcela|marcelo|marco|marcos|margarita|maria|mariana|mario|marta|martina|mateo|' +
    'matias|mauricio|miguel|monica|natalia|nicolas|octavio|pablo|patricia|paula|paulo|pedro|pilar|rafael|' +
    'rafaela|ramon|raquel|raul|regina|renata|ricardo|roberto|rodrigo|rosa|rosana|ruben|salvador|samuel|sara|' +
    'sebastian|sergio|silvia|simone|sofia|sonia|susana|teresa|tomas|valentina|valeria|vanessa|veronica|' +
    'vicente|victor|victoria|vitor|vitoria|ximena|' +
    // more of Brazil's and Portugal's most frequent
    'adriana|adriano|alexandre|aline|andre|arthur|bianca|bruna|caio|carolina|debora|diogo|douglas|' +
    'edson|elaine|fabiana|fabio|flavia|gabriele|giovana|giovanna|guilherme|heitor|igor|isadora|joao|joaquim|' +
    'larissa|leandro|leticia|livia|luana|marcia|mariane|matheus|milena|murilo|nathalia|otavio|priscila|' +
    'rayane|renato|rita|rogerio|sandra|tatiana|thiago|tiago|valter|vinicius|yasmin|' +
    // and of Spain's and Latin America's
    'abel|adolfo|agustin|agustina|alba|alfredo|alonso|anibal|antonella|constanza|francisca|ignacia|javiera|arturo|benjamin|celia|consuelo|cristobal|dario|' +
    'emiliano|esperanza|estela|fabian|federico|florencia|gerardo|gloria|gregorio|hernan|horacio|ismael|jimena|' +
    'leandra|leonor|lourdes|lucio|macarena|marina|martin|maximiliano|mercedes|milagros|nahuel|nerea|nestor|' +
    'noelia|norma|oscar|pascual|ricardo|rocio|rogelio|romina|santiago|silvana|soledad|tobias|ulises|yolanda|' +
    // and more of Mexico's and Central America's, borne second as often (`Jorge Rigoberto`, `Diana Araceli`)
    'armando|rodolfo|rolando|reinaldo|gilberto|heriberto|humberto|rigoberto|norberto|adalberto|efrain|wilfredo|' +
    'edgardo|marisol|maribel|araceli|yesenia',
);
/**
 * Given names other peoples commonly bear second, folded (`John Michael Smith`, `Klaus Dieter Hoffmann`,
 * `Priya Lakshmi Nair`): a foreigner writing in Spanish or Portuguese keeps a middle name, not a second
 * family name.
 */
const OTHER_MIDDLE_NAMES = set(
  'michael|james|john|robert|william|thomas|joseph|richard|charles|edward|george|henry|alexander|andrew|' +
    'anthony|christopher|matthew|nicholas|patrick|peter|philip|stephen|scott|wayne|alan|allen|dean|lee|ray|' +
    'jane|ann|anne|marie|mary|rose|louise|elizabeth|lynn|lyn|grace|kay|jo|beth|ellen|jean|sue|' +
    'dieter|heinz|hans|karl|friedrich|wilhelm|josef|ulrich|pierre|louis|claude|philippe|jacques|francois|' +
    'kumar|kumari|lakshmi|devi|prasad|rani|chandra|krishna|' +
    // Nordic and Icelandic, folded (`Lars Erik`, `Anne Marie`, `Guðrún Ósk`, `Jón Þór` → `thor`)
    'erik|johan|anders|lars|olav|ole|nils|kristian|magnus|henrik|fredrik|arne|emil|oskar|axel|' +
    'sofie|kristine|kristin|helene|cecilie|johanne|osk|bjork|ros|dis|lind|sif|mar|orn|thor|freyr|geir|' +
    // Dutch, German and French (`Pieter Jan`, `Anna Lena`, `Jean Paul`)
    'jan|willem|hendrik|johannes|pieter|christian|paul|michel|antoine|yves|luc|sophie|claire|laure|lena|' +
    // Turkish compounds (`Mehmet Ali`, `Ahmet Can`, `Ayşe Nur`, `Ali Rıza`, `Hasan Hüseyin`)
    'ali|can|emre|cem|kaan|mert|efe|ege|nur|naz|su|gul|riza|huseyin|ihsan|kemal|' +
    // Arabic, Persian and South Asian Muslim (`Muhammad Usman`, `Fatima Zahra`), not those as often the family name
    // (`Hassan`, `Omar`, `Raza`)
    'usman|imran|tariq|hamza|bilal|faisal|zahra|noor|' +
    // South Asian (`Sai Krishna`, `Lakshmi Prasanna`, `Ram Mohan`)
    'prasanna|mohan|lal|nath|raj|ram|priya|babu|kanth|' +
    // Vietnamese given names written in Western order before the family name (`Thu Trang Le`, `Minh Thu Tran`)
    'anh|minh|linh|hoa|lan|ngoc|thu|trang|huong|tuan|duc|quang|khanh|phuong|thanh|hieu|vy|nhung|tam',
);
/** Given names that stand second in a name, before the family name (`Lucas Andrés Molina`, `Sarah Jane Parker`). */
export const SECOND_GIVEN_NAMES: ReadonlySet<string> = new Set([
  ...IBERIAN_GIVEN_NAMES,
  ...[...COMPOUND_GIVEN_NAMES].flatMap((pair) => pair.split(' ')),
  ...OTHER_MIDDLE_NAMES,
]);

/**
 * Iberian family names also borne as a second given name (`María Paz`, `María de los Reyes`, `José
 * Martín`): right after the given name they may complete it.
 */
export const GIVEN_NAME_SURNAMES = set('paz|cruz|reyes|luna|santos|martín|martin|león|leon');

/**
 * Marian invocations that complete a Spanish or Portuguese given name after `del`/`de los`/`do`/`da` (`María del
 * Carmen`, `Maria do Céu`, `Maria da Graça`, `Maria das Dores`). Not those as often a family name or place (`del Valle`,
 * `de Jesus`, `del Mar`).
 */
export const MARIAN_GIVEN_NAMES = set(
  'carmen|pilar|rosario|socorro|consuelo|ángeles|angeles|dolores|mercedes|lourdes|remedios|guadalupe|fátima|' +
    'fatima|nieves|asunción|asuncion|concepción|concepcion|rocío|rocio|montserrat|' +
    'céu|ceu|graça|graca|conceição|conceicao|luz|glória|gloria|assunção|assuncao|piedade|' +
    'soledad|amparo|milagros|esperanza|inmaculada|encarnación|encarnacion|purificación|purificacion|begoña|' +
    'sagrario|candelaria|carmo|anjos|dores|lurdes|penha|graças|gracas|rosário|sameiro|prazeres|mercês|merces|' +
    'neves|nazaré|nazare|belém|belem|salete|natividade|encarnação|encarnacao|purificação|purificacao|esperança|esperanca',
);

/** The ending of Czech and Slovak women's family names (`Nováková`): no given name ends so. */
export const FEMININE_SURNAME_ENDING = 'ová';
/** Endings of Spanish patronymic family names (`Fernández`, `Martínez`). */
export const IBERIAN_PATRONYMIC_ENDINGS = ['ez', 'éz'];
/**
 * Endings only Scandinavian family names bear (`Eriksson`, `Kjærgaard`, `Lindqvist`, `Lindgren`, `Nyström`, `Jensen`):
 * such a word before the last is the first of two family names written without a hyphen (`Signe Kjærgaard Holm`), as
 * Danes, Norwegians and Swedes commonly bear, never a middle given name.
 */
export const NORDIC_SURNAME_ENDINGS = [
  'sson',
  'sen',
  'gaard',
  'gård',
  'qvist',
  'kvist',
  'quist',
  'gren',
  'ström',
  'strøm',
];

/** Common Japanese family names (kanji), for a name written without a space (`佐々木美穂`). */
export const JAPANESE_SURNAMES = set(
  '佐藤|鈴木|高橋|田中|伊藤|渡辺|渡邊|山本|中村|小林|加藤|吉田|山田|佐々木|山口|松本|井上|木村|斎藤|斉藤|清水|' +
    '山崎|池田|橋本|阿部|石川|山下|中島|石井|小川|前田|岡田|長谷川|藤田|後藤|近藤|村上|遠藤|青木|坂本|福田|太田|' +
    '西村|藤井|金子|岡本|藤原|中野|三浦|原田|中川|松田|竹内|小野|田村|中山|和田|石田|森田|上田|内田|柴田|酒井|' +
    '宮崎|横山|高木|安藤|宮本|大野|小島|工藤|谷口|今井|高田|丸山|増田|杉山|村田|大塚|新井|小山|平野|藤本|河野|' +
    '上野|野口|武田|松井|千葉|岩崎|菅原|木下|久保|佐野|野村|松尾|菊地|杉本|市川|古川|大西|島田|水野|桜井|高野|' +
    '渡部|吉川|山内|西田|飯田|菊池|西川|小松|北村|安田|五十嵐|川口|平田|中田|久保田|服部|岩田|土屋|川崎|福島|' +
    '本田|樋口|秋山|田口|永井|山中|中西|吉村|川上|石原|大橋|松岡|馬場|浜田|森本|矢野|浅野|松下|星野|大久保|' +
    '吉岡|小池|野田|荒木|大谷|内藤|松浦|熊谷|黒田|尾崎|永田|川村|望月|田辺|松村|荒井|大島|平井|早川|菅野|栗原|' +
    '西山|広瀬|横田|石橋|萩原|岩本|片山|関口|宮田|大石|高山|本間|須藤|岡崎|小田|伊東|鎌田|上原|篠原|小西|松原|' +
    '福井|古田|山根|森|林|原|関|辻|堀|東',
);

/** Family names written without a space before the given name: Chinese (single and compound, `欧阳`) and Korean compound ones (`남궁`). */
export const CHINESE_SURNAMES = set(
  '王|李|张|張|刘|劉|陈|陳|杨|楊|黄|黃|赵|趙|吴|吳|周|徐|孙|孫|马|馬|朱|胡|郭|何|林|罗|羅|高|郑|鄭|梁|谢|謝|宋|唐|许|許|' +
    '韩|韓|冯|馮|邓|鄧|曹|彭|曾|萧|蕭|田|董|潘|袁|蔡|蒋|蔣|余|于|杜|叶|葉|程|魏|苏|蘇|吕|呂|丁|任|卢|盧|姚|沈|钟|鍾|' +
    '姜|崔|谭|譚|陆|陸|范|汪|廖|石|金|韦|韋|贾|賈|夏|付|方|邹|鄒|熊|白|孟|秦|邱|侯|江|尹|薛|闫|段|雷|龙|龍|黎|史|' +
    '陶|贺|賀|毛|郝|顾|顧|龚|龔|邵|万|萬|覃|武|钱|錢|戴|严|嚴|莫|孔|向|常|汤|湯|康|易|乔|喬|赖|賴|文|施|洪|' +
    '欧阳|歐陽|司马|司馬|上官|诸葛|諸葛|东方|東方|皇甫|尉迟|尉遲|公孙|公孫|慕容|令狐|长孙|長孫|宇文|司徒|夏侯|' +
    '轩辕|軒轅|端木|独孤|獨孤|南宫|南宮|西门|西門|百里|呼延|남궁|황보|제갈|선우|독고|사공|서문|동방',
);

/**
 * Korean family names of one syllable, with their spellings after the initial-sound rule (`이`/`리`, `유`/`류`): a
 * closed set, so a word in Hangul opening with another syllable (`참석자` attendees, `방법` way) names no one.
 */
export const KOREAN_SURNAMES = set(
  '김|이|리|박|최|정|강|조|윤|장|임|림|한|오|서|신|권|황|안|송|류|유|전|홍|고|문|양|량|손|배|백|허|남|심|노|로|하|곽|성|' +
    '차|주|우|구|민|나|라|진|지|엄|채|원|천|방|공|현|함|변|염|여|려|추|도|소|석|선|설|마|길|연|위|표|명|기|반|왕|금|옥|' +
    '육|인|맹|제|모|탁|국|어|은|편|용|룡|예|경|봉|사|부|가|복|태|목|형|계|피|두|감|음|빈|동|온|호|범|좌|팽|승|간|상|' +
    '시|갈|견|당|화|창|옹|묵|애|곡|단|야|빙|저|대|초|판|즙|평|근|필',
);

/**
 * A receipt's total label (`Total`, `Tổng cộng`, `Summe`), lower case, in English, Vietnamese, German,
 * French, Spanish, Portuguese, Italian, Dutch, Polish, Czech, Swedish, Danish, Norwegian, Finnish,
 * Turkish, Indonesian, Swahili, Russian, Ukrainian, Mongolian, Greek, Hebrew, Arabic, Persian, Urdu, Hindi, Bengali,
 * Thai, Chinese, Japanese and Korean.
 */
export const RECEIPT_TOTAL_LABELS = set(
  'total|grand total|total due|amount due|tổng cộng|tổng tiền|tổng|summe|gesamt|gesamtbetrag|zu zahlen|total ttc|' +
    'total a pagar|totale|totaal|te betalen|suma|razem|do zapłaty|celkem|totalt|att betala|i alt|yhteensä|' +
    'toplam|jumlah|jumla|итого|всего|разом|усього|нийт|σύνολο|סה"כ|المجموع|الإجمالي|جمع کل|مجموع|کل رقم|कुल|' +
    'कुल योग|মোট|รวม|ยอดรวม|รวมทั้งสิ้น|รวมเงิน|合计|合計|총액|합계',
);

/**
 * Labels of a generated notice's reference number (`Order number:`, `Sendungsnummer:`, `PNR No:`, `송장번호`), lower
 * case: an order's, a parcel's, a booking's or a payment's key, as a shop, a courier or a carrier writes it.
 */
export const REFERENCE_NUMBER_LABELS = set(
  'order number|order no|order id|order|tracking number|tracking no|tracking id|waybill|' +
    'waybill no|booking number|booking reference|booking ref|booking id|reservation number|confirmation number|' +
    'transaction id|transaction no|transaction number|pnr|pnr no|bestellnummer|auftragsnummer|' +
    'sendungsnummer|buchungsnummer|numéro de commande|n° de commande|numéro de suivi|numéro de réservation|' +
    'número de pedido|número de seguimiento|número de reserva|número do pedido|número de rastreamento|pedido|' +
    "numero d'ordine|numero di tracciamento|bestelnummer|ordernummer|trackingnummer|boekingsnummer|" +
    'numer zamówienia|numer przesyłki|номер заказа|трек-номер|номер отслеживания|sipariş numarası|sipariş no|' +
    'takip numarası|kargo takip no|mã đơn hàng|mã vận đơn|nomor pesanan|nomor resi|no. resi|resi|' +
    'رقم الطلب|رقم التتبع|شماره سفارش|کد رهگیری|מספר הזמנה|מספר משלוח|' +
    '注文番号|お問い合わせ番号|伝票番号|订单号|订单编号|运单号|快递单号|訂單編號|주문번호|송장번호|운송장번호|예약번호|' +
    // Booking, reservation and order numbers in more languages: Nordic, Finnish, Czech, Slovak, Polish, Hungarian,
    // Romanian, Italian, Spanish, Portuguese, Dutch, German, Turkish, Indonesian, Vietnamese, Japanese, Chinese.
    'bokningsnummer|bokningsreferens|beställningsnummer|ordernr|bestillingsnummer|bookingnummer|bookingnr|' +
    'reservasjonsnummer|reservationsnummer|ordrenummer|ordrenr|tilausnumero|varausnumero|varaustunnus|' +
    'seurantanumero|číslo objednávky|číslo rezervace|číslo zásilky|číslo zásielky|objednávka č|' +
    'numer rezerwacji|rendelésszám|foglalási szám|nyomkövetési szám|număr comandă|număr rezervare|' +
    'numero di prenotazione|codice prenotazione|numero ordine|código de reserva|localizador|código da reserva|' +
    'número da reserva|reserveringsnummer|reservierungsnummer|buchungscode|rezervasyon numarası|rezervasyon no|' +
    'pnr kodu|nomor pemesanan|kode pemesanan|nomor reservasi|kode reservasi|mã đặt chỗ|mã đặt phòng|' +
    '予約番号|预订号|预订编号|訂位代號|' +
    // a parcel's tracking or consignment number (no/da, sv, fi, de, nl)
    'sporingsnummer|sporingsnr|spårningsnummer|spårningsnr|kollinummer|forsendelsesnummer|sändningsnummer|' +
    'lähetystunnus|lähetysnumero|paketnummer|pakketnummer|zendingnummer|verzendnummer',
);

/**
 * Labels over a receipt's, order's or ticket's addressee block (`Billed to:`, `Lieferadresse:`),
 * lower case: the person under one is the customer the system writes to, not a sender.
 */
export const ADDRESSEE_LABELS = set(
  'billed to|bill to|billing address|invoice to|invoiced to|sold to|ship to|shipped to|shipping to|shipping address|' +
    'deliver to|delivered to|delivery address|passenger|' +
    'rechnungsadresse|lieferadresse|rechnungsempfänger|lieferung an|adresse de facturation|adresse de livraison|' +
    'facturé à|livré à|facturar a|enviar a|dirección de envío|dirección de facturación|indirizzo di spedizione|' +
    'indirizzo di fatturazione|factuuradres|afleveradres|bezorgadres|endereço de entrega|endereço de faturação|' +
    // a delivery note's consignee (en, de, fr, it/es, pt, nl, pl, cs, sv, da/no)
    'recipient|consignee|empfänger|warenempfänger|destinataire|destinatario|destinatário|ontvanger|geadresseerde|' +
    'odbiorca|příjemce|mottagare|modtager|mottaker',
);

/**
 * Labels over a business document's other party (`Vendor:`, `Lieferant:`, `Odběratel:`), lower case: the firm under
 * one is not the document's issuer. English, German, French, Spanish, Portuguese, Italian, Dutch, and the buyer's in
 * more languages (a supplier's label there may head the issuer's own block: `Dodavatel:` over a quote's sender).
 */
export const COUNTERPART_LABELS = set(
  'vendor|supplier|client|customer|buyer|lieferant|kunde|auftraggeber|fournisseur|acheteur|proveedor|cliente|' +
    'comprador|fornecedor|fornitore|acquirente|leverancier|klant|opdrachtgever|' +
    // the buyer (sv, da/no, fi, cs, sk, pl, tr, hu, hr/sr/bs, sl, lt, lv, et, ru)
    'köpare|kund|køber|kjøper|asiakas|ostaja|odběratel|odberateľ|nabywca|alıcı|müşteri|vevő|kupac|kupec|pirkėjas|' +
    'pircējs|klient|покупатель|заказчик|' +
    // the customer or receiving party (zh-Hant, zh-Hans, ja, ko)
    '客戶|客戶名稱|客户|客户名称|買方|买方|購買方|购买方|お客様|得意先|顧客名|수신|수신처|공급받는자|구매자',
);

/**
 * Kinds of business document whose number heads it (`INVOICE 2026-014`, `OFFERTE Nr. 31870`), lower case:
 * English, German, Dutch, French, Spanish, Portuguese, Italian, Croatian/Serbian/Bosnian, Slovene, Polish,
 * Czech/Slovak, Hungarian, Finnish, Swedish/Norwegian/Danish, Turkish.
 */
export const DOCUMENT_WORDS = set(
  'invoice|quotation|quote|estimate|proforma|receipt|offer|order|rechnung|angebot|offerte|gutschrift|auftrag|' +
    'factuur|facture|devis|factura|presupuesto|cotización|fatura|orçamento|fattura|preventivo|offerta|račun|' +
    'ponuda|ponudba|faktura|oferta|zamówienie|nabídka|számla|árajánlat|lasku|tarjous|offert|tilbud|teklif|' +
    // an order's confirmation and a delivery note, whose issuer is the supplier
    'commande|bestellung|auftragsbestätigung|bestellbestätigung|lieferschein|ordrebekræftelse|ordrebekreftelse|' +
    'orderbekräftelse|opdrachtbevestiging|orderbevestiging|pedido|ordine|objednávka|narudžba|sipariş|tilausvahvistus|' +
    // a public tender's notice (`ANUNCIO DE LICITACIÓN`, `OGŁOSZENIE O ZAMÓWIENIU`, `İHALE İLANI`), whose issuer is the
    // contracting authority: en, de, nl, fr, es, pt, it, pl, cs, sk, tr, sv, no, da, fi, hu, ro, hr, ko, ja, zh
    'tender|ausschreibung|bekanntmachung|vergabebekanntmachung|aanbesteding|licitación|licitacion|licitação|' +
    'licitacao|anuncio|anúncio|concurso|bando|przetarg|ogłoszenie|zakázka|zákazka|ihale|ilanı|upphandling|' +
    'anbudsförfrågan|anbudskonkurranse|udbud|hankintailmoitus|tarjouspyyntö|ajánlattételi|licitație|licitatie|' +
    'natječaj|nadmetanje|입찰공고|入札公告|招标公告|招標公告|' +
    // the same kinds in Japanese, Korean and Chinese (order, invoice, quote, delivery note, purchase order, receipt)
    '注文書|請求書|見積書|御見積書|納品書|発注書|領収書|견적서|청구서|주문서|발주서|거래명세서|영수증|报价单|報價單|' +
    '订单|訂單|发票|發票|送货单|送貨單',
);

/**
 * A document's section word, before its numeral heading a part of a notice or a form (`SEKCJA I`, `Section II`,
 * `Abschnitt 3`), lower case: en, fr, es, pt, it, de, nl, pl, cs, sk, hu, ro, hr/sr/sl, tr, sv, da/no, fi.
 */
export const SECTION_WORDS = set(
  'section|part|annex|partie|annexe|sección|seccion|apartado|anexo|secção|seção|parte|sezione|allegato|abschnitt|' +
    'teil|anhang|rubriek|bijlage|sekcja|część|rozdział|załącznik|oddíl|část|příloha|oddiel|časť|príloha|szakasz|' +
    'rész|melléklet|secțiunea|secţiunea|secțiune|odjeljak|odeljak|oddelek|bölüm|kısım|avsnitt|afsnit|bilaga|bilag|' +
    'jakso|liite',
);

/**
 * How a booking platform tags a listing's host beside or under their name (`Host · Sopot, Poland`, `Superhôte ·
 * 214 commentaires`, `Duarte (Anfitrião)`), lower case: en, fr, de, es, pt, it, nl, pl, sv, da/no. No name word.
 * Not the guest's word (`Guest`, `Gast` are family names too).
 */
export const PLATFORM_HOST_TAGS = set(
  'host|co-host|cohost|superhost|hôte|co-hôte|superhôte|gastgeber|gastgeberin|co-gastgeber|anfitrión|anfitriona|' +
    'coanfitrión|superanfitrión|anfitrião|anfitriã|coanfitrião|superanfitrião|anfitrione|gastheer|' +
    'gastvrouw|gospodarz|współgospodarz|värd|medvärd|vært|medvært',
);

/** The tag a chat writes after a bot's or integration's name (`GitHub APP`, `Jira Cloud BOT`), lower case. */
export const CHAT_BOT_TAGS = set('app|bot|integration|workflow|webhook');

/**
 * The given-name word a form's field and a CSV header share: de, fr, nl, sv, no/da, fi, pl, hr/sr/sl/bs, hu, ro.
 * Each list adds its own (a form's spelled-out phrases, a header's bare words).
 */
const GIVEN_NAME_WORDS = 'vorname|prénom|voornaam|förnamn|fornavn|etunimi|imię|ime|keresztnév|utónév|prenume';

/** The company word a form's field and a CSV header share: sl, hr, sr, cs, sk, hu, ro, lt, lv, et. */
const COMPANY_FIELD_WORDS = 'podjetje|tvrtka|preduzeće|společnost|spoločnosť|cég|companie|įmonė|uzņēmums|ettevõte';

/** The job-title word a form's field and a CSV header share: hr/sr/sl, lt, cs, sk, hu, lv, et. */
const TITLE_FIELD_WORDS =
  'funkcija|pozicija|pozice|pozícia|beosztás|pareigos|amats|ametikoht|' +
  // no / da `Stilling`, `Stillingsbetegnelse`; fi `Titteli`; ro `Funcție`; tr `Pozisyon`, `Ünvan`
  'stilling|stillingsbetegnelse|titteli|funcție|funcţie|pozisyon|ünvan';

/**
 * The family-name word a form's field and a CSV header share: de, es, pt, it, nl, sv, no/da, fi, pl, cs, sk, hu,
 * hr/sr, sl.
 */
const FAMILY_NAME_WORDS =
  'nachname|familienname|apellido|apellidos|sobrenome|cognome|achternaam|efternamn|etternavn|sukunimi|nazwisko|' +
  'příjmení|priezvisko|vezetéknév|családnév|prezime|priimek';

/**
 * A conference programme's or speaker page's label over its speaker (`Relatrice: Ing. …`), lower case: en, de, fr, es,
 * pt, it, nl, sv, da/no, fi, pl, cs, hu, tr, el, ru, ko, ja, zh. A person's field on a page about one speaker; several
 * session roles in a row (`Moderatore:`, `Relatore:`, `Discussant:`) are a programme's roster, so these stay out of
 * FIELD_LABELS (whose labels a roster never uses). A moderator or chair is the session's, not the page's speaker. Not
 * German `Referent:`, the minute-taker's label in Danish and Norwegian minutes.
 */
export const SPEAKER_LABELS = set(
  'speaker|keynote speaker|presenter|referentin|intervenant|intervenante|conférencier|conférencière|' +
    'ponente|palestrante|relatore|relatrice|spreker|talare|foredragsholder|puhuja|prelegent|prelegentka|' +
    'přednášející|előadó|konuşmacı|ομιλητής|ομιλήτρια|докладчик|спикер|연사|講演者|登壇者|演讲嘉宾|主讲人',
);

/**
 * A listing's or advert's label over the person to reach, the agent or recruiter behind it (`Listed by:`, `Pregunta
 * por:`, `Ihre Maklerin:` past the reader's possessive), lower case: en, es, pt, fr, it, de, nl, sv, da/no, pl. Not a
 * bare `Agent:`, which a support ticket writes before its desk's agent.
 */
export const LISTING_AGENT_LABELS = set(
  'listed by|listing agent|listing agents|listing broker|listing presented by|presented by|marketed by|offered by|' +
    'ask for|real estate agent|estate agent|letting agent|recruiter|hiring contact|' +
    'pregunta por|preguntar por|anunciado por|agente inmobiliario|agente inmobiliaria|asesor inmobiliario|' +
    'asesora inmobiliaria|' +
    'fale com|falar com|procure por|corretor|corretora|corretor responsável|corretora responsável|' +
    'consultor imobiliário|consultora imobiliária|' +
    'demandez|demander|proposé par|agent immobilier|agente immobilière|conseiller immobilier|' +
    'conseillère immobilière|négociateur|négociatrice|' +
    'chiedere di|chiedi di|chiedere del|proposto da|agente immobiliare|consulente immobiliare|' +
    'fragen sie nach|angeboten von|makler|maklerin|immobilienmakler|immobilienmaklerin|immobilienberater|' +
    'immobilienberaterin|personalberater|personalberaterin|' +
    'vraag naar|aangeboden door|makelaar|' +
    'fråga efter|mäklare|fastighetsmäklare|mægler|ejendomsmægler|megler|eiendomsmegler|' +
    'zapytaj o|agent nieruchomości|pośrednik|pośredniczka|doradca nieruchomości',
);

/**
 * Labels of a form's or export's fields (`Name: …`, `Empresa: …`), lower case, in several languages; message.ts
 * looks them up folded (no marks, spaces or hyphens), so each is listed in one spelling.
 */
export const FIELD_LABELS = {
  name: set(
    'name|full name|your name|contact|contact name|invitee|nom|nom complet|nombre|nombre completo|nome|nome completo|naam|navn|' +
      'namn|nimi|imię i nazwisko|jméno|имя|фио|氏名|お名前|姓名|名字|이름|성명|' +
      // a form's one field for given and family name together (`Jméno a příjmení:`, `Nome e cognome:`): cs, sk, sl,
      // hr/sr/bs, ro, hu, lt, lv, ru, uk, bg, de, fr, es, pt, it, nl, sv, da/no, fi
      'jméno a příjmení|meno a priezvisko|ime in priimek|ime i prezime|nume și prenume|nume si prenume|nume complet|' +
      'teljes név|vardas ir pavardė|vārds un uzvārds|фамилия и имя|имя и фамилия|ім’я та прізвище|прізвище та ім’я|' +
      'піб|име и фамилия|vor- und nachname|vollständiger name|nom et prénom|prénom et nom|nombre y apellidos|' +
      'nombre y apellido|nome e sobrenome|nome e apelido|nome e cognome|voor- en achternaam|för- och efternamn|' +
      'for- og efternavn|etu- ja sukunimi|' +
      // the contact person (en, es, pt, fr, it, pl)
      'contact person|persona de contacto|pessoa de contato|personne de contact|persona di contatto|osoba kontaktowa|' +
      // the same as tender notices and official forms write it (en, pt-PT, pl, tr, cs, sk, hu, ro, hr, sl, it)
      'point of contact|pessoa de contacto|osoba do kontaktu|osoby do kontaktu|irtibat kişisi|ilgili kişi|kontaktní osoba|' +
      'kontaktná osoba|kapcsolattartó|persoană de contact|persoana de contact|osoba za kontakt|kontakt osoba|' +
      'kontaktna oseba|referente|' +
      // a marketplace seller's representative, the person behind the business (en, de, fr, es, it, nl, pl, sv)
      'business representative|company representative|unternehmensvertreter|unternehmensvertreterin|' +
      "représentant de l'entreprise|representante comercial|representante de la empresa|rappresentante aziendale|" +
      'bedrijfsvertegenwoordiger|przedstawiciel firmy|företagsrepresentant|' +
      // a property listing's agent, the person its ad names to ask for (en, es, pt, fr, it, nl, pl, de)
      'listed by|listing agent|listing agents|listing by|pregunta por|preguntar por|corretor responsável|' +
      'corretora responsável|votre conseiller|votre conseillère|agente di riferimento|uw makelaar|opiekun oferty|' +
      'agent prowadzący|ihr makler|ihre maklerin|' +
      // a notice's contact point, TED's `Contact point(s):` as each language version prints it (en, de, fr, es, it,
      // pt, nl) and BOAMP's `Correspondant :`, `Interlocuteur :` (fr)
      'contact point|contact points|kontaktstelle|kontaktstellen|point de contact|points de contact|' +
      'punto de contacto|puntos de contacto|punto di contatto|punti di contatto|ponto de contacto|pontos de contacto|' +
      'ponto de contato|contactpunt|contactpunten|correspondant|interlocuteur|' +
      // `Kontakt:` (de, nordic, pl, cs, sk, hr, sr, sl), `Kontaktperson:` (de, sv, da, no), `Contactpersoon:` (nl)
      'kontakt|kontaktperson|contactpersoon|' +
      // a document's contact or person in charge (es, pt, it, de, fr/es, pt, el) and the Nordic invoice's
      // `Vår referens:` (sv, no, da), the seller's own person (`Er referens:` is the buyer's)
      'contacto|contato|contatto|ansprechpartner|ansprechpartnerin|responsable|responsável|υπεύθυνος επικοινωνίας|' +
      'vår referens|vår referanse|vores reference|' +
      // a CRM's lead or contact record names its person (en, es, fr, pt, it, de, nl)
      'lead name|lead|nombre del prospecto|nombre del contacto|nombre del cliente potencial|nom du prospect|nom du contact|' +
      'nome do lead|nome do contato|nome do contacto|nome del contatto|nome del lead|lead-name|kontaktname|contactnaam|' +
      // an applicant tracker's record names its candidate (English, French, Spanish/Italian/Portuguese, German, Dutch)
      'candidate|applicant|candidat|candidate name|candidato|candidata|bewerber|bewerberin|kandidat|sollicitant|' +
      // a form's name or person in charge (ko, ja, zh, ar, fa, he, tr, id/ms, vi, th, el, hi)
      // (`担当：藤井`, `담당: 영업관리팀 과장 오예린`: the one in charge, as a press release or an official letter names them)
      '담당자|담당자명|담당|성함|신청자|担当者|担当者名|ご担当者名|担当|联系人|联络人|' +
      // zh-Hant contact person, and the person handling a quote or an order (zh-Hant, zh-Hans, ko, ja)
      '聯絡人|聯繫人|承辦人|業務承辦|承办人|業務承辦人|經辦人|经办人|業務代表|业务代表|영업담당|영업 담당자|営業担当|' +
      'الاسم|الاسم الكامل|نام|نام و نام خانوادگی|' +
      'שם|שם מלא|ad soyad|adı soyadı|nama|nama lengkap|họ và tên|họ tên|ชื่อ|ชื่อ-นามสกุล|ονοματεπώνυμο|नाम',
  ),
  company: set(
    'company|company name|organisation|organization|organisation name|organization name|employer|firma|' +
      'unternehmen|empresa|société|entreprise|azienda|bedrijf|företag|yritys|firma/organisation|会社名|公司|회사|' +
      'current employer|current company|' +
      // a CRM's account, the firm a contact belongs to (Salesforce's, Zoho's `Account Name`: en, fr, es, pt, it, de, nl)
      'account|account name|nom du compte|nombre de cuenta|nombre de la cuenta|nome da conta|nome account|kontoname|accountnaam|' +
      // (ko, ja, zh, ar, fa, he, tr, id/ms, vi, th, el, ru)
      '회사명|업체명|기업명|貴社名|御社名|公司名称|单位名称|الشركة|اسم الشركة|المؤسسة|شرکت|שם חברה|חברה|şirket|şirket adı|' +
      'perusahaan|nama perusahaan|công ty|tên công ty|บริษัท|εταιρεία|компания|организация|' +
      // a CRM's account in ja and tr (Salesforce's `取引先名`, Zoho's `Hesap Adı`) and id/ms `Usaha` (the business)
      '取引先名|hesap adı|usaha|nama usaha|' +
      // a firm's registered name as invoices and contracts ask it (pt, es, fr, it) and zh-Hant `公司名稱`
      'razão social|razón social|raison sociale|ragione sociale|公司名稱|單位名稱|' +
      // zh enterprise name, a supplier's or a registration form's firm field
      '企业名称|企業名稱|' +
      // a quote's or a tax invoice's own firm field: ko `상호` (trade name), zh the quoting or supplying firm
      '상호|상호명|報價廠商|报价厂商|廠商名稱|厂商名称|' +
      // a tender notice's contracting authority (en, pl, de, fr, es, pt, nl, cs, tr, sv, fi, da/no, hu, hr, ko, zh;
      // not yet it `Stazione appaltante:`: whether it names the contact's firm is a labelling question still open)
      'contracting authority|awarding authority|zamawiający|zamawiajacy|vergabestelle|öffentlicher auftraggeber|' +
      'pouvoir adjudicateur|entidad adjudicadora|órgano de contratación|entidade adjudicante|' +
      'designação da entidade adjudicante|aanbestedende dienst|' +
      // the buyer's official name as TED's and the national forms' section I.1 label it (en, fr, de, es, it, pt, nl)
      "official name|nom officiel|nom complet de l'acheteur|nom de l'acheteur|offizielle bezeichnung|nombre oficial|" +
      'denominazione ufficiale|denominação oficial|designação oficial|officiële benaming|officiële naam|' +
      'zadavatel|idarenin adı|upphandlande myndighet|hankintayksikkö|ordregiver|ajánlatkérő|naručitelj|수요기관|' +
      // the buyer's name as the national forms label it (pl, cs, sk, hu, hr, sl, en)
      'nazwa zamawiającego|název zadavatele|názov obstarávateľa|ajánlatkérő neve|naziv naručitelja|naziv naročnika|' +
      'buyer name|name of the buyer|' +
      '발주기관|采购人|招标人|' +
      // a CRM's or a directory's organisation field (es, pt, it, nl, pl, cs, fi)
      'organización|organização|organizzazione|organisatie|organizacja|organizace|organisaatio|' +
      // a marketplace seller's or a directory entry's business name (en, de, fr, es, pt, it, nl, pl, sv)
      'business name|trading name|trade name|seller name|shop name|store name|geschäftsname|firmenname|' +
      "unternehmensname|handelsname|nom commercial|nom de l'entreprise|nombre comercial|nombre de la empresa|" +
      "nome comercial|nome da empresa|nome commerciale|nome dell'azienda|handelsnaam|bedrijfsnaam|nazwa firmy|" +
      'nazwa sprzedawcy|företagsnamn|' +
      // a bar's or a professional directory's entry names the member's firm or practice (en, fr, de, es, it)
      'firm|law firm|practice|cabinet|kanzlei|bufete|studio legale|' +
      COMPANY_FIELD_WORDS,
  ),
  title: set(
    'job title|title|position|role|job|job role|cargo|puesto|poste|fonction|funktion|titel|ruolo|' +
      'functie|tittel|befattning|stanowisko|должность|役職|职位|职务|职称|職位|職務|職稱|직함|직위|' +
      // a Japanese form's department and rank asked together (`部署・役職`, `所属・役職`)
      '部署・役職|所属・役職|' +
      // `Designation:` in South Asian and East African English; función, funzione, função (looked up folded:
      // `Funcao:` without its marks is the same label)
      'designation|función|funzione|função|current title|current position|current role|' +
      // the job position a CRM's contact record names (Odoo's `Job Position` in en, it, es; it `Qualifica`, `Mansione`)
      'job position|posizione lavorativa|puesto de trabajo|qualifica|mansione|' +
      // a CV's or application's current position (de, fr, es, pt, it, nl, pl, tr)
      'aktuelle position|derzeitige position|poste actuel|fonction actuelle|puesto actual|cargo actual|cargo atual|' +
      'posizione attuale|ruolo attuale|huidige functie|obecne stanowisko|mevcut pozisyon|mevcut görev|' +
      // (ko, zh in both scripts, ar, fa, he, tr, id/ms, vi, th, el)
      '직책|직급|职称|職稱|職位|職務|المسمى الوظيفي|الوظيفة|المنصب|سمت|תפקיד|unvan|görev|jabatan|chức vụ|ตำแหน่ง|θέση|' +
      TITLE_FIELD_WORDS,
  ),
  /**
   * A form's given-name field (en, de, fr, pt, nl, sv, no/da, fi, pl, cs, hu, ro, hr/sr/sl). Beside a family-name
   * field, a plain name field (`Nombre:` over `Apellidos:`, `Имя:` over `Фамилия:`) is the given name too.
   */
  givenName: set(
    // tr `Ad`/`Adı` beside `Soyad`, ja/zh `名` beside `姓`, id/ms `Nama depan`
    `first name|firstname|given name|forename|primeiro nome|křestní jméno|ad|adı|名|nama depan|${GIVEN_NAME_WORDS}`,
  ),
  /**
   * A form's family-name field (en, de, es, pt, it, nl, sv, no/da, fi, pl, cs, sk, hu, ro, hr/sr, sl, ru/uk). Beside
   * a given-name field, a plain name field (`Prénom:` over `Nom:`) is the family name too.
   */
  familyName: set(
    // tr `Soyad`, ja/zh `姓`, id/ms `Nama belakang`; pt-PT `Apelido` (the surname; Brazil's nickname field beside a
    // full name is told apart by SURNAME_OR_NICKNAME_LABELS)
    `last name|lastname|surname|family name|nume de familie|фамилия|прізвище|soyad|soyadı|姓|nama belakang|apelido|apelidos|${FAMILY_NAME_WORDS}`,
  ),
};

/**
 * Family-name labels that mean a nickname in another variety of their language: pt-PT `Apelido` is the surname,
 * Brazil's the nickname. Folded, as message.ts looks labels up.
 */
export const SURNAME_OR_NICKNAME_LABELS = set('apelido|apelidos');

/**
 * Surname particles that are also a degree written before a name (Austrian `DI`, Diplom-Ingenieur): opening a
 * name whose address spells it without them (`DI PICHLER Florian` ↔ `florian.pichler@`), the degree.
 */
export const PARTICLES_ALSO_DEGREES = set('di');

/**
 * French and Italian particles elided before a vowel and joined to the surname by an apostrophe (`d'Auvergne`,
 * `dell'Acqua`): alone they are no particle (`D.` abbreviates Don), so only so joined.
 */
export const ELIDED_PARTICLES = set('d|l|dell|dall|degl|sull');

/**
 * Words a place's name is linked with in lower case beside the surname particles (`Frankfurt am Main`, `Newcastle upon
 * Tyne`, `Saint-Denis-lès-Bourg`, `Sant'Angelo in Vado`, `Ústí nad Labem`): en, de, fr, it, es / pt, cs / sk / pl.
 */
export const PLACE_NAME_LINKS = set(
  'am|im|an|in|on|upon|under|by|sur|sous|lès|lez|en|près|sul|nel|nella|sobre|nad|pod|na|bei|ob|unter',
);

/** Surname particles: written lower case (or capitalised) and part of the last name. */
export const PARTICLES = set(
  'van|der|den|de|del|della|dei|di|da|das|dos|do|du|la|le|les|von|zu|zum|zur|ter|ten|te|bin|binti|bint|ibn|al|el|' +
    'ní|nic|mac|mc|ó|ua|st|st.|y|e|af|av|abu|ben|bat|lo|los|las|vander|vande|vanden|dal|dalla|degli|' +
    // Filipino, the Spanish article joined to the preposition (`Dela Cruz`, `Delos Santos`)
    'dela|delos|' +
    // Dutch `van 't Hoff` (the article's contraction)
    "'t|’t|" +
    // Catalan, the conjunction joining two family names (`Puigdomènech i Casals`)
    'i|' +
    // Welsh `son of` (`ap Gwilym`; not its form `ab`, the Swedish legal form) and `daughter of` (`ferch Dafydd`)
    'ap|ferch|verch|' +
    // the slashed `son of`, `daughter of` of Singapore and Malaysia (`s/o Rajendran`, `a/p Subramaniam`)
    's/o|d/o|a/l|a/p|' +
    // Irish: a married woman's `Uí`, `Mhic`, and `Giolla` (servant of) after `Mac`, `Ó`, `Nic`, apart or joined
    // (`Mac Giolla Phádraig`, `MacGiolla Phádraig`, `Nic Giolla Bhríde`)
    'uí|mhic|giolla|macgiolla|nicgiolla|mhicgiolla|' +
    // Arabic, written apart from the name they bind (`عبد الرحمن`, `أبو خليل`, `بن سلمان`, `آل ثاني`)
    'عبد|أبو|ابو|بن|ابن|آل|' +
    // Kalenjin `son of` (`Kiprotich arap Langat`), lower case before the father's name that is the family name
    'arap',
);

/** Vietnamese middle names that mark a name written family name first (`Võ Thị Thu Hà`, `Nguyễn Văn An`). */
export const VIETNAMESE_MIDDLE_NAMES = set('thị|văn');

/**
 * The commonest Vietnamese family names, folded (without diacritics): written first, they tell a
 * Vietnamese name without its accents (`Vo Thi Thu Ha`) from `Jan van Dijk`.
 */
export const VIETNAMESE_FAMILY_NAMES = set(
  'nguyen|tran|le|pham|hoang|huynh|phan|vu|vo|dang|bui|do|ho|ngo|duong|ly|dinh|truong|trinh|lam|luong|mai|cao|' +
    'doan|ha|ta|to|quach|chau|vuong|kieu|thai|luu|diep|tang|trieu|hua|lai|tieu|ton|thach|khuc|giang',
);

/**
 * Family names written in Latin letters that are seldom given names, folded: the commonest Chinese
 * ones in pinyin and Hungarian ones, less those that are common given names too (Yang, Feng, Jia,
 * Gál…). Of a two-word name an address writes the other way round (`Wei Zhang` ↔ `zhang.wei@`,
 * `Ferenc Szabó` ↔ `szabo.ferenc@`), the one that is such a family name is it, and the text's order
 * stands.
 */
export const ROMANISED_FAMILY_NAMES = set(
  'zhang|wang|liu|chen|huang|zhao|zhou|xu|sun|zhu|guo|luo|zheng|xie|tang|deng|cao|peng|zeng|pan|cai|' +
    'jiang|du|su|lyu|ding|lu|yao|shen|zhong|cui|tan|fan|xiong|qin|qiu|hou|xue|duan|gu|gong|shao|dai|zou|' +
    'nagy|kovacs|toth|szabo|horvath|varga|kiss|molnar|nemeth|farkas|balogh|papp|takacs|juhasz|lakatos|' +
    'meszaros|olah|racz|fekete|szilagyi|torok|feher|kis|szucs|kocsis|orsos|pinter|fodor|szalai|sipos|' +
    'magyar|lukacs|gulyas|biro|kiraly|katona|balog|boros|fazekas|orosz|somogyi|fulop|veres|budai|vincze|' +
    'hegedus|deak|pap|bakos|illes|vass|bodnar',
);

/** Particles that join two family names into one (`Sousa e Silva`, `Ortega y Gasset`, `Riera i Vidal`), written in lower case. */
export const SURNAME_CONJUNCTIONS = set('e|y|i');

/** Words that sign for a company in a letter (`For and on behalf of Harrowgate Ltd`, `i.A.`): not part of its name. */
export const ON_BEHALF_OF = [
  'for and on behalf of',
  'on behalf of',
  'signed for',
  'p.p.',
  'pp',
  'i.a.',
  'i.v.',
  // per procura: German and Austrian `ppa.` (a Prokurist signing for the firm himself), Dutch `q.q.` (in his capacity as)
  'ppa.',
  'ppa',
  'q.q.',
  'im auftrag',
  'in vertretung',
  'pour le compte de',
  'au nom de',
  'en nombre de',
  'por cuenta de',
  'em nome de',
  'per conto di',
  'namens',
  'for:',
];

/**
 * A mark that a letter was signed, written before the signer's name where no pen signs (`gez. Dr. Birgit Roth`,
 * `sgd. Ann Lee`), lower case: de `gez.`, en `sgd.`/`signed`, nl `get.`/`w.g.`, fr `signé`, es `fdo.`/`firmado`,
 * pt `assinado`, it `f.to`/`firmato`, sv/da/no `sign.`, pl `podp.`.
 */
export const SIGNED_MARKS = set(
  'gez.|sgd.|signed|get.|w.g.|signé|fdo.|firmado|firmada|assinado|assinada|f.to|firmato|firmata|sign.|podp.',
);

/**
 * `c/o` (care of; Dutch `p/a`, per adres) before the organisation a person is reached through (`c/o Accra
 * Centre for Dispute Resolution`): not part of its name. Not `a/c` (also air conditioning, an account), nor
 * German `z. Hd.`, which leads to a person, not a firm.
 */
export const CARE_OF = ['c/o', '℅', 'p/a'];

/**
 * `Organised by Saltwater Stewards Inc.`: the phrase an event's listing writes before the body holding it, the
 * organiser's firm, not part of its name. Lower case: en, fr, es / pt, it, de, nl.
 */
export const ORGANISED_BY = [
  'organised by',
  'organized by',
  'hosted by',
  'organisé par',
  'organizado por',
  'organizzato da',
  'veranstaltet von',
  'georganiseerd door',
];

/**
 * `Regulated by the … Department of Licensing, P.O. Box …`, `Authorised and regulated by the Financial Conduct
 * Authority, 12 Endeavour Square, …`: a phrase opening a footer's line that names the body overseeing the firm — the
 * address after it is that body's. Lower case: en, de, fr, es / pt, it, nl.
 */
export const OVERSEER_CUES = [
  'regulated by',
  'authorised and regulated by',
  'authorized and regulated by',
  'licensed and regulated by',
  'licensed by',
  'supervised by',
  'accredited by',
  'reguliert durch',
  'beaufsichtigt durch',
  'réglementé par',
  'régulé par',
  'agréé par',
  'contrôlé par',
  'regulado por',
  'supervisado por',
  'supervisionado por',
  'regolamentato da',
  'vigilato da',
  'onder toezicht van',
];

/**
 * Words that, alone on a letter's first line (`À`, `An`, `To:`), open the addressee's block, lower case without
 * their edge punctuation: en, fr, pt, es, it, de, nl, sv/no/da (`Till:`), id/ms (`Kepada Yth.`, to the honoured). Not before other words:
 * `Al Wasl Road`, `An der Alster 12`, `AL NOOR TRADING LLC` open streets and firms.
 */
export const ADDRESSEE_OPENERS = set(
  'to|à|a|ao|aos|para|al|alla|an|aan|till|til|kepada|kepada yth|kepada yth.|yth|yth.',
);

/**
 * Words opening a letter's line to its addressee, before a firm or a person (`A/C Sr. Otávio`, `z. Hd. Frau Weiß`,
 * `Attn: Accounts`, `T.a.v.`), lower case without their edge punctuation, with and without an abbreviation's dot, `z. Hd.` as
 * two words: en, pt, es, it, de, nl, no/da/sv. None opens a firm's name or a street.
 */
export const ADDRESSEE_PREFIXES = set(
  'attn|attn.|att|att.|attention|a/c|spett.le|z. hd.|z. hd|zhd.|zhd|t.a.v.|t.a.v|tav',
);

/**
 * `for the attention of` before the person a notice or a letter names as its contact (`Kontaktstelle: zu Händen Herrn
 * …`, `Contact : à l'attention de Mme …`), lower case: de, fr, en, nl, it, es, pt. No part of the name.
 */
export const ATTENTION_PHRASES = [
  'zu händen von',
  'zu händen',
  'z. hd.',
  'z.hd.',
  "à l'attention de",
  'à l’attention de',
  "a l'attention de",
  'a l’attention de',
  'for the attention of',
  'attention of',
  'attention',
  'attn.',
  'attn',
  'ter attentie van',
  't.a.v.',
  "all'attenzione di",
  'all’attenzione di',
  'a la atención de',
  'a/a',
  'à atenção de',
  'ao cuidado de',
];

/**
 * Words for `at` before the firm the sender works at, after the title (`Engineer @ Quokka`) or opening
 * the line under it (`bei der Rhein-Ruhr Armaturen GmbH`, `chez Aubépine Conseil`); longer phrases first:
 * `bei` with each dative article (`der`, `dem`, `den` for a plural name such as `bei den Stadtwerken`).
 */
export const AT_FIRM = [
  // `in the company` before its name, as profiles write `at` in Czech, Slovak, Polish, Russian and Ukrainian
  // (`Head of Sales ve společnosti Lumix Robotics`, `Kierownik w firmie …`, `Менеджер в компании …`)
  've společnosti',
  'v společnosti',
  'v spoločnosti',
  'w firmie',
  'в компании',
  'в компанії',
  'у компанії',
  ...['der', 'dem', 'den'].map((article) => `bei ${article}`),
  'beim',
  'bei',
  'chez',
  'at',
  '@',
  // Arabic `at` (`مديرة الموارد البشرية لدى مجموعة البتراء`, a profile's headline)
  'لدى',
];

/**
 * Words for `at` that also join the words of a firm's name (`Jansen en Zonen`, `Bank Spółdzielczy w Krakowie`) or
 * of a title's field (`Ingénieur en efficacité`): between title words and a company cue or the domain
 * spelt they part a title from its company (`Gestora na Lusitana, Lda.`).
 */
export const AT_FIRM_OR_JOINING = [
  'en',
  'na',
  'em',
  'presso',
  'w',
  // nl `bij`, sv / no / da `på`, `hos`, ca `a`, vi `tại` (`Adviseur bij …`, `VD på …`, `CEO a …`)
  'bij',
  'på',
  'hos',
  'a',
  'tại',
  // no / da / sv `i`, id / ms `di`, ro `la`, hr / sr / bs `u`, cs / sk `v`, `ve`, sl `pri`, ru / uk / bg `в`, `у`,
  // is `hjá`, af `by`, tl `sa` (`Daglig leder i …`, `Head of Sales di PT …`, `Director la SC …`, `Ředitel v …`)
  'i',
  'di',
  'la',
  'u',
  'v',
  've',
  'pri',
  'в',
  'у',
  'hjá',
  'by',
  'sa',
];

/**
 * AT_FIRM_OR_JOINING words that mean `of` or `and` elsewhere (id / ms `di`, no / sv / da `i`; it `di`, ca / pl `i`):
 * even in a profile's headline they part a title from its firm only before a firm's cue (`Head of Human Capital di
 * PT Sentosa …`, `Daglig leder i Fjordlys Rådgivning AS`, but not `Kierownik Sprzedaży i Obsługi Klienta`).
 */
export const AT_FIRM_ALSO_AND_OR_OF = ['di', 'i'];

/**
 * Prepositions after which an AT_FIRM_OR_JOINING word is an article or a pronoun, no word for `at` (French and
 * Spanish `de la`, `à la`, `a la`, `en la`, `pour la`, `para la`, `por la`, `con la`, `sur la`, `dans la`), lower case.
 */
export const PREPOSITIONS_BEFORE_ARTICLE = set('de|à|a|en|pour|para|por|con|sur|dans|avec|par');

/** Words joining a self-introduced role to its firm: the words for `at`, and `with` (`an engineer with Kestrel Rail`). */
export const INTRO_ROLE_LINKS = [...AT_FIRM, ...AT_FIRM_OR_JOINING, 'with'];

/**
 * First-person `I am` or `I work as` before a role and the firm it is held at (`I'm CTO @ Quillbyte KK`, `ich bin
 * Vertriebsleiterin bei …`, `jestem kierownikiem w …`, `я менеджер в …`, `ahora estoy como responsable de logística en …`):
 * English, French, German, Spanish, Italian, Portuguese, Dutch, Polish, Russian; a longer opener stands before its
 * own prefix.
 */
export const SELF_ROLE_OPENERS = [
  "I'm working as",
  'I’m working as',
  'I am working as',
  'I work as',
  'je travaille en tant que',
  'je travaille comme',
  'ich arbeite als',
  'estoy trabajando como',
  'trabajo como',
  'estoy como',
  'lavoro come',
  'estou trabalhando como',
  'trabalho como',
  'atuo como',
  'estou como',
  'ik werk als',
  'ik ben',
  'pracuję jako',
  "I'm",
  'I’m',
  'I am',
  'je suis',
  'ich bin',
  'soy',
  'sono',
  'eu sou',
  'sou',
  'jestem',
  'я',
];

/** The articles a self-described role may open with (`I'm the account lead at …`, `sono il responsabile vendite presso …`). */
export const SELF_ROLE_ARTICLES = [
  'a',
  'an',
  'the',
  'un',
  'une',
  'le',
  'la',
  'ein',
  'eine',
  'el',
  'il',
  'lo',
  'um',
  'uma',
  'o',
];

/**
 * Links from a self-described role to its firm: the intro links, Russian `в` (`я инженер в …`) and the Portuguese
 * `em` joined to the firm's article (`sou coordenador de TI no Grupo …`; `na` is an intro link already), which
 * elsewhere (`no`) is no link.
 */
export const SELF_ROLE_LINKS = [...INTRO_ROLE_LINKS, 'в', 'no', 'nos', 'nas'];

/**
 * What a writer who owns or founded a business calls themselves before `of` and its name (`soy el dueño de Cafetería
 * Sol`, `je suis gérante d'une boutique (…)`, `ich bin Inhaberin der Bäckerei …`): en, es, fr, it, de, pt, nl, sv. An
 * owner's `of` leads to the business, where a manager's (`Head of Sales`, `gerente de ventas`) leads to a department.
 */
export const OWNER_ROLE_NOUNS = [
  'owner',
  'co-owner',
  'founder',
  'co-founder',
  'cofounder',
  'proprietor',
  'dueño',
  'dueña',
  'propietario',
  'propietaria',
  'fundador',
  'fundadora',
  'cofundador',
  'cofundadora',
  'propriétaire',
  'fondateur',
  'fondatrice',
  'cofondateur',
  'cofondatrice',
  'gérant',
  'gérante',
  'titolare',
  'proprietario',
  'proprietaria',
  'fondatore',
  'cofondatore',
  'inhaber',
  'inhaberin',
  'gründer',
  'gründerin',
  'mitgründer',
  'mitgründerin',
  'eigentümer',
  'eigentümerin',
  'dono',
  'dona',
  'proprietário',
  'proprietária',
  'eigenaar',
  'eigenaresse',
  'oprichter',
  'oprichtster',
  'ägare',
  'grundare',
];

/** What joins an owner's noun to their business (`owner of`, `dueño de`, `Inhaber der`, `eigenaar van`, `ägare av`). */
export const OWNER_OF_LINKS = [
  'of',
  'de',
  'del',
  'di',
  'della',
  'von',
  'vom',
  'der',
  'da',
  'do',
  'du',
  'des',
  'van',
  'av',
  'till',
];

/**
 * What a writer is to a firm (`soy cliente de Banco …`, `je suis client de …`, `this is part of …`): after a
 * first-person opener, such a noun is the writer's relation, not their given name, even when capitalised.
 */
export const RELATION_NOUNS = set(
  'client|clients|cliente|clienta|klient|klientin|kunde|kundin|klant|customer|member|miembro|membre|membro|mitglied|' +
    'lid|partner|partenaire|socio|socia|associé|associée|part|parte|partie|teil|user|usuario|usuaria|utilisateur|' +
    'utilisatrice|nutzer|nutzerin|utente|employee|empleado|empleada|employé|employée|mitarbeiter|mitarbeiterin|' +
    'funcionário|funcionária|funcionario|funcionaria|student|estudiante|étudiant|étudiante|alumno|alumna|aluno|aluna|' +
    'patient|paciente|patiente|patientin|owner|dueño|dueña|propriétaire|inhaber|inhaberin|subscriber|suscriptor|' +
    'suscriptora|abonné|abonnée|abonnent|abonnentin|assinante|fan|resident|residente|vecino|vecina|voisin|voisine',
);

/**
 * A form's or CV's value withheld (`Identity no.: available on request`, `Referenzen: auf Anfrage`), lower case: en,
 * de, fr, es, pt, it, nl, sv, da, no, pl, cs, fi, hu, tr, ru, uk. It stands in a field's place, no title nor firm.
 */
export const WITHHELD_VALUES = set(
  'available on request|available upon request|on request|upon request|provided on request|supplied on request|' +
    'furnished on request|references available on request|n/a|' +
    'auf anfrage|auf nachfrage|auf wunsch|sur demande|disponible sur demande|disponibles sur demande|' +
    'a petición|bajo petición|a solicitud|disponible a petición|disponibles a petición|sob consulta|a pedido|' +
    'mediante solicitação|mediante pedido|disponível mediante pedido|su richiesta|disponibile su richiesta|' +
    'disponibili su richiesta|op aanvraag|op verzoek|på begäran|på forespørgsel|på forespørsel|na żądanie|' +
    'na życzenie|do wglądu na życzenie|na vyžádání|pyynnöstä|kérésre|talep üzerine|по запросу|за запитом',
);

/**
 * Labels of a CV's or form's personal details (`Nationality:`, `Geburtsdatum:`, `Stato civile:`), lower case without
 * the colon: en, de, fr, es, pt, it, nl, pl, sv, da, no, fi, tr, cs. The value beside one is no title nor firm.
 */
export const PERSONAL_DETAIL_LABELS = set(
  'nationality|citizenship|date of birth|place of birth|birthplace|born|gender|sex|marital status|id number|' +
    'id no|identity number|identity no|passport|passport no|driving licence|driving license|driver’s license|' +
    "driver's license|languages|religion|age|hobbies|interests|" +
    'staatsangehörigkeit|nationalität|geburtsdatum|geburtsort|familienstand|geschlecht|führerschein|sprachen|alter|' +
    'nationalité|date de naissance|lieu de naissance|situation familiale|état civil|sexe|permis de conduire|langues|' +
    'âge|nacionalidad|fecha de nacimiento|lugar de nacimiento|estado civil|sexo|dni|permiso de conducir|' +
    'carnet de conducir|idiomas|edad|nacionalidade|data de nascimento|naturalidade|carta de condução|' +
    'carteira de habilitação|idade|nazionalità|cittadinanza|data di nascita|luogo di nascita|stato civile|sesso|' +
    'patente|lingue|età|codice fiscale|madrelingua|altre lingue|nationaliteit|geboortedatum|geboorteplaats|' +
    'burgerlijke staat|geslacht|rijbewijs|talen|leeftijd|obywatelstwo|narodowość|data urodzenia|miejsce urodzenia|' +
    'stan cywilny|płeć|prawo jazdy|języki|wiek|nationalitet|medborgarskap|födelsedatum|civilstånd|kön|körkort|' +
    'språk|ålder|statsborgerskap|fødselsdato|sivilstand|civilstand|køn|kjønn|kørekort|førerkort|sprog|alder|' +
    'kansalaisuus|syntymäaika|siviilisääty|sukupuoli|ajokortti|kielet|ikä|uyruk|doğum tarihi|doğum yeri|' +
    'medeni hal|cinsiyet|ehliyet|sürücü belgesi|yaş|státní příslušnost|datum narození|rodinný stav|pohlaví|' +
    'řidičský průkaz|jazyky|věk',
);

/** A firm's tagline under the names (`Attorneys at Law`): neither a title nor the company. */
export const TAGLINES = set(
  'attorneys at law|attorney at law|counselors at law|counsellors at law|counselor at law|counsellor at law|' +
    'barristers and solicitors|barristers & solicitors|solicitors|lawyers|rechtsanwälte|avocats|abogados|advogados|' +
    'chartered accountants|certified public accountants|chartered surveyors|consulting engineers',
);

/**
 * `my` in French, Spanish, Italian and Scandinavian (`mon`, `ma`, `mes`, `mi`, `mis`, `mia`, `mio`, `min`), left out
 * of WRITER_POSSESSIVES as they are other words too; inside a contact label (`Contact pendant mes congés : …`)
 * they are the writer's.
 */
export const SHORT_WRITER_POSSESSIVES = set('mon|ma|mes|mi|mis|mia|mio|min');

/**
 * First words of a label that gives whom to write to (`Contact for questions: …`, `Kontakt za pitanja: …`),
 * lower case: English, German/Scandinavian/Slavic, Romance, Dutch, Hungarian, Finnish, Turkish.
 */
export const CONTACT_LABEL_WORDS = set(
  'contact|kontakt|contacto|contato|contatto|' +
    'kapcsolat|yhteys|yhteystiedot|iletişim|ansprechpartner|ansprechpartnerin|ansprechperson|kontaktperson|' +
    'kontaktna|kontaktní|kontaktný|kontaktowy|contactpersoon',
);

/**
 * A press release's or programme's heading over the person the press should reach (`Media enquiries`, `Pressekontakt`,
 * `Noot voor de redactie`), lower case: en, de, fr, es, pt, it, nl, sv, da/no, pl, cs, hu, tr, ru, zh, ja, ko. No role
 * of that person's, and no firm.
 */
export const MEDIA_CONTACT_HEADINGS = set(
  'media enquiries|media inquiries|press enquiries|press inquiries|media contacts|press contacts|media relations|' +
    'press office|for media enquiries|for press enquiries|for more information|for further information|' +
    'notes to editors|note to editors|pressekontakt|presseanfragen|pressestelle|medienkontakt|kontakt für medien|' +
    'contact presse|contacts presse|relations presse|service de presse|contact médias|contacto de prensa|' +
    'contacto para medios|contactos de prensa|gabinete de prensa|contato para imprensa|contatos para imprensa|' +
    'assessoria de imprensa|contatti stampa|contatti per la stampa|ufficio stampa|per informazioni alla stampa|' +
    'perscontact|persvragen|noot voor de redactie|noot voor de redactie niet voor publicatie|mediakontakt|' +
    'presskontakt|kontakt dla mediów|kontakt pro média|sajtókapcsolat|basın iletişim|' +
    'контакты для сми|пресс-служба|媒体联系|媒体联系人|媒体垂询|報道関係者からのお問い合わせ先|' +
    '本件に関するお問い合わせ先|언론 문의|홍보 담당',
);

/**
 * `Lead`, `Oportunidade`: the kind of a CRM's record heading its page over the person (en, es, pt, fr, it, de, nl,
 * and Salesforce's Japanese `リード`, `取引先責任者` (contact), Zoho's Turkish `Potansiyel Müşteri` (lead));
 * `Contact` / `Contato` are CONTACT_LABEL_WORDS.
 */
export const CRM_RECORD_KINDS = set(
  'lead|prospect|opportunity|account|deal|prospecto|cliente potencial|oportunidad|oportunidade|cuenta|conta|' +
    'piste|opportunité|compte|opportunità|interessent|verkaufschance|leadgegevens|verkoopkans|' +
    'リード|取引先責任者|取引先|商談|potansiyel müşteri|fırsat',
);

/**
 * `Web:`, `Add:`, `Adresse:`: labels of a signature's link and address (its phones' and its email's have
 * their own lists), lower case, without the colon: en, de, fr, es, pt, it, pl/cz/ro, nl, ru, vi.
 */
export const LINK_AND_ADDRESS_LABELS = set(
  'web|website|www|url|site|homepage|internet|add|addr|address|adresse|anschrift|dirección|direccion|endereço|' +
    'indirizzo|adres|adresa|adresă|адрес|địa chỉ',
);

/** Abbreviations of `number` (`No.`, `Nr.`, `br.`, `núm.`, `n°`) before a document's or a house's number. */
const NUMBER_ABBREVIATIONS = 'no|nr|nro|n°|núm|br';

/**
 * A number's abbreviation after a document's kind (`Invoice No.`, `RAČUN br.`), lower case: English, German/Dutch
 * `nr`, Croatian/Serbian/Bosnian `br` (broj), Slovene `št`, Spanish `núm`/`nro`, Czech `č`, French `n°`. Not phone
 * labels: `tel. č. 603 …` is a phone.
 */
export const DOCUMENT_NUMBER_MARKS = set(`${NUMBER_ABBREVIATIONS}|št|č`);

/**
 * A profile page's heading that names its owner after the word for `of` (Spanish and Portuguese `Perfil de`,
 * French `Profil de`, German `Profil von`, Italian `Profilo di`, Dutch `Profiel van`, Arabic `الملف الشخصي لـ`): the
 * two opening words.
 */
export const PROFILE_OF_HEADINGS = set(
  'perfil de|perfil do|perfil da|perfil del|profil de|profil du|profil von|profilo di|profilo del|profiel van|' +
    // Arabic `الملف الشخصي لـ لينا` (the profile of)
    'الملف الشخصي',
);

/**
 * The word for a person's profile page (en, de, fr, es, pt, it, nl, sv, da, no, fi, pl, cs, id, tr, ru, uk, el, th,
 * hi), lower case: a page's link to its owner is labelled with it beside their given name, before it or after it, in
 * the genitive or not (`Profil Dian`, `Elins profil`).
 */
export const PROFILE_WORDS = set(
  'profile|profil|perfil|profilo|profiel|profiili|profilu|profilim|профиль|профіль|προφίλ|โปรไฟล์|प्रोफ़ाइल|प्रोफाइल',
);

/**
 * A résumé's heading over the jobs held, newest first (`EXPERIENCE`, `Beruflicher Werdegang`, `DOŚWIADCZENIE
 * ZAWODOWE`), lower case without a closing colon: en, de, fr, es, pt, it, nl, sv, da, no, fi, pl, cs, sk, tr, ru, uk,
 * vi, ar, fa, he.
 */
export const RESUME_EXPERIENCE_HEADINGS = set(
  'experience|work experience|professional experience|employment|employment history|work history|career history|' +
    // a medical or academic CV's heading over the post held now (en, de, fr, es, pt, it, nl)
    'current post|current position|current appointment|current role|present post|present position|' +
    'aktuelle position|derzeitige position|poste actuel|puesto actual|cargo actual|cargo atual|posizione attuale|' +
    'huidige functie|' +
    'berufserfahrung|beruflicher werdegang|berufliche erfahrung|expérience|expérience professionnelle|' +
    'expériences professionnelles|parcours professionnel|experiencia|experiencia profesional|experiencia laboral|' +
    'experiência|experiência profissional|esperienza|esperienze professionali|esperienza professionale|' +
    // the European CV's heading in it and ro
    'esperienza lavorativa|esperienze lavorative|experiență profesională|experienţă profesională|' +
    'werkervaring|arbetslivserfarenhet|yrkeserfarenhet|erhvervserfaring|arbejdserfaring|arbeidserfaring|' +
    'työkokemus|doświadczenie zawodowe|pracovní zkušenosti|pracovné skúsenosti|iş deneyimi|опыт работы|досвід роботи|' +
    'kinh nghiệm làm việc|kinh nghiệm|' +
    // ar, fa, he (work or professional experience)
    'الخبرات العملية|الخبرة العملية|الخبرات المهنية|الخبرة المهنية|الخبرات|سوابق کاری|تجربه کاری|ניסיון תעסוקתי|ניסיון מקצועי',
);
/**
 * The label of a European-format CV's entry row naming the post held (`• Tipo di impiego    Direttore Tecnico`,
 * `Occupation or position held: …`), lower case, as the Europass and the older European CV templates print it: en,
 * it, fr, de, es, pt, nl, pl, ro. A form's title labels (FIELD_LABELS.title: `Job title`, `Position`) name it too
 * (resume.ts).
 */
export const RESUME_POSITION_LABELS = set(
  'occupation or position held|position held|' +
    'tipo di impiego|lavoro o posizione ricoperti|posizione ricoperta|ruolo ricoperto|' +
    "fonction ou poste occupé|poste occupé|fonction occupée|type d'emploi|type d’emploi|" +
    'beruf oder funktion|ausgeübte funktion|ausgeübte tätigkeit|' +
    'puesto o cargo ocupados|puesto o cargo ocupado|profesión o cargo desempeñado|cargo desempeñado|' +
    'puesto desempeñado|tipo de empleo|' +
    'função ou cargo ocupado|cargo ocupado|função desempenhada|tipo de emprego|' +
    'functie of positie|beroep of functie|zajmowane stanowisko|funcția sau postul ocupat|funcţia sau postul ocupat',
);

/**
 * The label of a European-format CV's entry row naming the employer (`• Datore di lavoro    Vesuvia Meccanica S.p.A.`,
 * `Name and address of employer: …`), lower case: en, it, fr, de, es, pt, nl, pl, ro.
 */
export const RESUME_EMPLOYER_LABELS = set(
  'name and address of employer|employer|' +
    'nome e indirizzo del datore di lavoro|nome del datore di lavoro|datore di lavoro|' +
    "nom et adresse de l'employeur|nom et adresse de l’employeur|employeur|" +
    'name und adresse des arbeitgebers|arbeitgeber|nombre y dirección del empleador|empleador|' +
    'nome e endereço do empregador|nome e morada do empregador|empregador|entidade empregadora|' +
    'naam en adres van de werkgever|werkgever|nazwa i adres pracodawcy|pracodawca|' +
    'numele și adresa angajatorului|numele şi adresa angajatorului|angajator',
);

/**
 * The open end of a résumé's date range (`2021 – present`, `seit 04/2021`, `2021 – obecnie`), lower case: a
 * part of the entry that is no title nor employer.
 */
export const ONGOING_WORDS = set(
  "present|current|now|today|heute|aktuell|jetzt|présent|aujourd’hui|aujourd'hui|actualidad|actual|presente|atual|oggi|" +
    'heden|nu|idag|nå|nyt|nykyään|obecnie|dnes|současnost|súčasnosť|günümüz|halen|devam ediyor|nay|hiện tại|' +
    // ar (until now, now, currently), fa (until now, now), he (today, currently)
    'حتى الآن|الآن|حاليا|حاليًا|تاکنون|تا کنون|اکنون|היום|כיום',
);

/**
 * A press release's heading (`FOR IMMEDIATE RELEASE`, `PERSBERICHT`, `보도자료`, `報道関係者各位`), lower case: en, de, fr,
 * es, pt, it, nl, sv, no, da, fi, pl, cs, sk, hu, tr, el, ru, uk, zh, ja, ko, id/ms, vi, ar. Its media contact works
 * at the firm it is issued by.
 */
export const PRESS_RELEASE_HEADINGS = set(
  'press release|for immediate release|media release|news release|press statement|' +
    'pressemitteilung|presseinformation|pressemeldung|communiqué de presse|communiqué|comunicado de prensa|' +
    'nota de prensa|comunicado de imprensa|comunicado à imprensa|nota à imprensa|comunicato stampa|persbericht|' +
    'pressmeddelande|pressemelding|pressemeddelelse|lehdistötiedote|tiedote|komunikat prasowy|informacja prasowa|' +
    'tisková zpráva|tlačová správa|sajtóközlemény|basın bülteni|basın açıklaması|δελτίο τύπου|пресс-релиз|' +
    'прес-реліз|新闻稿|新聞稿|プレスリリース|ニュースリリース|報道関係者各位|報道関係各位|보도자료|siaran pers|' +
    'thông cáo báo chí|بيان صحفي',
);

/**
 * A profile page's heading over other people's profiles (`See also`, `Veja também`, `Weitere Referenten`), lower case:
 * the block under it lists them, not the person the page is about.
 */
export const RELATED_PROFILES_HEADINGS = set(
  'see also|related|related speakers|other speakers|more speakers|also speaking|people also viewed|' +
    'others also viewed|more profiles|similar profiles|' +
    'siehe auch|weitere referenten|weitere referentinnen und referenten|weitere sprecher|voir aussi|' +
    'autres intervenants|ver también|otros ponentes|veja também|ver também|outros palestrantes|vedi anche|' +
    'altri relatori|zie ook|andere sprekers|se även|se også|katso myös|zobacz też|zobacz także|' +
    'pozostali prelegenci|viz také|lásd még|ayrıca bakınız|δείτε επίσης|см. также|другие спикеры',
);

/**
 * A business listing's status on a map or review site (`Open now`, `Geöffnet`, `Chiuso`): en, de, fr, es, pt, it,
 * nl, tr, pl, sv. Interface words too; under a listing's address, no place closing it.
 */
const LISTING_STATUS =
  'open now|open 24 hours|temporarily closed|permanently closed|jetzt geöffnet|geöffnet|geschlossen|ouvert|fermé|' +
  'abierto|cerrado|aberto|fechado|aperto|chiuso|gesloten|açık|kapalı|otwarte|zamknięte|öppet|stängt';
export const LISTING_STATUS_WORDS = set(LISTING_STATUS);

/** Words of chat and profile pages copied with a contact (`Away`, `Message`, `Follow`): no title, no company. */
export const INTERFACE_WORDS = set(
  'active|away|online|offline|busy|available|invisible|idle|do not disturb|in a meeting|on a call|out sick|' +
    'vacationing|out of office|message|follow|following|connect|more|view profile|send message|pending|to me|' +
    'huddle|call|view files|copy member id|mute|add to channel|about me|' +
    // a team page's button saving its member's card (`Download vCard`, `vCard herunterladen`)
    'vcard|download vcard|vcard herunterladen|vcard downloaden|télécharger la vcard|télécharger vcard|descargar vcard|' +
    'scarica vcard|baixar vcard|ladda ner vcard|last ned vcard|hent vcard|pobierz vcard|save contact|add to contacts|' +
    'kontakt speichern|enregistrer le contact|guardar contacto|salva contatto|' +
    // a profile page's buttons in other languages (`Seguir`, `Mehr`, `フォロー`, `その他`, `더보기`)
    'seguir|mais|más|enviar mensagem|enviar mensaje|mensagem|mensaje|conectar|suivre|plus|se connecter|' +
    'envoyer un message|folgen|mehr|vernetzen|nachricht|segui|altro|collegati|messaggio|volgen|meer|bericht|' +
    'メッセージ|フォロー|フォロー中|その他|つながりを申請|つながる|发消息|发送消息|关注|更多|加为好友|' +
    '메시지|팔로우|더보기|1촌 신청|' +
    'contact info|1st|2nd|3rd|3rd+|local time|edit profile|open to work|' +
    // a job posting's buttons (`Easy Apply   Save`, `Einfach bewerben   Speichern`, `Candidature simplifiée`)
    'easy apply|apply|apply now|save|share|report|job poster|' +
    'einfach bewerben|jetzt bewerben|bewerben|speichern|teilen|candidature simplifiée|postuler|enregistrer|partager|' +
    'solicitud sencilla|solicitar|guardar|compartir|candidatura semplificata|candidati|salva|condividi|' +
    'eenvoudig solliciteren|solliciteren|opslaan|delen|candidatura simplificada|candidatar-se|salvar|' +
    'enkel ansökan|ansök|spara|dela|' +
    // and its sections' headings (`About the company`, `Über das Unternehmen`)
    "about the job|about the company|über die stelle|über das unternehmen|à propos de l'offre|à propos de l'entreprise|" +
    'acerca del empleo|acerca de la empresa|sobre a vaga|sobre a empresa|informazioni sull’offerta|' +
    "informazioni sull'azienda|over de vacature|over het bedrijf|om jobbet|om företaget|" +
    // a profile's section headings in other languages (`Contact information`, `Kontaktinformationen`, `À propos`)
    'contact information|contact details|kontaktinformationen|kontaktdaten|kontakt|über mich|coordonnées|' +
    'informations de contact|à propos|información de contacto|datos de contacto|acerca de|sobre mí|' +
    'informações de contato|informações de contacto|sobre mim|informazioni di contatto|contatti|contactgegevens|' +
    'contactinformatie|over mij|kontaktinformation|om mig|' +
    // a classifieds page's kind of seller (`Privater Anbieter`, `Private seller`, `Vendeur particulier`)
    'privater anbieter|gewerblicher anbieter|privatanbieter|private seller|private advertiser|trade seller|' +
    'vendeur particulier|vendeur professionnel|vendedor particular|vendedor profesional|inserzionista privato|' +
    'venditore privato|particuliere verkoper|privat säljare|privat sælger|privat selger|' +
    // a code host's and a professional network's section headings under the owner's card (`Achievements`,
    // `Organizations`, `Pinned`, `Licenses & certifications`): en, de, fr, es, pt
    'achievements|organizations|organisations|pinned|popular repositories|repositories|contributions|sponsors|' +
    'highlights|activity|education|skills|licenses & certifications|licences & certifications|' +
    'honors & awards|honours & awards|volunteering|recommendations|interests|featured|' +
    'erfolge|organisationen|angeheftet|aktivitäten|ausbildung|kenntnisse|empfehlungen|interessen|im fokus|' +
    'succès|épinglé|activité|formation|compétences|recommandations|centres d’intérêt|' +
    "centres d'intérêt|logros|organizaciones|fijado|actividad|educación|aptitudes|recomendaciones|intereses|" +
    'conquistas|organizações|fixado|atividade|formação acadêmica|competências|recomendações|interesses|' +
    // a profile's `Contact info` in the other languages its network writes (sv, da, no, fi, pl, cs, tr, ro, id, ms, ru, uk)
    'kontaktuppgifter|kontaktoplysninger|kontaktinformasjon|yhteystiedot|informacje kontaktowe|kontaktní údaje|' +
    'iletişim bilgileri|informații de contact|info kontak|informasi kontak|maklumat hubungan|' +
    'контактная информация|контактна інформація|' +
    // a résumé's contact heading in the other European languages (pl, sk, hu, hr / sr / bs, sl, ro, lt, lv, et, el)
    'dane kontaktowe|kontaktné údaje|elérhetőség|elérhetőségek|kontakt podaci|kontaktni podaci|kontaktni podatki|' +
    'date de contact|kontaktinė informacija|kontaktinformācija|kontaktandmed|στοιχεία επικοινωνίας|' +
    // the same in ko, ja, zh, ar: contact info, about, profile, a connection's degree (`1촌`, `الدرجة الثانية`) and buttons
    '연락처 정보|연락처|소개|프로필|1촌|2촌|3촌|連絡先情報|連絡先|概要|プロフィール|联系方式|联系信息|简介|' +
    'معلومات الاتصال|نبذة عني|نبذة|تواصل|رسالة|المزيد|متابعة|الدرجة الأولى|الدرجة الثانية|الدرجة الثالثة|' +
    // a business listing's tabs, buttons and badges on a map or review site (`Overview   Reviews   Menu   About`,
    // `Get directions`, `Claimed`, `Verified License`): en, de, fr, es, pt, it, nl, tr, pl, sv
    'overview|reviews|photos|menu|about|directions|get directions|nearby|send to phone|send to your phone|' +
    'claimed|unclaimed|verified|verified license|verified business|licensed|suggest an edit|claim this business|' +
    'write a review|add photo|add photos|location & hours|location and hours|hours|' +
    'order online|reserve a table|request a quote|questions & answers|' +
    'übersicht|rezensionen|bewertungen|fotos|speisekarte|routenplaner|anrufen|in der nähe|an smartphone senden|' +
    'änderung vorschlagen|rezension schreiben|' +
    'aperçu|itinéraire|appeler|à proximité|envoyer vers le téléphone|suggérer une modification|' +
    'revendiquer cet établissement|' +
    'descripción general|reseñas|menú|cómo llegar|llamar|cercanos|enviar al teléfono|sugerir un cambio|' +
    'reclamar esta empresa|' +
    'visão geral|avaliações|cardápio|rotas|ligar|por perto|enviar para o smartphone|sugerir uma edição|' +
    'reivindicar esta empresa|' +
    'panoramica|recensioni|indicazioni|chiama|nelle vicinanze|invia al telefono|suggerisci una modifica|' +
    'rivendica questa attività|' +
    "overzicht|foto's|routebeschrijving|bellen|in de buurt|naar telefoon sturen|wijziging voorstellen|" +
    'genel bakış|yorumlar|fotoğraflar|menü|hakkında|yol tarifi|kaydet|yakındakiler|telefona gönder|paylaş|' +
    'düzenleme öner|' +
    'przegląd|opinie|zdjęcia|trasa|zadzwoń|zapisz|w pobliżu|wyślij na telefon|udostępnij|zaproponuj zmianę|' +
    'översikt|recensioner|foton|meny|vägbeskrivning|i närheten|skicka till telefon|föreslå en ändring|' +
    // a property listing's and a job ad's buttons asking for a viewing or saving the ad (`Request a tour`, `Jetzt
    // anfragen`, `Bewaar vacature`): en, de, fr, es, pt, it, nl
    'request a tour|schedule a tour|schedule a showing|book a viewing|request info|message agent|ask a question|' +
    'save job|save listing|jetzt anfragen|anfrage senden|merken|exposé anfordern|besichtigung vereinbaren|' +
    "stelle merken|job merken|demander une visite|enregistrer l’annonce|enregistrer l'annonce|solicitar visita|" +
    'contactar|agendar visita|richiedi visita|invia messaggio|solliciteer direct|solliciteer nu|' +
    'bewaar vacature|bezichtiging aanvragen|bewaren|compartilhar|' +
    // a listing's or directory's buttons showing, calling or writing to the advertiser (`Mostra telefono`, `Show
    // number`, `Call Now  |  Send Enquiry`, `Telefonnummer anzeigen`): en, de, fr, es, pt, it, nl, pl, sv
    'show number|show phone|show phone number|reveal number|view number|view phone number|call now|call agent|' +
    'send enquiry|send inquiry|contact agent|contact seller|contact supplier|contact advertiser|get best quote|' +
    'request a callback|telefonnummer anzeigen|nummer anzeigen|jetzt anrufen|anbieter kontaktieren|' +
    'verkäufer kontaktieren|makler kontaktieren|afficher le numéro|voir le numéro|appeler maintenant|' +
    "contacter l'annonceur|contacter l’annonceur|contacter le vendeur|contacter l'agence|contacter l’agence|" +
    'ver teléfono|mostrar teléfono|ver número|llamar ahora|contactar al anunciante|contactar con el anunciante|' +
    'ver telefone|mostrar telefone|ligar agora|contatar anunciante|falar com o anunciante|' +
    "mostra telefono|mostra numero|mostra il numero|chiama ora|contatta l'inserzionista|contatta l’inserzionista|" +
    "scrivi all'agenzia|scrivi all’agenzia|contatta l'agenzia|contatta l’agenzia|" +
    'toon telefoonnummer|toon nummer|bel nu|pokaż numer|pokaż telefon|zadzwoń teraz|napisz wiadomość|' +
    'zadaj pytanie|visa telefonnummer|visa nummer|ring nu|kontakta säljaren|' +
    // an app store's badges and the developer's reply under a review (`Contains ads · In-app purchases`, `Developer
    // Response`): en, de, fr, es, pt, it, nl, pl, sv
    'contains ads|in-app purchases|offers in-app purchases|designed for iphone|designed for ipad|developer response|' +
    'enthält werbung|in-app-käufe|antwort des entwicklers|contient des annonces|achats intégrés|' +
    'réponse du développeur|contiene anuncios|compras en la aplicación|respuesta del desarrollador|contém anúncios|' +
    'compras no app|compras no aplicativo|resposta do desenvolvedor|contiene annunci|acquisti in-app|' +
    'risposta dello sviluppatore|bevat advertenties|in-app-aankopen|reactie van ontwikkelaar|zawiera reklamy|' +
    'zakupy w aplikacji|odpowiedź dewelopera|innehåller annonser|köp i appen|svar från utvecklaren|' +
    // and its heading over the developer's contact block (`App support`, `Developer contact`, `Kontakt zum Entwickler`)
    "app support|developer contact|app-support|kontakt zum entwickler|assistance de l'application|" +
    'contact du développeur|asistencia de la aplicación|contacto del desarrollador|suporte do app|' +
    'contato do desenvolvedor|assistenza app|contatti sviluppatore|contact met ontwikkelaar|kontakt z deweloperem|' +
    'utvecklarkontakt|' +
    // a listing's reviews heading in the other words sites use (`Opiniones`, `Avis`, `Opinioni`)
    'opiniones|avis|opinioni|beoordelingen|omdömen|ratings and reviews|ratings & reviews|valoraciones|' +
    // field names standing alone above their values (a profile card, a form)
    `${EMAIL_FIELD_NAMES}|phone|phone number|mobile|telephone|website|full name|display name|` +
    'adresse électronique|dirección de correo electrónico|' +
    'endereço de e-mail|indirizzo email|indirizzo e-mail|telefon|téléphone|teléfono|telefone|telefono|' +
    'company|title|job title|location|time zone|timezone|profile|' +
    // (ko, ja, zh, ar) email, phone, website
    '이메일|전화번호|전화|웹사이트|メール|電話番号|電話|ウェブサイト|电子邮件|邮箱|电话|网站|' +
    'البريد الإلكتروني|الهاتف|الموقع الإلكتروني|' +
    // a listing's status (`Geöffnet`, `Chiuso`)
    LISTING_STATUS,
);

/**
 * Personal pronouns a profile writes as a set beside the name (`he/him`, `she/they`, `er/ihm`, `elle/la`, `él/ella`,
 * `hen/hän`): en, de, fr, es, sv, fi.
 */
export const PRONOUNS = set(
  'he|him|his|she|her|hers|they|them|their|theirs|xe|xem|xir|ze|zir|hir|ey|em|fae|faer|it|its|any|all|' +
    'er|ihm|sie|ihr|il|lui|elle|la|le|iel|él|ella|elles|ellos|hen|hän',
);

/**
 * Days a chat's stamp writes before its time (`Yesterday 4:12 PM`, `Gestern 09:12`, `Monday 10:02`); not months,
 * which are given names too (`Jun`, `May`).
 */
export const STAMP_DAYS = set(
  'today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|heute|gestern|hier|ayer|hoy|ontem|hoje|' +
    'igår|idag|gisteren|vandaag|ieri|oggi|' +
    // the half of the day zh, ja and ko write before a time (`下午 4:48`, `午前 9:12`, `오후 11:37`)
    '上午|下午|中午|晚上|早上|凌晨|午前|午後|오전|오후',
);

/** Months and weekdays: a line of them (`December`, `Monday 14 March`) is a date, never a role. */
export const CALENDAR_WORDS = set(
  'january|february|march|april|may|june|july|august|september|october|november|december|' +
    'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|' +
    'monday|tuesday|wednesday|thursday|friday|saturday|sunday|tue|tues|wed|thu|thur|thurs|fri|sat|today|yesterday',
);

/** Words that make a segment a job title (lower case; German/Dutch compounds end in them too). */
export const TITLE_WORDS = set(
  // a delegate or an officer by delegation (`Delegado de Protección de Datos`, `Délégué à la protection des données`)
  'delegate|delegado|delegada|délégué|déléguée|delegato|delegata|' +
    'manager|director|engineer|developer|advokat|specialist|analyst|analyste|consultant|counsel|lead|head|officer|president|vp|svp|evp|' +
    'avp|ceo|cfo|cto|coo|cmo|cio|ciso|cro|cpo|chro|founder|co-founder|cofounder|owner|partner|partnerin|principal|associate|' +
    'assistant|executive|coordinator|administrator|admin|accountant|architect|designer|editor|reporter|researcher|' +
    'scientist|lecturer|professor|teacher|instructor|estimator|foreman|superintendent|supervisor|technician|advisor|' +
    'adviser|attorney|lawyer|solicitor|barrister|paralegal|nurse|physician|surgeon|doctor|representative|rep|agent|' +
    'broker|recruiter|strategist|producer|writer|journalist|chair|chairman|chairwoman|chairperson|secretary|treasurer|' +
    'controller|comptroller|auditor|intern|trainee|chef|buyer|planner|programmer|operator|clerk|receptionist|dean|' +
    'fellow|evangelist|advocate|relations|sales|marketing|procurement|' +
    'inspector|investigator|librarian|pharmacist|therapist|psychologist|dentist|veterinarian|practitioner|pilot|captain|' +
    'trustee|' +
    'steward|curator|organizer|organiser|facilitator|mentor|coach|trainer|tutor|guide|manageress|underwriter|' +
    'adjuster|actuary|economist|statistician|translator|interpreter|photographer|illustrator|animator|copywriter|' +
    'officer|deputy|vice|chief|senior|junior|staff|intern|apprentice|member|volunteer|ambassador|liaison|' +
    // de / nl / fr / es / pt / it / nordic / cz / pl
    'leiter|leiterin|geschäftsführer|geschäftsführerin|ingenieur|ingenieurin|berater|beraterin|referent|referentin|' +
    'sachbearbeiter|sachbearbeiterin|inhaber|inhaberin|vorstand|prokurist|prokuristin|leitung|' +
    'directeur|directrice|responsable|ingénieur|ingénieure|gérant|' +
    'gérante|conseiller|conseillère|chef|cheffe|adjoint|adjointe|director|directora|gerente|ingeniero|ingeniera|jefe|' +
    'jefa|coordinador|coordinadora|asesor|asesora|diretor|diretora|engenheiro|engenheira|' +
    // es: the feminine `gerenta` written across Latin America, and offices by both genders
    'gerenta|subgerenta|vicepresidente|vicepresidenta|contador|contadora|supervisora|auditora|tesorero|tesorera|' +
    // the deputy written as one word with the title: es / pt / it sub-, vice-
    'subdirector|subdirectora|subdiretor|subdiretora|subgerente|vicedirector|vicedirectora|vicedirettore|' +
    'consultor|consultora|direttore|direttrice|consulente|ingegnere|avvocato|avvocata|johtaja|chef|' +
    'advogado|advogada|abogado|abogada|avocat|avocate|rechtsanwalt|rechtsanwältin|' +
    'vedoucí|dyrektor|kierownik|specjalista|' +
    'eigenaar|adviseur|medewerker|responsabile|amministratore|analista|coordenador|coordenadora|gestor|gestora|' +
    'prezes|właściciel|menedżer|kierowniczka|vd|säljare|utvecklare|ansvarig|rådgivare|konsulent|' +
    'müdür|müdürü|uzman|mühendis|danışman|manajer|direktur|kepala|giám|đốc|trưởng|' +
    'sjef|leder|arkitekt|architekt|architect|winemaker|brewer|' +
    'direktør|direktör|ingeniør|ingenjör|rådgiver|konsult|konsultti|johtava|asiantuntija|päällikkö|' +
    // ca
    'cap|gerent|tècnic|tècnica|coordinador|directora|enginyer|enginyera|' +
    // el
    'υπεύθυνος|υπεύθυνη|διευθυντής|διευθύντρια|μηχανικός|σύμβουλος|πρόεδρος|' +
    // ru / uk / bg / sr
    'руководитель|директор|менеджер|начальник|инженер|специалист|заместитель|бухгалтер|консультант|юрист|' +
    'аналитик|разработчик|керівник|директорка|менеджерка|фахівець|управител|' +
    // ja / zh (katakana and Han titles)
    'マネージャー|エンジニア|ディレクター|コンサルタント|代表|営業|总裁|副总裁|首席|' +
    'チーフ|スーパーバイザー|合夥人|协理|' +
    // ja: a research house's and a bank's titles (economist, strategist, researcher), the other manager spelling; not
    // `シニア` (senior), a modifier that firms and units hold too (`シニアライフ株式会社`): these are found inside a text
    'エコノミスト|ストラテジスト|リサーチャー|マネジャー|' +
    // cjk / he / ar
    '主任|部長|課長|係長|社長|取締役|代表取締役|经理|总监|总经理|主管|董事长|부장|과장|대표|이사|팀장|' +
    '工程师|专员|助理|秘书|经理|總監|經理|研究员|研究員|주임|선임|책임|연구원|대리|사원|본부장|실장|센터장|' +
    'מנהל|מנהלת|יועץ|יועצת|مدير|مديرة|' +
    // fa: Persian writes its own yeh and kaf (مدیر, not Arabic مدير)
    'مدیر|مدیرعامل|معاون|کارشناس|رئیس|مشاور|سرپرست|مسئول|دستیار|حسابدار|کارمند|' +
    // ar / he / hi / th / vi / ru / uk / tr
    'محاسب|مهندس|مهندسة|رئيس|مستشار|مستشارة|أخصائي|مسؤول|مسؤولة|مشرف|مندوب|نائب|' +
    'מהנדס|מהנדסת|ראש|אחראי|אחראית|סמנכ"ל|מנכ"ל|סמנכ״ל|מנכ״ל|' +
    'प्रबंधक|निदेशक|अधिकारी|अभियंता|सलाहकार|प्रमुख|लेखाकार|' +
    // bn / ta / te / kn / ml / gu (manager, director, executive, officer), ka (head, director, manager, specialist)
    'ব্যবস্থাপক|পরিচালক|কর্মকর্তা|மேலாளர்|இயக்குநர்|நிர்வாகி|அலுவலர்|మేనేజర్|నిర్వాహకుడు|డైరెక్టర్|' +
    'ವ್ಯವಸ್ಥಾಪಕ|ನಿರ್ದೇಶಕ|മാനേജർ|ഡയറക്ടർ|મેનેજર|સંચાલક|નિયામક|અધિકારી|' +
    'ხელმძღვანელი|დირექტორი|მენეჯერი|სპეციალისტი|' +
    'ผู้จัดการ|ผู้อำนวยการ|วิศวกร|ที่ปรึกษา|หัวหน้า|เจ้าหน้าที่|นักบัญชี|' +
    'giám đốc|kỹ sư|chuyên viên|nhân viên|' +
    'главный|ведущий|старший|головний|провідний|старша|провідна|менеджерка|керівниця|бухгалтерка|' +
    'temsilcisi|sorumlusu|yöneticisi|proprietor|proprietress|propriétaire|dueño|dueña|socio|socia|sócia|sócio|asociado|asociada|' +
    // the common head nouns of titles, per language: assistants, buyers, sellers, founders, owners, clerks
    'assistent|assistentin|disponent|disponentin|einkäufer|einkäuferin|mitarbeiter|mitarbeiterin|techniker|' +
    'technikerin|beauftragter|beauftragte|professorin|dozent|dozentin|redakteur|redakteurin|gesellschafter|' +
    'gesellschafterin|assistante|chargé|chargée|comptable|juriste|associé|associée|président|présidente|' +
    'secrétaire|technicien|technicienne|acheteur|acheteuse|vendeur|délégué|déléguée|notaire|presidente|presidenta|' +
    'secretario|secretaria|técnico|técnica|comprador|compradora|vendedor|vendedora|contable|encargado|encargada|' +
    'propietario|propietaria|fundador|fundadora|consejero|consejera|contabilista|assistente|encarregado|' +
    'encarregada|proprietário|proprietária|responsável|especialista|titolare|tecnico|contabile|venditore|impiegato|' +
    'impiegata|fondatore|fondatrice|inkoper|verkoper|projectleider|teamleider|bedrijfsleider|oprichter|' +
    'vennoot|boekhouder|inköpare|projektledare|ägare|grundare|innkjøper|selger|prosjektleder|eier|indkøber|' +
    'sælger|projektleder|ejer|omistaja|perustaja|yrittäjä|właścicielka|księgowa|księgowy|sprzedawca|asystent|asystentka|' +
    'koordynator|koordynatorka|inżynier|założyciel|założycielka|wspólnik|jednatel|jednatelka|ředitel|' +
    'ředitelka|účetní|majitel|majitelka|основатель|владелец|владелица|секретарь|помощник|ассистент|' +
    'координатор|партнер|партнёр|адвокат|засновник|засновниця|власник|власниця|представник|kurucu|ortak|' +
    'koordinatör|مالك|صاحب|مؤسس|محامي|محامية|منسق|منسقة|مساعد|مساعدة|מייסד|מייסדת|מזכירה|רכז|רכזת|' +
    'मालिक|संस्थापक|เจ้าของ|ผู้ก่อตั้ง|kế toán|quản lý|phụ trách|' +
    '担当|主査|次長|室長|所長|店長|顧問|専務|常務|執行役員|会長|副社長|董事|合伙人|创始人|顾问|' +
    '차장|수석|상무|전무|사장|원장|소장|매니저|고문|' +
    // partners and co-owners of a firm: sv / no / da / fi / cs
    'delägare|medeier|deleier|medejer|medindehaver|osakas|společník|společnice|' +
    // translators, interpreters, photographers, signatories, merchandisers
    'übersetzer|übersetzerin|dolmetscher|dolmetscherin|traducteur|traductrice|interprète|traductor|traductora|' +
    'tradutor|tradutora|traduttore|traduttrice|vertaler|tolk|översättare|oversetter|oversætter|tłumacz|tłumaczka|' +
    'překladatel|překladatelka|переводчик|переводчица|перекладач|перекладачка|çevirmen|tercüman|fotograf|' +
    'fotografin|photographe|fotógrafo|fotógrafa|fotografo|fotografa|фотограф|signatory|merchandiser|' +
    // lt / lv / et: heads, directors, managers, specialists, engineers, accountants (masculine and feminine)
    'vadovas|vadovė|direktorius|direktorė|vadybininkas|vadybininkė|specialistas|specialistė|inžinierius|inžinierė|' +
    'buhalteris|buhalterė|konsultantas|konsultantė|vadītājs|vadītāja|direktors|direktore|speciālists|speciāliste|' +
    'inženieris|inženiere|grāmatvedis|grāmatvede|konsultants|konsultante|juhataja|juht|spetsialist|insener|raamatupidaja|' +
    // nl / af: heads, managers, lecturers, chairs, secretaries, accountants, founders, owners
    'hoofd|hoof|bestuurder|direkteur|lektor|lektrise|docent|lector|hoogleraar|voorzitter|voorsitter|secretaris|' +
    'sekretaresse|rekenmeester|stigter|eienaar|verteenwoordiger|vertegenwoordiger|' +
    // am (Ge'ez script): head (both spellings), director, manager, expert, engineer
    'ኃላፊ|ሃላፊ|ዳይሬክተር|አስኪያጅ|ባለሙያ|መሐንዲስ|' +
    // sk / sl / hr / hu: managers, directors, heads, specialists, advisers, lawyers (not hu `tervező`, designer:
    // it names the trade of a design office too, `Pannon Tervező Iroda`)
    'manažér|manažérka|manažer|manažerka|riaditeľ|riaditeľka|vedúci|vedúca|konateľ|konateľka|špecialista|' +
    'špecialistka|vodja|direktorica|svetovalec|svetovalka|odvjetnik|odvjetnica|voditelj|voditeljica|savjetnik|' +
    'savjetnica|ügyvezető|vezető|tanácsadó|ügyvéd|' +
    // notaries: pl / cs / pt / es (not de `Notar`, it `Notaio`, nl / id `Notaris`: written before the name as a form
    // of address, `Kantor Notaris Siti Rahma, S.H.`)
    'notarka|notariusz|notário|notária|notario|' +
    // Polish lawyers on a firm's team page (`Starszy prawnik`, `Aplikantka adwokacka`: senior lawyer, trainee advocate)
    'prawnik|prawniczka|aplikant|aplikantka|' +
    // be / kk / mn / ru: deputy, director, head (kk `басшысы` head of), adviser, manager, specialist
    'намеснік|дырэктар|кіраўнік|басшы|басшысы|директоры|зөвлөх|менежер|захирал|дарга|мэргэжилтэн|' +
    'заведующий|заведующая|' +
    // the trades and the health and property professions a sole trader or small practice signs with (`Licensed
    // Plumber & Gasfitter`, `Auctioneer & Valuer`, `Sports Physiotherapist`); those also surnames are in
    // TITLE_WORDS_ALSO_SURNAMES
    'plumber|electrician|gasfitter|carpenter|joiner|builder|auctioneer|valuer|appraiser|surveyor|roofer|locksmith|' +
    'glazier|mechanic|welder|landscaper|gardener|tiler|plasterer|bricklayer|stonemason|upholsterer|florist|' +
    'hairdresser|barber|physiotherapist|physio|chiropractor|optometrist|osteopath|podiatrist|dietitian|dietician|' +
    'nutritionist|midwife|paramedic|conveyancer|draughtsman|draftsman|installer|fitter|' +
    // head nouns no list above held, by language: sw officer, manager, director; ro coordinator, engineer, adviser;
    // fr customs declarant, sales engineer; it claims adjuster, assessor; es / pt superintendent; gl manager, head;
    // hu coordinator; tr consultant (`Gümrük Müşaviri`); en visualiser; ar analyst, researcher; sr notary (`Јавни
    // бележник`); ru / uk designer; zh salesperson; ko professor (`연구교수`); ja architect (`チーフアーキテクト`);
    // ja / zh professor (`准教授`, `副教授`), lecturer, assistant professor
    '教授|講師|讲师|助教|' +
    'afisa|meneja|mkurugenzi|coordonator|coordonatoare|inginer|consilier|déclarant|déclarante|technico-commercial|' +
    'technico-commerciale|liquidatore|liquidatrice|perito|superintendente|xerente|xefe|xefa|koordinátor|müşavir|' +
    'müşaviri|visualiser|visualizer|محلل|محللة|باحث|باحثة|бележник|дизайнер|业务员|業務員|교수|アーキテクト|' +
    // hy: director, head, dean, manager; hi / mr / ne: manager, officer, proprietor, coordinator; si: manager
    'տնօրեն|ղեկավար|դեկան|մենեջեր|व्यवस्थापक|अधिकृत|प्रोपराइटर|मैनेजर|समन्वयक|කළමනාකරු|' +
    // es / pt / it / fr / nordic: a sales representative (`Representante Comercial`, `Représentant commercial`)
    'representante|représentant|représentante|rappresentante|representant|' +
    // tr: a title word with its possessive ending (`Yazılım Mühendisi`, `Öğretim Üyesi`, `Şehir Plancısı` city
    // planner, `Diş Hekimi` dentist, `Peyzaj Mimarı` landscape architect), senior
    'mühendisi|uzmanı|üyesi|plancısı|hekimi|mimarı|kıdemli|' +
    // zh: the person in charge
    '负责人|負責人|' +
    // zh ranks and professions (simplified, and traditional beside Taiwan's ranks below): vice general manager, heads
    // of division, section, group, plant and institute, lawyers, accountants, designers; ko accountant, tax
    // accountant, patent attorney, architect, designer, head of an institute
    '副总|处长|科長|科长|组长|廠長|厂长|院長|院长|律師|律师|會計師|会计师|' +
    '設計師|设计师|회계사|세무사|변리사|건축사|디자이너|연구원장|' +
    // owners and founders no language above gave: id / ms, tr (`İşletme Sahibi`), sw, ro, hu, hr / sr / bs, sl, el,
    // lt, lv, et, bg
    'pemilik|pendiri|sahibi|mmiliki|mwanzilishi|proprietar|fondator|tulajdonos|alapító|vlasnik|vlasnica|osnivač|' +
    'osnivačica|lastnik|lastnica|ustanovitelj|ustanoviteljica|ιδιοκτήτης|ιδιοκτήτρια|ιδρυτής|ιδρύτρια|savininkas|' +
    'savininkė|įkūrėjas|įkūrėja|īpašnieks|īpašniece|dibinātājs|dibinātāja|omanik|asutaja|собственик|собственичка|' +
    'основател|основателка|' +
    // estate agents: uk / ru, pt, nl (not en `REALTOR®`, a trade mark that labels membership)
    'ріелтор|рієлтор|риелтор|риэлтор|corretor|corretora|makelaar|' +
    // ja: the job nouns written in katakana (producer, designer, planner, leader, analyst, specialist,
    // coordinator, assistant, programmer, adviser, writer, editor, illustrator, photographer, creator)
    'プロデューサー|デザイナー|プランナー|リーダー|アナリスト|スペシャリスト|コーディネーター|アシスタント|' +
    'プログラマー|アドバイザー|ライター|エディター|イラストレーター|フォトグラファー|クリエイター|' +
    // zh-TW: the ranks of a Taiwanese firm (deputy manager, assistant vice president, junior manager, vice
    // president, division head, section head, specialist, special assistant)
    '副理|協理|襄理|副總|處長|組長|專員|特助|' +
    // lawyers no language above gave: tr, id, ms, fi, cs / sk, el, hi, vi, ko (not zh 律师 or ja 弁護士: inside
    // the names of law firms, `律师事务所`, `弁護士法人`)
    'pengacara|peguam|asianajaja|advokát|advokátka|δικηγόρος|वकील|luật sư|변호사|' +
    // es / pt: an executive (`Ejecutiva comercial`, `Executivo de Contas`)
    'ejecutivo|ejecutiva|executivo|executiva|' +
    // spokespersons: en, de, fr, es, pt, it, nl, pl, cs, sv / no / da
    'spokesperson|spokesman|spokeswoman|sprecher|sprecherin|pressesprecher|pressesprecherin|porte-parole|portavoz|' +
    'porta-voz|portavoce|woordvoerder|woordvoerster|rzecznik|rzeczniczka|mluvčí|talsperson|talsmann|talskvinne|' +
    'talsmand|talskvinde|' +
    // en salespeople; ja the person responsible (`プロダクト責任者`; zh 负责人 above)
    'salesperson|salesman|saleswoman|salespeople|責任者|' +
    // teachers, professors and researchers no language above gave: es, pt, it, fr, sv / no / da, fi, mi
    // (`Profesora Titular de Universidad`, `Kaiako, Room 12`, `Tumuaki`: teacher, principal, manager)
    'profesor|profesora|catedrático|catedrática|investigador|investigadora|docente|professora|pesquisador|' +
    'pesquisadora|professore|professoressa|ricercatore|ricercatrice|enseignant|enseignante|chercheur|chercheuse|' +
    'lärare|lærer|forskare|forsker|opettaja|professori|tutkija|kaiako|tumuaki|kaiwhakahaere|' +
    // administrators and inspectors: es / pt, fr, sv, pl, de / nordic, ru / sr
    'administrador|administradora|administrateur|administratrice|administratör|inspektor|inspektorka|inspecteur|' +
    'inspectrice|inspetor|inspetora|ispettore|ispettrice|инспектор|' +
    // sr / mk (Cyrillic): head, officer, associate, adviser, engineer, manager, accountant
    'руководилац|референт|сарадник|саветник|инжењер|менаџер|књиговођа|' +
    // doctors, nurses and vets: da, nb, sv, fi (`Fastlege`, `Sjuksköterska`; da / sv / fi compounds on a doctor,
    // `Tandlæge`, `Tandläkare`, `Hammaslääkäri`, are TITLE_SUFFIXES: nb `-lege` would end `college` too)
    'læge|läkare|lege|tannlege|fastlege|overlege|dyrlege|sygeplejerske|sykepleier|sjuksköterska|sairaanhoitaja|' +
    'veterinær|veterinär|' +
    // Irish and Welsh: secretary, treasurer, chair, director, manager, principal, officer, engineer, accountant,
    // solicitor, architect (a bilingual signature's other half: `Rúnaí / Secretary`, `Pensaer / Architect`)
    'rúnaí|cisteoir|cathaoirleach|stiúrthóir|bainisteoir|príomhoide|oifigeach|innealtóir|cuntasóir|dlíodóir|' +
    'ysgrifennydd|trysorydd|cadeirydd|cyfarwyddwr|rheolwr|pennaeth|swyddog|peiriannydd|cyfrifydd|cyfreithiwr|pensaer|' +
    // head nouns no list above held, by language: hu legal counsel (not `igazgató`, director: a bilingual line's
    // other half, `Sales Director / értékesítési igazgató`, would join its title); nl (Flanders) managing director;
    // he partner; bg / mk / hr / sr / sq manager, head; pl feminine specialist; cs / es assistant; fr manager (of
    // accounts, files); lt lawyer; ur manager (both spellings); tr director and head with their possessive ending;
    // lv member (`valdes loceklis`, a board member); ro chief (both cedillas); ar consultant; eu the person
    // responsible; pt architect, urban planner; fr doctor, professor; nb accountant; nl coordinator with its diaeresis
    'jogtanácsos|zaakvoerder|zaakvoerster|שותף|שותפה|мениджър|раководител|' +
    'menadžer|menadžerka|menaxher|menaxhere|specjalistka|asistent|asistentka|asistente|gestionnaire|teisininkas|' +
    'teisininkė|منیجر|مینیجر|direktörü|başkanı|loceklis|șef|şef|استشاري|arduraduna|arquiteto|arquiteta|urbanista|' +
    'médecin|professeure|regnskapsfører|coördinator|' +
    // more head nouns, by language: en team lead written as one word; sq director; nl lawyer; de / pl / sv curator;
    // cs representative; nb / da head of department; az manager (with its possessive ending); es designer,
    // illustrator; fr professor; sk / cs editor-in-chief; sr / mk / hr journalist
    'teamlead|drejtor|drejtore|advocaat|kurator|zástupce|zástupkyně|avdelingsleder|afdelingsleder|menecer|' +
    'meneceri|diseñador|diseñadora|ilustrador|ilustradora|professeur|šéfredaktor|šéfredaktorka|новинар|novinar',
);

/**
 * A title word's feminine written with an ending on the masculine: de `-in` (`Controllerin`, `Architektin`,
 * `Analystin`), pl / cs / sk `-ka` (`Partnerka`, `Dyrektorka`), ru / uk `-ка` (`Юристка`, `Консультантка`).
 */
export const FEMININE_TITLE_ENDINGS = ['in', 'ka', 'ка'];

/**
 * Title words that are also surnames (Dutch and German `Tolk`, Flemish/Dutch `Hoof`, `Stigter`, Spanish and
 * Dutch `Lector`, `Lektor`, `Docent`, Spanish `Notario`), lower case: a title's head, yet a name word.
 */
export const TITLE_WORDS_ALSO_SURNAMES = set(
  'tolk|hoof|stigter|lector|lektor|docent|notario|' +
    // English trades that are family names too (`Carpenter`, `Gardener`, `Fitter`)
    'carpenter|joiner|builder|gardener|barber|fitter|plumber|glazier|welder',
);

/** `20th`, `2nd`: an English ordinal's suffix. */
export const ORDINAL_SUFFIXES = set('st|nd|rd|th');

/**
 * Counters written right after a number in Korean, Chinese and Japanese addresses, with no space: ko 호 (room), 층
 * (floor), 동 (building), 번지 (lot); zh / ja 号 / 號 (number), 室 (room), 楼 / 樓 / 层 / 層 / 階 (floor), 栋 / 棟 (building),
 * 番地 (lot). Longest first, so a two-character counter is read whole.
 */
export const CJK_NUMBER_COUNTERS: readonly string[] = [
  '번지',
  '番地',
  ...'호|층|동|号|號|室|楼|樓|层|層|階|栋|棟'.split('|'),
];

/**
 * The points of the compass as a region's name opens with them (`Southern Highlands`, `Eastern Africa`, `Région Nord-Ouest`,
 * `Norte Grande`), lower case: en, fr, es/pt, it, de/nl, nordic. No given name a person goes by.
 */
export const COMPASS_POINTS = set(
  'north|south|east|west|northern|southern|eastern|western|northeast|northwest|southeast|southwest|' +
    'nord|sud|est|ouest|norte|sur|sul|este|oeste|leste|meridionale|settentrionale|orientale|occidentale|' +
    'ost|süd|noord|zuid|oost|norra|södra|östra|västra',
);

/**
 * A French university hospital's acronym (`CHU de …`, `CHRU de …`), as written: in capitals only, for `Chu` is a
 * family name.
 */
export const CASED_BODY_ACRONYMS = new Set(['CHU', 'CHRU']);

/**
 * Title words that qualify a head noun still to come (`Deputy Director`, `Senior Procurement Officer`),
 * lower case. Not `chief`: it ends titles too (`Editor in Chief`).
 */
export const TITLE_MODIFIERS = set(
  'senior|junior|deputy|vice|acting|interim|stellvertretender|stellvertretende|leitender|leitende|' +
    // fa `ارشد` (senior, after its noun: کارشناس ارشد) is also a common given name and surname (Arshad)
    'ارشد',
);

/** Endings of TITLE_SUFFIXES that family names end in too (`Rivière`, `Lumière`): no sign of a title before a name. */
export const TITLE_SUFFIXES_ALSO_SURNAME_ENDINGS = ['ière'];

/** Endings of compound title words: `Accountmanager`, `Vertriebsingenieur`. */
export const TITLE_SUFFIXES = [
  'manager',
  'managerin',
  'ingenieur',
  'ingenieurin',
  'leiter',
  'leiterin',
  'berater',
  'beraterin',
  'referent',
  'johtaja',
  'direktor',
  'direktorin',
  'ledare',
  'chef',
  'sjef',
  'engineer',
  'officer',
  'ologist',
  'ician',
  'ière',
  'führer',
  'führerin',
  'anwalt',
  'anwältin',
  'arkitekt',
  'architekt',
  'ingeniør',
  'ingenjör',
  'päällikkö',
  // is `framkvæmdastjóri`, `verkefnastjóri`, `leiðsögumaður`, `þjónustufulltrúi`: compounds on manager or head, guide,
  // representative
  'stjóri',
  'leiðsögumaður',
  'fulltrúi',
  // et `müügijuht`, `projektijuht`: compounds on `juht` (manager, head)
  'juht',
  // de `Projektleitung`, `Teamleitung`: the office named for its holder; hu `építőmérnök` (civil engineer)
  'leitung',
  'mérnök',
  // af / nl `Verkoopsbestuurder`, `Verkoopsdirekteur`: compounds on manager, director
  'bestuurder',
  'direkteur',
  // nb / da `eiendomsmegler`, `ejendomsmægler`, sv `fastighetsmäklare`: compounds on broker
  'megler',
  'mægler',
  'mäklare',
  // sv compounds on the person responsible (`Inköpsansvarig`); de on a doctor (`Chefarzt`, `Fachärztin`)
  'ansvarig',
  'arzt',
  'ärztin',
  // da / sv / fi `tandlæge`, `tandläkare`, `hammaslääkäri`: compounds on doctor
  'læge',
  'läkare',
  'lääkäri',
  // de compounds on editor, clerk, coordinator, specialist, technician, adviser, developer, planner, agent
  // (`Chefredakteurin`, `Vertriebsassistent`, `Kundensachbearbeiterin`, `Softwareentwickler`, `Handelsvertreterin`;
  // not `-kaufmann`, a family name whole)
  'redakteur',
  'redakteurin',
  'sachbearbeiter',
  'sachbearbeiterin',
  'koordinator',
  'koordinatorin',
  'spezialist',
  'spezialistin',
  'techniker',
  'technikerin',
  'referentin',
  'entwickler',
  'entwicklerin',
  'planer',
  'planerin',
  'vertreter',
  'vertreterin',
  'beauftragte',
  'beauftragter',
  'therapeut',
  'therapeutin',
  'kauffrau',
  // nl / sv / nb / da / fi compounds on employee, adviser, manager of, clerk, coordinator, consultant, expert, planner
  // (`Klantenservicemedewerker`, `Belastingadviseur`, `Ekonomihandläggare`, `Skatterådgiver`, `Myyntiasiantuntija`)
  'medewerker',
  'adviseur',
  'beheerder',
  'handläggare',
  'samordnare',
  'rådgivare',
  'rådgiver',
  'konsulent',
  'medarbejder',
  'medarbeider',
  'asiantuntija',
  'suunnittelija',
  '经理',
  '部長',
  '課長',
  '主任',
];

/**
 * Legal forms that are plain English words too (lower case): before a title's or a department's word they qualify a
 * role (`Company Secretary`, `Limited Partner`, `Corporation Counsel`) and close no firm's name.
 */
export const LEGAL_FORMS_ALSO_WORDS = set('company|corporation|limited|incorporated');

/**
 * Legal forms firms write in lower case too, without dots (`Wyvern Hospitality Group plc`, `Suria Makmur Sdn bhd`):
 * abbreviations that are no word of any language, so written so they are still the form. Finnish associations
 * write their `ry` in lower case only (`Järviseudun Kuoroyhdistys ry`).
 */
export const LOWER_CASE_LEGAL_FORMS = set('plc|ltd|llc|llp|pty|pvt|bhd|ehf|ltda|ry');

/** Legal forms: a segment ending in one is a company (lower case, dots kept as written variants). */
export const LEGAL_FORMS = set(
  'inc|inc.|incorporated|llc|l.l.c.|ltd|ltd.|limited|plc|corp|corp.|corporation|co|co.|company|gmbh|ag|kg|ohg|e.v.|' +
    'ug|se|sa|s.a.|sas|s.a.s.|sarl|s.a.r.l.|srl|s.r.l.|spa|s.p.a.|bv|b.v.|nv|n.v.|pty|pty.|ab|as|a/s|asa|oy|oyj|kk|' +
    'k.k.|llp|lp|pllc|pc|p.c.|sl|s.l.|ltda|ltda.|pte|bhd|sdn|gk|s.r.o.|sro|a.s.|sp.|o.o.|pvt|pvt.|lda|lda.|s.c.|ev|' +
    'sapi|s.a.b.|kft|zrt|d.o.o.|aps|hf|ehf|l.p.|sac|s.a.c.|tnhh|α.ε.|αε|ε.π.ε.|ι.κ.ε.|المحدودة|株式会社|有限会社|合同会社|有限公司|股份有限公司|公司|주식회사|' +
    // es / pt / fr / it / latam, tr, pl / cz / sk / balkans, nordic / baltic, ro / bg, id / my / th / in / vn
    's.l.u.|slu|s.a.u.|sau|s.a.p.i.|s.c.|s/a|eireli|sgps|s.g.p.s.|spa.|sas.|sasu|eurl|sci|snc|scrl|s.n.c.|a.ş.|aş|şti|şti.|' +
    'sp.k.|s.k.a.|spółka|k.s.|v.o.s.|a.d.|d.d.|d.o.o.e.l.|doo|oü|uab|sia|s.r.l.|srl.|ood|eood|ад|оод|еоод|' +
    'tbk|tbk.|bhd.|sdn.|berhad|llc.|gbr|mbh|jsc|lp.|pjsc|' +
    'ооо|пао|тов|прат|пп|д.о.о.|а.д.|' +
    // written after a quoted name: kk (Kazakh) partnership and non-commercial joint-stock company, mn LLC, tt LLC:
    // `«Дала Жолдары» ЖШС`, `"Тал Нутаг" ХХК`; el industrial and commercial SA, pe open SA, ur limited
    'жшс|кеақ|ххк|җчҗ|α.β.ε.ε.|αβεε|s.a.a.|لمیٹڈ|' +
    // Ethiopia's private limited company (ኃላፊነቱ የተወሰነ የግል ማህበር), abbreviated with dots or slashes
    'ኃ.የተ.የግ.ማ.|ኃ/የተ/የግ/ማ|' +
    // Sri Lanka's company, closing a firm's name after its kind (`(පුද්ගලික) සමාගම`, private company)
    'සමාගම|' +
    // zh / ja: the partnership form of a law, accounting, patent or tax practice, closing its name (`…律师事务所`,
    // `…特許事務所`); not `事務所` alone, a branch office too (`東京事務所`)
    '律师事务所|律師事務所|会计师事务所|會計師事務所|法律事務所|特許事務所|会計事務所|税理士事務所|司法書士事務所|' +
    'จำกัด|มหาชน|प्रा.|लि.|लिमिटेड|בע"מ|בע״מ|בעמ|ذ.م.م|ش.م.م|ش.م.ع|ش.م.ل|ذ.م.م.|' +
    // cooperatives, public-law bodies, partnerships and sole traders per country
    'sccl|s.coop.|coop.|s.a.l.|s.l.l.|sll|s.l.n.e.|aör|kgaa|ggmbh|partg|partgmbb|eg|e.k.|sàrl|scop|selarl|' +
    'scarl|s.c.a.r.l.|v.o.f.|vof|bvba|sprl|ky|tmi|hb|kb|i/s|p/s|k/s|ivs|ans|nyrt|spol.|' +
    'n.a.|lllp|cic|dac|clg|teoranta|eirl|e.i.r.l.|epp|j.d.o.o.|' +
    // is private and public limited companies, written with their dot as often as without
    'ehf.|hf.|' +
    // professional practices' own forms: es sociedad limitada profesional, fr société civile professionnelle, it
    // società tra professionisti
    // (dotted only: bare SLP, SCP and STP are also a speech-language pathologist, secure copy, straight-through processing)
    's.l.p.|s.c.p.|s.t.p.|' +
    // lt public institution and sole proprietorship, at sole trader and the Austrian spelling of GmbH
    'všį|iį|e.u.|ges.m.b.h.|gesmbh|' +
    // the tail of Czech and Slovak `spol. s r.o.` (společnost s ručením omezeným)
    'r.o.|' +
    // pt single-member company, written before its Lda. (`Unipessoal Lda.`)
    'unipessoal|' +
    // Quebec's limited company, French for Ltd (`Groupe Conseil Rivière-du-Loup ltée`)
    'ltée|limitée|' +
    // af limited company (`… (Edms) Bpk`, `(Eiendoms) Beperk`: proprietary limited; `Bpk` alone a public one)
    'bpk|bpk.|beperk|' +
    // fi registered association (rekisteröity yhdistys), closing a club's or a society's name (`Lapin Kuorot ry`)
    'ry|r.y.|' +
    // el general partnership (ομόρρυθμη εταιρεία), dotted only (`ΟΕ` spells words in capitals)
    'ο.ε.',
);

/**
 * Legal forms written like a person's initials, forms only after `de`: Mexican `S. de R.L.` (sociedad de
 * responsabilidad limitada) and `S.A. de C.V.` (capital variable); elsewhere initials (`Thomas R.L. Whitaker`).
 */
export const INITIALS_LEGAL_FORMS = set('r.l.|c.v.');

/**
 * Legal forms written out in words, lower case, which a firm's name may close with (`WARMIA-TRANS Spółka z
 * ograniczoną odpowiedzialnością`): their lower-case words make no sentence.
 */
export const SPELLED_LEGAL_FORMS = [
  'spółka z ograniczoną odpowiedzialnością',
  'spółka akcyjna',
  'společnost s ručením omezeným',
  'spoločnosť s ručením obmedzeným',
  'gesellschaft mit beschränkter haftung',
  'sociedad de responsabilidad limitada',
  'società a responsabilità limitata',
  'société à responsabilité limitée',
];

/**
 * The prepositions inside a legal form of several words (Polish `sp. z o.o.`, Czech and Slovak `spol. s r.o.`,
 * Mexican `S.A. de C.V.`).
 */
export const LEGAL_FORM_JOINERS = set('z|s|de');

/**
 * Postal codes of the US states, DC and the territories that dial +1 (lower case): `Louisville, KY`, `Hagåtña, GU`.
 * Not Micronesia's, the Marshall Islands' or Palau's (FM, MH, PW): the US post serves them, but they are countries
 * of their own calling codes (+691, +692, +680), whose numbers a US locality must not read in the US's plan.
 */
export const US_REGION_CODES = set(
  'al|ak|az|ar|ca|co|ct|de|dc|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|nm|ny|nc|nd|oh|ok|' +
    'or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|as|gu|mp|pr|vi',
);

/** Postal codes of the Canadian provinces and territories (lower case): `Calgary, AB`. */
export const CANADIAN_REGION_CODES = set('ab|bc|mb|nb|nl|ns|nt|nu|on|pe|qc|sk|yt');

/**
 * Both lists above: a region code after a town's comma, some of which spell a legal form too (`AB`, `Ky`, `NV`).
 */
export const NORTH_AMERICAN_REGION_CODES: ReadonlySet<string> = new Set([...US_REGION_CODES, ...CANADIAN_REGION_CODES]);

/** Legal forms written before the name: `ООО «Северный Ветер»`, `PT Sinar Abadi` (lower case). */
export const LEGAL_PREFIXES = set(
  'ооо|оао|зао|пао|ао|тов|пт|ип|pt|cv|ud|شركة|مؤسسة|прат|фоп|пп|чп|тоо|บริษัท|ห้างหุ้นส่วน|công|חברת|' +
    // be open and closed joint-stock company and LLC: `ААТ «Лясны Край»`
    'аат|зат|таа|' +
    'شرکت|sc|firma|przedsiębiorstwo|scp|selarl|selas|' +
    // ka შეზღუდული პასუხისმგებლობის საზოგადოება (LLC) and სააქციო საზოგადოება (JSC): `შპს „მთის წყარო“`
    'შპს|სს|' +
    // the post-Soviet forms written out, as a letterhead spells them: uk `ТОВАРИСТВО З ОБМЕЖЕНОЮ ВІДПОВІДАЛЬНІСТЮ
    // «…»` (LLC), `АКЦІОНЕРНЕ ТОВАРИСТВО`, ru `ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ`, `АКЦИОНЕРНОЕ ОБЩЕСТВО`,
    // `ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО`, be `ТАВАРЫСТВА З АБМЕЖАВАНАЙ АДКАЗНАСЦЮ`
    'товариство|общество|таварыства|акціонерне|акционерное|публічне|публичное|приватне|акцыянернае',
);
/**
 * Forms above written in two words, by their first word and the word that must follow it: `Công ty TNHH Nam
 * Phong`; `công` alone is `public, work` (`Công nghệ thông tin`, information technology, is no firm); the adjectives
 * opening a post-Soviet form written out (`публичное`, public) are forms only before the form's noun, and the noun
 * (`общество`, society; `товариство`, association) only before the preposition of `… с ограниченной
 * ответственностью` (limited liability): `Общество любителей …` is a club.
 */
export const LEGAL_PREFIX_SECOND_WORDS = new Map([
  ['công', 'ty'],
  ['общество', 'с'],
  ['товариство', 'з'],
  ['таварыства', 'з'],
  ['акціонерне', 'товариство'],
  ['акционерное', 'общество'],
  ['акцыянернае', 'таварыства'],
  ['публічне', 'акціонерне'],
  ['публичное', 'акционерное'],
  ['приватне', 'акціонерне'],
]);
/**
 * The post-Soviet forms above as written in Latin letters (`TOV "Karpaty Bud"`, `OOO Volga Stroy`), the
 * Baltic ones written before the name (`UAB „Gintarinė linija“`, `SIA "Dzintars"`), and the French limited
 * companies the Maghreb and West Africa write before it (`SARL Atlas Négoce`, `EURL Tassili Froid`), lower case:
 * `Pao`, `Prat`, `Tov`, `Zao`, `Sia` are also names, so they count only as an abbreviation is written (roleCues.ts,
 * latinLegalPrefix).
 */
export const LATIN_LEGAL_PREFIXES = set('tov|ooo|zao|oao|pao|prat|uab|sia|sarl|eurl|sarlu');
/** Legal forms as marks fused to the name, before or after it: `(주)한빛소프트웨어`, `㈱ノースライト`, `해강물산(주)`. */
export const LEGAL_MARKS = ['(주)', '㈜', '(株)', '㈱', '(有)', '㈲', '(유)'];

/**
 * Words that name a university, the institution its schools, faculties and departments belong to (`School of
 * Chemistry` over `University of Lanwick`: the university is the employer), lower case; words of scripts
 * without case are looked for inside a word (`東都工業大学`, `한빛대학교`, `الجامعة`).
 */
export const UNIVERSITY_WORDS = set(
  'university|universität|université|universidad|università|universiteit|universitet|uniwersytet|universidade|' +
    'universitat|universitas|universiti|univerzita|univerza|univerzitet|universitatea|egyetem|yliopisto|' +
    'korkeakoulu|högskola|høgskole|hochschule|polytechnic|politecnico|politécnico|politechnika|üniversitesi|' +
    'ollscoil|prifysgol|университет|університет|універсітэт|πανεπιστήμιο|جامعة|دانشگاه|אוניברסיטת|' +
    'אוניברסיטה|համալսարան|უნივერსიტეტი|มหาวิทยาลัย|विश्वविद्यालय|大学|大學|대학교',
);

/**
 * Words that open (or, in Turkish, close) the name of a university's own unit, lower case: `School of Chemistry`,
 * `Facultad de Derecho`, `Wydział Chemii`, `Kimya Bölümü`; a hospital or a bank beside a university is no unit of it.
 */
export const UNIVERSITY_UNIT_WORDS = set(
  'school|faculty|department|dept|centre|center|college|division|institute|' +
    'facultad|facultat|faculdade|facoltà|faculté|faculteit|fakultät|fakultet|wydział|fakulta|escuela|escola|école|' +
    'departamento|departament|département|dipartimento|departement|lehrstuhl|fachbereich|institut|instituto|' +
    'istituto|instytut|katedra|vakgroep|centro|zentrum|bölümü|fakültesi|enstitüsü',
);

/**
 * The trades and practices a small firm is named after, as its name's last word (`Corran Bell Accountants`, `Ashdown
 * Landscapes`, `Ruatahi Fencing Ltd`, `Ines Vogt Gartenbau`): the words a phone saves a tradesperson under after their
 * name. Then nl, de, sv (`De Wit Hoveniersbedrijf`, `Brandt Dachbau`, `Ekholm Snickeri`); not the Romance ones, which
 * open a firm's name and stand alone as what it does (`Menuiserie`).
 */
export const TRADE_NAME_WORDS = set(
  'accountants|accountancy|bookkeeping|landscapes|landscaping|fencing|roofing|carpentry|cabinetry|' +
    'flooring|tiling|paving|removals|scaffolding|glazing|electricians|plumbers|haulage|physio|pilates|' +
    'events|catering|cleaning|decorating|gardening|upholstery|refrigeration|aircon|' +
    'loonbedrijf|bouwbedrijf|hoveniersbedrijf|schildersbedrijf|installatiebedrijf|klussenbedrijf|timmerbedrijf|' +
    'tegelwerken|installatietechniek|dachbau|holzbau|gartenbau|metallbau|tischlerei|schreinerei|zimmerei|' +
    'dachdeckerei|malerbetrieb|elektrotechnik|haustechnik|bedachungen|snickeri',
);

/** Words that name a kind of organisation: `… Analytics`, `… Clinics`, `… Hotels`, and a university (UNIVERSITY_WORDS). */
export const COMPANY_WORDS: ReadonlySet<string> = new Set([
  ...UNIVERSITY_WORDS,
  ...TRADE_NAME_WORDS,
  ...set(
    'analytics|insurance|bank|banking|hotels|hotel|media|labs|lab|laboratories|energy|telecom|' +
      'telecommunications|clinics|clinic|hospital|health|healthcare|trust|education|construction|architects|' +
      'partners|foods|food|dynamics|manufacturing|coffee|roasters|aerospace|software|systems|technologies|technology|' +
      'tech|group|holdings|capital|ventures|consulting|consultants|studio|studios|agency|associates|industries|' +
      'international|global|networks|pharma|pharmaceuticals|college|school|institute|foundation|council|' +
      'ministry|ministère|ministerio|ministério|ministero|ministerium|motors|airlines|airways|bakery|brewery|restaurant|law|realty|properties|estates|' +
      'logistics|apparel|books|publishing|press|' +
      'electric|electricals|electronics|chemicals|wind|water|power|utilities|transport|shipping|freight|marine|automotive|' +
      'communications|design|designs|interactive|digital|cloud|works|farms|farm|wines|winery|' +
      'records|films|pictures|productions|entertainment|sports|fitness|clinic|dental|medical|veterinary|care|' +
      'gmbh|solutions|builders|interiors|semiconductors|brokers|mutual|' +
      'vineyards|experiences|plumbing|heating|robotics|biotech|genomics|therapeutics|' +
      'outfitters|cellars|traders|imports|textiles|contractors|machinery|metals|mills|foundry|joinery|yachts|dairy|' +
      'orchards|nurseries|homes|rentals|tours|resorts|surveyors|jewellers|renováveis|renovables|constructora|' +
      'construtora|construcciones|transportes|alimentos|tecnologia|tecnología|soluciones|soluções|servicios|serviços|' +
      'technologie|partnerschaft|arkitekter|advokatfirma|' +
      'dentistry|orthodontics|physiotherapy|chiropractic|optometry|pharmacy|' +
      // trades a small firm is named after (`Chioma Eze Photography`, `Wiremu Pōtae Electrical`, `Sri Agencies`),
      // and Turkish `hizmetleri` (services)
      'photography|lettering|ceramics|keramik|electrical|electricals|apartments|agencies|hizmetleri|' +
      // other scripts: Cyrillic, Greek, Arabic, Hebrew, Devanagari, CJK
      'компания|компанія|группа|група|завод|холдинг|банк|студия|студія|студио|' +
      'εταιρεία|ναυτιλιακή|όμιλος|مكتب|مجموعة|للمقاولات|للتجارة|للمحاسبة|مصرف|بنك|متجر|מרכז|קבוצת|בנק|חנות|ბანკი|' +
      'گروه|موسسه|مؤسسه|سازمان|بانک|فروشگاه|' +
      '商事|工業|製作所|商会|科技|集团|集團|그룹|学院|學院|फार्मास्युटिकल्स|टेक्सटाइल्स|इंडस्ट्रीज|' +
      // India's English trade words and `Pvt. Ltd.` as its other scripts spell them (printers, textiles, industries,
      // private, limited; hi, bn, ta, te, kn, ml, gu), and `institute`
      'प्रिंटर्स|संस्थान|টেক্সটাইলস|ইন্ডাস্ট্রিজ|প্রাইভেট|লিমিটেড|டெக்ஸ்டைல்ஸ்|பிரிண்டர்ஸ்|இண்டஸ்ட்ரீஸ்|பிரைவேட்|' +
      'லிமிடெட்|టెక్స్‌టైల్స్|ప్రైవేట్|లిమిటెడ్|ಪ್ರೈವೇಟ್|ಲಿಮಿಟೆಡ್|പ്രൈവറ്റ്|ലിമിറ്റഡ്|ટેક્સટાઇલ્સ|પ્રિન્ટર્સ|' +
      'ઇન્ડસ્ટ્રીઝ|પ્રાઇવેટ|લિમિટેડ|' +
      // the same kinds of organisation in other languages (universities: UNIVERSITY_WORDS)
      'institut|instituut|instituto|istituto|akademie|academy|academia|stiftung|fundación|fondation|fondazione|' +
      // an agency (es, pt, fr, it, de, nl, pl, cs, tr: `Agencia Litoral Comunicaciones`, `Agentur Nordlicht`)
      'agencia|agência|agence|agenzia|agentur|agentschap|agencja|agentura|ajans|' +
      'fundação|stichting|verein|gesellschaft|klinikum|krankenhaus|hôpital|ospedale|ziekenhuis|sjukhus|gruppe|' +
      'groupe|grupo|gruppo|groep|banque|banco|sparkasse|versicherung|assurances|seguros|werke|' +
      'ingenieure|energi|energia|énergie|consultores|' +
      // es / pt `sociedad`, `sociedade` (company) opening a firm's spelt-out kind (`Sociedade de Revisores Oficiais de Contas`)
      'sociedad|sociedade|' +
      // associations, federations, consortia and mutual societies (`Association Vergers Partagés`, `Mutuelle
      // Solidaire du Vercors`, `Stowarzyszenie …`): en/fr, es, ca, pt, it, ro, nl, sv, da/no, fi, pl, cs, hu, tr
      'association|asociación|associació|associação|associazione|asociația|vereniging|förening|forening|foreningen|' +
      'yhdistys|stowarzyszenie|spolek|sdružení|egyesület|dernek|derneği|federation|fédération|federación|federação|' +
      'federazione|consortium|consorzio|mutualidad|mutuelle|mutualité|' +
      // co-operatives (`Coopérative Agricole du Vallon`, `Cooperativa Agrícola Valle Serrano`)
      // (not English `cooperative`, an adjective in titles too: `Co-operative Education Coordinator`)
      'coopérative|cooperativa|coöperatie|kooperativ|kooperatywa|spółdzielnia|' +
      // kinds of bank written as one word; no `-bank` head, which would take Datenbank, Blutbank, Southbank
      'volksbank|raiffeisenbank|landesbank|privatbank|förderbank|hypothekenbank|genossenschaftsbank|spaarbank|sparbank|' +
      // public bodies: a municipality, a water board, a consortium of public services
      'municipality|municipalidad|municipalitat|ayuntamiento|ajuntament|prefeitura|primăria|comune|gemeente|' +
      'gemeinde|marktgemeinde|verbandsgemeinde|gemeindeverwaltung|stadtverwaltung|kommune|kommun|kunta|gmina|' +
      'mairie|municipio|município|concello|waterschap|hoogheemraadschap|consorci|consorcio|' +
      // the same in French, Czech/Slovak, Hungarian and Turkish (`Obec Horní Věžnice`, `Akçalı Belediyesi`)
      'municipalité|obec|önkormányzat|belediye|belediyesi|' +
      // pl a public office (`Urząd Gminy`, `Urząd Skarbowy`), cs/sk its office (`Městský úřad`, `Obecný úrad`)
      'urząd|úřad|úrad|' +
      // hospitals and health bodies: de/ch `Spital` (its compounds: COMPOUND_ORGANISATION_HEADS), fr `clinique(s)`, it `azienda`
      // (a health trust, `Azienda Sanitaria Locale`), pl, cs, hu, fi, nordic, es/pt, tr; `CHU` is CASED_BODY_ACRONYMS
      'spital|clinique|cliniques|azienda|szpital|nemocnice|kórház|sairaala|sykehuset|' +
      'sygehuset|sjukhuset|hospitales|hastanesi|' +
      // research bodies and academies: no, da, sv, fi (`Norsk institutt for …`), and a government's offices: an
      // embassy (en, es, pt, fr, it, de, nl), a government (`Government of …` heading a ministry's letter), Hungarian
      // `hivatal` (authority)
      'institutt|instituttet|institutet|tutkimuslaitos|embassy|embajada|embaixada|ambassade|ambasciata|botschaft|' +
      'government|hivatal|' +
      // the office a firm is named as: practices of lawyers, notaries, tax advisers (kanzlei, kancelaria, bufete,
      // solicitors) and Turkish `bürosu`, any office (`Mimarlık Bürosu`, `Seyahat Bürosu`). French `cabinet` is
      // FRENCH_PRACTICE_OPENERS: in English it is a government's (`Cabinet Secretary`) or a trade's (`Cabinet Maker`).
      'kanzlei|kancelaria|kancelář|kancelária|bufete|bürosu|solicitors|' +
      // the same office in Serbian, Croatian, Bosnian, Slovene, Bulgarian, Ukrainian and Macedonian (`Адвокатска
      // канцеларија`, `Odvjetnički ured`, `Odvetniška pisarna`, `Адвокатско дружество`, `Адвокатське бюро`)
      'канцеларија|kancelarija|pisarna|дружество|бюро|' +
      // es / pt `estudio` / `escritório` of accountants, lawyers, architects; partners as a firm's last word
      'estudio|escritório|asociados|associados|' +
      // lawyers as a firm's last word (`Méndez & Ruiz Abogados`): es, pt, fr, it, nl, de, en
      'abogados|advogados|advocats|avocats|avvocati|advocaten|rechtsanwälte|lawyers|attorneys|' +
      // research bodies: the lt, lv, cs and sk institute
      'institutas|institūts|ústav|' +
      // schools heading their letters (`Städtisches Gymnasium …`, `Basisschool De Linde`, `Scuola primaria …`): de,
      // nl, fr, es, pt, it, cs/sk, and the Dutch kinds of primary school (`OBS` public, `CBS` Christian, `RKBS`
      // Catholic)
      'gymnasium|grundschule|realschule|gesamtschule|hauptschule|volksschule|basisschool|lycée|école|escuela|colegio|' +
      'escola|scuola|liceo|gymnázium|obs|cbs|rkbs|pcbs|' +
      // the establishment a small firm is named as, opening its name in the languages that write the kind first
      // (`Bodega Cerro del Cóndor`, `Masseria Pietra Chiara`, `Panadería La Espiga`, `Weingut Rebhalde`): wineries
      // and farms, inns and restaurants, bakeries and shops, workshops and practices (es, pt, it, fr, de); an estate
      // named alone before its postcode and town is its address's first line (ESTATE_WORDS)
      'bodega|bodegas|adega|cantina|weingut|domaine|château|finca|hacienda|cortijo|masseria|agriturismo|tenuta|' +
      'fattoria|caseificio|oleificio|frantoio|hostal|pousada|albergo|locanda|trattoria|osteria|ristorante|' +
      'restaurante|auberge|gasthaus|gasthof|panadería|panaderia|pastelería|confitería|carnicería|ferretería|farmacia|' +
      'farmácia|pharmacie|apotheke|padaria|pastelaria|boulangerie|pâtisserie|boucherie|pasticceria|panificio|' +
      'macelleria|falegnameria|tipografia|imprenta|clínica|' +
      'brauerei|bäckerei|metzgerei|konditorei|druckerei|' +
      // es / pt trading firms named for what they do (`Distribuidora Agrícola del Soconusco`, `Minera Puna Alta`)
      'distribuidora|comercializadora|importadora|exportadora|minera|naviera|' +
      // public offices: an authority, a secretariat (a department's word too, yet a government office's name as
      // often), a district's or a city's administration (de `Landratsamt`, `Magistrat`, `Stadtgemeinde`; fr
      // `Communauté de communes`); not de `Stadt` (a form's city field, a district: `Innere Stadt`)
      'authority|secretariat|landratsamt|magistrat|stadtgemeinde|communauté|kementerian|comhairle|' +
      // a practice (de `Praxis für Logopädie`), a company (fr, it: `Société Alpine de …`), a centre (sr/mk, tg/uz;
      // not pl/cs/sk `centrum`, an address's district as often), an agency (sk), a foundation (ru/ky), an institution
      // (hi/mr), a centre and an association (am), a company (ta); not vi `trường` (school), a given name's and a
      // street's word as often
      'praxis|société|società|центар|маркази|agentúra|фонд|фонду|संस्था|ማዕከል|ማኅበር|நிறுவனம்|' +
      '株式会社|有限公司|集团',
  ),
]);

/**
 * Kinds of organisation that close a firm's name in a script without spaces, where no legal form may follow
 * (`北京华辰律师事务所`, `누리솔루션`, `山田法律事務所`): law and accounting practices, offices, banks, hospitals,
 * clinics, studios, associations, foundations, co-operatives and the trades small firms are named after (not `테크`:
 * `핀테크` is an industry), in Chinese (simplified and traditional), Japanese and Korean. Looked for at a word's end only: inside a word they name a department's field (`设计部`).
 */
export const CASELESS_ORGANISATION_ENDINGS = [
  // zh
  '事务所',
  '事務所',
  '律师所',
  '银行',
  '銀行',
  '医院',
  '醫院',
  '诊所',
  '診所',
  '工作室',
  '研究院',
  '实业',
  '實業',
  '贸易',
  '貿易',
  '商行',
  '工作坊',
  '烘焙坊',
  '餐厅',
  '餐廳',
  '协会',
  '協會',
  '基金会',
  '基金會',
  '合作社',
  // ja
  'クリニック',
  '協会',
  '商店',
  '工務店',
  '病院',
  '物産',
  '産業',
  '建設',
  '電機',
  // ko
  '사무소',
  '협회',
  '재단',
  '법인',
  '병원',
  '은행',
  '솔루션',
  '시스템',
  '전자',
  '건설',
  '산업',
  '물산',
  '상사',
  '제약',
  '화학',
  '에너지',
  '엔지니어링',
  '컨설팅',
];

/**
 * Kinds of organisation that open its name in Thai, which writes the kind first and no space after it
 * (`โรงพยาบาลศูนย์…`: a regional hospital): hospital, school, institute, ministry, municipality, foundation,
 * association, bank. Looked for at a word's start only.
 */
export const CASELESS_ORGANISATION_OPENINGS = [
  'โรงพยาบาล',
  'โรงเรียน',
  'สถาบัน',
  'กระทรวง',
  'เทศบาล',
  'มูลนิธิ',
  'สมาคม',
  'ธนาคาร',
];

/** Compounds on an office head that name a kind of office, not a firm (head office, post office), lower case. */
export const OFFICE_KIND_COMPOUNDS = set('hoofdkantoor|postkantoor|hovedkontor|huvudkontor|hovedkontoret|postkontor');

/**
 * French words that open a practice's name before `de`, `du`, `des` or `d'` (`Cabinet d'avocats Roux`,
 * `CABINET DE LA FONTAINE`), lower case: an English title opens with them too (`Cabinet Secretary`).
 */
export const FRENCH_PRACTICE_OPENERS = set('cabinet');
/** The French `of` after such an opener (`d'` elided onto the next word). */
export const FRENCH_OF = set("de|du|des|d'|d’");

/**
 * Organisation words that head compounds in languages that write compounds as one word (German, Dutch,
 * Scandinavian; English `-works`): `Universitätsklinikum`, `Stadtwerke`, `Streekziekenhuis`, `Kelpworks`.
 */
export const COMPOUND_ORGANISATION_HEADS: readonly string[] = (
  'works|werke|klinikum|krankenhaus|ziekenhuis|sjukhus|sykehus|sygehus|hochschule|universität|institut|spital|' +
  'hospitalet|' +
  'instituut|akademie|stiftung|gesellschaft|genossenschaft|verband|versicherung|sparkasse|kanzlei|byrå|kontor|' +
  'kantoor|toimisto|büro|bureau|praxis|rösterei'
).split('|');
/** Organisation heads that are also family names (French `Bureau`): a hyphen to one joins a double surname (`Dupont-Bureau`). */
export const ORGANISATION_HEADS_ALSO_SURNAMES = set('bureau|büro');

/**
 * Words a public body's name opens with before `of` (`Town of Fairhaven`, `Department of Regional Futures`,
 * `Gobierno de Chile`, `Ville de Laval`), lower case: a town, city, county, borough, district, region, state,
 * province, government, ministry or government department.
 */
export const PUBLIC_BODY_OPENERS = set(
  'town|city|county|borough|village|township|district|region|state|province|government|commonwealth|department|' +
    'ministry|ville|gouvernement|gobierno|governo|provincia|província|región|regione|ciudad|cidade|comune|municipio|' +
    'município|ayuntamiento|département',
);

/** Fields a title names (`Director, Strategic Accounts`, `Leiter Vertrieb`), lower case, in several languages. */
export const DEPARTMENT_WORDS = set(
  'sales|marketing|engineering|operations|finance|accounts|accounting|product|platform|platforms|research|legal|' +
    'compliance|procurement|purchasing|hr|people|talent|recruiting|it|infrastructure|support|customer|success|' +
    'partnerships|business|development|strategy|communications|supply|chain|quality|growth|emea|apac|americas|' +
    'latam|nordics|dach|strategic|enterprise|key|channel|retail|wholesale|export|treasury|tax|risk|audit|' +
    'admissions|relations|resources|safety|affairs|division|team|department|advisory|logistics|sustainability|' +
    'office|unit|section|directorate|secretariat|reception|banking|practice|' +
    // the sector a title covers (`Agente di commercio – Settore vini`): it, fr, es/en, pt, de, pl/nordic
    'settore|secteur|sector|setor|bereich|sektor|' +
    'logística|logistica|logistik|logistique|' +
    'abteilung|afdeling|afdelingen|avdelning|dipartimento|departamento|' +
    'vertrieb|einkauf|personal|buchhaltung|entwicklung|ventes|achats|ventas|compras|vendas|finanzas|finanças|' +
    'vendite|acquisti|verkoop|inkoop|försäljning|salg|myynti|营销|销售|财务|采购|営業|経理|総務|人事|영업|재무|' +
    '개발팀|영업팀|인사팀|본부|本部|' +
    'बिक्री|विपणन|वित्त|खरीद|ฝ่าย|المبيعات|المشتريات|التسويق|المالية|מכירות|רכש|продаж|продажам|закупок|' +
    'экспорта|експорту|розвитку|бізнесу|kinh doanh|phòng|' +
    // he: a division, a department (and its construct form), as a municipality's or a firm's (`אגף התשתיות`)
    'אגף|מחלקה|מחלקת|' +
    // fa: section, unit, sales, finance, commerce
    'بخش|واحد|فروش|مالی|بازرگانی|' +
    // en / de / fr / es / pt / it / nl / nordic / pl / ca: the same fields of a firm's work
    'dispatch|scheduling|fulfilment|fulfillment|maintenance|facilities|administration|payroll|billing|training|' +
    'projects|planning|governance|editorial|management|services|programs|program|programme|' +
    'disposition|auftragsabwicklung|kundenservice|kundendienst|innendienst|außendienst|produktion|fertigung|' +
    'qualitätssicherung|qualitätsmanagement|controlling|rechnungswesen|finanzbuchhaltung|finanzen|verwaltung|' +
    'versand|konstruktion|forschung|beschaffung|arbeitsvorbereitung|personalwesen|kommunikation|' +
    'unternehmenskommunikation|informatik|projekte|' +
    'comptabilité|ressources|humaines|juridique|qualité|informatique|exploitation|production|projets|' +
    'contabilidad|administración|calidad|producción|exportación|importación|recursos|humanos|informática|' +
    'mantenimiento|atención|márqueting|mercadeo|comunicación|operaciones|tesorería|proyectos|' +
    'contabilidade|administração|qualidade|produção|exportação|importação|manutenção|atendimento|operações|' +
    'projetos|' +
    'tesouraria|amministrazione|contabilità|qualità|produzione|risorse|umane|progetti|informatica|' +
    'administratie|boekhouding|logistiek|productie|kwaliteit|klantenservice|financiën|personeelszaken|projecten|' +
    'inköp|ekonomi|økonomi|innkjøp|indkøb|kundeservice|kundservice|kundtjänst|asiakaspalvelu|logistikk|kvalitet|' +
    'talous|hankinta|' +
    'sprzedaż|zakupy|księgowość|logistyka|produkcja|jakość|finanse|kadry|eksport|' +
    // hu: customer service, sales, purchasing, accounting, finance, secretariat, department (`Ügyfélszolgálat`)
    'ügyfélszolgálat|értékesítés|beszerzés|könyvelés|pénzügy|titkárság|osztály|' +
    'compres|vendes|comptabilitat|administració|qualitat|producció|projectes|informàtica|' +
    // Afrikaans (`Bestuurder: Verkope en Bemarking`)
    'verkope|bemarking|aankope|finansies|hulpbronne|bedryfsielkunde|' +
    // shipping, as a delivery note names its sender's person (`Referente spedizioni:`): en, it, fr, es, pt, nl, pl, cs
    'shipping|shipments|spedizioni|spedizione|expédition|expéditions|expedición|expediciones|envíos|expedição|' +
    'expedições|expeditie|verzending|wysyłka|spedycja|expedice|' +
    // sales, purchasing and accounts where the words above lack them (ro, cs, sk, hr/sr/sl/bs, tr, lt, lv, et)
    'vânzări|achiziții|contabilitate|aprovizionare|prodej|nákup|účetnictví|predaj|účtovníctvo|prodaja|nabava|' +
    'računovodstvo|satış|muhasebe|pardavimai|pirkimai|buhalterija|pārdošana|iepirkumi|grāmatvedība|müük|' +
    'raamatupidamine|' +
    // a hotel's or a practice's reception desk (de, es, pt, fr, nl/ro, pl, cs, sk, hr/sl, sv/da, no, fi, hu, tr, it)
    'rezeption|recepción|recepção|receção|accueil|receptie|recepția|recepcja|recepce|recepcia|recepcija|' +
    'receptionen|resepsjon|vastaanotto|recepció|resepsiyon|accoglienza|' +
    // pl a ministry's or a public office's department (`Departament Kontroli`); fr `Département` opens a county's name
    'departament',
);

/**
 * Department words that head compounds in languages that write compounds as one word (German, Dutch,
 * Scandinavian, Finnish): `Ekonomiavdelningen`, `Einkaufsabteilung`, `Salgsafdelingen`, `Talousosasto`.
 */
export const COMPOUND_DEPARTMENT_HEADS: readonly string[] =
  'abteilung|afdeling|afdelingen|avdelning|avdelningen|avdeling|avdelingen|osasto'.split('|');

/**
 * Department words that also name a firm's trade: `Facilities Management`, `Private Banking` are fields,
 * `Pacific Training Group` a firm; so are the trades a small firm is named after that a title's field names as often
 * (`Planner – Garden Events`, `Supervisor, Ward Catering`).
 */
export const TRADE_DEPARTMENT_WORDS = set(
  'office|unit|training|planning|facilities|maintenance|projects|banking|events|catering|cleaning|gardening|decorating',
);

/** A business function named by its acronym (`Kierownik … | CRM | B2B`): a field beside a title, no firm's name. */
export const FUNCTION_ACRONYMS = set('crm|erp|b2b|b2c|b2g|seo|sem|ppc|ux|ui|qa|bi');

/** How a department's name ends in scripts without spaces: `海外営業部`, `総務課`, `해외영업팀`, `연구개발본부`, a firm's research lab (`자율주행연구소`, `先端材料研究所`). */
export const DEPARTMENT_ENDINGS = ['部', '课', '課', '室', '팀', '부', '연구소', '研究所'];
/** How a department's name opens in Thai, which writes the department's word first: `ฝ่ายบัญชี` (accounts), `แผนกบุคคล` (personnel). */
export const DEPARTMENT_OPENINGS = ['ฝ่าย', 'แผนก'];

const OF_WORDS = 'of|for|für|de|du|des|di|van|voor|för|af|del|della|dei|degli|delle';
/** Portuguese `of the`: also English `do` and German `das`, so an `of` only inside a role line. */
const PORTUGUESE_OF_THE = 'da|do|dos|das';

/** Small words inside role lines: `Head of Sales` (a title's field), `Smith and Sons` (a firm's name). */
export const ROLE_CONNECTORS = {
  of: set(`${OF_WORDS}|${PORTUGUESE_OF_THE}`),
  and: set('and|&|und|et|y|e|en|och|og|ja|i'),
};

/** The `of` words that join words in any text (line joins, headings, prose): no other language's words. */
export const JOINING_OF = set(OF_WORDS);

/**
 * A club's or society's officers (en, ga, cy, gd), whose mailbox passes from one holder to the next: the signer's own
 * address, but `runai.gaelbhaile@` (a club secretary's) spells no one's name.
 */
export const OFFICER_MAILBOXES = set(
  'secretary|treasurer|chairperson|runai|cisteoir|cathaoirleach|ysgrifennydd|trysorydd|cadeirydd|runaire',
);

/** Local parts that name a function, not a person. */
export const ROLE_MAILBOXES = set(
  'info|sales|support|noreply|no-reply|no_reply|donotreply|do-not-reply|do_not_reply|admin|administrator|office|' +
    'contact|contacts|hello|hi|help|helpdesk|billing|payments|accounts|accounting|invoices|invoice|receipts|receipt|finance|team|hr|jobs|careers|' +
    'recruiting|marketing|press|media|news|newsletter|notifications|notification|alerts|alert|service|services|' +
    'customerservice|customercare|care|enquiries|enquiry|inquiries|inquiry|reception|postmaster|webmaster|hostmaster|' +
    'mailer-daemon|bounce|bounces|ops|operations|it|security|legal|privacy|feedback|orders|order|bookings|booking|' +
    'reservations|events|partners|partnerships|platform|dev|root|system|auto|automated|mail|email|general|kontakt|' +
    // the general mailbox in Portuguese, Galician and Turkish (`geral@`, `xeral@`, `genel@`)
    'geral|xeral|genel|' +
    'vertrieb|bureau|contacto|ventas|info-de|team-sales|hallo|halo|bonjour|mailbox|desk|frontdesk|shop|store|' +
    'community|social|abuse|compliance|procurement|purchasing|payroll|registrar|admissions|calendar|notify|updates|' +
    'facilities|maintenance|returns|refunds|shipping|logistics|dispatch|warehouse|oss|opensource|maintainers|projects|' +
    'members|list|lists|subscriptions|donations|fundraising|volunteers|talent|hiring|recruitment|investors|ir|' +
    'editor|editors|editorial|newsroom|tips|studio|accountspayable|payables|receivables|treasury|tax|audit|ar|ap|dpo|' +
    'people|international|intl|secretariat|sekretariat|secretaria|segreteria|secretariaat|titkarsag|presse|prensa|stampa|' +
    // purchasing, accounting, sales and orders departments in other languages
    'achats|einkauf|compras|acquisti|inkoop|inkop|comptabilite|buchhaltung|contabilidad|contabilidade|contabilita|' +
    'boekhouding|facturation|rechnungen|facturacion|ventes|verkauf|vendas|vendite|verkoop|commandes|bestellungen|pedidos|' +
    // the sales department as fr, it, es and pt name it (`commercial@`, `commerciale@`, `comercial@`)
    'commercial|commerciale|comercial|' +
    // the team in other languages (es, fr/pt, pt): `equipo@`
    'equipo|equipe|equipa|' +
    // invoicing (de, sv/no/da/pl, cs, pl/cs, fi, it, es, pt/tr, nl, hu)
    'rechnung|faktura|fakturor|fakturering|fakturace|faktury|laskutus|fattura|fatture|factura|facturas|fatura|' +
    'faturas|factuur|facturen|szamla|' +
    // help, customer service, newsletters, tenders and administration in other languages
    'aide|ayuda|ajuda|aiuto|hilfe|hulp|pomoc|pomoć|podpora|napoveda|bantuan|soporte|suporte|supporto|kundenservice|kundendienst|atencion|atendimento|assistenza|destek|' +
    'lettre|boletin|nieuwsbrief|rundbrief|vergabe|contratacion|contractacio|appalti|aanbesteding|licitaciones|' +
    // a procurement office's tenders desk in more languages (en, de, pt, fr, pl, cs/sk, tr, sv, da/no, fi, hr/sl)
    'tender|tenders|ausschreibung|ausschreibungen|vergabestelle|licitacoes|concursos|marchespublics|przetargi|' +
    'przetarg|zakazky|zakazka|ihale|upphandling|udbud|anbud|hankinnat|nabava|javnanabava|' +
    // and its public-contracts and procurement desk (fr, de, es/pt, pt, nl)
    'marches|beschaffung|contratos|contratacao|aanbestedingen|' +
    'administracion|administracao|amministrazione|verwaltung|hausverwaltung|' +
    // a block of flats' or an estate's management (it, es, pt, fr, en, de): `condominio@`, `syndic@`
    'condominio|condominium|condominios|syndic|copropriete|wohnungsverwaltung|' +
    // the office in other languages (de, es, pt, it, nl, pl, nordic, fi, hu, tr, sw: `ofisi@` is a school's)
    'buero|oficina|escritorio|ufficio|kantoor|biuro|kontor|toimisto|iroda|ofis|ofisi|' +
    // the office and its chancery in the Slavic languages (hr/bs/sr, sl, pl/sk, cs): `ured@`, `pisarna@`
    'ured|pisarna|kancelaria|kancelar|' +
    // accounts and finance (sv/no/da, el romanised λογιστήριο and λογαριασμός, pl, hr/sl, pt/es/it tax office)
    'ekonomi|logistirio|logariasmos|ksiegowosc|racunovodstvo|fiscal|fiscale|' +
    // a department written in romanised Japanese: general affairs, personnel, accounts, sales (not `somu`: a
    // given name in South India, `somu@` is Somu's own)
    'soumu|jinji|keiri|eigyo|' +
    // a site's or form tool's robot sending its form's notifications (`wordpress@`, `webform@`; de, fr, es/pt, nl, pl)
    'wordpress|webform|webforms|forms|website|formular|kontaktformular|formulaire|formulario|formulier|formularz|' +
    // a hotel's reservations and a trader's export desk (en, es/pt, it, de, nl)
    'reservation|reserva|reservas|prenotazioni|reservierung|reserveringen|export|exports|exportacion|' +
    // bookings in Icelandic and Swedish (`bokanir@`, `bokning@`)
    'bokanir|bokun|bokning|bokningar|' +
    // customers and events in other languages
    'clientes|clients|kunden|klanten|clienti|klienci|kunder|zakaznici|evenements|eventos|eventi|veranstaltungen|evenementen|' +
    // conferences and their registration desks, and a mailing's readers (en, de, fr, es, pt, it, pl: `tagung@`, `anmeldung@`)
    'conference|konferenz|tagung|kongress|congress|congres|congreso|congresso|colloque|convegno|konferencja|symposium|' +
    'summit|forum|registration|anmeldung|' +
    // a meetup's or an event's sponsorship desk (en, de, fr, pl)
    'sponsor|sponsors|sponsorship|sponsoring|sponsoren|partenariat|sponsorzy|' +
    // support in the languages the help words above lack (ro/ca, pl, fi, nl, hr/sr, hu)
    'suport|wsparcie|tuki|ondersteuning|podrska|tamogatas|' +
    // webinars, seminars and workshops, and a body's annual general meeting (en, fr, es/it/pt, de/nl): `webinaires@`, `agm@`
    'webinar|webinars|webinaire|webinaires|webinario|webinarios|webinare|seminar|seminaire|seminario|workshop|agm|inscription|inscriptions|inscripciones|inscricoes|iscrizioni|reader|readers|' +
    'subscriber|subscribers|register|' +
    // contact, support, events, customer care, sales and recruitment in unaccented Vietnamese (`lienhe@`, `sukien@`)
    'lienhe|hotro|sukien|cskh|chamsockhachhang|kinhdoanh|tuyendung|' +
    // notifications and messages in other languages (ro, fr, es, pt, it, de, nl, sv, da/no, pl, cs, tr, fi, hu, hr/sr,
    // sl, id, vi): `notificari@`, `bildirim@`
    'notificari|notificare|notificaciones|notificacion|notificacoes|notificacao|notifiche|benachrichtigung|' +
    'benachrichtigungen|meldingen|meddelanden|meddelelser|meldinger|powiadomienia|upozorneni|bildirim|bildirimler|' +
    'ilmoitukset|ertesites|obavijesti|obavestenja|obvestila|pemberitahuan|thongbao|' +
    // a firm's shareholders and investors (fr, es, pt, it, de, nl, sv): `actionnaires@`, `aktionaere@`
    'actionnaires|accionistas|acionistas|azionisti|aktionaere|aktionare|aandeelhouders|aktieagare|investisseurs|' +
    'inversores|investidores|investitori|' +
    // a conference's chairs and organisers, a boardroom's calendar (not `chair@` nor `rooms@`: a judge's, a practice's own)
    'chairs|organizers|organisers|committee|boardroom|' +
    // a firm's management (fr, es, it, pt, de, nl): `direction@`, `geschaeftsleitung@`
    'direction|direccion|direzione|direcao|diretoria|geschaeftsleitung|geschaeftsfuehrung|directie|management|' +
    // a board's own mailbox (en, sv, da, no, fi, de, nl: `styrelsen@`, `vorstand@`); not the board words that are
    // surnames too (SIGNING_GROUP_WORDS: `consiglio`, `junta`)
    'board|styrelsen|bestyrelsen|styret|hallitus|vorstand|bestuur|' +
    // desks of trades and offices: an insurer's claims, a shipbroker's chartering, a court's or council's clerks, a
    // notary's office (fr `etude`), a registry (it `protocollo`), public works (fr, it), data protection (es), a
    // warehouse's goods-in, grants, alumni, an on-call rota, a contact centre, operations (tr), suppliers (it)
    'claims|chartering|clerks|etude|protocollo|travauxpublics|lavoripubblici|obraspublicas|protecciondatos|goodsin|' +
    'grants|alumni|oncall|contactcentre|contactcenter|operasyon|fornitori|' +
    // tools that mail for a team (`jira@`, `jenkins@`)
    'jira|confluence|github|gitlab|bitbucket|jenkins|bot|ci|' +
    // customer service's initials (pt/es Serviço/Servicio de Atendimento/Atención ao Cliente, pl Biuro Obsługi Klienta,
    // en `cs@` as Asian firms' desks write it), a firm's operations teams
    'sac|bok|cs|revops|devops|bizops|finops|secops|salesops|' +
    // a council's rates office, human resources in the Romance languages (`rh@`, as `hr@`), public relations (`pr@`), a
    // practice's or office's appointments desk (de, en, es, fr, nl): `rates@`, `termine@`, `citas@`
    'rates|rh|pr|termine|appointments|citas|rendezvous|afspraken|' +
    // a parish's own mailbox, alone or joined to another role word (`parishoffice@`): en, es, fr, it, de, pt, pl
    'parish|parroquia|paroisse|parrocchia|pfarramt|pfarrei|paroquia|parafia|' +
    // an orders desk in other languages (it, de, nl, fr, es, pt, pl, cs, fi, da/no, sv, tr, hr, romanised ja): `ordini@`
    'ordini|ordine|bestellung|bestelling|bestellingen|commande|pedido|encomenda|encomendas|zamowienia|zamowienie|' +
    'objednavky|objednavka|tilaukset|tilaus|bestilling|bestillinger|ordrer|siparis|narudzbe|chumon|' +
    // a greeting as a mailbox, as `hello@` (es, it, fr, sv/da/no, fi, cs/sk, tr, en); not `ola`, a given name
    'hola|ciao|salut|hej|hei|ahoj|merhaba|hey|' +
    // events and a conference's office (ca, pl genitive as in `rejestracja.konferencji@`)
    'esdeveniments|konferencji|' +
    // a conference's delegates and speakers desks (en, de, fr, es, pt, it): `delegates@`, `referenten@`
    'delegates|speakers|referenten|intervenants|ponentes|palestrantes|relatori|' +
    // a clinic's own mailbox (en, de/da/sv, no, fr, es/pt/it): `klinik@`, `clinique@`
    'clinic|klinik|klinikk|clinique|clinica|' +
    // a practice's or chambers' own mailbox (de, de-AT, fr, es, pt, pl, cs, nl, da/no): `praxis@`, `kanzlei@`, `cabinet@`
    'praxis|kanzlei|ordination|cabinet|consultorio|consultorios|gabinet|ordinace|praktijk|praksis|' +
    // the data protection officer (pl `iod`, de, fr/es/pt RGPD, en): `iod@`, `datenschutz@`
    'iod|datenschutz|dataprotection|gdpr|rgpd|dsgvo|privacidad|privacidade|' +
    // the press office (nl, pt, pl, cs, hu, fi): `pers@`, `imprensa@`, `prasa@`
    'pers|imprensa|prasa|tisk|sajto|lehdisto|' +
    // contact in other languages (pt, it, es/pt plurals, pl/cs, tr, hu): `contato@`, `iletisim@`
    'contato|contatto|contatti|contactos|contatos|kontakty|iletisim|kapcsolat|' +
    // buying (en): `purchase@`, as `purchasing@`
    'purchase|purchases|buying|' +
    // invoices, customer service, finance, personnel, sales and recruitment in pinyin (`fapiao@`, `kefu@`), and a
    // publication's submissions and editorial office (`tougao@`, `bianjibu@`)
    'fapiao|kefu|caiwu|renshi|xiaoshou|zhaopin|tougao|bianjibu|' +
    // invoices, accounts, personnel and orders in unaccented Vietnamese (`hoadon@`, `ketoan@`)
    'hoadon|ketoan|nhansu|dathang|' +
    // a shop's own mailbox (pl, es, pt, it, fr, sv/da/no, cs/sk, fi): `sklep@`, `tienda@`
    'sklep|tienda|loja|negozio|boutique|butik|obchod|kauppa|' +
    // an event and a box office (en, es/pt/it, fr, de, pl): `event@`, `tickets@`, `billetterie@`
    'event|evento|evenement|veranstaltung|wydarzenia|ticket|tickets|billetterie|entradas|bilety|' +
    // a publication's editorial office (de, es, it, pt, nl, pl, cs): `redaktion@`, `redazione@`
    'redaktion|redaccion|redazione|redacao|redactie|redakcja|redakce|' +
    // customer service and orders in Hungarian (`ugyfelszolgalat@`, `rendeles@`)
    'ugyfelszolgalat|rendeles|rendelesek|' +
    // recruitment and job applications (fr, de, es, pt, it, nl, pl, cs/sk, sv, da/no, fi, hu, tr, ro): `recrutement@`,
    // `bewerbung@`, `vacatures@`
    'recrutement|emploi|emplois|candidature|candidatures|bewerbung|bewerbungen|karriere|reclutamiento|empleo|' +
    'seleccion|recrutamento|carreiras|vagas|reclutamento|selezione|lavoro|carriere|vacatures|werving|sollicitatie|' +
    'sollicitaties|rekrutacja|kariera|nabor|rekrytering|jobb|rekruttering|rekrytointi|toborzas|allas|karrier|kariyer|' +
    'recrutare|cariere|' +
    // an orders desk in German (`auftrag@`, `auftraege@`), as `bestellung@`
    'auftrag|auftraege|auftrage|' +
    // a help or customer-service desk written as one word with its joining word (es, pt, it, fr, de): `mesadeayuda@`,
    // `atencionalcliente@`, `servizioclienti@`
    'mesadeayuda|mesadeservicio|mesadeservicios|centrodeayuda|atencionalcliente|atencioncliente|atencionclientes|' +
    'servicioalcliente|atendimentoaocliente|atendimentocliente|servicoaocliente|servizioclienti|assistenzaclienti|' +
    'serviceclient|serviceclients|serviceclientele|kundenbetreuung|' +
    // a data-protection office under its law's initials (tr KVKK, br LGPD) or its officer's name (en, de, es, it, pt, fr,
    // nl, pl): `kvkk@`, `datenschutzbeauftragter@`
    'kvkk|lgpd|privacyofficer|dataprivacy|datenschutzbeauftragter|protecciondedatos|protezionedati|protecaodedados|' +
    'protectiondesdonnees|gegevensbescherming|ochronadanych|' +
    // a school's parents' association (en, es, fr, de, nl, sv, no, fi): `pa@`, `pta@`, `ampa@`, `elternbeirat@`
    'pa|pta|pto|ampa|elternbeirat|elternrat|elternverein|ouderraad|oudervereniging|foraldraforening|' +
    'foreldreutvalg|fau|vanhempainyhdistys|' +
    // a club's or chamber's members desk (es/pt, ca, it, fr, de, nl, sv, da/no, fi, pl, cs, pt): `socios@`, `mitglieder@`
    'socios|socis|soci|membres|mitglieder|leden|medlemmar|medlemmer|jasenet|czlonkowie|clenove|associados|membership|' +
    // a body's meetings desk (en, es, pt, it, fr, de, nl, pl): `reuniones@`, `besprechungen@`
    'meetings|reuniones|reunioes|riunioni|reunions|besprechungen|vergaderingen|spotkania|' +
    // a complaints desk (cs, pl, de, es, it, pt, fr, nl, sv/da/no, en): `reklamace@`, `reclamaciones@`
    'reklamace|reklamacje|reklamacja|reklamation|reklamationen|reclamaciones|reclamos|reclami|reclamacoes|' +
    'reclamations|klachten|reklamationer|complaints|' +
    // a reception desk and a public body's mail room (de, es, pt, fr, nl, ro, cs, pl, fi): `empfang@`, `poststelle@`
    'empfang|rezeption|recepcion|recepcao|accueil|receptie|recepce|recepcja|vastaanotto|poststelle|posteingang|' +
    // newsletters and press in more languages (hu, sv, da, fi, pt, pl, lt, en): `hirlevel@`, `nyhetsbrev@`, `spauda@`
    'hirlevel|nyhetsbrev|nyhedsbrev|uutiskirje|newsletters|boletim|biuletyn|spauda|communications|comms|corpcomms|' +
    // a trade's desks: spare parts (en, de, nl, es, it), dispatching, leasing and lettings, auctions, admissions and
    // exams (en, es, pt): `parts@`, `ersatzteile@`, `leasing@`, `admisiones@`
    'parts|ersatzteile|onderdelen|recambios|ricambi|dispatching|leasing|lettings|rentals|auction|auctions|' +
    'admission|admisiones|admissoes|exam|exams|examinations|' +
    // a shipping firm's crew-management desk: `crewing@` (not its synonym `manning@`, a surname, nor the Portuguese
    // parents' association `apel@`: the whole local part is read, so `manning@firm` would be no one's)
    'crewing',
);

/**
 * What a conference or trade-fair badge prints as its holder's category (`SPEAKER`, `DELEGADO / DELEGATE`,
 * `VISITANTE PROFESIONAL`, `EXPOSANT`): en, es, pt, fr, it, de, nl, sv/da/no, pl. No name word, nor the holder's job
 * title. Not `guest`, `gast` (family names too), what also names a job alone (`Buyer`, `Partner`, `Student`,
 * `Asistente`), nor a calendar's `Organizer` label.
 */
export const BADGE_CATEGORIES = set(
  'speaker|keynote|panelist|panellist|moderator|delegate|attendee|participant|exhibitor|visitor|sponsor|press|' +
    'media|staff|crew|volunteer|vip|trade|professional|' +
    'ponente|conferenciante|delegado|delegada|participante|expositor|expositora|visitante|profesional|' +
    'prensa|patrocinador|voluntario|voluntaria|invitado|invitada|' +
    'palestrante|imprensa|convidado|convidada|profissional|' +
    'intervenant|intervenante|conférencier|conférencière|délégué|déléguée|exposant|visiteur|visiteuse|presse|' +
    'bénévole|invité|invitée|relatore|relatrice|delegato|delegata|espositore|visitatore|' +
    'partecipante|stampa|aussteller|besucher|fachbesucher|teilnehmer|teilnehmerin|' +
    'spreker|deelnemer|standhouder|bezoeker|pers|talare|deltagare|utställare|besökare|deltaker|utstiller|' +
    'prelegent|uczestnik|wystawca',
);

/**
 * An invoice's or quote's column headings that are never a name (`Description   Amount`, `Désignation   Montant`), and
 * the same in scripts without spaces between words (ja, zh-Hans, zh-Hant, ko): item, item number, specification,
 * quantity, unit, unit price, amount, subtotal, total, remarks (`品名　　数量　　単価　　金額`; ja and zh-Hant share some).
 */
/** The unit price's column as es, pt, it, fr write it after the price's or value's initial: `P. Unitario`, `V. Unitário`, `Prix unitaire`. */
const UNIT_PRICE_WORDS = 'unitario|unitaria|unitário|unitária|unitaire';
/**
 * The price's or value's initial (es, pt `P.`, `V.`) heading an item column only before a unit price's word
 * (UNIT_PRICE_WORDS): alone, a one-letter word is anyone's initial (`P. V.`, `V. IVA`).
 */
export const ITEM_COLUMN_INITIALS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  ['p', 'v'].map((initial) => [initial, set(UNIT_PRICE_WORDS)]),
);
const ITEM_COLUMN_NON_NAMES =
  'description|amount|qty|quantity|subtotal|beschreibung|bezeichnung|betrag|désignation|designation|montant|' +
  'quantité|descripción|descripcion|importe|cantidad|descrizione|importo|quantità|omschrijving|bedrag|aantal|' +
  // the unit price's column (`Prix unitaire`) and the Mexican invoice's product key (`Clave`)
  `${UNIT_PRICE_WORDS}|clave|` +
  '品名|品番|品目|規格|数量|単位|単価|金額|小計|合計|摘要|備考|规格|单位|单价|金额|小计|合计|备注|單位|單價|' +
  '數量|備註|품명|품번|규격|수량|단위|단가|금액|소계|합계|비고';

/**
 * An item table's column headings, lower case, without edge punctuation and dots (`Pos. Menge Bezeichnung Einzelpreis Gesamt`,
 * `Concepto  Cant.  Precio  Importe`): those never a name, and those a name or a title may hold too (`Price`, `Total`,
 * `Rate`, `Unit`), en, de, fr, es, pt, it, nl; then tr, pl, cs/sk, lv, lt, et, sv/da/no, fi, hu, ro, and the currency
 * codes a price column names (`Birim Fiyat (TL)`, `Cena bez PVN EUR`).
 */
export const ITEM_COLUMN_HEADINGS = set(
  ITEM_COLUMN_NON_NAMES +
    '|item|items|pos|position|unit|units|rate|price|total|net|gross|vat|tax|code|ref|sku|stock|format|pack|' +
    'menge|einheit|preis|einzelpreis|gesamtpreis|gesamt|artikel|artikelnr|gebinde|bestand|stk|netto|brutto|mwst|' +
    'qté|prix|pu|ht|ttc|réf|unité|conditionnement|' +
    'concepto|cant|precio|pvp|referencia|formato|envase|existencias|unidad|ud|uds|iva|' +
    'quantidade|qtd|preço|valor|unidade|embalagem|' +
    'qtà|prezzo|codice|um|colli|peso|confezione|giacenza|' +
    'prijs|totaal|eenheid|stuks|verpakking|voorraad|btw|' +
    'ürün|kodu|kod|adı|açıklama|miktar|birim|fiyat|fiyatı|liste|iskonto|tutar|toplam|kdv|adet|stok|' +
    'lp|nazwa|towaru|ilość|jm|cena|wartość|stawka|rabat|indeks|szt|' +
    'položka|název|množství|mj|celkem|dph|kód|popis|ks|' +
    'nr|preces|nosaukums|mērv|daudz|summa|pvn|bez|kopā|pavadinimas|kiekis|kaina|suma|pvm|vnt|nimetus|kogus|ühik|' +
    'benämning|beskrivning|beskrivelse|antal|antall|enhet|enhed|pris|belopp|beløb|beløp|moms|mva|totalt|' +
    'tuote|nimike|kuvaus|määrä|yksikkö|hinta|yhteensä|alv|' +
    'megnevezés|mennyiség|egység|egységár|ár|összeg|áfa|nettó|bruttó|cikkszám|termék|' +
    'denumire|cantitate|preț|pret|valoare|tva|cod|' +
    'eur|usd|gbp|chf|tl|try|pln|czk|huf|sek|nok|dkk|ron',
);

/**
 * A team's word as a team signs without its article (`Equipo de Soporte …`, `Zespół …`, `Команда Сервиса`): es, fr,
 * pt, pt-PT, it, pl, cs, sk, ro, ru/uk, el, ar, he, fa.
 */
export const TEAM_WORDS: readonly string[] = [
  ...set('équipe|equipo|equipe|equipa|squadra|zespół|zespol|tým|tím|команда|ομάδα|echipa|فريق|צוות|تیم'),
];

/** Non-person capitalised words that often stand alone on a line (never a name). */
export const NON_NAME_WORDS = set(
  'the|and|for|with|from|sent|subject|date|to|cc|re|fw|fwd|team|press|presse|pressestelle|pressekontakt|thanks|regards|hello|update|release|notes|note|' +
    'confirmed|great|see|join|attached|please|linkedin|twitter|email|e-mail|phone|mobile|office|fax|tel|web|website|' +
    'card|scan|pronouns|questions|reminder|meeting|agenda|call|monday|tuesday|wednesday|thursday|friday|saturday|' +
    'sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|tomorrow|' +
    'yes|no|ok|okay|sure|sounds|good|perfect|done|fixed|build|version|page|total|invoice|order|account|customer|' +
    'facilities|everyone|all|welcome|congratulations|happy|hi|hey|dear|p.s.|ps|fyi|nb|urgent|important|organizer|' +
    // a department signing (`Abteilung Einkauf`, `Ufficio Acquisti`)
    'abteilung|ufficio|departamento|département|afdeling|avdelning|' +
    // not `floor`: a Dutch given name (`Floor van Dijk`)
    'dial|pin|main|direct|cell|www|http|https|com|address|street|suite|unit|building|reply|auto-reply|' +
    'out|closed|holiday|public|new|our|your|my|his|her|their|this|that|these|those|it|is|are|was|be|will|' +
    'sorry|typos|via|about|regarding|contact|hotline|support|service|services|logo|image|banner|click|here|more|info|' +
    // a page's button asking the reader to contact the person (`Contacteer Femke`, `Contactez Anne`): the verb in nl,
    // fr, de, es / pt, it, sv
    'contacteer|contactez|kontaktieren|contacta|contatta|kontakta|' +
    // a service's desk signing in Turkish (`Müşteri Hizmetleri`, `Destek Ekibi`: customer services, support team)
    'müşteri|hizmetleri|hizmetler|destek|ekibi|ekibimiz|' +
    // a team signing without its article (TEAM_WORDS), and a service desk's words in Indonesian and Malay (`Tim
    // Layanan Pelanggan`: customer service team)
    TEAM_WORDS.join('|') +
    '|layanan|pelanggan|' +
    // a meetup's, a network's or a community's page heading (`Oslo Elixir Hackers`, `Seed Founders Circle`, `Women in Data`,
    // `Comunidad Python …`): en, de, fr, es, pt, it
    'hackers|meetup|founders|circle|community|network|collective|women|gemeinschaft|netzwerk|kollektiv|frauen|' +
    'communauté|réseau|collectif|femmes|comunidad|comunidade|comunità|colectivo|coletivo|collettivo|mujeres|mulheres|' +
    // a marketplace's or an app store's heading over its seller's or provider's details (`Anbieter`, `Tentang Penjual`:
    // about the seller): de, id/ms; German `Verkäufer` heads such a panel far more often than it titles a signature,
    // while the other languages' seller (`Vendedor`, `Vendeur`) is a title word (TITLE_WORDS)
    'anbieter|verkäufer|penjual|tentang|' +
    // and a page's information or contact heading (`Informationen zum Händler`, `Ihr Kontakt`): de, en/fr, it, es, pt,
    // pl; the de, fr and nl possessives (`Ihre Ansprechpartnerin`, `Votre contact`, `Uw contactpersoon`)
    'informationen|information|informations|informazioni|información|informação|informacje|kontakt|' +
    'ihr|ihre|unser|unsere|votre|notre|uw|' +
    // a conference, congress, summit, webinar or seminar titling its programme (`IV Konferencja …`, `Kongress …`)
    'conference|konferenz|konferencja|konferencia|conférence|conferencia|conferenza|congress|kongress|congrès|' +
    'congreso|congresso|kongres|summit|symposium|webinar|webinaire|seminar|séminaire|seminario|workshop|' +
    // a platform's heading over a message it passes on (`Mensagem de Airbnb`, `Nachricht von …`): en, pt, es, it,
    // de, fr, pl, cs, sv, da/no, fi
    'message|messages|mensagem|mensaje|messaggio|nachricht|wiadomość|zpráva|meddelande|besked|viesti|' +
    // a shop or stall heading its own page (Indonesian and Malay `Toko`, `Warung`, `Kedai`; es `Tienda`, it `Negozio`)
    'toko|warung|kedai|tienda|negozio|' +
    // a shop, an office, a caterer or a workshop heading its page (pt `Loja`, pl `Sklep`, es `Oficina`, fr `Traiteur`,
    // it `Officine`), a university's pro-rectorate (pt `Pró-Reitoria`) and a Norwegian housing co-operative
    // (`Borettslaget`)
    'loja|sklep|oficina|traiteur|officina|officine|reitoria|pró-reitoria|borettslag|borettslaget|' +
    // a job advertisement and a price list's package heading their lines (`Vacancy Notice`, id/de `Paket Keluarga`),
    // and a page's German `Über …` (about) heading
    'vacancy|announcement|paket|über|' +
    // a bookshop, a winery or a workshop heading its page or newsletter (`Librería …`, `Vinícola …`, `Atelier …`):
    // es/it, pt, fr, de, nl, sv/da/no, pl, cs; pt, cs (`bodegas`, `weingut` are COMPANY_WORDS); en/fr/de/nl
    'librería|libreria|livraria|librairie|buchhandlung|boekhandel|bokhandel|boghandel|księgarnia|knihkupectví|' +
    'vinícola|vinicola|vinařství|atelier|' +
    // a pizzeria, a brasserie, a boutique, a gallery, a car dealer, a hairdresser, an optician or a practice heading
    // its page (`Galerie …`, `Autohaus …`, `Praxis …`): it/en, fr, fr/en, de/fr, es, it, de, es
    'pizzeria|brasserie|boutique|galerie|galería|galleria|autohaus|friseur|optik|praxis|arztpraxis|zahnarztpraxis|' +
    'hostería|hosteria|' +
    // a firm's branch or a project heading its page or invitation (`Pobočka Ostrava`, `Filiale Mitte`, `Proyecto …`):
    // cs/sk, de/it, pt/es, es, de, pl; es, pt, it, de/pl/cs/sv, fr, en
    'pobočka|pobočky|filiale|filial|sucursal|niederlassung|zweigstelle|oddział|' +
    'proyecto|projeto|progetto|projekt|projet|project|' +
    // calls to action of marketing mail (`SHOP NOW`, `View Collection`)
    'shop|now|buy|subscribe|unsubscribe|download|discover|explore|learn|view|sale|offer|offers|deals|checkout|' +
    'cart|browse|catalogue|catalog|collection|newsletter|' +
    // a tracker's or a form's buttons (`Add Comment`, `Add attachment`)
    'add|comment|' +
    // a bill, a trip's receipt or a court's notice titled by its kind (`Jahresabrechnung Wasser`, `Viaje económico`,
    // `Edital de Citação`): de, nl, fr, es, it, pt, pl/cs, fi; pt, es, it; pt, es
    'rechnung|abrechnung|jahresabrechnung|factuur|facture|factura|fattura|fatura|faktura|lasku|' +
    'viagem|viaje|viaggio|edital|edicto|' +
    // a receipt, a statement, a reminder, a delivery or credit note, a bill or a booking's confirmation titled by its
    // kind (`Quittung …`, `Kontoauszug Januar`, `Bolletta Gas`): de, es, it, fr, da/no, sv, nl, pl, cs, pt; de, pt; de;
    // de; it; de
    'quittung|recibo|ricevuta|reçu|kvittering|kvitto|kwitantie|rachunek|paragon|účtenka|comprovante|boleto|' +
    'kontoauszug|extrato|mahnung|lieferschein|gutschrift|bolletta|fatture|stromrechnung|nebenkostenabrechnung|' +
    'buchungsbestätigung|reisebestätigung|bestätigung|reservierung|' +
    // teams that sign a message (`People Ops`, `The Admissions Office`)
    'people|ops|operations|hr|crew|staff|desk|dept|department|recruiting|talent|admissions|payroll|billing|' +
    'accounts|finance|marketing|sales|helpdesk|editorial|newsroom|committee|secretariat|security|receivable|payable|' +
    'comité|comite|comitato|ausschuss|' +
    // a board signing alone (`Styrelsen`, `Der Vorstand`): the Nordic, German, Dutch and Finnish words
    'styrelsen|bestyrelsen|styret|hallitus|vorstand|bestuur|' +
    // a department or the trade a firm's name ends with (`Business Development`, `Gerencia Legal`, `Balaji
    // Packaging`): en, es, pt, de. Not a trade a person's own name heads (`… Photography`).
    'development|sourcing|packaging|printing|gerencia|gerência|embalajes|embalagens|verpackung|' +
    // a government's ministries and directorates heading a letter (en, de, es, fr, it, pt, nl, cs/sk, pl, id, ro)
    'ministry|ministerium|ministerio|ministère|ministero|ministério|ministerstvo|ministerstwo|kementerian|' +
    // a municipal body heading its notice (`Câmara Municipal de …`, `Consiglio municipale`): en/pt/es, fr/it
    'municipal|municipale|' +
    'मन्त्रालय|मंत्रालय|' +
    // the state, its government or a city heading an official letter (`REPUBLIKA HRVATSKA`, `Република Србија`,
    // `ГОРОД МОСКВА`); those that are family names too are STATE_WORDS_ALSO_SURNAMES
    'republic|republik|republika|république|república|repubblica|republiek|република|республика|республіка|' +
    'рэспубліка|حكومة|جمهورية|город|місто|' +
    // ar, he, fa: the kingdom, the state, a ministry, an authority, a municipality (`المملكة الأردنية الهاشمية`,
    // `מדינת ישראל`, `وزارت …`, `עיריית חיפה`, `شهرداری تهران`)
    'المملكة|مملكة|الجمهورية|دولة|وزارة|الوزارة|هيئة|الهيئة|بلدية|البلدية|מדינת|משרד|עיריית|עירייה|' +
    'جمهوری|وزارت|شهرداری|' +
    'directorate|direktion|dirección|direção|direzione|directoraat|dyrekcja|ředitelství|direktorat|direcția|direcţia|' +
    // what a document or a campaign is titled (`BOARDING PASS`, `Spring Savings`), a ticket in other languages
    // (`Bilet elektroniczny`, `Biglietto elettronico`) and an e-ticket's electronic (`BILLET ÉLECTRONIQUE`:
    // French billet is a surname too, Jean-Luc Billet)
    'boarding|pass|ticket|itinerary|receipt|savings|minutes|bilet|billete|biglietto|bilhete|fahrkarte|' +
    'fahrschein|biljett|billett|jízdenka|lístek|lippu|electronic|électronique|electronique|electrónico|' +
    'electronico|elettronico|eletrônico|elektronisch|elektroniczny|elektronická|elektronisk|' +
    ITEM_COLUMN_NON_NAMES +
    '|' +
    // the headings over a business document's parties, side by side in a PDF's columns (`EMISOR     CLIENTE`): the
    // issuer or sender and the customer or consignee (es, pt, it, fr, de, nl, sv, da/no, pl, cs, en)
    'emisor|emitente|emittente|mittente|remitente|remetente|expéditeur|absender|afzender|avsändare|afsender|avsender|' +
    'nadawca|odesílatel|cliente|destinatario|destinatário|destinataire|empfänger|geadresseerde|consignee|' +
    // what mail systems and calendars title their own messages (`Delivery Status Notification (Failure)`)
    'delivery|status|notification|failure|undeliverable|returned|invitation|updated|cancelled|canceled|accepted|declined|' +
    // title and company words of scripts without letter case, where a capital cannot tell a name (hi, ar, he)
    'वरिष्ठ|कनिष्ठ|अधिकारी|प्रबंधक|निदेशक|अभियंता|सलाहकार|खरीद|बिक्री|विपणन|प्रमुख|सहायक|कार्यकारी|मुख्य|महाप्रबंधक|' +
    'लेखाकार|विभाग|कंपनी|लिमिटेड|प्राइवेट|प्रा|लि|समूह|उद्योग|شركة|مؤسسة|مجموعة|للمقاولات|المقاولات|مقاولات|' +
    'للتجارة|التجارية|المشاريع|مشاريع|مهندس|مهندسة|رئيس|قسم|المبيعات|التسويق|مستشار|محاسب|أخصائي|مسؤول|' +
    'نائب|المدير|العام|التنفيذي|الموارد|البشرية|إدارة|ادارة|شؤون|ذ.م.م|חברת|מנהלת|סמנכ"ל|מנכ"ל|בע"מ|ראש|צוות|מחלקת|' +
    // a body signing a notice in those scripts and Persian: a team, a board, a management, a committee, a
    // secretariat, a health fund, the company (`فريق خدمة العملاء`, `דירקטוריון החברה`, `קופת חולים …`, `تیم پشتیبانی`),
    // and the customer a bank's notice greets (`عميلنا العزيز`, our dear customer)
    'فريق|العملاء|عميلنا|عملائنا|مجلس|لجنة|اللجنة|דירקטוריון|הדירקטוריון|החברה|הנהלת|ההנהלה|הנהלה|ועד|הוועד|' +
    'מזכירות|המזכירות|קופת|تیم|پشتیبانی|مشتریان|هیئت',
);

/**
 * Words for the state or a city that are also family names (Hindi `सरकार`, government, spelling the Bengali
 * Sarkar; South Slavic `Град`, city): they head an official letter first on its line (`ГРАД НОВИ САД`) or after
 * the country's name (`नेपाल सरकार`), and end a person's name otherwise (`अमित सरकार`, `Георги Град`).
 */
export const STATE_WORDS_ALSO_SURNAMES = set('सरकार|град');

/** Company registers and tax ids (`Amtsgericht Stuttgart HRB 734512`, `R.C.S. Luxembourg B 241822`, `P.IVA …`). */
export const REGISTERS = set(
  'hrb|hra|registergericht|amtsgericht|handelsregister|firmenbuch|fn|rcs|rsac|siren|siret|rc|piva|iva|cf|kvk|cif|nif|' +
    'nipc|ust|idnr|uid|gstin|cin|abn|acn|crn|cvr|orgnr|kbo|' +
    // Polish, Czech and Slovak tax and register numbers (`NIP 525-555-41-20, KRS 0000555123`); not the
    // Romanian CUI, read lower-case as the Italian `cui` (`il numero a cui chiamarmi`) — its CIF is above
    'nip|krs|regon|ičo|dič|' +
    // the register and tax numbers of the former Yugoslavia, Bulgaria, Ukraine, Kazakhstan, Greece and Turkey
    // (`PIB: 104528371`, `ЕИК 204512345`, `ЄДРПОУ 40318275`, `ΑΦΜ 801234765`, `Mersis No`), in the
    // scripts they are written in
    'pib|пиб|mbs|jmbg|jib|embs|ембс|edb|едб|eik|еик|bulstat|булстат|єдрпоу|едрпоу|окпо|бин|иин|αφμ|γεμη|mersis',
);

/**
 * What labels a trade's or profession's licence or registration number (`Gas Safe Reg. 654321`, `Lic. No. PL 52918`,
 * `AMI 23456`, `RERA BRN: 51123`): the words licence and registration, cut short or written out, in en, es, pt, it, de,
 * nl, fr, pl, sv; and the licensing registers whose acronyms a signature gives with the number — Portugal's estate
 * agents (AMI), Dubai's brokers and offices (BRN, ORN), New Zealand's building practitioners (LBP), South Africa's
 * plumbers (PIRB), Québec's builders (RBQ), American mortgage lenders (NMLS) and California's contractors (CSLB);
 * and estate agents' regulators: California's (DRE, CalDRE, formerly BRE), Texas's (TREC) and Ontario's (RECO).
 */
export const LICENCE_LABELS = set(
  'lic|licence|license|licencia|licença|licenza|lizenz|licentie|licencja|licens|reg|regd|registration|' +
    'registro|registre|registrierung|registratie|rejestr|ami|brn|orn|lbp|pirb|rbq|nmls|cslb|dre|caldre|bre|trec|reco',
);

/**
 * Brazil's professional councils, written with the state after them (`CREA-MG 98765`, `OAB/SP 123456`): engineering,
 * medicine, veterinary, dentistry, psychology, accounting, pharmacy, nursing, architecture, physiotherapy, the bar.
 * The number is a member's registration, no postal code.
 */
export const PROFESSIONAL_COUNCILS = set('crea|crm|crmv|cro|crp|crc|crf|coren|cau|crefito|oab');

/** `DX 26401 Leeds`: a law firms' document exchange, a delivery route that is no postal address. */
export const DOCUMENT_EXCHANGES = set('dx');

/** `Durchwahl -214`: words naming a direct line, dialled as the switchboard number and an extension. */
const DIRECT_DIAL = 'durchwahl|durchw|dw|direktwahl|direkt|nebenstelle';
/**
 * The mobile's words, written out, that a CSV export's one-word column header uses too (CSV_MOBILE_WORDS): it
 * `Cellulare`, fi `Matkapuhelin`, pt-PT `Telemóvel`, cs / sk `Mobilní` / `Mobilný`, pl `Komórka`, ru / uk, el, he, ar.
 */
const SPELT_MOBILE_WORDS =
  'cellulare|matkapuhelin|telemóvel|mobilní|mobilný|komórka|мобильный|мобільний|κινητό|נייד|جوال|موبايل';
/** The telephone's words of ru / uk / bg, el, he, ar, a label's and a CSV export's header's alike. */
const NON_LATIN_PHONE_WORDS = 'телефон|тел|τηλέφωνο|τηλ|טלפון|هاتف';

/**
 * Value-added-tax ids' labels, whose digits a country letter pair may part (`BTW BE 0455.501.420`, `TVA FR 12 …`);
 * not `DDS` nor `GST`, a dentist's degree and a time zone (`Jane Roe, DDS, cell …`, `9–6 GST, +971 …`).
 */
export const VAT_LABELS = set('vat|btw|tva|mwst|mva|alv|kdv|pdv|áfa|pvm|pvn|kmkr|ddv|φπα');

/**
 * Label characters the traditional Han script writes (Hong Kong, Taiwan) → their simplified forms, in which a
 * number's label is read against PHONE_LABELS: `傳真` as `传真` (fax), `手機` as `手机` (mobile).
 */
export const TRADITIONAL_LABEL_CHARS = pairs('傳:传|電:电|話:话|機:机|線:线');

/** Label words before a phone number, by kind. */
export const PHONE_LABELS: Readonly<
  Record<
    | 'fax'
    | 'mobile'
    | 'work'
    | 'main'
    | 'directDial'
    | 'hotline'
    | 'skip'
    | 'secretariat'
    | 'numbered'
    | 'lineNamed'
    | 'registry',
    ReadonlySet<string>
  >
> = {
  // Québec writes the fax `Téléc.` (télécopieur), a Korean official letter `전송` (transmission), Persian `فکس`
  // with its own kāf (Arabic writes `فاكس`, Urdu `فیکس`) or `دورنگار`/`نمابر`, Thai `แฟกซ์` or `โทรสาร`; Hindi,
  // Nepali, Bengali and Tamil spell the English word or say `தொலைநகல்`. An e-fax (`eFax:`) is a fax number too.
  fax: set(
    'fax|efax|telefax|facsimile|faks|facs|ffacs|fx|f|télécopie|telecopie|télécopieur|telecopieur|téléc|telec|传真|ファクス|ファックス|팩스|전송|' +
      'פקס|فاكس|فکس|فیکس|دورنگار|نمابر|факс|φαξ|แฟกซ์|แฟ็กซ์|โทรสาร|फ़ैक्स|फैक्स|फ्याक्स|ফ্যাক্স|தொலைநகல்',
  ),
  mobile: set(
    'm|mob|mobile|cell|c|cellular|cellphone|handy|mobil|port|portable|gsm|móvil|movil|celular|cel|' +
      'gsm|kom|hp|手机|携帯|휴대폰|핸드폰|mobiel|mobiili|telemovel|whatsapp|sms|text|' +
      `моб|κιν|cep|${SPELT_MOBILE_WORDS}|มือถือ|मोबाइल|মোবাইল|கைபேசி|موبائل|` +
      // Irish (`Fón póca`: pocket phone; `soghluaiste`), Welsh (`Symudol`), Indonesian and Malay (`ponsel`, `bimbit`)
      'póca|soghluaiste|symudol|ponsel|bimbit|' +
      // a messenger reached on the mobile's number (`Viber: +977 …`, `Zalo: 09…`, `WeChat: +86 …`) and Peru's mobile
      // plans a signature labels it with (`RPC 954 …`, `RPM #…`), in capitals no reference's code
      'viber|zalo|wechat|weixin|微信|telegram|kakaotalk|rpc|rpm',
  ),
  work: set(
    't|tel|tél|telf|tfno|tlf|téléphone|telephone|phone|ph|p|o|office|direct|d|dir|desk|work|w|telefon|teléfono|telefono|telefone|' +
      '電話|电话|전화|landline|fixe|fijo|fisso|vast|kantoor|büro|buero|bureau|escritorio|voice|' +
      // `DID` (direct inward dialling): Singapore's, Malaysia's and Hong Kong's direct line
      `business|ddi|did|dl|${NON_LATIN_PHONE_WORDS}|โทร|โทรศัพท์|फ़ोन|फोन|দূরভাষ|ফোন|தொலைபேசி|فون|${DIRECT_DIAL}|` +
      // Irish (`Fón`, `Guthán`, the office `Oifig`), Welsh (`Ffôn`, `Swyddfa`), Indonesian and Malay (`Telp.`,
      // `Telepon`, the office `Kantor`, `Pejabat`)
      'fón|guthán|oifig|ffôn|ffon|swyddfa|telp|telepon|kantor|pejabat',
  ),
  main: set(
    'main|switchboard|reception|hq|headquarters|zentrale|standard|central|toll-free|tollfree|toll|general|accueil|' +
      'vermittlung|centralino|centralita',
  ),
  directDial: set(DIRECT_DIAL),
  // A hotline is a service's (toll-free or fixed) line, but on a mobile a person's own (`Hotline: +84 912 …`):
  // Chinese `热线` (`客服热线`, a customer-service one), a helpline, a customer service or call centre in one word
  // (Brazil's `SAC`, Hebrew's `מוקד`, Korean's `고객센터`); one in two words is PATTERNS.hotlinePhrase.
  hotline: set(
    'hotline|热线|客服热线|客服电话|客服专线|helpline|callcenter|callcentre|kundservice|kundtjänst|kundeservice|kundenservice|' +
      'kundendienst|klantenservice|asiakaspalvelu|infolinia|infoline|atendimento|sac|מוקד|고객센터|' +
      // a hotel's or venue's reservations desk and a firm's ethics or complaints line (`Reservations: +47 …`, `Línea
      // ética: 91 …`): en, es, pt, fr, it, de, nl, pl, hi
      'reservations|reservaciones|reservas|réservations|prenotazioni|reservierung|reserveringen|rezerwacje|' +
      'ethics|ética|etica|éthique|ethik|complaints|reclamaciones|reclamações|réclamations|reclami|beschwerden|' +
      'klachten|reklamacje|हेल्पलाइन|' +
      // a landlord's, utility's or installer's fault-report and breakdown line (`Felanmälan:`, `Störungsdienst:`,
      // `Storingsnummer:`): sv, no, da, fi, de, nl, fr
      'felanmälan|feilmelding|fejlmelding|vikailmoitus|störungsdienst|störungsmeldung|entstörung|notdienst|' +
      'storingsdienst|storingsnummer|dépannage',
  ),
  skip: set(
    'dial|dial-in|pin|conference|bridge|meeting|passcode|access|code|support|helpdesk|secretary|' +
      'pa|ea|emergency|ref|reference|order|iban|account|acc|reg|' +
      // an assistant's line (`Asst. Phone:`, `Assistentin:`), written out or cut short, in the languages of the labels above
      'assistant|asst|assistante|asistente|assistent|assistentin|assistente|assistentti|asystent|asystentka|' +
      // an invoice's number (`Laskun numero 20250611-07`, `Rechnungsnr. 2025-0611`)
      'invoice|rechnung|rechnungsnr|facture|factura|fatura|fattura|factuur|faktura|fakturanr|lasku|laskun|' +
      // a messenger's account number (`QQ：28744…`), all digits but no line to call
      'qq|icq|' +
      // a number no longer in use (`my old desk line`)
      'old|former|previous|disconnected|alte|alten|ancien|ancienne|antiguo|antigua|vecchio',
  ),
  // A secretariat's line (`Sekretariat: 0711 …`, `Secrétariat : 01 …`, `Τηλ. Γραμματείας: 210 …`): not the
  // sender's, unless the sender works in it (phones.ts worksInSecretariat).
  secretariat: set(
    'sekretariat|secretariat|secrétariat|secretaría|secretariado|segreteria|sekretariaat|sekretariát|sekretariatet|' +
      'γραμματεία|γραμματείας|секретариат',
  ),
  // `No. 2026-0318`, `Meeting ID: 312 …`, `P.O. Box 1452-20100`, `RAČUN br. 2026-0142-1` (the South Slavic `broj`),
  // `DOKLAD č. 2026-0318` (the Czech and Slovak `číslo`): short words that name the number right after them (the
  // Portuguese `no meu celular` is `in my mobile`)
  numbered: set('no|nr|id|box|postfach|apartado|br|broj|бр|број|č|čís|číslo'),
  // Skip or numbered words that, right after a line's word, only say how it is dialled or written (`Direct dial:`,
  // `Tel. No.:`, `Fax Nr.`, `Tel. č.`): the line's own label (phones.ts labelOf).
  lineNamed: set('dial|no|nr|č|čís|číslo'),
  // Registers and tax ids anywhere before a number on its line (`Amtsgericht Stuttgart HRB 734512`,
  // `R.C.S. Luxembourg B 241822`, `P.IVA 01234560967`): a company's registration, not a phone.
  registry: new Set([
    ...REGISTERS,
    ...set('capital|stammkapital|registered|registration'),
    // the word `registered` in fr, es, pt, it, de, nl (`Agent commercial immatriculé au RSAC de Lyon sous le n° …`,
    // `inscrita en el Registro …`, `iscritto all'albo al n. …`, `ingeschreven onder nummer …`)
    ...set('immatriculé|immatriculée|immatriculation|inscrita|inscrito|iscritta|iscritto|eingetragen|ingeschreven'),
    // a trade licence (`Licence RBQ : 5712-4408-01`, `Licencia municipal 2291-07`)
    ...set('licence|license|licencia|licença|licenza|lizenz|licentie'),
    ...VAT_LABELS,
    // tax numbers (`Adószám: 12345678-2-06`, `Steuernummer 21/815/08150`, `CNPJ 12.345.678/0001-90`, `ИНН 7701234567`,
    // Vietnamese `MST: 0312345678`, Indian `GSTIN: 27AABCS1234F1Z5`)
    ...set('adószám|steuernummer|cnpj|cpf|cuit|npwp|oib|rfc|инн|огрн|кпп|mst|gstin'),
    // classification codes of a tender's or a firm's trade (`CPV: 45233140-2`, `NAICS 541511`, `Code NAF 6201Z`)
    ...set('cpv|naics|unspsc|nace|naf|ape|ateco|cnae|okved|оквэд'),
    // business ids of the Nordic countries (Finland's `Y-tunnus 2876543-1`, its words `y` and `tunnus`; Sweden's and
    // Norway's organisation numbers written out; Iceland's `kennitala`) and Serbia's and Montenegro's `MB` (matični
    // broj), which a footer gives beside the tax id (`PIB: … | MB: 21736904`)
    ...set('tunnus|ytunnus|yritystunnus|organisationsnummer|organisasjonsnummer|foretaksnummer|kennitala'),
    ...set('mb|matični|maticni|матични'),
    // Israel's company and licensed-dealer numbers (`ח.פ.`, `ע.מ.`, read without their dots), Taiwan's unified business
    // number (`統一編號`, `統編`) and the Czech and Slovak payment reference (`Variabilní symbol`)
    ...set('חפ|עמ|統一編號|统一编号|統編|variabilní|variabilný'),
  ]),
};

/**
 * What a meeting's dial-in list says a call costs beside the country it is dialled from (`+1 415 … United States Toll`,
 * `+49 … Deutschland, Gebührenpflichtig`), one word each: en, de, fr, es, pt, it, nl.
 */
export const DIAL_IN_CHARGES = set(
  'toll|toll-free|tollfree|free|gebührenpflichtig|gebührenfrei|kostenlos|kostenpflichtig|payant|gratuit|' +
    'gratuito|gratuita|gratis|betaald',
);

/**
 * Mail filters' and sites' link wrappers: the query parameter holding the link they wrap
 * (`eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2F…`), on `path` when given.
 */
export const LINK_WRAPPERS: ReadonlyArray<{ host: string; path?: string; param: string }> = [
  { host: 'safelinks.protection.outlook.com', param: 'url' },
  { host: 'google.com', path: '/url', param: 'q' },
  { host: 'l.facebook.com', path: '/l.php', param: 'u' },
  { host: 'l.instagram.com', param: 'u' },
  { host: 'linkprotect.cudasvc.com', path: '/url', param: 'a' },
];

/**
 * Social networks and messengers by name, lower case: a site's `Follow us: LinkedIn | Instagram` links to the firm's
 * pages there, and the names are no firm's.
 */
export const SOCIAL_NETWORK_NAMES = set(
  'linkedin|instagram|facebook|twitter|youtube|tiktok|xing|pinterest|threads|mastodon|bluesky|snapchat|telegram|' +
    'whatsapp|wechat|weibo|vkontakte|kakaotalk|behance|dribbble|github|gitlab|vimeo|flickr|tumblr|reddit|discord|' +
    'skype|viber',
);

/**
 * Verbs asking the reader to follow a person, lower case, opening a speaker or profile page's line before a handle
 * (`Follow Amaka: @…`, `Suivez-la : @…`, `Folgen Sie mir: @…`, `Síguela: @…`, `Volg Ingrid: @…`).
 */
export const FOLLOW_VERBS = [
  'follow',
  'suivez',
  'suis',
  'folgen',
  'folge',
  'sigue',
  'sígueme',
  'síguela',
  'síguelo',
  'siga',
  'segui',
  'seguimi',
  'seguila',
  'seguilo',
  'volg',
  'følg',
  'följ',
  'obserwuj',
];

/**
 * Object pronouns for the person followed, between a follow verb and its handle (`Follow her: @…`, `Suivez-la`,
 * `Folgen Sie mir`, `Síguela`, `Volg hem`, `Følg meg`, `Obserwuj ją`): en, fr, es, pt, it, de, nl, da/no/sv, pl, lower
 * case; `us`, `nous`, `uns` (the firm's account) are not here.
 */
export const FOLLOW_OBJECT_PRONOUNS = set(
  'me|her|him|them|moi|la|le|lo|mi|sie|mir|mich|ihr|ihm|ihn|haar|hem|mij|henne|ham|hende|honom|mig|meg|mej|ją|go|mnie',
);

/** Hosts that are profiles, tools, trackers or platforms, never the sender's website. */
export const NON_WEBSITE_HOSTS = [
  'linkedin.com',
  'twitter.com',
  'x.com',
  'github.com',
  'gitlab.com',
  'facebook.com',
  'instagram.com',
  'youtube.com',
  'tiktok.com',
  'medium.com',
  'calendly.com',
  'zoom.us',
  'teams.microsoft.com',
  'bit.ly',
  'lnkd.in',
  't.co',
  'wa.me',
  'threads.net',
  'bsky.app',
  'mastodon.social',
  'goo.gl',
  'aka.ms',
  'outlook.com',
  'office.com',
  // marketplaces and booking sites relaying their users' messages (`sent through Booking.com`): the platform's, no one's own
  'airbnb.com',
  'booking.com',
  'vrbo.com',
  'expedia.com',
  'upwork.com',
  'fiverr.com',
  'malt.com',
  'malt.fr',
  'freelancer.com',
  'peopleperhour.com',
  'toptal.com',
];

/**
 * `Web:`, `Portfolio:`, `Sitio web:`: labels naming a link as the sender's site (the last word before the colon, lower
 * case): en, de, fr, es, pt, it, nl, nordic, pl, fi, tr, zh, ja, ko.
 */
export const SITE_LABEL_WORDS = set(
  'web|website|www|url|site|homepage|internet|portfolio|webseite|webbplats|hjemmeside|nettside|' +
    'verkkosivut|kotisivut|portfolyo|portafolio|portefeuille|portfólio|sitio|página|pagina|strona|www-sivut|' +
    '网站|網站|网址|網址|ウェブサイト|ホームページ|웹사이트|홈페이지',
);

/**
 * Words of a site's path that make the page one the firm publishes for everyone, not the sender's own: careers, news,
 * blog, press, events, shop, donations, reports and downloads, bookings, legal pages; lower case, en, de, fr, es, pt,
 * it, nl, nordic, pl.
 */
export const PUBLIC_PAGE_PATH_WORDS = set(
  'career|careers|job|jobs|vacancies|hiring|apply|karriere|stellen|stellenangebote|jobbs|jobb|vacatures|werken|' +
    'emplois|emploi|carrieres|carrières|recrutement|empleo|empleos|carreras|trabaja|carreiras|vagas|lavora|' +
    'kariera|praca|' +
    'blog|blogs|news|newsroom|nyheter|nieuws|aktuelles|actualites|actualités|noticias|notizie|aktualnosci|' +
    'press|presse|prensa|imprensa|stampa|pers|media|events|event|webinar|webinars|veranstaltungen|eventos|eventi|' +
    'shop|store|tienda|loja|negozio|winkel|butik|sklep|catalog|catalogue|katalog|offers|promo|sale|' +
    'donate|give|giving|spenden|don|dons|donar|doar|dona|' +
    'report|reports|download|downloads|whitepaper|ebook|brochure|subscribe|newsletter|unsubscribe|signup|register|' +
    'book|booking|meet|meeting|meetings|go|calendar|schedule|survey|feedback|' +
    'privacy|datenschutz|impressum|legal|terms|disclaimer|cookies|login|support|help|faq',
);

/**
 * The legal and service links a site's footer lists after the firm's address (`… · 86150 Augsburg · Impressum ·
 * Datenschutz`), lower case, en, de, fr, es, pt, it, nl, sv, pl: no place closing the address.
 */
export const SITE_FOOTER_LINKS = set(
  'imprint|legal notice|legal|privacy|privacy policy|cookies|cookie policy|cookie settings|terms|terms of use|' +
    'terms and conditions|disclaimer|sitemap|accessibility|impressum|datenschutz|datenschutzerklärung|agb|' +
    'barrierefreiheit|mentions légales|confidentialité|politique de confidentialité|aviso legal|privacidad|' +
    'política de privacidad|política de cookies|política de privacidade|termos de uso|note legali|' +
    'informativa privacy|colofon|privacyverklaring|integritetspolicy|polityka prywatności',
);

/**
 * Country names the platform's CLDR data does not give (countryNames.ts has the rest): common
 * short forms, the nations of the UK, older official names, second official languages' names.
 */
export const COUNTRY_ALIASES = pairs(
  'usa:US|u.s.a.:US|u.s.:US|united states of america:US|america:US|uk:GB|u.k.:GB|england:GB|scotland:GB|' +
    'wales:GB|northern ireland:GB|great britain:GB|britain:GB|uae:AE|u.a.e.:AE|holland:NL|the netherlands:NL|' +
    'czech republic:CZ|korea:KR|republic of korea:KR|hong kong:HK|macau:MO|turkey:TR|russian federation:RU|' +
    'ivory coast:CI|swaziland:SZ|burma:MM|prc:CN|p.r. china:CN|pr china:CN|ksa:SA|us:US|éire:IE|belgique:BE|suisse:CH|svizzera:CH|' +
    'viet nam:VN|',
);

/** Large cities → country, for resolving national-format numbers when nothing else says. */
export const CITY_COUNTRIES = pairs(
  'london:GB|manchester:GB|birmingham:GB|leeds:GB|glasgow:GB|edinburgh:GB|bristol:GB|cardiff:GB|liverpool:GB|' +
    'dublin:IE|paris:FR|lyon:FR|marseille:FR|toulouse:FR|berlin:DE|münchen:DE|munich:DE|hamburg:DE|köln:DE|' +
    'frankfurt:DE|stuttgart:DE|düsseldorf:DE|madrid:ES|barcelona:ES|valencia:ES|sevilla:ES|lisboa:PT|lisbon:PT|' +
    'porto:PT|rome:IT|roma:IT|milan:IT|milano:IT|firenze:IT|florence:IT|torino:IT|amsterdam:NL|rotterdam:NL|' +
    'den haag:NL|utrecht:NL|brussels:BE|bruxelles:BE|antwerpen:BE|zürich:CH|zurich:CH|geneva:CH|genève:CH|' +
    'wien:AT|vienna:AT|stockholm:SE|göteborg:SE|oslo:NO|copenhagen:DK|københavn:DK|helsinki:FI|warsaw:PL|' +
    'warszawa:PL|kraków:PL|prague:CZ|praha:CZ|athens:GR|budapest:HU|tokyo:JP|東京:JP|osaka:JP|大阪:JP|kyoto:JP|' +
    'seoul:KR|서울:KR|busan:KR|beijing:CN|北京:CN|shanghai:CN|上海:CN|shenzhen:CN|深圳:CN|guangzhou:CN|' +
    'mumbai:IN|delhi:IN|new delhi:IN|bengaluru:IN|bangalore:IN|chennai:IN|hyderabad:IN|pune:IN|kolkata:IN|' +
    'sydney:AU|melbourne:AU|perth:AU|brisbane:AU|adelaide:AU|canberra:AU|auckland:NZ|wellington:NZ|toronto:CA|' +
    'vancouver:CA|montreal:CA|montréal:CA|mexico city:MX|ciudad de méxico:MX|são paulo:BR|sao paulo:BR|' +
    'rio de janeiro:BR|buenos aires:AR|santiago:CL|bogotá:CO|lima:PE|cairo:EG|lagos:NG|accra:GH|nairobi:KE|' +
    'johannesburg:ZA|cape town:ZA|tel aviv:IL|jerusalem:IL|dubai:AE|abu dhabi:AE|riyadh:SA|istanbul:TR|' +
    'moscow:RU|singapore:SG|hong kong:HK|taipei:TW|hanoi:VN|ha noi:VN|ho chi minh city:VN|bangkok:TH|jakarta:ID|' +
    'kuala lumpur:MY|manila:PH|karachi:PK|dhaka:BD|casablanca:MA|' +
    // capitals and large cities in their own script or spelling, and regions that name one country
    'القاهرة:EG|الجيزة:EG|الإسكندرية:EG|الرياض:SA|جدة:SA|دبي:AE|reykjavík:IS|reykjavik:IS|medellín:CO|medellin:CO|cali:CO|' +
    'antioquia:CO|cundinamarca:CO|bucurești:RO|bucuresti:RO|bucharest:RO|cluj-napoca:RO|aarhus:DK|odense:DK|' +
    'bergen:NO|trondheim:NO|malmö:SE|tbilisi:GE|kyiv:UA|київ:UA|москва:RU|казань:RU|lagos:NG|abuja:NG|' +
    'maharashtra:IN|karnataka:IN|tamil nadu:IN|telangana:IN|gujarat:IN|kerala:IN|quezon city:PH|makati:PH|' +
    'taipei:TW|台北:TW|臺北:TW|新竹:TW|台中:TW|高雄:TW|guadalajara:MX|monterrey:MX|arequipa:PE|valparaíso:CL|' +
    // the capitals of Austria's states and Switzerland's largest cities: German-speaking, so only the
    // city tells their national numbers from Germany's
    'graz:AT|linz:AT|salzburg:AT|innsbruck:AT|klagenfurt:AT|bregenz:AT|eisenstadt:AT|st. pölten:AT|' +
    'sankt pölten:AT|bern:CH|basel:CH|' +
    'lausanne:CH|luzern:CH|lugano:CH|' +
    // South Africa's large cities and towns, its provinces and their abbreviations: its firms' `(Pty) Ltd` is Australia's `Pty Ltd` in brackets
    'durban:ZA|pretoria:ZA|tshwane:ZA|sandton:ZA|gqeberha:ZA|port elizabeth:ZA|bloemfontein:ZA|stellenbosch:ZA|' +
    'pietermaritzburg:ZA|umhlanga:ZA|paarl:ZA|polokwane:ZA|mbombela:ZA|gauteng:ZA|kwazulu-natal:ZA|kzn:ZA|western cape:ZA|eastern cape:ZA|' +
    // second cities, by country (names also common words or personal names, or shared with a city of like size elsewhere, are left out)
    'christchurch:NZ|dunedin:NZ|tauranga:NZ|rotorua:NZ|palmerston north:NZ|whangarei:NZ|whangārei:NZ|' +
    'invercargill:NZ|queenstown:NZ|new plymouth:NZ|whanganui:NZ|gisborne:NZ|gold coast:AU|' +
    'geelong:AU|townsville:AU|wollongong:AU|parramatta:AU|calgary:CA|edmonton:CA|ottawa:CA|winnipeg:CA|' +
    'mississauga:CA|saskatoon:CA|galway:IE|limerick:IE|sheffield:GB|nottingham:GB|leicester:GB|' +
    'bremen:DE|hannover:DE|leipzig:DE|dresden:DE|nürnberg:DE|' +
    'nuremberg:DE|dortmund:DE|duisburg:DE|bonn:DE|mannheim:DE|karlsruhe:DE|münster:DE|augsburg:DE|' +
    'freiburg:DE|nantes:FR|strasbourg:FR|bordeaux:FR|lille:FR|rennes:FR|montpellier:FR|grenoble:FR|' +
    'bilbao:ES|bilbo:ES|donostia:ES|gasteiz:ES|málaga:ES|malaga:ES|zaragoza:ES|alicante:ES|napoli:IT|bologna:IT|genova:IT|' +
    'venezia:IT|palermo:IT|padova:IT|eindhoven:NL|groningen:NL|haarlem:NL|leiden:NL|' +
    'delft:NL|arnhem:NL|nijmegen:NL|tilburg:NL|breda:NL|gent:BE|ghent:BE|liège:BE|leuven:BE|' +
    'brugge:BE|iași:RO|iasi:RO|timișoara:RO|timisoara:RO|brașov:RO|brasov:RO|gdańsk:PL|wrocław:PL|poznań:PL|łódź:PL|katowice:PL|brno:CZ|ostrava:CZ|bratislava:SK|' +
    'brasília:BR|belo horizonte:BR|curitiba:BR|porto alegre:BR|recife:BR|fortaleza:BR|puebla:MX|' +
    'tijuana:MX|querétaro:MX|barranquilla:CO|bucaramanga:CO|mendoza:AR|viña del mar:CL|cusco:PE|' +
    // Mexico's states, which close its addresses (`Arandas, Jalisco`); not those that are surnames too (Guerrero,
    // Hidalgo, Morelos) nor Durango, a town in Spain and Colorado too
    'jalisco:MX|nuevo león:MX|nuevo leon:MX|coahuila:MX|tamaulipas:MX|chihuahua:MX|sonora:MX|sinaloa:MX|' +
    'baja california:MX|baja california sur:MX|veracruz:MX|oaxaca:MX|chiapas:MX|yucatán:MX|yucatan:MX|' +
    'quintana roo:MX|michoacán:MX|michoacan:MX|guanajuato:MX|san luis potosí:MX|san luis potosi:MX|' +
    'aguascalientes:MX|zacatecas:MX|tabasco:MX|campeche:MX|colima:MX|nayarit:MX|tlaxcala:MX|cdmx:MX|' +
    'edomex:MX|' +
    'ahmedabad:IN|jaipur:IN|lucknow:IN|noida:IN|gurugram:IN|gurgaon:IN|kochi:IN|coimbatore:IN|' +
    'chandigarh:IN|indore:IN|nagpur:IN|lahore:PK|islamabad:PK|rawalpindi:PK|chattogram:BD|colombo:LK|' +
    'ibadan:NG|port harcourt:NG|kano:NG|mombasa:KE|kisumu:KE|kumasi:GH|giza:EG|rabat:MA|' +
    'marrakech:MA|ankara:TR|izmir:TR|i̇zmir:TR|bursa:TR|antalya:TR|saint petersburg:RU|санкт-петербург:RU|' +
    'новосибирск:RU|екатеринбург:RU|yekaterinburg:RU|kharkiv:UA|lviv:UA|львів:UA|odesa:UA|одеса:UA|' +
    'đà nẵng:VN|da nang:VN|hải phòng:VN|hai phong:VN|cần thơ:VN|hà nội:VN|chiang mai:TH|phuket:TH|' +
    'penang:MY|ipoh:MY|kota kinabalu:MY|kuching:MY|selangor:MY|johor bahru:MY|petaling jaya:MY|shah alam:MY|cyberjaya:MY|surabaya:ID|bandung:ID|medan:ID|' +
    'yogyakarta:ID|semarang:ID|denpasar:ID|cebu:PH|davao:PH|taguig:PH|pasig:PH|mandaluyong:PH|' +
    'yokohama:JP|横浜:JP|nagoya:JP|名古屋:JP|sapporo:JP|fukuoka:JP|sendai:JP|incheon:KR|daegu:KR|' +
    'daejeon:KR|suwon:KR|hangzhou:CN|杭州:CN|chengdu:CN|成都:CN|wuhan:CN|nanjing:CN|广州:CN|sharjah:AE|' +
    'jeddah:SA|dammam:SA|haifa:IL|akureyri:IS|tartu:EE|tallinn:EE|vilnius:LT|kaunas:LT|rīga:LV|riga:LV|' +
    'baku:AZ|bakı:AZ|' +
    // national capitals and largest cities of countries not listed above, as their own people spell them; a name
    // that is also a given name or surname (`Sofia`, `Constanța`, `Doha`, `Amman`, `Minsk`, `Quito`), a common word, or the
    // name of another sizeable city (`Kingston`, `San José`, `San Salvador`) is left out, since a name line would
    // otherwise choose the plan its numbers are read in
    'montevideo:UY|asunción:PY|asuncion:PY|guayaquil:EC|caracas:VE|tegucigalpa:HN|managua:NI|' +
    'la habana:CU|havana:CU|dakar:SN|abidjan:CI|bamako:ML|ouagadougou:BF|niamey:NE|conakry:GN|' +
    'lomé:TG|lome:TG|cotonou:BJ|douala:CM|yaoundé:CM|yaounde:CM|libreville:GA|kinshasa:CD|brazzaville:CG|' +
    'kigali:RW|kampala:UG|addis ababa:ET|lusaka:ZM|harare:ZW|maputo:MZ|luanda:AO|windhoek:NA|gaborone:BW|' +
    'tunis:TN|algiers:DZ|antananarivo:MG|ljubljana:SI|zagreb:HR|belgrade:RS|beograd:RS|sarajevo:BA|skopje:MK|' +
    'tirana:AL|tiranë:AL|chișinău:MD|chisinau:MD|valletta:MT|nicosia:CY|' +
    'kathmandu:NP|ulaanbaatar:MN|tashkent:UZ|almaty:KZ|' +
    'astana:KZ|bishkek:KG|yerevan:AM|beirut:LB|manama:BH|kuwait city:KW|baghdad:IQ|' +
    'tehran:IR|phnom penh:KH|vientiane:LA|yangon:MM|port moresby:PG|suva:FJ|' +
    // capitals in their own Cyrillic or Devanagari (where the script alone names a neighbour: Macedonian writes
    // Serbian's `ј`, Nepali Hindi's letters), and the next cities of countries named above by their capital
    'скопје:MK|битола:MK|београд:RS|нови сад:RS|улаанбаатар:MN|алматы:KZ|астана:KZ|бишкек:KG|тошкент:UZ|' +
    'काठमाडौं:NP|काठमाडौँ:NP|पोखरा:NP|ललितपुर:NP|pokhara:NP|lalitpur:NP|biratnagar:NP|' +
    'tampere:FI|tammerfors:FI|turku:FI|åbo:FI|helsingfors:FI|espoo:FI|esbo:FI|vantaa:FI|oulu:FI|jyväskylä:FI|' +
    'kuopio:FI|ndola:ZM|kitwe:ZM|lautoka:FJ|labasa:FJ|encarnación:PY|ciudad del este:PY|quetzaltenango:GT|' +
    'ciudad de guatemala:GT|maracaibo:VE|barquisimeto:VE|maracay:VE|cochabamba:BO|santa cruz de la sierra:BO|' +
    'takoradi:GH|vadodara:IN|rajkot:IN|' +
    // Tashkent in Uzbek's Latin spelling, and English names of cities listed above in their own language
    'toshkent:UZ|gothenburg:SE|cologne:DE|seville:ES|turin:IT|genoa:IT|padua:IT|' +
    // Tanzania's largest cities, Ghana's port city, Colombia's coffee-region departments (the capital of Quindío,
    // `Armenia`, names another country), and Haifa as Israel's Russian speakers write it
    'dar es salaam:TZ|dodoma:TZ|arusha:TZ|mwanza:TZ|zanzibar:TZ|moshi:TZ|tema:GH|quindío:CO|quindio:CO|' +
    'risaralda:CO|valle del cauca:CO|хайфа:IL|' +
    // the largest cities of countries whose script other countries write too (Arabic, Persian and Urdu letters,
    // Cyrillic, Hebrew, Bengali, Tamil, Hangul, Ge'ez), as their own people write them: the script alone names no
    // country, and a national number is read in the city's. Not a name that is also a common word or a person's
    // (`عمان` unmarked is also Oman, `София` a given name, `Брест` also in France); Amman with its shadda is the city.
    // Arabic spellings also without hamza (`ابوظبي`, `اربد`), and after the conjunction or preposition Arabic joins to
    // the word (country.ts); a city two countries share (`طرابلس`) or that is a common word (`العين`) left out.
    'عمّان:JO|إربد:JO|الزرقاء:JO|بيروت:LB|دمشق:SY|حلب:SY|بغداد:IQ|البصرة:IQ|أربيل:IQ|الدوحة:QA|المنامة:BH|' +
    'مسقط:OM|صنعاء:YE|الخرطوم:SD|الرباط:MA|الدار البيضاء:MA|مراكش:MA|أبوظبي:AE|أبو ظبي:AE|الشارقة:AE|' +
    'الدمام:SA|مكة المكرمة:SA|المدينة المنورة:SA|حولي:KW|الجهراء:KW|الفروانية:KW|السالمية:KW|المحرق:BH|' +
    'صلالة:OM|ابوظبي:AE|اربد:JO|صيدا:LB|اربيل:IQ|الموصل:IQ|النجف:IQ|أم درمان:SD|طنجة:MA|وهران:DZ|قسنطينة:DZ|' +
    'صفاقس:TN|بنغازي:LY|نواكشوط:MR|رام الله:PS|نابلس:PS|الاسكندرية:EG|أسوان:EG|تهران:IR|مشهد:IR|اصفهان:IR|' +
    'شیراز:IR|تبریز:IR|کابل:AF|هرات:AF|کراچی:PK|لاہور:PK|اسلام آباد:PK|راولپنڈی:PK|فیصل آباد:PK|ملتان:PK|' +
    'پشاور:PK|پېښور:PK|کوئٹہ:PK|کندهار:AF|مزار شریف:AF|תל אביב:IL|ירושלים:IL|חיפה:IL|באר שבע:IL|פתח תקווה:IL|' +
    'минск:BY|мінск:BY|гомель:BY|гродно:BY|витебск:BY|могилёв:BY|могилев:BY|вінниця:UA|харків:UA|харьков:UA|' +
    'дніпро:UA|запоріжжя:UA|нижний новгород:RU|самара:RU|краснодар:RU|челябинск:RU|ростов-на-дону:RU|' +
    'владивосток:RU|ереван:AM|баку:AZ|тбилиси:GE|ташкент:UZ|душанбе:TJ|кишинёв:MD|кишинев:MD|пловдив:BG|' +
    'варна:BG|подгорица:ME|крагујевац:RS|дархан:MN|эрдэнэт:MN|ঢাকা:BD|চট্টগ্রাম:BD|খুলনা:BD|রাজশাহী:BD|' +
    'সিলেট:BD|কলকাতা:IN|சென்னை:IN|கோயம்புத்தூர்:IN|மதுரை:IN|கொழும்பு:LK|விராட்நகர்:NP|विराटनगर:NP|भक्तपुर:NP|' +
    'बुटवल:NP|धरान:NP|서울특별시:KR|부산:KR|부산광역시:KR|인천:KR|인천광역시:KR|대구:KR|대구광역시:KR|대전:KR|대전광역시:KR|광주광역시:KR|경기도:KR|' +
    '성남시:KR|수원시:KR|አዲስ አበባ:ET|λευκωσία:CY|λεμεσός:CY|' +
    // Latin America's states, provinces and large cities where a signature names no country and its numbers are
    // written without a country code (not a name also a surname or a city elsewhere: `Guerrero`, `Hidalgo`,
    // `Mérida`, `León`, `San José`, `Cartago`, `Trujillo`, `Cuenca`, `Quito`): Mexico, Costa Rica, Peru, Ecuador
    'jalisco:MX|nuevo león:MX|nuevo leon:MX|yucatán:MX|yucatan:MX|sonora:MX|coahuila:MX|sinaloa:MX|veracruz:MX|' +
    'oaxaca:MX|chiapas:MX|guanajuato:MX|michoacán:MX|michoacan:MX|tamaulipas:MX|quintana roo:MX|aguascalientes:MX|' +
    'san luis potosí:MX|zacatecas:MX|cancún:MX|cancun:MX|toluca:MX|saltillo:MX|hermosillo:MX|culiacán:MX|' +
    'zapopan:MX|ciudad juárez:MX|mazatlán:MX|alajuela:CR|heredia:CR|puntarenas:CR|guanacaste:CR|escazú:CR|' +
    'chiclayo:PE|piura:PE|iquitos:PE|huancayo:PE|cajamarca:PE|pichincha:EC|ambato:EC|machala:EC|' +
    // India's large cities in Devanagari, as Hindi and Marathi write them, and in English beyond the largest
    'दिल्ली:IN|नई दिल्ली:IN|मुंबई:IN|लखनऊ:IN|कानपुर:IN|जयपुर:IN|पटना:IN|भोपाल:IN|इंदौर:IN|वाराणसी:IN|पुणे:IN|' +
    'नागपुर:IN|kanpur:IN|varanasi:IN|patna:IN|bhopal:IN|surat:IN|ludhiana:IN|visakhapatnam:IN|bhubaneswar:IN|' +
    'guwahati:IN|dehradun:IN|ranchi:IN|raipur:IN|amritsar:IN|thiruvananthapuram:IN|mysuru:IN|mangaluru:IN|' +
    // the next cities and states of India, Pakistan, Spain, Argentina and the Netherlands, whose national numbers a
    // signature there writes without a calling code (not a name also a surname, a word or a city elsewhere: `Agra`,
    // `Hyderabad`, `Punjab`, `Salamanca`, `Granada`, `Toledo`, `Córdoba`, `Santander`, `Rosario`, `Santa Fe`, `Paraná`)
    'jabalpur:IN|gwalior:IN|jodhpur:IN|udaipur:IN|meerut:IN|nashik:IN|madurai:IN|vijayawada:IN|jamshedpur:IN|' +
    'prayagraj:IN|allahabad:IN|kozhikode:IN|thrissur:IN|tiruchirappalli:IN|srinagar:IN|madhya pradesh:IN|' +
    'uttar pradesh:IN|west bengal:IN|rajasthan:IN|odisha:IN|bihar:IN|' +
    'sialkot:PK|faisalabad:PK|multan:PK|peshawar:PK|quetta:PK|gujranwala:PK|sargodha:PK|bahawalpur:PK|sukkur:PK|' +
    'abbottabad:PK|khyber pakhtunkhwa:PK|sindh:PK|balochistan:PK|' +
    'a coruña:ES|la coruña:ES|vigo:ES|valladolid:ES|murcia:ES|oviedo:ES|gijón:ES|pamplona:ES|ourense:ES|' +
    'pontevedra:ES|santiago de compostela:ES|las palmas de gran canaria:ES|palma de mallorca:ES|galicia:ES|' +
    'asturias:ES|cataluña:ES|catalunya:ES|andalucía:ES|euskadi:ES|castilla y león:ES|castilla-la mancha:ES|' +
    // Spain's provinces and regions as an address writes them after the town (`48015 Bilbao (Bizkaia)`), in their
    // official and bilingual spellings (not one also a surname or a city elsewhere: `Vizcaya`, `Navarra`, `Burgos`,
    // `Zaragoza`, `Guadalajara`, `Cuenca`, `Valencia`, `Soria`)
    'bizkaia:ES|gipuzkoa:ES|guipúzcoa:ES|araba:ES|álava:ES|araba/álava:ES|nafarroa:ES|vitoria-gasteiz:ES|' +
    'donostia:ES|girona:ES|lleida:ES|tarragona:ES|castelló:ES|castellón:ES|huesca:ES|teruel:ES|huelva:ES|jaén:ES|' +
    'almería:ES|albacete:ES|palencia:ES|badajoz:ES|tenerife:ES|santa cruz de tenerife:ES|alicante:ES|cantabria:ES|' +
    'extremadura:ES|illes balears:ES|comunitat valenciana:ES|comunidad valenciana:ES|comunidad de madrid:ES|' +
    'región de murcia:ES|' +
    'mar del plata:AR|bahía blanca:AR|neuquén:AR|tucumán:AR|san miguel de tucumán:AR|entre ríos:AR|' +
    'santiago del estero:AR|tierra del fuego:AR|' +
    'zwolle:NL|amersfoort:NL|apeldoorn:NL|enschede:NL|almere:NL|zaandam:NL|dordrecht:NL|leeuwarden:NL|' +
    'maastricht:NL|den bosch:NL|' +
    // the Maghreb's large cities as French writes them, whose national numbers (`05 22 …`, `06 70 …`) France's plan
    // reads too under a French label (not a name also a given name or a word: `Constantine`, `Salé`), and
    // Indonesia's islands and cities that close its addresses
    'fès:MA|fes:MA|tanger:MA|tangier:MA|agadir:MA|meknès:MA|meknes:MA|oujda:MA|kénitra:MA|kenitra:MA|tétouan:MA|' +
    'tetouan:MA|nador:MA|el jadida:MA|béni mellal:MA|mohammedia:MA|alger:DZ|oran:DZ|annaba:DZ|blida:DZ|sétif:DZ|' +
    'setif:DZ|tlemcen:DZ|béjaïa:DZ|bejaia:DZ|sfax:TN|sousse:TN|bizerte:TN|gabès:TN|gabes:TN|kairouan:TN|' +
    'bali:ID|makassar:ID|palembang:ID|batam:ID|balikpapan:ID|pekanbaru:ID|lombok:ID|' +
    // the next cities of Central, Southeastern, Northern Europe and the Baltics, as their own people write them, whose
    // national numbers (`02 300 12 34` in Maribor) a signature writes without a calling code (not a name also a word,
    // a given name or a city elsewhere: `Split`, `Koper`, `Lund`, `Cork`, `Суми`, `Tuzla`)
    'maribor:SI|celje:SI|kranj:SI|novo mesto:SI|velenje:SI|ptuj:SI|rijeka:HR|osijek:HR|zadar:HR|varaždin:HR|' +
    'dubrovnik:HR|šibenik:HR|novi sad:RS|kragujevac:RS|subotica:RS|суботица:RS|banja luka:BA|' +
    'бања лука:BA|mostar:BA|plovdiv:BG|burgas:BG|бургас:BG|русе:BG|стара загора:BG|плевен:BG|' +
    'košice:SK|kosice:SK|žilina:SK|prešov:SK|nitra:SK|banská bystrica:SK|trnava:SK|plzeň:CZ|plzen:CZ|olomouc:CZ|' +
    'liberec:CZ|české budějovice:CZ|hradec králové:CZ|pardubice:CZ|pärnu:EE|narva:EE|daugavpils:LV|liepāja:LV|' +
    'klaipėda:LT|šiauliai:LT|ужгород:UA|чернівці:UA|тернопіль:UA|полтава:UA|житомир:UA|чернігів:UA|луцьк:UA|' +
    'рівне:UA|миколаїв:UA|івано-франківськ:UA|uppsala:SE|västerås:SE|örebro:SE|linköping:SE|helsingborg:SE|' +
    'jönköping:SE|norrköping:SE|umeå:SE|waterford:IE|kilkenny:IE|sligo:IE|gaillimh:IE|baile átha cliath:IE|' +
    'corcaigh:IE|luimneach:IE|sabadell:ES|terrassa:ES|badalona:ES|manresa:ES|' +
    // the next towns of the English-speaking countries whose signatures write their national numbers bare (`Midrand`
    // over `Tel: 011 …`, `Tralee` under `087 …`): South Africa's, New Zealand's, Ireland's, Kenya's and Australia's
    // (not a name also a surname, a word, a street or a town elsewhere: `Ennis`, `Bray`, `Swords`, `Wexford`, `Napier`,
    // `Hamilton`, `Newcastle`, `Darwin`, `Westville`)
    'midrand:ZA|centurion:ZA|randburg:ZA|roodepoort:ZA|benoni:ZA|boksburg:ZA|germiston:ZA|kempton park:ZA|' +
    'krugersdorp:ZA|vereeniging:ZA|rustenburg:ZA|potchefstroom:ZA|mthatha:ZA|knysna:ZA|somerset west:ZA|' +
    'durbanville:ZA|ballito:ZA|pinetown:ZA|edenvale:ZA|fourways:ZA|soweto:ZA|tembisa:ZA|nelspruit:ZA|' +
    'emalahleni:ZA|upington:ZA|hermanus:ZA|richards bay:ZA|lower hutt:NZ|upper hutt:NZ|porirua:NZ|whakatāne:NZ|' +
    'whakatane:NZ|taupō:NZ|taupo:NZ|timaru:NZ|ōamaru:NZ|oamaru:NZ|masterton:NZ|pukekohe:NZ|manukau:NZ|' +
    'takapuna:NZ|wicklow:IE|drogheda:IE|dundalk:IE|athlone:IE|tralee:IE|letterkenny:IE|navan:IE|' +
    'naas:IE|carlow:IE|tullamore:IE|portlaoise:IE|mullingar:IE|castlebar:IE|clonmel:IE|' +
    'maynooth:IE|dún laoghaire:IE|dun laoghaire:IE|tallaght:IE|' +
    // New Zealand's regions and Ireland's counties whose names no other country's place writes, an Irish county also as
    // its `Co.` or `County` writes it (`Co. Cork`: Cork alone is a word)
    'bay of plenty:NZ|waikato:NZ|taranaki:NZ|otago:NZ|manawatū:NZ|manawatu:NZ|donegal:IE|tipperary:IE|kildare:IE|' +
    'westmeath:IE|co cork:IE|county cork:IE|co kerry:IE|county kerry:IE|co mayo:IE|county mayo:IE|co clare:IE|' +
    'county clare:IE|co wexford:IE|county wexford:IE|nakuru:KE|eldoret:KE|thika:KE|machakos:KE|' +
    'nyeri:KE|kericho:KE|malindi:KE|kitale:KE|naivasha:KE|nanyuki:KE|kakamega:KE|hobart:AU|ballarat:AU|' +
    'bendigo:AU|toowoomba:AU|sunshine coast:AU|rockhampton:AU|bundaberg:AU|wagga wagga:AU|mildura:AU|' +
    'dandenong:AU|fremantle:AU|joondalup:AU',
);

/** Legal forms and labels that imply a country (for national-format phone numbers). */
export const COUNTRY_HINT_WORDS = pairs(
  'gmbh:DE|ag:DE|kg:DE|e.v.:DE|telefon:DE|handy:DE|sas:FR|sarl:FR|s.a.r.l.:FR|tél:FR|tél.:FR|' +
    'port.:FR|portable:FR|plc:GB|ltd:GB|pty:AU|b.v.:NL|bv:NL|n.v.:NL|mobiel:NL|s.l.:ES|móvil:ES|teléfono:ES|ltda:BR|ltda.:BR|' +
    'celular:BR|s.r.l.:IT|s.p.a.:IT|ab:SE|oy:FI|oyj:FI|ry:FI|r.y.:FI|as:NO|a/s:DK|s.r.o.:CZ|sp.:PL|' +
    'k.k.:JP|kk:JP|株式会社:JP|有限公司:CN|주식회사:KR|pvt.:IN|pvt:IN|' +
    // legal forms of one country, and phone labels only its language writes
    'aps:DK|ehf.:IS|ehf:IS|hf.:IS|sími:IS|s.a.c.:PE|sac:PE|e.i.r.l.:PE|sdn:MY|bhd:MY|bhd.:MY|kft.:HU|kft:HU|' +
    'zrt.:HU|ооо:RU|телефон:RU|тел.:RU|lda.:PT|lda:PT|telm.:PT|tlm.:PT|telemóvel:PT|gstin:IN|pbx:CO|' +
    'tlf.:DK|tlf:DK|mòbil:ES|' +
    // address words only one country writes: the Philippines' barangay, Sri Lanka's mawatha, Latvian,
    // Lithuanian, Estonian, Azerbaijani and Basque street types, Vietnam's industrial zone and ward
    'brgy.:PH|brgy:PH|barangay:PH|mawatha:LK|iela:LV|gatvė:LT|tänav:EE|küç.:AZ|küçəsi:AZ|kcn:VN|phường:VN|kalea:ES|' +
    // German legal forms beside the GmbH and AG
    'ggmbh:DE|ohg:DE|gbr:DE|kgaa:DE|e.k.:DE|aör:DE|' +
    // South Africa's private company, its `Pty` in brackets (Australia's `Pty Ltd` has none), and in
    // Afrikaans (`(Edms) Bpk`)
    '(pty):ZA|(edms):ZA|bpk:ZA|bpk.:ZA|' +
    // registers a profession's member quotes in one country: South Africa's health professions, plumbers and property
    // practitioners, Ireland's veterinary degree and electrical contractors, New Zealand's real-estate agents' licence
    'hpcsa:ZA|pirb:ZA|ppra:ZA|eaab:ZA|mvb:IE|reci:IE|reaa:NZ|' +
    // legal forms only one country's law has: Mexico's `S.A. de C.V.` (and `S. de R.L. de C.V.`), Bulgaria's
    // sole-owner and limited companies, Peru's open corporation, Brazil's individual limited company, Estonia's
    // private company, North Macedonia's one-member company, Mongolia's limited company, Albania's limited
    // company, Indonesia's listed company, Vietnam's limited company. Not Lithuania's `UAB`: universities write it
    // too (`Departament de Química, UAB` in Barcelona, Birmingham's in Alabama).
    'de c.v.:MX|de cv:MX|дооел:MK|dooel:MK|ххк:MN|sh.p.k.:AL|shpk:AL|еоод:BG|оод:BG|eood:BG|ood:BG|s.a.a.:PE|eireli:BR|oü:EE|tbk:ID|tbk.:ID|tnhh:VN|' +
    // phone labels and office words only one country's language writes: Sweden's switchboard (`Växel`) and
    // municipality (`kommun`; Danish and Norwegian write `kommune`), Switzerland's mobile (`Natel`), and
    // Uzbekistan's limited company (`MChJ`)
    'växel:SE|kommun:SE|natel:CH|mchj:UZ|' +
    // Norway's switchboard (`Sentralbord`; Danish writes `omstilling`) and department (`Avdeling`; Danish `afdeling`,
    // Swedish `avdelning`), beside the `Tlf.` both write
    'sentralbord:NO|avdeling:NO|' +
    // phone labels of Irish (`Fón póca`), Welsh (`Ffôn`, `Symudol`) and Indonesian (`Telp.`, `Telepon`, `Ponsel`),
    // and Indonesia's street (`Jl.`, Jalan: Malaysia writes `Jln`)
    'fón:IE|guthán:IE|póca:IE|soghluaiste:IE|ffôn:GB|symudol:GB|telp.:ID|telp:ID|telepon:ID|ponsel:ID|jl.:ID|' +
    // the Dutch municipality (`Gemeente Oostervaart`) and address labels (`Bezoekadres`, `Postadres`), written in
    // Flanders too: a hint of the language
    'gemeente:NL|bezoekadres:NL|postadres:NL|vestigingsadres:NL|factuuradres:NL|afleveradres:NL|correspondentieadres:NL|' +
    // Italian form and phone labels (surname, company, role, mobile), written in Ticino too: a hint of the language
    'cognome:IT|azienda:IT|ruolo:IT|cellulare:IT|' +
    // British English's direct line (`DDI`), written across the Commonwealth: a hint of the language, whose other
    // countries' plans are read too (`DDI 09 377 …`, Auckland's)
    'ddi:GB|' +
    // Israel's limited company (`בע"מ`, its gershayim as a quote, a gershayim or left out)
    'בע"מ:IL|בע״מ:IL|בעמ:IL|' +
    // Singapore's private company (`Pte Ltd`, `Pte. Ltd.`): its `Ltd` alone is any common-law country's
    'pte:SG|pte.:SG|' +
    // the pilgrim's honorific before a name (`Alhaji Musa Bello`, `Alhaja`), written most in Nigeria: a hint whose
    // English-speaking neighbours are its kin
    'alhaji:NG|alhaja:NG|alh.:NG',
);

/**
 * COUNTRY_HINT_WORDS that are everyday words in lower case: English `as`, German `ab` (from), Irish `ag` (at), the
 * unit `kg`, Romanian `reci` (cold). As legal forms and registers they are written in capitals (`Nordlys AS`, `Berg
 * AB`, `Huber AG`, `Huber GmbH & Co. KG`, `RECI`).
 */
export const HINT_WORDS_IN_CAPITALS = set('as|ab|ag|kg|reci');

/** Sign-off language → country, a weak hint for national-format numbers. */
export const VALEDICTION_COUNTRIES = pairs(
  'mit freundlichen grüßen:DE|freundliche grüße:DE|viele grüße:DE|beste grüße:DE|met vriendelijke groet:NL|' +
    'cordialement:FR|bien cordialement:FR|bien à vous:FR|un saludo:ES|saludos:ES|atentamente:ES|abraços:BR|' +
    'atenciosamente:BR|com os melhores cumprimentos:PT|melhores cumprimentos:PT|cordiali saluti:IT|distinti saluti:IT|saluti:IT|grazie:IT|med vänlig hälsning:SE|med vänliga hälsningar:SE|vänliga hälsningar:SE|kiitos:FI|terveisin:FI|pozdrawiam:PL|' +
    's pozdravem:CZ|감사합니다:KR|よろしくお願いします:JP|敬具:JP|谢谢:CN|此致:CN|בברכה:IL|שלום רב:IL|تحياتي:AE|' +
    'med venlig hilsen:DK|venlig hilsen:DK|med vennlig hilsen:NO|vennlig hilsen:NO|cu stimă:RO|cu respect:RO|' +
    'kveðja:IS|bestu kveðjur:IS|cordial saludo:CO|敬祝 商祺:TW|商祺:TW|' +
    // the other sign-offs VALEDICTIONS lists in these languages (their other countries are the language's kin)
    'saludos cordiales:ES|un cordial saludo:ES|cordiales saludos:ES|un abrazo:ES|abrazos:ES|' +
    'met vriendelijke groeten:NL|vriendelijke groet:NL|vriendelijke groeten:NL|hartelijke groet:NL|' +
    'liebe grüße:DE|herzliche grüße:DE|gruß:DE|grüße:DE|schöne grüße:DE|meilleures salutations:FR|z poważaniem:PL|ystävällisin terveisin:FI|' +
    'hälsningar:SE|cumprimentos:PT|' +
    // Catalan, Slovak, Slovene, Hungarian, the Baltic languages, Turkish and Ukrainian: only a phrase one
    // language writes and one country mainly speaks (Czech shares `S úctou` with Slovak; Greek's and Russian's are
    // several countries', and their script counts)
    'salutacions:ES|salutacions cordials:ES|cordialment:ES|s pozdravom:SK|lep pozdrav:SI|' +
    // Croatian's, which Bosnian, Serbian and Montenegrin write alike: Croatia's, its kin read in their plans too
    // (LANGUAGE_ALSO_WRITTEN_IN)
    'srdačan pozdrav:HR|srdačni pozdravi:HR|lijep pozdrav:HR|s poštovanjem:HR|srdačno:HR|' +
    'lepo pozdravljeni:SI|prijazen pozdrav:SI|üdvözlettel:HU|tisztelettel:HU|' +
    'pagarbiai:LT|ar cieņu:LV|lugupidamisega:EE|parimate soovidega:EE|saygılarımla:TR|' +
    'з повагою:UA|' +
    // Swiss German never writes `ß`: its `Grüsse` is Switzerland's (Germany's and Austria's is `Grüße`)
    'freundliche grüsse:CH|mit freundlichen grüssen:CH|beste grüsse:CH|liebe grüsse:CH|viele grüsse:CH|' +
    'herzliche grüsse:CH|gruss:CH|grüsse:CH|schöne grüsse:CH|' +
    // te reo Māori sign-offs (also written without macrons: looked up without diacritics)
    'ngā mihi:NZ|ngā mihi nui:NZ|nāku noa, nā:NZ',
);

/**
 * Time zones one country keeps (`4pm NZT`, `10:00 AEST`), read only in capitals: a meeting's time is given in the
 * writer's clock. Not those several countries share or that are words or other zones too (`IST`: India, Ireland,
 * Israel; `EST`, `CET`, `BST`, `EAT`, `WAT`, `ART`).
 */
export const TIME_ZONE_COUNTRIES = pairs(
  'nzt:NZ|nzst:NZ|nzdt:NZ|aest:AU|aedt:AU|acst:AU|acdt:AU|awst:AU|jst:JP|kst:KR|sgt:SG|hkt:HK|pht:PH|wib:ID|' +
    'wita:ID|wit:ID|pkt:PK|sast:ZA|msk:RU|trt:TR|npt:NP|myt:MY|brt:BR|clt:CL|clst:CL',
);

/**
 * Greetings and thanks in a language one country mainly speaks → that country: the language the sender writes their
 * courtesies in wherever they stand (`Kia ora Bronwyn,`, `Ngiyabonga!`, `Jërëjëf Awa`), as a sign-off's names it.
 * Only phrases no widely written language shares (not `Hola`, `Ciao`, `Terima kasih`, `Hvala`, `Takk`), nor a name
 * (`Tere`).
 */
export const COURTESY_COUNTRIES = pairs(
  // te reo Māori, isiZulu, isiXhosa, Afrikaans and South African English, Wolof, Fijian, Samoan, Tongan
  'kia ora:NZ|tēnā koe:NZ|tēnā koutou:NZ|tēnā kōrua:NZ|mōrena:NZ|ka kite anō:NZ|mauri ora:NZ|' +
    // New Zealand English's `Sweet as` (fine, agreed)
    'sweet as:NZ|' +
    'sawubona:ZA|ngiyabonga:ZA|siyabonga:ZA|molweni:ZA|enkosi:ZA|dankie:ZA|baie dankie:ZA|goeie môre:ZA|howzit:ZA|' +
    'jërëjëf:SN|nanga def:SN|bula vinaka:FJ|vinaka:FJ|talofa:WS|faʻafetai:WS|fa’afetai:WS|mālō e lelei:TO|' +
    // Swahili (its other countries are its kin; not `Asante` alone, a Ghanaian surname), Twi, Igbo, Tagalog, Welsh,
    // Basque, Catalan. Not Irish: Northern Ireland's too.
    'asante sana:KE|hujambo:KE|medaase:GH|akwaaba:GH|daalụ:NG|ndewo:NG|salamat po:PH|maraming salamat:PH|' +
    'magandang umaga:PH|magandang hapon:PH|bore da:GB|' +
    'eskerrik asko:ES|kaixo:ES|moltes gràcies:ES|bon dia:ES|' +
    // Icelandic, Maltese, Luxembourgish, Estonian, Latvian, Lithuanian, Hungarian, Romanian, Czech, Slovak, Polish,
    // Turkish, Haitian Creole
    'takk fyrir:IS|góðan dag:IS|grazzi:MT|bonġu:MT|moien:LU|merci villmools:LU|aitäh:EE|paldies:LV|' +
    'labdien:LV|ačiū:LT|laba diena:LT|köszönöm:HU|jó napot:HU|mulțumesc:RO|bună ziua:RO|děkuji:CZ|dobrý den:CZ|' +
    'ďakujem:SK|dobrý deň:SK|dzień dobry:PL|dziękuję:PL|teşekkürler:TR|teşekkür ederim:TR|mèsi anpil:HT|bonjou:HT|' +
    // Austrian German's greeting, read whole before the German sign-off `Gruß` its first word spells without marks
    'grüß gott:AT',
);

/**
 * The small words of a language (pronouns, conjunctions, everyday verbs and courtesies) → the country it is mainly
 * written in: the language of the sender's own sentences (`kannst du mir kurz … schicken?`, `Se serve il mio cell è
 * …`). Only words no other language listed here or English writes alike (not `die`, `per`, `non`, `que`, `para`,
 * `con`, `mit`, `det`, `ja`, `hay`), nor a place's or name's (`Nel`, `Falls`, `Est.`; articles opening places' names count
 * in lower case only: PLACE_OPENING_ARTICLES); Danish and Norwegian share
 * theirs and are left out. Portuguese is Brazil's, its most written.
 */
/** Articles that open places' names when capitalised (`Los Angeles`, `Las Vegas`, `El Paso`): no sentence's words there. */
export const PLACE_OPENING_ARTICLES = set('el|los|las');

export const FUNCTION_WORD_COUNTRIES = pairs(
  [
    [
      'DE',
      'ich|und|nicht|für|bitte|danke|kannst|wir|ist|auch|noch|ein|eine|einen|kurz|gerne|heute|schon|habe|haben|sind|oder|aber|mir|mich|dich|uns|euch|bei|zum|zur|wird',
    ],
    [
      'IT',
      'che|sono|mio|mia|è|ciao|grazie|tutto|ho|della|questo|questa|anche|abbiamo|siamo|nella|sul|domani|oggi|buongiorno|perfetto|invio|allego|gli|molto|vorrei',
    ],
    [
      'ES',
      'gracias|muy|estoy|pero|buenas|buenos|hola|también|usted|ustedes|mañana|hoy|envío|adjunto|dejo|escribo|cualquier|quedo|cómo|qué|eso|' +
        // articles, verbs and adverbs of a chat or note no neighbouring language spells so (`el`, `puedes`, `avísame`)
        'el|los|las|puedes|puede|cuando|tengo|tienes|tiene|necesito|pues|oye|avísame|avisame|quiero|ahora|aquí|donde|mismo',
    ],
    [
      'BR',
      'não|obrigado|obrigada|você|vocês|meu|minha|estou|também|olá|muito|hoje|amanhã|fico|pelo|pela|isso|então|vou|tudo|qualquer|coisa|dúvida|gostaria|segue|seguem|abraço|abraços',
    ],
    [
      'FR',
      "je|vous|nous|avec|pour|merci|bonjour|les|des|pas|c'est|suis|sommes|votre|notre|très|aussi|demain|veuillez|j'ai|reçu",
    ],
    [
      'NL',
      'ik|het|een|niet|voor|bedankt|graag|wij|zijn|jij|hartelijk|vandaag|bijgaand|hierbij|ook|nog|maar|mijn|uw|kunt|nieuwe|blijft',
    ],
    ['PL', 'się|jest|dziękuję|dzięki|proszę|przesyłam|mój|moja|jestem|będę|że|czy|już|oraz|albo|lub'],
    ['SE', 'jag|och|är|inte|tack|också|imorgon|idag|hälsningar|för|från|gärna|vänliga|även|bästa'],
    ['FI', 'ei|kiitos|minä|olen|että|kanssa|tai|mutta|huomenna|tänään'],
    // Indonesian, which Malay shares most of (LANGUAGE_ALSO_WRITTEN_IN reads Malaysia's and Singapore's plans too)
    ['ID', 'yang|untuk|dengan|saya|kami|ini|itu|dari|sudah|akan|bisa|tidak|atau|juga|mohon|terlampir|kirim|selamat'],
    // Czech (Slovakia's plan is its kin: LANGUAGE_ALSO_WRITTEN_IN), Slovenian, Croatian (Bosnia's, Serbia's and
    // Montenegro's in the Latin script), Romanian in both its comma and cedilla spellings, Hungarian and Turkish
    ['CZ', 'jsem|jsme|jste|není|děkuji|děkujeme|díky|prosím|také|zítra|dnes|posílám|můžete|bude|nebo|dobrý|zdravím'],
    ['SI', 'lahko|tudi|jutri|danes|pošiljam|pokliči|pokličite|dosegljiv|dosegljiva|kje|zdaj|prosim|lep|če|kaj|pošljem'],
    ['HR', 'smo|danas|sutra|molim|šaljem|također|možete|javite|evo|nisam|trebam'],
    [
      'RO',
      'și|şi|pentru|mulțumesc|mulţumesc|mulțumim|mulţumim|mâine|astăzi|sunteți|sunteţi|suntem|trimit|vă|îmi|bună|numărul',
    ],
    ['HU', 'köszönöm|köszönjük|köszi|vagyok|holnap|hogy|kérem|küldöm|csak|vagy|és|üdvözlettel|szia'],
    ['TR', 'için|teşekkürler|teşekkür|yarın|bugün|benim|lütfen|merhaba|gönderiyorum|ederim|iyi|günler|değil'],
    // Swahili (Kenya's and Tanzania's), Tagalog, Vietnamese, Hindi written in Latin letters and Afrikaans; not words
    // a neighbour's language or a Chinese or Japanese name spells alike (Spanish `podemos`, Italian `hai`, French
    // `baie`, `Ang`, `Ito`, `Xin`): the text's names are read too
    ['KE', 'habari|tafadhali|karibu|kesho|wewe|kwa|niko|ndiyo|wasiliana|tarehe'],
    ['PH', 'salamat|naman|kayo|ninyo|mga|yung|natin'],
    ['VN', 'của|và|không|cảm|ơn|tôi|được|này|với|bạn|gửi|chị|chào'],
    [
      'IN',
      'hain|hoon|mera|meri|mujhe|aap|aapka|aapko|nahi|nahin|kya|bhai|haan|karo|kijiye|raha|rahi|theek|namaste|dhanyavaad|dhanyavad|shukriya',
    ],
    ['ZA', 'ek|jy|julle|dankie|asseblief|môre|goeie|groete'],
  ]
    .flatMap(([country = '', words = '']) => words.split('|').map((word) => `${word}:${country}`))
    .join('|'),
);

/**
 * A country whose sign-offs only its spelling names → the countries whose writers may spell them so too: Swiss
 * `Grüsse` is typed in Germany and Austria as well, on a keyboard without `ß`. A text only such a sign-off names
 * reads numbers none valid in the first country (`Viele Grüsse` over `Tel. 0231 555 0142`) in these, in order.
 */
export const SIGN_OFF_SPELLING_KIN: Readonly<Record<string, readonly string[]>> = { CH: ['DE', 'AT'] };

/**
 * Overseas territories with numbering plans of their own → the country they belong to, whose plan their writers' mainland
 * numbers are in: France's overseas departments and collectivities, the Netherlands' Caribbean islands, the United
 * States' and the United Kingdom's territories, Denmark's, Norway's and Finland's islands.
 */
export const TERRITORY_SOVEREIGNS: Readonly<Record<string, string>> = {
  ...Object.fromEntries('RE GP MQ GF YT MF BL PM NC PF WF'.split(' ').map((code) => [code, 'FR'])),
  ...Object.fromEntries('AW CW SX BQ'.split(' ').map((code) => [code, 'NL'])),
  ...Object.fromEntries('PR GU VI AS MP'.split(' ').map((code) => [code, 'US'])),
  ...Object.fromEntries('GG JE IM GI FK'.split(' ').map((code) => [code, 'GB'])),
  FO: 'DK',
  GL: 'DK',
  SJ: 'NO',
  AX: 'FI',
};

/**
 * A language → the countries that write it officially or in business besides their own main language (which
 * countriesSpeaking reads from CLDR): a French signature may come from Brussels, Geneva, Montréal or Algiers, whose
 * numbering plans a language's kin are tried in too.
 */
export const LANGUAGE_ALSO_WRITTEN_IN: Readonly<Record<string, readonly string[]>> = {
  fr: ['BE', 'CH', 'CA', 'DZ', 'MA', 'TN', 'LB', 'SN', 'ML', 'NE', 'TD', 'MG', 'HT', 'RW', 'BI', 'DJ', 'KM', 'MR'],
  de: ['LU', 'BE', 'IT'],
  it: ['CH'],
  sv: ['FI'],
  // Slovakia's legal forms are Czech's (`s.r.o.`, `a.s.`), read as Czech
  cs: ['SK'],
  // Croatian's sign-offs and label words are Bosnian's, Serbian's and Montenegrin's (in the Latin script)
  hr: ['BA', 'RS', 'ME'],
  en: ['IN', 'PK', 'PH', 'KE', 'GH', 'UG', 'TZ', 'MY', 'HK', 'MT', 'ZW', 'NA', 'CM', 'LK', 'BD', 'RW'],
  ru: ['KG', 'UZ', 'TJ', 'UA', 'MD'],
  zh: ['SG', 'MY'],
  ms: ['SG'],
  id: ['MY', 'SG'],
  // Tamil is no country's main language in CLDR (und-LK is Sinhala, und-IN Hindi); Bengali is Bangladesh's
  ta: ['IN', 'LK', 'SG', 'MY'],
  bn: ['IN'],
};

/**
 * Words that open a place's name after another place (`New Jersey`, `Nueva Gerona`, `Nova Scotia`, `Nouvelle-Écosse`
 * written apart): the word after one names that other place, not the country or city it spells alone.
 */
export const NEW_PLACE_WORDS = set('new|nueva|nuevo|nova|novo|nouvelle|nouveau|neu|nieuw|nieuwe|nowy|nowa');

/** Address words: a segment with one of these and a number is a street line. */
export const STREET_WORDS = set(
  'street|st|avenue|ave|av|avenida|road|rd|boulevard|blvd|lane|ln|drive|dr|way|court|ct|place|pl|square|sq|plaza|' +
    'parkway|pkwy|highway|hwy|terrace|crescent|close|row|park|walk|circle|cir|trail|alley|calle|carrera|rua|rue|via|vía|carretera|autopista|' +
    'viale|piazza|corso|strasse|straße|str|weg|gasse|platz|allee|ring|damm|laan|straat|gracht|plein|kade|vej|' +
    'gatan|ulica|ul|marg|nagar|suite|ste|unit|floor|fl|level|building|bldg|postbus|postfach|box|apartado|' +
    'chome|丁目|番地|号|quay|wharf|mews|gardens|green|grove|hill|passeig|paseo|praça|largo|cours|quai|chemin|impasse|' +
    // Latin American abbreviations: Carrera, Calle, Diagonal, Transversal, Jirón
    'cra|kra|kr|cl|cll|dg|diag|tv|transv|transversal|diagonal|jr|jirón|jiron|calzada|alameda|travessa|estrada|rodovia|' +
    // Vietnamese (district, ward, street, floor), Indian (cross road, stage, sector, plot), Russian (street, avenue, house, office)
    'quận|phường|đường|tầng|cross|stage|sector|plot|phase|ул|улица|пр|проспект|пер|переулок|шоссе|д|дом|офис|корп|' +
    // Ukrainian, Russian (embankment, boulevard, square), Turkish (avenue, street, quarter, floor), Mexican colonia,
    // Arabic (street, road, P.O. box), Hebrew (street, avenue), Hindi (plot, sector, road), Greek (street, avenue)
    'пл|площадь|вул|вулиця|просп|проспект|пров|провулок|бульв|бульвар|площа|наб|набережна|набережная|буд|оф|кв|' +
    'cad|caddesi|cadde|sok|sokak|sokağı|mah|mahallesi|bulvarı|blv|kat|col|colonia|piso|oficina|andar|bureau|' +
    // Indonesian and Malay (road, lot), towers of an office address; South Asian buildings named by their building
    // word (`Shakti Bhawan`, `Nirman Sadan`, `Rail Nilayam`, `Jeevan Nivas`), which stand for a house number
    'jl|jalan|kav|lorong|tower|bhawan|bhavan|bhavanam|sadan|nilayam|nivas|niwas|' +
    // industrial estates and zones (`Tan Thuan Export Processing Zone`, `Polígono Fuente del Jarro`), expressways and
    // bypasses (`NH Bypass, Maradu, Kochi – 682304`),
    // Russian street words transliterated (`Kosmodamianskaya nab. 52`)
    'estate|zone|zona|polígono|poligono|pol|industriepark|gewerbepark|expressway|freeway|motorway|bypass|' +
    'nab|naberezhnaya|ulitsa|prospekt|pereulok|shosse|' +
    // Russian and Ukrainian post-office boxes (`а/я 112`, `п/я 7`, `а/с 45`)
    'а/я|п/я|а/с|' +
    // post-office boxes and bags elsewhere: `Private Bag X12`, `Locked Bag 7`, `PMB 1234`, `Casilla 112`,
    // `Caixa Postal 45`, `BP 1234` (boîte postale), `Postboks 12`, `PL 42` (postilokero), `Skrytka 12`,
    // `Posbus 55` (Afrikaans), `Apdo. 112` (apartado)
    'bag|pmb|pob|casilla|caixa|bp|postboks|postilokero|skrytka|posbus|apdo|' +
    // English street types and their postal abbreviations (USPS, Australia Post)
    'esplanade|esp|parade|pde|promenade|causeway|circus|circuit|cct|cres|crt|tce|route|rte|' +
    // French, Québec and Belgian, Spanish, Portuguese and Italian street types; Spain's `C/` (calle, carrer)
    'bd|boul|allée|faubourg|fbg|passage|voie|montée|avda|pasaje|pje|camino|ronda|travesía|travesia|glorieta|c/|' +
    'callejón|callejon|urb|urbanización|urbanizacion|beco|vicolo|piazzale|strada|lungomare|' +
    // Catalan, Galician and Portuguese street types (`Carrer de Mallorca 18`, `Camí del Mas, s/n`, `Rúa Nova 9`)
    'carrer|avinguda|plaça|placa|rambla|camí|cami|travessera|passatge|rúa|camiño|camino|caminho|praceta|ladeira|' +
    // a Brazilian seafront street, named for its beach (`Praia do Flamengo, 154`)
    'praia|' +
    // German, Dutch and Scandinavian street types written as their own word
    'ufer|chaussee|markt|kai|steig|singel|dijk|dreef|steeg|gade|gata|vei|veien|vägen|allé|torv|plads|torg|' +
    // Polish, Czech, Hungarian, Romanian and South Slavic street types
    'aleja|aleje|plac|osiedle|náměstí|nám|třída|nábřeží|utca|út|útja|tér|körút|krt|köz|bulevardul|calea|' +
    'șoseaua|soseaua|splaiul|aleea|piața|piata|cesta|trg|bulevar|' +
    // Latvian (street, boulevard, avenue, dike road, square, embankment), Lithuanian and Estonian; Maltese (street,
    // avenue, square, alley: `Triq il-Mitħna 14`); Turkish and Azerbaijani (`Füzuli küç. 47B`)
    'iela|bulvāris|prospekts|dambis|laukums|krastmala|gatvė|gatve|prospektas|alėja|tänav|mnt|maantee|pst|puiestee|' +
    'triq|vjal|pjazza|sqaq|' +
    // (`10003 Sk. No:14`, sokak)
    'yolu|bulvar|meydanı|küç|küçəsi|prospekti|döngəsi|sk|' +
    // Swahili road and street (`Barabara ya Moi`, `Mtaa wa Uhuru 12`)
    'barabara|mtaa|' +
    // Welsh and Irish street types (`Heol y Frenhines`, `Ffordd y Brenin`, `Stryd Fawr`; `Sráid Mhór`, `Bóthar …`)
    'heol|ffordd|stryd|lôn|rhodfa|cilgant|sgwâr|teras|sráid|bóthar|bothar|ascaill|lána|cearnóg|' +
    // South and Southeast Asian: Sri Lankan `Mawatha`, Indian `Chowk`, Malay, Indonesian (building, floor,
    // block), Filipino barangay, Thai soi, Vietnamese street, alley and industrial zone (`KCN Sóng Thần 2`)
    'mawatha|mw|chowk|gali|layout|enclave|vihar|jln|lrg|persiaran|lebuh|lebuhraya|taman|gedung|gd|wisma|' +
    'menara|kompleks|komplek|blok|brgy|barangay|purok|sitio|subd|soi|thanon|phố|ngõ|ngách|hẻm|' +
    'kcn|kcx|lô|hutong|dajie|' +
    // Ethiopian sub-cities, districts and wards, numbered where a street would be (`Yeka Sub-City, Woreda 11`);
    // Albanian street (`Rr. Pjetër Budi`)
    'sub-city|woreda|kebele|rruga|rr|' +
    'شارع|طريق|صب|רחוב|רח|שדרות|प्लॉट|सेक्टर|मार्ग|οδός|λεωφόρος|λεωφ|' +
    // Persian (street, alley, boulevard, square, house plate), Urdu (lane, road, plot, sector; its house is urduHouseNumber),
    // Bengali (house, road, lane, block), Hindi (house, lane, road), Gujarati (road): the words that carry a house
    // number where English has `No.`
    'خیابان|کوچه|بلوار|میدان|پلاک|گلی|روڈ|سڑک|پلاٹ|سیکٹر|বাড়ি|রোড|সড়ক|লেন|ব্লক|मकान|गली|रोड|રોડ|' +
    // Sorani Kurdish street (with its ezafe, `شەقامی ١٠٠ مەتری`), Arabic complex (`مجمع …` of shops or offices)
    'شەقام|شەقامی|مجمع|' +
    // Maghrebi street and alley, Arabic district (`نهج الحبيب بورقيبة`, `حي العليا`), Hebrew road (`דרך העצמאות`); Hindi
    // district, colony and square (`गोमती नगर`), Tamil street and road, Sinhala road and avenue, Amharic sub-city, ward,
    // road and street (`የካ ክፍለ ከተማ`): the words that name where an address is in scripts that write no house number
    'نهج|زنقة|حي|דרך|नगर|कॉलोनी|चौक|வீதி|சாலை|தெரு|පාර|මාවත|ክፍለ|ወረዳ|ቀበሌ|መንገድ|ጎዳና|' +
    // Georgian (avenue, street, lane), Armenian (street, avenue), Kazakh (avenue, street), Bulgarian (boulevard) and
    // Uzbek (street, its modifier letter written three ways): `გამზ. 12`, `Մաշտոցի պող. 41`, `Абай даңғылы 52`
    'გამზირი|გამზ|ქუჩა|შესახვევი|փողոց|փ|պողոտա|պող|даңғылы|даңғ|көшесі|көш|бул|булевард|' +
    "ko'chasi|ko‘chasi|koʻchasi|" +
    // Uzbek in Cyrillic (street, district), Kyrgyz (street, and its `көч.`), Tajik (street, with its ezafe: `кӯчаи
    // Рӯдакӣ 12`), Tatar (street: `Тукай ур.`) and Mongolian (street, avenue, district, sub-district): `Бобур
    // кўчаси, 17-уй`, `Баянзүрх дүүрэг, 8-р хороо`
    'кўчаси|кўча|тумани|tumani|көчөсү|көч|кӯча|кӯчаи|урамы|ур|гудамж|чөлөө|дүүрэг|хороо',
);

/**
 * Road and building words that name a street or its building alone, without a number (`… Road, Town`,
 * `Rue du …, Town`): English, French, Spanish, Portuguese, Italian, German, Dutch, Danish, Swedish, Welsh, Irish. Street
 * words that also name a body, a place or a trade (court, cross, estate, unit, zone, sector, park, hill, close, ring,
 * box) are not here; `plaza` and `square` are, which postal addresses name as a street (`Marigold Square, Beirut`).
 */
export const ROAD_WORDS = set(
  'street|road|rd|avenue|ave|lane|way|boulevard|blvd|drive|highway|crescent|terrace|tower|towers|plaza|square|quay|parkway|' +
    'rue|avenida|calle|carrera|carretera|rua|travessa|estrada|via|viale|corso|strasse|straße|weg|gasse|allee|' +
    'straat|laan|vej|gatan|barabara|mtaa|heol|ffordd|stryd|sráid|bóthar',
);

/**
 * Words naming a city's district rather than its street (`Marina District`, `Old Quarter`, `Lakeside Free Zone`),
 * lower case: closing a part, they tell a district before its city from a town before its region
 * (isDistrictCityCountry). Not `ward` nor `area`, which close a signer's name too (`Emily Ward, Dubai`).
 */
export const DISTRICT_WORDS = set('district|quarter|neighbourhood|neighborhood|precinct|township|zone');

/**
 * Neighbourhood words of Latin American and Iberian addresses that open a place part before its name where a
 * street would stand (`Barrio La Cruz, 100 m sur del parque, Heredia, Costa Rica`, `Colonia Las Flores`,
 * `Reparto Serrano`, `Ensanche Naco`, `Urbanización El Bosque`); so do France's named hamlets and business zones
 * (`Lieu-dit Les Granges`, `ZI des Cordeliers`, `ZA des Hauts Prés`: industrial, craft and planned zones) and
 * Italy's hamlets (`Località Poggio ai Lecci`, `Frazione San Rocco`).
 */
export const NEIGHBOURHOOD_WORDS = set(
  'barrio|bairro|colonia|reparto|residencial|urbanización|urbanizacion|urb|ensanche|fraccionamiento|lotificación|lotificacion|' +
    'lieu-dit|lieudit|zi|za|zac|zae|località|localita|frazione|fraz',
);

/**
 * Rural estates whose name is the first line of their postal address where no street runs (`Château Les Ormes, 33330 …`,
 * `Masseria Le Fonti, 72015 …`, `Quinta do Vale, 5085-…`): wine châteaux and domaines, farmsteads and manors, fincas,
 * haciendas and cortijos, quintas and herdades, masserie, tenute, poderi, cascine and casali (fr, es, ca, pt, it, de).
 * Many are COMPANY_WORDS too: a firm's name opens with them, and with a legal form the line stays the firm's.
 */
export const ESTATE_WORDS = set(
  'château|chateau|domaine|mas|bastide|ferme|manoir|finca|hacienda|cortijo|masía|masia|quinta|herdade|masseria|' +
    'tenuta|fattoria|podere|cascina|casale|agriturismo|weingut|gutshof|hofgut',
);

/** Words of a floor, suite or unit written apart from the street (`Rua do Alecrim, 45 – 2.º Esq.`, `Unit 12`). */
export const UNIT_WORDS = set(
  'floor|fl|level|suite|ste|unit|apt|apartment|room|rm|sala|piso|andar|planta|étage|etage|stock|og|esq|dto|dir|' +
    'of|office|oficina|despacho|kat|bureau|tower|tầng|этаж|офис|lot|bld|blk|' +
    // flats, blocks, wings, studios and buildings; floors in Indonesian, Dutch, Swedish, Finnish, Polish, Czech, Hungarian, Italian
    'flat|block|wing|studio|bâtiment|batiment|building|lantai|lt|verdieping|våning|vån|kerros|krs|piętro|patro|emelet|interno|scala|' +
    // shops, kiosks and stalls of a mall or market (`Shop B12, Yaya Centre`, `Loja 4`), in English and Portuguese
    'shop|kiosk|stall|loja|' +
    // Brazil's office suites (`Conj. 41`, `cj. 208`: conjunto)
    'conjunto|conj|cj|' +
    // halls, entrances and gates of German business parks (`Halle B`, `Eingang Tor 2`)
    'halle|eingang|tor|' +
    // Swahili building and floor (`Jengo la Bima`, `Ghorofa ya 3`)
    'jengo|ghorofa|' +
    // floors in Arabic (`الطابق الثاني`, the Gulf's `الدور 12`) and Sorani Kurdish, shops in Urdu and Pashto (`دوکان نمبر ۴۲`),
    // Arabic tower (`برج 2`), Persian building, unit and floor (`ساختمان آرین، واحد ۱۲`), Urdu block (`بلاک 5`)
    'طابق|الطابق|الدور|نهۆم|نهۆمی|دکان|دوکان|برج|ساختمان|واحد|طبقه|بلاک',
);

/**
 * Words that open a building's name where other languages close it (`Edificio Atlas`, `Torre Poniente`, `Immeuble Le
 * Phare`, `Palazzo Verdi`, `Menara Citra`): a name they open, before an address's street or unit, names its building,
 * though a firm's word follows (`Torre Banco Sol`, `Edificio Capital Plaza`).
 */
export const BUILDING_WORDS = set(
  'edificio|edif|edifício|prédio|predio|torre|immeuble|palazzo|palazzina|gebäude|building|bldg|tower|wisma|menara|gedung|jengo',
);

/**
 * Words that close a building's or a business park's name in English (`Quillmere House`, `Quayside Chambers`,
 * `Northgate Medical Pavilion`, `Riverbank Business Park`, `Lakeside Regional Airport`): a name they close, right
 * before an address's unit or street, names the premises the address opens with. `building` and `tower` close a name
 * here as they open one in BUILDING_WORDS (`Harbour Tower`, `Tower 7`); the street types among them (`court`, `park`,
 * `plaza`, `wharf`, `towers`) are kept, since such a name counts only before a street, a unit or on a street's line
 * after another part, where no street of its own stands (`Elm Court, 4 Mill Lane`).
 */
export const BUILDING_NAME_ENDS = set(
  'house|chambers|court|centre|center|hall|pavilion|mill|mills|studios|wharf|arcade|lodge|building|buildings|tower|' +
    'towers|plaza|village|park|campus|airport',
);

/**
 * Swahili's `of` (by noun class) between a road, building or floor word and its name or number (`Barabara ya Moi`,
 * `Jengo la Bima`, `Ghorofa ya 3`), where English writes `Moi Road`, `3rd floor`.
 */
export const LINKING_WORDS = set('ya|la|wa|cha|za');

/**
 * Articles joined to a preposition that link a street word to the name after it (`Chemin des Tilleuls`, `Carrer dels
 * Arcs`, `Via delle Rose`), beside the surname particles that do too (`Route de Dreux`, `Rua da Bica`).
 */
export const STREET_NAME_LINKS = set('des|dels|delle|dello');

/** Vowel letters, lower case, for reading a word's shape (`tbrannigan@` opens with no vowel). */
export const VOWELS = 'aeiouyàáâäãåèéêëìíîïòóôöõùúûüý';

/** Number words that open a street line ("One Financial Plaza"). */
export const NUMBER_WORDS = set('one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred');

/**
 * A form's label of a town, postal code, region or country field written in more than one word or in a word no CSV
 * header uses (`Code postal :`, `Miejscowość:`, `Località:`), lower case; one of the address's parts a notice or a
 * form gives on lines of their own (`Ville : …  Code postal : …  Pays : …`). en, fr, es, pt, it, nl, de, pl, cs, sk,
 * hu, ro, hr, tr.
 */
export const LOCALITY_FIELD_LABELS_BY_PART = {
  postalCode: set(
    'postal code|post code|code postal|código postal|codice postale|irányítószám|cod poștal|cod postal|' +
      'poštanski broj|posta kodu',
  ),
  city: set(
    'localité|commune|localidad|población|municipio|localidade|concelho|município|località|comune|woonplaats|' +
      'wohnort|miejscowość|poczta|město|mesto|település|város|localitate|oraș|grad|mjesto|şehir|ilçe',
  ),
  // Turkish `İl` is the province.
  region: set('județ|il'),
  country: set('ország|țara|država|ülke'),
} as const;

/** `No:`, `Nr.:`, `№:`, `Núm.:`, Urdu and Pashto `نمبر`: a label word before a house number (`Büyükdere Cad. No: 185`), full stops removed. */
export const HOUSE_NUMBER_LABELS = set(`${NUMBER_ABBREVIATIONS}|nº|№|num|número|numero|nummer|نمبر`);

/**
 * A bank detail's label before its digits (`Branch 739154`, `Acc 40917735521`, `BSB 062-000`, `Agência 1234`): the
 * sender's bank account, no town and its postcode (en, pt, es, de, fr).
 */
export const BANK_DETAIL_LABELS = set(
  'branch|acc|account|sort|routing|transit|swift|bic|iban|bsb|ifsc|agência|agencia|conta|cuenta|konto|compte|guichet',
);

/**
 * Mail-header keys (`From:`, `Von:`, `Betreff:`) by what their value holds, in the languages of the
 * mail clients the parser reads, lower case. `cc` holds the copy keys: Polish `DW`, Danish/Norwegian
 * `Kopi`, Czech `Kopie`, Russian `Копия`. Outlook's Turkish (`Kimden`, `Kime`, `Konu`, `Gönderildi`) and Greek
 * (`Από`, `Προς`, `Θέμα`, `Στάλθηκε`) keys, and its Spanish and Brazilian date keys of two words (`Enviado el`,
 * `Enviada em`). Gmail's and Outlook's Finnish (`Lähettäjä`,
 * `Vastaanottaja`, `Aihe`), Slovenian and Croatian (`Za`, `Zadeva`, `Šalje`, `Prima`, `Poslano`), Slovak and Romanian
 * (`De la`, `Către`, `Subiect`, `Trimis`) keys. Not Hungarian `Tárgy` (subject): a letter's own subject line opens with it
 * too; nor Hungarian `Címzett` (to) and the like yet: Lotus Notes writes them under a sender line of its own, which
 * these blocks do not read. Chinese, Japanese, Korean, Hebrew and Arabic clients' keys (`发件人`, `差出人`, `보낸 사람`, `מאת`,
 * `من`), after which CJK writes a full-width colon (`发件人：`); Outlook's Ukrainian, Persian, Thai, Vietnamese and Hindi
 * sender, recipient and copy keys (`Від`, `از`, `จาก`, `Từ`, `प्रेषक`). Not the subject keys of languages whose letters
 * open their subject line with the same word (Hindi `विषय`, Persian and Urdu `موضوع`, Thai `เรื่อง`), as with `Tárgy`.
 * Lists, not set(): thread.ts builds its key regex with alternatives().
 */
export const HEADER_KEYS = {
  from: [
    'from',
    'von',
    'de',
    'da',
    'van',
    'från',
    'fra',
    'od',
    'от',
    'organizer',
    'organiser',
    'sender',
    'kimden',
    'από',
    'lähettäjä',
    'šalje',
    'de la',
    // zh (simplified, traditional), ja, ko, he, ar mail clients
    '发件人',
    '寄件者',
    '寄件人',
    '差出人',
    '보낸 사람',
    '보낸사람',
    'מאת',
    'من',
    'від',
    'از',
    'จาก',
    'từ',
    'प्रेषक',
    // Outlook in id / ms (Indonesian, Malay), sw (Swahili), hu, lt, et, bg
    'dari',
    'daripada',
    'kutoka',
    'feladó',
    'nuo',
    'saatja',
    // Icelandic Outlook and Gmail (`Frá:`, `Til:`, `Afrit:`, `Efni:`, `Sent:` / `Dagsetning:`)
    'frá',
  ],
  to: [
    'to',
    'an',
    'à',
    'a',
    'para',
    'aan',
    'till',
    'til',
    'do',
    'komu',
    'кому',
    'kime',
    'προς',
    'za',
    'vastaanottaja',
    'prima',
    'către',
    '收件人',
    '收件者',
    '宛先',
    '받는 사람',
    '받는사람',
    'אל',
    'إلى',
    'به',
    'ถึง',
    'đến',
    'प्रति',
    'kepada',
    'kwa',
    'címzett',
    'kam',
    'adressaat',
    // Catalan Outlook (`De:`, `Enviat el:`, `Per a:`, `Assumpte:`)
    'per a',
  ],
  cc: [
    'cc',
    'dw',
    'kopie',
    'kopi',
    'копия',
    'bcc',
    'kopio',
    'kopija',
    '抄送',
    '副本',
    '참조',
    'העתק',
    'עותק',
    'نسخة',
    'نسخة إلى',
    'رونوشت',
    'สำเนา',
    'копія',
    // Outlook's copy and blind-copy keys: tr `Bilgi`, `Gizli`; hu; id; el `Κοιν.` (κοινοποίηση), `Κρυφή κοιν.`; hi; pl
    // blind `UDW`; sk `Kópia`
    'bilgi',
    'gizli',
    'másolat',
    'tembusan',
    'κοιν',
    'κοιν.',
    'κρυφή κοιν.',
    'प्रतिलिपि',
    'udw',
    'kópia',
    // hu `Másolatot kap`, et `Koopia`, sw `Nakala`: the copy keys beside the sender keys of those Outlooks
    'másolatot kap',
    'koopia',
    'nakala',
    // Icelandic copy and blind-copy keys
    'afrit',
    'falið afrit',
  ],
  subject: [
    'subject',
    'betreff',
    'objet',
    'asunto',
    'assunto',
    'oggetto',
    'onderwerp',
    'ämne',
    'emne',
    'temat',
    'předmět',
    'тема',
    'konu',
    'θέμα',
    'zadeva',
    'predmet',
    'aihe',
    'subiect',
    '主题',
    '主旨',
    '件名',
    '제목',
    'נושא',
    'الموضوع',
    'chủ đề',
    // Icelandic
    'efni',
    'assumpte',
  ],
  sent: [
    'sent',
    'date',
    'datum',
    'gesendet',
    'envoyé',
    'enviado',
    'inviato',
    'verzonden',
    // Afrikaans Outlook (`Van:`, `Gestuur:`, `Aan:`, `Onderwerp:`)
    'gestuur',
    'skickat',
    // Icelandic Gmail's date key
    'dagsetning',
    'sendt',
    'wysłano',
    'odesláno',
    'отправлено',
    'enviado el',
    'enviat',
    'enviat el',
    // Outlook's Portuguese key for the feminine `mensagem enviada`
    'enviada',
    'enviada em',
    'enviado em',
    'gönderildi',
    'στάλθηκε',
    'poslano',
    'lähetetty',
    'trimis',
    'odoslané',
    '发送时间',
    '傳送時間',
    '寄件日期',
    '送信日時',
    '보낸 날짜',
    'תאריך',
    'التاريخ',
    'נשלח',
    'أرسلت',
    'أُرسلت',
    'تاريخ الإرسال',
    'đã gửi',
    'надіслано',
    'dikirim',
    'dihantar',
    'imetumwa',
    'elküldve',
    'išsiųsta',
    'saadetud',
    'изпратено',
    // NetEase (163, 126) mail's forwarded header
    '发送日期',
  ],
  replyTo: ['reply-to'],
  // Gmail's forwarded header in Chinese (`日期：2026年12月3日 周四 16:05`) goes on past this date line, but a
  // quotation or a parcel label writes it too: it is no sign of a mail, as `sent` keys are.
  // Gmail's forwarded-header date keys in the other languages (es `Fecha`, pt/it/pl `Data`, tr `Tarih`, ru `Дата`,
  // fi `Päivämäärä`, da/no `Dato`, hu/sk `Dátum`) are form labels too, so they count no more than it.
  date: ['日期', 'fecha', 'data', 'tarih', 'дата', 'päivämäärä', 'dato', 'dátum'],
} as const;

/**
 * Mail-header keys whose value names mails by their ids (`<…@host>`), not mailboxes, lower case. Apart from
 * HEADER_KEYS: they do not open a quoted message's header block. `X-Original-Message-ID` and the like are
 * read by the pattern's `x-…-` prefix.
 */
export const MESSAGE_ID_HEADER_KEYS = ['message-id', 'message id', 'in-reply-to', 'references'];

/**
 * Attribution verbs that German, Dutch and Scandinavian mail clients also put before the writer
 * (`Am … schrieb Jana <jana@…>:`: verb-second word order after the date), and Arabic ones always do
 * (`في الأحد، 13 يوليو 2025 11:02 ص، كتبت سلمى <salma@…>:`, he or she wrote), lower case.
 */
export const VERB_FIRST_ATTRIBUTION_VERBS = ['schrieb', 'schreef', 'skrev', 'كتب', 'كتبت'];

/**
 * The word `from` that Russian and Ukrainian web mail (Mail.ru, its apps) writes before the writer in place of a verb
 * (`Вторник, 8 апреля 2025, 12:03 +03:00 от Дмитрий Савельев <d.savelyev@…>:`), lower case.
 */
export const FROM_FIRST_ATTRIBUTION_WORDS = ['от', 'від'];

/** Verbs that end a reply attribution before its colon (`… wrote:`, `… a écrit :`), lower case. */
export const ATTRIBUTION_VERBS = [
  'wrote',
  'a écrit',
  ...VERB_FIRST_ATTRIBUTION_VERBS,
  'escribió',
  'escreveu',
  'ha scritto',
  'kirjoitti',
  'napisał(a)',
  'napisał',
  'napisała',
  // Thunderbird's present tense (`W dniu … Jan Nowak <…> pisze:`, `… пишет:`, `… пише:`)
  'pisze',
  'пишет',
  'пише',
  // Slovenian feminine form
  'napisala',
  'написал(а)',
  'написал',
  'написала',
  'yazdı',
  'έγραψε',
  '写道',
  '寫道',
  'が書きました',
  'のメッセージ',
  'のメール',
  '작성',
  'a scris',
  'napsal(a)',
  'napsal',
  'napsala',
  'napísal(a)',
  'napísal',
  'napísala',
  // Catalan, Hungarian (`… ezt írta:`), Dutch Outlook (`… heeft het volgende geschreven:`)
  'va escriure',
  'írta',
  'geschreven',
  'je napisao',
  'je napisala',
  'je napisal',
  'написав',
  'написа',
  'đã viết',
  'menulis',
  'نوشت',
];

/**
 * A reply's or forward's subject prefix (`RE:`, `Fwd:`, German `AW:`/`WG:`, Scandinavian `SV:`, Finnish `VS:`, French `TR:`,
 * Spanish `RV:`, Dutch `Antw:`, Polish `Odp:`, Turkish `YNT:`), lower case.
 */
export const REPLY_SUBJECT_PREFIXES = ['re', 'fw', 'fwd', 'aw', 'wg', 'sv', 'vs', 'tr', 'rv', 'antw', 'odp', 'ynt'];

/**
 * The line Apple Mail and its kin write over a forwarded message's header block (`Begin forwarded message:`)
 * in the languages of its localisations, lower case; the colon follows.
 */
/**
 * What a localised Gmail writes before the writer's name in its attribution (`Στις … ο/η Νίκος Παππάς <…> έγραψε:`,
 * `… użytkownik Jan Nowak <…> napisał:`): el, pl, sk, cs. No part of the name.
 */
export const ATTRIBUTION_NAME_PREFIXES = ['ο/η', 'użytkownik', 'používateľ', 'uživatel'];

export const FORWARDED_INTRO_PHRASES = [
  'begin forwarded message',
  'anfang der weitergeleiteten nachricht',
  'début du message réexpédié',
  'début du message transféré',
  'inicio del mensaje reenviado',
  'comienzo del mensaje reenviado',
  'inizio messaggio inoltrato',
  'início da mensagem reencaminhada',
  'início da mensagem encaminhada',
  'begin doorgestuurd bericht',
  'vidarebefordrat brev',
  'videresendt e-mail',
  'videresendt melding',
  'välitetty viesti alkaa',
  'początek przekazanej wiadomości',
  'začátek přeposlané zprávy',
  'začiatok preposlanej správy',
  'továbbított levél kezdete',
  'început mesaj redirecționat',
  'iletilen ileti başlangıcı',
  'αρχή προωθημένου μηνύματος',
  'начало переадресованного сообщения',
  'початок пересланого листа',
  '转发的邮件',
  '轉寄的郵件',
  '転送されたメッセージ',
];

/**
 * The words between the dashes of a mail client's line above a quoted message (`-----Original Message-----`,
 * Foxmail's `—— Original ——`) in the languages of Outlook and the other clients, lower case; a forwarded message's
 * are FORWARDED_SEPARATOR_PHRASES.
 */
export const MESSAGE_SEPARATOR_PHRASES = [
  'original message',
  'original',
  'ursprüngliche nachricht',
  "message d'origine",
  'mensaje original',
  'mensagem original',
  'messaggio originale',
  'oorspronkelijk bericht',
  // Afrikaans
  'oorspronklike boodskap',
  'oprindelig meddelelse',
  'opprinnelig melding',
  'ursprungligt meddelande',
  'alkuperäinen viesti',
  'oryginalna wiadomość',
  'původní zpráva',
  'pôvodná správa',
  'izvirno sporočilo',
  'izvorna poruka',
  'originalna poruka',
  'eredeti üzenet',
  'mesaj original',
  // Outlook's and Thunderbird's Turkish
  'özgün ileti',
  'orijinal ileti',
  'orijinal mesaj',
  'algne sõnum',
  'αρχικό μήνυμα',
  'исходное сообщение',
  'הודעה מקורית',
  'الرسالة الأصلية',
  '원래 메시지',
  '原始邮件',
  '原始郵件',
  // Indonesian and Malay (Yahoo Mail's, Outlook's)
  'pesan asli',
  'mesej asal',
];

/**
 * The words between the dashes of a mail client's line above a forwarded message (`---------- Forwarded message
 * ---------`), in the languages of MESSAGE_SEPARATOR_PHRASES, lower case: a forward's, not a reply's, line.
 */
export const FORWARDED_SEPARATOR_PHRASES = [
  'forwarded message',
  // `-----BEGIN FORWARDED MESSAGE-----`, as some clients and mail gateways write it
  'begin forwarded message',
  'weitergeleitete nachricht',
  'message transféré',
  'mensaje reenviado',
  'mensagem encaminhada',
  'messaggio inoltrato',
  'doorgestuurd bericht',
  'vidarebefordrat meddelande',
  'videresendt meddelelse',
  'videresendt melding',
  'välitetty viesti',
  'przekazana wiadomość',
  'přeposlaná zpráva',
  'preposlaná správa',
  'posredovano sporočilo',
  'proslijeđena poruka',
  'továbbított üzenet',
  'mesaj redirecționat',
  'iletilen ileti',
  'iletilen mesaj',
  'προωθημένο μήνυμα',
  'пересылаемое сообщение',
  'пересланное сообщение',
  'переслане повідомлення',
  '转发邮件',
  '轉寄郵件',
  // NetEase (163, 126) mail's `-------- 转发邮件信息 --------`
  '转发邮件信息',
  // Thunderbird's Chinese, Japanese and Korean `-------- Forwarded Message --------`
  '转发的消息',
  '転送メッセージ',
  '전달된 메시지',
  // Indonesian and Malay (Yahoo Mail's, Outlook's)
  'pesan yang diteruskan',
  'mesej yang dimajukan',
];

/** Sign-offs written after the signer's name, in ko / zh / ja (`박지후 드림`, `王伟 敬上`, `田中 拝`, a letter's `陳美玲 謹啟`). */
export const TRAILING_SIGN_OFFS = set('드림|올림|敬上|謹上|謹啟|谨启|拝|拜上');

/**
 * The confidentiality words of da/no, sv, nl, pl, fi, hu (`fortrolige oplysninger`, `vertrouwelijke informatie`) as
 * stems: PATTERNS.disclaimer reads each with a short ending.
 */
export const CONFIDENTIALITY_STEMS = [
  'fortrolig',
  'konfidentiell',
  'vertrouwelijk',
  'poufn',
  'luottamuksellis',
  'bizalmas',
];

/**
 * The confidentiality words of ja/zh and th (`機密情報`, `保密信息`, `ความลับ`): read anywhere in a word, as a script
 * without spaces joins them to the next and `\b` knows only Latin letters.
 */
export const UNSPACED_CONFIDENTIALITY_WORDS = ['機密', '保密', 'ความลับ'];

/**
 * The confidentiality words of ko, ar, he, ru/uk, el, hi (`기밀`, `سرية`, `סודי`, `конфиденциальн…`): scripts with
 * spaces, so each opens a word, after at most the prefixes he and ar attach (CONFIDENTIALITY_PREFIXES): inside a
 * word it is another word (he `יסודי` "elementary", ar `أسرية` "family").
 */
export const SPACED_CONFIDENTIALITY_WORDS = [
  '기밀',
  'سرية',
  'סודי',
  'конфиденциальн',
  'конфіденційн',
  'εμπιστευτικ',
  'गोपनीय',
];

/** The prefixes he (`ה` the, `ו` and, `ב` in) and ar (`ال` the, `و` and) write joined to a word (`הסודי`, `والسرية`). */
export const CONFIDENTIALITY_PREFIXES = ['ה', 'ו', 'ב', 'ال', 'و'];

/** Stems that every disclaimer cue contains: a cheap guard before PATTERNS.disclaimer. */
export const DISCLAIMER_STEMS = [
  'confiden',
  ...CONFIDENTIALITY_STEMS,
  ...UNSPACED_CONFIDENTIALITY_WORDS,
  ...SPACED_CONFIDENTIALITY_WORDS,
  'intended',
  'privileg',
  'received this',
  'registered',
  'company',
  'vertraulich',
  'riservat',
  'environment',
  'unsubscribe',
];

/**
 * A mobile's one-word column header beyond the shared ones: the words a label writes out (SPELT_MOBILE_WORDS), hu
 * `Mobilszám`, ch `Natel`, bg `Мобилен`, ru `Сотовый`.
 */
const CSV_MOBILE_WORDS = `${SPELT_MOBILE_WORDS}|mobilszám|natel|мобилен|сотовый`;

/**
 * CSV header words by what they name (Outlook, Google Contacts and CRM exports; `e-mail` is read as
 * `email`, digits and `value` are dropped). A header with any other word is not a column we read.
 */
export const CSV_HEADER_WORDS = {
  // zh (traditional, simplified), ja, ko headers are one word each: `聯絡人` (contact person), `氏名`, `담당자`
  fullName: set(
    'name|full|display|contact|person|naam|namn|navn|nimi|姓名|聯絡人|联系人|聯繫人|氏名|担当者|이름|성명|담당자|' +
      // hi; id / ms `Nama`, `Nama Lengkap`
      'नाम|nama|lengkap|' +
      // ja `名前`, `お名前`; ru / uk `ФИО`, `ПІБ`
      '名前|お名前|фио|піб',
  ),
  // es, pt / cs / sk / lt / lv / et besides the shared words
  firstName: set(
    `first|given|firstname|givenname|forename|nombre|nome|jméno|meno|vardas|vārds|eesnimi|${GIVEN_NAME_WORDS}|` +
      // id `Nama Depan`, ms `Nama Pertama`; ru, bg, el; zh / ja given name (the column beside `姓`)
      'depan|pertama|имя|име|όνομα|名',
  ),
  // fr / ro / lt / lv / et besides the shared words
  lastName: set(
    // id `Nama Belakang`, id / ms `Nama Keluarga`
    `last|family|surname|lastname|familyname|nom|nume|pavardė|uzvārds|perekonnanimi|${FAMILY_NAME_WORDS}|belakang|keluarga|` +
      // es: which of the two surnames a column holds (`Apellido Paterno`, `Segundo Apellido`), joined in column order
      'paterno|materno|primer|segundo|' +
      // zh / ja family name, ko `성`; ru / bg, uk, el
      '姓|성|фамилия|прізвище|επώνυμο',
  ),
  email: set(
    'email|mail|emailaddress|courriel|correo|sähköposti|epost|eposta|電子郵件|电子邮件|電郵|邮箱|メール|이메일|ईमेल|' +
      // fr Outlook `Adresse de messagerie`
      'messagerie|' +
      // id `Surel`, ms `Emel`
      'surel|emel|' +
      // ja `メールアドレス`, `Eメール`, `電子メール`; zh `电子邮箱`, `邮箱地址`, `邮件`; ko `이메일주소`
      'メールアドレス|eメール|電子メール|电子邮箱|電子郵箱|邮箱地址|郵箱|邮件|郵件|이메일주소',
  ),
  /** What follows a lone `e` to spell e-mail (`E-pošta`, `E-posta`, `E-pasts`, Nordic `E-post`): read as `email`. */
  mailAfterE: set('mail|post|pošta|poszta|poczta|pasts|paštas|почта|пошта|поща'),
  /** What opens a spelt-out e-mail before its mail word: `E-pošta`, Lithuanian `El. paštas`, ru / uk `Эл. почта`, bg `Е-поща`. */
  mailOpeners: set('e|el|эл|ел|е'),
  phone: set(
    'phone|telephone|tel|mobile|cell|cellphone|cellular|fax|number|no|telefon|teléfono|telefone|mobil|handy|portable|móvil|celular|cellulare|gsm|telefax|' +
      // `Tlf` (da, no), `Puh` (fi): the abbreviations a Nordic export keys its number with
      'mobitel|mobilni|telefonszám|telefonas|tālrunis|telefonnummer|tlf|puh|' +
      // zh, ja, ko: telephone, mobile
      '電話|电话|電話番号|전화|전화번호|手機|手机|携帯|携帯電話|휴대폰|핸드폰|' +
      // pl `Telefon komórkowy`, hi phone and mobile; ko `사무실` (office) heads the office number beside `휴대폰`
      'komórkowy|फ़ोन|फोन|मोबाइल|사무실|' +
      // a fixed line beside the mobile (`Landline`); ko `회사전화` (company telephone)
      'landline|회사전화|' +
      // id / ms: telephone, mobile (`HP` for handphone, `Ponsel`, `Telefon Bimbit`)
      'telepon|telp|hp|ponsel|seluler|bimbit|' +
      // the one-word mobile headers of German, Nordic and Dutch exports
      'mobiltelefon|mobiltelefonnummer|mobilnummer|mobiel|' +
      // nl telephone (`Telefoon`, `Telefoonnummer`)
      'telefoon|telefoonnummer|' +
      // zh, ja, ko: the number forms of telephone and mobile (`携帯番号`, `手机号码`, `휴대전화`), a contact number
      '携帯番号|携帯電話番号|電話號碼|电话号码|联系电话|聯絡電話|手机号|手机号码|手機號碼|휴대전화|휴대폰번호|연락처|' +
      // ru / uk / bg, el, he, ar: telephone
      `${NON_LATIN_PHONE_WORDS}|${CSV_MOBILE_WORDS}`,
  ),
  /** Header or type words that make a phone column a mobile's (`Mobile Phone`, `Handy`, `Mobitel`). */
  mobile: set(
    'mobile|cell|cellphone|cellular|mobil|handy|portable|móvil|celular|gsm|mobitel|mobilni|komórkowy|मोबाइल|' +
      '手機|手机|携帯|携帯電話|휴대폰|핸드폰|携帯番号|携帯電話番号|手机号|手机号码|手機號碼|휴대전화|휴대폰번호|hp|ponsel|seluler|bimbit|mobiltelefon|mobiltelefonnummer|mobilnummer|mobiel|' +
      CSV_MOBILE_WORDS,
  ),
  title: set(
    'title|position|role|job|jobtitle|funktion|titel|poste|fonction|cargo|puesto|ruolo|functie|befattning|stanowisko|' +
      // `Designation` heads the job-title column of South Asian and East African English exports
      `naziv|designation|${TITLE_FIELD_WORDS}|` +
      // zh, ja, ko: job title, position, rank
      '職稱|职称|職位|职位|職務|职务|役職|役職名|직함|직급|직책|직위|' +
      // hi: designation, post
      'पदनाम|पद|' +
      // id, ms; ru, uk, bg, el
      'jabatan|jawatan|должность|посада|длъжност|θέση',
  ),
  company: set(
    'company|organization|organisation|account|employer|org|companyname|firma|unternehmen|société|entreprise|empresa|azienda|bedrijf|företag|yritys|' +
      `organizacija|${COMPANY_FIELD_WORDS}|` +
      // zh, ja, ko: company (name), a CRM's customer (name), organisation
      '公司|公司名稱|公司名称|客戶名稱|客户名称|單位|单位|会社名|会社|회사|회사명|거래처|' +
      // ja employer, firm's name; ko organisation's name
      '勤務先|企業名|기관명|' +
      // hi: organisation, company
      'संस्था|कंपनी|' +
      // id, ms; ru / bg, uk, el
      'perusahaan|syarikat|компания|организация|компанія|організація|εταιρεία|εταιρία',
  ),
  website: set('website|url|web|homepage|webpage|site|page'),
  linkedin: set('linkedin|profile'),
  twitter: set('twitter|x|handle'),
  /** Words that name an address without saying which part (`Mailing Address`, `Formatted Address`). */
  address: set(
    'address|adresse|adres|dirección|indirizzo|endereço|postal|code|formatted|mailing|地址|住所|주소|पता|' +
      // sv, fi, cs / sk / hr / sl / ro, hu (`Cím`, headers are read without their marks)
      'adress|osoite|adresa|cim|' +
      // id / ms `Alamat`, `Kode Pos`
      'alamat|kode|' +
      // de, es, pt (pt-PT `Morada`), tr (`Adresi`: its address), ru / uk, el
      'anschrift|domicilio|morada|adresi|адрес|адреса|διεύθυνση|' +
      // pt, es: a CRM's mailing address (`Cidade de correspondência`)
      'correspondência|correspondencia',
  ),
  // The parts of an address, each from en / de / fr / es / it / nl / pt / pl / hi headers (`Kod pocztowy`), and from
  // the Nordic ones (`Gatuadress;Postnr;Ort`, `Gateadresse;Postnummer;Poststed`, `Katuosoite;Postinumero;Postitoimipaikka`)
  // and the Czech and Slovak ones (`Ulice`, `Obec`, `PSČ`).
  street: set(
    'street|line|straße|strasse|rue|calle|via|straat|rua|ulica|ulice|gatuadress|gateadresse|vejnavn|katuosoite',
  ),
  city: set(
    'city|town|locality|ort|stadt|ville|ciudad|città|plaats|cidade|miasto|शहर|sted|poststed|postort|kaupunki|postitoimipaikka|obec|' +
      // id, ms
      'kota|bandar',
  ),
  // pt-BR `UF` (unidade federativa: the state's two letters)
  region: set('state|region|province|county|estado|provincia|województwo|राज्य|provinsi|negeri|uf'),
  postalCode: set(
    'zip|zipcode|postcode|pincode|plz|postleitzahl|cap|cep|kod|pocztowy|postnr|postnummer|postinumero|psc|' +
      // id `Kode Pos`, ms `Poskod`; es, fr `CP`, `C.P.` (código / code postal)
      'pos|kodepos|poskod|cp',
  ),
  country: set('country|land|pays|país|paese|kraj|देश|negara'),
  /** Qualifiers: which of several columns (`Business`, `Home`, `Primary`), or what a column pairs with (`Type`). */
  qualifier: set('main|other|primary|preferred|default|type|label|value|alt|alternate|alternative|secondary'),
  /**
   * Qualifiers of a work number or address, as localized Outlook exports write them (`Telefon (geschäftlich)`,
   * `Rue (bureau)`, `Teléfono del trabajo`, `Telefono ufficio`), and id `Kantor`, ms `Pejabat`.
   */
  work: set(
    'work|business|office|사무실|geschäftlich|dienstlich|büro|bureau|professionnel|trabajo|oficina|trabalho|escritório|' +
      'ufficio|lavoro|zakelijk|werk|arbete|arbeid|työ|kantor|pejabat',
  ),
  /** Qualifiers of a home number or address: `Telefon (privat)`, `Téléphone (domicile)`, `Teléfono particular`, id / ms `Rumah`. */
  home: set('home|private|personal|privat|privé|domicile|particular|casa|maison|thuis|hjem|hem|koti|rumah'),
  /**
   * Whose the column is, in an event's registration export (`Attendee first name`, `Delegate email`,
   * `Teilnehmer Nachname`): the one row is that person's, so the words say nothing more.
   */
  attendee: set(
    'attendee|participant|delegate|registrant|guest|speaker|teilnehmer|participante|partecipante|deelnemer',
  ),
  /** Function words between a localized header's words (`Teléfono del trabajo`, `Adresse de messagerie`). */
  joiners: set('de|del|do|da|di|du|des|van'),
  /** Columns about the name or address we do not read (`Middle Name`, `Yomi Name`, `E-mail Display Name`). */
  ignored: set(
    'middle|additional|nickname|nick|yomi|phonetic|suffix|prefix|initials|salutation|anrede|civilité|tratamiento|' +
      // ja the name's reading in kana (`フリガナ`, `ふりがな`, `ヨミ`), zh its pinyin
      'フリガナ|ふりがな|ヨミ|よみ|拼音',
  ),
} as const;

/** Words written in brackets for an address's `@` to hide it from harvesters: `lucia(at)firma.example`, `ana [arroba] norte`. */
export const EMAIL_AT_WORDS = [
  'at',
  'ät',
  'arroba',
  'chiocciola',
  'klammeraffe',
  'собака',
  'snabel-a',
  'apenstaart',
  'małpa',
  'malpa',
  'zavináč',
  'kukac',
] as const;
/** Words written in brackets for a domain's dot: `firma(dot)example`, `norte [punto] pt`, `rete (punkt) de`. */
export const EMAIL_DOT_WORDS = [
  'dot',
  'punto',
  'punkt',
  'point',
  'ponto',
  'точка',
  'kropka',
  'tečka',
  'pont',
  'piste',
] as const;
