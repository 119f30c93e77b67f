"""Which rules could match a clause at all, found without running them.

Every rule's regex is read once (with the ``re`` module's own parser) for
literals that any match of it must contain: "no me envi" for
``no me (?:envi|mand)\\w*`` is not one, but the set {"no me envi", "no me mand"}
is. One short piece (three or four letters) of each literal is indexed; a clause then names, by
the pieces it contains, the few rules worth searching, and the rest are skipped.
A rule whose regex yields no such literals (lookarounds only, classes, a single
letter) is always searched. Skipping is only ever an optimisation: a skipped
rule could not have matched, so decisions are exactly those of searching every
rule (a test holds the engine to that).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

# The parser and compiler behind ``re.compile`` (Python 3.11's names): each regex is parsed once,
# read for its literals, then compiled from that parse, so building the rules costs no second parse.
from re import _compiler as sre_compile, _constants as C, _parser as sre_parse

_MAX_STRINGS = 64  # beyond this many spellings a piece of a regex counts as open-ended
_MIN_PIECE = 3  # the shortest literal worth indexing
_PIECE = 4  # longer literals are indexed by a piece of this length (fewer clauses share one)


def compile_rule(regex: str) -> tuple[re.Pattern[str], frozenset[str] | None]:
    """The compiled regex, and one short piece of each literal every match contains (None: unknown)."""
    parsed = sre_parse.parse(regex)
    pieces = _pieces(parsed)
    return sre_compile.compile(parsed), pieces


class RuleIndex:
    """For a clause, the positions (in the given order) of the rules that could match it."""

    def __init__(self, rule_pieces: Sequence[frozenset[str] | None]) -> None:
        self._always: list[int] = []
        self._by_piece: dict[str, list[int]] = {}
        for position, pieces in enumerate(rule_pieces):
            if pieces is None:
                self._always.append(position)
            for piece in pieces or ():
                self._by_piece.setdefault(piece, []).append(position)

    def candidates(self, text: str) -> list[int]:
        found = set(self._always)
        by_piece = self._by_piece
        for size in (_MIN_PIECE, _PIECE):
            for start in range(len(text) - size + 1):
                hits = by_piece.get(text[start:start + size])
                if hits is not None:
                    found.update(hits)
        return sorted(found)


def _pieces(parsed) -> frozenset[str] | None:
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    literals = _necessary(list(parsed))
    if literals is None:
        return None
    return frozenset(_piece(literal) for literal in literals)


def _piece(literal: str) -> str:
    # Prefer a piece without spaces (rarer in text), nearest the middle of the literal.
    size = _PIECE if len(literal) >= _PIECE else _MIN_PIECE
    starts = _middle_first(len(literal) - size + 1)
    for start in starts:
        if " " not in literal[start:start + size]:
            return literal[start:start + size]
    return literal[starts[0]:starts[0] + size]


@functools.lru_cache(maxsize=None)
def _middle_first(count: int) -> tuple[int, ...]:
    return tuple(sorted(range(count), key=lambda i: abs(i - (count - 1) / 2)))


def _score(literals: Iterable[str]) -> tuple[int, int]:
    literals = list(literals)
    return min(len(s) for s in literals), -len(literals)


def _necessary(items: list) -> frozenset[str] | None:
    """Literals one of which every match of this sequence contains, or None when none are known."""
    candidates: list[frozenset[str]] = []
    run: set[str] = {""}
    for op, av in items:
        spellings = _finite(op, av)
        if spellings is not None:
            joined = {a + b for a in run for b in spellings}
            if len(joined) <= _MAX_STRINGS:
                run = joined
                continue
            candidates.append(frozenset(run))
            run = set(spellings) if len(spellings) <= _MAX_STRINGS else {""}
            continue
        candidates.append(frozenset(run))
        run = {""}
        inner = _inner(op, av)
        if inner is not None:
            candidates.append(inner)
    candidates.append(frozenset(run))
    usable = [c for c in candidates if c and min(len(s) for s in c) >= _MIN_PIECE]
    return max(usable, key=_score) if usable else None


def _inner(op, av) -> frozenset[str] | None:
    """Necessary literals of an element that has no short list of spellings."""
    if (items := _group(op, av)) is not None:
        return _necessary(items)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _necessary(list(av[2]))
    if op is C.BRANCH:
        union = _union(av[1], _necessary)
        return frozenset(union) if union is not None else None
    return None


def _group(op, av) -> list | None:
    """The items inside a group, or None for anything else."""
    if op is C.SUBPATTERN:
        return list(av[-1])
    if op is C.ATOMIC_GROUP:
        return list(av)
    return None


def _union(branches, read, most: int | None = None) -> set[str] | None:
    """Every branch's strings together; None when one branch has none known, or when more than ``most``."""
    union: set[str] = set()
    for branch in branches:
        part = read(list(branch))
        if part is None:
            return None
        union |= part
        if most is not None and len(union) > most:
            return None
    return union


def _finite(op, av) -> set[str] | None:
    """Every string this element can match, when they are few; zero-width assertions match ""."""
    if op is C.LITERAL:
        return {chr(av)}
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {""}
    if (items := _group(op, av)) is not None:
        return _finite_sequence(items)
    if op is C.BRANCH:
        return _union(av[1], _finite_sequence, _MAX_STRINGS)
    if op is C.IN:
        chars = set()
        for kind, value in av:
            if kind is not C.LITERAL:
                return None
            chars.add(chr(value))
        return chars if len(chars) <= 8 else None
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, high, item = av
        if high > 2:
            return None
        once = _finite_sequence(list(item))
        if once is None:
            return None
        out = {""} if low == 0 else set()
        if high >= 1 and low <= 1:
            out |= once
        if high == 2:
            out |= {a + b for a in once for b in once}
        return out if len(out) <= _MAX_STRINGS else None
    return None


def _finite_sequence(items: list) -> set[str] | None:
    strings: set[str] = {""}
    for op, av in items:
        spellings = _finite(op, av)
        if spellings is None:
            return None
        strings = {a + b for a in strings for b in spellings}
        if len(strings) > _MAX_STRINGS:
            return None
    return strings
