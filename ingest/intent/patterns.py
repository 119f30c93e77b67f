"""Named patterns as data: what a rule looks like, and the shorthands its regex may use.

A pattern is matched against one clause of prepared text (``ingest.intent.text``):
folded, accents removed, contractions joined (``dont``, ``im``), words separated
by single spaces. ``{NAME}`` in a regex is replaced by the shorthand ``MACROS[NAME]``.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field


class Effect(str, enum.Enum):
    OPT_OUT = "opt_out"
    OPT_IN = "opt_in"
    HELP = "help"
    KEEP = "keep"  # the sender wants the texts to go on: cancels opt-outs that do not name the texts
    SPAN_GUARD = "span_guard"  # another sense of the words: cancels opt-outs it overlaps
    CLAUSE_GUARD = "clause_guard"  # a mention or a question about a keyword: cancels the clause's opt-outs


MACROS = {
    # What people call the messages.
    "MSGS": r"(?:texts?|text messages?|messages?|msgs?|txts?|sms|smss|notifications?|notifs?|alerts?|promos?|"
            r"promotions?|promotional \w+|offers?|ads|adverts?|advertisements?|advertising|marketing|spam|"
            r"reminders?|updates?|deals|coupons?|newsletters?|blasts?|junk|crap|shit|garbage|nonsense|bs|communications?|"
            r"correspondence|contact)",
    # Verbs for sending texts (calls are another channel: "stop calling" is not an opt-out).
    "SEND": r"(?:text|texting|texted|txt|txting|message|messaging|msg|msging|send|sending|sent|contact|contacting|"
            r"spam|spamming|solicit|soliciting|bother|bothering|harass|harassing|hassle|hassling|pester|pestering|blow(?:ing)? up|"
            r"hit(?:ting)? me up|sms|reach(?:ing)? out|write|writing|ping|pinging|blast|blasting|remind|reminding|notify|notifying|"
            r"bug|bugging|annoy|annoying|nag|nagging|hound|hounding|hit(?:ting)? (?:up )?my (?:phone|line|cell|number))",
    "ME": r"(?:me|us|my (?:number|phone|cell|mobile|line)|this (?:number|phone|line)|my family|my son|my daughter)",
    "DET": r"(?:the|these|those|this|your|ur|all|any|all the|all these|all your|all of (?:the|these|your)|my|such|"
           r"every|more|further|stupid|damn|fucking|freaking|annoying)",
    "MISTAKE": r"(?:by mistake|by accident|accidentally|accidently|on accident|in error|mistakenly|sem querer|por engano|"
               r"por error|sin querer|por equivocacion|par erreur|par accident|aus versehen|versehentlich|per sbaglio|"
               r"per errore)",
    "PLEASE": r"(?:please|pls|plz|kindly|just|now|immediately|already|asap|right now|for real|seriously)",
    # The sender's number given to the business ("I gave my number at the register"): a rule and a signal read it.
    "GAVENUMBER": r"(?:gave|give|given|provided|shared|left|entered|put)\w* (?:you |them |yall )?(?:my|this|the) "
                  r"(?:number|phone number|cell|cell number|mobile)",
    "NEG": r"(?:dont|do not|didnt|did not|never|not|cant|cannot|wont|will not|wouldnt|shouldnt|doesnt|isnt|"
           r"no need to|n|ne|non|nao|nicht|nunca|jamais|mai)",
}
_MACRO = re.compile(r"\{([A-Z]+)\}")


@dataclass(frozen=True)
class Pattern:
    name: str
    effect: Effect
    regex: str
    # False for patterns that carry their own negation ("don't text me", "never signed up").
    negatable: bool = True
    examples: tuple[str, ...] = field(default=(), compare=False)

    def compiled(self) -> re.Pattern[str]:
        return re.compile(expand(self.regex))


def expand(regex: str) -> str:
    return _MACRO.sub(lambda m: MACROS[m.group(1)], regex)


def out(name: str, regex: str, *examples: str, negatable: bool = True) -> Pattern:
    return Pattern(name, Effect.OPT_OUT, regex, negatable, examples)


def opt_in(name: str, regex: str, *examples: str, negatable: bool = True) -> Pattern:
    return Pattern(name, Effect.OPT_IN, regex, negatable, examples)


def keep(name: str, regex: str, *examples: str) -> Pattern:
    return Pattern(name, Effect.KEEP, regex, True, examples)


def help_request(name: str, regex: str, *examples: str) -> Pattern:
    return Pattern(name, Effect.HELP, regex, True, examples)


def sense(name: str, regex: str, *examples: str) -> Pattern:
    return Pattern(name, Effect.SPAN_GUARD, regex, False, examples)


def mention(name: str, regex: str, *examples: str) -> Pattern:
    return Pattern(name, Effect.CLAUSE_GUARD, regex, False, examples)
