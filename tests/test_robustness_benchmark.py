"""The robustness benchmark's rewrites keep what a message says, and its counts add up."""

from benchmarks.robustness import check, exact_rewrites, intent_rewrites, report
from ingest.keywords import MatchMode


def test_a_slip_changes_only_the_longest_word_and_by_one_letter():
    slips = {name: text for name, text in intent_rewrites("please stop texting me", 3) if name.startswith("slip")}
    assert set(slips) == {"slip: letters swapped", "slip: letter left out", "slip: letter typed twice"}
    for text in slips.values():
        before, _, after = text.partition(" me")
        assert text.startswith("please stop ") and after == "" and before != "please stop texting"
        assert abs(len(text) - len("please stop texting me")) <= 1


def test_a_question_is_not_rewritten_without_its_punctuation():
    rewrites = dict(intent_rewrites("Does STOP end all texts?", 0))
    assert rewrites["no punctuation (questions excluded)"] == ""


def test_counts_cover_every_rewrite_and_name_false_opt_outs():
    rows = [("STOP", "opt_out"), ("stop by the shop at noon", "other")]
    read, tried, wrong, false_out = check(MatchMode.EXACT, exact_rewrites, rows)
    assert read == 2
    assert tried["trailing emoji"] == 2 and tried["upper case"] == 1  # "STOP" upper-cased is itself: not counted
    assert sum(wrong.values()) == 0 and sum(false_out.values()) == 0
    lines = report(MatchMode.EXACT, rows, (read, tried, wrong, false_out))
    assert lines[0] == "exact: 2 of 2 rows read right, each rewritten" and lines[-1].lstrip().startswith("all rewrites")
