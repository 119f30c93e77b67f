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


def _pieces(regex: str):
    return compile_rule(regex)[1]


def test_the_literals_of_every_spelling_of_a_sequence_are_indexed():
    # Each of the two spellings is indexed by a four-letter piece without a space, nearest its middle.
    assert _pieces(r"\bno me (?:envi|mand)\w*") == {"envi", "mand"}


def test_optional_parts_multiply_the_spellings_and_the_longest_sure_literal_wins():
    pieces = _pieces(r"\b(?:please )?unsub(?:scribe)?\b")
    assert pieces is not None and all(len(p) == 4 and " " not in p for p in pieces)
    assert all(any(p in s for s in ("unsub", "unsubscribe", "please unsub", "please unsubscribe")) for p in pieces)


@pytest.mark.parametrize("regex", [r"\w+ \w+", r"^[a-z]{2}$", r"(?:a|b)c", r"(?i)stop texting"])
def test_a_regex_without_a_sure_literal_is_always_searched(regex):
    assert _pieces(regex) is None
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
