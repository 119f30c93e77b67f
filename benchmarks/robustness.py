"""``make eval`` (second part): do the rules still read a message when it is typed another way?

Every row of the development part and of the probes (never the held-back test part) that a mode reads right
is rewritten in ways that keep its label: case, no apostrophes, no punctuation, double spaces, an opening
"ok", a trailing emoji or "thanks", text-speak ("u", "2"), and one slip in its longest word (two letters
swapped, one left out, one typed twice). For each rewrite the benchmark prints how many rewritten rows the
mode now reads wrong, and how many of those are opt-outs of a row that asks nothing (false opt-outs).
``intent`` is checked on every row; ``exact`` on the keyword rows (keyword variants and the exact_* probes)
with the rewrites a phone or a person adds around a keyword. Only counts are printed, never message text.

    python -m benchmarks.robustness                 # both modes
    python -m benchmarks.robustness --mode exact
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from benchmarks.keyword_eval import load
from ingest.keywords import KeywordRules, Label, MatchMode

PROBES = Path(__file__).resolve().parent.parent / "tests" / "data" / "probes"
_PUNCTUATION = re.compile(r"[.!?,;:]+")
_LONG_WORD = re.compile(r"[A-Za-z]{5,}")


def _rows(keyword_rows_only: bool) -> list[tuple[str, str]]:
    rows = [(row.text, row.label) for row in load("dev") if not keyword_rows_only or row.category == "keyword_variant"]
    for path in sorted(PROBES.glob("exact_*.jsonl" if keyword_rows_only else "*.jsonl")):
        rows += [(json.loads(line)["text"], json.loads(line)["label"]) for line in path.read_text("utf-8").splitlines()
                 if line.strip()]
    return rows


def _slips(text: str, seed: int) -> Iterator[tuple[str, str]]:
    words = list(_LONG_WORD.finditer(text))
    if not words:
        return
    chosen = max(words, key=lambda m: (len(m.group()), -m.start()))
    word, at = chosen.group(), random.Random(seed).randrange(1, len(chosen.group()) - 2)
    for name, typed in (("slip: letters swapped", word[:at] + word[at + 1] + word[at] + word[at + 2:]),
                        ("slip: letter left out", word[:at] + word[at + 1:]),
                        ("slip: letter typed twice", word[:at] + word[at] + word[at:])):
        yield name, text[:chosen.start()] + typed + text[chosen.end():]


def intent_rewrites(text: str, seed: int) -> Iterator[tuple[str, str]]:
    yield "lower case", text.lower()
    yield "upper case", text.upper()
    yield "no apostrophes", text.replace("'", "").replace("’", "")
    yield "no punctuation (questions excluded)", "" if "?" in text else _PUNCTUATION.sub("", text)
    yield "double spaces", text.replace(" ", "  ")
    yield "opening 'ok'", f"ok {text}"
    yield "trailing emoji", f"{text} 🙄"
    yield "trailing ', thanks'", f"{text.rstrip('.! ')}, thanks"
    yield "'u' for 'you'", re.sub(r"\byou\b", "u", text)
    yield "'2' for 'to'", re.sub(r"\bto\b", "2", text)
    yield from _slips(text, seed)


def exact_rewrites(text: str, seed: int) -> Iterator[tuple[str, str]]:
    yield "lower case", text.lower()
    yield "upper case", text.upper()
    yield "trailing emoji", f"{text} 🙄"
    yield "leading emoji", f"🙏 {text}"
    yield "trailing '!!'", f"{text.rstrip()}!!"
    yield "blanks around", f" {text}  \n"
    yield "phone footer", f"{text}\n\nSent from my iPhone"
    yield "signature", f"{text}\n-- \nDana"
    yield "quoted business text", f"{text}\n\n> Reply STOP to opt out"


def _right(expected: str, decided: Label, mode: MatchMode) -> bool:
    if expected in ("opt_out", "opt_in"):
        return decided.value == expected
    if mode is MatchMode.EXACT:
        return decided is not Label.OPT_OUT
    return decided not in (Label.OPT_OUT, Label.OPT_IN)


def check(mode: MatchMode, rewrites: Callable[[str, int], Iterator[tuple[str, str]]],
          rows: list[tuple[str, str]]) -> tuple[int, Counter, Counter, Counter]:
    rules = KeywordRules(mode=mode)
    tried, wrong, false_out = Counter(), Counter(), Counter()
    read = 0
    for seed, (text, expected) in enumerate(rows):
        if not _right(expected, rules.decide(text).label, mode):
            continue
        read += 1
        for name, rewritten in rewrites(text, seed):
            if not rewritten or rewritten == text:
                continue
            tried[name] += 1
            decided = rules.decide(rewritten).label
            if not _right(expected, decided, mode):
                wrong[name] += 1
                false_out[name] += expected not in ("opt_out", "opt_in") and decided is Label.OPT_OUT
    return read, tried, wrong, false_out


def report(mode: MatchMode, rows: list[tuple[str, str]], result: tuple[int, Counter, Counter, Counter]) -> list[str]:
    read, tried, wrong, false_out = result
    lines = [f"{mode.value}: {read} of {len(rows)} rows read right, each rewritten"]
    for name in tried:
        lines.append(f"  {name:38} {wrong[name]:5} of {tried[name]:6} read wrong ({wrong[name] / tried[name]:6.1%})"
                     f"   false opt-outs {false_out[name]}")
    total, total_wrong = sum(tried.values()), sum(wrong.values())
    lines.append(f"  {'all rewrites':38} {total_wrong:5} of {total:6} read wrong ({total_wrong / max(total, 1):6.1%})"
                 f"   false opt-outs {sum(false_out.values())}")
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mode", choices=("intent", "exact"), action="append", help="default: both")
    args = parser.parse_args(argv)
    for name in args.mode or ("intent", "exact"):
        mode = MatchMode(name)
        rows = _rows(keyword_rows_only=mode is MatchMode.EXACT)
        rewrites = intent_rewrites if mode is MatchMode.INTENT else exact_rewrites
        print("\n".join(report(mode, rows, check(mode, rewrites, rows))))


if __name__ == "__main__":
    main()
