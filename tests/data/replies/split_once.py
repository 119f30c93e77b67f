"""Merge hand-written batches into the corpus, assigning each new row to dev or test once.

A batch is a UTF-8 text file, one row per line, four fields split at the first three
``|`` (so the text itself may contain ``|``):

    label|category|lang|text

label is one of out / in / help / other (or the full label name), category one of
kw / ph / hn / ml / nz (or the full name).  In ``text`` the escapes ``\\n``, ``\\t``,
``\\\\`` and ``\\uXXXX`` / ``\\UXXXXXXXX`` stand for the characters they name, so
invisible characters stay visible in the batch.  Lines starting with ``#`` and blank
lines are skipped.

Each new row gets the next free id (r0001, r0002, ...) and goes to a part chosen by a
keyed hash of that id: about 60 % dev, 40 % test.  Rows already in dev.jsonl or
test.jsonl are never moved or rewritten; the script only appends.

    python3 tests/data/replies/split_once.py incoming/b01.tsv [more.tsv ...]
    python3 tests/data/replies/split_once.py            # validate and print counts only
"""
from __future__ import annotations

import collections
import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PARTS = {"dev": HERE / "dev.jsonl", "test": HERE / "test.jsonl"}
SPLIT_KEY = b"twilio-optout replies split v1"
DEV_SHARE = 0.6

LABELS = {"out": "opt_out", "in": "opt_in", "help": "help", "other": "other"}
CATEGORIES = {
    "kw": "keyword_variant",
    "ph": "phrase",
    "hn": "hard_negative",
    "ml": "multilingual",
    "nz": "noise",
}
# "und" marks rows with no language (emoji, digits, gibberish).
NON_LANGUAGE = {"en", "und"}
FIELDS = ("id", "text", "label", "category", "lang")

_ESCAPE = re.compile(r"\\(n|t|\\|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})")


def _unescape(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        code = m.group(1)
        if code == "n":
            return "\n"
        if code == "t":
            return "\t"
        if code == "\\":
            return "\\"
        return chr(int(code[1:], 16))

    return _ESCAPE.sub(one, text)


def part_of(row_id: str) -> str:
    digest = hashlib.sha256(SPLIT_KEY + row_id.encode()).digest()
    return "dev" if int.from_bytes(digest[:8], "big") / 2**64 < DEV_SHARE else "test"


def load() -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {}
    for name, path in PARTS.items():
        rows[name] = []
        if path.exists():
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if line.strip():
                    try:
                        rows[name].append(json.loads(line))
                    except json.JSONDecodeError as exc:
                        sys.exit(f"{path.name}:{n}: invalid JSON: {exc}")
    return rows


def check_row(row: dict, where: str) -> list[str]:
    problems = []
    if tuple(row) != FIELDS:
        problems.append(f"{where}: fields must be {FIELDS}, got {tuple(row)}")
    if row.get("label") not in LABELS.values():
        problems.append(f"{where}: bad label {row.get('label')!r}")
    if row.get("category") not in CATEGORIES.values():
        problems.append(f"{where}: bad category {row.get('category')!r}")
    lang = row.get("lang", "")
    if not re.fullmatch(r"[a-z]{2,3}", lang):
        problems.append(f"{where}: bad lang {lang!r}")
    if (lang not in NON_LANGUAGE) != (row.get("category") == "multilingual"):
        problems.append(f"{where}: category multilingual iff lang is a language other than en")
    if row.get("category") == "hard_negative" and row.get("label") not in ("other", "help"):
        problems.append(f"{where}: hard negatives are labelled other or help")
    if not isinstance(row.get("text"), str) or not row["text"].strip():
        problems.append(f"{where}: empty text")
    return problems


def validate(rows: dict[str, list[dict]]) -> None:
    problems = []
    seen_ids: set[str] = set()
    seen_texts: dict[str, str] = {}
    for name, part_rows in rows.items():
        for row in part_rows:
            where = f"{name}:{row.get('id')}"
            problems += check_row(row, where)
            if row.get("id") in seen_ids:
                problems.append(f"{where}: duplicate id")
            seen_ids.add(row.get("id"))
            if part_of(row.get("id", "")) != name:
                problems.append(f"{where}: row is in the wrong part")
            text = row.get("text", "")
            if text in seen_texts:
                problems.append(f"{where}: same text as {seen_texts[text]}")
            seen_texts[text] = where
    if problems:
        sys.exit("\n".join(problems))


def read_batch(path: Path) -> list[tuple[str, str, str, str]]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("|", 3)
        if len(fields) != 4:
            sys.exit(f"{path}:{n}: expected label|category|lang|text, got {line!r}")
        label, category, lang, text = fields
        label = LABELS.get(label, label)
        category = CATEGORIES.get(category, category)
        out.append((label, category, lang, _unescape(text)))
    return out


def merge(rows: dict[str, list[dict]], batches: list[Path]) -> int:
    ids = [int(r["id"][1:]) for part_rows in rows.values() for r in part_rows]
    next_id = max(ids, default=0) + 1
    added = 0
    for batch in batches:
        for label, category, lang, text in read_batch(batch):
            row_id = f"r{next_id:04d}"
            next_id += 1
            row = {"id": row_id, "text": text, "label": label, "category": category, "lang": lang}
            rows[part_of(row_id)].append(row)
            added += 1
    return added


def report(rows: dict[str, list[dict]]) -> None:
    everything = [r for part_rows in rows.values() for r in part_rows]
    print(f"rows: {len(everything)} (" + ", ".join(f"{k} {len(v)}" for k, v in rows.items()) + ")")
    for field in ("label", "category", "lang"):
        print(f"\nper {field}:      all   dev  test")
        counts = {k: collections.Counter(r[field] for r in v) for k, v in rows.items()}
        total = collections.Counter(r[field] for r in everything)
        for value, n in total.most_common():
            print(f"  {value:<16}{n:>5}{counts['dev'][value]:>6}{counts['test'][value]:>6}")
    print("\nlabel x category:")
    pairs = collections.Counter((r["category"], r["label"]) for r in everything)
    for (category, label), n in sorted(pairs.items()):
        print(f"  {category:<16}{label:<9}{n:>5}")


def main(argv: list[str]) -> None:
    rows = load()
    validate(rows)
    if argv:
        added = merge(rows, [Path(a) for a in argv])
        validate(rows)
        for name, path in PARTS.items():
            with path.open("w", encoding="utf-8") as fh:
                for row in rows[name]:
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"added {added} rows")
    report(rows)


if __name__ == "__main__":
    main(sys.argv[1:])
