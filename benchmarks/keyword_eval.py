"""``make eval``: every KEYWORD_MATCH mode scored on the labelled reply corpus, both parts.

For exact, contains and intent on ``dev.jsonl`` (the part rules are tuned on) and
``test.jsonl`` (held back: never used for tuning): precision, recall and F1 on
opt_out, the false opt-out rate on hard negatives, recall per category, the 4x4
confusion matrix and the ids of the misclassified rows. Only ids are printed,
never message text.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from ingest.keywords import KeywordRules, Label, MatchMode

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "replies"
PARTS = ("dev", "test")
LABELS = tuple(label.value for label in Label)  # opt_out, opt_in, help, other
HARD_NEGATIVE = "hard_negative"


@dataclass(frozen=True)
class Row:
    id: str
    text: str
    label: str
    category: str
    lang: str


def load(part: str, corpus: Path = CORPUS) -> list[Row]:
    path = corpus / f"{part}.jsonl"
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            data = json.loads(line)
            rows.append(Row(data["id"], data["text"], data["label"], data["category"], data.get("lang", "")))
    return rows


@dataclass
class Score:
    rows: int
    precision: float
    recall: float
    f1: float
    hard_negatives: int
    false_opt_outs_on_hard_negatives: int
    opt_in_or_help_as_opt_out: int
    recall_by_category: dict[str, tuple[int, int]]  # category -> (right, rows)
    confusion: dict[str, Counter]  # expected -> predicted counts
    misclassified: list[tuple[str, str, str, str]]  # id, expected, predicted, rule


def score(rules: KeywordRules, rows: list[Row]) -> Score:
    confusion: dict[str, Counter] = {label: Counter() for label in LABELS}
    by_category: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misclassified = []
    for row in rows:
        decision = rules.decide(row.text)
        predicted = decision.label.value
        confusion[row.label][predicted] += 1
        by_category[row.category][1] += 1
        if predicted == row.label:
            by_category[row.category][0] += 1
        else:
            misclassified.append((row.id, row.label, predicted, decision.rule))
    true_positive = confusion["opt_out"]["opt_out"]
    predicted_out = sum(confusion[label]["opt_out"] for label in LABELS)
    actual_out = sum(confusion["opt_out"].values())
    precision = true_positive / predicted_out if predicted_out else 1.0
    recall = true_positive / actual_out if actual_out else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    hard = [row for row in rows if row.category == HARD_NEGATIVE and row.label != "opt_out"]
    hard_ids = {row.id for row in hard}
    false_hard = sum(1 for m in misclassified if m[0] in hard_ids and m[2] == "opt_out")
    return Score(
        rows=len(rows), precision=precision, recall=recall, f1=f1, hard_negatives=len(hard),
        false_opt_outs_on_hard_negatives=false_hard,
        opt_in_or_help_as_opt_out=confusion["opt_in"]["opt_out"] + confusion["help"]["opt_out"],
        recall_by_category={c: (v[0], v[1]) for c, v in sorted(by_category.items())},
        confusion=confusion, misclassified=misclassified,
    )


def report(mode: MatchMode, part: str, result: Score, show_rules: bool) -> list[str]:
    rate = result.false_opt_outs_on_hard_negatives / result.hard_negatives if result.hard_negatives else 0.0
    lines = [
        f"== {mode.value} on {part} ({result.rows} rows)",
        f"opt_out precision {result.precision:.3f}  recall {result.recall:.3f}  F1 {result.f1:.3f}",
        f"false opt-outs on hard negatives {result.false_opt_outs_on_hard_negatives}/{result.hard_negatives}"
        f" = {rate:.3f}   opt_in/help read as opt_out: {result.opt_in_or_help_as_opt_out}",
        "accuracy by category: " + "  ".join(
            f"{c} {right / n:.3f} ({right}/{n})" for c, (right, n) in result.recall_by_category.items()),
        "confusion (rows expected, columns predicted):",
        "  " + " " * 9 + "".join(f"{label:>9}" for label in LABELS),
    ]
    for expected in LABELS:
        lines.append(f"  {expected:<9}" + "".join(f"{result.confusion[expected][p]:>9}" for p in LABELS))
    wrong = [f"{i}({e}->{p}{':' + r if show_rules else ''})" for i, e, p, r in result.misclassified]
    lines.append(f"misclassified ({len(wrong)}): " + (" ".join(wrong) if wrong else "none"))
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--part", choices=(*PARTS, "both"), action="append", help="dev, test or both (the default)")
    parser.add_argument("--mode", choices=[m.value for m in MatchMode], action="append", help="default: all three")
    parser.add_argument("--rules", action="store_true", help="print the rule that decided each misclassified row")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args(argv)
    parts = [p for part in (args.part or ["both"]) for p in (PARTS if part == "both" else (part,))]
    for part in dict.fromkeys(parts):
        rows = load(part, args.corpus)
        for mode in args.mode or [m.value for m in MatchMode]:
            rules = KeywordRules(mode=MatchMode(mode))
            print("\n".join(report(MatchMode(mode), part, score(rules, rows), args.rules)) + "\n", flush=True)


if __name__ == "__main__":
    main()
