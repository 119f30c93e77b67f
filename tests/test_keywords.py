import pytest

from common.errors import ConfigError
from common.event import Action
from ingest.keywords import DEFAULT_OPT_IN, DEFAULT_OPT_OUT, KeywordRules, Label, MatchMode, rules_from_env

OUT, IN = Action.OPT_OUT, Action.OPT_IN
EXACT = KeywordRules()
CONTAINS = KeywordRules(mode=MatchMode.CONTAINS)
MULTI = KeywordRules(opt_out=("STOP ALL", "OPT OUT", "STOP"), opt_in=("START",))
MULTI_CONTAINS = KeywordRules(opt_out=("STOP ALL", "OPT OUT"), opt_in=("OPT IN",), mode=MatchMode.CONTAINS)

# (rules, body, OptOutType, expected action, expected keyword)
CASES = [
    # every default keyword, exact
    *[(EXACT, k, None, OUT, k) for k in DEFAULT_OPT_OUT],
    *[(EXACT, k, None, IN, k) for k in DEFAULT_OPT_IN],
    # case, whitespace, punctuation around
    (EXACT, "stop", None, OUT, "STOP"),
    (EXACT, "Stop", None, OUT, "STOP"),
    (EXACT, "  STOP  ", None, OUT, "STOP"),
    (EXACT, " Stop! ", None, OUT, "STOP"),
    (EXACT, "stop.", None, OUT, "STOP"),
    (EXACT, "\"Stop\"", None, OUT, "STOP"),
    (EXACT, "¡STOP!", None, OUT, "STOP"),
    (EXACT, "\tunsubscribe\n", None, OUT, "UNSUBSCRIBE"),
    (EXACT, "start 🙂", None, IN, "START"),
    (EXACT, "Yes!!!", None, IN, "YES"),
    # Unicode normalisation
    (EXACT, "ＳＴＯＰ", None, OUT, "STOP"),
    (EXACT, "ｓｔａｒｔ", None, IN, "START"),
    (EXACT, "STOP\u00a0", None, OUT, "STOP"),
    # separators between a keyword's letters or words
    (EXACT, "stop all", None, OUT, "STOPALL"),
    (EXACT, "Opt-Out", None, OUT, "OPTOUT"),
    (EXACT, "opt out", None, OUT, "OPTOUT"),
    (EXACT, "S.T.O.P.", None, OUT, "STOP"),
    # exact mode is the whole message
    (EXACT, "please stop", None, OUT, "STOP"),  # a polite word around the keyword
    (EXACT, "stop texting me", None, OUT, "STOP"),
    # a reply prefix, letters spaced out, different opt-out keywords listed, STOP in another language
    (EXACT, "Re: STOP", None, OUT, "STOP"),
    (EXACT, "RE: unsubscribe", None, OUT, "UNSUBSCRIBE"),  # never "resubscribe"
    (EXACT, "Re: START", None, IN, "START"),
    (EXACT, "re stop by at 5", None, None, None),
    (EXACT, "U N S U B S C R I B E", None, OUT, "UNSUBSCRIBE"),
    (EXACT, "stop, cancel, quit", None, OUT, "STOP"),
    (EXACT, "UNSUBSCRIBE STOP", None, OUT, "UNSUBSCRIBE"),
    (EXACT, "stop cancel my order", None, None, None),
    (EXACT, "stop start", None, None, None),
    (EXACT, "BAJA", None, OUT, "STOP"),
    (EXACT, "Arrêt svp", None, OUT, "STOP"),
    (EXACT, "СТОП", None, OUT, "STOP"),
    (EXACT, "退订", None, OUT, "STOP"),
    (EXACT, "alto sax lessons", None, None, None),
    (EXACT, "baja blast", None, None, None),
    (EXACT, "para", None, None, None),
    (EXACT, "Stahp", None, OUT, "STOP"),
    (EXACT, "Stop sir", None, OUT, "STOP"),
    (EXACT, "Delete me pls", None, OUT, "UNSUBSCRIBE"),
    (EXACT, "unscribe", None, OUT, "UNSUBSCRIBE"),  # a listed variant (a syllable dropped), never SUBSCRIBE by a typo
    (EXACT, "STOP (this is Ana)", None, OUT, "STOP"),
    (EXACT, "Stop, Lisa here", None, OUT, "STOP"),
    (EXACT, "Stop by, this is Ana", None, None, None),
    (EXACT, "hey man", None, None, None),
    (EXACT, "Stop sent from my iPhone", None, OUT, "STOP"),
    (EXACT, "UNSUBSCRIBE\n\n[image: logo]", None, OUT, "UNSUBSCRIBE"),
    (EXACT, "revoke consent", None, OUT, "REVOKE"),
    (EXACT, "Stop - Gary from Tulsa", None, OUT, "STOP"),
    (EXACT, "Cancel\n\nXOXO, Mel", None, OUT, "CANCEL"),
    (EXACT, "weekend", None, None, None),
    (EXACT, "stopped", None, None, None),
    (EXACT, "", None, None, None),
    (EXACT, "   !!! ", None, None, None),
    (EXACT, "hello", None, None, None),
    # contains mode: whole words only
    (CONTAINS, "please stop", None, OUT, "STOP"),
    (CONTAINS, "Please STOP texting me.", None, OUT, "STOP"),
    (CONTAINS, "I said: quit!", None, OUT, "QUIT"),
    (CONTAINS, "see you this weekend", None, None, None),
    (CONTAINS, "the end", None, OUT, "END"),
    (CONTAINS, "unstoppable", None, None, None),
    (CONTAINS, "restart the router", None, None, None),
    (CONTAINS, "cancellation policy?", None, None, None),
    (CONTAINS, "yesterday was fine", None, None, None),
    (CONTAINS, "yes please", None, IN, "YES"),
    (CONTAINS, "yes, but stop now", None, OUT, "STOP"),  # opt-out wins over opt-in
    (CONTAINS, "ＳＴＯＰ please", None, OUT, "STOP"),
    # multi-word keywords
    (MULTI, "STOP ALL", None, OUT, "STOP ALL"),
    (MULTI, "stopall", None, OUT, "STOP ALL"),
    (MULTI, "opt-out", None, OUT, "OPT OUT"),
    (MULTI, "stop", None, OUT, "STOP"),
    (MULTI_CONTAINS, "please opt out of this", None, OUT, "OPT OUT"),
    (MULTI_CONTAINS, "please optout", None, OUT, "OPT OUT"),
    (MULTI_CONTAINS, "opt in again", None, IN, "OPT IN"),
    (MULTI_CONTAINS, "all stop", None, None, None),  # words in the wrong order
    # keywords of one kind side by side, and a listed variant
    (EXACT, "STOP UNSUBSCRIBE", None, OUT, "STOP"),
    (EXACT, "cancel, quit.", None, OUT, "CANCEL"),
    (EXACT, "stop start", None, None, None),
    (EXACT, "help stop", None, None, None),
    (EXACT, "Revoke consent", None, OUT, "REVOKE"),
    # a key beside "u" before "n" keeps the UNSUBSCRIBE prefix
    (EXACT, "insubscribe", None, OUT, "UNSUBSCRIBE"),
    # Twilio Advanced Opt-Out decides when it speaks
    (EXACT, "ARRET", "STOP", OUT, "STOP"),
    (EXACT, "stop", "HELP", None, None),
    (EXACT, "hello", "START", IN, "START"),
    (EXACT, "START", "stop", OUT, "STOP"),
    (EXACT, "call me on +1 555 555 0199 to STOP", "STOP", OUT, "STOP"),  # the text is never the keyword
    (EXACT, "info", "HELP", None, None),
    (EXACT, "", "STOP", OUT, "STOP"),
]


@pytest.mark.parametrize(("rules", "body", "opt_out_type", "action", "keyword"), CASES)
def test_message_is_classified_as_expected(rules, body, opt_out_type, action, keyword):
    match = rules.classify(body, opt_out_type)
    if action is None:
        assert match is None
    else:
        assert (match.action, match.keyword) == (action, keyword)


def test_the_table_covers_at_least_forty_cases():
    assert len(CASES) >= 40


def test_defaults_are_the_spec_lists():
    rules = rules_from_env({})
    assert rules.opt_out == ("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT")
    assert rules.opt_in == ("START", "UNSTOP", "YES")
    assert rules.mode is MatchMode.EXACT


def test_keyword_lists_come_from_the_environment():
    rules = rules_from_env({"OPT_OUT_KEYWORDS": " arret, Stop ", "OPT_IN_KEYWORDS": "go", "KEYWORD_MATCH": "Contains"})
    assert rules.opt_out == ("ARRET", "STOP")
    assert rules.opt_in == ("GO",)
    assert rules.classify("arret svp").action is OUT


def test_empty_opt_in_list_disables_opt_in_even_from_advanced_opt_out():
    rules = rules_from_env({"OPT_IN_KEYWORDS": ""})
    assert rules.classify("START") is None
    assert rules.classify("START", "START") is None
    assert rules.classify("STOP").action is OUT


@pytest.mark.parametrize("env", [
    {"KEYWORD_MATCH": "fuzzy"},
    {"OPT_OUT_KEYWORDS": ""},
    {"OPT_OUT_KEYWORDS": "STOP,!!"},
    {"OPT_OUT_KEYWORDS": "STOP", "OPT_IN_KEYWORDS": "stop"},
])
def test_invalid_keyword_settings_are_rejected(env):
    with pytest.raises(ConfigError):
        rules_from_env(env)


@pytest.mark.parametrize(("body", "rule"), [
    ("STOP STOP STOP!", "keyword:STOP"),
    ("UNSUBSCRIBEUNSUBSCRIBE", "keyword:UNSUBSCRIBE"),
    ("quit.quit", "keyword:QUIT"),
    ("Stop\n--\nJ. Rivera", "keyword:STOP"),
    ("STOP\n\nSent from my Pixel", "keyword:STOP"),
    ("stop\nOn Mon, Dec 1, 2026, Acme <a@example.com> wrote:\n> Reply STOP to opt out", "keyword:STOP"),
    ("S\u200bTOP", "keyword:STOP"),
    ("𝐒𝐓𝐎𝐏", "keyword:STOP"),
    ("STOP please", "keyword:STOP"),
    ("stop it", "keyword:STOP"),
    ("unsub", "keyword:UNSUBSCRIBE"),
    ("REMOVE ME", "keyword:UNSUBSCRIBE"),
    ("stoppppp", "keyword~elongated:STOP"),
    ("Sotp", "keyword~typo:STOP"),
    ("unsubscirbe", "keyword~typo:UNSUBSCRIBE"),
    ("ST0P", "keyword:STOP"),
    ("5T0P", "keyword:STOP"),
    ("Resubscribe", "keyword:START"),
    # the texts the keyword is about, named after it (exact mode only; intent has its own phrase rules)
    ("please stop texting me", "keyword:STOP"),
    ("STOP SENDING ME TEXTS", "keyword:STOP"),
    ("stop the messages pls", "keyword:STOP"),
    ("Opt me out of texts", "keyword:OPTOUT"),
    ("remove me from your list", "keyword:UNSUBSCRIBE"),
    ("END ALL", "keyword:END"),
    ("stop all", "keyword:STOPALL"),
    ("stop stop all", "keyword:STOP"),
    ("Subscribe me back", "keyword:START"),
    ("uqit", "keyword~typo:QUIT"),
    ("$T0P", "keyword:STOP"),
    ("ᏚᎢᎾᏢ", "keyword:STOP"),
    ("unsubscribe\n\nObtener Outlook para Android", "keyword:UNSUBSCRIBE"),
    ("stop this please", "keyword:STOP"),
    ("remove my number pls", "keyword:UNSUBSCRIBE"),
    ("cancel these texts", "keyword:CANCEL"),
    ("STOP KINDLY", "keyword:STOP"),
    ("STOP DAMN IT", "keyword:STOP"),
    ("stop or unsubscribe", "keyword~list:STOP"),
    ("STOP x 3", "keyword:STOP"),
    ("stop <3", "keyword:STOP"),
    ("STOP 202-555-0147", "keyword:STOP"),
    ("STOP\n\nMaple Grove Salon: Reminder of your appt on 3/5 at 2PM.", "keyword:STOP"),
    ("STOP\n\n[Walgreens] Your prescription is ready.", "keyword:STOP"),
    # a footer or a name line with emoji or punctuation after it, a footer typed in lower case
    ("Stop\nJen 🌸 🙄", "keyword:STOP"), ("STOP\n\nSent from Samsung Mobile!!", "keyword:STOP"),
    ("Stop\nThanks, Marcus 🙄", "keyword:STOP"), ("stop\n\nsent from samsung mobile", "keyword:STOP"),
    # ... and after a name, an introduction or a number on the reply's own line
    ("Unsubscribe - Priyanka from Leeds!!", "keyword:UNSUBSCRIBE"), ("quit, Tomasz here 😤", "keyword:QUIT"),
    ("STOP (this is Dr. Oyelaran) 🙏", "keyword:STOP"), ("stop sent from my Galaxy S23!", "keyword:STOP"),
    ("STOP 202-555-0199!!!", "keyword:STOP"), ("Stop 40404.", "keyword:STOP"),
    # a reply prefix or letters spaced out after a courtesy word ("ok RE: unsubscribe" is no RESUBSCRIBE typo)
    ("ok RE: unsubscribe", "keyword:UNSUBSCRIBE"), ("ok U N S U B S C R I B E", "keyword:UNSUBSCRIBE"),
    ("S-T-O-P, thanks", "keyword:STOP"),
    ("uh STOP", "keyword:STOP"), ("um, unsubscribe", "keyword:UNSUBSCRIBE"),
    # the thanks of other languages in two words
    ("Stop, merci bien", "keyword:STOP"), ("UNSUBSCRIBE muchas gracias", "keyword:UNSUBSCRIBE"),
    ("stop danke schön", "keyword:STOP"),
    # an apology or "thanks in advance" beside the keyword; OPTIN (and "opt in") is an opt-in variant of START
    ("Stop, sorry", "keyword:STOP"), ("sorry UNSUBSCRIBE", "keyword:UNSUBSCRIBE"), ("unsubscribe tia", "keyword:UNSUBSCRIBE"),
    ("STOP\n\nThanks in advance!", "keyword:STOP"), ("Opt in", "keyword:START"), ("OPTIN", "keyword:START"),
    ("stop the texts 😂", "keyword:STOP"), ("STOP 😡😡", "keyword:STOP"), ("Unsubscribe 😅", "keyword:UNSUBSCRIBE"),
    ("Stop all communications", "keyword:STOP"), ("END ALL CORRESPONDENCE", "keyword:END"),
    ("Stop. Period.", "keyword:STOP"), ("Remove me off your list", "keyword:UNSUBSCRIBE"), ("opt oit", "keyword~typo:OPTOUT"),
    # a name typed in capitals or lower case on the line below a bare keyword, or a shouted signature with a number
    ("STOP\nDWAYNE", "keyword:STOP"), ("stop\njen 🌸", "keyword:STOP"), ("unsubscribe\nmr. feeney", "keyword:UNSUBSCRIBE"),
    ("STOP\n\nDEBBIE LANG\nLANG REALTY GROUP\nCELL 202-555-0100", "keyword:STOP"),
    ("stop - gary from tulsa", "keyword:STOP"), ("STOP, LISA HERE", "keyword:STOP"), ("cancel - mike here", "keyword:CANCEL"),
    ("UNSUBSCRIBE\nJENNIFER HAWKINS, CPA", "keyword:UNSUBSCRIBE"),
    ("stop. thanks\nlinda", "keyword:STOP"), ("stop\n\nsincerely,\nmargaret a. whitfield", "keyword:STOP"),
    ("unsubscribe\nsarah (she/her)", "keyword:UNSUBSCRIBE"), ("stop\n\ndebbie lang\nlang realty group\ncell 202-555-0100", "keyword:STOP"),
    # a capitalised keyword after a greeting is the reply, not the name greeted
    ("Hey STOP!", "keyword:STOP"), ("Hello Unsubscribe!!", "keyword:UNSUBSCRIBE"), ("Hi Stpo!", "keyword~typo:STOP"),
    ("Hey Remove Me, thanks", "keyword:UNSUBSCRIBE"), ("Hi Acme, unsubscribe", "keyword:UNSUBSCRIBE"),
    # set phrases of emphasis and of thanks are one filler word
    ("STOP FOR GOOD", "keyword:STOP"), ("unsubscribe once and for all", "keyword:UNSUBSCRIBE"),
    # how often the sender has asked, and "take me off" as a way of writing UNSUBSCRIBE
    ("Stop (3rd request)", "keyword:STOP"), ("UNSUBSCRIBE - second attempt", "keyword:UNSUBSCRIBE"),
    ("stop, told you twice already", "keyword:STOP"),
    # HELP asked for in so many words, or in another language
    ("I need help", "keyword:HELP"), ("Ayuda por favor", "keyword~language:HELP"), ("HILFE", "keyword~language:HELP"),
    # an initial signed below the reply ("Opt out\n\nJ", "opt out\nJ. R.")
    ("Opt out\n\nJ", "keyword:OPTOUT"), ("opt out\nJ. R.", "keyword:OPTOUT"), ("STOP\n\nMIKE JONES\nSERVICE MANAGER\n555-010-0100", "keyword:STOP"),
    ("quit for real this time", "keyword:QUIT"), ("for god's sake stop", "keyword:STOP"),
    ("Stop, thanks so much", "keyword:STOP"), ("Unsubscribe. Much appreciated", "keyword:UNSUBSCRIBE"),
    ("stop pretty please", "keyword:STOP"),
    ("STOP marketing", "keyword:STOP"), ("Stop soliciting me", "keyword:STOP"), ("Remove my cell", "keyword:UNSUBSCRIBE"),
    ("Stop please ma'am", "keyword:STOP"),
    # a title in the greeting's name; a keyword typed long or badly below a greeting is no name
    ("Hello Dr. Patel, STOP", "keyword:STOP"), ("Good morning\n\nStopp", "keyword~elongated:STOP"),
    ("Hey\nSotp\nBest regards", "keyword~typo:STOP"),
    # a keyword of two words in a list of keywords; the sender doing it as they write; a local number apart
    ("STOP OPT OUT", "keyword~list:STOP"), ("opt out. unsubscribe.", "keyword~list:OPTOUT"),
    ("Unsubscribing", "keyword:UNSUBSCRIBE"), ("Opting out, bye", "keyword:OPTOUT"), ("Opt me back in", "keyword:START"),
    ("Stop 555-0147", "keyword:STOP"),
])
def test_hardened_exact_matches_the_keyword_as_phones_send_it(body, rule):
    assert KeywordRules().decide(body).rule == rule


@pytest.mark.parametrize("body", [
    "stop by the office", "cancel my order", "end of the day", "shop", "top", "quite",
    "Subscribe? no thanks", "I quit", "HELP me stop",
    # the texts named, but no keyword word, or something else after them
    "please take me off your list", "no more texts", "stop list", "end of the list", "stop texting me at 3am lol",
    "stop the messages from my ex", "cancel all my appointments", "don't stop sending", "the end",
    # CANCEL's vague object is the booking; a laugh stays a word; the sender's own label below the reply
    "Cancel that", "cancel my phone", "stop XD", "Stop by\n\nMaple Grove Salon: your appt is at 2",
    "Stop\n\nQuestion: will I still get receipts?", "call me 202-555-0147", "omg stop",
    # a day or a booking below CANCEL is what it cancels, no name; a line in lower case is never taken for a name
    "Cancel\nMonday", "CANCEL\nTomorrow", "Cancel\nAppointment", "cancel\nsee you monday",
    # a name with marks after it still leaves a sentence, a number with marks after it is still no keyword
    "Don't stop - Mo 😍", "end of the line - Greg!!", "call me at 202-555-0163!!",
    "sorry, wrong stop", "sorry",
    # a laughing or delighted emoji beside a bare keyword is play, as "lol" is
    "stop 😂", "STOP 😍😍", "stoppp 🤣",
    # a typo split by one stray space is a keyword's pieces, never two words of their own
    "you can call", "not interested, you can call me", "STOP PERIOD", "Period stop?",
    # what is below CANCEL or END may be its object; a booking word, everyday words, a laugh, a keyword typed badly
    # are no name; a sentence in capitals is no signature
    "cancel\npizza", "CANCEL\nDENTAL CLEANING", "Cancel\nCleaning", "stop\nmy order", "STOP\nOMG",
    "CANCEL\nTHANKS\nJUST THE TUESDAY APPT, NOT THE TEXTS",
    "cancel - pizza", "end - see you monday", "stop - no more lol", "msgs - stopstop - cancel my order",
    # a greeting to someone whose name only starts like a keyword
    "Hey Stopford!", "Hi Endicott!",
    # ... but not before a question, and not beside words that are no fillers
    "stop for good?", "for real?", "Stop for good reason", "I quit for good", "thanks so much for stopping by",
    # a modifier alone is no texts named, and the line cancelled is no texts either
    "Stop sale", "stop daily", "Cancel my cell",
    # an id, a date or a reason is an aside only beside an opt-out keyword; a dictated "period" only in a reply not typed
    # in lower case; a reply in capitals has no name in it; another thing's list is no texts
    "Cancel account #4471-22", "Cancel 12/4", "Cancel, I'm all set", "UNSUBSCRIBE FROM ALL THE EMAILS BUT KEEP TEXTS",
    "stop period", "Remove me from Zumba",
    # typed in one case, a line below CANCEL that names the booking is no title of a signature
    "CANCEL\nMIKE JONES\nTHE TUESDAY CLEANING\n555-010-0100",
    # a list of keywords of two kinds, or one of two words in another sense
    "stop opt in", "Opt out stop start", "opting out of the extended warranty", "stop 12345678",
])
def test_hardened_exact_never_opts_out_a_keyword_inside_a_sentence_or_a_real_word(body):
    assert KeywordRules().decide(body).label is not Label.OPT_OUT



@pytest.mark.parametrize("body", ["option", "Options?", "opting", "optic"])
def test_the_real_words_near_optin_are_no_opt_in(body):
    for mode in MatchMode:
        assert KeywordRules(mode=mode).decide(body).label is Label.OTHER


def test_help_is_recognised_as_help_in_every_mode_and_publishes_nothing():
    for mode in MatchMode:
        rules = KeywordRules(mode=mode)
        assert rules.decide("HELP").label is Label.HELP
        assert rules.classify("HELP") is None


@pytest.mark.parametrize("body", ["uh stop", "hn stop", "ub stop", "unsub$top", "ok re unsubscribe", "in stop"])
def test_a_typo_never_turns_an_opt_out_keyword_typed_whole_into_an_opt_in(body):
    for mode in (MatchMode.EXACT, MatchMode.INTENT):
        assert KeywordRules(mode=mode).decide(body).label is not Label.OPT_IN
