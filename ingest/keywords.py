"""Which inbound messages are opt-outs, opt-ins or HELP: the keyword lists and the matching modes.

The one source of truth for the keyword lists (the configurable defaults, HELP,
and the single-word keywords of other languages the ``intent`` mode knows) and
for how a message is compared with them. Before any comparison the reply is
reduced to what the sender typed (``ingest.normalize``: no signature, no quoted
original, no trailing name) and folded (NFKC, no zero-width characters, case
and accents folded); punctuation, symbols and emoji only separate words.

- ``exact`` (default): the whole message is one keyword, written once or
  repeated with any separator or none: ``" Stop! "``, ``"STOP STOP STOP"``,
  ``"quit.quit"``, ``"stop all"`` (STOPALL), ``"STOP\\n\\nSent from my Pixel"``;
  also with a polite or plain word around it (``KEYWORD_FILLERS``: "STOP please",
  "Stop msgs", "pleeease stop", "STOP x3"), a listed variant (``KEYWORD_VARIANTS``:
  UNSUB, REMOVE ME, STP), the letters elongated ("stoppp") or mistyped within
  ``ingest.typos``' budget ("stpo", "unsubcribe", "St0p", "dtop", "cancal"), or
  written wholly in Cyrillic or Greek look-alikes ("ЅТОР"), after a reply prefix
  ("Re: STOP", ``REPLY_PREFIXES``), spaced out ("U N S U B"). Exact mode alone
  also takes different opt-out keywords listed ("stop, cancel, quit":
  ``keyword~list``) and, when STOP is configured, STOP in another language of
  ``INTENT_OPT_OUT_WORDS`` written whole ("BAJA", "Arret svp", "СТОП":
  ``keyword~language``). Exact mode alone also drops, around the keyword, the texts it names ("STOP TEXTING",
  "stop the messages", "opt me out of texts", "remove me from your list", "stop this"; never what CANCEL names
  vaguely: "Cancel that"), text emoticons and a phone number standing apart ("stop <3", "STOP 202-555-0147"), how often
  the sender asked ("2nd time asking"), a copy of the business's text pasted below the reply ("STOP\n\nAcme: ..."),
  a refusal before an opt-out keyword ("not interested, stop", "nah, stop"), a brief reason, the account, member or
  patient number, a date, the business named ("STOP - no longer interested", "STOP acct 55310428", "STOP 12/4",
  "unsubscribe from Kohl's"; never beside CANCEL or END, whose object they may be), greetings of other languages,
  farewells, an introduction or apology ("Hola, STOP", "STOP. Happy holidays", "This is Maria. Unsubscribe"), an
  email-to-text gateway's header, a picture's placeholder, and keywords of one kind on lines of their own ("Stop\nOpt
  out"). A message with no keyword word stays intent's
  ("take me off your list", "no more texts"). A keyword inside a sentence is never matched.
- ``contains``: the keyword's words appear together as whole words
  (``"please stop"`` is STOP; ``"weekend"`` is not END).
- ``intent``: natural-language requests, by the named rules of
  ``ingest.intent`` (exact keywords first).

HELP and INFO alone are recognised as HELP in every mode: no event, as before.
When a message holds both kinds of keyword, opt-out wins in ``exact`` and
``contains``; in ``intent`` an explicit opt-in request wins.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from common.errors import ConfigError
from common.event import MAX_KEYWORD_LENGTH, Action
from ingest import typos
from ingest.normalize import _WHEN_OR_WHAT, near_keyword, semantic_text, unmask_word, words

DEFAULT_OPT_OUT = ("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT")
DEFAULT_OPT_IN = ("START", "UNSTOP", "YES")
HELP_KEYWORDS = ("HELP", "INFO")
# Other ways of writing a keyword, honoured (in every mode) when the keyword itself is configured.
KEYWORD_VARIANTS: Mapping[str, tuple[str, ...]] = {
    "UNSUBSCRIBE": ("UNSUB", "UNSUBS", "UNSCRIBE", "UNSUBSCRIBE ME", "REMOVE", "REMOVE ME", "RMV", "RMV ME", "DELETE ME",
                    "UNSUBSCRIBING"),  # the sender doing it as they write ("Unsubscribing", "Opting out")
    "OPTOUT": ("OPT ME OUT", "OPTING OUT"),
    "STOPALL": ("STOP ALL",),
    "START": ("SUBSCRIBE", "RESUBSCRIBE", "SUBSCRIBE ME", "SUBSCRIBE ME BACK", "SUBSCRIBE BACK",
              "OPTIN", "OPT BACK IN", "OPT ME BACK IN"),  # "opt in" too: a keyword's words are read run together ("opt out" is OPTOUT)
    "STOP": ("STP", "STAHP", "STAWP"),  # the meme spellings of a drawn-out "stop"
    "HELP": ("NEED HELP", "I NEED HELP", "HELP NEEDED"),
    "REVOKE": ("REVOKE CONSENT", "I REVOKE CONSENT", "REVOKE PERMISSION"),
}
# Words that may surround a whole-message keyword without changing it: "STOP please", "Stop msgs".
KEYWORD_FILLERS = frozenset(
    "please pls plz plez now thanks thank you thx ty ok okay me texts text messages message msgs msg sms txt txts "
    "asap already it and bye goodbye cheers very much u thnx thanx thnks thks tks tysm tyvm thankyou thanku k kk "
    "immediately seriously forever permanently right rn just again all kindly anyway anyways or whatever "
    "sorry sry srry soz tia "  # "Stop, sorry", "unsubscribe tia" (thanks in advance)
    # the thanks of other languages beside an English keyword ("Unsubscribe por favor"), and British "ta"
    "ta por favor porfa porfavor gracias merci danke bitte grazie obrigado obrigada "
    "muchas bien beaucoup mille tante vielen dank schon muito "  # "merci bien", "muchas gracias", "danke schön"
    # how the sender addresses the business, and a sigh ("Stop sir", "stop bro", "ugh STOP"), as intent reads them
    "sir maam madam guys folks mate bro bruh dude man hey hi hello yo dear ugh uh um umm uhh hmm jeez argh "
    "lady buddy pal babe hun hon honey yall geez gosh ffs wtf damn dammit damnit smh "
    # and the swearing that only intensifies it ("stop fucking texting me")
    "fucking fuckin freaking freakin frickin effing bloody goddamn".split()
)
# Exact mode only: the texts a keyword is about, named after it ("stop the messages", "STOP TEXTING", "stop sending me
# texts", "opt me out of texts", "remove me from your list", "stop this", "remove my number"). The words that name them are dropped from the end of the
# message (courtesy words may follow: "please"), when they hold a determiner or a preposition, or a word that is no
# filler ("texting", "alerts"); "Stop texts" needs no help, the message nouns being fillers. A list is named only after
# a determiner or "from" ("stop list" is no request). Never a keyword word: the keyword itself must stay.
_OBJECT_NOUNS = frozenset("texts text messages message msgs msg sms txt txts texting messaging sending alerts "
                          "contacting txting txtin textin textng texing msging messagin sendin subscription subscriptions "
                          "bothering harassing spamming pestering bugging reminding stuff junk crap shit garbage "
                          # the texts misspelt ("stop messeges", "cancel the texs"; never "massages", a spa's word)
                          "mesages mesage messeges messege messges msges texs textes textx texst txet textn txtx textz "
                          "notifications reminders promo promos promotions promotional marketing deals spam updates offers "
                          "soliciting "
                          "ads list lists mailing contact number phone cell mobile this that these those them everything "
                          "communication communications correspondence solicitation solicitations outreach advertising".split())
_LIST_NOUNS = frozenset("list lists mailing contact number phone cell mobile".split())  # "remove my number", never "remove number"
_VAGUE_OBJECTS = frozenset("number phone cell mobile this that these those them everything".split())
_OBJECT_LEADS = frozenset("the your ur yr these those this all any ya my our from frm to with off".split())  # and "of" after "out"
# A subscription is the texts' only when they are named with it ("cancel my text subscription", not "cancel subscription").
_SUBSCRIPTION = frozenset("subscription subscriptions".split())
# A laugh after the texts named ("stop with the texts omg"); alone beside a keyword it is laughing ("omg stop").
_LAUGHS = frozenset("omg lol lmao smh".split())
# Words that describe the texts inside the words that name them ("stop the daily deals texts", "these political texts").
_OBJECT_MODIFIERS = frozenset("daily weekly monthly sale promo promotional marketing political automated random annoying "
                              "stupid dumb constant endless".split())
_MESSAGE_NOUNS = frozenset("texts text messages message msgs msg sms txt txts texting messaging".split())
# Other channels named together with the texts ("Stop these emails and texts"), only beside the texts themselves.
_ALONG_WITH_TEXTS = frozenset("and emails email calls voicemails".split())
_PLURAL_TEXTS = frozenset("texts messages msgs txts sms".split())  # nouns only ("text me" is the verb)
_RATHER = frozenset("just only instead rather".split())
_MOST_OBJECT_WORDS = 8


def _without_object(message: tuple[str, ...]) -> tuple[str, ...]:
    """The message without the texts it names after its keyword ("stop sending me the texts please": "stop me please")."""
    start = len(message)
    while start > 1 and len(message) - start < _MOST_OBJECT_WORDS:
        word = message[start - 1]
        if not (word in _OBJECT_NOUNS or word in _OBJECT_LEADS or _filler(word) or word in _LAUGHS
                or (word in _OBJECT_MODIFIERS and start < len(message))
                or word in _ALONG_WITH_TEXTS
                or (word == "of" and message[start - 2] in ("out", "all"))):  # "opt out of texts", "stop all of it"
            break
        start -= 1
    span = message[start:]
    if not _ALONG_WITH_TEXTS.isdisjoint(span) and (_PLURAL_TEXTS.isdisjoint(span) or not _RATHER.isdisjoint(message)):
        return message  # "stop emails" is about the mail, "stop emails and just text me" asks for texts; "Stop these
        # emails and texts" names the texts
    named = [w for w in span if w in _OBJECT_NOUNS or w in _OBJECT_LEADS or w in _OBJECT_MODIFIERS or w == "of"
             or w in _ALONG_WITH_TEXTS]
    nouns = [w for w in named if w in _OBJECT_NOUNS]
    if any((w in _OBJECT_MODIFIERS and w not in _OBJECT_NOUNS) or w in _LAUGHS for w in span) \
            and not any(w in _MESSAGE_NOUNS for w in nouns):
        return message  # a modifier only before the texts themselves; a laugh only after them ("stop lol" is laughing)
    if not nouns and "all" in span and ("from" in span or "of" in span):
        nouns = ["all"]  # "unsubscribe from all", "OPT OUT OF ALL"
    if not nouns or not message[:start]:
        return message
    if any(w in _SUBSCRIPTION for w in nouns) and not any(w in _MESSAGE_NOUNS for w in nouns):
        return message
    leads = any(w in _OBJECT_LEADS or w == "of" or w in _ALONG_WITH_TEXTS for w in named)  # "stop calls and texts"
    if not leads and (all(_filler(w) for w in nouns) or any(w in _LIST_NOUNS for w in nouns)):
        return message  # "Stop texts" (fillers already), "stop list" (no request)
    if all(w in _VAGUE_OBJECTS for w in nouns) and typos.correct(typos.deleet(message[start - 1])) == "cancel":
        return message  # "Cancel that", "cancel my number": what is cancelled is the booking or the line, not the texts
    return message[:start] + tuple(w for w in span if w not in named and w not in _LAUGHS)


# Exact mode only: a copy of the business's text pasted below the reply, after a blank line, without quote marks,
# as some phones send it ("STOP\n\nAcme Salon: Reminder of your appt ...", "Stop\n\n[Acme Pharmacy] Rx ready"): it opens
# with the sender's name and a colon, or the name in brackets. Only below a reply of a few words.
_BUSINESS_COPY_START = re.compile(
    r"\s*[*_]?(?:\[(?!(?i:ext|extern|external)\b)[^\]\n]{2,40}\]|(?!(?:Question|Questions|Note|Ps|PS|P\.S|Also|Edit|Update|Me|Q|Reason|Why|Because|Btw|BTW|"
    r"Fyi|FYI|Ok|OK|Re|Subject)\b)[A-Z][\w&'’.-]{0,30}(?: [A-Z][\w&'’.-]{0,30}){0,3}:)[*_]?\s+\S")
_MOST_REPLY_WORDS = 4


def _without_business_copy(text: str) -> str:  # before semantic_text, which drops the blank lines
    """The reply above a copy of the business's text ("STOP\n\nAcme: Your order shipped" is "STOP")."""
    parts = re.split(r"\n[ \t]*\n", text, maxsplit=1) if "\n" in text else ()
    if len(parts) == 2 and _BUSINESS_COPY_START.match(parts[1]) \
            and 0 < len(words(semantic_text(parts[0]))) <= _MOST_REPLY_WORDS:
        return parts[0]
    return text


# Exact mode only: text emoticons and a phone number standing apart beside the keyword ("stop <3", "STOP T_T",
# "STOP 202-555-0147": the number to stop, "STOP 72345": the short code); their letters and digits are no words of the reply. A laugh ("xD", "o_O")
# stays a word: "stop xD" is laughing, as "stop lol" is.
_ASIDES = re.compile(
    r"(?<!\S)(?:<\/?3+|[:;=8][-'^]?[()\[\]dDpP/\\|oO*3$@]+|[dD][:;]|[(][:;]|T_T|[-^>;<]_+[-^<;>]|\^\^|"
    # the number to stop and the short code the texts come from ("STOP 72345", "stop to 22395", "STOP 878-787", "stop for
    # 555-201-4477", "STOP +44 7700 900123")
    r"(?:(?i:to|for|from|on)\s+(?=[+(\d]))?(?:\+?1?[\s.-]?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}|\+\d{1,3}(?:[\s.-]?\d{2,5}){2,4}|"
    r"\d{5,7}|\d{2,3}-\d{3,4})|"
    r"(?<![^\n])\d{1,2}[.)]|"  # a list's number at the start of a line ("1. STOP")
    r"[(\[]\d{1,2}/\d{1,2}[)\]]|"  # a long text's part number ("[1/1] stop", "(1/2) STOP")
    # a picture or file the phone sent with the reply ("stop <image0.jpeg>", "STOP\nIMG_2041.jpg", "Stop (Image attached)")
    r"[<\[(]\s*(?i:image|photo|picture|pic|video|gif|audio|voice\s+memo|sticker|contact|attachment|file)"
    r"(?:\s+(?i:attached|removed|omitted))?(?:\s*:\s*[^<>()\[\]\n]{1,60})?\s*[>\])]|"
    r"<?(?i:img|image|photo|pic|dsc|vid|video|screenshot|pxl|contact|file|attachment|audio|voice)[\w-]{0,30}"
    r"\.(?i:jpe?g|png|gif|heic|vcf|mp4|mov|pdf|3gp|amr|webp|m4a)>?|"
    r":[a-z0-9_+-]{2,30}:|"  # an emoji's short code, as some apps send it ("STOP :stop_sign:")
    # how often the sender has asked ("STOP for the 3rd time", "stop pls (2nd time asking)") and "I said" ("I said STOP")
    r"(?i:[(\[]?(?:for\s+(?:the\s+)?)?(?:\d{1,2}(?:st|nd|rd|th)|second|third|fourth|fifth|tenth|last|final|100th)\s+time"
    r"(?:\s+(?:asking|i(?:['’]?ve)?\s+asked|now))?[)\]]?[.!]*|(?:like\s+)?i\s+(?:already\s+)?said(?:\s+it)?|"
    # "STOP (2nd request)", "Unsubscribe - third attempt", "Final warning: STOP", "stop, asked twice already"
    r"[(\[]?(?:\d{1,2}(?:st|nd|rd|th)|second|third|fourth|fifth|last|final)\s+(?:request|attempt|warning|notice|try)[)\]]?[.!:]*|"
    r"[(\[]?(?:asked|told\s+you)\s+(?:twice|three\s+times|\d\s+times|many\s+times|before)(?:\s+already)?[)\]]?[.!]*)|"
    r"(?<=[.!]\s)(?i:period)(?=[.!]*\s*$))"  # "Stop. Period."
    r"(?=[.!]*(?!\S))")  # "STOP 72345!!"


# Exact mode only: what an email-to-text gateway puts before the reply ("FRM:a@b\nSUBJ:Re: Sale\nMSG:STOP", "(Re: Sale) STOP").
_GATEWAY_HEADER = re.compile(r"(?i)\A[^\w\n]*(?:(?:frm|from)\s?:[^\n]{0,200}\n\s*)?(?:subj(?:ect)?\s?:[^\n]{0,200}\n\s*)?msg\s?:\s*"
                             r"|\A[^\w\n(]*\((?:re|fwd?)\s?:[^()\n]{0,80}\)\s*")
# Exact mode only: whom else the request is for, and when it starts, beside the keyword ("Unsubscribe me as well", "stop for
# me too", "STOP effective immediately", "Unsubscribe starting today", "stop from now on"); never before a question mark.
_ALSO_AND_WHEN = re.compile(
    r"(?i)(?<!\w)(?:(?:for\s+)?me\s+(?:too|as\s+well|also)|too(?!\s+(?:many|much|often|late|early|soon|far))|as\s+well|also"
    r"|(?:effective|starting|as\s+of|from)\s+(?:immediately|today|now|right\s+now|this\s+moment)(?:\s+on)?|from\s+now\s+on)"
    r"(?!\w)(?![^\S\n]*[?])")


# Exact mode only: the sender's account, member or patient number beside the keyword ("STOP acct 55310428", "Stop -
# member ID 0098123", "Unsubscribe. Customer # 31877"): which number to stop, no word of the reply. Never beside CANCEL or
# END, whose object it may be ("Cancel account #4471").
_ACCOUNT_ID = re.compile(
    r"(?i)(?<![\w#])(?:acct|account|member|customer|cust|patient|client|ref|reference|user|subscriber|id)\.?"
    r"(?:\s?(?:id|no|number|num|nbr|#))?\.?\s?[:#]?\s?#?\s?[a-z]{0,3}\d[\w-]{0,15}(?!\w)")
# ... and the date it is sent or meant from ("STOP 12/4", "Stop - 12/04/2026", "STOP as of 12/4", "Unsubscribe (Dec 4)"), never
# beside CANCEL or END either ("Cancel 12/4" is the booking of that day).
_DATE = re.compile(
    r"(?i)(?<![\w/])(?:(?:as\s+of|on|from)\s+)?(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|[(\[]?(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)"
    r"[a-z]{0,6}\.?\s\d{1,2}(?:st|nd|rd|th)?(?:,?\s\d{4})?[)\]]?)(?![\w/])")
_ID_OWNERS = frozenset("cancel end".split())
# The words (folded) without which an aside of this round cannot be there: most replies hold none, and skip its pattern.
_ID_HINTS = frozenset("acct account member customer cust patient client ref reference user subscriber id".split())
_ALSO_HINTS = frozenset("too also well effective starting as from".split())
_NAY_HINTS = frozenset("nah nope no pass".split())
_REASON_HINTS = frozenset("longer interested many wrong not never moved need good set enough done mean more over".split())
_MORE_GREETINGS_HINTS = frozenset(
    "hola buenos buenas bonjour bonsoir salut hallo guten moin servus ciao buongiorno buonasera ola oi bom boa hope happy merry "
    "enjoy stay be blessed take later peace this it its name sorry so apologies respectfully respect buh adios adieu toodles cya "
    "see customer client patient parent member shopper subscriber guest resident homeowner mom dad".split())
_MOST_ASIDE_SPACES = 24
_MOST_REREAD_WORDS = 3  # a reply of more words is read without this round's asides (ids, reasons, names, parts, "too")


# Exact mode only: a greeting before the keyword and a farewell after it, on its line ("Good morning, stop",
# "Hi Acme, unsubscribe", "To whom it may concern: STOP", "Stop. Have a nice day", "unsubscribe, good luck").
_GREETINGS = re.compile(
    r"(?<!\w)(?:(?i:hi|hey|hello|hiya|howdy|greetings|dear|good\s+(?:morning|afternoon|evening)|morning|evening|gm)"
    r"(?:\s+(?i:there|all|team|everyone|folks|sir(?:\s*(?:/|or)\s*madam)?|madam)|(?P<name>\s+(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Miss)\.?\s+)?[A-Z][\w&'’-]{0,30}(?:\s+[A-Z][\w&'’-]{0,30})?)(?=\s*[,:!]))?"
    r"|(?i:to\s+whom\s+it\s+may\s+concern)"
    r"|(?i:good\s*night|good\s+day|have\s+a\s+(?:nice|good|great|blessed|wonderful|lovely)\s+(?:day|one|night|evening|weekend)"
    r"|take\s+care|(?:best\s+of\s+|good\s+)luck|god\s+bless(?:\s+you)?|all\s+the\s+best))(?!\w)")
# ... and, looked for only when a word of theirs is there (most replies hold none): the greetings of other languages before
# an English keyword ("Hola, STOP", "Bonjour, STOP svp", "Hallo, stop bitte"), "hope you're well", and seasonal and everyday
# farewells ("STOP. Happy holidays", "Stop, stay safe", "stop\n\nBlessed & grateful 🙏").
_MORE_GREETINGS = re.compile(
    r"(?<!\w)(?:(?i:hola|buenos\s+d[ií]as|buenas(?:\s+(?:tardes|noches))?|bonjour|bonsoir|salut|hallo|guten\s+(?:tag|morgen|abend)|moin|"
    r"servus|ciao|buongiorno|buonasera|ol[aá]|oi|bom\s+dia|boa\s+(?:tarde|noite))"
    r"|(?i:(?:i\s+)?hope\s+(?:you['’]?re|you\s+are|all\s+is|everything\s+is|this\s+finds\s+you)(?:\s+doing)?\s+well"
    r"|happy\s+(?:holidays|new\s+year|thanksgiving|easter|hanukkah|holiday\s+season|friday|monday|weekend)|merry\s+(?:christmas|xmas)"
    r"|enjoy\s+(?:your|the)\s+(?:day|weekend|evening|night|holidays?)|stay\s+(?:safe|blessed|well)|be\s+blessed|take\s+it\s+easy"
    r"|blessed\s+(?:&|and)\s+(?:grateful|thankful|highly\s+favou?red)|buh[\s-]*bye|adi[oó]s|adieu|toodles|cya|see\s+ya"
    # a signature that names no one ("STOP - from a loyal customer", "stop (a former customer)", "A concerned parent")
    r"|(?<!longer\s)(?<!not\s)(?<!\bam\s)(?<!i['’]m\s)(?:(?:sincerely|regards|signed)[,\s]+)?(?:from\s+)?an?\s+(?:(?:very|former|loyal|long[\s-]?time|annoyed|frustrated|concerned|"
    r"unhappy|disappointed|ex|past|happy|paying)[\s-]+){0,2}(?:customer|client|patient|parent|member|shopper|subscriber|guest|"
    r"resident|homeowner|mom|dad)(?=[^\w]*$)"
    # an apology or a word of respect around the keyword ("Sorry, but unsubscribe me", "Stop, my apologies", "Respectfully, STOP")
    r"|(?:(?:i['’]?m\s+|so\s+|very\s+|really\s+)?sorry(?:,?\s+but)?|my\s+apologies|apologies|respectfully|with\s+(?:all\s+due\s+)?respect))"
    # the sender introduced before the keyword ("This is Maria Lopez. Unsubscribe", "Hi it's Keisha, stop pls", "It's Dana. STOP")
    r"|(?i:this\s+is|it['’]?s|my\s+name\s+is)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’.-]*)?"
    r"(?:\s+(?i:from)\s+[\w-]{1,12}(?:\s+[A-Z][\w-]*)?)?(?=\s*[.,!:;-])"
    r"|(?<=[.!,✌\ufe0f]\s)(?i:later|peace(?:\s+out)?)(?=[^\w]*$))(?!\w)")


# Exact mode only: a refusal or an assent beside an opt-out keyword ("not interested, stop", "no thank you,
# unsubscribe", "Yes, STOP", "Fine. Stop."); never beside START ("START? no thanks" is no request), and YES alone
# stays the opt-in keyword.
_REFUSAL = re.compile(r"(?i)(?<!\w)(?:no[,.!]*\s+(?:thanks|thank\s*you|thx|ty|tks)|not\s+interested|no\s+interest|"
                      r"yes|yeah|yep|yup|sure|fine)(?!\w)")
# The same for a plain no, in a message that asks nothing ("nah, stop", "Nope. Unsubscribe", "No. STOP.", "Stop, no", "I'll
# pass, stop"; never "Stop? No!", where the no may answer the question); a bare "no" or "pass" only set off by punctuation.
_NAYS = re.compile(r"(?i)(?<!\w)(?:nah|nope|no\s+way|(?:no|(?:i['’]?ll\s+)?pass)(?=[.!,])|(?<=[.!,]\s)no(?=[^\w]*$))(?!\w)")


# Exact mode only: a brief reason beside an opt-out keyword, no more than an aside ("STOP - no longer interested",
# "Unsubscribe. Too many texts", "Stop, wrong number", "Stop. I'm all set"); read again without it, for an opt-out only,
# never before a question mark, and never beside CANCEL or END ("Cancel, I'm all set" may be about a booking).
_REASON = re.compile(
    r"(?i)(?<!\w)(?:(?:i['’]?m\s+|i\s+am\s+)?no\s+longer\s+(?:interested|a\s+(?:customer|client|patient|member)|"
    r"need(?:ed)?(?:\s+(?:these|them|this|it))?)|not\s+interested\s+any\s*more|too\s+many\s+(?:texts|messages|msgs|txts)|"
    r"wrong\s+(?:number|person|#)|not\s+me|(?:i\s+)?never\s+signed\s+up(?:\s+for\s+(?:this|these|it|them))?|"
    r"(?:i\s+)?moved(?:\s+away|\s+out(?:\s+of\s+(?:state|town))?)?|"
    r"(?:i\s+)?(?:don['’]?t|do\s+not)\s+need\s+(?:these|them|this|it)(?:\s+any\s*more)?|"
    r"(?:i['’]?m|i\s+am)\s+(?:good|all\s+set)|all\s+set|"
    # and exasperation ("Stop, enough", "Unsubscribe, I'm done", "STOP. No more.", "STOP!!! I MEAN IT", "stop. over it.")
    r"enough(?:\s+is\s+enough|\s+already)?|(?:i['’]?ve\s+)?had\s+enough|(?:(?:i['’]?m|i\s+am)\s+)?(?:so\s+)?done"
    r"(?:\s+with\s+(?:this|these|it|you|them|y['’]?all))?|i\s+mean\s+it|no\s+more(?:\s+please)?|(?:i['’]?m\s+)?over\s+it)"
    r"(?!\w)(?![^\S\n]*[?])")


# Exact mode only: the business the texts come from, named beside the keyword ("unsubscribe from Kohl's", "Stop texts from
# Bella Nails", "Stop Papa John's texts", "STOP (Ace Hardware)"): capitalised words after "from", before the texts named, or
# in brackets at the end; never a day, a booking or a word of a sentence. Read again without it, for an opt-out only: with the
# texts named, or by a keyword that takes no object (never CANCEL, END or QUIT, nor "remove me from Zumba" without texts).
_NAME_WORD = (r"(?!(?i:the|a|an|of|for|by|to|at|in|on|and|or|my|me|your|you|this|that|these|those|it|i|is|are|not|no|do|dont|"
              r"don['’]t|please|pls|all|any|every|now|here|there|but|keep|just|only|still|send|sending|want|like|love|need)\b)"
              r"(?:[A-Z][\w'’&.-]*|&)")
_NAME_START = rf"(?!(?:{_WHEN_OR_WHAT})\b){_NAME_WORD}"  # "from Bella Nails", never "from Monday"
_BUSINESS_NAME = re.compile(
    rf"(?<!\w)(?i:from|frm)\s+{_NAME_START}(?:\s+{_NAME_WORD}){{0,2}}(?!\w)"
    rf"|(?<=\w\s){_NAME_START}(?:\s+{_NAME_WORD}){{0,2}}(?=\s+(?i:texts?|messages?|msgs?|txts?|sms|alerts|promos?|deals|"
    rf"notifications|reminders|e-?mails?)\b)"
    rf"|[(\[]\s*{_NAME_START}(?:\s+{_NAME_WORD}){{0,3}}\s*[)\]](?=[^\w]*$)")
_NAME_TAKERS = frozenset("cancel end quit remove delete rmv".split())  # they may be about the place itself


# Laughing or delighted emoji read as the laugh they are: "stop 😂", "STOP 😍" is play, as "stop lol" is ("stop with
# the texts 😂" still names them). Anger and refusal emoji stay noise ("stop 😡").
_LAUGH_EMOJI = re.compile("[\U0001F602\U0001F923\U0001F480\U0001F606\U0001F639\U0001F60D\U0001F970\U0001F63B\U0001F929"
                          "\U0001F618]")
_WORD_CHARACTER = re.compile(r"\w")
# Set phrases of emphasis and of thanks beside a keyword, read as the one filler word they amount to ("STOP FOR GOOD",
# "stop once and for all", "Stop, thanks so much", "Unsubscribe. Much appreciated"); never before a question mark
# ("Stop! For real?" is surprise).
_EMPHASIS = re.compile(
    r"(?i)(?<!\w)(?:for\s+(?:good|real)(?:\s+this\s+time)?|once\s+and\s+for\s+all|for\s+crying\s+out\s+loud"
    r"|for\s+(?:the\s+love\s+of\s+(?:god|christ|pete)|(?:god|heaven|pete|goodness|christ)['’]?s?\s+sake))"
    r"(?!\w)(?![^\S\n]*[?])")
# Punctuation a voice dictation spelled out after a word ("Stop exclamation point", "Unsubscribe period", "stop full
# stop", "Stop comma thank you"): the mark it names, as dictation writes it, in lower case ("STOP PERIOD" is typed). A
# closing "period" or "full stop" only at the end of its line ("my period stopped", "stop period tracking" keep their words).
_DICTATED = re.compile(
    r"(?<=[\w.!,])[^\S\n]+(?:(?P<end>period|full[^\S\n]+stop)(?=[^\w\n]*(?:$|\n))"
    r"|(?P<bang>exclamation[^\S\n]+(?:point|mark)s?)|(?P<comma>comma))(?!\w)")


_DICTATED_MARKS = re.compile(
    r"(?<=[\w.!,])[^\S\n]+(?:(?P<end>full[^\S\n]+stop)(?=[^\w\n]*(?:$|\n))|(?P<bang>exclamation[^\S\n]+(?:point|mark)s?)"
    r"|(?P<comma>comma))(?!\w)")


def _dictated_mark(found: re.Match[str]) -> str:
    return "." if found.group("end") else "!" if found.group("bang") else ","


_ADDRESS = re.compile(r"(?i)(?<!\w)(ma|y)['’](am|all)(?!\w)")  # "ma'am", "y'all": the fillers "maam", "yall"
_THANKS = re.compile(
    r"(?i)(?<!\w)(?:(?:thanks|thank\s+you|thank\s+u|thx|ty)\s+(?:so\s+much|a\s+lot|a\s+bunch|a\s+ton|a\s+million|in\s+adv(?:ance|\.)?|kindly"
    r"|for\s+(?:your\s+|the\s+)?(?:understanding|time|help|everything|patience|cooperation|assistance|consideration))"
    r"|many\s+thanks|much\s+appreciated|(?:i\s+)?appreciate\s+it|pretty\s+please)(?!\w)(?![^\S\n]*[?])")


# What a mail or chat client puts before a reply ("Re: STOP", "Fwd: stop", "Reply: STOP", "Answer: stop"):
# dropped only as the message's first word, before a keyword.
REPLY_PREFIXES = frozenset("re fw fwd reply answer response".split())
# Courtesy words of the other languages, beside one of their keywords only ("Baja por favor", "Arret svp").
FOREIGN_FILLERS = frozenset(
    "por favor gracias porfa porfavor xfa pf svp stp merci bitte danke grazie obrigado obrigada favor "
    "お願いします おねがいします ください 请 請 谢谢 謝謝 감사합니다 부탁합니다".split()
)
# "STOP x3", "stop 2x": a count of the repetition, not a word of the message.
_PART_BREAK = re.compile(r"[\n,;/|•]")  # between the parts of a list of keywords ("Stop\nOpt out", "stop / remove me")
_REPEAT_COUNT = re.compile(r"x\d{1,3}|\d{1,3}x")
_DOUBLED = re.compile(r"(.)\1")


def _filler(word: str) -> bool:
    """A filler word, also elongated ("pleeease", "thanksss")."""
    if word in KEYWORD_FILLERS or _REPEAT_COUNT.fullmatch(word):
        return True
    return _DOUBLED.search(word) is not None and typos.squeeze(word) in KEYWORD_FILLERS

# intent mode only. A bare YES answers a prompt; it is never read as an opt-in there.
INTENT_IGNORED_OPT_IN = ("YES",)
INTENT_EXTRA_OPT_OUT = ("UNSUB", "UNSUBSCRIBED", "OPT OUT", "STOP ALL", "REMOVE", "REMOVE ME", "UNSUBSCRIBE ME",
                        "DELETE ME", "DELETE", "ENOUGH", "SPAM", "HALT", "CEASE", "DNC", "DISCONTINUE",
                        "UNSCRIBE")  # "unscribe": unsubscribe with "sub" dropped (exact mode keeps it apart from SUBSCRIBE)
INTENT_EXTRA_OPT_IN = ("SUBSCRIBE", "RESUBSCRIBE", "OPT IN", "OPTIN", "RESUME", "START AGAIN", "UNSTOP")
# Single-word (or set-phrase) keywords by language, for intent mode; folded before use.
INTENT_OPT_OUT_WORDS: Mapping[str, tuple[str, ...]] = {
    "es": ("BAJA", "ALTO", "PARAR", "PARA", "PAREN", "CANCELAR", "BASTA", "SALIR", "DETENER", "DESUSCRIBIR",
           "DESUSCRIBIRME", "DARME DE BAJA", "DAR DE BAJA", "FIN", "ANULAR", "DETENTE", "ELIMINAR", "DETENGAN", "PARENLE",
           "PARALE", "SUSPENDER", "SALIRME", "FINALIZAR", "DESUSCRIBIRSE", "DARSE DE BAJA", "BORRARME", "ELIMINARME", "CANCELA", "CANCELE", "CANCELEN",
           "DESACTIVAR", "QUITARME", "SACARME", "BAJA DEFINITIVA", "DESAFILIARME"),
    "fr": ("ARRET", "ARRETER", "ARRETEZ", "ARRETE", "STOP", "DESABONNER", "DESABONNEMENT", "DESINSCRIRE",
           "DESINSCRIPTION", "FIN", "ANNULER", "ASSEZ", "CESSEZ", "CESSER", "STOPPEZ", "STOPPER", "HALTE", "DESABO"),
    "pt": ("SAIR", "PARAR", "PARE", "PAREM", "CANCELAR", "DESCADASTRAR", "CHEGA", "REMOVER", "DESINSCREVER", "DESCADASTRE",
           "DESCADASTRA", "REMOVA", "REMOVAM", "CANCELA", "CANCELE", "CANCELEM", "DESATIVAR", "EXCLUIR", "NAO PERTURBE",
           "NÃO PERTURBE", "ME EXCLUAM", "ME REMOVAM"),
    "de": ("STOPP", "ABMELDEN", "ABBESTELLEN", "AUSTRAGEN", "ABMELDUNG", "BEENDEN", "ENDE", "AUFHOREN", "HALT",
           "KUNDIGEN", "AUFHOEREN", "HÖR AUF", "HÖRT AUF", "HÖREN SIE AUF", "HOER AUF", "HOERT AUF", "HOEREN SIE AUF"),
    "it": ("BASTA", "FERMA", "FERMATE", "ANNULLA", "CANCELLA", "CANCELLAMI", "DISISCRIVI", "DISISCRIVIMI",
           "RIMUOVIMI", "SMETTETELA", "SMETTILA", "FERMATEVI", "FERMATI", "DISDICI", "DISDIRE", "SMETTETE",
           "SMETTI", "FINITELA", "PIANTATELA", "PIANTALA", "TOGLIMI", "TOGLIETEMI", "LEVATEMI", "CANCELLATEMI",
           "RIMUOVETEMI", "DISISCRIVETEMI", "DISATTIVA", "DISATTIVARE", "NON SCRIVETEMI PIU", "NON MI SCRIVETE PIU",
           "STOPPATE"),
    "nl": ("AFMELDEN", "UITSCHRIJVEN", "STOPPEN", "OPZEGGEN", "UITSCHRIJVING", "AFMELDING", "GEEN SMS MEER"),
    "sv": ("AVSLUTA", "AVREGISTRERA", "STOPPA", "SLUTA", "AVSLUTA PRENUMERATION", "AVSLUTA PRENUMERATIONEN",
           "AVREGISTRERA MIG", "AVPRENUMERERA", "AVANMÄL", "AVANMÄL MIG"),
    "no": ("STOPP", "AVSLUTT", "AVMELD", "MELD MEG AV", "MELD AV", "AVSLUTT ABONNEMENT", "AVSLUTT ABONNEMENTET", "AVMELD MEG"),
    "da": ("AFMELD", "STOP", "FRAMELD", "AFMELD MIG", "FRAMELD MIG", "STOP ABONNEMENT"),
    "fi": ("LOPETA", "PERU", "PERUUTA", "PERUUTA TILAUS", "LOPETA TILAUS", "LOPETA VIESTIT"),
    "pl": ("WYPISZ", "KONIEC", "REZYGNUJE", "ZATRZYMAJ", "WYPISZ MNIE", "REZYGNACJA", "REZYGNUJĘ Z SMS"),
    "cs": ("ZRUSIT", "KONEC", "ODHLASIT", "ZRUŠIT ODBĚR", "ODHLÁSIT ODBĚR", "ODHLÁSIT SE", "ODHLÁSIT MĚ"),
    "sk": ("ODHLÁSIŤ", "ZRUŠIŤ ODBER", "ODHLÁSIŤ SA"),
    "tr": ("DUR", "DURDUR", "IPTAL", "ABONELIKTEN CIK", "abonelikten çık", "ABONELİKTEN ÇIK", "RET"),
    "ro": ("DEZABONARE", "DEZABONEAZA", "DEZABONEAZĂ-MĂ", "OPRESTE", "OPRIȚI", "DEZABONAȚI-MĂ"),
    "hu": ("LEIRATKOZÁS", "LEIRATKOZOM", "LEIRATKOZNÉK", "LEJELENTKEZÉS"),
    "ru": ("СТОП", "ОТПИСАТЬСЯ", "ОТПИСКА", "ХВАТИТ", "ОТМЕНА", "СТОП СТОП", "ОТПИШИТЕ", "ОТПИШИТЕ МЕНЯ"),
    "uk": ("СТОП", "ВІДПИСАТИСЯ", "ДОСИТЬ", "ВІДПИШІТЬ", "ВІДПИШІТЬ МЕНЕ", "ВІДПИСКА"),
    "bg": ("СТОП", "ОТПИСВАНЕ", "ОТПИШЕТЕ МЕ", "ОТКАЗ", "ОТПИШИ МЕ"),
    "hr": ("ODJAVA", "ODJAVI ME", "ODJAVITE ME", "ОДЈАВА", "ОДЈАВИ МЕ"),
    "el": ("ΣΤΟΠ", "ΔΙΑΚΟΠΗ", "ΑΠΕΓΓΡΑΦΗ", "ΔΙΑΓΡΑΦΗ", "ΣΤΑΜΑΤΗΣΤΕ", "ΣΤΑΜΑΤΑ"),
    "zh": ("退订", "退訂", "取消订阅", "取消訂閱", "停止", "TD", "T"),
    "ja": ("配信停止", "停止", "解除", "ストップ", "配信解除", "登録解除"),
    "ko": ("수신거부", "거부", "중지", "수신중지", "구독취소"),
    "vi": ("DUNG", "HUY", "HUY DANG KY", "NGUNG"),
    "id": ("BERHENTI", "HENTIKAN", "BERHENTI LANGGANAN", "UNREG", "STOP LANGGANAN"),
    "tl": ("ITIGIL", "TIGIL"),
    "hi": ("रोकें", "बंद", "बंद करो", "बंद करें", "रोको", "BAND KARO", "BAND KAREN", "BAND KARE", "अनसब्सक्राइब"),
    "ar": ("ايقاف", "إيقاف", "توقف", "الغاء", "إلغاء", "إلغاء الاشتراك", "الغاء الاشتراك", "توقفوا"),
    "he": ("הסר", "עצור", "הפסק", "הסרה", "להסיר", "הסירו אותי", "הסר אותי", "תפסיקו"),
    "fa": ("لغو", "لغو عضویت", "لغو اشتراک", "لغو اشتراك", "توقف"),
    "ur": ("بند کریں", "بند کرو", "بند کرے"),
    "bn": ("বন্ধ করুন", "বন্ধ করো", "বন্ধ কর"),
    "th": ("ยกเลิก", "หยุด", "หยุดส่ง", "ยกเลิกการรับข่าวสาร"),
}
INTENT_OPT_IN_WORDS: Mapping[str, tuple[str, ...]] = {
    "es": ("ALTA", "SUSCRIBIR", "SUSCRIBIRME", "REANUDAR", "REACTIVAR", "DARME DE ALTA"),
    "fr": ("ABONNER", "REPRENDRE", "DEMARRER"),
    "pt": ("VOLTAR", "INSCREVER", "RETOMAR", "REATIVAR", "REINSCREVER"),
    "de": ("ANMELDEN", "STARTEN"),
    "it": ("ISCRIVIMI", "RIPRENDI"),
}
INTENT_HELP_WORDS = ("AYUDA", "AIDE", "HILFE", "AIUTO", "AJUDA", "HELP ME", "INFO PLEASE", "AIDEZ MOI", "INFOS", "INFORMAZIONI",
                     "ASSISTENZA")

# Twilio Advanced Opt-Out's verdict, sent as the ``OptOutType`` parameter.
OPT_OUT_TYPE_ACTIONS: Mapping[str, Action | None] = {
    "STOP": Action.OPT_OUT,
    "START": Action.OPT_IN,
    "HELP": None,
}

# STOP in the other languages of INTENT_OPT_OUT_WORDS, matched only whole (never as a typo) in every mode;
# left out: the Latin ones of one or two letters ("T", "TD") and those that are also words or names elsewhere ("fin", "para", "band", "Peru").
_FOREIGN_AMBIGUOUS = frozenset("t td fin para band ret dur halt peru dung huy ende pare remover suspender detente stopper".split())
_FOREIGN_STOP = frozenset(
    form for form in ("".join(words(w)) for ws in INTENT_OPT_OUT_WORDS.values() for w in ws)
    if form not in _FOREIGN_AMBIGUOUS and not (form.isascii() and len(form) < 3)
)
_FOREIGN_SQUEEZED = frozenset(typos.squeeze(form) for form in _FOREIGN_STOP)  # "baaaja", "arrrret"
# HELP in the other languages, alone: exact answers it as HELP ("AYUDA", "Hilfe", "AJUDA").
_FOREIGN_HELP = frozenset("".join(words(w)) for w in INTENT_HELP_WORDS if " " not in w)
_MOST_DISTINCT_KEYWORDS = 5


def _foreign_core(message: tuple[str, ...]) -> list[str]:
    """The words of a reply in another language but its courtesy words ("Baja por favor": "baja")."""
    return [w for w in message if not (w in FOREIGN_FILLERS or _filler(w))]
# Filler words that are part of a listed variant ("me" of DELETE ME, SUBSCRIBE ME).
_VARIANT_FILLERS = frozenset(w for vs in KEYWORD_VARIANTS.values() for v in vs for w in words(v) if w in KEYWORD_FILLERS)
_LONGEST_TYPO = MAX_KEYWORD_LENGTH + 2  # a typo changes the length by at most its budget (2)
# A keyword written once or repeated has at most this many different words of two letters or more
# ("stop stop STOP", "opt me out"; spelled-out letters "u n s u b" are one-letter words).
_MOST_DISTINCT_WORDS = 6


class MatchMode(str, enum.Enum):
    EXACT = "exact"
    CONTAINS = "contains"
    INTENT = "intent"


class Label(str, enum.Enum):
    OPT_OUT = "opt_out"
    OPT_IN = "opt_in"
    HELP = "help"
    OTHER = "other"


_ACTIONS = {Label.OPT_OUT: Action.OPT_OUT, Label.OPT_IN: Action.OPT_IN}


@dataclass(frozen=True)
class Decision:
    """What a message asks for and the name of the rule that decided it (never the text)."""

    label: Label
    rule: str
    keyword: str | None = None  # the keyword that matched; for intent phrases, the rule name
    by_keyword: bool = True  # an exact keyword (or Twilio's OptOutType) decided, not intent

    @property
    def action(self) -> Action | None:
        return _ACTIONS.get(self.label)


@dataclass(frozen=True)
class Match:
    action: Action
    keyword: str
    rule: str = ""


@dataclass(frozen=True)
class _Keyword:
    name: str
    label: Label
    forms: tuple[tuple[str, ...], ...]  # the keyword as configured (contains mode)
    variants: tuple[tuple[str, ...], ...]  # and its KEYWORD_VARIANTS (whole-message matching)

    @property
    def joined(self) -> tuple[str, ...]:
        return self._joined

    @property
    def squeezed(self) -> tuple[str, ...]:
        return self._squeezed

    def __post_init__(self) -> None:
        joined = tuple(dict.fromkeys("".join(form) for form in self.variants))
        object.__setattr__(self, "_joined", joined)
        object.__setattr__(self, "_squeezed", tuple(dict.fromkeys(typos.squeeze(form) for form in joined)))
        # Each variant's word count and its words run together, for the typo check (built once, not per message).
        object.__setattr__(self, "_typo_forms", tuple((len(form), "".join(form), form) for form in self.variants))

    @property
    def typo_forms(self) -> tuple[tuple[int, str, tuple[str, ...]], ...]:
        return self._typo_forms


def _forms(keyword: str) -> tuple[tuple[str, ...], ...]:
    split = words(keyword)
    joined = ("".join(split),)
    return (split,) if len(split) == 1 else (split, joined)


def _variant_forms(keyword: str) -> tuple[tuple[str, ...], ...]:
    forms = list(_forms(keyword))
    for variant in KEYWORD_VARIANTS.get(keyword.upper(), ()):
        forms += [f for f in _forms(variant) if f not in forms]
    return tuple(forms)


def is_repetition(joined: str, unit: str) -> bool:
    """``joined`` is ``unit`` written once or more times: "stopstopstop" is STOP."""
    return bool(unit) and len(joined) % len(unit) == 0 and joined == unit * (len(joined) // len(unit))


class _KeywordTable:
    """The keywords (in order: opt-out first) laid out for whole-message matching, built once per set of keywords."""

    def __init__(self, keywords: Iterable[_Keyword]) -> None:
        self.keywords = tuple(keywords)
        self.joined = self._roots(k.joined for k in self.keywords)
        self.squeezed = self._roots(k.squeezed for k in self.keywords)
        # The opt-out keywords' words as written ("stop", "unsubscribe", "remove"): a name beside one is read again.
        self.opt_out_words = frozenset(unit for unit, found in self.joined.items()
                                       if any(self.keywords[index].label is Label.OPT_OUT for index, _ in found))
        self.typo_forms = tuple((index, count, form, split) for index, keyword in enumerate(self.keywords)
                                for count, form, split in keyword.typo_forms)
        self.longest = max((len(form) for _, _, form, _ in self.typo_forms), default=0)
        # The keyword that STOP in another language stands for, when STOP is configured as an opt-out.
        self.stop = next((k for k in self.keywords if k.name.upper() == "STOP" and k.label is Label.OPT_OUT), None)
        # ... and the one HELP in another language stands for, when HELP is configured.
        self.help = next((k for k in self.keywords if k.name.upper() == "HELP" and k.label is Label.HELP), None)

    @staticmethod
    def _roots(forms_per_keyword: Iterable[tuple[str, ...]]) -> dict[str, list[tuple[int, int]]]:
        # Each form as its shortest repeated unit and how many times it repeats it ("stopstop": "stop", 2).
        roots: dict[str, list[tuple[int, int]]] = {}
        for index, forms in enumerate(forms_per_keyword):
            for form in forms:
                if form:
                    unit, times = _unit(form)
                    roots.setdefault(unit, []).append((index, times))
        return roots

    def repeated(self, roots: dict[str, list[tuple[int, int]]], *texts: str) -> _Keyword | None:
        """The first keyword (opt-out ones come first) with a form that one of ``texts`` writes once or more
        ("stopstopstop" is STOP)."""
        for text in filter(None, texts):  # the first text with a keyword decides ("stop all" is STOPALL, not STOP)
            unit, times = _unit(text)
            found = [index for index, form_times in roots.get(unit, ()) if times % form_times == 0]
            if found:
                return self.keywords[min(found)]
        return None

    def mistyped(self, joined: str, squeezed: str, typed: tuple[str, ...]) -> _Keyword | None:
        """The first keyword ``joined`` (or its squeezed form) is a typo of, within a slip's length (two letters)."""
        if min(len(joined), len(squeezed)) > self.longest + 2:
            return None
        for index, count, form, split in self.typo_forms:
            if len(typed) > count + 1:
                continue  # a typo is a slip within a keyword, not words run together ("u can stop")
            if not ((abs(len(form) - len(joined)) <= 2 and typos.is_typo_of(joined, form))
                    or (squeezed != joined and abs(len(form) - len(squeezed)) <= 2 and typos.is_typo_of(squeezed, form))):
                continue
            # One stray space splits the keyword ("opt ot", "sto p"), never two words of their own ("can call"); checked
            # only for a typo found, as it costs more than the typo check.
            if len(typed) > count and not all(_piece_of(typos.unelongate(typos.deleet(word)), form) for word in typed):
                continue
            # Typed as its words, each is its word with one slip at most ("opt oit", "stop alll"), never another word
            # ("stop calls" is no STOP ALL, though "stopcalls" is two slips from "stopall").
            if len(typed) == count > 1 and not all(typos.within(typos.unelongate(typos.deleet(word)), part, 1)
                                                   or typos.within(typos.deleet(word), part, 1)
                                                   for word, part in zip(typed, split)):
                continue
            return self.keywords[index]
        return None


def _piece_of(word: str, form: str) -> bool:
    """``word`` could be a piece of ``form`` split by a stray space: two letters at most, or (one slip aside) its start
    or its end ("opt" and "oit" of "optout"; "call" is no piece of "cancel")."""
    if len(word) <= 2 or typos.within(word, form, 2):
        return True  # a letter or two, or the whole keyword mistyped ("unsubscibe s")
    return any(typos.within(word, piece, 1) for piece in (form[:len(word)], form[-len(word):]))


def _spaced_letters(message: tuple[str, ...]) -> tuple[str, ...]:
    """The message without the courtesy words of two letters or more around it ("ok U N S U B", "S T O P, thanks")."""
    start, end = 0, len(message)
    while start < end and len(message[start]) > 1 and message[start] in KEYWORD_FILLERS:
        start += 1
    while end > start and len(message[end - 1]) > 1 and message[end - 1] in KEYWORD_FILLERS:
        end -= 1
    return message[start:end]


def _unit(text: str) -> tuple[str, int]:
    """The shortest string ``text`` repeats, and how many times: ("stop", 3) for "stopstopstop"."""
    size = (text + text).find(text, 1)
    return text[:size], len(text) // size


@dataclass(frozen=True)
class KeywordRules:
    opt_out: tuple[str, ...] = DEFAULT_OPT_OUT
    opt_in: tuple[str, ...] = DEFAULT_OPT_IN
    mode: MatchMode = MatchMode.EXACT

    def __post_init__(self) -> None:
        if not self.opt_out:
            raise ConfigError("OPT_OUT_KEYWORDS must name at least one keyword")
        for keyword in (*self.opt_out, *self.opt_in):
            if not words(keyword) or len(keyword) > MAX_KEYWORD_LENGTH or not keyword.isprintable():
                raise ConfigError(f"keyword {keyword!r} has no letters or digits, is too long or not printable")
        both = {words(k) for k in self.opt_out} & {words(k) for k in self.opt_in}
        if both:
            raise ConfigError(f"keywords in both OPT_OUT_KEYWORDS and OPT_IN_KEYWORDS: {sorted(both)}")
        # Opt-out first: it wins when a message matches both kinds.
        keywords = [_Keyword(k, Label.OPT_OUT, _forms(k), _variant_forms(k)) for k in self.opt_out]
        keywords += [_Keyword(k, Label.OPT_IN, _forms(k), _variant_forms(k)) for k in self.opt_in]
        keywords += [_Keyword(k, Label.HELP, _forms(k), _variant_forms(k)) for k in HELP_KEYWORDS]
        object.__setattr__(self, "_keywords", tuple(keywords))
        object.__setattr__(self, "_tables", {})
        protected = frozenset(w for k in keywords for form in k.variants for w in form)
        object.__setattr__(self, "_protected", protected)
        intent = None
        if self.mode is MatchMode.INTENT:
            from ingest.intent import IntentClassifier  # imports this module's lists

            intent = IntentClassifier(self)
        object.__setattr__(self, "_intent", intent)

    def decide(self, body: str, opt_out_type: str | None = None) -> Decision:
        """The label of a message and the rule that gave it."""
        if opt_out_type:
            return self._from_opt_out_type(body, opt_out_type)
        if self._intent is not None:
            return self._intent.classify(body)
        return self.keyword_decision(body, self.mode)

    def classify(self, body: str, opt_out_type: str | None = None) -> Match | None:
        """The action a message asks for, or None when it asks for none."""
        decision = self.decide(body, opt_out_type)
        if decision.action is None:
            return None
        return Match(decision.action, decision.keyword or decision.rule, decision.rule)

    def keyword_decision(self, body: str, mode: MatchMode = MatchMode.EXACT,
                         ignore: Iterable[str] = ()) -> Decision:
        """The ``exact`` or ``contains`` verdict (intent mode starts with the exact one)."""
        refused = reasoned = nayed = None
        whole = False
        if _LAUGH_EMOJI.search(body) and _WORD_CHARACTER.search(body):  # emoji alone stay an empty reply
            body = _LAUGH_EMOJI.sub(" lol ", body)
        if "period" in body or "stop" in body or "exclamation" in body or "comma" in body:
            # Dictation capitalises the sentence, never these words; typed in lower case, "stop period" is no dictation.
            body = (_DICTATED_MARKS if body.islower() else _DICTATED).sub(_dictated_mark, body)
        body = _THANKS.sub(" thanks ", _EMPHASIS.sub(" forever ", _ADDRESS.sub(r"\1\2", body)))
        if self.mode is MatchMode.EXACT:
            if ":" in body:
                body = _GATEWAY_HEADER.sub("", body, count=1)
            reply = semantic_text(_without_business_copy(body), self._protected)
            # A long reply is a sentence whatever asides it holds: the asides of a keyword reply are read in a short one.
            short = reply.count(" ") < _MOST_ASIDE_SPACES
            # Each aside of this kind is looked for only when a word it needs is there (most replies hold none).
            said = frozenset(words(reply)) if short else frozenset()
            if not said.isdisjoint(_ID_HINTS) and _ACCOUNT_ID.search(reply) \
                    and not any(typos.correct(w) in _ID_OWNERS for w in words(reply)):
                reply = _ACCOUNT_ID.sub(" ", reply)  # before the asides: "patient ID 204411" is no short code
            if ("/" in reply or "(" in reply or "[" in reply) and short and _DATE.search(reply) \
                    and not any(typos.correct(w) in _ID_OWNERS for w in words(reply)):
                reply = _DATE.sub(" ", reply)
            reply = _ASIDES.sub(" ", reply)
            reply = _GREETINGS.sub(lambda m: self._greeting_gone(m), reply)
            if not said.isdisjoint(_MORE_GREETINGS_HINTS):
                reply = _MORE_GREETINGS.sub(" ", reply)
            if not said.isdisjoint(_ALSO_HINTS):
                reply = _ALSO_AND_WHEN.sub(" ", reply)
            message = words(reply)
            if _REFUSAL.search(reply):
                refused = _REFUSAL.sub(" ", reply)  # "not interested, stop": read again without it, for an opt-out only
            if "?" not in reply and not said.isdisjoint(_NAY_HINTS) and _NAYS.search(reply):
                nayed = _NAYS.sub(" ", refused if refused is not None else reply)
            if not said.isdisjoint(_REASON_HINTS) and _REASON.search(reply):
                reasoned = _REFUSAL.sub(" ", _REASON.sub(" ", nayed if nayed is not None else reply))
            if not short:
                reply = ""  # no second reading of parts or names
        else:
            message = words(semantic_text(body, self._protected))
        if not message:
            return Decision(Label.OTHER, "empty")
        skipped = tuple(ignore)
        if (table := self._tables.get(skipped)) is None:
            table = self._tables[skipped] = _KeywordTable(k for k in self._keywords if k.name not in skipped)
        keywords = table.keywords
        if mode is MatchMode.CONTAINS:
            for keyword in keywords:
                if keyword.label is Label.HELP:
                    matched = self._whole(message, keyword.forms)
                else:
                    matched = any(_contains(message, form) for form in keyword.forms)
                if matched:
                    return Decision(keyword.label, f"contains:{keyword.name}", keyword.name)
            return Decision(Label.OTHER, "no-keyword")
        opening = next((i for i, w in enumerate(message) if w not in KEYWORD_FILLERS), 0)
        while len(message) > opening + 1 and message[opening] in REPLY_PREFIXES:
            message = message[:opening] + message[opening + 1:]  # "Re: STOP", "Reply: STOP", "RE: RE: stop", "ok RE: stop"
        if self.mode is MatchMode.EXACT:
            message = _without_object(message)  # intent reads the texts named with its own rules (phrase:remove-me)
            if len(message) > 2 and message[-2] == "x" and message[-1].isdigit() and len(message[-1]) <= 3:
                message = message[:-2]  # "STOP x 3": the count written apart ("x3" is a filler)
        letters = _spaced_letters(message)
        if len(letters) > 2 and all(len(w) == 1 for w in letters):
            message = ("".join(letters),)  # "U N S U B S C R I B E": letters spaced out, none a filler ("u", "k")
        decision = self._exact(message, table)
        if decision.label is Label.OTHER and self.mode is MatchMode.EXACT:
            # Intent reads these with its own rules (sentence:BAJA, sentence:STOP); exact has only this step.
            decision = self._keyword_list(message, table) or self._foreign(message, table) \
                or self._foreign_help(message, table) or decision
        if decision.label is Label.OTHER and self.mode is MatchMode.EXACT:
            whole = not table.joined.keys().isdisjoint(message)  # a keyword written whole, which parts and names need
            decision = (whole and self._keyword_parts(reply, table)) or decision
        if decision.label is Label.OTHER and refused is not None:
            again = self.keyword_decision(refused, mode, skipped)
            if again.label is Label.OPT_OUT:
                return again
        if decision.label is Label.OTHER and nayed is not None:
            again = self._reread(nayed, table)
            if again.label is Label.OPT_OUT:
                return again
        if decision.label is Label.OTHER and reasoned is not None:
            again = self._reread(reasoned, table)
            if again.label is Label.OPT_OUT and not set(words(again.keyword or "")) & _ID_OWNERS:
                return again
        if decision.label is Label.OTHER and self.mode is MatchMode.EXACT and whole and not reply.isupper() \
                and not table.opt_out_words.isdisjoint(message) and _BUSINESS_NAME.search(reply):  # told by its capitals
            again = self._reread(_BUSINESS_NAME.sub(" ", reply), table)
            said = set(words(reply))
            if again.label is Label.OPT_OUT and (said & _MESSAGE_NOUNS or not {typos.correct(w) for w in said} & _NAME_TAKERS):
                return again
        if decision.label is Label.OTHER and not "".join(message).isascii():
            # "ЅТОР": a keyword written wholly in Cyrillic or Greek look-alikes (no keyword here is Cyrillic or Greek).
            unmasked = tuple(unmask_word(w) for w in message)
            if unmasked != message and "".join(unmasked).isascii():
                return self._exact(unmasked, table)
        return decision

    def _greeting_gone(self, greeting: re.Match[str]) -> str:
        """A greeting dropped, but not the keyword it seems to name ("Hey STOP!", "Hi Stpo!")."""
        name = greeting.group("name")
        if name and any(near_keyword(word, self._protected) for word in words(name)):
            return " " + name
        return " "

    @staticmethod
    def _exact(message: tuple[str, ...], table: _KeywordTable) -> Decision:
        """The whole message is one keyword: as written, then elongated ("stoppp"), then mistyped ("stpo")."""
        fillers: dict[str, bool] = {}  # per distinct word: a long message repeats its words
        other_words = 0
        for word in set(message):
            fillers[word] = _filler(word)
            other_words += not fillers[word] and len(word) > 1
            if other_words > _MOST_DISTINCT_WORDS:
                return Decision(Label.OTHER, "no-keyword")  # a sentence: no need to read the rest of it
        core = [w for w in message if not fillers[w]] or list(message)
        distinct = set(core)
        if sum(len(w) > 1 for w in distinct) > _MOST_DISTINCT_WORDS:
            return Decision(Label.OTHER, "no-keyword")  # a sentence, not one keyword written again and again
        plain = {w: typos.deleet(w) for w in distinct}
        joined = "".join(plain[w] for w in core)
        # Per word: "Yes it's me" leaves "yes" + "s", which is no elongated YES.
        tight = {w: typos.squeeze(p) for w, p in plain.items()}
        squeezed = "".join(tight[w] for w in core)
        # A variant with a filler among its words is tried with it ("Delete me pls": "me" is a filler, DELETE no keyword).
        whole = "".join(typos.deleet(w) for w in message if not fillers[w] or w in _VARIANT_FILLERS) \
            if len(core) < len(message) else joined
        if keyword := table.repeated(table.joined, *dict.fromkeys((whole, joined))):
            return Decision(keyword.label, f"keyword:{keyword.name}", keyword.name)
        if keyword := table.repeated(table.squeezed, squeezed):
            return Decision(keyword.label, f"keyword~elongated:{keyword.name}", keyword.name)
        if joined in typos.REAL_WORDS or len(squeezed) > _LONGEST_TYPO:
            return Decision(Label.OTHER, "no-keyword")
        # A typo is a slip within a keyword (one stray space at most: "opt ot"), not words run together ("u can stop").
        if keyword := table.mistyped(joined, squeezed, tuple(core)):
            # Never into another kind than a keyword typed whole beside it: "uh stop" is no UNSTOP.
            whole = {k.label for w in distinct if (k := table.repeated(table.joined, plain[w]))} if len(distinct) > 1 else set()
            if whole <= {keyword.label}:
                return Decision(keyword.label, f"keyword~typo:{keyword.name}", keyword.name)
        if 1 < len(distinct) <= 3 and len(core) <= 6 and all(len(w) > 1 for w in distinct) \
                and any(plain[w] in keyword.joined for w in distinct for keyword in table.keywords):
            # The keyword typed again, once mistyped ("stop stpo"): every word on its own is the same keyword.
            alone = [KeywordRules._exact((w,), table) for w in dict.fromkeys(core)]
            first = alone[0]
            if first.keyword is not None and all(d.keyword == first.keyword for d in alone):
                return Decision(first.label, f"keyword~typo:{first.keyword}", first.keyword)
        return Decision(Label.OTHER, "no-keyword")

    @staticmethod
    def _keyword_list(message: tuple[str, ...], table: _KeywordTable) -> Decision | None:
        """Different keywords of one kind listed ("STOP UNSUBSCRIBE", "stop, cancel, quit", "START UNSTOP"): each word
        alone is a keyword of that kind, or for opt-out STOP in another language ("Stop! Baja!")."""
        distinct = list(dict.fromkeys(KeywordRules._keywords_joined([w for w in message if not _filler(w)], table)))
        if not 1 < len(distinct) <= _MOST_DISTINCT_KEYWORDS or sum(map(len, distinct)) > 4 * _LONGEST_TYPO:
            return None
        if not any(w in _FOREIGN_STOP or any(w in k.joined for k in table.keywords) for w in distinct):
            return None  # at least one keyword written as it is
        first = label = None
        for word in distinct:  # stops at the first word that is no keyword (most sentences: the first)
            alone = KeywordRules._exact((word,), table)
            if alone.keyword is not None:
                word_label, first = alone.label, first or alone
            elif KeywordRules._foreign((word,), table) is not None:
                word_label = Label.OPT_OUT
            else:
                return None
            if label not in (None, word_label):
                return None  # "stop start", "help stop": two kinds
            label = word_label
        if first is None:
            return None
        return Decision(first.label, f"keyword~list:{first.keyword}", first.keyword)

    @staticmethod
    def _keywords_joined(core: list[str], table: _KeywordTable) -> list[str]:
        """The words with each keyword of two or three words written whole run together ("stop opt out": "stop",
        "optout"), so that each word of a list is one keyword."""
        if len(core) < 3:
            return core
        joined, start = [], 0
        while start < len(core):
            size = next((size for size in (3, 2) if start + size <= len(core)
                         and "".join(core[start:start + size]) in table.joined), 1)
            joined.append("".join(core[start:start + size]))
            start += size
        return joined

    @staticmethod
    def _reread(reply: str, table: _KeywordTable) -> Decision:
        """An exact reply read again once a reason or a name beside its keyword is gone (its asides already are)."""
        message = _without_object(words(reply))
        if not message or len({w for w in message if len(w) > 1 and not _filler(w)}) > _MOST_REREAD_WORDS:
            return Decision(Label.OTHER, "no-keyword")  # a keyword is a word or three ("opt me out"), not a sentence
        decision = KeywordRules._exact(message, table)
        if decision.label is Label.OTHER:
            decision = KeywordRules._keyword_list(message, table) or KeywordRules._foreign(message, table) \
                or KeywordRules._keyword_parts(reply, table) or decision
        return decision

    @staticmethod
    def _keyword_parts(reply: str, table: _KeywordTable) -> Decision | None:
        """Keywords of one kind on lines of their own or between separators, one of them of two words ("Stop\nOpt out",
        "unsubscribe / remove me"): each part alone is a keyword written whole (courtesy words aside), all of one kind."""
        if not _PART_BREAK.search(reply) or len(reply) > 120:
            return None
        parts = [part for part in (words(p) for p in _PART_BREAK.split(reply)) if part and not all(map(_filler, part))]
        if not 1 < len(parts) <= _MOST_DISTINCT_KEYWORDS or any(len(part) > 4 for part in parts):
            return None
        first = None
        for part in parts:
            kept = [typos.deleet(w) for w in part if not _filler(w) or w in _VARIANT_FILLERS]
            keyword = table.repeated(table.joined, "".join(kept),
                                     "".join(w for w in kept if not _filler(w)))  # "remove me", "stop please"
            if keyword is None or (first is not None and keyword.label is not first.label):
                return None
            first = first or keyword
        return Decision(first.label, f"keyword~list:{first.name}", first.name)

    @staticmethod
    def _foreign(message: tuple[str, ...], table: _KeywordTable) -> Decision | None:
        """STOP in another language, alone or repeated, among courtesy words ("BAJA", "Arret svp", "СТОП", "退订")."""
        core = _foreign_core(message)
        if not core or len(core) > 6:
            return None
        joined = "".join(core)
        if not (joined in _FOREIGN_STOP or typos.squeeze(joined) in _FOREIGN_SQUEEZED
                or (len(set(core)) == 1 and core[0] in _FOREIGN_STOP)):
            return None
        if table.stop is None:
            return None
        return Decision(Label.OPT_OUT, f"keyword~language:{table.stop.name}", table.stop.name)

    @staticmethod
    def _foreign_help(message: tuple[str, ...], table: _KeywordTable) -> Decision | None:
        """HELP in another language, alone or repeated, among courtesy words ("AYUDA", "Hilfe bitte")."""
        core = _foreign_core(message)
        if table.help is None or not core or len(set(core)) != 1 or core[0] not in _FOREIGN_HELP:
            return None
        return Decision(Label.HELP, f"keyword~language:{table.help.name}", table.help.name)

    @staticmethod
    def _whole(message: tuple[str, ...], forms: tuple[tuple[str, ...], ...]) -> bool:
        joined = "".join(message)
        return any(is_repetition(joined, "".join(form)) for form in forms)

    def _from_opt_out_type(self, body: str, opt_out_type: str) -> Decision:
        action = OPT_OUT_TYPE_ACTIONS.get(opt_out_type.strip().upper())
        rule = f"opt-out-type:{opt_out_type.strip().upper()[:16]}"
        if action is None:
            return Decision(Label.HELP if opt_out_type.strip().upper() == "HELP" else Label.OTHER, rule)
        if action is Action.OPT_IN and not self.opt_in:
            return Decision(Label.OTHER, rule)
        # The keyword is Twilio's verdict (STOP/START), never the message text: Advanced
        # Opt-Out may use keywords of its own, and the text is the sender's to keep.
        label = Label.OPT_OUT if action is Action.OPT_OUT else Label.OPT_IN
        return Decision(label, rule, opt_out_type.strip().upper())


def _contains(message: tuple[str, ...], form: tuple[str, ...]) -> bool:
    width = len(form)
    return any(message[i : i + width] == form for i in range(len(message) - width + 1))


def parse_list(value: str) -> tuple[str, ...]:
    return tuple(part.strip().upper() for part in value.split(",") if part.strip())


def rules_from_env(env: Mapping[str, str]) -> KeywordRules:
    mode_name = (env.get("KEYWORD_MATCH") or MatchMode.EXACT.value).strip().lower()
    try:
        mode = MatchMode(mode_name)
    except ValueError as exc:
        raise ConfigError("KEYWORD_MATCH must be 'exact', 'contains' or 'intent'") from exc
    return KeywordRules(
        opt_out=_list_or_default(env, "OPT_OUT_KEYWORDS", DEFAULT_OPT_OUT),
        opt_in=_list_or_default(env, "OPT_IN_KEYWORDS", DEFAULT_OPT_IN),
        mode=mode,
    )


def _list_or_default(env: Mapping[str, str], name: str, default: Iterable[str]) -> tuple[str, ...]:
    # Unset means the default; set but empty means none (how opt-in is disabled).
    return tuple(default) if name not in env else parse_list(env[name])
