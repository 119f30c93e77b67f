"""The intent speller reads one slip in a word the rules know as that word, and leaves every other word alone."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.intent.spelling import Speller
from ingest.keywords import KeywordRules, Label, MatchMode

SPELLER = Speller([r"\b(?:stop|quit) (?:sending|texting) (?:me )?(?:these )?(?:messages|texts)\b", r"\bmand\w* mensajes\b",
                   r"\b(?:remove|delete) my number\b"], ["no me mandes nada"])
INTENT = KeywordRules(mode=MatchMode.INTENT)


@pytest.mark.parametrize(("typed", "meant"), [
    ("tetxs", "texts"), ("mesages", "messages"), ("numbber", "number"), ("sneding", "sending"), ("mensjes", "mensajes"),
    ("texitng", "texting"), ("remvoe", "remove"),
])
def test_one_swap_missing_letter_or_doubled_letter_is_read_as_the_rule_word(typed, meant):
    assert SPELLER.correct_word(typed) == meant


@pytest.mark.parametrize("word", [
    "texts",  # a word the rules know
    "mandarme", "mandaste",  # a word the rules' stem "mand" covers
    "mandes",  # a word of a pattern example
    "etxts", "texst",  # a slip in the first letter, or the last two swapped: too often another word
    "ext", "txts",  # shorter than five letters
    "tests", "number1", "númber",  # a letter typed for another; not letters only; not ASCII
    "planet",  # one letter too many that is no doubled letter
])
def test_other_words_are_left_as_typed(word):
    assert SPELLER.correct_word(word) == word


def test_a_negation_of_five_letters_is_found_under_a_word_of_four():
    speller = Speller([r"\bstop texting\b"], negations=["never", "nicht", "not"])
    assert [speller.correct_word(w) for w in ("nver", "nevr", "ncht", "nto", "stop")] == ["never", "never", "nicht", "nto",
                                                                                         "stop"]
    assert INTENT.decide("I would nver ask you to stop").label is not Label.OPT_OUT
    assert INTENT.decide("Bitte ncht aufhören, die Angebote sind super").label is not Label.OPT_OUT


def test_a_word_under_a_rule_stem_is_completed_toward_a_word_with_that_stem_but_never_shortened():
    speller = Speller([r"\btext\w* me\b", r"\bstop texting\b", r"\bdont text\w*\b", r"\btexten\b"])
    assert speller.correct_word("textng") == "texting"
    assert speller.correct_word("texteen") == "texteen"  # "texten" is one doubled letter away, but the stem reads it


def test_the_forms_of_an_english_stem_verb_are_words_a_doubled_letter_is_taken_out_toward():
    rules = [r"\bstop\w* me\b", r"\bsend\w* me\b", r"\bcancel\w*\b", r"\bremove\w*\b"]
    speller = Speller(rules, english=rules)
    assert [speller.correct_word(w) for w in ("sendding", "stoping", "stoped", "removng", "cancellling")] == [
        "sending", "stopping", "stopped", "removing", "cancelling"]
    assert [speller.correct_word(w) for w in ("cancelling", "canceling", "stopping")] == ["cancelling", "canceling", "stopping"]
    assert Speller(rules).correct_word("sendding") == "sendding"  # a stem of another language's rule takes no English forms


def test_a_word_longer_than_any_rule_word_by_more_than_one_letter_is_left_as_typed():
    speller = Speller([r"\bstop (?:unsubscribing|texting)\b"])
    assert speller.correct_word("unsubscrbing") == "unsubscribing"  # one letter left out: corrected
    assert speller.correct_word("texting" * 2000) == "texting" * 2000  # a run of 14,000 letters: no rule word, read at once


def test_a_word_of_a_rule_example_is_a_word_the_rules_know():
    speller = Speller([r"\bdejen de mand\w*\b"], ["dejen de mandarme"])
    assert speller.correct_word("madnarme") == "mandarme"


def test_a_word_one_slip_from_two_rule_words_is_left_as_typed():
    speller = Speller([r"\b(?:stamp|stomp)\b"])
    assert speller.correct_word("stmp") == "stmp"  # missing a letter of both


def test_the_word_after_an_elision_or_before_a_possessive_is_corrected_but_not_one_before_another_apostrophe():
    assert SPELLER.correct("d'tetxs tetxs'") == "d'texts tetxs'"
    assert SPELLER.correct("stop sneding me tetxs!") == "stop sending me texts!"
    assert SPELLER.correct("the numbber's owner, numbber'd") == "the number's owner, numbber'd"


def test_a_letter_a_rule_makes_optional_is_read_both_typed_and_left_out():
    speller = Speller([r"my favou?rites?", r"my husbands? texts"])
    assert [speller.correct_word(w) for w in ("favortie", "favoruite", "husabnd", "husbnds")] == [
        "favorite", "favourite", "husband", "husbands"]


@given(st.lists(st.sampled_from(["stop", "sending", "texts", "mensajes", "remove", "my", "number", "mandarme", "no"]),
                max_size=12))
def test_text_made_of_known_words_is_unchanged(words):
    text = " ".join(words)
    assert SPELLER.correct(text) == text


@pytest.mark.parametrize(("text", "expected"), [
    ("stop sending me these mesages", Label.OPT_OUT), ("I dont want these tetxs anymore", Label.OPT_OUT),
    ("no me manden mas mensjes", Label.OPT_OUT), ("ich will keine Nachirchten mehr", Label.OPT_OUT),
    ("I called the wrnog number earlier sorry", Label.OTHER), ("the planet is warming", Label.OTHER),
])
def test_intent_reads_a_slip_in_a_request_or_in_what_cancels_it(text, expected):
    assert INTENT.decide(text).label is expected
