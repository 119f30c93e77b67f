"""German opt-out and opt-in phrases (text is folded: "hört" is "hort", "löschen" is "loschen")."""

from ingest.intent.patterns import opt_in, out

_MSG = r"(?:sms|nachrichten|nachricht|mitteilungen|werbung|textnachrichten|messages|benachrichtigungen|spam|angebote)"

PATTERNS = (
    out("de:keine-mehr", r"\b(?<!habe )(?<!hab )(?<!hatte )(?<!noch )(?:keine|nicht mehr|kein) (?:\w+ ){0,2}" + _MSG
        + r"(?: mehr)?\b(?! (?:bekommen|erhalten|gesehen|gekriegt))|\bkeine (?:\w+ )?mehr$",
        "keine SMS mehr", "bitte keine Nachrichten mehr", negatable=False),
    out("de:hort-auf", r"\b(?:hor|hort|horen|horts|horet) (?:sie |ihr |du |bitte |endlich |doch |jetzt )*(?:damit )?auf\b|\baufhoren\b|"
        r"\b(?:schick|send|schreib)\w* (?:sie )?(?:mir )?(?:bitte )?(?:keine|nichts|nicht) (?:\w+ )?(?:mehr)?\b",
        "hören Sie auf", "schicken Sie mir keine SMS mehr"),
    out("de:abmelden", r"\b(?:abmelden|abbestellen|austragen|abmeldung|austragung|abbestell\w*|abmeld\w*|ausgetragen)\b",
        "bitte abmelden", "ich möchte mich austragen"),
    out("de:loschen", r"\b(?:losch|entfern|streich)\w* (?:sie )?(?:mich|meine nummer|meine daten)\b|"
        r"\b(?:mich|meine nummer|meine daten|nummer|die nummer|diese nummer) (?:bitte )?(?:aus \w+ \w+ )?(?:loschen|entfernen|austragen|streichen)\b|"
        r"^(?:bitte )?(?:loschen|entfernen|austragen|abmelden|aufhoren)(?: bitte| danke)?$|"
        r"\b(?:trag|nehm|schmei|werf)\w* (?:sie |du |ihr )?(?:mich|meine nummer|uns) (?:bitte )?(?:\w+ ){0,4}?(?:aus|raus|heraus)\b",
        "löschen Sie meine Nummer"),
    out("de:verteiler", r"\b(?:nehm|streich|entfern|trag|losch)\w* (?:sie )?(?:mich|meine nummer) (?:bitte )?(?:aus|von) "
        r"(?:dem|der|ihrem|ihrer|eurem|eurer|diesem|dieser) (?:\w+ )?(?:verteiler|liste|kartei|datenbank|newsletter)\b",
        "nehmen Sie mich aus dem Verteiler"),
    out("de:will-nicht", r"\b(?:will|mochte|brauche|wunsche) (?:\w+ ){0,2}" + _MSG + r" nicht\b", "ich will diese Nachrichten nicht",
        negatable=False),
    out("de:schluss", r"\b(?:schluss|genug|ende) (?:jetzt )?mit (?:\w+ ){0,2}?" + _MSG + r"\b|\b(?:will|mochte|brauche)(?: \w+){0,3}? nicht mehr$",
        "Schluss mit den SMS", "ich will das nicht mehr", negatable=False),
    out("de:mich-nicht-mehr", r"\b(?:kontaktier|schreib|schick|send|sims|nerv|belastig|stor|anschreib)\w* (?:sie |du |ihr )?"
        r"(?:mich|mir|uns) (?:bitte )?(?:\w+ )?nicht mehr\b", "bitte kontaktieren Sie mich nicht mehr", negatable=False),
    out("de:meld-ab", r"\bmeld\w* (?:sie |du |ihr )?(?:mich|uns|meine nummer) (?:bitte )?(?:\w+ ){0,3}?ab\b"
        r"(?! (?:morgen|heute|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|nachste\w*|dem|der|jetzt|sofort|\d+))|"
        r"\braus aus (?:dem|der|ihrem|ihrer|eurem|eurer|diesem|dieser) (?:\w+ )?(?:verteiler|liste|newsletter|kartei|datenbank)\b",
        "bitte melden Sie mich ab", "ich will raus aus dem Verteiler"),
    out("de:in-ruhe", r"\blass\w* (?:sie )?mich (?:\w+ )?in ruhe\b", "lassen Sie mich in Ruhe"),
    out("de:falsche-nummer", r"\bfalsche nummer\b|\bhat (?:diese|die|meine) nummer nicht mehr\b|"
        r"\b(?:vater|mutter|mann|frau|sohn|tochter|bruder|schwester|opa|oma|er|sie) ist (?:\w+ )?(?:gestorben|verstorben)\b|"
        r"\bkeine (?:einwilligung|zustimmung|erlaubnis) gegeben\b|\b(?:bin|ist) nicht (?:die|der) (?:richtige |gesuchte )?person\b|\bverstorben\b|\bverwahlt\b|\bnicht (?:mehr )?(?:die|meine|seine|ihre) nummer\b",
        "falsche Nummer", "mein Vater ist verstorben", negatable=False),
    out("de:kein-interesse", r"^(?:kein interesse|nicht interessiert|ich habe kein interesse)(?: mehr)?(?: danke| bitte)*$",
        "kein Interesse", negatable=False),
    out("de:nie-zugestimmt", r"\bnie (?:\w+ )?(?:angemeldet|zugestimmt|eingewilligt|bestellt|registriert)\b|"
        r"\bnicht (?:\w+ )?(?:angemeldet|zugestimmt|eingewilligt)\b", "ich habe nie zugestimmt", negatable=False),
    out("de:nicht-schreiben", r"\b(?:nicht mehr|nie wieder) (?:\w+ ){0,2}?(?:schreiben|kontaktieren|anschreiben|angeschrieben|kontaktiert|"
        r"simsen|texten|belastigen|belastigt|benachrichtigt|zugespamt)(?: werden)?\b",
        "bitte nicht mehr schreiben", negatable=False),
    opt_in("de:wieder-an", r"\bwieder (?:anmelden|aktivieren|einschalten|abonnieren)\b|\bversehentlich\b.*\b(?:stopp?|abgemeldet)\b",
           "wieder anmelden", "versehentlich STOPP geschickt"),
)
