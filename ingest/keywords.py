"""Which inbound messages are opt-outs or opt-ins: the keyword lists and the matching rules.

The one source of truth for the default keyword lists and for how a message is
compared with them. Text is NFKC-normalised (so full-width ``ＳＴＯＰ`` is STOP),
case-folded and split into words; punctuation, symbols and whitespace only
separate words.

- ``exact``: the whole message is the keyword, whatever separates its words:
  ``" Stop! "`` is STOP, and ``"stop all"``, ``"Opt-Out"`` are STOPALL, OPTOUT.
- ``contains``: the keyword's words appear together in the message as whole
  words (``"please stop"`` is STOP; ``"weekend"`` is not END); a multi-word
  keyword such as ``OPT OUT`` also matches its words written as one
  (``"please optout"``).

When a message holds both kinds, opt-out wins: a person who wrote STOP
anywhere must not keep receiving texts.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from common.errors import ConfigError
from common.event import MAX_KEYWORD_LENGTH, Action

DEFAULT_OPT_OUT = ("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT")
DEFAULT_OPT_IN = ("START", "UNSTOP", "YES")

# Twilio Advanced Opt-Out's verdict, sent as the ``OptOutType`` parameter.
OPT_OUT_TYPE_ACTIONS: Mapping[str, Action | None] = {
    "STOP": Action.OPT_OUT,
    "START": Action.OPT_IN,
    "HELP": None,
}

_WORD = re.compile(r"[^\W_]+")


class MatchMode(str, enum.Enum):
    EXACT = "exact"
    CONTAINS = "contains"


@dataclass(frozen=True)
class Match:
    action: Action
    keyword: str


@dataclass(frozen=True)
class _Keyword:
    name: str
    action: Action
    forms: tuple[tuple[str, ...], ...]


def words(text: str) -> tuple[str, ...]:
    """The message as case-folded words, after NFKC normalisation."""
    return tuple(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def _forms(keyword: str) -> tuple[tuple[str, ...], ...]:
    split = words(keyword)
    joined = ("".join(split),)
    return (split,) if len(split) == 1 else (split, joined)


@dataclass(frozen=True)
class KeywordRules:
    opt_out: tuple[str, ...] = DEFAULT_OPT_OUT
    opt_in: tuple[str, ...] = DEFAULT_OPT_IN
    mode: MatchMode = MatchMode.EXACT

    def __post_init__(self) -> None:
        if not self.opt_out:
            raise ConfigError("OPT_OUT_KEYWORDS must name at least one keyword")
        for keyword in (*self.opt_out, *self.opt_in):
            if not words(keyword) or len(keyword) > MAX_KEYWORD_LENGTH or not keyword.isprintable():
                raise ConfigError(f"keyword {keyword!r} has no letters or digits, is too long or not printable")
        both = {words(k) for k in self.opt_out} & {words(k) for k in self.opt_in}
        if both:
            raise ConfigError(f"keywords in both OPT_OUT_KEYWORDS and OPT_IN_KEYWORDS: {sorted(both)}")
        # Opt-out first: it wins when a message matches both kinds.
        keywords = [_Keyword(k, Action.OPT_OUT, _forms(k)) for k in self.opt_out]
        keywords += [_Keyword(k, Action.OPT_IN, _forms(k)) for k in self.opt_in]
        object.__setattr__(self, "_keywords", tuple(keywords))

    def classify(self, body: str, opt_out_type: str | None = None) -> Match | None:
        """The action a message asks for, or None when it is no keyword."""
        if opt_out_type:
            return self._from_opt_out_type(body, opt_out_type)
        message = words(body)
        if not message:
            return None
        for keyword in self._keywords:
            if any(self._matches(message, form) for form in keyword.forms):
                return Match(keyword.action, keyword.name)
        return None

    def _matches(self, message: tuple[str, ...], form: tuple[str, ...]) -> bool:
        if self.mode is MatchMode.EXACT:
            return "".join(message) == "".join(form)
        width = len(form)
        return any(message[i : i + width] == form for i in range(len(message) - width + 1))

    def _from_opt_out_type(self, body: str, opt_out_type: str) -> Match | None:
        verdict = opt_out_type.strip().upper()
        action = OPT_OUT_TYPE_ACTIONS.get(verdict)
        if action is None or (action is Action.OPT_IN and not self.opt_in):
            return None
        # The keyword is Twilio's verdict (STOP/START), never the message text: Advanced
        # Opt-Out may use keywords of its own, and the text is the sender's to keep.
        return Match(action, verdict)


def parse_list(value: str) -> tuple[str, ...]:
    return tuple(part.strip().upper() for part in value.split(",") if part.strip())


def rules_from_env(env: Mapping[str, str]) -> KeywordRules:
    mode_name = (env.get("KEYWORD_MATCH") or MatchMode.EXACT.value).strip().lower()
    try:
        mode = MatchMode(mode_name)
    except ValueError as exc:
        raise ConfigError("KEYWORD_MATCH must be 'exact' or 'contains'") from exc
    return KeywordRules(
        opt_out=_list_or_default(env, "OPT_OUT_KEYWORDS", DEFAULT_OPT_OUT),
        opt_in=_list_or_default(env, "OPT_IN_KEYWORDS", DEFAULT_OPT_IN),
        mode=mode,
    )


def _list_or_default(env: Mapping[str, str], name: str, default: Iterable[str]) -> tuple[str, ...]:
    # Unset means the default; set but empty means none (how opt-in is disabled).
    return tuple(default) if name not in env else parse_list(env[name])
