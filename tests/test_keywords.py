import pytest

from common.errors import ConfigError
from common.event import Action
from ingest.keywords import DEFAULT_OPT_IN, DEFAULT_OPT_OUT, KeywordRules, MatchMode, rules_from_env

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
    (EXACT, "stop texting me", None, None, None),
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
    # Twilio Advanced Opt-Out decides when it speaks
    (EXACT, "ARRET", "STOP", OUT, "ARRET"),
    (EXACT, "stop", "HELP", None, None),
    (EXACT, "hello", "START", IN, "HELLO"),
    (EXACT, "START", "stop", OUT, "START"),
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
