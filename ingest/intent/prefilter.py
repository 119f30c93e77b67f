"""Which rules could match a clause at all, found without running them.

Every rule's regex is read once (with the ``re`` module's own parser) for
literals that any match of it must contain: "no me envi" for
``no me (?:envi|mand)\\w*`` is not one, but the set {"no me envi", "no me mand"}
is. One short piece of each literal is indexed: the piece fewest other rules'
literals share (a piece of "stop" would name half the rules to every clause
that says stop). A clause then names, by the pieces it contains, the few rules
worth searching, and the rest are skipped. A rule whose regex yields no such
literals (lookarounds only, classes, a single Latin letter) is always searched.
Skipping is only ever an optimisation: a skipped rule could not have matched, so
decisions are exactly those of searching every rule (a test holds the engine to that).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

# The parser and compiler behind ``re.compile`` (Python 3.11's names): each regex is parsed once,
# read for its literals, then compiled from that parse, so building the rules costs no second parse.
from re import _compiler as sre_compile, _constants as C, _parser as sre_parse

_MAX_STRINGS = 64  # beyond this many spellings a piece of a regex counts as open-ended
_MIN_PIECE = 3  # the shortest Latin literal worth indexing; a CJK literal of one or two characters is rare enough
_SIZES = (3, 6)  # piece lengths: a literal of six letters or more is indexed by six of them (rarer in text)


def compile_rule(regex: str) -> tuple[re.Pattern[str], frozenset[str] | None]:
    """The compiled regex, and literals one of which every match contains (None: unknown)."""
    parsed = sre_parse.parse(regex)
    literals = None if parsed.state.flags & (re.IGNORECASE | re.VERBOSE) else _necessary(list(parsed))
    return sre_compile.compile(parsed), literals


class RuleIndex:
    """For a clause, the positions (in the given order) of the rules that could match it."""

    def __init__(self, rule_literals: Sequence[frozenset[str] | None]) -> None:
        self._always: list[int] = []
        self._by_piece: dict[str, list[int]] = {}
        choices = {lit: _choices(lit) for literals in rule_literals for lit in literals or ()}
        shared = Counter(p for literals in rule_literals for p in {p for lit in literals or () for p in choices[lit]})
        for position, literals in enumerate(rule_literals):
            if literals is None:
                self._always.append(position)
            for piece in sorted({_rarest(choices[literal], shared) for literal in literals or ()}):
                self._by_piece.setdefault(piece, []).append(position)

    def pieces(self, position: int) -> frozenset[str]:
        return frozenset(piece for piece, positions in self._by_piece.items() if position in positions)

    def candidates(self, text: str) -> list[int]:
        found = set(self._always)
        by_piece = self._by_piece
        for size in _SIZES:
            for start in range(len(text) - size + 1):
                hits = by_piece.get(text[start:start + size])
                if hits is not None:
                    found.update(hits)
        if not text.isascii():
            for char in set(text):
                if not char.isascii() and (hits := by_piece.get(char)) is not None:
                    found.update(hits)
        return sorted(found)


def _choices(literal: str) -> list[str]:
    """The pieces a literal may be indexed by: its substrings of the longest size that fits, or for a short CJK (or
    other non-Latin) literal, its non-ASCII characters."""
    if len(literal) < _MIN_PIECE:
        return [char for char in literal if not char.isascii()]
    size = _SIZES[-1] if len(literal) >= _SIZES[-1] else _SIZES[0]
    return [literal[start:start + size] for start in range(len(literal) - size + 1)]


def _rarest(choices: list[str], shared: Counter[str]) -> str:
    # Fewest rules sharing it, then without a space (rarer in text), then nearest the middle.
    middle = (len(choices) - 1) / 2
    return min((shared[p], " " in p, abs(i - middle), p) for i, p in enumerate(choices))[-1]


def _indexable(literal: str) -> bool:
    return len(literal) >= _MIN_PIECE or not literal.isascii()


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
        if (once := _one_of_many(op, av)) is not None:
            # "ar+et": the first copy ends the run before it ("ar"), the last begins the run after it ("ret").
            first = {a + b for a in run for b in once}
            candidates.append(frozenset(first) if len(first) <= _MAX_STRINGS else frozenset(run))
            run = set(once)
            continue
        candidates.append(frozenset(run))
        run = {""}
        inner = _inner(op, av)
        if inner is not None:
            candidates.append(inner)
    candidates.append(frozenset(run))
    usable = [c for c in candidates if c and all(_indexable(s) for s in c)]
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


def _one_of_many(op, av) -> set[str] | None:
    """The spellings of one copy of an element repeated at least once and without a small bound ("r+")."""
    if op not in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) or av[0] < 1:
        return None
    once = _finite_sequence(list(av[2]))
    return once if once is not None and "" not in once else None


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
