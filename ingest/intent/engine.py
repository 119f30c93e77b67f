"""The intent engine: exact keywords first, then keyword sentences and named patterns, clause by clause.

Order of decision for one message:
1. the exact keyword rules (``keyword:STOP``), except that a bare YES is no opt-in here;
2. a tapback or reaction quoting a message is nothing (``quoted:tapback``), unless the sender typed a reply after
   the quote, which is then decided on its own (``after-tapback:keyword:STOP``); a quote of someone else's words is
   nothing (``mention:attributed-quote``, ``mention:reported-quote``);
3. an explicit opt-in request that is not negated, taken back ("jk, stop"), answered no or only about another kind of
   message ("stop the promos, start sending the reminders") wins (``phrase:by-mistake``, ``sentence:START``);
4. an opt-out request wins when no other sense, mention or negation cancels it
   (``phrase:remove-me``, ``sentence:BAJA``);
5. HELP alone in a clause is HELP, unless taken back ("nvm found it");
6. otherwise nothing, naming what cancelled a match if something did (``negated:stop-sending``,
   ``sense:cancel-booking``, ``mention:keyword-question``), else ``none``.

Besides the lexicon's named patterns, the engine reads constructions whatever their words (``CONSTRUCTIONS`` below, and the
message-level signals of ``signals.py``): a sign-up made by mistake, a run-on reason before a bare STOP, a death beside a booking,
a bare "Stop!" meaning wait, second thoughts after "but", wishes against stopping, double negatives, threats and
suppositions, a pasted business text that says what its keyword does.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ingest import keywords as kw
from ingest.intent import signals as sig
from ingest.intent.lexicon import PATTERNS
from ingest.intent.patterns import Effect, expand, out, sense
from ingest.intent.prefilter import RuleIndex, compile_rule
from ingest.intent.spelling import Speller
from ingest.intent.text import ABBREVIATIONS, Clause, prepare, read_text_speak
from ingest.normalize import fold, semantic_text, words

if TYPE_CHECKING:
    from ingest.keywords import KeywordRules



# Constructions that carry a request in any wording the lexicon knows the verbs of: a negated send with "anymore", and a
# negated "keep on" / "continue" sending, in English and the Romance languages. Named "construction:...".
_SEND_VERB = r"(?:text|txt|message|msg|send|contact|spam|bother|harass|write|sms|ping|blast)"
# What may follow the verb: the sender, then these texts, nothing else ("don't send the package again" is about goods).
_TEXTS_OBJECT = (r"(?: (?:me|us|this number|my number|my phone|mi|me|m|nos|ci))?(?: (?:these|those|them|this|that|anything|any|stuff|such|"
                 r"des|de|las|los|le|les|i|os|as|di|le|{DET}))?(?: (?:{MSGS}|texts?|text messages|stuff|things|mensajes|messaggi|"
                 r"mensagens|sms|nachrichten|ofertas|offerte|promociones|promocoes|pubblicita|publicidad|notificaciones))?")
_GOING_ON_SENDING = (r"(?:(?:keep|keeps|continue|continuing) (?:on )?(?:texting|messaging|sending|contacting|spamming|bothering|pinging|"
                     r"writing|blasting)|continue to (?:text|send|message|contact|spam|write)|"
                     r"(?:continu\w*|sig(?:an|as|a|uen|ue|ais)|seguit\w*) (?:pas )?(?:(?:a|de|di|em|me|mi|m|nos|ci) ){0,2}"
                     r"(?:escrib|mand|envi|contact|scriv|invi|contatt|ecri|envoy|escrev|mensag|messag|texte)\w*)")
CONSTRUCTIONS = (
    out("construction:no-longer-send", r"(?<!you )(?<!u )(?<!they )(?<!yall )(?<!he )(?<!she )(?<!it )"
        r"\b(?:dont|do not|never)(?: ever)? " + _SEND_VERB + r"\w*" + _TEXTS_OBJECT +
        r" (?:anymore|any more|again|ever again)\b", "don't send these anymore", negatable=False),
    out("construction:not-going-on", r"\b(?:dont|do not|never|no|non|nao|ne|no need to|(?:you|u|yall) (?:dont|do not) (?:need|have) to|"
        r"theres no need to|there is no need to|no reason to)\b (?:(?:me|te|le|lo|la|nos|ne|je|really|just|i|we) )?"
        r"(?:(?:quiero|queremos|quisiera|voglio|vogliamo|vorrei|quero|veux|voulons|voudrais|souhaite|want|wish)(?: pas)? "
        r"(?:que|che|q|you to|u to|them to) (?:(?:vous|voces|ustedes|voi|ellos|me|mi|m|nos|ci|te) ){0,2})?" + _GOING_ON_SENDING
        + _TEXTS_OBJECT + r"(?: (?:please|pls|anymore|any more|every day|all the time|so much|so often|constantly|mas|piu|plus|mais|"
        r"mehr|por favor|per favore|svp|por favor))*$",
        "non voglio che continuiate a scrivermi", "don't keep texting me", negatable=False),
    # Someone wished not to be texting the sender: the clause ends there, or with "anymore" and courtesy ("I don't want
    # you texting me anymore"), never with a thing sent ("I don't want you texting me the codes").
    out("construction:not-wanted-sending", r"\b(?:dont|do not|no longer|never) (?:really |even )?(?:want|wish|need) (?:you|u|yall|you guys|"
        r"your company|anyone|anybody|them|people) (?:guys )?(?:to keep |keep |to be )?(?:texting|messaging|contacting|sending|txting|"
        r"spamming|bothering|writing|pinging|blowing up)(?: (?:me|us|this number|my number|my phone|my cell))?(?: (?:anymore|any more|"
        r"again|ever again|at all|please|pls|thanks|period|ok|okay))*$", "I don't want you texting me anymore", negatable=False),
    # Sending a thing, not texts, in es/pt/it/fr ("no quiero que sigan mandando el paquete a la dirección vieja").
    sense("construction:send-goods", r"\b(?:mand|envi|invi|envoy|spedi|spedisc)\w* (?:(?:me|mi|m|nos|ci|le|lui) )?(?:el|la|los|las|o|a|os|as|"
          r"il|lo|gli|le|les|un|una|um|uma|un|une|mi|mis|meu|minha|mio|mia|mon|ma|mes) (?:\w+ )?(?:paquetes?|pedidos?|productos?|"
          r"pacotes?|encomendas?|produtos?|pacchi|pacco|ordini|ordine|prodotti|prodotto|colis|commandes?|produits?|facturas?|faturas?|"
          r"fatture|fattura|factures?|caja|cajas|caixa|caixas|scatola|carton|cartons)\b",
          "no quiero que sigan mandando el paquete a la dirección vieja"),
)


@dataclass(frozen=True)
class _Rule:
    name: str
    effect: Effect
    regex: re.Pattern[str]
    negatable: bool


@dataclass(frozen=True)
class _Hit:
    effect: Effect
    rule: str
    start: int
    end: int
    names_texts: bool = False
    pronoun: str = ""  # the last word of the match when it is a pronoun ("I don't need it")


@functools.cache
def _speller() -> Speller:
    """The words every rule and signal spells out, once per process."""
    signals = [v.pattern if isinstance(v, re.Pattern) else " ".join(v) for v in vars(sig).values()
               if isinstance(v, re.Pattern) or (isinstance(v, frozenset) and all(isinstance(w, str) for w in v))]
    patterns = (*PATTERNS, *CONSTRUCTIONS)
    return Speller([*(expand(p.regex) for p in patterns), *signals],
                   [*(fold(example) for p in patterns for example in p.examples), *ABBREVIATIONS, *ABBREVIATIONS.values()],
                   sig.NEGATORS, [expand(p.regex) for p in patterns if ":" not in p.name])


@functools.cache
def _compiled_rules() -> tuple[tuple[_Rule, ...], RuleIndex]:
    """The named patterns compiled and indexed, once per process (they do not depend on the settings)."""
    patterns = (*PATTERNS, *CONSTRUCTIONS)
    built = [compile_rule(expand(p.regex)) for p in patterns]
    rules = tuple(_Rule(p.name, p.effect, regex, p.negatable) for p, (regex, _) in zip(patterns, built))
    return rules, RuleIndex([literals for _, literals in built])


class IntentClassifier:
    def __init__(self, rules: KeywordRules) -> None:
        self._rules = rules
        # Exact mode's reading of the same keywords: whatever it opts out, intent does too when no rule says otherwise.
        self._exact = dataclasses.replace(rules, mode=kw.MatchMode.EXACT)
        self._compiled, self._index = _compiled_rules()
        self._speller = _speller()  # built with the rules, not at the first message
        opt_out = (*rules.opt_out, *kw.INTENT_EXTRA_OPT_OUT, *(w for ws in kw.INTENT_OPT_OUT_WORDS.values() for w in ws))
        opt_in = (*(k for k in rules.opt_in if k not in kw.INTENT_IGNORED_OPT_IN), *kw.INTENT_EXTRA_OPT_IN,
                  *(w for ws in kw.INTENT_OPT_IN_WORDS.values() for w in ws))
        self._sentences = {
            Effect.OPT_OUT: _vocabulary(opt_out),
            Effect.OPT_IN: _vocabulary(opt_in),
            Effect.HELP: _vocabulary((*kw.HELP_KEYWORDS, *kw.INTENT_HELP_WORDS)),
        }
        self._protected = frozenset(w for vocab in self._sentences.values() for form in vocab for w in _plain(form))

    def classify(self, body: str) -> kw.Decision:
        exact = self._rules.keyword_decision(body, kw.MatchMode.EXACT, ignore=kw.INTENT_IGNORED_OPT_IN)
        if exact.label is not kw.Label.OTHER or exact.rule == "empty":
            return exact
        text = semantic_text(body, self._protected)
        folded = read_text_speak(self._speller.correct(fold(text)))  # the signals read "meant 2 send" too
        if tapback := sig.TAPBACK.match(folded):
            # What the sender typed below the quoted message ("Liked “Your order shipped”\nSTOP") is their reply.
            opening = sig.QUOTE_START.search(text)
            closing = text.find(sig.CLOSING_QUOTE[opening.group()], opening.end()) if opening else -1
            reply = text[closing + 1:] if closing >= 0 else ""
            if not sig.WORD.search(reply):
                return kw.Decision(kw.Label.OTHER, "quoted:tapback", by_keyword=False)
            decision = self.classify(reply)
            if decision.label is kw.Label.OTHER:
                return decision
            return kw.Decision(decision.label, f"after-tapback:{decision.rule}", decision.keyword, by_keyword=False)
        if any(_not_this_person(line) for line in text.splitlines()):
            return self._decision(kw.Label.OPT_OUT, "phrase:not-this-person")
        clauses = prepare(text, folded)
        if sig.ATTRIBUTED.match(folded):
            # '"stop texting me" - my teenager, every day': someone else's words, quoted.
            return kw.Decision(kw.Label.OTHER, "mention:attributed-quote", by_keyword=False)
        if ('"' in folded or "“" in folded) and _only_reported(folded):
            return kw.Decision(kw.Label.OTHER, "mention:reported-quote", by_keyword=False)
        message_words = {w for clause in clauses for w in clause.text.split()}
        laughing = sig.LAUGH.search(folded) is not None
        if laughing and ("lol" in folded or "haha" in folded or "lmao" in folded or "j" in folded):
            laughing = sig.LAUGH.search(sig.LAUGHING_NO.sub(" ", folded)) is not None
        if laughing and sig.IN_EARNEST.search(folded):
            laughing = False
        own_mistake = bool(sig.OWN_MISTAKE.search(folded))
        keyword_slip = bool(sig.KEYWORD_SLIP.search(folded))
        just_asking = bool(sig.JUST_ASKING.search(folded))
        resolved = any(sig.RESOLVED.match(clause.text) for clause in clauses)
        all_text = " ".join(clause.text for clause in clauses)
        # A reason to miss a visit or drop an order tells what a bare CANCEL is about, when the message says nothing of the texts.
        booked = sig.CANCEL_REASON.search(all_text) is not None and sig.TEXTS.search(all_text) is None
        # A business text pasted with the reply defines its keywords ("Txt END to quit\nEND", "Reply CANCEL to cancel your
        # appointment\nCANCEL"): what the keyword was said to do decides what it asks.
        defined = {m.group(1): not sig.NOT_TEXTS_PURPOSE.search(m.group(2)) for m in sig.DEFINITION.finditer(all_text)} \
            if len(clauses) > 1 and " to " in all_text else {}
        found: dict[Effect, list[_Hit]] = {Effect.OPT_OUT: [], Effect.OPT_IN: [], Effect.HELP: [], Effect.KEEP: []}
        cancelled: list[str] = []
        object_senses: list[str] = []
        first_opt_in: int | None = None
        last_opt_out: int | None = None
        first_opt_out: int | None = None
        opt_in_partial: list[bool] = []  # each opt-in only turns on another kind of message or channel
        retracted: int | None = None
        last_help: int | None = None
        previous_negated = False  # the clause before negated an opt-out ("don't stop the reminders")
        other_channel_stopped = False  # the clause before stopped another channel ("unsubscribed from the emails")
        # "leave me alone, I'm sleeping! jk what time do you open": what came before the "jk" was not meant.
        kidding = next((i for i, c in enumerate(clauses) if i and sig.KIDDING.match(c.text)), None)
        one_event: list[_Hit] = []  # opt-outs that name one event right after the request
        request_words: list[str] = []  # the words of each opt-out read
        opening = True  # only interjections and bare exclamations so far
        wait_reading: _WaitReading | None = None
        removal_told = False  # a clause before told that the sender was unsubscribed ("the app says I'm unsubscribed")
        for index, clause in enumerate(clauses):
            hits, clause_cancelled, clause_senses = self._clause(clause, message_words, laughing, defined, booked)
            if removal_told:
                # "you've been removed? I didn't ask for that": the denial is of asking to be removed, not of the texts.
                hits = _drop(hits, lambda h: h.rule in sig.DENIALS_OF_ASKING and not sig.TEXTS.search(clause.text, h.start),
                             "sense:removal-denied", cancelled)
            removal_told = removal_told or any(name in sig.REMOVAL_TOLD for name in clause_senses)
            object_senses += [name for name in clause_senses if name in sig.OBJECT_SENSES]
            if (kidding is not None and index < kidding) or sig.KIDDING_END.search(clause.text):
                hits = _drop(hits, _is_opt_out, "sense:just-kidding", cancelled)
            if sig.BARE_OUT.match(clause.text) and sig.AWAY.search(all_text):
                hits = _drop(hits, _is_opt_out, "sense:away", cancelled)  # "I'm out, grabbing lunch, will call back"
            if resolved:
                # "ok you can stop now, found it": the search is over.
                hits = _drop(hits, lambda h: h.rule in sig.BARE_STOP, "sense:resolved", cancelled)
            if opening and (any(h.rule in sig.BARE_EXCLAMATION for h in hits) or _bare_opt_out(clause, hits)):
                wait_reading = wait_reading or _WaitReading(clauses, folded, all_text, message_words)
                if _stop_means_wait(index, wait_reading):
                    # "Stop! Is that really the price?", "Stop! Don't ship it yet": a bare Stop of surprise or halting.
                    hits = _drop(hits, _is_opt_out, "sense:stop-meaning-wait", cancelled)
            else:
                # Only interjections and repeated bare exclamations open the message ("Ben là, arrêtez", "Pará, pará").
                opening = opening and not hits and sig.INTERJECTION.match(clause.text) is not None
            if any(h.rule == "phrase:by-mistake" for h in hits) and sig.SIGNED_UP_BY_MISTAKE.search(clause.text) \
                    and not sig.STOP_BY_MISTAKE.search(clause.text):
                # "STOP I signed up by accident": the mistake was signing up, a reason to stop.
                hits = [_Hit(Effect.OPT_OUT, "phrase:signed-up-by-mistake", h.start, h.end) if h.rule == "phrase:by-mistake"
                        else h for h in hits]
            reported = [h for h in hits if _is_opt_out(h) and sig.PAST_FORM.match(clause.text, h.start)
                        and sig.TIME_OF_PAST.search(clause.text, 0, h.start)]
            if reported and not sig.GOING_ON.search(all_text):
                hits = _drop(hits, lambda h: h in reported, "sense:reported-past", cancelled)
            if any(h.effect is Effect.KEEP for h in hits):
                # "unsubscribe me but keep my account open": what is kept is not the texts.
                hits = [h for h in hits if h.effect is not Effect.KEEP or not sig.KEPT_OTHER.match(clause.text, h.start)]
            if not hits and not clause_cancelled and not laughing and _run_on_stop(clause, index == len(clauses) - 1, folded):
                # "i wasnt even a customer stop": a statement, then the keyword, with no punctuation between them.
                hits = [_Hit(Effect.OPT_OUT, "phrase:run-on-stop", 0, len(clause.text))]
            if not clause.question and not hits and sig.NUMBERISH.search(clause.text) and sig.NUMBER_BY_MISTAKE.search(clause.text) \
                    and not sig.NUMBER_CORRECTION.search(all_text):
                hits = [_Hit(Effect.OPT_OUT, "phrase:number-by-mistake", 0, len(clause.text))]
            if any(_is_opt_out(h) for h in hits) and (thoughts := _second_thoughts(clauses, index, hits)):
                # "I wanted to unsubscribe but the deals are too good": an intention given up.
                hits = _drop(hits, lambda h: h in thoughts, "negated:second-thoughts", cancelled)
            if "pause" in clause.text and (clause.question or sig.ASKS_IF.search(clause.text)) \
                    and sig.PAUSE_FOR_A_WHILE.search(clause.text):
                # "can I pause texts during my trip and start again when I'm back?": a pause asked about, not a stop.
                hits = _drop(hits, lambda h: h.effect in (Effect.OPT_OUT, Effect.OPT_IN), "question:pause", cancelled)
            if just_asking and clause.question:
                # "Can I unsubscribe from the promos only? Just checking": a question, not a request.
                hits = _drop(hits, _is_opt_out, "question:just-asking", cancelled)
            if any(h.effect is Effect.OPT_IN for h in hits) and (
                    (clause.question and sig.ASKS_THE_WAY.search(clause.text)) or _doubts_opt_in(folded)):
                # An opt-in asked about or doubted goes, and the opt-out words inside it with it ("how do I undo my opt
                # out?" asks about opting back in).
                spans = [(h.start, h.end) for h in hits if h.effect is Effect.OPT_IN]
                hits = _drop(hits, lambda h: h.effect is Effect.OPT_IN or (_is_opt_out(h) and any(
                    start <= h.start and h.end <= end for start, end in spans)), "question:opt-in-doubt", cancelled)
            if _bare_question(clause) and index + 1 < len(clauses) and sig.WHAT_IT_MEANS.match(clauses[index + 1].text):
                # "Opt out? what does that mean", "stop? what stop?": the keyword asked back, then asked about.
                hits = _drop(hits, lambda h: h.effect in (Effect.OPT_OUT, Effect.OPT_IN), "mention:asked-back", cancelled)
            if any(h.effect is Effect.OPT_IN for h in hits) and _opts_in_elsewhere(clause, hits):
                # "sign me back up for piano", "opt in to paperless billing", "Unstop? what does that mean".
                hits = _drop(hits, lambda h: h.effect is Effect.OPT_IN, "partial:{rule}", cancelled)
            if clause.question and _answered_no(clauses, index):
                # "Unsubscribe? No way", "Start? No. STOP": the sender asks and answers it themselves.
                hits = _drop(hits, lambda h: h.effect in (Effect.OPT_OUT, Effect.OPT_IN), "rejected:{rule}", cancelled)
            cancelled += clause_cancelled
            if not hits and (paired := _read_with_neighbours(clauses, index, previous_negated, other_channel_stopped)):
                hits = [_Hit(Effect.OPT_OUT, f"phrase:{paired}", 0, len(clause.text), True)]
            previous_negated = any(c.startswith("negated:") for c in clause_cancelled)
            other_channel_stopped = any(c.startswith("sense:other-channel") for c in clause_cancelled)
            if own_mistake:
                hits = _drop(hits, lambda h: h.rule[len("phrase:"):] in sig.WRONG_NUMBER_RULES, "sense:own-mistake", cancelled)
            if keyword_slip and retracted is None:
                hits = _drop(hits, lambda h: _is_opt_out(h) and (h.rule.startswith("sentence:") or h.rule == "phrase:run-on-stop"),
                             "sense:keyword-slip", cancelled)
            one_event += [h for h in hits if _is_opt_out(h) and (sig.ONE_EVENT.search(clause.text, h.start)
                                                                  or sig.BARE_REMINDING.match(clause.text))]
            request_words += [clause.text[h.start:h.end] for h in hits if _is_opt_out(h)]
            for hit in hits:
                found[hit.effect].append(hit)
                if hit.effect is Effect.OPT_IN:
                    first_opt_in = index if first_opt_in is None else first_opt_in
                    opt_in_partial.append(hit.rule != "phrase:by-mistake" and bool(sig.PARTIAL_OPT_IN.search(clause.text)))
                elif _is_opt_out(hit):
                    first_opt_out = index if first_opt_out is None else first_opt_out
                    last_opt_out = index
                elif hit.effect is Effect.HELP:
                    last_help = index
            if (first_opt_in is not None or last_help is not None) and sig.RETRACTION.search(clause.text):
                if first_opt_in is not None and retracted is None and (index > first_opt_in or not hits):
                    retracted = index
                if first_opt_in is not None and index > first_opt_in and not hits and last_opt_out is None \
                        and sig.HELP_RETRACTION.search(clause.text):
                    # "can you turn them back on? actually nvm they just came": the request was taken back.
                    cancelled.append("retracted:" + found[Effect.OPT_IN][0].rule)
                    found[Effect.OPT_IN] = []
                    first_opt_in = None
                if last_help is not None and index > last_help and not any(h.effect is Effect.HELP for h in hits) \
                        and sig.HELP_RETRACTION.search(clause.text):
                    # "can u help me carry the couch up? lol jk": the request for help was taken back.
                    cancelled.append("retracted:" + found[Effect.HELP][0].rule)
                    found[Effect.HELP] = []
                    last_help = None
        if retracted is not None and last_opt_out is not None and last_opt_out >= retracted and found[Effect.OPT_IN]:
            # "I replied stop by accident. jk, stop": the opt-in was taken back.
            cancelled.insert(0, "retracted:" + found[Effect.OPT_IN][0].rule)
            found[Effect.OPT_IN] = []
        elif found[Effect.OPT_IN] and all(opt_in_partial) and first_opt_out is not None and first_opt_out <= first_opt_in:
            # "Stop the promos, start sending only the reminders", "opt out of texts and opt in to emails": one attribute
            # for the number, revoked; what is turned on is another kind of message or another channel.
            cancelled.insert(0, "partial:" + found[Effect.OPT_IN][0].rule)
            found[Effect.OPT_IN] = []
        if found[Effect.OPT_OUT] and (laughing or " my " in all_text or "self control" in all_text) \
                and sig.PRAISE.search(all_text) and not sig.ANNOYED.search(_without(all_text, request_words)):
            # "Please stop sending such great deals, I have no self control haha": a compliment, not a request.
            cancelled.insert(0, "sense:praise")
            found[Effect.OPT_OUT] = []
        deaths = [h for h in found[Effect.OPT_OUT] if h.rule in sig.DEATH_RULES
                  or (h.rule in sig.FOREIGN_NOTICES and sig.DEATH_WORD.search(all_text))]
        if deaths and sig.ERRAND.search(all_text) and not sig.NOTICE_OBJECT.search(all_text) \
                and not sig.ENDS_THEIR_ACCOUNT.search(all_text) and (
                message_words & sig.BOOKING or "cancel-booking" in object_senses or sig.THEIR_THING.search(all_text)
                or sig.THEIR_ASSET.search(all_text)):
            # "My mom passed away, please cancel her appointment on Friday": a booking to cancel, not a notice.
            cancelled.insert(0, "sense:death-errand")
            found[Effect.OPT_OUT] = [h for h in found[Effect.OPT_OUT] if h not in deaths]
        anaphoric = [h for h in found[Effect.OPT_OUT] if h.rule in sig.ANAPHORIC and h.pronoun
                     and (object_senses or (h.pronoun == "it" and message_words & sig.ITEMS)
                          or (h.pronoun in ("it", "them", "these", "those", "one") and message_words & sig.GOODS_BACK))]
        anaphoric += [h for h in found[Effect.OPT_OUT] if h.rule in sig.ANAPHORIC_INSIDE and h.pronoun
                      and message_words & sig.NUISANCE and not sig.TEXTS.search(all_text)]
        if anaphoric:
            # "Cancel the service plan, I don't need it", "I'm done with it, ready for pickup": the pronoun is the thing.
            nuisance = not object_senses and message_words & sig.NUISANCE
            cancelled.insert(0, f"sense:{object_senses[0] if object_senses else 'nuisance' if nuisance else 'booking'}")
            found[Effect.OPT_OUT] = [h for h in found[Effect.OPT_OUT] if h not in anaphoric]
        if found[Effect.OPT_OUT] and all(h.rule == "phrase:no-more-alone" for h in found[Effect.OPT_OUT]) \
                and sig.ORDER_ANSWER.search(all_text) and not sig.TEXTS.search(all_text):
            # "nope no more, just the two pizzas": no more items for the order.
            cancelled.insert(0, "sense:order-complete")
            found[Effect.OPT_OUT] = []
        if found[Effect.KEEP] and found[Effect.OPT_OUT]:
            # "Opt out of paper statements, keep the texts": only an opt-out that names the texts survives.
            named = [h for h in found[Effect.OPT_OUT] if h.names_texts]
            if not named:
                cancelled.insert(0, found[Effect.KEEP][0].rule.replace("phrase:", "keep:"))
            found[Effect.OPT_OUT] = named
        if found[Effect.KEEP] and found[Effect.OPT_OUT] and sig.STOP_FOR_SOMEONE_ELSE.search(all_text):
            # "she wants you to stop texting her but I want to keep getting them": another person's phone, and the
            # sender keeps their own texts.
            cancelled.insert(0, "sense:someone-else")
            found[Effect.OPT_OUT] = []
        if found[Effect.OPT_OUT] and all(h.rule == "phrase:already-said-stop" for h in found[Effect.OPT_OUT]) \
                and sig.LOST_TO_STOP.search(all_text) and not sig.STILL_TEXTED.search(all_text):
            # "help, I texted STOP and now I can't get my codes": the texts a STOP cost, wanted back.
            cancelled.insert(0, "sense:lost-to-stop")
            found[Effect.OPT_OUT] = []
        if found[Effect.OPT_OUT] and any(sig.NOT_MINE.match(c.text) for c in clauses) \
                and all(sig.THIRD_PERSON.search(c.text) for c in clauses[first_opt_out:last_opt_out + 1]):
            # "My sister says remove her from the list, not me though": the request is another person's.
            cancelled.insert(0, "sense:not-me")
            found[Effect.OPT_OUT] = []
        if found[Effect.OPT_OUT] and all(h.rule in sig.CHANNEL_SWITCHES for h in found[Effect.OPT_OUT]) \
                and sig.TEXTS_PREFERRED.search(all_text):
            # "calls are fine too but texting is best": another channel allowed, texting still preferred.
            cancelled.insert(0, "sense:texts-preferred")
            found[Effect.OPT_OUT] = []
        if found[Effect.OPT_OUT] and all(h.rule in sig.DENIALS for h in found[Effect.OPT_OUT]) and sig.ACCEPTED.search(folded) \
                and not sig.ANNOYED_DENIAL.search(folded):
            # "How did you get my number? My friend must have signed me up, it's fine": a denial, then accepted.
            cancelled.insert(0, "sense:accepted")
            found[Effect.OPT_OUT] = []
        if found[Effect.OPT_OUT] and sig.WRONG_CHAT.search(folded):
            # "please stop texting me. sorry wrong chat": the message was meant for someone else.
            cancelled.insert(0, "sense:wrong-chat")
            found[Effect.OPT_OUT] = []
        if found[Effect.OPT_OUT] and sig.NEW_NUMBER.search(folded) and sig.OLD_NUMBER.search(folded):
            # "Stop texting my old number, this is my new one": a change of number, the texts go on.
            cancelled.insert(0, "sense:new-number")
            found[Effect.OPT_OUT] = []
        if found[Effect.KEEP] and not found[Effect.OPT_IN] and sig.SOMEONE_ELSE_SENT.search(folded) \
                and not _doubts_opt_in(folded):
            # "My kid grabbed my phone and sent STOP, keep sending me the deals": undo a STOP this sender did not send.
            found[Effect.OPT_IN] = [_Hit(Effect.OPT_IN, "phrase:someone-else-sent-stop", 0, 0)]
        if found[Effect.OPT_OUT] and all(h in one_event for h in found[Effect.OPT_OUT]) and sig.EVENT_SETTLED.search(all_text) \
                and not sig.BEYOND_ONE_EVENT.search(all_text):
            # "Stop the reminders for the 14th, I moved the appointment": one event, settled, not the texts.
            cancelled.insert(0, "sense:one-event")
            found[Effect.OPT_OUT] = []
        found = {effect: [h.rule for h in hits] for effect, hits in found.items()}
        help_rule = found[Effect.HELP][0] if found[Effect.HELP] else None
        if found[Effect.OPT_IN] and not self._rules.opt_in:
            # Opt-in is disabled; an opt-in request ("I sent STOP by mistake") is still never an opt-out.
            return kw.Decision(kw.Label.OTHER, f"opt-in-disabled:{found[Effect.OPT_IN][0]}", by_keyword=False)
        if found[Effect.OPT_IN]:
            return self._decision(kw.Label.OPT_IN, found[Effect.OPT_IN][0])
        if found[Effect.OPT_OUT]:
            return self._decision(kw.Label.OPT_OUT, found[Effect.OPT_OUT][0])
        if help_rule:
            return kw.Decision(kw.Label.HELP, help_rule, "HELP", by_keyword=False)
        if not cancelled:
            # "No thanks stop", "STOP for the 3rd time": a keyword reply in exact mode's sense, which no rule read.
            floor = self._exact.keyword_decision(body, kw.MatchMode.EXACT, ignore=kw.INTENT_IGNORED_OPT_IN)
            if floor.label is kw.Label.OPT_OUT:
                return floor
        return kw.Decision(kw.Label.OTHER, cancelled[0] if cancelled else "none", by_keyword=False)

    @staticmethod
    def _decision(label: kw.Label, rule: str) -> kw.Decision:
        return kw.Decision(label, rule, rule[:64], by_keyword=False)

    def _clause(self, clause: Clause, message_words: set[str], laughing: bool,
                defined: dict[str, bool] | None = None, booked: bool = False) -> tuple[list[_Hit], list[str], list[str]]:
        text = clause.text
        hits: list[_Hit] = []
        senses: list[_Hit] = []
        mentions: list[str] = ["keyword-instruction"] if sig.INSTRUCTION.match(text) else []
        cancelled: list[str] = []
        wishes_against_stop: list[list[int]] = []  # where wishes against stopping end ("no quiero que dejen"), once found
        for position in self._index.candidates(text):
            rule = self._compiled[position]
            m = rule.regex.search(text)
            if m is not None:
                if rule.effect is Effect.SPAN_GUARD:
                    senses.append(_Hit(rule.effect, rule.name, m.start(), m.end()))
                elif rule.effect is Effect.CLAUSE_GUARD:
                    mentions.append(rule.name)
                elif rule.name in sig.STATEMENTS and clause.question and not sig.ASKS_HOW.search(text) \
                        and not sig.BARE_NOTICE.fullmatch(text):
                    cancelled.append(f"question:{rule.name}")  # "He passed away?" asks, it does not tell
                elif rule.negatable and _negated(text, m.start(), foreign=":" in rule.name):
                    cancelled.append(f"negated:{rule.name}")
                elif rule.effect is Effect.OPT_OUT and (_against_stop(text, m, wishes_against_stop)
                                                        or _double_negation(text[:m.start()])
                                                        or _named_thing(text, m)):
                    cancelled.append(f"negated:{rule.name}")  # "no quiero que dejen de...", "not like I don't want them"
                elif rule.effect is Effect.OPT_OUT and _counterfactual(text, m):
                    cancelled.append(f"counterfactual:{rule.name}")
                else:
                    if rule.effect is Effect.OPT_OUT and senses:
                        m = _past_senses(rule.regex, text, m, senses)
                    pronoun = sig.PRONOUN.search(m.group())
                    if pronoun is None and f"phrase:{rule.name}" in sig.ANAPHORIC_INSIDE:
                        pronoun = sig.INNER_PRONOUN.search(m.group())
                    hits.append(_Hit(rule.effect, f"phrase:{rule.name}", m.start(), m.end(),
                                     bool(sig.TEXTS.search(m.group())), pronoun.group(1) if pronoun else ""))
        sentence = self._sentence(text)
        if sentence is not None:
            effect, name = sentence
            purpose = defined.get(text) if defined else None
            if effect is Effect.OPT_OUT and purpose is False:
                cancelled.append("mention:defined-keyword")  # "Reply CANCEL to cancel your appointment\nCANCEL"
            elif effect is Effect.OPT_OUT and purpose:
                hits.insert(0, _Hit(effect, f"sentence:{name}", 0, len(text)))  # "Txt END to quit\nEND"
            elif effect is Effect.OPT_OUT and name in sig.CONTEXT_SENSITIVE and (booked or message_words & sig.BOOKING):
                cancelled.append("sense:booking")
                senses.append(_Hit(Effect.SPAN_GUARD, "booking", 0, 0))
            elif effect is Effect.OPT_OUT and laughing:
                cancelled.append("sense:laughing")
            elif effect is Effect.OPT_OUT and clause.question and text.startswith(("you ", "yall ")):
                cancelled.append("question:you-did")  # "You quit?": asks what the other did
            else:
                hits.insert(0, _Hit(effect, f"sentence:{name}", 0, len(text)))
        kept = []
        for hit in hits:
            if hit.effect is Effect.OPT_OUT and laughing and hit.rule in sig.PLAYFUL:
                cancelled.append("sense:laughing")
            elif hit.effect is Effect.OPT_OUT and mentions:
                cancelled.append(f"mention:{mentions[0]}")
            elif hit.effect is Effect.OPT_OUT and (sense := _overlapping(hit, senses, text)):
                cancelled.append(f"sense:{sense}")
            elif hit.effect is Effect.OPT_IN and mentions and mentions[0] == "reply-instruction":
                cancelled.append(f"mention:{mentions[0]}")
            else:
                kept.append(hit)
        return kept, cancelled, [sense.rule for sense in senses]

    def _sentence(self, text: str) -> tuple[Effect | None, str] | None:
        """The clause is one keyword, alone or among fillers ("ok STOP please", "unsubscribe me now"); a number beside
        it is the number or the order it is about ("STOP 555-0123", "STOP #4471"), except beside CANCEL or END
        ("cancel 2" picks an item)."""
        found = self._one_keyword(text.split())
        if found is None and any(t.isdigit() for t in text.split()):
            found = self._one_keyword([t for t in text.split() if not t.isdigit()])
            if found is not None and found[1] in sig.CONTEXT_SENSITIVE:
                return None
        return found

    def _one_keyword(self, tokens: list[str]) -> tuple[Effect | None, str] | None:
        core = [t for t in tokens if t not in sig.FILLERS]
        if not core:
            core = tokens  # "more", "me" on their own are their own words
        joined = "".join(core)
        if not joined:
            return None
        cjk = bool(sig.CJK.search(joined))
        # The whole clause is one form repeated: the form is the shortest unit the clause repeats ("stop" in
        # "stopstopstop"), or that unit written a number of times that divides the repeats.
        unit = (joined + joined).find(joined, 1)
        repeats = len(joined) // unit
        prefixes = [joined[:unit * times] for times in range(1, repeats + 1) if repeats % times == 0]
        for effect, vocabulary in self._sentences.items():
            for prefix in prefixes:
                if name := vocabulary.get(prefix):
                    return effect, name
            if cjk:
                for form, name in vocabulary.items():
                    if sig.CJK.search(form) and form in joined and len(joined) <= len(form) + 6:
                        return effect, name
        # Several opt-out keywords side by side, in one language or two: "STOP UNSUBSCRIBE", "stop arretez".
        opt_out = self._sentences[Effect.OPT_OUT]
        if 1 < len(core) <= 4 and all(t in opt_out for t in core):
            return Effect.OPT_OUT, opt_out[core[0]]
        return None


def _vocabulary(names) -> dict[str, str]:
    vocabulary: dict[str, str] = {}
    for name in names:
        form = "".join(_fuzzy_words(name))
        if form:
            vocabulary.setdefault(form, name)
    return vocabulary


def _fuzzy_words(name: str) -> tuple[str, ...]:
    # The same preparation as a message gets, so "OPT OUT" and "optout" are one form.
    return tuple(w for clause in prepare(name) for w in clause.text.split())


def _plain(form: str) -> tuple[str, ...]:
    return words(form)


def _is_opt_out(hit: _Hit) -> bool:
    return hit.effect is Effect.OPT_OUT


def _drop(hits: list[_Hit], unwanted, reason: str, cancelled: list[str]) -> list[_Hit]:
    """``hits`` without the ``unwanted`` ones, each named in ``cancelled`` by ``reason`` ("{rule}" is its rule)."""
    cancelled += [reason.format(rule=h.rule) for h in hits if unwanted(h)]
    return [h for h in hits if not unwanted(h)]


def _doubts_opt_in(folded: str) -> bool:
    """The message supposes or asks about opting in, or opts in another number or thing (searched only for opt-ins)."""
    return any(signal.search(folded) for signal in (sig.OPT_IN_DOUBT, sig.FOR_SOMEONE_ELSE, sig.LEFT_SOMETHING_ELSE))


def _read_with_neighbours(clauses: tuple[Clause, ...], index: int, previous_negated: bool,
                          other_channel_stopped: bool) -> str | None:
    """A clause with no request of its own that asks to stop given the clauses around it: the name of that reading."""
    text = clauses[index].text
    if previous_negated and sig.JUST_THE_OTHERS.match(text):
        return "just-the-others"  # "don't stop the reminders, just the promos"
    if sig.TEXTS_NO_THANKS.match(text) or (index and sig.NO_THANKS.match(text) and sig.NAMED_TEXTS.match(clauses[index - 1].text)):
        return "texts-no-thanks"  # "Vos SMS, non merci"
    if sig.NOT_BY_TEXT.match(text) and any(sig.BY_OTHER_CHANNEL.search(c.text) for i, c in enumerate(clauses) if i != index):
        return "not-by-text"  # "pas par SMS, par mail"
    if other_channel_stopped and sig.NOW_THE_TEXTS.match(text):
        return "now-the-texts"  # "unsubscribed from the emails, now the texts please"
    if index and sig.NOT_FOR_TEXTS.match(text) and sig.GAVE_NUMBER.search(clauses[index - 1].text):
        return "number-not-for-texts"  # "I gave my number for a receipt, not for marketing"
    return None


def _not_this_person(line: str) -> bool:
    """The line says the sender is not the person named, on its own or after something else ("Errore, non sono X")."""
    return bool(sig.NOT_THIS_PERSON.match(line)) or any(sig.NOT_ME.match(line, m.end()) for m in sig.NOT_ME_AFTER.finditer(line))


def _bare_opt_out(clause: Clause, hits: list[_Hit]) -> bool:
    """The clause is one opt-out word among fillers ("stop pls"), whichever language's rule read it."""
    return any(_is_opt_out(h) for h in hits) and sum(w not in sig.FILLERS for w in clause.text.split()) <= 1


def _bare_question(clause: Clause) -> bool:
    """A clause of one or two words asked as a question ("START?", "Opt out?"): the word is asked about."""
    return clause.question and len(clause.text.split()) <= 2


def _opts_in_elsewhere(clause: Clause, hits: list[_Hit]) -> bool:
    """The clause's opt-in is a bare keyword asked as a question, or turns on another thing and names no text."""
    start = min(h.start for h in hits if h.effect is Effect.OPT_IN)
    if _bare_question(clause):
        return True  # "START?", "Unstop? what does that mean": a keyword asked about
    rest = clause.text[start:]
    return bool(sig.OPT_IN_ELSEWHERE.search(rest)) and not sig.TEXTS_NAMED_FOR_OPT_IN.search(rest)


def _answered_no(clauses: tuple[Clause, ...], index: int) -> bool:
    """The questions from ``index`` on are answered no by the next clause that is not a question (two at most between)."""
    for answer in clauses[index + 1:index + 4]:
        if not answer.question:
            return bool(sig.REJECTION.match(answer.text))
    return False


def _run_on_stop(clause: Clause, last: bool, folded: str) -> bool:
    """A bare keyword run on after a statement with no punctuation: after a reason to stop ("i wasnt even a customer
    stop"), or as the message's last word as typed ("I told you already stop")."""
    text = clause.text
    if clause.question or not text.endswith(sig.RUN_ON_ENDINGS):
        return False
    run_on = sig.RUN_ON_STOP.match(text)
    if not run_on or run_on.group(1) in sig.NOT_RUN_ON or run_on.group(1) in sig.NOT_RUN_ON_FOREIGN \
            or text.split(" ", 1)[0] in sig.NOT_RUN_ON_START:
        return False
    words = text.split()
    if words[-2] in sig.OBJECT_PRONOUNS and words[-3] in sig.NOT_RUN_ON:
        return False  # "my kid keeps texting you STOP": the keyword is what was texted
    if sig.RUN_ON_REASON.search(text):
        return True
    if not last or not sig.RUN_ON_LAST.search(folded) or run_on.group(1) in sig.NOT_RUN_ON_UNREASONED \
            or words[-3] in sig.NOUN_BEFORE:
        return False
    if words[-1] in sig.RUN_ON_ENGLISH:
        return not _negated(text, len(text) - len(words[-1]))  # "not buying anything stop", never "didnt even stop"
    return sig.NOT_RUN_ON_FOREIGN.isdisjoint(words)  # never "por favor não parem", "non voglio che smettete"


def _negated(text: str, start: int, foreign: bool = False) -> bool:
    before = text[:start].replace("no longer ", "never ").split()[-sig.NEGATION_WINDOW:]  # "I no longer want to be opted out"
    after = before + text[start:].split()[:1]
    for i in range(len(before) - 1, -1, -1):
        if before[i] in sig.NEGATION_BARRIERS and not (before[i].startswith("interes") and sig.INTEREST_OBJECT.match(after[i + 1] if i + 1 < len(after) else "")):
            before = before[i + 1:]
            break
    if sig.WHY_NOT.search(" ".join(before)):
        return False  # "why won't you stop texting me" demands it
    if "if" in before or "unless" in before:
        joined = " ".join(before)
        if sig.THREAT.search(joined) and sig.CONSEQUENCE.search(text, start):
            return False  # "if you don't stop texting me I'll report you" demands it
        if sig.HYPOTHETICAL_YOU.search(joined):
            return True  # "if you ever stop sending these I will cry" supposes it
    # "no" negates a verb in es/it/pt ("no me den de baja"); in English it usually answers ("no, stop").
    if "why " in text and sig.RHETORICAL.search(text, 0, start):
        return True  # "why would I want to unsubscribe?": asked to say no
    if not foreign:
        # A run-on with no punctuation ("not me wrong guy stop texting", "im not kidding stop texting me"): a negator
        # reaches the request only across words that can stand between them ("dont ever", "not going to", "never
        # asked you to"), not across what closes its own thought.
        last = max((i for i, word in enumerate(before) if word in sig.NEGATORS or word in sig.WEAK_NEGATORS), default=None)
        if last is not None and any(word not in sig.NEGATED_REACH for word in before[last + 1:]):
            before = before[last + 1:]
    return (any(word in sig.NEGATORS or (foreign and word == "no") for word in before)
            or bool(before and before[-1] in sig.WEAK_NEGATORS) or " ".join(before).endswith(sig.NEGATING_ENDINGS)
            or bool(sig.WEAK_NEGATING.search(" ".join(before))))


def _past_senses(regex: re.Pattern[str], text: str, m: re.Match[str], senses: list[_Hit]) -> re.Match[str]:
    """The first match of an opt-out rule that no other sense overlaps ("stop sending people to my door and stop
    texting me"), else the first match."""
    first = m
    for _ in range(3):
        sense = next((s for s in senses if s.start < m.end() and m.start() < s.end), None)
        if sense is None:
            return m
        later = regex.search(text, max(sense.end, m.start() + 1))
        if later is None:
            return first
        m = later
    return first


def _overlapping(hit: _Hit, senses: list[_Hit], text: str) -> str | None:
    for sense in senses:
        if hit.names_texts and sense.end < hit.end and (named := sig.AND_THE_TEXTS.match(text, sense.end)) \
                and named.end() <= hit.end:
            continue  # "cancel my membership and the texts": the texts are named too, past the other sense
        if sense.rule == "negated-past" and sense.start <= hit.start and sig.FINISHED_VERB.search(text, sense.start, hit.start) \
                and sig.IMPERATIVE_START.match(text, hit.start):
            continue  # "i havent signed up stop texting me": the denial is over before the request
        if sense.rule == "dont-stop" and sig.IF_YOU.search(text, 0, sense.start) and sig.CONSEQUENCE.search(text, sense.end):
            continue  # "if you don't stop texting me I'll report you": a threat, not a wish that it go on
        if sense.rule == "not-yet" and text.endswith("unless", 0, sense.end) and sig.UNLESS_LIMIT.match(text, sense.end - 6):
            continue  # "don't text me unless it's about my order": a limit on the texts, not a wait
        if sense.start < hit.end and hit.start < sense.end:
            return sense.rule
    return None


def _double_negation(before: str) -> bool:
    """The text before a match negates a negation ("it's not like I don't want them", "ce n'est pas que je ne veux plus")."""
    return any(gate in f" {before}" for gate in sig.DOUBLE_NEGATION_GATES) and sig.DOUBLE_NEGATION.search(before.rstrip()) is not None


def _only_reported(folded: str) -> bool:
    """The message's opt-out words are all inside someone else's quoted words ('my son texted me "stop texting me"')."""
    quotes = list(sig.REPORTED_QUOTE.finditer(folded))
    if not quotes:
        return False
    rest = folded
    for quote in reversed(quotes):
        rest = rest[:quote.start(1)] + rest[quote.end(1):]
    return not re.search(r"\b(?:stop|unsubscribe|remove|quit|cancel|opt|end|leave)\b", rest)


def _counterfactual(text: str, m: re.Match[str]) -> bool:
    """The match is what the sender would do if what holds them did not ("I'd unsubscribe if the deals weren't so good")."""
    after = text[m.end() - 1:]
    return (" if " in after or " except " in after) and bool(sig.WOULD.search(text, 0, m.start()) and sig.UNLESS_NOT.match(text, m.end()))


def _named_thing(text: str, m: re.Match[str]) -> bool:
    """The match names a thing: a title ("a book called Stop Texting Me") or a noun ("the stop texting thing was a joke")."""
    before = text[:m.start()]
    return bool(before.endswith(sig.TITLE_ENDINGS) or (before.endswith(sig.THE_ENDINGS) and sig.THING.match(text, m.end())))


def _against_stop(text: str, m: re.Match[str], found: list[list[int]]) -> bool:
    """The match's stop verb is the object of a wish against stopping ("no quiero que dejen de mandarme ofertas")."""
    if not found:
        complement = " que " in text or " che " in text or " dass " in text or " to " in text or " q " in text
        found.append([w.end() for w in sig.NOT_WANT_STOP.finditer(text)] if complement else [])
    return any(m.start() < end <= m.end() for end in found[0])


def _without(text: str, spans: list[str]) -> str:
    """``text`` without the first place of each span: what the message says besides its requests."""
    for span in spans:
        text = text.replace(span, " ", 1)
    return text


class _WaitReading:
    """What the whole message says about a bare opening Stop, read once however many opening clauses ask (a long
    message of bare Stops asks for each)."""

    def __init__(self, clauses: tuple[Clause, ...], folded: str, all_text: str, message_words: set[str]) -> None:
        self.clauses = clauses
        self._annoyed: dict[str, bool] = {}  # per clause text: does the rest of the message complain about the texts?
        marked = " ".join(f"{clause.text} {'?' if clause.question else '.'}" for clause in clauses)
        commerce = sig.COMMERCE.search(folded) is not None
        self.surprised = bool(sig.SURPRISE.search(marked) and (commerce or sig.STRONG_SURPRISE.search(marked)))
        self.priced = bool(sig.PRICE.search(folded))
        self.halted = bool(sig.HALT.search(all_text) or sig.WRONG_ADDRESS.search(all_text)
                           or sig.SPELLED_OUT_IDIOM.match(all_text))
        self.ordered = bool(commerce or sig.ORDERED.search(all_text) or message_words & sig.BOOKING)

    def annoyed_besides(self, text: str) -> bool:
        if text not in self._annoyed:
            rest = " ".join(clause.text for clause in self.clauses if clause.text != text)
            self._annoyed[text] = bool(sig.ANNOYED.search(rest))
        return self._annoyed[text]


def _stop_means_wait(index: int, reading: _WaitReading) -> bool:
    """A bare Stop (or Enough) opening a message means "wait" or "I give in": surprise at an offer ("Stop! Is that really
    the price?"), a question about it ("Pará, pará, el envío es gratis o no?"), a decision to buy ("enough! I'm buying
    two"), halting an order ("Stop! Don't ship it yet") or correcting it ("stop! the delivery was for apt 4B not 4D"),
    when nothing in the message complains about the texts."""
    clauses = reading.clauses
    if reading.annoyed_besides(clauses[index].text):
        return False
    after = clauses[index + 1:index + 3]
    # A polite Stop ("Stop please. Is the sale over anyway?") asks; it may still halt an order ("stop pls, wrong item").
    polite = bool(sig.POLITE.search(clauses[index].text))
    if not polite and reading.surprised:
        return True
    for clause in after if not polite else ():
        words = clause.text.split()
        if clause.question and len(words) > 2 and (sig.OFFER.search(clause.text) or reading.priced):
            return True
        if sig.PURCHASE.search(clause.text) and not sig.NOT_BUYING.intersection(words):
            return True
    if reading.halted or any(sig.WAIT.match(clause.text) or sig.REASSURANCE.match(clause.text) for clause in after):
        return True
    if not reading.ordered:
        return False
    told = " ".join(clause.text + (" but" if clause.contrast else "") for clause in after)  # "says Tuesday but I booked ..."
    return (sig.ORDER_PROBLEM.search(told) is not None or any(
        sig.CORRECTION.search(clause.text) or (not polite and _asks_about_it(clause)) for clause in after))


def _asks_about_it(clause: Clause) -> bool:
    """A question of a few words about the order or the booking, not about "these" (the texts: "are you going to charge
    me for these?")."""
    words = clause.text.split()
    return (clause.question or sig.ASKS_IF.match(clause.text) is not None) and len(words) > 2 \
        and sig.THESE_TEXTS.isdisjoint(words)


def _second_thoughts(clauses: tuple[Clause, ...], index: int, hits: list[_Hit]) -> list[_Hit]:
    """The opt-out hits of ``clauses[index]`` told as an intention the sender then gave up ("I wanted to unsubscribe
    but the deals are too good", "Je voulais me désabonner mais finalement je reste"); not an obstacle ("but the
    link doesn't work")."""
    text = clauses[index].text
    following = clauses[index + 1].text if index + 1 < len(clauses) else ""
    then_next = bool(sig.THEN_START.match(following))  # "I was about to cancel, then I saw the sale"
    if not clauses[index].contrast and not sig.CONTRAST_WORD.search(text) and not then_next:
        return []
    given_up = []
    for hit in hits:
        if not _is_opt_out(hit) or not sig.PAST_INTENT.search(text[:hit.start].rstrip()):
            continue
        after = text[hit.end:]
        contrast = sig.CONTRAST_WORD.search(after)
        if contrast:
            rest = after[contrast.end():]
        elif (clauses[index].contrast or then_next) and following:
            rest = following
        else:
            continue
        if sig.REVERSAL.search(rest) and not sig.OBSTACLE.search(rest):
            given_up.append(hit)
    return given_up
