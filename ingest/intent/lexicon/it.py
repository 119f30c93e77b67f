"""Italian opt-out, opt-in and help phrases, and the other senses of their words (text is folded: "più" is "piu").

Folding notes: "+" is dropped ("nn voglio + sms" is "non voglio sms"), "nn" is "non", "num" is "number",
and the typo corrector turns "cancello", "cancelli", "cancella" into "cancel".

Requests come in every person: voi ("cancellatemi", "non scrivetemi"), tu ("toglimi", "non scrivermi"), Lei
("mi cancelli", "non mi scriva più"), infinitives ("vi prego di cancellarmi", "cancellare grazie") and nouns
("chiedo la cancellazione del mio numero"). Rules built with ``_out`` check Italian negation themselves (``_NEG``).
"""

try:  # the regex parser behind re (Python 3.11+), only to find where a rule can start; without it rules just run slower
    import re._constants as _c
    import re._parser as _parser
except ImportError:  # pragma: no cover
    _parser = None

from ingest.intent.patterns import Pattern, expand, help_request, mention, opt_in, out, sense

_MSG = (r"(?:messaggi|messaggio|messaggini|mex|sms|notifiche|promozioni|promo|pubblicita|offerte|spam|comunicazioni|solleciti|"
        r"comunicazione|avvisi|newsletter|promemoria|message|messages)")  # "msg", "msgs" are read as "message", "messages"
# Plural names only: "mi basta un messaggio", "ricevere di nuovo il messaggio col codice" are about one message.
_MSGS = (r"(?:messaggi|messaggini|mex|sms|notifiche|promozioni|promo|pubblicita|offerte|spam|comunicazioni|solleciti|avvisi|newsletter|"
         r"promemoria|message|messages)")
# Determiners and the like between a verb and the messages ("le vostre", "tutti questi", "sti").
_DET = (r"(?:(?:i|le|gli|il|la|l|lo|questi|queste|questo|questa|sti|ste|sto|vostri|vostre|vostro|vostra|tuoi|tue|suoi|sue|"
        r"altri|altre|tutti|tutte|ulteriori|nessun|nessuna|nessuno|alcun|alcuna|piu|simili|tali|dei|delle|degli) ){0,3}")
# One optional adjective or noun before the messages, never an infinitive ("non voglio perdere offerte", nor the
# Spanish or Portuguese "basta con enviar sms", it is enough to send one).
_ADJ = r"(?:(?!\w+[aei]re?\b)\w+ )?"
_SEND_INF = (r"(?:mandar|inviar|scriver|contattar|disturbar|messaggiar|spammar|romper|tartassar|assillar|importunar|intasar|"
             r"bombardar|tempestar|scocciar|seccar|infastidir|stressar|perseguitar|molestar)\w*")
# Not followed by "dal corso", "dalla palestra": leaving something else than the texts.
_NOT_FROM_OTHER = (r"(?! da(?:l|lla|i|gli|lle|ll|llo)? (?!(?:vostr\w+ |vs |sua |tua |questa |questo )?(?:lista|liste|servizio|sms|"
                   r"messaggi|newsletter|mailing|promozioni|promo|offerte|pubblicita|notifiche|comunicazioni|invii|elenco|elenchi|rubrica|database|contatti|"
                   r"numeri|sistema|archivio|tutto|tutte|tutti|ogni|qualunque|qualsiasi)\b(?! d attesa| di attesa)))")
# "non mandatemi il tecnico", "non mandate più il corriere", "non scrivete più tardi": not about the texts.
_NOT_OBJECT = (r"(?! piu (?:tardi|presto|spesso|di|del|della|volte)\b)(?! (?:piu )?(?:il|lo|la|l|un|una|uno|gli|i|le|dei|delle|degli|o|na|nu) "
               r"(?!(?:(?:vostr\w+|altr\w+|tutt\w+|sti|questi|queste) )?" + _MSG + r"\b|(?:cavolo|cazzo|tubo|accidente|bel niente)\b))")
# "non è il numero del mio ordine", "il mio numero cliente": a number that is not the phone's.
_NOT_OTHER_NUMBER = (r"(?! (?:(?:di|del|della|dello|dell|d) )?(?:(?:mio|mia|suo|sua|vostro|tuo) )?(?:ordine|pratica|tracking|"
                     r"spedizione|carta|cliente|fattura|prenotazione|conto|riferimento|serie|matricola|codice|tessera|"
                     r"scarpe|taglia|civico|biglietto|posto|tavolo|protocollo)\b)")
# "smettete di mandarmi pacchi sbagliati": things sent, not texts.
_NOT_THING = (r"(?! (?:(?:il|lo|la|l|un|una|uno|gli|i|le|dei|delle|degli) )?(?:\w+ )?(?:pacc\w*|prodott\w*|ordin\w*|fattur\w*|"
              r"bollett\w*|catalog\w*|campion\w*|tecnic\w*|corrier\w*|merce|articol\w*|scatol\w*|volantin\w*|lettere|posta|"
              r"e ?mails?)\b)")
_POLITE = r"(?: (?:grazie|grz|per favore|x favore|pf|per cortesia|cmq|comunque|davvero|ora|adesso|subito|mille|dai|pero|arrivederci|saluti|cordiali saluti|buona giornata|buonasera|ciao))*"


# Italian negation is "non" right before the verb, or before the verb that governs it ("non voglio cancellarmi"). The
# engine's four-word window also reaches into an unpunctuated clause before ("non mi interessa cancellatemi"), so these
# rules check their own negation and tell the engine they are not negatable.
_NEGATIONS = ("non", "nun", "non mi", "non ci", "non me", "non li", "non voglio", "non vorrei", "non desidero", "non vogliamo",
              "non intendo", "non volevo", "non dovete", "non devi", "non dovevate", "non ho intenzione di", "non serve",
              "non c e bisogno di", "non e necessario", "mai detto di", "mai chiesto di", "non ho detto di", "non ho chiesto di",
              "senza", "non voglio piu", "non vorrei piu")
# One lookbehind per length (a lookbehind's alternatives must all be as long).
_NEG = "".join(r"(?<!\b(?:" + "|".join(sorted(p + " " for p in _NEGATIONS if len(p) == n)) + "))"
               for n in sorted({len(p) for p in _NEGATIONS}))


# "perché non smettete di scrivermi?": a complaint that demands the stop, not a negation.
_WHY_NOT = r"(?<=\bperche non )|(?<=\bxke non )|(?<=\bxche non )"
# "guai a voi se smettete di mandarmi le offerte": a stop supposed after "se" (if) is no request.
_NEG_IF = r"(?<!\bse )(?<!\bse mai )"


def _out(name: str, regex: str, *examples: str, negatable: bool = False) -> Pattern:
    # The negation lookbehinds are tried only where the rule can start: a lookahead on its possible first letters.
    first = _first_letters(expand(regex))
    start = r"(?=[" + "".join(sorted(first)) + "])" if first else ""
    return out(name, r"\b" + start + "(?:" + _WHY_NOT + "|" + _NEG + ")(?:" + regex + ")", *examples, negatable=negatable)


def _first_letters(regex: str) -> set[str] | None:
    """The letters a match of ``regex`` can begin with, or None when that is not a small set of letters."""
    if _parser is None:
        return None
    letters, can_be_empty = _starts(_parser.parse(regex))
    return None if letters is None or can_be_empty else letters


def _starts(items) -> tuple[set[str] | None, bool]:
    letters: set[str] = set()
    for op, arg in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero width
        if op is _c.LITERAL:
            return letters | {chr(arg)}, False
        if op is _c.IN and all(o is _c.LITERAL for o, _ in arg):
            return letters | {chr(a) for _, a in arg}, False
        if op is _c.SUBPATTERN:
            found, empty = _starts(arg[-1])
        elif op is _c.BRANCH:
            results = [_starts(branch) for branch in arg[1]]
            if any(found is None for found, _ in results):
                return None, False
            found, empty = set().union(*(found for found, _ in results)), any(empty for _, empty in results)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            found, empty = _starts(arg[2])
            empty = empty or arg[0] == 0
        else:
            return None, False
        if found is None:
            return None, False
        letters |= found
        if not empty:
            return letters, False
    return letters, True


# After "l'iscrizione a/dalla": anything but the texts or the list ("dalla palestra", "al corso"), with their determiner.
_TEXTS_AFTER = (r"(?!(?:(?:questi|queste|questo|questa|tali|i|le|il|la|lo|gli|vostri|vostre|vostro|vostra|tutti i|tutte le) )?"
                r"(?:servizio|messaggi|messaggio|sms|newsletter|lista|mailing|promozioni|notifiche|comunicazioni|vostri|vostre|avvisi|"
                r"offerte|promo|pubblicita|invii|numero)\b)")

PATTERNS = (
    # --- a request supposed, asked about or denied as someone else's ("se un giorno volessi disiscrivermi", "chi vi ha
    # detto di cancellarmi?", "volevo solo sapere come", "nessuno vi ha chiesto di smettere")
    mention("it:supposto", r"^(?:e |ma )?(?:se un giorno|se mai|nel caso|se in futuro|se piu avanti|qualora)\b|"
            r"^(?:\w+ )?chi (?:vi |ti )?(?:ha|hanno) (?:detto|chiesto|ordinato)\b|\bnessuno (?:vi |ti )?ha (?:detto|chiesto)\b|"
            r"\b(?:volevo|voglio|vorrei) (?:solo|soltanto|semplicemente) sapere (?:come|se|quando)\b",
            "se un giorno volessi disiscrivermi, come faccio?", "chi vi ha detto di cancellarmi?"),
    # --- another sense of the words, and questions about them ----------------------------------------------
    # Photos, files sent, not the texts: "il tecnico mi ha detto di non mandare più foto".
    sense("it:inviare-oggetto", r"\bnon (?:mi |ci |gli |le )?(?:mand|invi|scriv|spedi)\w* (?:piu )?(?:le |i |delle |dei |altre |altri |nessuna |nessun )?"
          r"(?:foto|video|audio|vocali|documenti|screenshot|allegati|file|fatture|pdf)\b", "non mandare più foto"),
    # "non è un numero sbagliato, sono proprio io", "non avete sbagliato persona": the wrong number denied.
    sense("it:non-e-sbagliato", r"\bnon (?:e|era) (?:affatto )?(?:un |il )?numero (?:sbagliato|errato)\b|"
          r"\bnon (?:avete|hai|ha) sbagliato (?:numero|persona)\b", "non è un numero sbagliato, sono io"),
    # "toglietemi dalla lista d'attesa": the waiting list for a table or a visit, not the texts.
    sense("it:lista-d-attesa", r"\b(?:lista|elenco) (?:d|di) attesa\b", "cancellatemi dalla lista d'attesa per il tavolo"),
    # "mio figlio vuole disiscriversi, io no": the reflexive "-si" is a third person's wish, reported.
    sense("it:altro-vuole-cancellarsi", r"\b(?:vuole|vogliono|voleva|volevano|vorrebbe|vorrebbero|vuol|deve|prova a|provava a|ha provato a|"
          r"sta provando a|cerca di|cercava di|ha cercato di) (?:\w+ )?(?:cancellarsi|disiscriversi|togliersi|rimuoversi|"
          r"eliminarsi|sganciarsi)\b|\bsi (?:vuole|vogliono|voleva|vorrebbe) (?:cancellare|disiscrivere|togliere|rimuovere)\b",
          "mia moglie vuole cancellarsi dalla newsletter, io no"),
    sense("it:mio-errore", r"\b(?:ho|abbiamo|avevo) (?:\w+ )?(?:sbagliato numero|(?:digitato|chiamato|composto|inserito|scritto|"
          r"messo|dato|selezionato|salvato|mandato|inviato)(?: \w+)? (?:un |il |lo |al |a un |ad un )?numero (?:sbagliato|errato))\b|\bnumero (?:sbagliato|errato) "
          r"(?:nel|sul|in|nella|sulla) (?:modulo|form|ordine|sito|app|fattura|scheda|profilo|prenotazione)\b",
          "ho digitato un numero sbagliato nel modulo", "scusate, ho sbagliato numero"),
    sense("it:perche-non", r"\b(?:perche|xke|xche|come mai) (?:\w+ ){0,2}?non (?:mi |ci )?(?:\w+ )?(?:mandate|scrivete|inviate|"
          r"contattate|mandi|scrivi|invii|contatti|arriva\w*|ricev\w*)\b", "come mai non mi scrivete più?"),
    sense("it:in-lingua", r"\b(?:scriv|mand|invi)\w* (?:\w+ )?in (?:inglese|italiano|tedesco|francese|spagnolo|arabo|cinese|"
          r"dialetto|maiuscolo|stampatello)\b", "non mi scrivete in inglese per favore"),
    sense("it:altro-canale", r"\b(?:scriv|mand|contatt|invi|messaggi|cerc)\w* (?:\w+ )?(?:su|via|per|tramite|con|in) (?:whatsapp|"
          r"telegram|messenger|instagram|facebook|signal|chat|email|mail|e mail|posta|pec)\b|\b(?:comunicazion|fattur|estratt|bollett|"
          r"avvis|offert|promozion)\w* (?:\w+ )?(?:cartace\w*|per posta|via posta|per email|via email|per mail|via mail)\b",
          "non scrivetemi su whatsapp, preferisco gli sms", "non voglio la comunicazione cartacea"),
    sense("it:orario", r"\b(?:scriv|mand|contatt|invi|chiam|messaggi)\w* (?:(?!piu\b)\w+ )?(?:prima|dopo) (?:delle|le|di|del|della|dell|"
          r"le ore|mezzanotte|mezzogiorno|cena|pranzo)\b|\b(?:scriv|mand|contatt|invi|chiam|messaggi)\w* (?:\w+ )?(?:di notte|la notte|"
          r"la sera|di sera|la mattina presto|nel weekend|nel fine settimana|di domenica|la domenica|il sabato|il weekend|nei festivi|a quest ora|a quell ora|durante il lavoro|in orario)\b",
          "non scrivetemi prima delle 9"),
    sense("it:iscritto-altro", r"\bmai (?:\w+ )?(?:iscritt|registrat)\w* (?:sul|sull|al|nel|nell|all|alla|in|a) (?:vostro |"
          r"questo )?(?:sito|app|portale|area riservata|account|profilo|corso|palestra|evento|concorso|gara)\b",
          "non mi sono mai registrato sul sito, come faccio?"),
    sense("it:basta-che", r"\b(?!(?:ma|e|ora|adesso|dai|ok|uff|oh|ah)\b)\w+ basta (?:mandare|inviare|scrivere|rispondere|digitare|"
          r"mandarmi|scrivermi|inviarmi|mandarci|scriverci)\b", "per partecipare basta mandare sms al numero sul volantino?"),
    sense("it:pare", r"^(?:mi |ci |cosi |non )?pare (?:di si|di no|che|proprio|giusto|strano|ovvio|bene|vero)\b",
          "pare di sì"),  # "it seems", not Portuguese PARE
    sense("it:ho-cancellato", r"\b(?:ho|abbiamo|avevo|avevamo) (?:gia |per errore |per sbaglio )?(?:eliminato|cancellato|tolto|"
          r"rimosso|perso|bloccato(?! (?:il )?(?:vostro|tuo|questo|sto) numero$))\b", "ho eliminato il vostro numero per errore"),
    sense("it:notifiche-app", r"\b(?:notifich?e|notifica|avvisi) (?:dell|della|nell|sull|dalla|dall) ?(?:app|applicazione|email|"
          r"mail)\b|\bnotifiche (?:push|email|mail)\b", "come disattivo le notifiche dell'app?"),
    # (A rule whose alternatives are all anchored at the start is tried at one position only: they are kept apart.)
    mention("it:se-scrivo", r"^(?:e |ma |scusate |scusa )?(?:se|cosa succede se|che succede se|e se) (?:\w+ ){0,2}?"
            r"(?:scrivo|rispondo|mando|invio|digito|metto|scriviamo|rispondiamo|mandiamo)\b",
            "se rispondo BASTA smetto di ricevere anche gli avvisi?"),
    mention("it:keyword-question", r"\b(?:cosa|che cosa|che) (?:vuol dire|significa|fa|succede se)\b|"
            r"\b(?:cosa|che cosa|come) (?:devo|dobbiamo|bisogna|si deve|posso) (?:\w+ )?(?:rispondere|scrivere|mandare|inviare|"
            r"digitare) per\b|\b(?:rispondi|rispondete|risponda|scrivi|scrivete|scriva|invia|inviate|invii|digita|digitate|manda|mandate) "
            r"(?:con )?(?:la parola )?(?:stop|basta|fine|alt|cancella|cancel|annulla|disiscrivi)\b",
            "che vuol dire annulla?", "per non ricevere più messaggi rispondete STOP?"),
    # --- opt-out ---------------------------------------------------------------------------------------------
    # "smettila" with no object: also play ("ma smettila, sei troppo gentile"), a rule of its own so the engine can tell
    _out("it:smettila", r"\b(?:smett?etela|smett?ila|piantatela|piantala|finitela|finiscila|fatela finita|falla finita)\b"
        r"(?! (?:(?:subito|immediatamente|ora|adesso|per favore|una buona volta) )?(?:di|con|a)\b)", "smettetela", "smettila!"),
    _out("it:smettete", _NEG_IF + r"\b(?:(?:smett|smet|piantat|piant)\w*|finite|finitela) (?:di |d |la di )?" + _SEND_INF + r"\b" + _NOT_THING + r"|"
        r"\b(?:smettetela|smettila|piantatela|piantala|finitela|finiscila|fatela finita|falla finita) (?:(?:subito|immediatamente|ora|adesso|per favore|una buona volta) )?(?:di|con) (?:" + _SEND_INF + "|" + _DET + _ADJ
        + _MSG + r")\b|\b(?:(?:volete|vuoi|vuole|potete|puoi) (?:smetterla|finirla|piantarla)|la (?:volete|vuoi|vuole) (?:finire|smettere|piantare))\b(?! di (?!" + _SEND_INF
        + r"))(?! con (?!" + _DET + _ADJ + _MSG + r"))|\bla (?:smettete|smetterete|smetti|smetterai|finite|"
        r"finirete|piantate)\b(?! di (?!" + _SEND_INF + r"))(?! con (?!" + _DET + _ADJ + _MSG + r"))|"
        r"\b(?:smett|smet|piant)\w* con " + _DET + _ADJ + _MSG + r"\b|\b(?:dite|dica|chiedo|chiediamo) (?:\w+ ){0,4}?di "
        r"(?:smetterla|finirla|piantarla)$|\bevit\w* di (?:mandar|inviar|scriver|contattar|"
        r"disturbar|messaggiar)(?:mi|ci)\b",
        "smettete di mandarmi messaggi", "smettetela", "smettila con sti messaggi"),
    out("it:non-piu", r"\b(?:non|nun) (?:mi |me |ci |ce )?(?:scocciate|tediate|seccate|assillate|stressate|importunate|infastidite|"
        r"tartassate|perseguitate) piu\b|"
        r"\b(?:non|nun) (?:mi |me |ci |ce )?(?:mandate|inviate|scrivete|contattate|mandare|inviare|scrivere|mandatemi|"
        r"mannate|mannatemi|mannare|scrivite|"
        r"inviatemi|scrivetemi|disturbate)\w*\b(?<!vi)" + _NOT_OBJECT + r"|\b(?:non|nun) (?:mi |me |ci |ce )?(?:mandaste|scriveste|inviaste|contattaste|"
        r"mandiate|scriviate|contattiate|disturbaste|disturbiate)\b|\bnon (?:voglio|vorrei|desidero|vogliamo) (?:piu )?che (?:mi |ci )?"
        r"(?:piu )?(?:mandiate|scriviate|inviate|contattiate|disturbiate|mandaste|scriveste|inviaste|contattaste|disturbaste|"
        r"mandi|scriva|invii|contatti|disturbi)\b" + _NOT_OBJECT + r"|\bnon (?:li|le|ne) (?:voglio|vogliamo) (?:piu )?" + _DET + _ADJ + _MSG
        + r"\b|"
        r"\bnon (?:voglio|desidero|vogliamo|intendo|gradisco|accetto|tollero) (?:piu )?(?:ricevere |avere )?(?:piu )?" + _DET + _ADJ
        + _MSG + r"\b|\bnon voglio piu(?: niente| nulla| grazie| per favore)*$|"
        r"\bnon (?:voglio|desidero|vogliamo|intendo) (?:piu )?ricever\w* (?:piu )?" + _DET + r"(?:\w+ ){0,2}?(?:per|via|tramite) "
        r"(?:sms|messaggio)\b|\b(?:non|nun) (?:mi |me |ci |ce )?(?:mandate|inviate|mandatemi|inviatemi|mandare|inviare)\w* (?:piu )?"
        + _DET + r"(?:\w+ ){0,2}?(?:per|via|tramite) (?:sms|messaggio)\b", "non mandatemi più messaggi", "non voglio più ricevere le bollette per sms",
        "non voglio più ricevere sms", "non voglio più ricevere le vostre promozioni", negatable=False),
    out("it:non-voglio-niente", r"\bnon (?:voglio|desidero|vogliamo) (?:piu )?ricever\w* (?:piu )?(?:niente|nulla|nnt)\b|"
        r"\bnon (?:voglio|desidero|vogliamo) (?:piu )?(?:niente|nulla|nnt)(?: piu)?(?: (?:da voi|da parte vostra|da lei|da te))?"
        + _POLITE + r"$", "non voglio più niente da voi", "nn voglio ricevere piu niente", negatable=False),
    out("it:non-ne-posso", r"\bnon (?:ne posso|se ne puo|ce la faccio) (?:piu )?(?:di|dei|delle|degli|della) (?:voi|" + _DET + _ADJ + _MSG + r")\b|"
        r"(?<!\bnon )\b(?:fermat|ferma)\w*\b(?: \w+){0,2} " + _MSG + r"\b", "non ne posso più di questi sms", negatable=False),
    out("it:non-ho-bisogno", r"\b(?:i|le|gli|questi|queste|sti|ste|vostri|vostre|tutti|tutte) (?:vostri |vostre |\w+ )?" + _MSGS
        + r" non (?:mi|ci) (?:servono|serve|interessano|interessa) (?:piu|a niente|a nulla)\b|"
        r"\bnon (?:ho|abbiamo) (?:piu )?bisogno (?:di|dei|delle|degli) (?:voi\b|" + _DET + _ADJ + _MSG + r"\b)|"
        r"\bnon mi serv(?:ono|e) (?:piu )?" + _DET + _ADJ + _MSG + r"\b|"
        r"\bne (?:ho|abbiamo) (?:abbastanza|piene le scatole|fin sopra i capelli|le palle piene|piene le palle) (?:di|dei|delle|degli) "
        r"(?:voi\b|" + _DET + _ADJ + _MSG + r"\b)|\b(?:sono|siamo) (?:stuf|stanc)\w* (?:di ricevere |di |dei |delle |degli )"
        + _DET + _ADJ + _MSG + r"\b", "non ho bisogno dei vostri messaggi", "ne ho abbastanza dei vostri sms", negatable=False),
    out("it:non-ricevere", r"\bnon (?:ricevere|riceverne|ricevero) piu\b|\b(?:vorrei|voglio|desidero|preferisco|preferirei|preferiamo) non ricevere\b|"
        r"\bnon sono piu (?:io|lui|lei)\b", "vorrei non ricevere più messaggi", negatable=False),
    _out("it:smettere-ricevere", r"\b(?:smettere|fermare|interrompere|bloccare) (?:di |a )?ricever\w*\b",
        "vorrei smettere di ricevere questi sms"),
    _out("it:basta", r"\b(?:voglio|vorrei|desidero) (?:cancellarmi|rimuovermi|disiscrivermi|togliermi|essere tolto)\b"
        + _NOT_FROM_OTHER + r"|"
        r"\b(?:non|nun) (?:mi |me |ci |ce )?(?:(?:mandar|inviar|scriver|contattar|disturbar|messaggiar)(?:e|mi|ci|le|gli)|(?:mand|invi|scriv|contatt|disturb)"
        r"(?:ate|ete|atemi|etemi|ateci|eteci))\b" + _NOT_OBJECT + r"|\bbasta(?<!\bmi basta)(?<!\bti basta)(?<!\bci basta)(?<!\bvi basta)(?<!\bne basta) (?:cosi )?(?:con |cn |co |coi |col |cu |cu sti |cu chisti )?(?:(?:i|le|gli|"
        r"questi|queste|sti|ste|vostri|vostre|tutti|tutte|tutti questi|tutte queste|i vostri|le vostre|con questi|con queste) )?"
        r"(?:(?!(?:un|una|uno|solo|anche|il|lo|la|l|che)\b|\w+[aei]re?\b)\w+ )?" + _MSGS + r"\b",
        "basta messaggi", "non mandarmi più messaggi"),
    # A channel left: "scrivetemi per email, non più per SMS".
    out("it:non-piu-per-sms", r"^(?:ma |e |pero )?(?:per|via|tramite) (?:sms|messaggi\w*|mex) (?:non piu|mai piu|piu no)$|"
        r"^(?:ma |e |pero |solo |ok |grazie |grazie ma |per favore )?non (?:piu|mai piu) (?:per|via|tramite|con|su|col|coi|con gli|con i) (?:sms|messaggi|messaggino|messaggini|"
        r"messaggio|mex)\b", "scrivetemi per email, non più per SMS", negatable=False),
    # The messages named first: "la pubblicità non la voglio più", "i messaggi non li voglio più ricevere".
    out("it:msg-non-li-voglio", r"\b" + _MSGS + r"\b(?: \w+){0,5}? (?:non|nn) (?:la|le|li|lo) (?:voglio|vogliamo|desidero|"
        r"desideriamo) (?:piu|mai piu)\b(?! (?:perdere|perdermi|cancellare|eliminare|dimenticare|mancare)\b)|"
        # without "più" only the texts themselves, to the end ("gli sms li leggo mai e non li voglio"), not an offer seen
        r"\b(?:messaggi|messaggini|mex|sms|spam|newsletter|pubblicita)\b(?: \w+){0,5}? (?:non|nn) (?:li|la|le) (?:voglio|vogliamo|desidero)"
        r"(?: (?:proprio|per niente|grazie|pf|per favore))*$", "la pubblicità non la voglio più", negatable=False),
    # Neapolitan and Sicilian: "nun me scassate cchiù", "nun vogghiu cchiù missaggi", "jatevenne cu sti messaggi",
    # "lassateme in pace", "scancellateme 'o nummero".
    out("it:dialetto", r"\b(?:nun|non|nu) (?:me |mi |ce |ci )?(?:mannate|mannati|manna|mannare|scrivite|scrivit|scassate|scassati|rumpite|"
        r"scucciate|mannatemi|mannateme)\w* (?:cchiu|chiu|piu)\b|"
        r"\b(?:nun|non) (?:vogghiu|vogghio|voglio|vogl|vuogli\w*) (?:cchiu|chiu|piu) (?:\w+ )?(?:missaggi|messaggi|messagge|missagge|sms|"
        r"promozioni|pubblicita)\b|"
        r"\b(?:finitila|finitela|jatevenne|ghiatevenne|lassateme|lassatemi|lassatece|lassatici)\b (?:\w+ ){0,2}?(?:cu|co|con) (?:sti |ste |sta |"
        r"chisti |chesti )?(?:\w+ )?(?:missaggi|messaggi|messagge|missagge|sms|promozioni|promo|pubblicita)\b|"
        r"\b(?:scancellateme|scancellatemi|cancellateme|levateme|luvatemi|livatemi|luvateme) (?:o |lu |il |u |mio |me )?(?:nummero|numero|nummaru)\b",
        "nun me scassate cchiù", "nun vogghiu cchiù missaggi", "jatevenne cu sti messaggi", negatable=False),
    # "dimenticatevi di me", "scordatevi di me": forget me.
    out("it:dimenticatevi", r"\b(?:dimenticatevi|dimenticati|scordatevi|scordati|dimenticatevi pure|scordatevi pure) (?:di me|di noi|del mio numero|"
        r"il mio numero)\b(?! (?:quando|appena|se|per|di|del|della|dell|d)\b)", "dimenticatevi di me"),
    out("it:basta-sola", r"^(?:ma |e |ora |adesso |dai |ok |uff |oh |ah |ragazzi |mo |allora |x piacere |per piacere |per favore |x favore |"
        r"vi prego |ti prego )?basta+(?: (?:basta|ora|adesso|davvero|dai|"
        r"veramente|per sempre|x sempre|subito|grazie|grz|per favore|x favore|pf|per cortesia|cmq|comunque|ragazzi|pero|eh|mo))*$",
        "ma basta!", "basta grz"),
    out("it:smettete-sola", r"^(?:ma |e |ora |adesso |dai |ok |vi prego |per favore |x favore )?(?:smettete|smettetela|cessate|fermatevi|"
        r"finitela|piantatela|smettila|finiscila|piantala)(?: (?:immediatamente|subito|ora|adesso|una buona volta|una volta per tutte|"
        r"per sempre|definitivamente|vi prego|per favore|x favore|grazie|per cortesia|davvero|basta))+$",
        "smettete una buona volta", "cessate immediatamente", negatable=False),
    out("it:prego-smettete", r"^(?:vi prego|ti prego|per favore|x favore|per cortesia|per piacere) (?:smettete|smettetela|cessate|fermatevi|finitela|"
        r"piantatela|smettila|basta)$", "vi prego smettete", negatable=False),
    out("it:stop-formula", r"^(?:stop|basta|disiscrivimi|disiscrivetemi|cancellami|cancellatemi|smettetela)(?: (?:grazie|grz|pf|per favore|x favore|"
        r"per piacere|vi prego|ti prego|mille|sms))*(?: (?:non mi interessa(?: piu)?|non mi interessano(?: piu)?|non sono (?:piu )?interessat[oa]|per questo numero(?: grazie| per favore| x favore)*|per il mio numero(?: grazie| per favore)*|buona (?:giornata|serata|notte|continuazione|settimana)|saluti|cordiali saluti|"
        r"distinti saluti|arrivederci|ciao|punto(?: esclamativo)?|virgola|(?:e|sono) (?:gia )?(?:il|la) \w+ (?:messaggio|sms|volta)(?: \w+)?))+$",
        "stop grazie buona giornata", "basta vi prego è il quinto messaggio", negatable=False),
    out("it:parola-cortese", r"^(?:stop|basta|disiscriv\w*|cancellami|cancellatemi|smettetela|smettila|fermatevi)(?: (?:grazie|grz|"
        r"pf|perfavore|per favore|x favore|per piacere|x piacere|mille|cmq|comunque|subito|ora|adesso|davvero|please|tutto))+$|"
        r"^fine (?:dei |delle )?(?:messaggi|sms|comunicazioni|iscrizione|promozioni)$",
        "stop grz", "STOP per piacere", "fine sms"),
    out("it:infinito-secco", r"^(?:cancellare|rimuovere|eliminare|togliere|disiscrivere)(?: (?:il |questo )?(?:numero|contatto|"
        r"nominativo|number))?" + _POLITE + r"$", "cancellare grazie", negatable=False),
    out("it:avete-rotto", r"\b(?:mi |ci |m |c )?avete (?:rotto|stufato|scocciato|stancato|sfinito|scassato|ammorbato|frantumato)(?: (?:le scatole|le palle|i coglioni|l anima))?"
        r" con " + _DET + _ADJ + _MSG + r"\b", "avete rotto le scatole con ste promozioni", negatable=False),
    out("it:liberatemi", r"\blibera(?:temi|mi|teci|ci) da(?:i|gli|lle|l|lla)? " + _DET + _ADJ + _MSG + r"\b",
        "vi prego, liberatemi da questi messaggi"),
    out("it:basta-verbo", r"^(?:ma |e |ora |adesso |dai )?basta (?:con )?(?:(?:mandar|inviar|scriver|contattar|messaggiar|spammar)"
        r"\w*(?: (?:ancora|sempre|continuamente|ogni giorno))?(?: " + _DET + _ADJ + _MSGS + r"| roba| cose| schifezze)?|"
        r"(?:disturbar|romper|tartassar|assillar)\w*(?: le scatole| le palle)?)" + _POLITE + r"$",
        "basta mandarmi roba", "basta disturbare"),
    out("it:lasciatemi", r"\blascia(?:temi|mi|teci|ci) (?:in pace|stare|perdere)\b", "lasciatemi in pace", "lasciami stare", negatable=False),
    out("it:rompere", r"\b(?:non|nun) (?:mi |me |ci |ce )?romp(?:ete|etemi|eteci|ermi|erci|ere|i)(?: piu)?(?: (?:le scatole|le palle|i coglioni|"
        r"l anima))\b|\b(?:non|nun) (?:mi |me |ci |ce )?romp(?:ete|etemi|eteci|ermi|erci|ere|i) piu\b", "non rompetemi più",
        "non rompete più le scatole", negatable=False),
    out("it:lei-non-piu", r"\b(?:non|nun) (?:mi |me |ci |ce )?(?:contatti|scriva|mandi|invii|disturbi|cerchi|importuni) piu\b",
        "non mi scriva più", "non mi contatti più", negatable=False),
    out("it:vi-ho-detto", r"\b(?:vi|ti|le) (?:ho|avevo|abbiamo) (?:gia )?(?:detto|chiesto|scritto|ripetuto|pregato)(?: \w+){0,3}? "
        r"di (?:smetterla|smettere|finirla|piantarla|cancellar(?:mi|ci)|toglier(?:mi|ci)|rimuover(?:mi|ci)|levar(?:mi|ci)|"
        r"disiscriver(?:mi|ci)|non (?:scriver|mandar|contattar|inviar|disturbar)\w*)\b",
        "vi ho chiesto tre volte di cancellarmi", negatable=False),
    out("it:non-e-chiaro", r"\b(?:cosa|che cosa|che) non (?:vi |ti |le )?e chiaro (?:di|del|della parola|nella parola|in) (?:stop|basta|no)\b|"
        r"\bquale parte di (?:stop|basta|no|non scrivetemi)\b|\b(?:non )?(?:capite|capisci|capisce) (?:o no )?(?:la parola |il significato di )?"
        r"(?:stop|basta)(?: o no)?$", "cosa non vi è chiaro di STOP?", negatable=False),
    out("it:ho-detto-basta", r"^(?:ma |io )?(?:vi |ve l |l |te l )?(?:ho|avevo|abbiamo) (?:gia )?(?:detto|scritto|risposto|mandato|"
        r"inviato|chiesto) (?:\w+ )?(?:stop|basta|cancellami|disiscrivimi)\b(?! (?:a|ad|al|alla|allo|all) (?:un altr[oa]|altr[oiae]|un|una|"
        r"mio|mia|quell[oa]|quel) )", "ho già scritto STOP due volte", negatable=False),
    out("it:segnalo", r"\b(?:vi |ti |la |le )?(?:segnal|denunci)\w* (?:come spam|per spam|al garante|all agcom|alla polizia postale|"
        r"alle autorita)\b", "vi segnalo come spam se continuate", negatable=False),
    out("it:diffida", r"\bdiffid\w* (?:\w+ ){0,3}?(?:dal |dall |a |ad )?(?:contattar|scriver|mandar|inviar|utilizzar|usar|trattar|"
        r"messaggiar)\w*", "vi diffido dal contattarmi", negatable=False),
    out("it:opposizione", r"\bmi oppongo (?:al |all |alla |a |ad |ogni |a ogni |ad ogni |a qualsiasi )?(?:trattamento (?:dei (?:miei )?dati|"
        r"del (?:mio )?numero|per)|utilizzo (?:dei miei dati|del (?:mio )?numero)|uso (?:dei miei dati|del (?:mio )?numero)|invio|invii|"
        r"ricezione|ricevere|contatt\w*|comunicazion\w*|marketing|telemarketing|" + _MSG + r")\b|"
        r"\b(?:esercit|far valere|faccio valere|avvalgo)\w* (?:\w+ )?(?:il |del )?(?:mio )?diritto (?:di opposizione|all ?opposizione|all ?oblio|alla cancellazione)\b|"
        r"\b(?:sono|siamo|e|risulta|risultiamo|ho messo|ho iscritto) (?:\w+ )?(?:iscritt\w* |registrat\w* )?(?:al|nel) registro (?:pubblico )?"
        r"(?:delle|dell) ?opposizion\w*|"
        r"\bnon (?:potete piu|puoi piu|siete autorizzati a|avete il diritto di) (?:piu )?(?:contattar|scriver|mandar|inviar|messaggiar)(?:mi|ci)\b"
        r"(?! (?:prima|dopo|domani|oggi|stasera|adesso|ora|in questo momento|al lavoro|su|via|per telefono|per email|a quest ora|di notte)\b)",
        "mi oppongo al trattamento dei miei dati per finalità di marketing", "sono iscritto al registro delle opposizioni",
        negatable=False),
    out("it:senza-consenso", r"\b(?:mio numero|miei dati|miei recapiti|mio contatto)(?: \w+){0,4}? (?:dat|passat|cedut|vendut|comunicat|"
        r"usat|utilizzat|pres|inserit|fornit)\w* senza (?:il |la )?(?:mio |mia )?(?:consenso|permesso|autorizzazione)\b",
        "il mio numero vi è stato dato senza il mio consenso", negatable=False),
    out("it:nessuno-ha-chiesto", r"\bnessuno (?:\w+ )?ha (?:mai )?(?:chiesto|richiesto|autorizzato|voluto) (?:di ricevere\b|"
        + _DET + _ADJ + _MSG + r"\b)", "nessuno qui ha chiesto le vostre offerte", negatable=False),
    _out("it:annulla-invio", r"\b(?:interromper|sospender|cessar|bloccar|fermar|annullar|stoppar)ne (?:l |gli |ogni |qualsiasi )?(?:invio|invii|"
        r"ricezione)\b|"
        r"\b(?:annull|blocc|interromp|sospend|ferm|stopp|cess)\w* (?:l |gli |ogni |qualsiasi |tutti gli )?(?:invio|invii) "
        r"(?:di |dei |degli |delle |di tutti i |di questi )?" + _ADJ + _MSG + r"\b|\bcess\w* (?:immediatamente |subito |ora )?"
        r"(?:ogni |qualsiasi |qualunque |tutte le |le |l |gli |qualsiasi tipo di )?(?:invio|invii|comunicazion\w*|contatt\w*|"
        r"messagg\w*|sms)\b", "annullate l'invio degli sms", "cessate ogni comunicazione"),
    _out("it:ricezione", r"\b(?:interromp|sospend|blocc|ferm|cess|annull|disattiv)\w* (?:la |ogni |qualsiasi )?ricezione\b"
        r"(?:$| (?:di|dei|degli|delle) " + _DET + _ADJ + _MSG + r"\b)",
        "desidero interrompere la ricezione dei messaggi"),
    out("it:basta-voi", r"^(?:no |basta |ok )?non (?:ne )?(?:voglio|vogliamo) piu (?:saperne|sapere)(?: niente| nulla)?(?: (?:di voi|da voi))?$|"
        r"\bnon (?:voglio|vogliamo) (?:piu )?(?:avere (?:piu )?(?:niente |nulla )?a che fare|sentir\w* parlare) (?:con|di) voi\b|"
        r"\bnon (?:voglio|vogliamo|desidero) (?:piu )?(?:avere|ricevere) (?:piu )?(?:notizie|nuove) (?:da|di) voi\b",
        "non voglio più avere a che fare con voi", negatable=False),
    out("it:sparite", r"^(?:\w+ )?(?:scrivete|mandate|scrivi|manda|scrivetelo|mandatelo)\w* a qualcun altro$|"
        r"^(?:e |ma |ora )?(?:sparite|sparisci|sparisca|levatevi di torno|andate a quel paese)" + _POLITE + r"$|"
        r"\b(?:andate|andatevene|vai|va) a (?:quel paese|fare in culo|farvi benedire|quel dio|cagare)\b|\blevatevi di torno\b|"
        r"^(?:\w+ )?(?:sms|messaggi|messaggini) (?:indesiderat\w*|non richiest\w*|non autorizzat\w*|non voluti)\b",
        "sparite!", "sms indesiderati", negatable=False),
    out("it:se-non-smettete", r"\bse non (?:la )?(?:smettete|smetti|smettetela|smettila|finite|finitela|piantate|piantatela)\b"
        r"(?! di (?!" + _SEND_INF + r"))(?! con (?!" + _DET + _ADJ + _MSG + r"))",
        "vi blocco se non smettete di scrivermi", negatable=False),
    # "perché mi scrivete ancora?", "perché continuate a mandarmi messaggi?": the complaint asks them to stop (not "perché mi
    # mandate ancora la fattura cartacea?", a thing).
    out("it:perche-ancora", r"\b(?:perche|xke|xche|come mai) (?:mi |ci )?(?:(?:scrivete|mandate|inviate|contattate|messaggiate) (?:ancora|sempre)|"
        r"continuate a (?:scriver|mandar|inviar|contattar|messaggiar)\w*(?:$| (?:(?:i|gli|le|sti|ste|questi|queste|vostri|vostre) )?(?:\w+ )?" + _MSG + r"\b))"
        r"(?! (?:il|lo|la|l|i|gli|le|un|una|uno|in|a|al|alla|sul|sulla|dopo|prima|alle)\b)",
        "perché mi scrivete ancora?", negatable=False),
    out("it:se-ancora", r"\bse (?:mi |ci )?(?:ri)?(?:scriv|mand|contatt|invi|messaggi)\w* (?:ancora|di nuovo|un altra volta|"
        r"ancora una volta|(?:un|un altro|un altra|altri|altre|ancora un|ancora una) (?:\w+ )?(?:sms|messaggi|messaggio|promozioni|offerte|mex))\b(?: \w+){0,6}? (?:vi |ti |la |le )?(?:denunci|segnal|blocc|querel)\w*",
        "se mi scrivete ancora vi denuncio", negatable=False),
    out("it:niente-msg", r"\bnon (?:usate|usatelo|utilizzate|utilizzatelo|usare|utilizzare) (?:il mio numero |questo numero |il numero )?"
        r"per (?:la |le |fare )?(?:pubblicita|promozioni|marketing|offerte|sms|messaggi (?:promozionali|pubblicitari))\b|^(?:no |grazie |no grazie |ok |per favore |ma |pero |e )?(?:niente (?:piu )?|mai piu )" + _DET + _ADJ + _MSG
        + r"(?: (?:da voi|da parte vostra|mai piu|per sempre|piu|per me|per noi|sul (?:mio )?(?:natel|cellulare|telefono|cell|numero)|"
        r"su questo numero|a questo numero))*" + _POLITE + r"$|^(?:ma |e )?non (?:per|via|tramite|con) "
        r"(?:sms|messaggi|messaggio)$|"
        # partial revocations of their own ("le promozioni no", "..., non le promozioni"): as questions they ask ("le offerte no?")
        r"^(?:ma |e |pero |invece )?(?:le |i |gli |sti |ste |queste |questi )?(?:vostre |vostri )?(?:\w+ )?(?:promozioni|promo|"
        r"pubblicita|offerte|newsletter|messaggi promozionali|sms promozionali|messaggi pubblicitari|sms pubblicitari|sms|messaggi) (?:no|no grazie|anche no|"
        r"basta|mai piu|non mi interessano)(?: grazie| per favore)*$|"
        r"^(?:ma |e |pero )?non (?:le|i|gli) (?:vostre |vostri )?(?:\w+ )?(?:promozioni|promo|pubblicita|offerte|newsletter|messaggi promozionali|"
        r"sms promozionali)(?: grazie| per favore)*$|\b(?:ma|pero) non piu (?:le|i|gli) (?:\w+ )?" + _MSGS + r"\b",
        "niente più sms, grazie", "niente messaggi", "voglio solo gli avvisi di consegna, le promozioni no"),
    out("it:chiedo-di-smettere", r"\b(?:vi|ti|la|le) (?:chiedo|chiediamo|prego|domando) (?:\w+ )?di (?:smettere|smetterla|finirla|piantarla|"
        r"cessare|lasciarmi in pace|lasciarmi stare)$", "vi chiedo gentilmente di smettere", negatable=False),
    out("it:blocco", r"\b(?:vi|ti) (?:blocco|ho bloccat[oiae]|sto bloccando|blocchero|bloccher[oò])(?: (?:il numero|subito|adesso|ora|"
        r"tutti|per sempre|definitivamente))*$|\bho bloccato (?:il )?(?:vostro|tuo|questo) numero$", "vi blocco", negatable=False),
    out("it:non-rompete", r"^(?:ma |e |dai |ragazzi |per favore |x favore )?(?:non|nun) (?:mi |ci |me |ce )?romp(?:ete|ere|i|etemi|eteci)"
        r"(?: piu)?" + _POLITE + r"$", "non rompete", negatable=False),
    out("it:invece-sms", r"\b(?:invece|al posto) (?:degli|dei|di|delle|che per|che via|che con|di mandare|di mandarmi|di scrivermi per) "
        r"(?:sms|messaggi|messaggini|message|messages)\b|\bpiuttosto che (?:per |via |con )?(?:sms|messaggi|messaggini)\b|"
        r"^(?:per favore |allora |sennò |senno )?(?:chiamatemi|chiamami|mi chiami|mi chiamate|telefonatemi|telefonami|mi telefonate) "
        r"(?:piuttosto|invece)" + _POLITE + r"$", "mandatemi una mail invece degli sms", "chiamatemi piuttosto", negatable=False),
    out("it:stop-a", r"\b(?:porre|porr\w*|pong\w*|mett\w*) fine (?:a|ai|alle|agli|all) " + _DET + _ADJ + _MSG + r"\b|"
        r"\bstop (?:a |al |alle |ai |agli |all |con |con le |con i |con gli |coi |col )?(?:tutt[ie] )?" + _DET
        + _ADJ + r"(?:messaggi|messaggini|mex|notifiche|promozioni|promo|pubblicita|offerte|comunicazioni|avvisi|newsletter|invii)\b",
        "stop alle offerte pubblicitarie", "stop promozioni", negatable=False),
    _out("it:disattiva", r"\b(?:disattiv|disabilit|sospend|interromp)\w* (?:tutt[ie] )?" + _DET + _ADJ + _MSG + r"\b|"
        r"\b(?:disdi|disdic|disdett|disattiv|annull|cancell|cancel|sospend|interromp)\w* " + _DET
        + r"(?:vostro )?servizio (?:sms|di messaggi|messaggi|di notifiche|notifiche|promozional\w*|newsletter|di newsletter)\b",
        "disattivate le notifiche sms", "disdico il servizio sms"),
    _out("it:annulla-iscrizione", r"\b(?:annull|cancell|cancel|disdi|revoc)\w* (?:l |la |la mia |la nostra |mia )?"
        r"(?:iscrizione|sottoscrizione|registrazione)\b(?! (?:a|al|alla|allo|all|ai|agli|alle|del|della|dal|dalla|di|per) " + _TEXTS_AFTER + r")|"
        r"\bdisiscrizione\b(?! (?:a|al|alla|allo|all|ai|agli|alle|del|della|dal|dalla|dallo|dall|dai|dagli|dalle|da|di|per) " + _TEXTS_AFTER + r")", "annullate la mia iscrizione", "voglio annullare l'iscrizione ai messaggi"),
    _out("it:revoca-consenso", r"\b(?:revoc|ritir|tolg|togli|annull)\w* (?:il |l |ogni |qualsiasi |qualunque )?(?:mio |nostro )?"
        r"(?:consenso|autorizzazion\w*)\b(?! (?:al|alla|allo|all|a|per|di|del|della) (?!(?:\w+ )?(?:trattamento|invio|invii|ricezione|uso|"
        r"utilizzo|contatt\w*|comunicazion\w*|marketing|dati|finalita|" + _MSG + r")\b))|"
        r"\bnon (?:(?:acconsento|do (?:il )?(?:mio )?consenso|presto (?:il )?consenso)\b(?! (?:al|alla|allo|all|a|ad|per|di|del|della) (?!(?:\w+ )?"
        r"(?:trattamento|invio|invii|ricezione|ricevere|uso|utilizzo|contatt\w*|comunicazion\w*|marketing|dati|finalita|essere|" + _MSG + r")\b))|"
        r"autorizzo (?:l invio|l uso|l utilizzo|il trattamento|ad inviar\w*|a inviar\w*|a contattar\w*|a scriver\w*))\b",
        "revoco il consenso", "non acconsento a ricevere messaggi promozionali"),
    _out("it:rimuovetemi", r"\b(?:cancell?ami|cancell?atemi|rimu?ovimi|rimu?ovetemi|toglietemi|toglimi|levatemi|levami|disiscrivimi|"
        r"disiscrivetemi|eliminatemi|eliminami|disattivatemi|disattivami|escludetemi|escludimi|depennatemi|depennami|radiatemi)\b"
        r"(?! (?:il|lo|la|l|i|gli|le|un|una|uno|questo|questa|sto|sta|quel|quella) )" + _NOT_FROM_OTHER
        + r"|\bdisis?criv(?:imi|etemi|ermi|erci|eteci|ici)\b" + _NOT_FROM_OTHER + r"|"
        r"\bcome (?:si fa|si puo|faccio|posso|devo|possiamo) (?:a |per )?(?:disiscriver|cancellar|toglier)(?:si|mi|ci)\b" + _NOT_FROM_OTHER + r"|\bdisiscriv(?:i|ete)$|\bannulla (?:l )?iscrizione\b|"
        r"(?<!\bse )(?<!\bquando )(?<!\bcome )\b(?:mi|ci) (?:cancel|cancelli|tolga|rimuova|disiscriva|elimini|escluda|levi|depenni|cancellate|"
        r"togliete|rimuovete|disiscrivete|eliminate|levate|depennate)\b"
        r"(?! (?:il|lo|la|l|i|gli|le|un|una|uno|questo|questa|sto|sta|quel|quella) )" + _NOT_FROM_OTHER + r"|"
        r"\b(?:toglie|togli|rimuov|cancell)\w* (?:\w+ )?dalla (?:lista|vostra lista)\b(?! d attesa| di attesa)",
        "cancellatemi", "toglietemi dalla lista"),
    _out("it:infinito-clitico", r"\b(?:cancell?ar|rimu?over|toglier|levar|disiscriver|eliminar|escluder|disattivar|depennar)(?:mi|ci)\b"
        r"(?! (?:il|lo|la|l|i|gli|le|un|una|uno|questo|questa|quel|quella|sto|sta) )" + _NOT_FROM_OTHER,
        "vi prego di cancellarmi", "potreste togliermi?"),
    out("it:non-in-lista", r"\bnon (?:voglio|vorrei|desidero|vogliamo) (?:piu )?(?:far|fare) (?:piu )?parte (?:della|delle|di|dei|degli) "
        r"(?:vostr\w+ |questa |sta |questi |sti )?(?:lista|liste|elenco|mailing|newsletter|contatti|destinatari|iscritti|database|rubrica)\b|\b(?:vorrei|voglio|desidero|preferirei|preferisco) "
        r"non (?:far|fare) piu parte (?:della|delle|di) (?:vostr\w+ |questa |sta )?(?:lista|liste|elenco|mailing|newsletter)\b|"
        r"\bnon (?:voglio|desidero|vogliamo) (?:piu )?(?:essere|stare|restare|rimanere) (?:piu )?(?:nella|nelle|in) "
        r"(?:vostr\w+ |questa |sta )?(?:lista|liste|elenco|mailing|rubrica|newsletter)\b(?! d attesa| di attesa)|"
        r"\b(?:mettetemi|mettimi|voglio essere|voglio stare|vorrei essere|tenetemi|tienimi|toglietemi|toglimi) "
        r"(?:fuori|via) da(?:lla|lle|i|l|gli|ll)? (?:vostr\w+ |questa |sta )?(?:lista|liste|elenco|mailing|newsletter|rubrica)\b"
        r"(?! d attesa| di attesa)", "non voglio più essere nella vostra lista", negatable=False),
    out("it:fuori-lista", r"^(?:fuori|via) da(?:lla|lle|i|l|gli|ll)? (?:vostr\w+ |questa |sta )?(?:lista|liste|elenco|mailing|newsletter|"
        r"rubrica)\b(?! d attesa| di attesa)", "fuori dalla lista per favore", negatable=False),
    out("it:cancellazione", r"\b(?:cancellazione|rimozione|eliminazione|esclusione) (?:immediata |definitiva |totale |"
        r"completa )?(?:del mio numero|dei miei dati|"
        r"del mio contatto|del mio nominativo|del numero di (?:telefono|cellulare)|dalla lista|dalle liste|dal servizio|dalla newsletter|"
        r"dalla mailing|dai vostri)\b", "chiedo la cancellazione del mio numero", negatable=False),
    out("it:mi-disiscrivo", r"^(?:io )?(?:mi |ci )disiscriv(?:o|iamo)\b" + _NOT_FROM_OTHER, "mi disiscrivo", negatable=False),
    _out("it:dalla-lista", r"\b(?:togli|toglie|tolg|lev|rimuov|cancel|cancell|elimin|depenn|esclud|uscir|usci|esco|andarmene|andarcene|"
        r"receder|recedo)\w* (?:(?:il |l |sto |"
        r"questo )?(?:mio |nostro )?(?:numero|number|nominativo|contatto) |i (?:miei|nostri) (?:dati|contatti|recapiti) )?da(?:lla|lle|i|l|gli|ll)? (?:vostr\w+ |sua |tua |"
        r"questa |questo |sta |sto )?(?:lista|liste|elenco|elenchi|rubrica|contatti|database|db|mailing|promozioni|newsletter|"
        r"invii|archivio|sistema|servizio (?:di )?(?:sms|messaggi|messaggistica|notifiche|newsletter|promozion\w*))\b(?! d attesa| di attesa)",
        "potete togliermi dalla lista?", "levatemi dalla lista"),
    _out("it:toglietemi-da", r"\b(?:toglietemi|toglimi|levatemi|levami|rimuovetemi|rimuovimi|cancellatemi|cancellami|escludetemi|"
        r"disiscrivetemi|disiscrivimi|disattivatemi)(?: \w+){0,4}? da(?:gli|i|lle|l|lla|ll)? (?:vostr\w+ )?(?:sms|messaggi|notifiche|"
        r"comunicazioni|promozioni|newsletter|lista|liste|invii)\b", "toglietemi da whatsapp e dagli sms"),
    _out("it:togli-numero", r"\b(?:togli|toglie|lev|rimuov|cancel|cancell|elimin|depenn|radi(?:ate|are|a)\b)\w* (?:(?:il|l|questo|sto|quel) )?"
        r"(?:mio |nostro |suo )?(?:numero|number|recapito|nominativo|contatto)\b(?! (?:d|del|della|dell|di|dello)\b(?! "
        r"(?:telefono|cellulare|cell)\b)| (?:ordine|civico|pratica|tracking|carta|cliente|fattura|prenotazione)\b)|"
        r"\b(?:togli|toglie|lev|rimuov|cancel|cancell|elimin)\w* (?:i |tutti i )?(?:miei|nostri|suoi|loro) (?:dati|recapiti|contatti)\b"
        r"(?! (?:d|del|della|dell|di|dello|bancari|della carta|di pagamento|di fatturazione)\b)",
        "togli il mio numero", "cancellate il numero"),
    out("it:numero-dimenticate", r"(?<!\bnon )\b(?:butta(?:te|re)? via|dimentica(?:tevi|te|re)|scorda(?:tevi|te|re|ti)|perdete|perdere)\b (?:il |l |questo |sto )?(?:mio |nostro )?(?:numero|number|contatto)\b"
        + _NOT_OTHER_NUMBER + r"|\bnon (?:us|utilizz)\w* (?:piu )?(?:il |l |questo |quel |sto )?(?:mio |nostro )?(?:numero|number|"
        r"contatto|recapito)\b(?! (?:vecchio|precedente|di prima|sbagliato)| per (?:whatsapp|telegram|signal|messenger|le chiamate|chiamare|"
        r"la consegna|le consegne|il corriere|la spedizione|l ordine|gli ordini|la fattura|il ritiro|la prenotazione))" + _NOT_OTHER_NUMBER,
        "buttate via il mio numero", "non utilizzate più il mio numero", negatable=False),
    _out("it:essere-rimosso", r"\b(?:vorrei|voglio|desidero|chiedo di|chiediamo di|vogliamo|vorremmo|preferirei|preferisco|gradirei|gradiremmo|"
        r"richiedo di|prego di|potrei|posso|(?<!\bmai )(?<!\bnon ho )(?<!\bnon abbiamo )chiesto di|(?<!\bmai )(?<!\bnon ho )richiesto di) (?:\w+ )?(?:essere|venire|venir) (?:rimoss|cancellat|tolt|eliminat|disiscritt|esclus|"
        r"contattat\w* piu)\w*\b" + _NOT_FROM_OTHER + r"|"
        r"\bnon (?:voglio|desidero) (?:piu )?(?:essere|venire) (?:piu )?(?:contattat|ricontattat|disturbat|messaggiat|chiamat|spammat|tartassat|"
        r"bombardat|importunat|inondat)\w*\b(?! (?:di|con|da) (?:chiamate|telefonate))|"
        r"\bnon (?:essere|venire|venir) (?:piu )?(?:contattat|disturbat|messaggiat|ricontattat|importunat)\w*",
        "vorrei essere rimosso dalla lista", "vorrei non essere più contattato", negatable=False),
    out("it:numero-sbagliato", r"\bnumero (?:sbagliato|errato|erroneo|riassegnato)\b(?! (?:del|della|dello|dell|dei|degli|delle|nel|nella|"
        r"sul|sulla|sull|in) )|\b(?:avete|hai|ha|abbiate) (?:sbagliato (?:persona|destinatario)|(?:la |il )?(?:persona|destinatario) sbagliat[oa])"
        r"(?: (?:scusate|guardi|mi dispiace|qui|a questo numero|non sono \w+))*$|"
        r"\b(?:qui|qua|a questo numero|in questa casa) non (?:c e|ce|abita|risponde|vive|esiste) (?:nessun|nessuna) (?!(?:problema|pacco|ordine|"
        r"messaggio|avviso|tecnico|corriere|errore|dubbio|bisogno|motivo|modo|rischio|costo|addebito|biglietto|posto|tavolo|segnale|campo|rete|"
        r"negozio|cliente|appuntamento|documento|foglio|codice|allarme|guasto|danno|cane|gatto|animale|parcheggio|bancomat|citofono|"
        r"campanello|ascensore|cartello|insegna|ufficio|sportello|numero|indirizzo|nome|cognome|civico|interno|pacchetto|corso|"
        r"medico|dottore|dottoressa|infermiere|responsabile|titolare|ragazzo|ragazza|bambino|bambina|signore|signora|vicino|vicina)\b)\w+"
        r"(?: (?:qui|qua|a questo numero|mi dispiace|scusate|guardi))*$|"
        r"\bnon (?:c e|ce|abita|esiste) nessun[oa]? (?:che si chiama|di nome|con (?:questo|quel) nome)\b|"
        r"^(?:ma |no |guardi |guarda |scusate |scusi |mi dispiace )?non sono (?:io|lei|lui)(?: mi dispiace| scusate| scusi| guardi)?$|"
        # "non so chi sia Stefania"; "era il suo cellulare"; "destinatario sbagliato"
        r"^(?:ma |no |guardi |scusate |scusi )?non sono (?:io )?la persona giusta(?: mi dispiace| scusate| guardi)?$|\bdestinatario (?:sbagliato|errato)\b|"
        r"^(?:non so|non ho idea di|boh non so|non saprei) chi sia (?!(?:il|lo|la|l|un|una|questo|questa|quest|quel|quella|sto|sta)\b)\w+"
        r"(?: mi dispiace| scusate)?$|^era (?:il )?(?:suo|loro) (?:cellulare|numero|telefono|cell|telefonino)$|"
        r"\bnon (?:e|c e) piu (?:tra|fra) (?:noi|di noi)\b|"
        r"\bnumero (?:mi |ci )?(?:e stato|e stata|e) (?:assegnat|riassegnat|attribuit|dat)\w* (?:da poco|di recente|recentemente|da pochi \w+|"
        r"a me)\b|\bnon sono (?:mai stat[oa] )?(?:un |una )?(?:vostr[oa] )?client[ea](?: (?:vostr[oa]|di questo negozio|da voi))?$|\bnon ha piu (?:questo|il|quel) numero\b|"
        r"\b(?:padre|madre|papa|mamma|marito|moglie|figlio|figlia|fratello|sorella|nonno|nonna|zio|zia|suocero|suocera|compagno|"
        r"compagna|titolare|intestatari[oa]|proprietari[oa]) (?:\w+ )?e (?:morto|morta|mancato|mancata|scomparso|scomparsa)\b|"
        r"\be venut[oa] a mancare\b|\bnon (?:vi |ti |le )?ho (?:mai )?(?:acconsentito|dato il (?:mio )?(?:permesso|consenso)|autorizzato)\b|"
        r"\bnon (?:siete|sei|e) (?:autorizzat\w*|legittimat\w*) a (?:scriver|mandar|inviar|contattar|usar|utilizzar|trattar)\w*|"
        r"\bnon avete (?:il )?(?:mio |nostro )?(?:permesso|consenso|autorizzazione)\b|\bsbagliat\w* numero\b(?! (?:civico|di casa|d ordine|dell ordine|ordine|di ordine|di serie|di pratica|di tracking|di spedizione|"
        r"di tracciamento|interno|di conto|della carta|di carta|di taglia|di scarpe|della fattura|di fattura|del pacco)\b)|"
        r"\bnon conosco (?:questa persona|nessun\w*|(?!(?:ancora|questo|questa|quel\w*|il|lo|la|l|i|gli|le|bene|niente|nulla|"
        r"un|una|di|del|della|dei|delle|degli|mica|come|dove|quando|cosa|che|tutti|tutte|per|molto|tanto)\b)\w+)\b|"
        r"\bnon e (?:piu )?(?:il |lo )?(?:\w+ )?numero (?:di|del|della|dello)\b" + _NOT_OTHER_NUMBER + r"|"
        r"\bnon e piu (?:il )?(?:suo|mio) (?:numero|cellulare|telefono|cell|telefonino)\b" + _NOT_OTHER_NUMBER + r"|\bdeceduto\b|\bdeceduta\b|"
        r"(?<!\bho )(?<!abbiamo )\b(?:scriv|contatt|mand|invi|cerc)\w* (?:\w+ )?(?:alla|la|una|a una|ad una) persona sbagliata\b|"
        r"\bnon e (?:il )?(?:suo|mio) numero\b" + _NOT_OTHER_NUMBER + r"|"
        r"\bnumero non (?:appartiene|e) piu (?:a|di|del|della|dello)\b|\bnon appartiene piu a\b|"
        r"\bnumero (?:ora|adesso) e (?:mio|nostro)$|\bnumero e (?:mio|nostro) (?:ora|adesso)$|\bnumero (?:ora |adesso )?e (?:mio|nostro) da\b|"
        r"\bla persona che cerca\w* non\b|\bnumero (?:\w+ )?non (?:e )?piu in uso\b|\bnon e piu (?:raggiungibile|reperibile|contattabile) (?:a|su|con) (?:questo|quel) numero\b|\bnon sono (?:io )?(?:la persona|quell[oa]|chi) che cerca\w*|"
        r"\b(?:ho|abbiamo) (?:preso|comprato|attivato|avuto) questo numero da (?:poco|pochi)\b|"
        r"\b(?:titolare|intestatari[oa]|proprietari[oa]) (?:del|di questo) numero e cambiat[oa]\b|"
        r"\bnumero ha cambiato (?:titolare|proprietario|intestatario)\b|"
        # "questo numero non è di Marco (da anni)": the number is not the named person's
        r"\b(?:questo|sto|il mio) numero non e (?:piu )?(?:di|del|della|dello) (?!(?:\w+ )?(?:ordine|conto|carta|cliente|pratica|tessera|"
        r"contratto|fattura|pacco|spedizione|prenotazione|mio|mia|nostro|nostra|vostro|vostra|casa|ufficio|lavoro)\b)\w+|\bnumero (?:\w+ ){0,3}?non e piu quello (?:di|del|della|dello)\b|"
        r"\b(?:numero|cellulare|telefono|cell) (?:ora |adesso )?(?:appartiene|e intestato) (?:ora |adesso )?(?:a un altra persona|"
        r"ad un altra persona|ad altra persona|a un altro|a un altra|a me)\b",
        "numero sbagliato", "questo numero non appartiene più a Luca", negatable=False),
    out("it:minore", r"^(?:questo |questo numero |il numero )?e (?:il )?(?:telefono|numero|cellulare|cell) di (?:mi[oa] |una |un )?"
        r"(?:figli[oa]|bambin[oa]|ragazzin[oa]|nipote|minorenne)(?: (?:minorenne|piccol[oa]|di \d+ anni|che ha \d+ anni))?$",
        "è il cellulare di una bambina", negatable=False),
    out("it:non-interessa", r"^(?:no |ma |grazie ma |no grazie )?(?:non mi interessa|non (?:sono|sn) interessat[oa]|non interessat[oa]|"
        r"nessun interesse)"
        r"(?: piu)?(?: (?:a|ai|alle|agli|al|all) " + _DET + _ADJ + _MSG + r")?" + _POLITE + r"$", "non mi interessa",
        "no grazie, non sono interessato alle vostre offerte", negatable=False),
    out("it:non-interessano", r"\bnon mi interessano (?:piu )?" + _DET + _ADJ + _MSG + r"\b|\bnon mi interessa (?:piu )?ricever\w*|"
        r"\bnon mi va (?:piu )?(?:di ricever\w* (?:piu )?" + _DET + _ADJ + _MSG + r"\b|che mi (?:scriviate|mandiate|contattiate))|"
        r"\brinunci\w* (?:a ricevere " + _DET + _ADJ + _MSG + r"|(?:ai|alle|agli|all|al) " + _DET + _ADJ
        + r"(?:messaggi|sms|comunicazioni|notifiche|newsletter|avvisi|mex))\b",
        "non mi interessano le vostre offerte", negatable=False),
    out("it:mai-iscritto", r"\bmai (?:\w+ )?(?:iscritt|dato il consenso|autorizzat|registrat)\w*\b|"
        r"\bnon (?:mi sono|ho) (?:mai )?(?:iscritt|autorizzat|dato il consenso|prestato (?:il )?(?:mio )?consenso|dato (?:il )?mio consenso)\w*\b|"
        r"\bnon (?:vi |ti |le |l )?(?:ho|abbiamo) (?:mai )?(?:dato|fornito|lasciato|comunicato) (?:io |noi )?(?:il |questo )?(?:mio |nostro )?"
        r"numero\b(?! (?:nuovo|giusto|corretto|di casa|fisso|aziendale|del lavoro|dell ufficio))" + _NOT_OTHER_NUMBER + r"|"
        r"\bnon (?:vi |ti |le )?(?:ho|abbiamo) mai (?:chiesto|richiesto|voluto)(?: io)? (?:di (?:ricevere|essere contattat\w*|"
        r"iscriver\w*)|" + _DET + _ADJ + _MSG + r"|niente|nulla)\b|"
        r"\bchi (?:vi|ti|le) ha (?:autorizzat\w*|permesso|dato il permesso) (?:a |di )?(?:scriver|mandar|contattar|inviar|"
        r"messaggiar)\w*|\bmai (?:dato|fornito|lasciato|comunicato) (?:il |questo )?(?:mio |nostro )?numero\b|"
        r"\b(?:chi (?:vi|ti|le) ha dato|dove (?:avete|hai|ha) (?:preso|trovato|avuto)|come (?:avete|hai|ha) (?:avuto|ottenuto|preso))"
        r" (?:il )?(?:mio |questo )?numero\b", "non mi sono mai iscritto", "non ho mai chiesto di ricevere questi sms",
        negatable=False),
    # --- opt-in ----------------------------------------------------------------------------------------------
    opt_in("it:riattiva", r"\b(?:riattiv|reiscriv)(?:ami|atemi|armi|ateci|arci|imi|etemi|ermi)\b|\b(?:riattiv|reiscriv)(?:ate|a|are|"
           r"ateli|atele|ali|ete|ere|i)\b(?:$| " + _DET + _ADJ + _MSG + r"\b)|"
           r"\b(?:scritto|mandato|inviato|risposto|digitato|premuto|cliccato) (?:\w+ )?(?:stop|basta|annulla|fine|cancellami|"
           r"disiscrivimi)\b(?: \w+){0,3} (?:per (?:sbaglio|errore|distrazione)|senza (?:volerlo|volere|accorgermene))\b|\bper (?:sbaglio|errore) (?:\w+ ){0,2}?(?:scritto|mandato|inviato|"
           r"risposto|digitato) (?:\w+ )?(?:stop|basta|annulla|fine)\b|\b(?:disattivat|disiscritt)\w* (?:\w+ ){0,3}?per (?:sbaglio|errore)\b",
           "riattivate i messaggi", "ho mandato basta per errore"),
    opt_in("it:iscrivimi", r"\b(?:voglio|vorrei|desidero|vogliamo|posso) (?:iscrivermi|iscriverci|abbonarmi|registrarmi) (?:ai|alle|agli|al|alla|all) "
           r"(?:vostr\w+ )?(?:" + _MSGS + r"|lista (?:sms|messaggi|promozioni|newsletter|contatti)|servizio (?:sms|messaggi|di messaggi|"
           r"notifiche|promozion\w*))\b|\biscriv(?:etemi|imi|eteci) (?:ai|alle|agli|al|alla|all) (?:vostr\w+ )?(?:" + _MSGS
           + r"|lista (?:sms|messaggi|promozioni|newsletter|contatti)|lista$|servizio (?:sms|messaggi|di messaggi|notifiche|promozion\w*))\b",
           "voglio iscrivermi ai vostri sms", "iscrivetemi alla lista sms"),
    opt_in("it:di-nuovo", r"\bricever(?<!\bforse ricever)\w* (?:di nuovo |nuovamente )" + _DET + _ADJ + _MSGS + r"\b|"
           r"\bricever\w* " + _DET + _ADJ + _MSGS + r"(?: \w+)? (?:di nuovo|nuovamente)\b|"
           r"\b(?:tornare|ricominciare|continuare|riprendere) a ricever\w* " + _DET + _ADJ + _MSGS + r"\b|"
           r"\b(?:rimett|reinser|riaggiung|reintegr)\w* (?:il mio numero )?(?:nella|in|nelle) (?:vostra |vs )?(?:lista|liste|elenco|"
           r"mailing)\b|\biscriv(?:etemi|imi|ermi|erci|eteci|ici) (?:di nuovo|nuovamente)\b(?! (?:a|al|alla|allo|all|ai|agli|alle|per) (?!(?:servizio|messaggi|"
           r"sms|newsletter|lista|mailing|promozioni|notifiche|comunicazioni|avvisi|offerte|vostri|vostre)\b))|"
           r"\b(?:riprend|ricominc)\w* (?:pure )?a (?:mandar|inviar|scriver)\w*",
           "voglio ricevere di nuovo i vostri sms", "rimettetemi nella lista"),
    # --- help ----------------------------------------------------------------------------------------------------
    help_request("it:aiuto-solo", r"^aiuto\b", "aiuto, cos'è questo messaggio?"),
    help_request("it:aiuto", r"\bho bisogno di (?:aiuto|assistenza|informazioni)\b|\b(?:mi serve|mi servirebbe|vorrei|cerco) "
                 r"(?:un po di |un )?(?:aiuto|assistenza)\b|\bpotete aiutarmi\b|\bmi (?:potete|puoi|potrebbe|potreste) aiutare\b|"
                 r"\b(?:mi servono|mi servirebbero|vorrei|potete darmi|mi date|chiedo) (?:delle |qualche |maggiori |piu )?informazioni\b|"
                 r"\bcome funziona(?:no)? (?:questo servizio|questi messaggi|il servizio|i messaggi|questo)\b",
                 "ho bisogno di aiuto con il mio ordine"),
    help_request("it:chi-siete", r"^(?:chi (?:siete|sei|e|scrive|parla)(?: voi)?$|chi siete e\b|(?:che )?cos e questo(?: numero| servizio|"
                 r" messaggio)?$)", "chi siete?", "che cos'è questo numero?"),
    help_request("it:che-servizio", r"\b(?:che|quale) (?:azienda|ditta|numero|servizio|negozio) (?:e questo|e questa|e|siete)\b|"
                 r"\bper cosa mi (?:scrivete|contattate)\b", "che azienda è questa?"),
    # "alto là, ma davvero?": the idiom of surprise, not the Spanish keyword.
    sense("it:alto-la", r"^alto la$", "alto là, ma davvero costa così poco??"),
    # "ho detto a mio figlio di smettere di scrivervi": an order given to someone else, reported.
    # "ho scritto basta ma era per un altro gruppo": the keyword meant for someone else.
    sense("it:stop-per-altro", r"\b(?:scritto|mandato|risposto|inviato)\w* (?:\w+ ){0,2}?(?:stop|basta|cancella\w*|disiscriv\w*)\b(?: \w+){0,6}? "
          r"(?:era|erano) (?:per|destinat[oa] a) (?:un |una |l |il |la |lo )?(?:altr[oiae]|sbagliat[oa])\b",
          "ho scritto basta ma era per un altro gruppo"),
    sense("it:detto-a-altro", r"\b(?:ho detto|ho chiesto|ho spiegato|avevo detto|dico|ho ordinato) (?:a|al|alla|ai|alle) (?:mio |mia |miei |mie |"
          r"suo |sua )?(?:\w+ )?(?:figli|marit|mogli|fratel|sorell|madre|mamma|padre|papa|nipot|cugin|amic|vicin|nonn|compagn|ragazz)\w* "
          r"di (?:non )?(?:smettere|smetterla|finirla|piantarla|scrivere|mandare)\b",
          "ho detto a mio figlio di smettere di scrivervi dal mio telefono"),
)
