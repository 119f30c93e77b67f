"""German opt-out and opt-in phrases (text is folded: "hört" is "hort", "löschen" is "loschen").

People without umlauts on the keyboard write "hoert", "loeschen", "kuendigen": the verb stems take both
spellings (``_O``, ``_U``).
"""

from dataclasses import replace

from ingest.intent.patterns import help_request, mention, opt_in, out, sense

_O = r"(?:o|oe)"
_U = r"(?:u|ue)"
_A = r"(?:a|ae)"
_MSG = (r"(?:sms|msg|messages|nachrichten|nachricht|\w+nachrichten|\w*benachrichtigungen|mitteilungen|werbung|mahnungen|\w+erinnerungen|"
        r"werbe ?\w+|spam|angebote|textnachrichten|newsletter|erinnerungen|kontaktaufnahme|\w*zusendungen?|warbig|werbig)")
# The texts as something to switch off: "SMS-Abo", "Werbe-SMS", "SMS Benachrichtigungen", "Newsletter".
_TEXTS = (r"(?:sms(?: abo| service| dienst| newsletter| werbung| benachrichtigungen| erinnerungen| infos| versand)?|"
          r"\w*nachrichten|\w*benachrichtigungen|\w*erinnerungen|werbe ?\w+|werbung|newsletter|spam|mitteilungen)")
# The list the number is on; not a waiting list, a course or a guest list.
_LIST = (r"(?:verteiler|\w*verteiler|(?!warte|teilnehm|gast|einkauf|kurs|anmelde)\w*liste|newsletter|\w*kartei|\w*datenbank|"
         r"system|adressbuch|sms \w+)")
_NUMBER = r"(?:(?:meine|die|diese|unsere|seine|ihre|mini|mis|mei|meini) )?(?:handy|telefon|mobil|tel|mobilfunk|ruf)?(?:nummer|nr|nummere)"
_HIM = r"(?:mich|uns|ihn|mi|{0}|meine daten|meine kontaktdaten)".format(_NUMBER)
# "nicht mehr" as texted: "net/ned mehr" (south), "nimmer/nimma" (Bavarian, Austrian), "nümme/nüme" (Swiss).
_NO_MORE = r"(?:nicht mehr|nich mehr|net mehr|ned mehr|nid meh|nimmer|nimma|numme|nuemme|nie wieder|nie mehr)"
# "mir" as spoken in the south ("schickts ma", "schreib mia").
_ME_DAT = r"(?:mir|uns|ma|mia)"
_DET = r"(?:dem|der|den|ihrem|ihrer|ihren|eurem|eurer|euren|diesem|dieser|deinem|deiner)"
# A word that is not the texts, a list or the number: what else one signs off from ("für Samstag", "mein Auto").
_OTHER_WORD = (r"(?!(?:sms|msg|newsletter|verteiler|(?!warte|teilnehm|gast|einkauf|kurs|anmelde)\w*liste|\w*service|\w*dienst|\w*nachrichten|nachricht|"
               r"\w*benachrichtigungen|werbung|werbe\w*|spam\w*|mitteilungen|angebote|empfang|erhalt|abo|\w*abo|system|"
               r"programm|\w*nummer|nr|daten|mist|quatsch|allem|alles|rest)\b)\w+ ")
# "hör auf" alone is a keyword sentence (INTENT_OPT_OUT_WORDS), so that laughter can still cancel it.
_BARE_STOP = (r"(?!^(?:(?:bitte|jetzt|sofort|danke|ja|pls|please|nun) )*(?:h{0}r|h{0}rt|h{0}ren sie|aufh{0}ren)"
              r"(?: auf)?(?: (?:bitte|jetzt|sofort|danke|ja))*$)").format(_O)

# "Löscht mich bitte nicht", "nehmt mich bloß nicht aus der Liste": the imperative negated after its object.
_NOT_AFTER = r"(?!(?: \w+){0,2}? (?:nicht|nie|niemals|keinesfalls)\b)"
# "hört auf, mir doppelt abzubuchen": the infinitive that ends the clause says what to stop, and it is not the texts.
_TEXTING_VERB = (r"(?:schreib|schick|send|sims|kontaktier|nerv|belastig|belaestig|spam|text|stor|bombardier|mull|muell|terroris|"
                 r"behellig|werb|informier|benachrichtig|erinner|anschreib|zuschreib|zuschick|zumull|zumuell|zuspam)")
_NOT_OTHER_INFINITIVE = r"(?!(?: \w+){0,6} (?:zu (?!" + _TEXTING_VERB + r")\w+|\w+zu(?!" + _TEXTING_VERB + r")\w{3,})$)"


PATTERNS = (
    # --- a request supposed, asked about or denied as someone else's ("falls ich mich irgendwann abmelden will", "wer
    # hat gesagt, dass ihr mich löschen sollt?", "ich wollte nur wissen, wie", "niemand hat gesagt, dass ...")
    mention("de:angenommen", r"^(?:und |aber )?(?:falls|wenn|sollte|sollten) (?:ich|wir) (?:\w+ ){0,3}?(?:irgendwann|mal|eines tages|"
            r"spater|spaeter|in zukunft|kunftig|kuenftig)\b|^(?:\w+ )?wer (?:hat|hatte|hat euch|hat ihnen) (?:\w+ )?(?:gesagt|verlangt|"
            r"gebeten)\b|\bniemand hat (?:\w+ )?(?:gesagt|verlangt|gebeten)\b|"
            r"\b(?:ich wollte|ich will|ich mochte|ich moechte) (?:nur|bloss|blos|lediglich|einfach) wissen (?:wie|ob|wann)\b|"
            r"^(?:und |aber )?wie man sich (?:\w+ )?(?:abmeldet|austragt|austraegt)\b",
            "falls ich mich irgendwann abmelden will, wie geht das?", "wer hat gesagt, dass ihr mich löschen sollt?"),
    # --- another sense of the words, or a question about them (cancel the opt-outs they overlap) -------------
    # "Nicht dass ich eure SMS nicht will, aber die kommen zu früh": a double negative, no refusal.
    sense("de:nicht-dass-nicht", r"\bnicht (?:so )?dass (?:\w+ ){1,5}?nicht (?:mehr )?(?:will|mochte|moechte|mag|brauche|haben will)\b",
          "nicht dass ich eure SMS nicht will"),
    sense("de:bekomme-keine", r"\b(?:bekomm|krieg|erhalt|empfang)\w* (?:ich |wir |man |er |sie )?(?:seit (?:\w+ ){1,2}|"
          r"schon |gar |immer |noch |auch |jetzt |heute |plotzlich |irgendwie |leider |ja )*(?:keine|kein|nix|nichts)\b|"
          r"\b(?:hab|habe|haben|hatte|hatten|hast|habt) (?:\w+ ){0,3}?(?:keine|kein|nix|nichts) (?:\w+ ){0,5}?(?:bekommen|"
          r"erhalten|gekriegt|empfangen|gesehen)\b",
          "warum bekomme ich keine SMS mehr?", "ich bekomme seit einer Woche keine Nachrichten mehr"),
    sense("de:warum-nicht", r"\b(?:warum|wieso|weshalb|seit wann) (?:\w+ ){0,3}?(?:nicht mehr|keine|kein|nix|nichts)\b",
          "warum schreibt ihr mir nicht mehr?"),
    sense("de:alte-nummer", r"\b(?:keine|kein|nicht) (?:\w+ ){0,4}?(?:an|auf|fur) (?:meine |die |diese )?(?:alte|bisherige|fruhere|"
          r"zweite) (?:handy|telefon|mobil)?nummer\b|\b(?:alte|bisherige|fruhere|zweite) (?:handy|telefon|mobil)?nummer\b",
          "können Sie meine alte Nummer löschen und die neue speichern?"),
    sense("de:abgemeldet-frage", r"\b(?:bin ich|sind wir|ist (?:meine|die|diese) nummer|wurde ich|wurde meine nummer|hat es) (?:jetzt |schon |"
          r"bereits |wirklich |auch |endlich |nun )*(?:abgemeldet|ausgetragen|gel" + _O + r"scht|entfernt|raus|geklappt)\b|"
          r"\b(?:abgemeldet|ausgetragen|gel" + _O + r"scht|entfernt) (?:oder|oder nicht|richtig|gell|ne|nicht wahr|stimmt das)$",
          "bin ich jetzt abgemeldet?", "ich bin schon abgemeldet oder?"),
    sense("de:eigener-fehler", r"(?:^|\b(?:ich|hab|habe|sorry|sry|ups|upps|oops|sorri|entschuldigung|mist) (?:\w+ ){0,2}?)"
          r"falsche\w* (?:handy|telefon)?(?:nummer|nr|person|chat|gruppe|kontakt|empfanger) (?:\w+ )?(?:angeschrieben|angerufen|"
          r"geschrieben|erwischt|gewahlt|getippt|geschickt|eingegeben|gesendet|angegeben|hinterlegt|eingetragen|genannt|gegeben|notiert)\b",
          "sorry, falsche Person angeschrieben", "ich hab die falsche Nummer erwischt"),
    sense("de:keine-statement", r"\b(?:keine|kein) (?:\w+ )?" + _MSG + r" (?:mehr )?(?:ist|sind|war|waren|kam|kamen|da|angekommen|"
          r"gekommen|gesehen|gefunden|gibt|gab|gibts)\b|\b(?:ist|is|isch|sind|san|war) (?:das |dies |es |des |dis )?(?:doch |wirklich |echt |auch )?"
          r"(?:kein|keine|koa|kei) (?:\w+ )?" + _MSG + r"\b|\b(?:habt ihr|haben sie|hast du|gibt es|gibts|gab es|finde ich|ich finde|"
          r"ich sehe|sehe ich) (?:\w+ ){0,2}?(?:keine|kein)\b(?: \w+){0,3}",
          "keine Nachricht ist eine gute Nachricht", "habt ihr keine Angebote mehr für Winterreifen?",
          "schade, dass es keine Angebote mehr gibt", "das ist kein Spam, oder?"),
    sense("de:nicht-verpassen", r"\b(?:keine|kein|nichts|nix) (?:\w+ ){0,3}?(?:mehr )?verpassen\b",
          "ich will keine Angebote verpassen"),
    sense("de:anderer-kanal", r"\b(?:keine|kein|nicht) (?:\w+ ){0,2}?(?:e ?mails?|mails|briefe?|post|anrufe?|werbeanrufe|"
          r"anrufen|prospekte|kataloge?|flyer|zeitung|werbebriefe|werbepost|anrufe|briefkasten|haustur|paket|pakete|packchen|karton|"
          r"lieferung|bestellung|rechnung|rechnungen|mahnung|mahnungen|lieferungen|ware|proben|muster)\b"
          r"(?! (?:und|oder|noch|sowie) (?:keine |kein )?(?:\w+ )?" + _MSG + r"\b)",
          "schreiben Sie mir keine Mails mehr, SMS ist okay"),
    # "das ist keine falsche Nummer, ich bin's": the wrong number denied.
    # The hour or the day, not the texts: "bitte keine SMS vor 8 Uhr", "keine SMS am Sonntag, unter der Woche ist ok".
    sense("de:uhrzeit", r"\bkeine (?:\w+ )?" + _MSG + r" (?:mehr )?(?:(?:vor|nach|ab|bis) \d+|(?:am|an) (?:sonntag|samstag|wochenende|feiertagen|feiertag|abend)|"
          r"sonntags|nachts|in der nacht|am wochenende|fruh morgens|so fruh|so spat|wahrend der arbeit)\b",
          "bitte keine SMS vor 8 Uhr"),
    sense("de:keine-falsche-nummer", r"\b(?:ist|war|sind|haben|hast|habt) (?:keine|nicht die) falsche (?:handy|telefon)?(?:nummer|nr|person)\b|"
          r"\bnicht falsch verbunden\b", "das ist keine falsche Nummer, ich bin's wirklich"),
    sense("de:falsche-nummer-gespeichert", r"\bfalsche (?:handy|telefon)?(?:nummer|nr) (?:von (?:mir|uns|ihm|ihr) )?"
          r"(?:gespeichert|hinterlegt|eingetragen|notiert|im system)\b", "ihr habt die falsche Nummer von mir gespeichert"),
    sense("de:zugestimmt-anders", r"\b(?:dem|der|dieser|diesem|den|diesen) (?:\w+ )?\w*(?:termin|preis|vertrag|anderung|erhohung|"
          r"bestellung|lieferung|rechnung|kosten|gebuhr|gebuhren|bedingungen|verlangerung|agb)\w* (?:\w+ )?(?:nicht|nie) "
          r"(?:\w+ )?zugestimmt\b", "ich habe der Preiserhöhung nicht zugestimmt"),
    sense("de:anrufen", r"\bauf (?:mich |uns )?(?:anzurufen|mit (?:den |dem |diesen |ihren |euren )?(?:anrufen|telefonaten))\b",
          "hören Sie auf anzurufen, schreiben Sie lieber"),
    sense("de:abmelden-anders", r"\b(?:fur|vom|von der|von dem|aus dem|aus der|beim|bei der|zum|zur|am|ab) (?:" + _OTHER_WORD
          + r"){1,2}?(?:abmelden|abzumelden|abgemeldet|abmeldet|abmelde|austragen|auszutragen|abbestellen)\b|"
          r"\b(?:die|den|das|meine|meinen|mein|eine|einen) (?:" + _OTHER_WORD + r"){1,2}?(?:noch )?abbestell\w*\b|"
          r"\b(?:aus|von|vom) (?:dem |der |den |meinem |meiner )?(?:\w+ )?\w*(?:kurs|training|termin|warteliste|"
          r"veranstaltung|event|team|verein|workshop|seminar|reise|tour|klasse|unterricht|spiel|turnier|treffen|feier|"
          r"party|fahrt|dienstplan|schicht)\b|"
          r"\b(?:streich|trag|nehm|nimm|l" + _O + r"sch|entfern)\w* (?:sie |ihr |du )?(?:mich|uns) (?:bitte )?(?:\w+ ){0,2}?"
          r"(?:fur|von|aus|bei|am) (?:\w+ ){0,2}?\w*(?:termin|kurs|training|schicht|dienst|samstag|sonntag|montag|dienstag|"
          r"mittwoch|donnerstag|freitag|abend|ausflug|fahrt|woche|wochenende)\b|\b(?:abmelden|abgemeldet) (?:fur|am|ab|bis) (?:heute|morgen|\w+tag|den|die|das|"
          r"nachste\w*|diese\w*|\d+)\b",
          "ich muss mich für Samstag abmelden", "ich wollte mich nur abmelden für heute", "kann ich die Pizza noch abbestellen?",
          "trag mich aus dem Kurs am Mittwoch aus", "mein Sohn möchte sich vom Fußballtraining abmelden"),
    sense("de:aufhoren-anders", r"\bmit dem (?:rauchen|trinken|saufen|kiffen|dampfen|vapen|naschen|essen|spielen|zocken|arbeiten|"
          r"streiten|jammern|lernen|laufen|joggen|training|sport|job|studium|verein|fasten) (?:\w+ )?aufh" + _O + r"r\w*\b|"
          r"\b(?:aufh" + _O + r"r\w*|auf|uf|uff) (?:zu|z|ze) (?!(?:schreiben|schriibe|schribe|schreibe|simsen|smsen|texten|senden|schicken|spammen|nerven|"
          r"bel" + _A + r"stigen|kontaktieren|anzuschreiben|zuzuspammen|zuschicken|werben|stressen)\b)\w+",
          "ich will mit dem Rauchen aufhören", "hört auf zu streiten ihr zwei"),
    sense("de:abmelden-sache", r"\b(?:mein|meine|meinen|das|den|die|unser|unsere|unseren|ein|einen) (?:" + _OTHER_WORD + r"){1,2}?"
          r"(?:noch |bitte |online |telefonisch )?(?:abmelden|abzumelden|abgemeldet|ummelden)\b|"
          r"\b(?:zeitung\w*|zeitschriften|prospekte|pakete|flyer|briefe|post|blattchen) (?:\w+ )?(?:austragen|auszutragen|austrage|tragt)\b",
          "ich muss mein Auto abmelden", "bei euch Prospekte austragen"),
    sense("de:soll-aufhoren", r"\b(?:ich|wir) (?:soll|sollen|sollte|sollten|muss|mussen) (?:\w+ ){0,2}?aufh" + _O + r"ren\b",
          "meine Frau sagt, ich soll aufhören euch zu schreiben"),
    # A message left on the voicemail is a call: "bitte keine Nachricht auf die Mailbox sprechen".
    sense("de:mailbox", r"\b(?:nachricht|nachrichten|was) (?:auf (?:die|der|den|meine|meiner|meinen) )?(?:mailbox|sprachbox|"
          r"anrufbeantworter)\b(?: \w+)?|\b(?:nachricht|nachrichten|was) auf (?:den|dem|meinen) ab\b(?: \w+)?", "bitte keine Nachricht auf die Mailbox sprechen"),
    sense("de:in-ruhe-anders", r"\bin (?:ruhe|ruah) (?:\w+ )?(?:uberlegen|uberlegn|nachdenken|uberdenken|anschauen|schauen|entscheiden|"
          r"essen|arbeiten|lesen|fertig\w*|ausschlafen)\b", "lass mich in Ruhe überlegen"),
    mention("de:keyword-frage", r"\bwas (?:heisst|bedeutet|passiert|macht|bewirkt)\b|\bwofur (?:steht|ist)\b|"
            r"\bwenn ich (?:\w+ ){0,3}?(?:stopp?|abmelden|ende|beenden|austragen) (?:schreibe|antworte|sende|schicke|tippe)\b",
            "was heißt Abmelden hier genau?", "wenn ich STOPP schreibe, bekomme ich dann die Paketinfos?"),
    mention("de:anleitung", r"\b(?:antwort|send|schick|schreib|sims|tipp)\w* (?:mit |einfach |bitte )?(?:stopp?|ende|abmelden|start|"
            r"hilfe) (?:an \d+ )?(?:zum|um|an|fur|per|und)\b|\b(?:stopp?|ende|abmelden|start) (?:an \d+ )?(?:antworten|senden|"
            r"schicken|schreiben|simsen) (?:zum|um|fur)\b",
            "„STOPP“ antworten zum Abbestellen", "antworte mit STOPP, um dich abzumelden"),
    # --- asking the sender to stop ------------------------------------------------------------------------------
    out("de:keine-mehr", r"\b(?<!habe )(?<!hab )(?<!hob )(?<!hatte )(?<!noch )(?:keine|keinerlei|nicht mehr(?! als\b)|kein|kiene|kien|kine|keien|kene|keene|kei|koi|koine|kane|kaane|koa|koane|koan) (?:\w+ ){0,2}" + _MSG
        + r"(?: mehr| meh)?\b(?! (?:bekommen|erhalten|gesehen|gekriegt|ubercho|uberchoo|becho|gsee|kriegt|kriagt|griagt|kriegt|angekommen|"
        r"heute|gestern|seit|bisher|bis jetzt|diese woche)\b)|(?<!\bhat )(?<!\bhatte )(?<!\bhaben )(?<!\bhatten )\bkeine (?:\w+ )?mehr$|\bkeine (?:\w+ ){0,2}?(?:mehr )?per sms\b",
        "keine SMS mehr", "bitte keine Nachrichten mehr", negatable=False),
    out("de:mochte-keine", r"\b(?:will|mochte|moechte|wunsche|wuensche|brauche|mag|wurde gerne|hatte gerne|hatte gern)\b "
        r"(?:\w+ ){0,3}?(?:keine|kein|kiene) (?:\w+ ){0,2}?" + _MSG + r"\b|"
        r"\b(?:will|mochte|moechte|mocht|mecht|wunsche|wuensche|brauche|mag|mog)\b (?:\w+ ){0,2}?(?:nix|nichts|keine \w+) mehr (?:\w+ ){0,3}?"
        r"(?:h" + _O + r"ren|sehen|bekommen|erhalten|lesen|kriegen|wissen)\b|"
        r"\b(?:will|mochte|moechte|mocht|brauche|mag) (?:ich )?(?:das|des|dies|sowas|so was|es|diese|die|solche|eure|ihre)(?: " + _MSG
        + r")? ?(?:alles )?(?:(?:echt|wirklich|einfach|definitiv|absolut|bitte|ehrlich gesagt|wirklich gar|ganz ehrlich|eigentlich) )?(?:nicht|nich|net|ned) mehr (?:bekommen|erhalten|kriegen|empfangen|sehen|lesen)\b|"
        r"^(?:ich )?(?:will|mochte|moechte|brauche) (?:das|dies|sowas|so was|es)(?: alles)? nicht(?: mehr)?(?: danke| bitte)?$|"
        r"\b(?:will|mochte|moechte|wunsche)\b (?:\w+ ){0,2}?nicht (?:mehr |langer )?(?:wieder|weiter|weiterhin|langer|noch) "
        r"(?:\w+ ){0,2}?" + _MSG + r"\b|"
        r"\b(?:will|mochte|moechte|brauch|brauche|mag) (?:\w+ )?(?:nix|nichts) mehr von (?:euch|ihnen|dir|eurer firma|ihrer firma)"
        r"(?: (?:wissen|horen|sehen|bitte|danke))?$|"
        r"\b(?:diese|die|eure|ihre|solche|keine) (?:\w+ )?" + _MSG + r" (?:\w+ )?(?:nicht mehr |mehr )?(?:haben|bekommen|erhalten|"
        r"kriegen|empfangen) (?:will|mochte|moechte|mag)\b",
        "ich möchte keine weiteren Nachrichten erhalten", "ich will nix mehr von euch hören", "ich will das nicht",
        negatable=False),
    out("de:hort-auf", _BARE_STOP + r"(?:(?<!ich )(?<!ich jetzt )\bh" + _O + r"(?:r|rt|ren|rts|ret|re|rst|rn|red|ret) (?:sie |s |se |ihr |du |bitte |endlich |doch |jetzt |"
        r"sofort |mal |einfach )*(?:damit |mit (?:(?:dem|den|der|diesen|dieser|diesem|eurem|euren|eurer|ihren|ihrer|ihrem|all dem|all den|"
        r"dem ganzen|den ganzen|ganzen|standigen|dauernden|vielen|taglichen) ){0,2}(?:\w+ )?" + _MSG + r"\w* (?:(?:bitte|endlich|jetzt|sofort|doch|mal) )*)?"
        r"(?:auf|uff|uf)\b" + _NOT_OTHER_INFINITIVE + r"|\baufh" + _O + r"ren\b)|"
        r"(?<!ich )(?<!wir )\b(?:schick|send|schreib|sims)\w* (?:sie |s |du |ihr )?(?:mir |uns |ma |mia |an (?:diese|meine|die) nummer )?(?:bitte |einfach |ab jetzt |ab sofort |kunftig |"
        r"jetzt )*(?:(?:nichts|nix|nie)(?: mehr| wieder)?\b|(?:keine|nicht) (?:(?:\w+ )?" + _MSG + r"|mehr|wieder|so oft|"
        r"dauernd|standig|andauernd)\b|nicht$)|"
        r"\bdass (?:das|es|dies|der spam|die sms|diese \w+|ihr|sie) (?:\w+ )?aufh" + _O + r"r(?:t|en)\b|"
        r"\bwann h" + _O + r"rt (?:das|dies|es|der spam|der terror|der mist|diese \w+) (?:endlich |mal |denn |jetzt )*auf\b",
        "hören Sie auf", "schicken Sie mir keine SMS mehr", "schick mir nix mehr"),
    out("de:schon-abgemeldet", r"\b(?:schon|bereits|mehrmals|mehrfach|zigmal|zweimal|dreimal|\d+ mal) (?:\w+ ){0,2}?"
        r"(?:stopp?|abgemeldet|abbestellt|ausgetragen|widersprochen)\b|"
        r"\b(?:warum|wieso|weshalb) (?:bekomm|krieg|erhalt|schick|schreib|sende|send|kommen|kommt)\w* (?:\w+ ){0,2}?"
        r"(?:immer noch|noch immer|trotzdem|weiterhin|schon wieder) (?:\w+ )?" + _MSG + r"\b|"
        r"\bwie oft (?:muss|soll) ich (?:\w+ ){0,3}?(?:stopp?|abmelden|austragen|schreiben dass)\b|"
        r"\bobwohl ich (?:mich |uns )?(?:\w+ )?(?:abgemeldet|ausgetragen|stopp?|widersprochen|gekundigt|abbestellt)\b",
        "hab schon 3x STOP geschickt", "wieso bekomme ich immer noch SMS?", negatable=False),
    out("de:nix-mehr", r"^(?:bitte )?(?:nix|nichts|nuscht|nischt|nut|nuet) (?:mehr|meh) (?:schicken|schicka|schicke|senden|senda|sende|"
        r"schreiben|schreiba|schreibe|schriibe|zuschicken|simsen)\b",
        "nix mehr schicken bitte"),
    out("de:abmelden", r"\b(?:abmelden|abbestellen|austragen|abmeldung|austragung|abbestell\w*|abmeld(?!efrist|eformular|eschein|egebuhr)\w*|"
        r"ausgetragen)\b|"
        r"^(?:bitte )?(?:abmleden|abmedlen|abmelen|abmeldne|amelden|abemelden|abmlden|abbestelen|austargen)(?: bitte| danke)*$|"
        r"^(?:ich )?(?:(?:will|mochte|moechte) (?:hier |da |jetzt |sofort |endlich )?raus|bin hier raus|bin da raus)(?: hier| da)?(?: bitte| danke| tschau| tschuss)*$|"
        r"\b(?:newsletter|sms|werbe|nachrichten|verteiler|info)\w*(?:abmeldung|abbestellung|austragung)\b|"
        r"\b(?:ich|wir) (?:habe|hab|hatte|haben|hatten) (?:mich|uns|das|die \w+|den \w+) (?:(?!(?:nie|nicht|niemals|nimmer|kein\w*)\b)\w+ ){0,3}?(?:abgemeldet|abbestellt)\b",
        "bitte abmelden", "ich möchte mich austragen"),
    out("de:loschen", r"\b(?:l" + _O + r"sch|entfern|streich)\w* (?:sie |ihr |du )?(?:bitte |sofort |endlich |umgehend |doch |einfach ){0,2}" + _HIM + r"\b"
        + _NOT_AFTER + r"|"
        r"\b" + _HIM + r" (?:bitte |sofort |endlich )?(?:(?:aus|von) (?:\w+ ){1,3}?)?(?:l" + _O + r"schen|entfernen|austragen|"
        r"streichen)\b|"
        r"^(?:bitte )?(?:sofort |jetzt |endlich |umgehend )?(?:l" + _O + r"schen|entfernen|austragen|abmelden|aufh" + _O
        + r"ren)(?: bitte| danke| sofort| jetzt)?$|"
        r"\b(?:trag|nehm|nimm|schmei|werf|wirf)\w* (?:sie |du |ihr )?(?:bitte |doch |einfach |sofort )?" + _HIM + _NOT_AFTER + r" (?:bitte )?(?:\w+ ){0,4}?"
        r"(?:aus|raus|heraus)\b|"
        r"\b" + _HIM + r" (?:bitte |doch |einfach |sofort |endlich )*(?:\w+ ){0,3}?(?:rausnehmen|herausnehmen|rauswerfen|rausschmeissen|"
        r"rausstreichen|rausloschen)\b",
        "löschen Sie meine Nummer", "bitte meine Handynummer aus dem System löschen"),
    out("de:daten-loschen", r"^(?:bitte )?(?:daten|nummer|kontaktdaten|alle daten) (?:bitte |sofort )?(?:l" + _O + r"schen|entfernen)\b|"
        r"\bl" + _O + r"schung (?:meiner|der|aller|meiner ganzen) (?:\w+ )?(?:daten|nummer|\w*nummer|kontaktdaten)\b|"
        r"\b(?:antrag auf|beantrage|fordere|verlange|bitte um) (?:die )?(?:sofortige )?datenl" + _O + r"schung\b",
        "Daten löschen bitte", "ich fordere die Löschung meiner Daten"),
    out("de:verteiler", r"\b(?:nimm|nehm|streich|entfern|trag|l" + _O + r"sch|schmei|werf|wirf)\w* (?:sie |ihr |du )?"
        + _HIM + r"? ?(?:bitte |sofort |endlich )?(?:aus|von) " + _DET + r" (?:\w+ )?" + _LIST + r"\b|"
        r"\b(?:aus|von) (?:" + _DET + r" )?(?:\w+ )?" + _LIST + r" (?:\w+ )?(?:nehmen|streichen|l" + _O + r"schen|entfernen|"
        r"gestrichen|gel" + _O + r"scht|entfernt|genommen|raus|austragen)\b|"
        r"\bnicht (?:mehr |langer )?(?:auf|in) (?:ihrer|eurer|der|dieser|deiner|ihrem|eurem|dem|diesem) (?:\w+ )?" + _LIST
        + r" (?:stehen|sein|bleiben)\b",
        "nehmen Sie mich aus dem Verteiler", "nimm mich von der Liste", "ich möchte nicht mehr auf Ihrer Liste stehen", "ich möchte aus der Liste gestrichen werden"),
    # "stopp stopp ich will nix mehr": after a stop, wanting nothing more refuses the texts.
    out("de:stopp-will-nix", r"^(?:stopp? ){1,4}(?:ich )?(?:will|mag|mochte|moechte|brauche?) (?:nix|nichts|das nicht|sowas nicht|"
        r"keine \w+)(?: mehr)?\b", "stopp stopp stopp ich will nix mehr", negatable=False),
    # "vergesst meine Nummer": forget me (never "vergesst meine Nummer nicht").
    out("de:vergesst", r"\b(?:vergesst|vergessen sie|vergiss|vergesset) (?:bitte |einfach |endlich )?(?:meine (?:handy|telefon)?nummer|mich)\b"
        r"(?! (?:bitte |aber )?nicht\b)", "vergesst meine Nummer", negatable=False),
    # Dialect "don't write me any more": Kölsch "schrievt mer nit mi", Swabian "schreibet mr nimme", Swiss "schriibed mir nümme"
    # (never "schreib mir net so förmlich": a "more" is needed).
    out("de:dialekt-nimmer", r"\b(?:schrievt|schrievet|schriibed|schriibet|schribed|schreibet|schreibts|schreibt s|schickad|schicked|schigged|schickts|schickt s|schigget)"
        r" (?:mer |mr |mir |mi |ma |mia |eus |ois )?"
        r"(?:bitte |doch )?(?:(?:nit|net|ned|nid) (?:mi|mieh|meh|mehr|mee)\b|(?:nimmi|nimmer|nimma|nimme|numme|nuemme)\b)(?! zur" + _U + r"ck\b)",
        "schrievt mer nit mi", negatable=False),
    # Austrian "gebt's a Ruah mit euren SMS": peace from the texts.
    out("de:a-ruah", r"\b(?:a|eine|an|mei|meine) (?:ruah|ruh|ruhe) (?:\w+ )?mit (?:\w+ ){0,2}?" + _MSG + r"\b",
        "gebt's a Ruah mit euren SMS", negatable=False),
    # The texts named first: "Auf eure SMS verzichte ich gern" (de:kein-interesse reads "ich verzichte auf ..."); never "nicht verzichten".
    out("de:verzichte", r"\bauf (?:\w+ ){0,2}?" + _MSG + r" (?:(?!nicht\b|nie\b|ungern\b|kein\w*\b)\w+ ){0,4}?verzicht\w*\b(?! (?:ich |wir )?(?:nicht|ungern|nur ungern|nie|keinesfalls|auf keinen fall)\b)",
        "auf eure SMS verzichte ich"),
    # Swiss and Austrian German: "nämed mi vo de Lischte", "tüend mi us em Verteiler", "tragt's mi us".
    out("de:ch-lischte", r"\b(?:nam|nemm|nem|nimm|streich|losch|loesch|tuend|tuen|tue|trag|treg)\w* (?:si |sie |ihr |s )?(?:mi|mich|eus|ois|"
        r"mini nummere|mis nummere|mini nummer) (?:(?!nod\b|nid\b|ned\b|nit\b|net\b|nicht\b)\w+ ){0,2}?(?:us|uus|vo|vom|us em|us de|usem|aus) (?:de |dr |der |dere |em |eurer |"
        r"ihrer |euere )?(?:\w+ )?(?:lischte|liste|verteiler|kartei|adresslischte)\b",
        "nämed mi bitte vo de Lischte", "tüend mi us em Verteiler"),
    # Sending something else is not the texts ("ich will nicht, dass Sie mir das Paket schicken").
    out("de:nicht-dass", r"\b(?:will|mochte|moechte|wunsche|wuensche|mag|wurde gerne|hatte gerne|wollte) (?:ich )?(?:es |das )?nicht "
        r"(?:mehr )?dass (?:sie|ihr|du|man|die firma|ihre firma|eure firma) (?:mir|mich|uns|ma|mia|mi) "
        r"(?:(?:\w+ ){0,3}?(?:schreib|kontaktier|anschreib|sims|nerv|bel" + _A + r"stig|zuspam)\w*|(?:\w+ ){0,3}?(?:schick|send|zuschick)\w* "
        r"(?:\w+ ){0,3}?" + _MSG + r"|(?:\w+ ){0,3}?" + _MSG + r" (?:schick|send|zuschick)\w*|(?:(?:noch|weiter|weiterhin|immer|dauernd|"
        r"standig|andauernd) ){0,2}(?:schick|send|zuschick)\w*$)\b",
        "ich möchte nicht dass Sie mir weiterhin schreiben", "ich will nicht dass ihr mir noch SMS schickt", negatable=False),
    out("de:will-nicht", r"\b(?:will|mochte|brauche|wunsche) (?:\w+ ){0,2}" + _MSG + r" nicht\b(?! (?:\w+ )?(?:abbestellen|abmelden|verpassen|missen|verlieren|k" + _U + r"ndigen|l" + _O + r"schen|aufgeben|streichen|stoppen|beenden)\b)|"
        r"\b(?:will|mochte|moechte|brauche|mag)\b (?:\w+ ){0,4}?" + _MSG + r" (?:\w+ ){0,2}?nicht mehr (?:bekommen|erhalten|"
        r"kriegen|empfangen|sehen|lesen|haben)\b|\bdass ich (?:das|dies|sowas|so was|es|diese \w+|eure \w+|ihre \w+) nicht "
        r"(?:mehr )?(?:will|mochte|brauche|wunsche)\b|\bnie (?:wieder|mehr) (?:\w+ )?" + _MSG + r"\b(?! (?:\w+ )?(?:bekommen|erhalten|gekriegt|angekommen)\b)",
        "ich will diese Nachrichten nicht", "ich möchte diese Art von Nachrichten nicht mehr erhalten",
        "wie oft soll ich noch schreiben, dass ich das nicht will",
        negatable=False),
    out("de:schluss", r"\b(?:schluss|genug|gnue|gnua|gnug|gnuag|ende|stopp?|(?:es|jetzt|mir) (?:reicht|reichts|langt|langts)|reichts|langts) (?:jetzt |sofort |endlich |bitte |echt |wirklich |langsam |aber )*mit (?:\w+ ){0,2}?" + _MSG + r"\b|\b(?:will|mochte|moechte|brauche|brauch)(?: (?:ich|das|dies|diese|sie|es|euch|ihre|eure|sowas|so|was|alles|die|den|"
        r"von|ihnen|wirklich|echt|einfach|" + _MSG + r")){0,3} nicht mehr$",
        "Schluss mit den SMS", "ich will das nicht mehr", negatable=False),
    out("de:mich-nicht-mehr", r"\b(?:kontaktier|schreib|schick|send|sims|nerv|bel" + _A + r"stig|st" + _O + r"r|anschreib)\w* "
        r"(?:sie |du |ihr )?(?:mich|mir|uns|ma|mia|mi) (?:bitte )?(?:\w+ )?(?:" + _NO_MORE + r"|nicht wieder|nicht weiter|nicht langer)\b(?! zur" + _U + r"ck\b)|"
        r"^nerv\w* (?:sie |ihr |du )?(?:mich |uns )?(?:bitte )?nicht(?: mehr)?$|"
        r"\bnerv\w* (?:sie |ihr |du )?(?:mich |uns )(?:bitte )?(?:nicht|nich) (?:mehr |langer )?mit (?:\w+ ){0,2}?" + _MSG + r"\b|"
        r"\b(?:schreiben|kontaktieren|simsen|schicken) sie (?:bitte )?(?:ihr|ihm|ihn|meiner \w+|meinem \w+|meinen \w+) (?:bitte )?"
        r"(?:nicht mehr|nie wieder|keine (?:\w+ )?" + _MSG + r")\b",
        "bitte kontaktieren Sie mich nicht mehr", "schreibt mir nie wieder", negatable=False),
    # "bitte melden Sie mich ab", "hiermit melde ich mich von Ihren SMS ab"; not "ich melde mich nicht ab", "... für Samstag ab".
    out("de:meld-ab", r"\bmeld\w* (?:sie |du |ihr |ich |wir )?(?:mich|uns|meine nummer|diese nummer) (?:bitte )?"
        r"(?:(?!(?:nicht|nie|fur|zum|zur|vom|von|beim|bei|am|aus|ab)\b)\w+ ){0,4}?"
        r"(?:(?:von|vom|bei|aus) (?:\w+ ){0,2}?(?:" + _TEXTS + r"|" + _LIST + r"|ihnen|euch)\w* (?:(?:bitte|jetzt|sofort|endgultig) )*)?ab\b"
        r"(?! (?:morgen|heute|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|nachste\w*|dem|der|jetzt|sofort|und|\d+|"
        r"(?:fur|bis) (?:heute|morgen|diese woche|das wochenende|die woche|den rest|ein paar tage|eine woche|kurz)))|"
        r"\braus aus " + _DET + r" (?:\w+ )?" + _LIST + r"\b",
        "bitte melden Sie mich ab", "ich will raus aus dem Verteiler"),
    out("de:in-ruhe", r"\b(?:lass|loss)\w* (?:sie |ihr |du )?(?:mich|uns|mi|ins) (?:(?!nicht)\w+ ){0,3}?in (?:ruhe|ruah|ruh|frieden)\b|"
        r"\bverschon\w* (?:sie |ihr |du )?(?:mich|uns) (?:bitte )?(?:\w+ )?mit\b|"
        r"\b(?:geh|geht|gehen)\w* (?:sie |ihr |du )?(?:mir|uns) (?:bitte )?nicht (?:mehr )?auf (?:die nerven|den sack|den keks|"
        r"den wecker|den geist|den senkel)\b|"
        r"\bauf (?:die nerven|den sack|den keks|den wecker|den geist) mit (?:\w+ ){0,2}?" + _MSG + r"\b|"
        r"^(?:verpiss|verzieh|schleich)\w* (?:euch|dich|di)\b|"
        r"\b(?:konnt|konnen|kannst) (?:euch|sich|dir) (?:\w+ ){0,3}?(?:sonstwohin|sonst wohin|in den arsch|an den hut) stecken\b|"
        r"\bspar\w* (?:sie |ihr |du )?(?:euch|sich|dir) (?:\w+ ){0,2}?" + _MSG + r"\b|"
        r"\b" + _MSG + r" (?:konnen|konnt|kannst) (?:sie|ihr|du) (?:sich|euch|dir) (?:\w+ )?sparen\b|"
        r"\b(?:fuhle|fuehle) mich (?:\w+ ){0,3}?(?:von|durch) (?:ihren|euren|den|diesen|ihre|eure|die) (?:\w+ )?" + _MSG
        + r" (?:\w+ )?(?:belastigt|genervt|gestort|terrorisiert|bedrangt)\b|\b(?:ihr konnt|sie konnen|du kannst) mich mal\b|"
        r"\b(?:will|mochte|brauche) (?:endlich |einfach )?(?:meine )?ruhe\b(?! (?:zum|beim|fur)\b)",
        "lassen Sie mich in Ruhe", "lasst mich doch endlich in Ruhe",
        "gehen Sie mir nicht auf die Nerven mit Ihren SMS", "verschont mich mit eurer Werbung"),
    out("de:unterlassen", r"\bunterlass\w* (?:sie |ihr |du )?(?:bitte )?(?:\w+ ){0,3}?(?:" + _MSG + r"|kontakt\w*|zusendung\w*|"
        r"anrufe und sms)\b|^(?:bitte )?unterlassen(?: sie)?(?: bitte| sofort)*$|\babstand (?:\w+ ){0,2}?von (?:\w+ ){0,2}?(?:" + _MSG + r"|kontaktaufnahme\w*|"
        r"kontakt\w*)\b|^(?:bitte )?unterlass\w* (?:sie |ihr |du )?(?:es|das|dies)(?: bitte| sofort| endlich| kunftig| "
        r"zukunftig| in zukunft)*$|\bverbitte\w* (?:mir |uns )?(?:\w+ ){0,2}?(?:" + _MSG + r"|kontakt\w*|das|dies|jede\w*)\b|"
        r"\buntersag\w* (?:ihnen |euch |dir )?(?:\w+ ){0,4}?(?:" + _MSG + r"|kontakt\w*|(?:nutzung|verwendung|verarbeitung|speicherung) "
        r"(?:meiner|der|dieser|von meiner) (?:\w+ )?(?:daten|\w*nummer|nr)|anrufe|"
        r"mir zu schreiben|mich zu kontaktieren)\b|"
        r"\b(?:um|fordere|verlange|beantrage|die sofortige|die umgehende) (?:die )?(?:sofortige |umgehende )?(?:einstellung|beendigung|unterlassung) "
        r"(?:der|aller|von|jeglicher|weiterer) (?:\w+ ){0,2}?(?:" + _MSG + r")\b|"
        r"\bzusendung (?:von |der |weiterer |jeglicher )?(?:\w+ )?(?:" + _MSG + r") (?:\w+ )?(?:einzustellen|einstellen|"
        r"zu unterlassen|unterlassen|zu beenden|beenden|zu stoppen|stoppen)\b",
        "unterlassen Sie weitere Nachrichten", "ich verbitte mir weitere Nachrichten"),
    out("de:abstellen", r"\b(?:(?:deaktivier|ausschalt|abschalt|abstell|beend|k" + _U + r"ndig|sperr|blockier)\w*|stopp(?:en|t|e)?) "
        r"(?:sie |ihr |du )?(?:bitte |sofort |endlich |hiermit )?(?:\w+ ){0,2}?" + _TEXTS + r"\b|"
        r"\b" + _TEXTS + r" (?:bitte |sofort |endlich |jetzt )*(?:deaktivieren|ausschalten|abschalten|abstellen|einstellen|"
        r"beenden|k" + _U + r"ndigen|stoppen|sperren|blockieren)\b|"
        r"\b(?:stell|schalt)\w* (?:sie |ihr |du )?(?:bitte )?(?:\w+ )?" + _TEXTS + r" (?:bitte |sofort |endlich |jetzt )*(?:ein|ab|aus)$|"
        r"^(?:die |alle )?" + _TEXTS + r" (?:bitte |sofort |jetzt )?aus(?: bitte| danke| schalten)?$|"
        r"^(?:bitte )?(?:das |mein |dieses )?abo (?:bitte )?(?:beenden|kundigen|kuendigen|abbestellen|stoppen)(?: bitte| danke)*$|"
        r"^(?:\w+ )?" + _MSG + r" (?:sind |ist )?(?:unerwunscht|nicht (?:mehr )?erwunscht|nicht mehr gewunscht|nicht gewunscht)(?: danke| bitte)?$",
        "SMS-Benachrichtigungen bitte deaktivieren", "Beenden Sie mein SMS-Abo", "bitte stellen Sie die SMS ein"),
    out("de:es-reicht", r"^(?:bitte )?(?:stopp\w*|beend\w*) (?:sie |ihr |du )?(?:das|es|dies|den mist|den quatsch)"
        r"(?: bitte| jetzt| sofort| endlich| einfach)*$|"
        r"^(?:jetzt |also |ok )?(?:es reicht (?:jetzt|echt|wirklich|endgultig|langsam)|jetzt reichts|mir reichts|schluss jetzt|"
        r"jetzt ist schluss|es langt(?: jetzt| mir)?)(?: jetzt| echt| wirklich| mir| langsam| damit| endgultig| aber)*$|"
        r"^(?:ihr nervt|sie nerven|du nervst)(?: so| echt| total| gewaltig| langsam| einfach| nur| mega)*$|"
        r"^(?:das |es |jetzt )?reicht(?:s)? (?:jetzt|echt|langsam)(?: (?:aber|echt|wirklich|mal|endgultig|jetzt))*$|"
        r"^(?:mich|uns) nerv(?:t|en) (?:das|es|des|ihr|sie|dies|euer \w+|eure \w+|ihre \w+|diese \w+)(?: (?:total|echt|langsam|so|"
        r"gewaltig|tierisch|nur noch|mega))*$|"
        r"^(?:bitte )?lass(?:en sie|t|) (?:das|es|des)(?: (?:jetzt|einfach|sein|bleiben))? (?:bitte|endlich|sofort)(?: (?:jetzt|sein|bleiben|endlich))*$|"
        r"\blass\w* (?:sie |ihr |du )?(?:bitte )?(?:das|des|es) (?:bitte |doch )?(?:sein )?mit (?:den |de |dem |der |eurer |ihrer |euren |"
        r"ihren |diesen |eurem |ihrem )?(?:\w+ )?" + _MSG + r"\b|"
        r"\bnoch (?:eine|ein|einmal|1) (?:\w+ )?(?:sms|nachricht|werbung|werbe \w+|mal)\b (?:\w+ ){0,3}?und (?:ich|wir) (?:\w+ ){0,4}?"
        r"(?:anzeige|anwalt|(?:zeige|melde) (?:euch|sie|dich|das)|verklage|bundesnetzagentur|polizei|verbraucherzentrale|beschwerde)\w*|"
        r"^(?:das|dies|des) ist (?:doch |echt |einfach |reiner |totaler |nur |purer )*spam$|"
        r"\bwenn (?:sie|ihr|du) (?:mir|mich|uns) (?:noch )?(?:weiter|weiterhin|noch weiter|immer noch|standig|dauernd|"
        r"ein einziges mal|noch ein einziges mal|noch eine (?:sms|nachricht|werbung)) (?:\w+ )?(?:schreib|schick|send|sims|"
        r"kontaktier|anschreib|nerv|zuspam)\w*\b(?! (?:\w+ )?(?:konnten|konnen|wurden|mochten|wollen))",
        "stoppt das", "es reicht jetzt", "ihr nervt", "das ist Spam", "ich zeige Sie an, wenn Sie mir weiter schreiben",
        negatable=False),
    out("de:keine-lust", r"\b(?:keine lust|keinen bock|kein bock|die nase voll|genug) (?:mehr )?(?:auf|von) (?:\w+ ){0,2}?" + _MSG
        + r"\b|^(?:das )?interessiert mich (?:echt |wirklich |uberhaupt |gar )?nicht(?: mehr)?(?: danke| bitte)*$|"
        r"^mich interessiert (?:das|sowas|so was|es) (?:echt |wirklich |uberhaupt |gar )?nicht(?: mehr)?(?: danke| bitte)*$",
        "keine Lust mehr auf eure SMS", "interessiert mich nicht mehr", negatable=False),
    # "Terminerinnerungen gerne, Werbung nicht": the advertising refused on its own (a partial revocation).
    out("de:werbung-nein", r"^(?:aber |und |nur )?(?:die |eure |ihre )?(?:werbung|werbe sms|werbesms|angebote|newsletter|sms werbung|werbenachrichten|promo sms) "
        r"(?:nicht|nein|nein danke|bitte nicht|nicht mehr|nimmer|keine)(?: danke| bitte)*$",
        "Terminerinnerungen gerne, Werbung nicht", negatable=False),
    out("de:lieber-anders", r"\b(?:statt|anstatt|anstelle von) (?:zu |per |einer |der |den )?(?:sms|simsen|smsen|texten|"
        r"nachrichten|nachricht|textnachrichten|whatsapp)\b|"
        r"\b(?:ruf|ruft|rufen|rufe) (?:sie |du |ihr )?(?:mich|uns) (?:bitte )?(?:lieber|stattdessen|besser|nur noch|nur)"
        r" (?:\w+ )?an\b|^(?:bitte )?(?:in zukunft |kunftig |zukunftig |ab jetzt |ab sofort )?(?:nur noch|lieber|nur) (?:per |via |uber )?(?:e ?mail|mail|anruf|anrufe|anrufen|telefon|post|brief)(?: bitte| danke)?$|"
        r"(?:^|\bbitte |\baber |\bdoch |\beinfach )(?:ab jetzt |kunftig |in zukunft )?nicht (?:mehr )?(?:per|via|uber|als) "
        r"(?:sms|textnachricht|nachricht)\b|^(?:aber |und |doch )?(?:per|via|uber) (?:sms|textnachricht|nachricht) (?:bitte )?(?:nicht mehr|nie mehr|nimmer|nimma|ned mehr)$|"
        r"^(?:aber |und |doch )?(?:per|via|uber) (?:sms|textnachricht) (?:ist|isch|is) (?:jetzt |ab jetzt |ab sofort )?(?:schluss|ende|vorbei)$|"
        r"\b(?:sms|textnachrichten) (?:lese|les|beantworte|nutze|benutze|schaue|schau) ich (?:eh |sowieso |grundsatzlich |generell |"
        r"auch )?(?:nicht|nie|keine)\b",
        "ruft mich lieber an statt zu simsen", "statt SMS bitte lieber Mail", "bitte nicht per SMS", "SMS lese ich nicht",
        negatable=False),
    out("de:sarkasmus", r"^(?:na |ja |oh )?(?:toll|super|klasse|prima|juhu|herrlich|wunderbar|grossartig)?\s?"
        r"(?:noch (?:eine|ein|mehr)|schon wieder|wieder mal|jeden tag|taglich) (?:\w+ )?(?:werbe ?\w*|spam\w*|werbung)"
        r"(?: \w+){0,2}$|\bgenau (?:das )?was ich (?:\w+ )?gebraucht\b",
        "noch eine Werbe-SMS", "schon wieder Spam"),
    # --- the number is not theirs, or they never agreed ---------------------------------------------------------
    out("de:falsche-nummer", r"\bfalsche (?:handy|telefon)?(?:nummer|nr|person)\b(?! (?:auf|in|im|bei|unter) (?:der|dem|meiner|meinem|ihrer|ihrem|die|den) "
        r"(?:rechnung|bestellung|auftrag|lieferschein|konto|kundenkonto|profil|formular|website|webseite|paket|adresse|vertrag|app)\b)|\bfalsch verbunden\b|"
        r"^(?:(?:sie|du|ihr) (?:haben|hast|habt) (?:den |einen )?)?falsche[rn]? (?:empfanger|adressat)$|\bfalscher (?:empfanger|adressat)\b|"
        r"\bnummer geh" + _O + r"rt (?:jetzt |nun |inzwischen |mittlerweile |seit \w+ )?(?:mir|uns)\b|"
        r"^(?:das|dies|die) ist (?:jetzt|nun|inzwischen|mittlerweile|seit \w+) (?:meine|unsere) (?:handy|telefon)?nummer\b|"
        r"\b(?:kenne?|kennen) (?:hier )?(?:keine|keinen|kein) (?:herrn?|frau|familie)\b|"
        r"\bkenne? (?:\w+ )?(?:diesen|diese|den|die) (?:kunden|kundin|person|herrn?|frau|namen) (?:\w+ )?nicht\b|"
        r"\b(?:person|herrn?|frau|familie|kunden|kundin) (?:\w+ )?gibt es (?:hier |unter (?:dieser|der|meiner) nummer )?(?:\w+ )?nicht\b|"
        r"\bunter (?:dieser|der|meiner) nummer gibt es (?:\w+ )?(?:keine|keinen|kein|niemand)\b|"
        r"\b(?:arbeitet|wohnt) (?:hier|bei uns|unter dieser nummer) (?:schon lange |seit \w+ |seit langem )?nicht mehr\b|"
        r"\bhat (?:diese|die|meine) nummer nicht mehr\b|"
        r"\bkeine (?:einwilligung|zustimmung|erlaubnis) gegeben\b|\b(?:bin|ist) nicht (?:die|der) (?:richtige |gesuchte )?person\b|"
        r"^(?:ich )?wei(?:ss|s) (?:nicht|ned|net|nid) wer (?!(?:der|die|das|ein|eine|sie|ihr|du|es|zustandig|verantwortlich)\b)\w+(?: \w+)? (?:ist|sein soll|sei)$|\bverwahlt\b|\b(?:nicht|ned|net|nid) (?:mehr )?(?:die|meine|seine|ihre|mei|mini|mine) (?:nummer|nummere)\b|\b(?:bin|sind) (?:der|die) neue[rn]? (?:besitzer|besitzerin|inhaber|inhaberin|eigentumer|eigentumerin) (?:dieser|der|von dieser) (?:handy|telefon)?nummer\b|"
        r"\bnummer (?:geh" + _O + r"rt|ist) (?:jetzt |nun |inzwischen )?nicht mehr\b|"
        r"\bnummer (?:hat|geh" + _O + r"rt) (?:jetzt |nun |inzwischen )?(?:jemand|jemandem) (?:anderes|anderem|anders)\b|"
        r"\b(?:handy|nummer|telefon|anschluss) geh" + _O + r"rt (?:jetzt|nun|inzwischen|mittlerweile) (?:meinem|meiner|einem|einer)\b|"
        r"\bnummer geh" + _O + r"rt (?:jetzt |nun )?nicht (?:mehr )?(?:herrn?|frau|familie|mir|ihm|ihr|meinem|meiner|dem|der)\b|"
        r"\bhier (?:wohnt|gibt es|ist|lebt) (?:kein|keine|keinen) (?:herrn?|frau|familie|person)\b|"
        r"\b(?:sie sind|ihr seid|du bist) (?:hier |bei mir )(?:leider |wohl |ganz )?falsch\b|"
        r"\b(?:nummer|sie) (?:wurde|ist|war) (?:\w+ )?(?:neu vergeben|weitergegeben|umgemeldet)\b|"
        r"\b(?:sie|ihr|du) (?:haben|habt|hast) (?:sich|euch|dich) (?:\w+ )?(?:in|bei) der nummer (?:\w+ )?(?:geirrt|vertan|"
        r"vertippt)\b",
        "falsche Nummer", "die Nummer hat jetzt jemand anderes", negatable=False),
    # A pet's death is never a notice about this number ("unser Hund ist verstorben, kann ich die Versicherung kündigen?").
    sense("de:haustier-verstorben", r"\b(?:hund|hundchen|katze|kater|katzchen|haustier|pferd|hase|kaninchen|hamster|wellensittich|"
          r"meerschweinchen|vogel) (?:\w+ ){0,2}?(?:verstorben|gestorben|eingeschlafen|uber die regenbogenbrucke)\b",
          "unser Hund ist verstorben"),
    out("de:verstorben", r"\b(?:vater|mutter|mann|frau|sohn|tochter|bruder|schwester|opa|oma|er|sie) ist (?:\w+ ){0,3}?"
        r"(?:gestorben|verstorben)\b|\b(?:vater|mutter|mann|frau|sohn|tochter|bruder|schwester|opa|oma|er|sie) lebt nicht mehr\b|"
        r"\bverstorben\b|\b(?:nummer|handy|telefon|anschluss) (?:\w+ ){0,3}?verstorben\w*\b",
        "mein Vater ist verstorben", "die Nummer ist von meinem verstorbenen Mann", negatable=False),
    out("de:kein-interesse", r"\bkein(?:en)? (?:bedarf|interesse) (?:mehr )?an (?:\w+ ){0,2}?" + _MSG + r"\b|"
        r"\bverzicht\w* (?:(?!nicht\b|nie\b|ungern\b)\w+ )?(?:dankend |gerne |gern )?auf (?:\w+ ){0,2}?" + _MSG + r"\b|^(?:nein )?(?:danke )?(?:kein interesse|nicht interessiert|ich habe kein interesse|kein bedarf|"
        r"ich habe keinen bedarf|hab keinen bedarf|(?:(?:i|ich) (?:hab|habe|han|hob) )?(?:koa|kei|keen) interesse)(?: mehr)?(?: danke| bitte)*$|"
        r"\bich bin (?:gar |uberhaupt |doch )?(?:kein|keine|nicht ihr|nicht ihre|nicht euer|nicht eure) (?:kunde|kundin)\b|"
        r"^(?:ich )?kenne? (?:sie|euch|dich|ihre firma|eure firma|diese firma) (?:gar |uberhaupt )?nicht$",
        "kein Interesse", "kein Bedarf, danke", "ich bin kein Kunde bei Ihnen", "ich kenne Sie nicht", negatable=False),
    out("de:nie-zugestimmt", r"\bnie (?:\w+ ){0,3}?(?:angemeldet|zugestimmt|eingewilligt|registriert|eingetragen|erlaubt)\b|"
        r"\b(?:sie haben|ihr habt|du hast) (?:\w+ )?(?:keine|kein|keinerlei) (?:erlaubnis|einwilligung|zustimmung|recht)\b|"
        r"\b(?<!noch )nicht (?:\w+ )?(?:angemeldet|zugestimmt|eingewilligt)\b|"
        r"\bnie (?:\w+ ){0,2}?(?:meine|diese) (?:\w*nummer|daten|einwilligung|zustimmung|erlaubnis) (?:\w+ )?(?:gegeben|"
        r"genannt|mitgeteilt|hinterlassen|erteilt)\b|"
        r"\b(?:einwilligung|zustimmung|erlaubnis|nummer) (?:\w+ )?nie (?:\w+ )?(?:gegeben|erteilt|genannt)\b|"
        r"\bwer hat (?:ihnen|euch|dir) (?:\w+ )?(?:erlaubt|die erlaubnis gegeben|meine nummer gegeben)\b|"
        r"\bwoher ha(?:ben|bt|st) (?:sie|ihr|du) (?:\w+ )?meine (?:\w*nummer|daten)\b",
        "ich habe nie zugestimmt", "wer hat Ihnen erlaubt, mir zu schreiben?", negatable=False),
    out("de:widerruf", r"\bwiderruf\w* (?:\w+ ){0,4}?(?:einwilligung|zustimmung|erlaubnis|einverstandnis|" + _MSG + r")(?:en)?\b|"
        r"\b(?:einwilligung|zustimmung|erlaubnis|einverstandnis)(?:en)? (?:\w+ ){0,5}?(?:widerruf\w*|zur" + _U + r"ck|entzogen|entziehe)\b|"
        r"\bwiderspruch (?:\w+ ){0,8}?(?:gegen|zur|der) (?:die |der |jede |jegliche )?(?:\w+ )?(?:nutzung|verwendung|verarbeitung|"
        r"werbung|kontaktaufnahme|zusendung)\b|\b(?:dsgvo|art 21) (?:\w+ ){0,3}?gegen (?:die |jede |jegliche )?(?:\w+ )?(?:nutzung|"
        r"verwendung|verarbeitung|werbung)\b|"
        r"\bstimme (?:\w+ ){0,5}?" + _MSG + r" (?:\w+ ){0,2}?nicht (?:mehr )?zu\b|"
        r"\b(?:ziehe|entziehe) (?:\w+ ){0,2}?(?:einwilligung|zustimmung|erlaubnis)\b|"
        r"\bwiderspre\w* (?:\w+ ){0,3}?(?:nutzung|verwendung|verarbeitung|kontaktaufnahme|werbung|zusendung|" + _MSG + r")\b",
        "hiermit widerrufe ich meine Einwilligung", "ich widerspreche der Nutzung meiner Nummer zu Werbezwecken",
        negatable=False),
    # "warum schreiben Sie mir immer noch?": the complaint asks them to stop (not "noch nicht zurück", not a thing).
    out("de:warum-noch", r"\bwarum (?:schreiben|kontaktieren|simsen|nerven|belastigen) (?:sie|ihr) (?:mir|mich|uns) (?:denn )?(?:immer )?(?:noch|weiterhin|immer wieder|dauernd|standig)\b"
        r"(?! (?:nicht|nie|zuruck|wegen|auf|an|die|den|das|eine|einen)\b)|\bwarum (?:schreibst|kontaktierst|simst|nervst) du (?:mir|mich) (?:denn )?(?:immer )?(?:noch|weiterhin|dauernd|standig)\b"
        r"(?! (?:nicht|nie|zuruck|wegen|auf|an|die|den|das|eine|einen)\b)", "warum schreiben Sie mir noch?", negatable=False),
    # the keyword sent and the texts still coming: "ich habe STOPP geschrieben und bekomme immer noch SMS"
    out("de:stopp-trotzdem", r"\b(?:habe|hab|hatte) (?:schon |bereits |doch )?(?:\w+ )?(?:stopp?|abmelden)\b (?:\w+ )?(?:geschrieben|geschickt|"
        r"gesendet|geantwortet)(?: \w+){0,3}? (?:und|aber) (?:bekomme|kriege|erhalte|krieg|bekomm)\w* (?:\w+ )?(?:immer noch|trotzdem|weiterhin|noch)\b",
        "ich habe STOPP geschrieben und bekomme immer noch SMS", negatable=False),
    out("de:nicht-schreiben", r"\b(?:will|mochte|moechte|wunsche|wuensche) (?:\w+ )?nicht (?:mehr |weiter |weiterhin |langer )?(?:\w+ )?"
        r"(?:angeschrieben|kontaktiert|belastigt|zugespamt|benachrichtigt|angesimst) (?:zu )?werden\b|"
        r"\b(?<!kann )(?<!konnte )(?<!darf )(?<!werde )(?<!muss )" + _NO_MORE + r" (?:\w+ ){0,3}?(?:schreiben|schreibn|schriibe|schreibe|kontaktieren|anschreiben|angeschrieben|kontaktiert|"
        r"simsen|texten|bel" + _A + r"stigen|bel" + _A + r"stigt|benachrichtigt|zugespamt)(?: werden)?\b|"
        r"(?:^|\bbitte )nicht mehr (?:bei mir |bei uns )?melden\b|^(?:bitte )?(?:nicht mehr|nimmer|nimma|numme|numm|nuemme|nuem) (?:senden|sende|schicken|schicke|zuschicken)(?: bitte| danke| merci)*$",
        "bitte nicht mehr schreiben", negatable=False),
    # --- asking to start again ----------------------------------------------------------------------------------
    opt_in("de:wieder-an", r"(?<!nie )\bwieder (?:anmelden|aktivieren|einschalten|abonnieren)\b|"
           r"\b(?:mich|uns|meine nummer|die sms|die nachrichten) (?:bitte )?(?:doch )?wieder (?:in (?:den|die|ihren|euren|ihre|eure) "
           r"\w+ )?(?:aufnehmen|eintragen|freischalten|hinzufugen)\b|"
           r"\b(?:versehentlich|aus versehen|ausversehen|irrtumlich|unabsichtlich)\b(?: \w+){0,6}? (?:stopp?|abgemeldet|ausgetragen|"
           r"abbestellt|gekundigt|beendet)\b|"
           r"\b(?:abmeldung|abbestellung|stopp?|kundigung) (?:\w+ )?r" + _U + r"ckg" + _A + r"ngig\b|"
           r"^(?:bitte )?wieder (?:eintragen|aufnehmen|hinzufugen|freischalten)\b|"
           r"\b(?:will|mochte|moechte|wurde gerne|hatte gerne|wunsche)\b (?:(?!nicht|kein)\w+ ){0,3}?(?:per|als|uber) sms "
           r"(?:\w+ )?(?:erhalten|bekommen|haben)\b|"
           r"\b(?:(?:will|mochte|moechte)(?: gerne?)?|(?:wurde|hatte) gerne?) (?:die|eure|ihre|diese) (?:\w+ )?" + _MSG
           + r" (?:gerne? )?(?:erhalten|bekommen|empfangen|abonnieren)\b|"
           r"\b(?:will|mochte|moechte|wurde gerne|hatte gerne|wunsche)\b (?:(?!nicht\b|keine?\b)\w+ ){0,3}?(?:" + _MSG + r") (?:doch |gerne |auch )?wieder "
           r"(?:erhalten|bekommen|haben|empfangen)\b|"
           r"\b(?:will|mochte|moechte)\b (?:(?!nicht|kein)\w+ ){0,2}?(?:wieder|weiter|weiterhin) (?:die |eure |ihre )?"
           r"(?:(?!nicht\b|keine?\b|nix\b|nichts\b)\w+ )?" + _MSG + r"\b|"
           r"\b(?:will|mochte|moechte)\b (?:die|eure|ihre|diese) (?:\w+ )?" + _MSG + r" (?:auch |trotzdem |doch )?(?:weiter|weiterhin)"
           r"(?: bekommen| erhalten| haben| kriegen)?$|"
           r"\b(?:nehm|nimm|trag)\w* (?:sie |ihr |du )?(?:mich|uns) (?:bitte )?(?:doch )?(?:wieder )?(?:in|auf) (?:den|die|ihren|euren|"
           r"ihre|eure) (?:\w+ )?" + _LIST + r"(?: \w+)? (?:auf|ein)\b|"
           r"\b(?:fur|zum|zu) (?:den |ihren |euren |ihrem |eurem )?(?:\w+ )?(?:newsletter|sms|verteiler|sms service|sms dienst)"
           r" (?:\w+ )?(?:anmelden|eintragen|registrieren)\b|"
           r"\b(?:trag|nehm|nimm|meld)\w* (?:sie |ihr |du )?(?:mich|uns) (?:bitte )?(?:doch )?wieder (?:\w+ ){0,3}?(?:ein|auf|an)\b|"
           r"(?:^|\bbitte )(?:schick|send)\w* (?:sie |ihr |du )?(?:mir|uns) (?:bitte )?(?:doch )?(?:wieder|weiterhin|weiter) (?:die |eure |ihre )?"
           r"(?:\w+ )?" + _MSG + r"\b",
           "wieder anmelden", "versehentlich STOPP geschickt", "ich möchte die SMS wieder erhalten",
           "bitte schicken Sie mir wieder die Angebote"),
    # --- asking for help or who is writing -------------------------------------------------------------------------
    help_request("de:hilfe", r"\b(?:brauche|brauchen|benotige|bitte um) (?:\w+ )?hilfe\b|"
                 r"\b(?:konnen|konnten|kann|konnt|konntet) (?:sie|ihr|du|jemand) (?:mir |uns )?(?:\w+ )?helfen\b|"
                 r"\bwie (?:erreiche|kontaktiere) ich (?:\w+ )?(?:kundenservice|kundendienst|support|sie|euch|jemand\w*)\b",
                 "ich brauche Hilfe mit meinem Konto", "können Sie mir helfen?"),
    help_request("de:wer-ist-das", r"^(?:wer|was) (?:ist|sind) (?:das|dies|sie|ihr)(?: eigentlich| uberhaupt| denn| bitte)*$|"
                 r"^(?:hallo )?wer schreibt (?:mir|uns)\b|^von wem (?:ist|kommt) (?:diese|die|das) \w+|"
                 r"\bwas ist das fur (?:eine|ein) (?:nummer|firma|nachricht|sms|absender)\b|"
                 r"^(?:wo)?her kommt (?:diese|die) (?:sms|nachricht)\b",
                 "wer ist das?", "was ist das für eine Nummer?"),
    # "bekomme ich dann keine Erinnerungen mehr?": a question about what a keyword would do, verb first.
    mention("de:bekomme-ich-dann", r"^(?:und |aber )?(?:bekomme|bekomm|kriege|krieg|erhalte) ich (?:dann|danach|damit) (?:\w+ ){0,2}?"
            r"(?:keine|kein|nichts)\b", "bekomme ich dann auch keine Terminerinnerungen mehr?"),
    # "Abmelden vom Kurs am Freitag": leaving a class, an outing or an appointment, not the texts.
    sense("de:abmelden-von-anderem", r"\b(?:abmelden|abgemeldet|abmeldung|abmelde|melde (?:mich|uns|ihn|sie) (?:\w+ )?ab) (?:vom|von dem|von der|"
          r"von meinem|von meiner|aus dem|fur den|fur das|fur die|zum|zur) (?:\w+ )?(?:\w*kurs\w*|\w*training|unterricht|termin|\w*ausflug|"
          r"mittagessen|turnier|\w*veranstaltung|workshop|seminar|\w*fest|elternabend|klassenfahrt|\w*stunde)\b",
          "Abmelden vom Kurs am Freitag, geht das noch?"),
    # "(ich hab meinem Sohn gesagt,) er soll aufhören, euch zu schreiben": an order to a third person, reported.
    sense("de:er-soll-aufhoren", r"^(?:und |dass |das )?(?:er|sie|es) (?:soll|solle|sollte) (?:\w+ ){0,2}?aufh" + _O + r"ren\b",
          "er soll aufhören euch von meinem Handy zu schreiben"),
    # "der Kollege wollte sich abmelden, nicht ich": what someone else wanted, reported.
    # "ich habe mich vom Newsletter abgemeldet": another channel left, not the texts.
    sense("de:anderer-kanal-abgemeldet", r"\b(?:vom|von dem|von der|aus dem|aus der|bei den|beim) (?:\w+ )?(?:newsletter|e ?mail\w*|mail\w*|"
          r"katalog\w*|post\w*|brief\w*|app|werbebrief\w*) (?:\w+ ){0,2}?(?:abgemeldet|abbestellt|ausgetragen)\b",
          "ich habe mich versehentlich vom Newsletter abgemeldet"),
    # "sich" is a third person's wish ("mein Mann möchte sich abmelden, ich nicht").
    sense("de:anderer-wollte-sich-abmelden", r"\b(?:will|wollte|wollen|wollten|mochte|moechte|mochten|moechten|wurde|wuerde|wurden|"
          r"versucht|versuchte|hat versucht) sich (?:\w+ ){0,3}?(?:abmelden|austragen|abbestellen|streichen|entfernen)\b",
          "der Kollege wollte sich abmelden, nicht ich", "mein Mann möchte sich abmelden, ich nicht"),
    # "hört auf mit so guten Angeboten": a complaint that the deals are too good, delight.
    sense("de:so-gute-angebote", r"\bauf mit (?:\w+ )?(?:so|solch|solchen|derart|zu) (?:guten|tollen|gunstigen|guenstigen|billigen|krassen|geilen|genialen|"
          r"verlockenden) (?:angebot|preis|rabatt|deal|aktion|schnappchen)\w*\b", "hört auf mit so guten Angeboten, mein Konto weint"),
    # '"ABMELDEN" heißt dann alles weg?': a question about what the keyword means.
    mention("de:wort-heisst", r"^(?:und |also |aber )?(?:abmelden|austragen|abbestellen|stopp?|ende|beenden) (?:heisst|heist|bedeutet|meint|macht|bewirkt) "
            r"(?:dann|das|also|genau|eigentlich|was)\b", '"ABMELDEN" heißt dann alles weg, auch die Rechnungen?'),
)

# Patterns whose every branch starts a word and opens on a long alternation of verbs: trying them only where a word
# starts (the start of the clause, or after its single spaces) halves their cost; for the short ones the regex engine's
# own scan for a leading literal is faster, so they stay as written.
_WORD_START = r"(?:^|(?<= ))"
_GATED = frozenset({"de:mochte-keine", "de:hort-auf", "de:loschen", "de:wieder-an", "de:es-reicht", "de:lieber-anders", "de:in-ruhe",
                    "de:unterlassen", "de:nicht-schreiben", "de:wer-ist-das"})
PATTERNS = tuple(replace(p, regex=_WORD_START + "(?:" + p.regex + ")") if p.name in _GATED else p for p in PATTERNS)
