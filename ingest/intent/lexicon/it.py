"""Italian opt-out and opt-in phrases (text is folded: "più" is "piu")."""

from ingest.intent.patterns import opt_in, out

_MSG = r"(?:messaggi|messaggio|sms|notifiche|promozioni|pubblicita|offerte|spam)"

PATTERNS = (
    out("it:smettete", r"\b(?:smett|smet|finit|piantat|piant)\w* (?:di |la di )?(?:mandar|inviar|scriver|contattar|"
        r"disturbar|messaggiar)\w*\b|\b(?:smettetela|smettila|piantatela|piantala)\b", "smettete di mandarmi messaggi", "smettetela"),
    out("it:non-piu", r"\bnon (?:mi |ci )?(?:mandate|inviate|scrivete|contattate|mandare|inviare|scrivere|mandatemi|"
        r"inviatemi|scrivetemi|disturbate)\w*\b|\bnon (?:voglio|desidero) (?:piu )?(?:ricevere )?(?:piu )?(?:\w+ )?" + _MSG
        + r"\b|\bnon voglio piu(?: niente| nulla| grazie| per favore)*$", "non mandatemi più messaggi", "non voglio più ricevere sms", negatable=False),
    out("it:non-ne-posso", r"\bnon ne posso piu\b|\b(?:fermat|ferma)\w*\b(?: \w+){0,2} " + _MSG + r"\b",
        "non ne posso più di questi sms"),
    out("it:non-ricevere", r"\bnon (?:ricevere|ricevo|riceverne|ricevero) piu\b|\b(?:vorrei|voglio|desidero) non ricevere\b|"
        r"\bnon sono piu (?:io|lui|lei)\b", "vorrei non ricevere più messaggi", negatable=False),
    out("it:basta", r"\bbasta (?:mandarmi|scrivermi|inviarmi|contattarmi|disturbarmi|messaggiarmi)\b|"
        r"\b(?:voglio|vorrei|desidero) (?:cancellarmi|rimuovermi|disiscrivermi|togliermi|essere tolto)\b|"
        r"\bnon (?:mi |ci )?(?:(?:mandar|inviar|scriver|contattar|disturbar|messaggiar)(?:e|mi|ci)|(?:mand|invi|scriv|contatt|disturb)"
        r"(?:ate|ete|atemi|etemi|ateci|eteci))\b|\bbasta (?:con )?(?:i |questi |questo |con questi |le |queste )?(?:\w+ )?" + _MSG + r"\b|"
        r"\blasciatemi in pace\b|\blasciami in pace\b", "basta messaggi", "lasciatemi in pace"),
    out("it:rimuovetemi", r"\b(?:cancellami|cancellatemi|rimuovimi|rimuovetemi|toglietemi|toglimi|disiscrivimi|"
        r"disiscrivetemi|disiscriv\w*|annulla (?:l )?iscrizione|cancella\w* (?:il )?mio numero|rimuov\w* (?:il )?mio numero|"
        r"elimina\w* (?:il )?mio numero)\b|\b(?:toglie|togli|rimuov|cancell)\w* (?:\w+ )?dalla (?:lista|vostra lista)\b",
        "cancellatemi", "toglietemi dalla lista"),
    out("it:essere-rimosso", r"\b(?:essere|venire|venir) (?:rimoss|cancellat|tolt|eliminat|disiscritt|contattat\w* piu)\w*\b|"
        r"\bnon (?:voglio|desidero) (?:piu )?(?:essere|venire) (?:contattat|disturbat|messaggiat|chiamat)\w*\b",
        "vorrei essere rimosso dalla lista"),
    out("it:numero-sbagliato", r"\bnumero sbagliato\b|\bnon ha piu (?:questo|il|quel) numero\b|"
        r"\b(?:padre|madre|marito|moglie|figlio|figlia|fratello|sorella|nonno|nonna) e (?:morto|morta|mancato|mancata|scomparso|scomparsa)\b|"
        r"\be venut[oa] a mancare\b|\bnon ho (?:mai )?(?:acconsentito|dato il (?:permesso|consenso)|autorizzato)\b|\bsbagliat\w* numero\b|\bnon conosco (?:questa persona|nessun\w*|(?!ancora|questo|questa|quel\w*|il|lo|la|i|gli|le|bene|niente|nulla|un|una)\w+)\b|\bnon e (?:piu )?(?:il |lo )?(?:\w+ )?numero (?:di|del|della|dello)\b|\bnon e piu (?:il )?(?:suo|mio) numero\b|\bdeceduto\b|\bdeceduta\b|\bscomparso\b|\bnon e (?:il )?(?:suo|mio) numero\b",
        "numero sbagliato", negatable=False),
    out("it:non-interessa", r"^(?:non mi interessa|non sono interessat[oa]|nessun interesse)(?: grazie| per favore)*$",
        "non mi interessa", negatable=False),
    out("it:mai-iscritto", r"\bmai (?:\w+ )?(?:iscritt|dato il consenso|autorizzat|registrat)\w*\b|"
        r"\bnon (?:mi sono|ho) (?:mai )?(?:iscritt|autorizzat|dato il consenso)\w*\b", "non mi sono mai iscritto",
        negatable=False),
    opt_in("it:riattiva", r"\b(?:riattiv|reiscriv)\w*\b|\bper sbaglio\b.*\b(?:stop|basta)\b", "riattivate i messaggi"),
)
