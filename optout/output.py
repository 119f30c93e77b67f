"""What the commands print on stdout: plain tables for people, JSON for scripts."""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from typing import TextIO

from optout.deadletters import DeadLetter
from optout.dlq import Listing

DEAD_LETTER_COLUMNS = ("time (UTC)", "number", "action", "reason", "attempts", "MessageSid")


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows)]
    lines = ["  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)).rstrip()
             for row in (headers, *rows)]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def dead_letter_row(letter: DeadLetter) -> list[str]:
    data = letter.to_json()
    return [
        letter.time.strftime("%Y-%m-%d %H:%M:%S"),
        data["phone"] or "-",
        data["action"] or "-",
        letter.reason,
        "-" if letter.delivery_attempts is None else str(letter.delivery_attempts),
        data["message_sid"] or "-",
    ]


def print_listing(listing: Listing, as_json: bool, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    if as_json:
        print(json.dumps(listing.to_json(), indent=2), file=out)
        return
    if not listing.letters:
        print("The dead-letter subscription holds no matching messages.", file=out)
        return
    print(table(DEAD_LETTER_COLUMNS, [dead_letter_row(letter) for letter in listing.letters]), file=out)
    print(file=out)
    print(counts("by reason", listing.by_reason), file=out)


def counts(title: str, by_name: Mapping[str, int]) -> str:
    rows = [[name, str(count)] for name, count in sorted(by_name.items())]
    rows.append(["total", str(sum(by_name.values()))])
    return table((title, "count"), rows)
