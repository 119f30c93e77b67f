"""Prepared text for the intent rules: clauses of folded words, abbreviations and typos resolved."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest import typos
from ingest.normalize import fold

_CONTRACTION = re.compile(r"n['’`´]t\b")
_CLITIC = re.compile(r"['’`´](s|m|re|ll|ve|d)\b")
_APOSTROPHE = re.compile(r"['’`´]")
# Clause boundaries: sentence punctuation, commas, dashes, line breaks, "but", a "so" before an order. Not the comma German
# sets before "dass" after a wish or a negation, which keeps the negation with its request ("Ich möchte nicht, dass Sie
# mir schreiben").
_CLAUSE = re.compile(r"(?!(?<=\d)[.,]\d)[.!?;:,\n()\[\]…¡¿—–]+|\s-\s|\bbut\b|\bpero\b|\baber\b|"
                     # a business text's instruction is a sentence of its own ("STOP Reply STOP to opt out")
                     r"(?<=\w )(?=(?:reply|text|txt) (?:stop|end|quit|cancel|unsubscribe|stopall|help|start) (?:to|for)\b)|"
                     # the texts allowed or asked for after a run-on request about something else ("too many emails texts are
                     # fine", "quit emailing me text me instead", "paper bills texts only") and a "jk" inside a run-on
                     r"(?<=\w )(?=(?:the )?(?:texts?|sms|txts?|text messages|messages) (?:are|is|r|sind|son|sont|sono|sao) "
                     r"(?:still )?(?:fine|ok|okay|good|great|better|alright|welcome|bien|gut)\b|text me (?:instead|only|here)\b|"
                     r"(?:texts?|sms) only$|(?:jk|just kidding)(?= \w))|"
                     # thanks or a parting run on after a request ("stop thank you for understanding", "stop nothing personal"),
                     # not "no thanks" or "to thank you"
                     r"(?<=\w )(?<!\bno )(?<!\bnah )(?<!\bnope )(?<!\bto )(?<!\bcant )(?<!\bcannot )(?<!\band )(?<!\bi )(?<!\bwe )"
                     r"(?<!\bjust )(?<!\bthe )(?<!\ba )(?<!\bmy )(?<!\byour )(?<!\bour )(?<!\bher )(?<!\bhis )"
                     r"(?=(?:thanks|thank you|thank u|thx|thanx|thnx)\b(?! (?:card|cards|note|notes|letter|gift|gifts|email)\b)"
                     r"|(?:no offen[cs]e|nothing personal|good ?bye|bye bye)$)|"
                     # "so" before an order ends a run-on reason ("someone told me to reply stop so STOP")
                     r"\bso(?= (?:please |pls |plz |just |now |kindly )?(?:stop|stp|unsubscribe|unsub|remove|take|cancel|quit|leave|"
                     r"opt|delete|end)\b)|"
                     # ... and its French, Spanish, Italian, Portuguese and German words ("je ne suis pas inscrit donc arrêtez")
                     r"\b(?:donc|alors|asi que|por eso|entonces|quindi|percio|allora|entao|por isso|deshalb|daher|also(?! (?:stop|quit|cancel|remove)\b))(?= (?:s il vous plait |"
                     r"svp |por favor |per favore |bitte |ya |subito |jetzt |endlich )?(?:arret|stop|desabonn|desinscri|retir|supprim|"
                     r"dej|par[ae]|bor|quit|smett|cancell|disiscriv|tir[ae]|descadastr|hor|aufh|abmeld|losch)\w*\b)")
# A German comma before "dass" or a zu-infinitive joins it to the verb it completes ("hört auf, mir doppelt abzubuchen").
_DASS = re.compile(r"\b(nicht|mehr|will|gern|gerne|lieber|mochte|moechte|wunsche|wuensche|dafur|dafuer|darum|bitte|auf|so|gesagt|"
                   r"gemeint|verlangt|gebeten|geschrieben|behauptet),+\s*"
                   r"(?=dass\b|(?:\w+ ){0,5}(?:zu \w+|\w{2,}zu\w{2,}en\b))")  # "..., dass ihr ...", "..., weiter kontaktiert zu werden"
# "Cancel\nThe 3:30 with Dr. Brooks", "STOP\nby the office": a bare keyword line whose object is the next line.
_OBJECT_BELOW = re.compile(r"(?m)^(\s*(?:(?:ok|okay|k|yes|hi|hey|please|pls)\W*\s+)?(?:cancel|end|stop|remove|quit)\s*)\n(?=[^\S\n]*(?:by|the|request|order|date|time|appointment|"
                           r"appt|reservation|booking|item|\d)\b)")
# A clause cut by a "but" (or "mais", "ma", "mas", "however" starting the next clause): ``Clause.contrast``.
_CONTRAST = re.compile(r"\b(?:but|pero|aber|however|though|mais|ma|mas)\b")
_CONTRAST_START = frozenset("but pero aber however though mais ma mas".split())
# An aside between commas ("No quiero, de verdad, que me escriban"): read as if it were not there.
_ASIDE = re.compile(r",\s*(?:(?:really|seriously|honestly|de verdad|en serio|la verdad|davvero|sul serio|sinceramente|vraiment|"
                    r"serieusement|franchement|wirklich|ernsthaft|ehrlich|mesmo|serio)(?: (?:not|no|pas|nicht|non|nao))?|please|"
                    r"por favor|per favore|s il vous plait|svp|bitte)\s*,\s*")
# ... when the sentence goes on past it ("que", "dass", "to"); otherwise the commas around it end clauses ("Ya, stop,
# por favor, no sigan").
_GOES_ON = re.compile(r"(?:que|qu|that|dass|che|to|de|di|a|me|mir|mi)\b")


def _aside(m: re.Match[str]) -> str:
    return " " if _GOES_ON.match(m.string, m.end()) else ", "


# "I don't want you to text me" asks what "don't text me" asks (and "I don't want you to stop", "don't stop").
_WISH_AGAINST = re.compile(r"\b(?:i|we) (?:really |just |truly )?(?:dont|do not) (?:really )?(?:want|wish) (?:you|yall|you guys|"
                           r"you all|you people|anyone|anybody|them|your company|your store) to\b")
# A quoted sentence of three words or more (the business text, "Your appointment is tomorrow") is a clause of its own;
# a quoted word stays in its sentence ('what does "STOP" do').
_QUOTED = re.compile(r"(?:\b(\w+)\W{0,3})?[\"“„«]([^\"“”„«»\n]{1,300})[\"”“»]")
# ... unless the word before it makes the quote someone's words, a thing named or asked about ('my daughter said "stop
# texting me"', 'a book called "Stop Texting Me"', 'if I reply "stop sending promos"', 'is "stop all" right?').
_QUOTE_STAYS_AFTER = frozenset(
    "said says say saying goes go went going told tells tell texted texts wrote writes write writing called titled named name "
    "like replied replies yelled yells asked asks screamed answered typed types posted sent me him her them us read reads "
    "shouting shouted if si se wenn falls what que the a an that this your my his her our their reply type text send put "
    "enter use try is was does do means mean "
    # the same verbs in es, fr, pt, it, de
    "respondo respondes responde respondi pongo pone puse escribo escribi mando envio digo dije dice reponds repond repondu "
    "ecris ecrit tape mets dis dit antworte antwortet schreibe schreibt sage sagt tippe rispondo risponde scrivo scrive dico "
    "metto escrevo escreve coloco mandar".split())
# Punctuation said out loud to a phone's dictation ("Stop exclamation point").
_DICTATED = re.compile(r"\s*\b(?:exclamation (?:point|mark)|question mark|new paragraph)\b")
_SAID_MARKS = {"question": "?", "new": "\n"}
_WORD = re.compile(r"[^\W_]+")
_QUESTION = re.compile(r"\?")
_HASH = re.compile(r"(?<![\w#])#(?![\w#])")
# A link or a domain is one thing, not words and clauses: "stop.com", "https://example.com/stop".
# Labels and their number are bounded (DNS allows 63 letters a label), so a long run of dots is read in linear time.
_LINK = re.compile(r"\bhttps?://\S+|\bwww\.\S+|\b[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.(?:com|net|org|io|co|us|uk|ca|de|fr|es|it|"
                   r"pt|br|mx|info|biz|app|me|ly|gl|gov|edu)\b(?:/\S*)?")

# Shorthands people type, as the word the rules use.
ABBREVIATIONS = {
    "pls": "please", "plz": "please", "plez": "please", "pleas": "please", "pleae": "please", "plss": "please",
    "pleaseee": "please", "txt": "text", "tx": "text", "txts": "texts", "txting": "texting", "texs": "texts",
    "msg": "message", "msgs": "messages", "mesages": "messages", "messeges": "messages", "u": "you",
    "ur": "your", "ure": "youre", "yr": "your", "bak": "back", "r": "are", "dnt": "dont", "dont": "dont", "wont": "wont", "cant": "cant",
    "im": "im", "ima": "im", "nomore": "no more", "anymore": "anymore", "any more": "anymore", "unsub": "unsubscribe",
    "unsubscribe": "unsubscribe", "rmv": "remove", "rem": "remove", "unsubs": "unsubscribe", "thx": "thanks", "ty": "thanks", "stp": "stop", "sms": "sms", "b4": "before",
    "optout": "opt out", "opt-out": "opt out", "stopall": "stop all", "ppl": "people",
    "stfu": "shut the fuck up", "gtfo": "get the fuck out", "fk": "fuck", "fck": "fuck", "fuk": "fuck",
    "effing": "fucking", "frickin": "fucking", "dis": "this",
    "mor": "more", "stahp": "stop", "stap": "stop", "kiero": "quiero", "kieres": "quieres", "naum": "nao", "nn": "non", "q": "que", "menvoyer": "m envoyer",
    "mecrire": "m ecrire", "menvoyez": "m envoyez", "mecrivez": "m ecrivez", "numbr": "number", "nums": "number", "num": "number",
    "vc": "voce", "vcs": "voces", "bc": "because", "cuz": "because", "rn": "right now", "asap": "asap", "thru": "through", "wanna": "want to",
    "4ever": "forever", "2day": "today", "2nite": "tonight", "2night": "tonight", "2moro": "tomorrow", "2morrow": "tomorrow",
    "2mrw": "tomorrow", "gr8": "great", "some1": "someone", "any1": "anyone", "no1": "no one",
    # the sending verbs as people mistype them, for every rule (the speller leaves a word a rule lists alone)
    **dict.fromkeys("texing textin txtin txtn texxing texitng textign txeting tetxing tetxting".split(), "texting"),
    **dict.fromkeys("snding sendn sendin sneding sedning sendign".split(), "sending"),
    **dict.fromkeys("mesaging messeging mesasging messagign mssging".split(), "messaging"),
}


# "Please", "thanks" and "already" in languages beyond the six (folded like the text), and English spellings of
# thanks, read as the English word so that they surround a keyword the way fillers do ("STOPPA tack",
# "Stoppen aub", "Хватит уже", "stop thnx").
_POLITE_WORDS = {
    "please": "aub alsjeblieft alstublieft graag snalla vennligst venligst prosze prosim lutfen kerem legyszives "
              "пожалуйста пожалуста плиз ласка будь παρακαλω tolong kripya krupya בבקשה",
    "thanks": "bedankt dank dankjewel tack takk tak kiitos dziekuje dekuji diky tesekkurler tesekkur sagol multumesc "
              "koszonom спасибо спс дякую благодарю ευχαριστω makasih trims dhanyavad shukriya شكرا תודה "
              "thnx thanx thnks thks tks tysm tyvm thankyou thanku",
    "already": "уже вже juz",
}
for _english, _words in _POLITE_WORDS.items():
    for _word_form in _words.split():
        ABBREVIATIONS.setdefault(fold(_word_form), _english)


@dataclass(frozen=True)
class Clause:
    text: str  # words separated by single spaces
    question: bool  # the clause ended with "?"
    contrast: bool = False  # the next clause opens with "but" ("I wanted to unsubscribe but the deals are too good")


def prepare(text: str, folded: str | None = None) -> tuple[Clause, ...]:
    """The message as clauses; ``folded`` is ``fold(text)`` when the caller has it already."""
    folded = fold(text) if folded is None else folded
    folded = _CONTRACTION.sub("nt", folded)
    folded = _CLITIC.sub(r"\1", folded)
    folded = _APOSTROPHE.sub(" ", folded)
    folded = _HASH.sub(" number ", folded)  # "wrong #", "lose my #"
    folded = _ELIDED.sub(r"\1 ", folded)  # "menvoyez", "jai", "dallelenco": the apostrophe left out
    folded = read_text_speak(folded)
    if "j" in folded or "chuis" in folded:
        folded = _CLIPPED_JE.sub(lambda m: "je suis" if m.group(2) else f"je {m.group(1)}", folded)
    if "." in folded:
        folded = _LINK.sub(" link ", folded)
    folded = _ASIDE.sub(_aside, folded)
    if '"' in folded or "“" in folded or "«" in folded or "„" in folded:
        folded = _QUOTED.sub(lambda m: _quoted_clause(m, folded), folded)
    if "\n" in folded:
        folded = _OBJECT_BELOW.sub(r"\1 ", folded)
    if "dass" in folded or "zu" in folded:
        folded = _DASS.sub(r"\1 ", folded)
    if " mark" in folded or " point" in folded or " paragraph" in folded:
        folded = _DICTATED.sub(lambda m: _SAID_MARKS.get(m.group().split()[0], "!"), folded)
    clauses: list[Clause] = []
    position = 0
    context = _context(_WORD.findall(folded))
    contrast = False  # the boundary before the next clause holds a "but"
    for boundary in [*_CLAUSE.finditer(folded), None]:
        end = boundary.start() if boundary else len(folded)
        chunk = folded[position:end]
        question = bool(boundary and _QUESTION.search(boundary.group()))
        position = boundary.end() if boundary else len(folded)
        raw = _WORD.findall(chunk)
        tokens = [_word(w, raw[i + 1] if i + 1 < len(raw) else "", context, raw[i - 1] if i else "") for i, w in enumerate(raw)]
        while len(tokens) > 1 and tokens[0] in _OPENERS:
            greeting = tokens.pop(0) in _GREETINGS  # "ok no more please", "hey I want out": read from the first word
            if greeting and len(tokens) > 1 and tokens[0] in _GREETED:
                del tokens[0]  # "hi there please stop"
        if len(tokens) > 2 and tokens[0] == "good" and tokens[1] in _TIMES_OF_DAY:
            del tokens[:2]  # "good morning stop"
        if question and len(tokens) > 2 and tokens[-1] in _TAGS:
            del tokens[-1]  # "no more texts, ok?": a tag asks for agreement, the clause before it tells
            question = False
        if tokens:
            joined = " ".join(tokens)
            if run_on := _LEADING_STOP.match(joined):
                # "stop im not buying anything", "Basta non compro niente": a STOP typed without its full stop.
                clauses.append(Clause(run_on.group(1), False))
                joined = joined[run_on.end():]
            if " want" in joined or " wish" in joined:
                joined = _WISH_AGAINST.sub("dont", joined)
            if clauses and (contrast or tokens[0] in _CONTRAST_START):
                clauses[-1] = Clause(clauses[-1].text, clauses[-1].question, True)
            clauses.append(Clause(joined, question))
            contrast = False
        contrast = contrast or bool(boundary and _CONTRAST.search(boundary.group()))
    return tuple(clauses)


# "stp" is French "s'il te plait" ("oui stp") unless it stands alone or beside English ("stp texting me");
# "dis" is "this" unless French ("dis moi"); "num" is "number" except Portuguese "em um" ("num lugar", "num sei").
_ENGLISH = frozenset("texting text texts txt txts txting messaging sending send messages msgs message msg please pls plz "
                     "now the you u your ur thanks thx all asap it already me".split())
_FRENCH = frozenset("moi je tu vous nous pas est svp merci bonjour quoi ca combien prix des du les lui leur qu".split())
_STP_POLITE = _FRENCH | frozenset("oui ok okay daccord accord si bien".split())
_PT_AFTER_NUM = frozenset("lugar momento dia sei quero pode posso tem sabe minuto segundo instante sitio canto hotel "
                          "restaurante shopping onibus carro evento grupo".split())


# French and Italian elisions typed without the apostrophe ("ne menvoyez plus", "jai dit stop", "cest pas Julien",
# "toglietemi dallelenco"): only before the stems of the request vocabulary and a few fixed pairs, so that no word of
# its own ("decrire", "mai", "men") is split.
_ELIDED = re.compile(
    r"\b((?:[mtsldnj]|qu)(?=(?:envo|appel|inscri|abonn|interess|arret|annul|utilis|utilizz|enlev|effac|autori[sz]|"
    r"appartien|accept|oubli|exist)\w)|[mtnd](?=(?:ecri[vrst]|importun|oppos|enerv|emmerd|embet)\w*)|"
    r"[mnt](?=av(?:ez|ait|aient|ete|evano)\b)|d(?=(?:autres?|attesa)\b)|quelqu(?=un\b)|un(?=altr[ao]\b)|"
    r"[jn](?=ai\b)|j(?=en ai\b)|[cs](?=est\b)|n(?=est (?:plus|pas|jamais|personne|rien|point|que)\b)|qu(?=est[ -]ce\b)|[cn](?=etait\b)|n(?=y a\b)|qu(?=(?:on|il|ils)\b)|s(?=il (?:vous|te)\b)|"
    r"[dl](?=attente\b)|(?:l|dell|all|nell|dall|sull)(?=(?:invi|iscri|abbonament|elenc|app|indirizz|uso\b|utilizz)\w*)|"
    r"[mt](?=(?:a|ont) (?:dit|demande|conseille|propose|suggere)\b)|d(?=(?:une?|avoir)\b))")
# "2" for "to" and "4" for "for" between words, where no count can stand: before a pronoun, a determiner or a verb
# ("told you 2 stop", "2 my carrier", "4 me"), or after a word that takes "to" / "for" ("belongs 2 a", "looking 4 a").
_TEXT_SPEAK = re.compile(r"\b([a-z]+) ([24])(?= ([a-z]+)\b)")
_BOTH_NEXT = frozenset("me my the this that these those your ur u you us".split())
_TO_NEXT = _BOTH_NEXT | frozenset("any stop get receive be hear unsubscribe subscribe opt text do not never no end remove cancel "
                                  "start talk quit leave donate order keep see know say send contact call bother sign join put "
                                  "add take go come read change limit continue block report delete charge erase shop stay ask "
                                  "release pause resubscribe rejoin share sell use miss forget lose reschedule pick return vote buy check "
                                  "reset log bite opting unsubscribing me him her them us".split())
_TO_AFTER = frozenset("belongs belong belonged assigned due going able supposed decided agree agreed refuse consent how way "
                      "expect meant meaning permission mistake accident accidentally used replied texted sent close afford "
                      "tried told had".split())
_FOR_NEXT = _BOTH_NEXT | frozenset("now ever good real sure any further".split())
_FOR_AFTER = frozenset("looking wait waiting thanks thx alone up".split())  # "sign up 4 text alerts"


def read_text_speak(folded: str) -> str:
    """``folded`` with "2" and "4" read as "to" and "for" where no count can stand ("I told you 2 stop")."""
    return _TEXT_SPEAK.sub(_text_speak, folded) if "2" in folded or "4" in folded else folded


def _text_speak(m: re.Match[str]) -> str:
    before, digit, after = m.groups()
    if digit == "2" and (after in _TO_NEXT or before in _TO_AFTER):
        return f"{before} to"
    if digit == "4" and (after in _FOR_NEXT or before in _FOR_AFTER):
        return f"{before} for"
    return m.group()


# Clipped "je" ("jveux plus de sms", "chuis pas intéressé").
_CLIPPED_JE = re.compile(r"\b(?:j(suis|sui|veux|peux|vous|vais|sais)|(chuis))\b")
_LEADING_STOP = re.compile(r"^((?:just |please |ok )?(?:stop|unsubscribe|enough|basta|chega|parem|arretez|smettete|smettetela|"
                           r"stopp|halt)(?: (?:please|now|already|it|ya|ja|jetzt|svp))?) (?=(?:im|i|ive|id|ill|i am|this is|thats|"
                           r"its|it is|were|we|youre|you are|your|theyre|they are|who|why|not|never|seriously|honestly|found|"
                           r"got|already|told|asked|moved|dont|didnt|cant|wont|non|nao|ne|je|ich|io|yo|eu|ho|hab|"
                           r"habe|hai|jai|jen|ya no|ja nao|ja no|gia|no me(?! diga)|no quiero|sono|mi avete|vi ho|halt|stopp|no more)\b)")
# Words that open a reply without adding to it.
_OPENERS = frozenset("ok okay okk k kk alright alrighty hey hi hello hiya um uh umm uhh hmm gm".split())
_TIMES_OF_DAY = frozenset("morning afternoon evening day".split())
_GREETINGS = frozenset("hey hi hello hiya gm".split())
_GREETED = frozenset("there all guys team everyone folks yall".split())
_TAGS = frozenset("ok okay k kk alright understood capisce capiche comprende entendido vale daccord".split())
_NAMING = frozenset("the your that this a an ur".split())
_NAMED = re.compile(r"\W{0,3}(?:promo|promos|promotion|deal|deals|sale|ad|ads|campaign|thing|slogan|sign|button|banner|offer|"
                    r"special|event|menu|package|bundle|collection|line|song|book|show|video|post|email|text|message|flyer|poster)\b")


def _quoted_clause(m: re.Match[str], folded: str) -> str:
    """The quote as a clause of its own when it is a business text beside the reply: at the start or the end of the
    message, not asked about ('Is "stop all texts" the right command?'), not someone's words."""
    before, after = folded[:m.start()], folded[m.end():]
    if m.group(1) in _NAMING and _NAMED.match(after):
        return f"{m.group(1)} "  # 'I love the "no more boring dinners" promo': a name, not words said to anyone
    if len(m.group(2).split()) < 3 or m.group(1) in _QUOTE_STAYS_AFTER or "?" in before or "?" in after:
        return m.group(0)
    if len(_WORD.findall(before)) > 2 and _WORD.search(after):
        return m.group(0)
    return f"{m.group(1) or ''}\n{m.group(2)}\n"


def _context(raw: list[str]) -> frozenset[str]:
    """Which readings the message's words call for: ``stp`` (English "stop"), ``dis`` (French "dis")."""
    context = set()
    words_ = set(raw)
    if "stp" in words_ and (words_ <= {"stp"} or words_ & _ENGLISH or not words_ & _STP_POLITE):
        context.add("stp")
    if words_ & _FRENCH:
        context.add("dis")
    return frozenset(context)


_TIME = re.compile(r"\d{1,2}(?:am|pm|h|hr|hrs|min|mins)")


def _word(word: str, following: str = "", context: frozenset[str] = frozenset({"stp"}), previous: str = "") -> str:
    word = typos.unelongate(word)  # "stoppppp", "pleaseeee", "nooo"
    if word == "yr" and previous.isdigit():
        return "year"  # "a 2 yr contract"; elsewhere "yr" is "your"
    if word == "stp":
        return "stop" if "stp" in context else "stp"
    if word == "dis" and "dis" in context:
        return "dis"
    if word == "num" and following in _PT_AFTER_NUM:
        return "num"
    if word in ABBREVIATIONS:
        return ABBREVIATIONS[word]
    if sum(c.isdigit() for c in word) >= sum(c.isalpha() for c in word) or _TIME.fullmatch(word):
        return word  # "2x1", "4x4", "7am", "5k": a number with letters, not digits typed for letters
    return typos.correct(typos.deleet(word))
