"""Phrases of languages beyond the six, where a single keyword is not how people say it.

Words of scripts that folding changes (kana lose their voicing marks, Devanagari and Thai vowel signs
split a word) are written as typed and prepared like a message (``_said``), so a rule sees what it is given.
"""

import re

from ingest.intent.patterns import mention, out, sense
from ingest.intent.text import prepare


def _said(*phrases: str) -> str:
    """An alternation of phrases as they read after preparation (folded, split into words)."""
    prepared = (" ".join(c.text for c in prepare(p)) for p in phrases)
    return "(?:" + "|".join(re.escape(p) for p in prepared if p) + ")"


PATTERNS = (
    out("vi:dung-nhan-tin", r"\b(?:dung|đung|ngung|ngưng) (?:gui |nhan )?(?:tin|nhan)\b|\b(?:dung|ngung) (?:spam|lam phien|quay rau)\b|\bkhong (?:muon )?nhan (?:tin|them)\b|"
        r"\bhuy dang ky\b|\b(?:dung|ngung) (?:gui|nhan|lien lac)(?: (?:cho )?(?:toi|minh|em|anh|chi))?(?: nua)?$",
        "Đừng nhắn tin cho tôi nữa", "đừng gửi nữa", negatable=False),
    out("ru:ne-pishite", r"\bне (?:пишите|присылайте|присылаите|отправляйте|отправляите|беспокоите)(?: (?:мне|нам|больше|сюда|"
        r"смс|сообщения|ничего|на этот номер|пожалуиста|please))*$|\bбольше не (?:пишите|присылаите|отправляите)\b|\bотпишите\b|"
        r"\bне (?:надо|нужно) (?:мне |нам )?(?:больше )?(?:писать|присылать|слать|отправлять)(?: (?:мне|нам|смс|сообщения|ничего))*$|"
        r"\bхватит (?:мне |нам |уже )*(?:присылать|писать|спамить|слать)\b|\bотпиш\w* (?:меня|нас|мои номер)\b|\bотпис(?:ать|ывать) (?:меня|нас|мои номер)\b(?! (?:от|из) (?:\w+ )?(?:курс\w*|кружк\w*|секци\w*|занят\w*|групп\w*|клуб\w*))|\bотпишитесь от (?:меня|нас)\b|\bбольше не (?:присылать|писать|слать|отправлять|беспокоить)(?: (?:мне|нам|рекламу|смс|сообщения|ничего|please|пожалуиста))*$|\b(?:перестаньте|прекратите|прекрати|перестань) (?:мне |нам |уже )*(?:писать|присылать|слать|отправлять|спамить|беспокоить|рассылку|рассылать)\b|"
        r"\bудалите (?:мо\w+ )?(?:номер|меня|данные)\b(?! из (?:\w+ )?(?:группы|группы|чата|беседы|заказа|корзины|команды|клуба))|\bне беспокоите (?:меня|нас)(?: (?:больше|please|пожалуиста))*$|\bэто не мои номер\b(?! (?:заказа|телефона в заказе|карты|счета|договора|посылки))|"
        r"\bне (?:пишите|присылаите) (?:сюда|на этот номер)\b|"
        r"(?<!не )\b(?:хочу|хотела?|хотим|прошу|желаю) (?:бы )?отписаться\b(?! (?:от|из) (?:\w+ )?(?:курс\w*|кружк\w*|секци\w*|занят\w*|"
        r"групп\w*|клуб\w*|канал\w*|журнал\w*))|"
        r"\bотстаньте(?: от меня| от нас)?(?: со? (?:\w+ )?(?:смс\w*|сообщени\w*|рассылк\w*|реклам\w*|спам\w*))?(?: (?:уже|пожалуиста|please))*$|\bоставьте (?:меня|нас) в покое\b",
        "не пишите мне больше", negatable=False),
    out("uk:ne-pyshit", r"\bне (?:пишіть|надсилаите|присилаите|турбуите)(?: (?:мені|нам|більше|сюди|смс|sms|повідомлення|повідомлень|реклами|реклама|нічого|please))*$|"
        r"\bбільше не (?:пишіть|надсилаите)\b|\bвідпишіть\b|\bвистачить (?:писати|надсилати)\b|"
        r"\bне (?:треба|потрібно) (?:мені |нам )?(?:більше )?(?:писати|надсилати)(?: (?:мені|нам|смс|повідомлення|нічого|більше))*$|"
        r"\bприпиніть (?:мені |нам )?(?:писати|надсилати|спамити)\b|\bдаите (?:мені|нам) спокіи\b|^(?:будь ласка )?не турбуите (?:мене|нас)(?: більше| будь ласка)*$|\bвідчепіться\b|\bвидаліть (?:мо\w+ |мі\w+ )?(?:номер|мене|дані)\b",
        "не пишіть мені більше", negatable=False),
    out("bg:ne-pishete", r"\bне (?:ми )?(?:пишете|изпращаите|пращаите)(?: (?:повече|ми|съобщения|смс|please))*$|\bотпишете\b", "не ми пишете", negatable=False),
    out("el:min-steilete", r"\bμη(?:ν)? (?:μου )?(?:στελνετε|στελνεισ|γραφετε)(?: (?:αλλο|πια|αλλα|μηνυματα|sms|μου|please|σε please|παρακαλω|σε παρακαλω|ευχαριστω|πλεον|ποτε))*$|\bσταματηστε (?:να )?(?:μου |μασ )?(?:στελνετε|γραφετε|τα)\b(?! (?:(?:τα|το|την|τισ|τον|τουσ) )?(?:\w+ )?(?:δεμα\w*|πακετ\w*|παραγγελι\w*|προιον\w*|τιμολογι\w*|λογαριασμ\w*|καταλογ\w*|κουτι\w*))|\bοχι (?:αλλα|αλλο|πια|αλλεσ) (?:μηνυματα|sms|διαφημισεισ)\b|"
        r"\bδιαγραψτε (?:τον αριθμο μου|με|μασ|το τηλεφωνο μου|το νουμερο μου)\b",
        "μην μου στέλνετε", negatable=False),
    out("nl:geen-berichten", r"\bgeen (?:\w+ )?(?:berichten|sms|smsjes)(?: meer)?\b|\bafmelden\b(?! voor (?!(?:de |het |jullie )?(?:nieuwsbrief|sms|berichten|mailing|"
        r"mailinglijst|reclame)\b)\w)|\buitschrijven\b|\b(?:uitgeschreven|afgemeld) (?:worden|te worden)\b(?! (?:voor|van|bij) (?!(?:de |het |jullie )?(?:nieuwsbrief|sms|berichten|"
        r"mailing|mailinglijst|reclame|lijst)\b)\w)|\b(?:worden|word) uitgeschreven\b|\bwil (?:dit|dat|deze \w+|die \w+|het|jullie \w+) niet meer (?:ontvangen|krijgen|hebben)\b|"
        r"^(?:please |graag )?(?:niet|nooit) meer (?:sturen|sms\w*|appen|berichten|mailen|contacteren)\b|"
        r"\b(?:stuur|sms|app|mail) (?:me|mij|ons) (?:niets |niks )?(?:niet|nooit) meer\b|"
        r"\bstop (?:maar )?met (?:sturen|sms\w*|appen|berichten|mailen)\b|"
        r"\bstuur (?:me |mij |ons )?(?:maar |dan |verder |voortaan )?(?:niks|niets) meer\b|\bhou (?:eens |nou |maar |nu )?op met (?:\w+ )?(?:sturen|sms\w*|appen|berichten|spammen|mailen|spam)\b|"
        r"\b(?:verwijder|haal)\w* (?:mijn (?:\w+)?nummer|mijn gegevens|mij|me) (?:\w+ ){0,2}?(?:uit|van) (?:\w+ )?(?:lijst|bestand|"
        r"systeem|database|verzendlijst|adressenbestand)\b|\bverwijder\w* (?:mijn (?:tele(?:foon)?)?nummer|mijn gegevens)\b|"
        r"\bnooit (?:\w+ )?(?:aangemeld|ingeschreven|toestemming gegeven)\b(?! (?:voor|aan|tot|bij) (?:de|het|een|die|dat) (?!sms|berichten|reclame|nieuwsbrief)\w+)|"
        r"\b(?:schrijf|schrijft|schrijven|meld|meldt|melden) (?:me|mij|ons|mijn nummer|dit nummer) (?:(?:maar|please|graag|even|ff|nu|dan|"
        r"alsjeblieft|alstublieft|gewoon|nou|direct|meteen|aub) )*(?:uit|af)\b(?! (?:voor|van|bij) (?!(?:de |het |jullie |uw )?(?:nieuwsbrief|"
        r"sms\w*|berichten|mailing|lijst|verzendlijst|reclame)\b)\w)",
        "geen berichten meer", "niet meer sturen", "hou op met sms en", negatable=False),
    out("sv:sluta-skicka", r"\bsluta (?:skicka|sms\w*|messa|skriva|kontakta|spamma|stor)\w*\b|"
        r"(?<!\binte )\bavsluta (?:era |alla |mina )?(?:sms (?:utskick\w*|prenumeration\w*)|sms\w*|utskick\w*|prenumeration\w* (?:pa|av) (?:sms\w*|utskick\w*)|meddelanden)\b|\b(?:skicka|sms\w*) (?:inte|inga|inget) (?:mer|fler)\b|"
        r"\binga (?:fler|mer) (?:sms|meddelanden|utskick)\b|"
        r"\bavregistrera (?:mig|mitt nummer|oss)\b|\bvill inte (?:ha|fa) (?:fler |mer |nagra |era )?(?:sms|meddelanden|utskick|reklam)\b|"
        r"\bta bort (?:mitt (?:telefon)?nummer|mig|mina uppgifter)(?: (?:fran|ur) (?:\w+ )?(?:listan|registret|systemet|er))?(?: tack)?$|(?<!ringde )(?<!ringt )(?<!slog )(?<!tog )(?<!skrev till )(?<!skrev )\bfel nummer\b(?! (?:pa|i|till) (?:fakturan|kvittot|ordern|bestallningen|paketet|kontot|sidan|hemsidan)\b)",
        "sluta skicka sms", "ta bort mitt nummer", "fel nummer", negatable=False),
    out("no-da:slutt-a-sende", r"\bslutt (?:a )?(?:sende|sms\w*|skrive|kontakte)\b|\bstop med at (?:sende|skrive|sms\w*|kontakte)\b|"
        r"\b(?:ikke send|send ikke) (?:meg |mig )?(?:flere|mer|mere)\b|\bingen (?:flere|mer|mere) (?:sms|meldinger|beskeder)\b|"
        r"\bikke (?:kontakt|send|skriv til|skriv) (?:meg|mig|oss) (?:igjen|igen|mer|mere)\b|\bfjern (?:nummeret mitt|mitt nummer|mit nummer|nummeret mit|meg|mig)\b|\bmeld (?:meg|mig|oss) (?:av|ud|fra)(?:$| (?:fra |pa |af )?(?:\w+ )?(?:sms\w*|listen|lista|nyhetsbrev\w*|meldinger|beskeder|varsler|utsendelser))\b|"
        r"\blad (?:vaere|vere|vare) med at (?:skrive|sende|sms\w*|kontakte)\b|"
        r"\b(?:vil ikke have|vil ikke ha|onsker ikke) (?:flere|mer|mere|noen|nogen) (?:sms|beskeder|meldinger|reklame)\b|"
        r"(?<!ringte )(?<!ringede )(?<!ringet )(?<!tastet )(?<!tastede )(?<!skrev til )\b(?:feil|forkert) nummer\b",
        "slutt å sende meg sms", "stop med at sende", "lad være med at skrive", "fjern nummeret mitt", negatable=False),
    out("pl:nie-pisac", r"\bnie (?:piszcie|wysylajcie|przysylajcie)\b(?! (?:jeszcze |juz |tej |tego |mi |nam )?(?:\w+ )?(?:paczk|przesylk|towar|"
        r"zamowien|faktur|kurier|list\b|adres)\w*)|\bprzesta\w* (?:\w+ ){0,2}?(?:pisac|wysylac|przysylac|spamowac|smsowac)\b|"
        r"\busun\w* (?:moj )?(?:numer|mnie) (?:z )?(?:\w+ )?(?:bazy|listy)?$|\busun\w* moj (?:numer|nr)\b|(?<!wybralem )(?<!wybralam )(?<!podalem )(?<!podalam )(?<!wpisalem )(?<!wpisalam )(?<!zadzwonilem na )(?<!zadzwonilam na )\bzly numer\b|\bnie (?:pisac|wysylac|przysylac|pisz|wysylaj)"
        r"(?: (?:do mnie|mi|mnie|wiecej|juz|sms\w*|wiadomosci|already|please|na ten numer|na moj numer|tutaj))*$|\bwypisz\w*\b|\b(?:mnie|nas|moj numer) (?:\w+ )?wypisa\w*|\bwypisa\w* (?:mnie|nas|moj numer)\b|"
        r"\bkoniec (?:z )?(?:sms\w*|wiadomosci)\b|\b(?:dajcie|daj|dajta|dac) (?:mi|nam) (?:swiety )?spokoj\b", "nie wysyłajcie mi sms", "proszę nie pisać", negatable=False),
    out("pl:nie-chce-sms", r"\bnie chce (?:(?!zeby\b|aby\b|by\b)\w+ ){0,2}?(?:sms\w*|wiadomosci|powiadomien|reklam|newslettera)\b",
        "nie chcę smsów", negatable=False),
    out("fi:ala-laheta", r"\b(?:ala|alkaa) (?:enaa )?(?:laheta|lahettako|lahettakaa|kirjoita|kirjoittako)\b(?: (?:enaa|minulle|viesteja|tekstiviesteja))*$",
        "älä lähetä", negatable=False),
    out("fi:en-halua", r"\blopet\w* (?:\w+ )?(?:viestien|tekstiviestien|mainosten) (?:lahettaminen|lahettamisen|lahetys)\b|"
        r"(?<!\bala )(?<!\balkaa )(?<!\bei )\blopet(?:a|takaa|tatteko|atteko|taa) (?:jo |nyt |heti |nama |naiden |nuo |teidan )*"
        r"(?:viestit|tekstiviestit|mainokset|mainosviestit|viestittely|viestittelyt|spammaus|spammays|tekstarit)\b|\ben (?:halua|tarvitse) (?:enaa |lisaa )?(?:viesteja|tekstiviesteja|mainoksia|viestejanne)\b|"
        r"\bpoista\w* (?:numeroni|minut|puhelinnumeroni)\b", "en halua enää viestejä", "poistakaa numeroni", negatable=False),
    out("hu:ne-kuldjenek", r"\bne (?:kuldjon|kuldjenek|kuldj|kuldjetek|irjon|irjanak)(?: (?:tobb|tobbet|nekem|sms\w*|uzenet\w*|t|mar|tobbe))*$",
        "ne küldjenek több sms-t", negatable=False),
    out("hu:nem-kerek", r"\btorol\w* (?:a )?(?:szamomat|telefonszamomat|engem)\b|\bnem kerek (?:tobb |mar |semmilyen |tobbet )?(?:sms\w*|uzenet\w*|reklam\w*|ertesites\w*)\b|"
        r"\bhagy(?:jak|jatok|ja|d) (?:mar )?abba(?: az| a)?(?: (?:sms\w*|uzenet\w*|irogatast|kuldozgetest|reklam\w*))?(?: eket| et| t| okat)?$",
        "nem kérek több sms-t", "hagyják abba", negatable=False),
    out("hr-sr:ne-saljite", r"\bne (?:saljite|salji|šaljite|шаљите|шаљи|pisite|pisi|пишите)(?: (?:mi|vise|poruke|sms|ми|више|поруке|смс))*$",
        "ne šaljite mi poruke", negatable=False),
    out("pl:rezygnuje", r"(?<!nie )\brezygnuj\w* z (?:otrzymywania |dostawania |subskrypcji )?(?:sms\w*|wiadomosci|subskrypcji|newslettera|powiadomien|reklam|ofert|promocji)\b",
        "rezygnuję z sms", negatable=False),
    out("cs:nepiste", r"\bnepiste(?: mi)?(?: (?:uz|vic|sms\w*|zpravy|please))*$|\b(?:uz|vic) (?:mi )?(?:nepiste|neposilejte)\b|"
        r"\bne(?:posi|zasi)(?:le|ela)jte (?:mi )?(?:uz |vic |viac )?(?:zadne |ziadne |dalsi |dalsie )?(?:sms\w*|zpravy|spravy|nic)\b|\bodhlaste mne\b|\bzrusit odber\b(?<!nechci zrusit odber)(?<!nechci to zrusit odber)|"
        r"\buz (?:mi )?(?:nepiste|neposilejte)\b|\bprestan\w* (?:mi |nam )?(?:\w+ )?(?:psat|posilat|posielat|otravovat|pisat)\b(?! (?:\w+ )?(?:faktur|balik|zasilk|dopis|posta|list|ucten)\w*)|"
        r"\bnechc(?:i|em) (?:uz |viac |vic |dale )?(?:dostavat|dostat|prijimat|dostavať)? ?(?:zadne |ziadne |dalsi |dalsie |vase |vase )?"
        r"(?:sms\w*|zpravy|spravy|reklamu|reklamy)\b|"
        r"\bodhlaste (?:me|mne|ma|nas)\b|\bnepiste mi\b",
        "nepište mi", "zrušit odběr", "přestaňte mi psát", "nechci dostávat sms", negatable=False),
    out("tr:mesaj-atmayin", r"\b(?:mesaj|sms|ileti|reklam)\w* (?:atmayin|gondermeyin|yollamayin|istemiyorum|almak istemiyorum)\b|"
        r"\bbana (?:\w+ )?(?:atmayin|gondermeyin|yollamayin)\b|\b(?:mesaj|sms|reklam)\w* (?:gondermeyi|atmayi|yollamayi) (?:birakin|kesin|durdurun)\b|\brahatsiz etmeyin\b|\bnumarami (?:\w+ )?(?:silin|siliniz|sil|kaldirin)\b|"
        r"\b(?:listeden|listenizden) (?:beni )?(?:cikarin|cikartin|silin)\b|"
        r"\baboneli[gk]?(?:imden|inizden|inden|imizden|ten|den)? (?:\w+ )?cik(?:mak|ar|arin|artin|ayim|iyorum|tim|mam)?\w*\b(?! (?:istemiyorum|istemem|istemiyoruz)\b| (?:\w+ )?m[iu]\w*\b)|"
        r"\b(?:sms |mesaj )?abonelig(?:imi|imizi|i)? (?:\w+ )?(?:iptal|sonlandir)\w*(?! (?:etmek |ettirmek )?(?:istemiyorum|istemem|"
        r"istemiyoruz)\b| (?:etmeyin|etmeyiniz|etme|etmem|edilmesin)\b| (?:\w+ )?m[iu]\w*\b)",
        "mesaj atmayın", "numaramı silin", negatable=False),
    out("ro:nu-mai-trimiteti", r"\bnu (?:imi |mi |ma |ne )?mai (?:imi |mi )?(?:trimiteti|trimite|scrieti|contactati|deranjati)\b|\bnu mai vreau (?:sms|mesaje)\w*\b|(?<!\bnu vreau sa )(?<!\bnu )\b(?:ma|ne) (?:dezabonez|dezabonam|dezabonati|dezaboneaza|dezabona)\b"
        r"(?! (?:de la|din) (?!(?:\w+ )?(?:sms|mesaje|newsletter|lista|notificari|reclame)\w*)\w)|\blasati? (?:ma|ne) in pace\b|\bstergeti\w* (?:\w+ )?numarul\b|\bmi stergeti (?:\w+ )?numarul\b|\bnu (?:mai )?vreau sa (?:mai )?(?:primesc|primim) (?:\w+ )?(?:sms|mesaje|notificari|reclame)\w*",
        "nu mai trimiteți", negatable=False),
    out("id:jangan-kirim", r"\btidak (?:mau|ingin|perlu|nak) (?:lagi )?(?:terima|menerima|dapat|dapet)? ?(?:sms|pesan|mesej)\w*\b|"
        r"\b(?:hapus|buang|padam)\w* (?:nomor|nombor|no) (?:hp )?(?:saya|aku|gue|sy)\b|"
        r"\bjangan (?:lagi |pernah |usah |deh |dong )?(?:kirim|sms|hubungi|chat|wa|spam|hantar|mesej)\w*(?! (?:alamat|paket|barang|foto|bukti|dulu|kurir|pesanan|order|makanan|struk|invoice|tagihan|teknisi))\b|\b(?:stop|berhenti) (?:kirim|mengirim|sms|langganan|berlangganan|hantar|mesej)\w*\b(?! (?:\w+ )?(?:alamat|paket|barang|pesanan|order)\b)|"
        r"\b(?:gak|ga|nggak|ngga|tidak|tak|enggak|gausah) (?:usah |perlu )?(?:\w+ )?(?:sms|chat|wa|hubungi|spam)\w* lagi\b",
        "jangan kirim lagi", negatable=False),
    out("he:tafsiku-alone", r"^(?:יאללה |די |נו |please )*תפסיק(?:ו)?(?: (?:כבר|please|עם זה))*$", "יאללה תפסיקו", negatable=False),
    out("ar:awqifu", r"\b(?:اوقف|اوقفوا|وقف|وقفوا)\w* (?:هذه )?" + _said("الرسائل", "رسائل", "الرسالة", "الاشعارات", "الاعلانات"),
        "أوقفوا الرسائل", negatable=False),
    out("th:yok-loek", "^" + _said("ยกเลิก") + " ?" + _said("ค่ะ", "ครับ", "คะ", "นะ") + "*$|" + _said("หยุดส่ง", "ไม่ต้องส่ง"),
        "ยกเลิกค่ะ", "หยุดส่งข้อความ", negatable=False),
    out("tl:tigil", r"^(?:please |pls )?(?:paki|i)?tigil\w*(?: (?:nyo|niyo|ninyo|na|po|mo|nyo na|niyo na))*$|"
        r"\b(?:wag|huwag) (?:na )?(?:po )?(?:kayo(?:ng)? |kang |nyo |niyo |ninyo(?:ng)? |mo )?(?:na )?(?:po )?(?:akong |ako |kami )?(?:mag ?|i )?(?:text|txt|message|msg|sms|chat)\w*\b|"
        r"^(?:wag|huwag) na(?: po)?(?: (?:salamat|thanks|thank you|sir|maam|please))*$|"
        r"\btigilan (?:nyo|niyo|ninyo|mo) (?:na )?(?:po )?(?:ako|kami)\b|\bayoko na (?:po )?(?:ng |sa )?(?:\w+ )?(?:text|txt|message|msg|sms|promo|ads)\w*\b",
        "itigil nyo na po", "wag na kayo mag text", negatable=False),
    out("hi:mat-bhejo", r"\bmat (?:bhejo|bhejna|bhejiye|bheje)\b|\b(?:message|messages|msg|sms|text) mat (?:karo|karna|kariye|kare|karein|kijiye)\b|"
        r"\b(?:message|messages|msg|sms|text)\w* (?:bhejna )?band kar\w*\b|\bband kar\w* (?:ye |yeh |ya |apne |apke )?(?:message|messages|msg|msgs|sms|text)\w*\b|"
        r"\b(?:message|sms|msg) (?:mat|na) (?:bhej|karo)\w*\b|" + _said("मत भेजो", "मत भेजें", "मत भेजिए", "भेजना बंद", "मैसेज बंद"),
        "mat bhejo", "मत भेजो", negatable=False),
    out("bn:pathaben-na", r"\b(?:message|msg|sms|text)?\s?(?:pathaben|pathio|pathabe|pathaio|pathaben) na\b|"
        + _said("পাঠাবেন না", "পাঠাবে না", "পাঠাইও না", "মেসেজ দিবেন না", "এসএমএস দেবেন না", "মেসেজ দেবেন না", "এসএমএস দিবেন না"), "message pathaben na", "আর মেসেজ পাঠাবেন না",
        negatable=False),
    out("ar:la-tursil", r"\bلا (?:ترسل|تبعث|تراسل)\w*(?: (?:لي|لنا|رسائل|رسايل|اي|أي|مره|مرة|اخرى|أخرى|بعد الان))*$|"
        r"\b(?:توقف|توقفوا|كفى) عن (?:ارسال|الارسال|مراسل|ازعاج)\w*|\b(?:احذف|احذفوا|امسح|امسحوا|شيل|شيلوا)\w* رقمي\b|\b(?:ما|لا) (?:نريد|بدي|بدنا|اريد|ابغى|ابي|بدى) (?:\w+ )?(?:رسايل|رسائل|مسجات|اعلانات)\b|\bالغاء الاشتراك\b|\bالغاء اشتراكي\b", "لا ترسلوا لي", negatable=False),
    # Arabizi (Arabic in Latin letters, digits for sounds; the prepared text reads "3" as "e").
    out("ar:arabizi", r"\bbala (?:msgs?|messages?|rasayel|rasa2el|sms|eklanat|i3lanat)\b|"
        r"\bma (?:bdi|baddi|bade|biddi|badi) (?:\w+ )?(?:rasa2el|rasayel|msgs?|messages?|sms)\b|"
        r"\b(?:ma|la|bala) t(?:e)?b(?:e|3)?a?t(?:li|ly|lna|ouli|uli|eli|ili)\b",
        "bala msgs", "ma bdi rasa2el", negatable=False),
    out("he:tafsiku", r"\bתפסיק\w* (?:לשלוח|לכתוב|להטריד|לשגע)\b|\bאל (?:תשלחו|תשלח|תכתבו)(?: (?:לי|לנו|יותר|הודעות|עוד|please))*$|^(?:אני )?(?:לא רוצה|לא רוצים|לא מעוניין|לא מעוניינת) (?:יותר |עוד )?(?:הודעות|סמסים|פרסומות)(?: יותר| תודה)*$|\b(?:תסירו|הסירו|להסיר|תורידו|הורידו) אותי\b|\bדי (?:כבר )?עם ה?(?:הודעות|ספאם|סמסים|מסרונים)\b",
        "תפסיקו לשלוח", negatable=False),
    out("zh:bu-yao-zai-fa", r"(?:请勿|請勿|不要|别|別|勿)(?:再|给我|給我)+(?:发|發|传|傳|寄|打扰|打擾|骚扰|騷擾)(?!错|錯)|"
        r"^(?:请|請)?(?:别|別|不要)(?:再)?(?:发|發)了?$|"
        r"(?<!不要)(?<!不想)(?<!别)(?<!別)(?<!不用)取消(?:我的|我们的|我們的|这个|這個|短信|簡訊|简讯)*(?:订阅|訂閱)|"
        r"(?:请勿|請勿|不要|别|別)(?:发|發)(?:短信|信息|讯息|訊息|消息|广告|廣告)|"
        r"(?:把|将|將)?我的(?:号码|號碼|手机号|手機號|电话|電話)(?:删除|刪除|删掉|刪掉|移除)|(?:删除|刪除|删掉|移除)我的(?:号码|號碼|手机号|手機號)|"
        r"(?:不需要|不想要|不想收到|不想再收到|不要再收到|不用再发|不用再發)(?:这些|這些|你们的|你們的|任何)?(?:短信|簡訊|简讯|信息|讯息|訊息|广告|廣告)",
        "请勿再发", "不要再发了", negatable=False),
    out("ja:okuranaide", _said("送らないで", "送ってこないで", "送ってくるな", "配信を止めて", "配信をやめて", "配信を停止", "送るのをやめて", "送信しないで", "配信しないで", "配信不要", "連絡しないで", "メール不要", "もういらない", "配信停止して", "配信停止をお願い", "配信停止お願い", "配信停止の手続き", "配信停止を希望", "配信停止希望", "配信解除して", "配信解除をお願い", "登録解除して", "ストップでお願い", "ストップをお願い", "ストップお願い", "停止でお願い",
        "停止をお願い", "解除でお願い", "解除をお願い", "配信停止で") + "|"
        r"(?:" + _said("メール", "メッセージ", "ショートメール", "広告", "案内") + r"|sms)(?:は|も)?(?:もう)?" + _said("いらない", "いりません", "要らない", "不要"),
        "もう送らないでください", negatable=False),
    out("ko:geuman-bonae", r"그만 ?보내|보내지 ?(?:마|말)|연락하지 ?(?:마|말)|(?:문자|연락|메시지|광고) ?(?:그만|사절)|"
        r"^(?:제발 |이제 )?그만(?: 좀)?(?: (?:하세요|해요|해|해주세요|하시죠))?$|"
        r"^(?:(?:광고|문자|sms|광고 문자|메시지) )*수신 ?거부 ?(?:합니다|할게요|해요|해주세요|해 주세요|하겠습니다|요|처리 ?(?:해 ?주세요|부탁드립니다)|부탁(?:드립니다|해요)?)?"
        r"(?: (?:감사합니다|please|thanks))?$", "그만 보내세요", "그만", "광고 문자 수신거부합니다", negatable=False),
    # "kap eens met die sms'jes", "dit nummer graag uit het bestand".
    out("nl:kap-met", r"\bkap (?:eens |nou |nu |maar |toch |ff |effe )?(?:met|mee) (?:die |de |jullie |al die |dat |dit )?(?:\w+ )?"
        r"(?:sturen|sms\w*|appen|berichten|spammen|spam|reclame|appjes)\b|\b(?:dit|mijn) nummer (?:please |graag )?uit (?:het|jullie|uw|de) "
        r"(?:\w+ )?(?:bestand|lijst|systeem|database|adressenbestand)\b", "kap eens met die sms'jes", negatable=False),
    # "tigilan nyo na po ang pag text": stop the texting.
    out("tl:tigil-pag-text", r"\btigil\w* (?:\w+ ){0,4}?(?:pag ?text\w*|pagtetext|pag ?message|pag ?msg|pag ?txt)\b|"
        r"\b(?:i|paki)tigil\w* (?:\w+ ){0,4}?(?:pag ?text\w*|pagtetext|pag ?message|pag ?msg|pag ?txt)\b",
        "tigilan nyo na po ang pag text", negatable=False),
    # "please stop bhai", "stop karo yaar": a stop with a Hindi or Urdu form of address.
    out("hi:stop-bhai", r"^(?:please |pls |plz |bas )?(?:stop|band|bandh)(?: (?:karo|kar do|kijiye|kro))?(?: (?:bhai|bhaiya|yaar|yar|ji|"
        r"sir|madam|didi|bro|please))+$", "please stop bhai", negatable=False),
    # A thing sent, not the texts: "間違った商品を送らないで", "택배 보내지 마세요", "parcel mat bhejo".
    # The hour or the day, not the texts (pl, tr, nl, ja, ko): "nie piszcie po 22", "gece mesaj atmayın", "geen sms na 22 uur",
    # "今日は送らないで", "오늘은 보내지 마세요".
    sense("xx:hour", r"\bnie (?:piszcie|wysylajcie|piszesz|pisz|wysylaj)\w* (?:(?:mi|do mnie|sms\w*|wiadomosci) )*(?:po \d+|przed \d+|w nocy|w weekend\w*|"
          r"rano|wieczorem|w niedziel\w*)\b|"
          r"\b(?:gece|gece yarisi|sabah erken|hafta sonu|aksam|gec saatte|sabahin korunde)\w* (?:\w+ )?(?:mesaj|sms)\w* (?:atmayin|gondermeyin|yollamayin)\b|"
          r"\bgeen (?:\w+ )?(?:sms|berichten|smsjes|appjes) (?:meer )?(?:na|voor) \d+|\bgeen (?:\w+ )?(?:sms|berichten|smsjes) (?:meer )?(?:s nachts|in het weekend|op zondag)\b|"
          r"(?:今日|明日|今週|今|土日|夜)(?:は)?(?:まだ)?" + _said("送らないで") + r"|(?:오늘|내일|밤|주말|이번 주)(?:은|는|에|에는)? ?보내지 ?(?:마|말)",
          "nie piszcie po 22", "今日は送らないでください"),
    sense("cjk-hi:thing-not-sent", r"(?:商品|荷物|品物|注文品|請求書|書類|小包|宅配便|郵便|" + _said("サンプル", "カタログ") + r")(?:を|は)?(?:" + _said("まだ", "もう", "今日", "明日", "今") + r")?"
          + _said("送らないで", "送ってこないで", "発送しないで") + r"|(?:택배|물건|상품|소포|주문|기사|배송|서류|영수증)(?:을|를|은|는)? ?보내지 ?(?:마|말)|"
          r"\b(?:parcel|courier|order|saman|samaan|delivery|packet|product|bill|rider)\w* (?:abhi |kal |aaj )?mat (?:bhejo|bhejna|bhejiye|bheje)\b|"
          r"\b(?:aaj|abhi|kal) mat (?:bhejo|bhejna|bhejiye|bheje)\b",
          "間違った商品を送らないでください", "택배 보내지 마세요", "parcel mat bhejo"),
    # Haitian Creole, Somali, Swahili: "pa voye m mesaj ankò", "ha ii soo dirin fariimo", "usinitumie ujumbe tena";
    # the messages are named (not "pa voye pake a jodi a", the parcel).
    out("ht-so-sw:pa-voye", r"(?<!\bm )(?<!\bmwen )(?<!\bli )(?<!\byo )(?<!\bnou )(?<!\bou )(?<!\bw )(?<!\bmen )\b(?:pa|sispann|sispan) (?:voye|ekri|texte) (?:m |mwen |nou |ban m |ban mwen )?(?:(?:okenn |ankò |anko )?(?:mesaj|tèks|teks|sms|texto)\w*)\b|"
        r"\bsispann (?:voye|ekri) (?:mesaj|teks|sms)\w* (?:ban m|ban mwen|pou mwen)\b|"
        r"\bha (?:ii |noo )?(?:soo )?(?:dirin|dirina|dirinin) (?:\w+ )?(?:fariin|farriin|fariimo|farriimo|sms|fariimaha|farriimaha)\w*\b|"
        r"\bjooji\w* (?:fariimaha|farriimaha|sms\w*)\b|"
        r"\b(?:usinitumie|msinitumie|usitume|msitume|acha kunitumia|acheni kunitumia|wacha kunitumia|acha kutuma|acheni kutuma) "
        r"(?:tena )?(?:ujumbe|jumbe|meseji|msg|sms|text)\w*\b|\b(?:acha|acheni|wacha) kunitumia(?: (?:tena|tafadhali|please))*$",
        "Tanpri pa voye m mesaj ankò", "Usinitumie ujumbe tena", negatable=False),
    # Hindi (formal "na bhejein"), Tagalog "tama na po ang text", "pakitanggal po ako sa listahan".
    out("hi-tl:na-bhejein", r"\b(?:message|messages|msg|sms|sandesh|sandesh|text)\w* (?:na|mat) (?:bhejein|bhejen|bheje|bhejiye|bhejo|bhejna)\b|"
        r"\bna (?:bhejein|bhejen) (?:message|messages|msg|sms|sandesh)\b|"
        r"\btama na (?:po )?(?:ang |yung |sa )?(?:pag )?(?:text|txt|texts|mensahe|message|messages|msg|spam|pagtext|pag text)\w*\b|"
        r"\b(?:pakitanggal|tanggalin|pakialis|alisin|tanggal) (?:nyo |niyo |na |po |mo )*(?:ako|number ko|numero ko) "
        r"(?:po )?(?:sa|from) (?:inyong |inyo |nyong |niyong |your )?(?:listahan|list|mailing|subscription)\b",
        "Tama na po ang text", "Pakitanggal po ako sa listahan", negatable=False),
    # Russian in Latin letters, Romanian, Serbo-Croatian, Danish: "ne pishite mne bolshe", "hvatit mne pisat", "opriti mesajele",
    # "prestanite mi slati poruke", "hold op med at skrive til mig".
    out("xx:more-latin", r"^(?:pozhaluysta |pozhalujsta )?ne (?:pishite|prisylayte|prisylaite|otpravlyayte)(?: (?:mne|nam|bolshe|syuda|sms|soobshcheniya|"
        r"nichego|pozhaluysta|pozhalujsta))*$|\bhvatit (?:mne |nam |uzhe )*(?:pisat|prisylat|slat|spamit)\b|\botpishite (?:menya|nas)\b|"
        r"\bopri(?:ti|ți) (?:va rog )?(?:mesajele|sms\w*|trimiterea (?:de )?(?:mesaje|sms\w*)|reclamele)\b|"
        r"\bprestani(?:te)? (?:mi |nam )?(?:slati|saljati|pisati|spamati)(?: (?:mi|nam))?(?: (?:vise |više )?(?:poruke|poruka|sms\w*|reklame)\b|$)|"
        r"\bhold (?:nu )?op med at (?:skrive|sende|sms\w*|spamme|kontakte)\b",
        "ne pishite mne bolshe", "hvatit mne pisat", "opriti mesajele", "prestanite mi slati poruke", "hold op med at skrive til mig",
        negatable=False),
    # Greek "don't send me again", Persian, Urdu, Cantonese: "μη μου ξαναστείλετε", "پیام نفرستید", "پیغام نہ بھیجیں", "唔好再send".
    out("xx:more-scripts", r"\bμη(?:ν)? (?:μου |μας )?(?:ξαναστειλ|ξαναγραψ)\w*(?: (?:τιποτα|αλλα|αλλο|μηνυματα|μηνυμα|sms|διαφημισεις|παρακαλω|please))*$|"
        r"\b(?:پیام|پیامک|اس ام اس|پیغام)\w* (?:\w+ )?(?:نفرستید|نفرست|ندهید|نده|نفرستین)\b|\bدیگر (?:\w+ )?نفرستید\b|"
        r"\b(?:پیغام|میسج|مسیج|ایس ایم ایس)\w* (?:\w+ )?(?:نہ|مت) (?:بھیج\w*)|"
        r"唔好再(?:send|發|发|傳|传|sms|whatsapp|打擾|打扰|搵)",
        "μη μου ξαναστείλετε", "لطفا دیگر پیام نفرستید", "براہ کرم مجھے پیغام نہ بھیجیں", "唔好再send message俾我", negatable=False),
    # The texts named first, then refused or moved to another channel (nl, pl, ru, sv): "sms'jes lees ik toch niet",
    # "de reclame hoeft niet meer", "SMS-ów proszę nie wysyłać", "а рекламу не присылайте", "sms vill jag inte ha".
    out("xx:texts-refused", r"\b(?:sms\w*|sms jes|berichten|smsjes) (?:lees|beantwoord|open) ik (?:toch |eigenlijk |nooit |ook )?(?:niet|nooit)\b(?! (?:zo|altijd|meteen|direct|snel|op tijd)\b)|"
        r"\b(?:reclame|sms\w*|berichten|aanbiedingen|nieuwsbrief) (?:hoeft|hoeven) (?:voor mij |van mij )?(?:niet meer|niet langer)\b|"
        r"\bsms(?: ow|ow|y)? (?:please |prosze )?nie (?:wysylac|przysylac|pisac|wysylajcie|przysylajcie)\b|"
        r"\b(?:рекламу|рекламы|смс|сообщения|рассылку|рассылки|спам) (?:больше |мне |уже )*не (?:присылаите|отправляите|шлите|пишите|надо|нужно)\b(?! было\b)|"
        r"\b(?:reklam|sms\w*|wiadomosci|powiadomien)\w* (?:already |juz |wiecej )?nie (?:chce|potrzebuje)\b(?! (?:ogladac|widziec|sluchac|czytac|w telewizji|w tv)\b)|"
        r"\bgeen (?:\w+ )?(?:reclame|aanbiedingen|promoties|acties) meer\b(?! (?:in|door) (?:de|mijn) (?:\w+ )?(?:bus|brievenbus)\b)|"
        r"\b(?:sms|meddelanden|reklam|utskick) (?:vill|onskar) (?:jag|vi) (?:inte|inga) (?:ha|fa|lasa)\b",
        "sms'jes lees ik toch niet", "а рекламу не присылайте", negatable=False),
    # My number off the list (pl, ru, zh, hi, vi, tl): "usunięcie mojego numeru z listy", "исключить мой номер из рассылки".
    out("xx:number-off-list", r"\busuni\w* (?:mojego |moich |moj )?(?:numeru|danych|nr|numer)\b(?! (?:zamowienia|konta|karty|klienta)\b)|"
        r"\b(?:исключ|удал|убер|вычеркн)\w* (?:мо\w+ )?(?:номер|меня|контакт)\w* (?:из|со?) (?:\w+ )?(?:рассылк\w*|списк\w*|баз\w*)\b|"
        r"(?<!不要)(?<!别)(?<!別)(?:把|将|將)我的(?:号码|號碼|手机号|手機號|电话|電話)(?:从|從)[^ ]{0,8}?(?:名单|名單|列表|系统|系統|数据库|數據庫)(?:里|裡|中)?(?:删除|刪除|删掉|刪掉|移除|去掉)|"
        r"把我从[^ ]{0,8}?(?:名单|名單|列表|通讯录|通訊錄)(?:里|裡|中)?(?:删除|刪除|移除|去掉)|"
        r"\b(?:mera|mere|hamara) (?:number|no|nmbr|naam) (?:\w+ ){0,2}?(?:list|database|system) se (?:hata|nikal|delete|remove)\w*\b|"
        r"\blist se (?:mujhe |mera number |mera naam )?(?:hata|nikal|remove|delete)\w*\b|"
        r"\bxoa (?:so (?:dien thoai |dt |dthoai )?|ten )?(?:cua )?(?:toi|minh|em|anh|chi) khoi danh sach\b|"
        r"\bxoa so (?:dien thoai |dt |dthoai )?(?:cua )?(?:toi|minh)\b|"
        r"\b(?:paki)?tanggal\w* (?:na )?(?:po )?(?:ang |yung )?(?:number|numero|pangalan) ko\b",
        "usunięcie mojego numeru z listy", "mera number list se hata do", negatable=False),
    # Not the person they text (uk, ja, ko): "це не мій номер", "私は田中ではありません", "저는 김민수가 아닙니다", "번호 잘못".
    out("xx:not-this-person", r"\bце не міи номер\b(?! (?:замовлення|картки|рахунку|договору|посилки))|"
        r"(?:私|わたし|僕|" + _said("ぼく") + r")は(?:(?!会員|メンハ|客|顧客|学生|大人|子供|日本人|本人)[^ ]){1,8}?"
        + _said("ではありません", "じゃありません", "じゃないです", "ではないです") + r"|"
        r"(?<!제가 )번호 ?(?:잘못|틀렸)(?! ?(?:눌|입력|적|썼|보냈|걸|드렸))|(?:저는|전|나는) (?!회원|고객|학생|손님)[^ ]{1,6}(?:가|이) 아닙니다",
        "це не мій номер", "私は田中ではありません", "번호 잘못 아셨어요", negatable=False),
    # "Wrong number" in the other languages, as the clause (a notice about this number), never about an order, a bill or a
    # house ("fel nummer på fakturan", "verkeerd nummer op de factuur").
    out("xx:wrong-number", r"(?:^|\b(?:sorry|sorri|przepraszam|извините|простите|pardon|ursakta|anteeksi|xin loi|maaf|sori|"
        r"scuze|promiňte|bocsanat) )(?:"
        + _said("verkeerd nummer", "verkeerde nummer", "zly numer", "zle numer", "pomylka numeru", "ошиблись номером", "вы ошиблись номером",
                "не туда попали", "неправильный номер", "помилилися номером", "yanlis numara", "yanlis numarayi", "numar gresit", "numarul gresit",
                "fel nummer", "feil nummer", "forkert nummer", "vaara numero", "nham so", "nham so roi", "sai so", "salah sambung", "salah nomor",
                "salah orang", "mali ang number", "maling number", "wrong number po", "galat number", "galat number hai", "λαθος αριθμος",
                "λαθος νουμερο", "spatne cislo", "zle cislo", "rossz szam", "pogresan broj", "krivi broj", "погрешан број", "грешен номер",
                "رقم خطا", "رقم خاطي", "رقم غلط", "الرقم غلط", "מספר שגוי", "מספר לא נכון", "טעות במספר", "טעיתם במספר")
        + r")(?: (?:roi|po|hai|ho|ya|yaar|bhai|bro|abi|dostum|kardesim|kanka|pardon|prosze|pls|please|ok|tack|kiitos|dank|bedankt|merci|"
        r"spasibo|спасибо|danke|hocam|efendim|a|nha|nhe|oi|ji|sir|maam|madam|kak|ya|dong|sorry|sori|sis|kuya|ate|lho|nih))*$|"
        r"\b(?:رقم|الرقم) (?:خطا|خاطي|غلط)\b(?! (?:في|على)\b)|"
        + r"(?<!别)(?<!別)(?<!不要)(?<!不会)(?<!不會)(?<!怕)" + _said("打错了", "打錯了", "发错人了", "發錯人了", "番号違い", "番号間違い", "送り先違い", "人違い",
                "잘못 보내셨어요", "잘못 보내셨습니다", "잘못 보내신") + r"|"
        # "Dit is niet het nummer van Anja", "Это не номер Марины"
        r"\b(?:dit|dat) is niet (?:meer )?(?:het )?nummer van (?!(?:de|het|een|mijn|jullie|uw)\b)\w+|"
        r"\bэто не (?:номер|телефон) (?!(?:заказа|карты|сч[её]та|договора|магазина|курьера|офиса|клиента|телефона)\b)\w+",
        "verkeerd nummer", "Ошиблись номером", "打错了", "Dit is niet het nummer van Anja", negatable=False),
    # Consent never given (pl, ru, nl): "nigdy nie wyrażałem zgody na SMS", "я не давал согласия на рассылку".
    out("xx:no-consent", r"\bnigdy nie (?:wyrazal\w*|dawal\w*|dal\w*) zgody\b|\bnie (?:wyrazal\w*|dawal\w*) zgody na (?:sms|wiadomosci|kontakt|marketing)\w*|"
        r"\bя (?:не|никогда не) (?:давал|давала|давали) (?:\w+ )?согласи\w*|\bникакого согласия (?:я )?не дава\w*|"
        r"\b(?:nooit|geen) toestemming gegeven\b(?! (?:voor|aan|tot|bij) (?:de|het|een|die|dat) (?!sms|berichten|reclame|nieuwsbrief)\w+)",
        "Nigdy nie wyrażałem zgody na SMS", "Я не давал согласия на рассылку", "ik heb nooit toestemming gegeven", negatable=False),
    # A death notice about this number's owner (nl, pl, ru, uk, tr, sv): the number is no longer theirs to text.
    out("xx:deceased", r"^(?:\w+ )?(?:mijn|onze) (?:vader|moeder|man|vrouw|zoon|dochter|opa|oma|broer|zus|pa|ma) is (?:\w+ )?overleden\b|"
        r"^(?:\w+ )?(?:moj|moja|nasz|nasza) (?:tata|mama|ojciec|matka|maz|zona|syn|corka|babcia|dziadek|brat|siostra) (?:\w+ )?zmarl\w*\b|"
        r"^(?:\w+ )?(?:моя |мои |мой |наша |наш )?(?:мама|папа|отец|мать|муж|жена|сын|дочь|бабушка|дедушка) (?:\w+ )?(?:умер|умерла|скончал\w*)\b|"
        r"^(?:\w+ )?(?:моя |мои |мій |наша |наш )?(?:мама|тато|батько|мати|чоловік|дружина|син|донька|бабуся|дідусь) (?:\w+ )?(?:помер|померла)\b|"
        r"^(?:\w+ )?(?:annem|babam|esim|oglum|kizim|dedem|ninem|anneannem|babaannem|kardesim) (?:\w+ )?vefat etti\b|"
        r"^(?:o |kendisi |sahibi |numaranin sahibi )?vefat etti$|"
        r"^(?:\w+ )?(?:min|mitt|var) (?:pappa|mamma|far|mor|man|fru|son|dotter|morfar|farfar|mormor|farmor|bror|syster) "
        r"(?:har )?(?:gatt bort|dott|avlidit)\b|"
        # ro, id, vi, tl, hi, el, cs, hu, ar, he, zh, ja, ko: a parent, spouse or child of the sender died
        r"\b(?:tatal|mama|sotul|sotia|fiul|fiica|bunicul|bunica) (?:meu|mea) (?:a decedat|a murit|s a stins)\b(?! de )|"
        r"\b(?:ayah|ibu|bapak|suami|istri|anak|kakek|nenek|papa|mama) (?:saya|aku|sy|gue) (?:sudah |telah |udah )?(?:meninggal|wafat|almarhum)\w*\b|"
        r"\b(?:bo|me|cha|chong|vo|ong|ba) (?:toi|minh|em) (?:da )?(?:mat|qua doi|chet)(?: roi)?$|"
        r"\b(?:namatay|pumanaw|patay) na (?:po )?(?:ang |si )?(?:tatay|nanay|asawa|lolo|lola|anak|kapatid|papa|mama) ko\b|"
        r"\b(?:papa|mummy|maa|mummi|pita|pitaji|dadi|dada|nana|nani|pati|patni|husband|wife) (?:ka|ki|ji ka|ji ki) (?:dehant|dehaant|death|maut|nidhan) ho (?:gaya|gayi|chuka|chuki)\b|"
        r"\b(?:πατερασ|μητερα|μαμα|μπαμπασ|συζυγοσ|αντρασ|γυναικα|γιοσ|κορη|παππουσ|γιαγια) μου (?:πεθανε|απεβιωσε|εφυγε απο τη ζωη)\b|"
        r"\b(?:muj|moje|nas|nase) (?:otec|tata|matka|mama|manzel|manzelka|syn|dcera|deda|babicka) (?:zemrel|zemrela)\b|"
        r"\b(?:apam|anyam|ferjem|felesegem|fiam|lanyom|nagyapam|nagyanyam) (?:meghalt|elhunyt)\b|"
        + _said("والدي توفي", "والدتي توفيت", "ابي توفي", "امي توفيت", "زوجي توفي", "زوجتي توفيت", "ابني توفي", "بنتي توفيت",
                "אבא שלי נפטר", "אמא שלי נפטרה", "בעלי נפטר", "אשתי נפטרה", "אבי נפטר", "אמי נפטרה") + r"|"
        r"(?:父亲|母亲|爸爸|妈妈|丈夫|妻子|老公|老婆|爷爷|奶奶|父親|母親|媽媽|爺爺)(?:已经|已經)?(?:去世|过世|過世|走了)|"
        r"(?:父|母|夫|妻|祖父|祖母)(?:は|が)(?:亡くなり|他界し|死去し|亡くなった)|"
        r"(?:아버지|어머니|남편|아내|할아버지|할머니|아빠|엄마)(?:가|께서|는)? ?돌아가셨",
        "Mijn moeder is overleden", "Annem vefat etti", "Tatăl meu a decedat", "我父亲已经去世了", negatable=False),
    # Consent revoked, in the words of the data-protection notices (pl, ru, uk, nl, tr, ro).
    out("xx:consent-revoked", r"\b(?:cofam|cofamy|wycofuje|wycofujemy|odwoluje) (?:\w+ )?zgode(?:$| (?:na|do) (?:\w+ )?(?:otrzymywanie|"
        r"przesylanie|wysylanie|kontakt|marketing|przetwarzanie|sms|wiadomosci|informacji|powiadomienia)\w*| marketingow\w*)|"
        r"\b(?:отзыва\w*|отозвать) (?:сво\w+ |мо\w+ )?согласие(?:$| на (?:получение|рассылку|обработку|смс|сообщения|рекламу|"
        r"звонки)\b)|\bвідклика\w* (?:сво\w+ |мо\w+ )?згоду(?:$| на (?:отримання|розсилку|обробку|смс|повідомлення|рекламу)\b)|"
        r"\btrek(?:ken)? (?:\w+ )?(?:toestemming|instemming) in\b|"
        r"\b(?:iznimi|onayimi|rizami|iznim|onayim) (?:geri )?(?:aliyorum|cekiyorum|aldim|cektim)\b|"
        r"\b(?:imi retrag|ne retragem|retrag) (?:\w+ )?(?:consimtamantul|acordul)\b",
        "Cofam zgodę na otrzymywanie wiadomości", "Я отзываю согласие на получение рассылки", negatable=False),
    # "How do I unsubscribe?", "Have you stopped trading?": a question about a CJK keyword, not the request.
    mention("cjk-question", r"(?=[怎如什为為哪吗嗎呢とて方ま어방왜나까가])(?:(?:怎么|怎麼|如何|怎样|怎樣|什么|什麼|为什么|為什麼|哪里|哪裡|如果|假如|要是)|(?<!好)(?:吗|嗎|呢)$|"
            + _said("どうやって", "どうすれば", "方法", "ですか", "ますか") + r"|어떻게|방법|왜|(?:나요|까요|가요)$)",
            "怎么退订？", "수신거부 어떻게 해요?"),
)
