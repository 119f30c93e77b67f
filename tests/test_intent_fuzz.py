"""Fuzzing the classifier, the boundary where any text a stranger sends arrives."""

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.keywords import KeywordRules, Label, MatchMode

MODES = [KeywordRules(mode=mode) for mode in MatchMode]
INTENT = KeywordRules(mode=MatchMode.INTENT)
OPT_IN_REQUESTS = ["START", "UNSTOP", "SUBSCRIBE", "turn them back on", "I replied STOP by mistake",
                   "sign me back up", "resubscribe me"]
# Text shaped like replies: words, keywords, punctuation, emoji, odd Unicode, line breaks and quotes.
PIECES = st.sampled_from(["stop", "STOP", "don't", "please", "cancel", "my", "order", "texts", "\n", "> ", "--",
                          "Sent from my iPhone", "?", "!", "😂", "\u200b", "\u00a0", "ＳＴＯＰ", "wrong", "number",
                          "unsubscribe", "baja", "START", "yes", "help", "by mistake", ",", "Liked \"", "\""])
REPLY_LIKE = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=25).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=400), REPLY_LIKE))
def test_every_mode_answers_any_text_with_a_label_and_a_rule(text):
    for rules in MODES:
        decision = rules.decide(text)
        assert isinstance(decision.label, Label)
        assert isinstance(decision.rule, str) and decision.rule


@settings(max_examples=200, deadline=None)
@given(REPLY_LIKE)
def test_the_classifier_is_deterministic(text):
    assert INTENT.decide(text) == INTENT.decide(text) == KeywordRules(mode=MatchMode.INTENT).decide(text)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(OPT_IN_REQUESTS), st.sampled_from(["", "!", " please", " 🙂", "\n\nSent from my Pixel", " thanks"]))
def test_explicit_opt_in_requests_are_never_read_as_opt_outs(request, tail):
    assert INTENT.decide(request + tail).label is Label.OPT_IN


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_undecodable_bytes_decoded_leniently_still_get_an_answer(data):
    for rules in MODES:
        rules.decide(data.decode("utf-8", errors="replace"))
