"""ingest.intent.prefilter: a rule is skipped only when it could not have matched."""

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from benchmarks.keyword_eval import load
from ingest.intent.engine import _compiled_rules
from ingest.intent.lexicon import PATTERNS
from ingest.intent.prefilter import RuleIndex, compile_rule
from ingest.intent.text import prepare
from ingest.normalize import semantic_text

RULES, INDEX = _compiled_rules()
PROBES = Path(__file__).parent / "data" / "probes"


def _literals(regex: str):
    return compile_rule(regex)[1]


def test_every_spelling_of_a_sequence_is_a_literal_one_of_which_a_match_contains():
    assert _literals(r"\bno me (?:envi|mand)\w*") == {"no me envi", "no me mand"}


def test_optional_parts_multiply_the_spellings_and_the_longest_sure_literal_wins():
    assert _literals(r"\b(?:please )?unsub(?:scribe)?\b") == {
        "unsub", "unsubscribe", "please unsub", "please unsubscribe"}


def test_a_letter_repeated_without_bound_still_joins_the_letters_around_it():
    # "ar+et+e": every match holds "ret" (the last r, then e, then the first t).
    assert _literals(r"\bar+et+e\b") == {"ret"}


def test_each_rule_is_indexed_by_the_piece_fewest_other_rules_share():
    index = RuleIndex([frozenset({"stop"}), frozenset({"stops"})])
    assert index.pieces(1) == {"ops"}  # "sto" and "top" would name both rules
    assert index.candidates("pls stop it") == [0]
    assert index.candidates("it stops here") == [0, 1]


def test_a_cjk_literal_of_one_character_is_indexed_and_never_named_by_latin_text():
    index = RuleIndex([_literals(r"(?:别|勿)(?:发|發)?")])
    assert index.pieces(0) == {"别", "勿"}
    assert index.candidates("请别发了") == [0]
    assert index.candidates("stop texting me") == []


@pytest.mark.parametrize("regex", [r"\w+ \w+", r"^[a-z]{2}$", r"(?:a|b)c", r"(?i)stop texting"])
def test_a_regex_without_a_sure_literal_is_always_searched(regex):
    assert _literals(regex) is None
    index = RuleIndex([None])
    assert index.candidates("") == [0]


def test_a_compiled_rule_matches_as_re_compile_does():
    regex = r"\b(?:stop|quit)\w{0,3} (?:texting|messaging) (?:me|us)\b"
    compiled, _ = compile_rule(regex)
    for text in ("pls stop texting me", "quitting messaging us", "stop texting them", "unstop texting me"):
        assert bool(compiled.search(text)) is bool(re.search(regex, text))


def _corpus_clauses() -> list[str]:
    texts = [row.text for row in load("dev")]
    for path in sorted(PROBES.glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    protected = frozenset()
    return sorted({c.text for t in texts for c in prepare(semantic_text(t, protected))})


def _assert_no_match_is_skipped(clause: str) -> None:
    candidates = set(INDEX.candidates(clause))
    for position, rule in enumerate(RULES):
        if position not in candidates:
            assert rule.regex.search(clause) is None, (rule.name, clause)


def test_no_rule_that_matches_a_corpus_or_probe_clause_is_skipped():
    clauses = _corpus_clauses()
    assert len(clauses) > 5000
    for clause in clauses:
        _assert_no_match_is_skipped(clause)


_WORDS = sorted({w for p in PATTERNS for example in p.examples for c in prepare(example) for w in c.text.split()})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12))
def test_no_rule_that_matches_random_rule_words_is_skipped(words):
    _assert_no_match_is_skipped(" ".join(words))
