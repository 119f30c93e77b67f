"""The intent engine: exact keywords first, then keyword sentences and named patterns, clause by clause.

Order of decision for one message:
1. the exact keyword rules (``keyword:STOP``), except that a bare YES is no opt-in here;
2. a tapback or reaction quoting a message is nothing (``quoted:tapback``);
3. an explicit opt-in request that is not negated wins (``phrase:by-mistake``, ``sentence:START``);
4. an opt-out request wins when no other sense, mention or negation cancels it
   (``phrase:remove-me``, ``sentence:BAJA``);
5. HELP alone in a clause is HELP;
6. otherwise nothing, naming what cancelled a match if something did (``negated:stop-sending``,
   ``sense:cancel-booking``, ``mention:keyword-question``), else ``none``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ingest import keywords as kw
from ingest.intent.lexicon import PATTERNS
from ingest.intent.patterns import Effect, expand
from ingest.intent.prefilter import RuleIndex, compile_rule
from ingest.intent.text import Clause, prepare
from ingest.normalize import fold, semantic_text, words

if TYPE_CHECKING:
    from ingest.keywords import KeywordRules

# Words that may surround a keyword without changing what it asks for ("STOP please", "ok stop now").
FILLERS = frozenset(
    "please now right immediately asap already thanks thank you very much ok okay k kk just again seriously fucking fuckin "
    "freaking damn dammit god omg oh ah um uh hey hi hello yo dear sir maam madam guys folks mate bro dude man "
    "jeez ugh argh wtf yes yeah yep forever permanently plz x xx xo thx me all gracias merci danke bitte grazie "
    "obrigado obrigada por favor favor svp s il vous plait per favore ja si oui sim ya ahora maintenant jetzt "
    "subito agora ora sofort mais mas more de la le el otra vez nuevo nuovo novo di va rog envio envios mensajes "
    "mensaje sms messaggi mensagens mensagem nachrichten messages texts pub pubs promo promos ads publicidad werbung "
    "pubblicita marketing spam porfa porfis porfi plis pliss xfa xfavor pfv pf pfvr obg obgd vlw valeu grz perfavore cmq "
    "na bruh".split()
)
# A CANCEL or END sentence next to these words is about a booking, not the texts.
_BOOKING = frozenset(
    "appointment appointments appt reservation booking order orders meeting visit delivery flight session class "
    "lesson ride trip pickup reschedule rescheduling tomorrow today tonight monday tuesday wednesday thursday "
    "friday saturday sunday cita pedido reserva rendez commande termin bestellung appuntamento ordine rebook rebooking "
    "resched rescheduled practice rehearsal haircut cleaning checkup consult consultation surgery procedure massage "
    "treatment showing inspection install installation shift hotel tee".split()
)
_ITEMS = _BOOKING - frozenset("tomorrow today tonight monday tuesday wednesday thursday friday saturday sunday".split())
_CONTEXT_SENSITIVE = frozenset({"CANCEL", "END", "CANCELAR", "ANULAR", "ANNULER", "ANNULLA", "CANCELLA", "FIN",
                                "FINE", "ENDE", "BEENDEN", "PARA", "ALTO", "T", "TD", "DUR", "HALT"})
# A bare STOP among these is play ("omg stop, that price is insane"), not a request.
_LAUGH = re.compile(r"\b(?:lol+|lmf?ao+|rofl|ha(?:ha)+h?|he(?:he)+|jaja\w*|jeje\w*|kkkk+|rsrs\w*|mdr+|ptdr+|ahah\w*|"
                    r"trop drole|que risa|muito engracado|zu gut|troppo forte|xd|jk|j k|omg|in a good way|"
                    r"so excited|too good|so good|obsessed|cant believe|blush\w*|amazing|love it|love this|aww+|flattered|you(?:['’ ]?re| are) (?:too|so) (?:kind|sweet|nice|funny)|(?:youre|you are) making me \w+|so cute|hilarious|"
                    r"(?:too|so|very) generous|you shouldn['’]?t have|i(?:['’ ]?m| am) (?:so )?there|count me in|take my money|"
                    r"i (?:need|want) (?:this|that|these|those|one|it) (?:so bad|so badly|in my life|asap)|"
                    r"(?:you|u|yall|y all|you guys|you all) (?:are|r|have|got) (?:the|such) (?:best|greatest|nicest|sweetest|cutest)|"
                    r"(?:that|it|this)(?:['’]?s| is) my (?:favou?rite|fave|fav)|is (?:this|that) real life)\b|"
                    r"[😂🤣😆😹😜😝😛😭😍🥰🤩🙈🙊🥹🥲💀🎉]")
_TAPBACK = re.compile(r"^\s*(?:liked|loved|laughed at|emphasi[sz]ed|questioned|disliked|hearted|reacted \S+ to|"
                      r"reacted to|removed an? \w+ from|a \w+ gusta|le gusto|le encanto|a aime|a adore|"
                      r"hat \S+ geliked|gefallt)\s*[\"“”«„']")
_TEXTS = re.compile(r"\b(?:texts?|texting|messages?|sms|msgs?|txts?|promos?|marketing)\b")
_AND_THE_TEXTS = re.compile(r" (?:and|n|plus|or|as well as|along with) (?:also )?(?:\w+ ){0,3}?(?:texts?|texting|messages?|sms|"
                            r"msgs?|txts?|promos?|marketing)\b(?! (?:me|us)\b)")  # "and text me" asks for texts
_NEGATION_WINDOW = 4
_NEGATORS = frozenset("dont didnt never not cant cannot wont wouldnt shouldnt doesnt isnt without n ne non nao nicht nunca "
                      "jamais mai".split())
# Negated auxiliaries negate only the verb right after them ("havent unsubscribed", "arent you going to stop"): further
# back they usually end a run-on denial ("i havent signed up stop texting me").
_WEAK_NEGATORS = frozenset("wasnt werent arent havent hasnt hadnt aint".split())
_WEAK_NEGATING = re.compile(r"\b(?:wasnt|werent|arent|havent|hasnt|hadnt|aint)(?: (?:you|u|we|they|i|he|she|yall))? "
                            r"(?:going to|gonna|trying to|planning to|planning on|asking to|asking you to|about to)$")
# Words that close what came before when a clause has no punctuation ("no gracias dejen de enviarme", "im not
# interested stop texting me"): a negation before them does not reach past them.
# ... unless what follows the interest word is its object ("not interested in unsubscribing", "no me interesa darme de baja").
_INTEREST_OBJECT = re.compile(r"(?:in|to|en|em|a|de|di|por|para|per|an|im)$|\w+(?:r|rme|rse|rmi|rnos|rle|rlo|rla)$")
_NEGATION_BARRIERS = frozenset("gracias merci obrigado obrigada grazie danke thanks thx thank interested interesa "
                               "interessa interessado interessada interessato interessata interesado interesada".split())
# "Why don't you stop", "why won't you remove me": a demand, not a negation.
_WHY_NOT = re.compile(r"\bwhy (?:dont|wont|cant|didnt|doesnt|wouldnt|havent|do not|will not|can not|cannot|did not) "
                      r"(?:you|u|yall|you guys|ya|y all|you people)(?: just| simply| ever| please| already)*$")
# Phrases that put the next verb out of effect ("I'd hate to unsubscribe", "no plans to stop").
_NEGATING_ENDINGS = ("do not", "no need to", "hate to", "not going to", "no plans to", "no intention to", "no intention of",
                     "not planning to", "no reason to", "not about to", "wouldnt want to", "would never", "not want to",
                     "why would i", "why would we", "why would anyone", "was going to", "was gonna", "thought about",
                     "thinking about", "thinking of", "considered", "almost", "wasnt trying to", "werent trying to",
                     "wasnt asking to", "wasnt asking you to", "wasnt telling you to", "not trying to", "never meant to",
                     "no way i", "no way im", "no way id", "no way ill", "no way would i", "never gonna", "aint gonna")
# "This isn't Kevin", "Not Kevin", "I'm not Kevin": the sender is not the person named (read before case folding).
_NOT_THIS_PERSON = re.compile(
    r"^\s*(?i:(?:this|it|that)\s+(?:isn['’`]?t|is\s+not|ain['’`]?t)|not|i['’`]?m\s+not|i\s+am\s+not|no\s+this\s+is\s+not|"
    r"je\s+(?:ne\s+)?suis\s+pas|(?:ce\s+n['’`]?\s*|c['’`]\s*)est\s+pas|no\s+soy|n[aã]o\s+sou\s+(?:o|a)|ich\s+bin\s+nicht|non\s+sono)"
    r"\s+(?!(?:Now|Today|Yet|Sure|Really|Me|You|Interested|Bad|Good|Again|Tonight|Tomorrow|Right|Working|Funny|Fair|Ok|Okay|"
    r"True|Happening|Possible|Available|Here|Home|Ready|Done|Fine|Helpful|Correct|Grave|Moi|Toi|Lui|Elle|Yo|Ella|El|Eu|Ele|Ela|"
    r"Ich|Er|Sie|Io|Lei|Sicher|Sicuro|Sicura|Seguro|Segura|Certo|Certa|S[uû]re?|Interess\w*|Interesad[oa]|Ici|Hier|Aqui|Qui|Vrai|"
    r"Normal|Disponible|Dispon[ií]vel|Disponibile|Erreichbar|Da|D'accord|Daccord|Contre|Contra|Dagegen|Pas|Int[ée]ress\w*|"
    r"Schuld|Zuhause|Daheim|Dran|Fertig|Sauer|Böse|Boese|Krank|Müde|Muede|Allein|Alleine|Wach|Online|Offline|Zust[aä]ndig|"
    r"Kunde|Kundin|Mitglied|Abonnent\w*)\b)"
    r"[A-ZÀ-Ý][a-zà-ÿ]+(?:['’`]s)?(?:\s+[A-ZÀ-Ý][a-zà-ÿ]+)?(?:\s+(?:phone|number|cell))?\s*[.!]*\s*$|"
    r"^\s*(?i:wrong)\s+(?!(?:Size|Address|Order|Item|Color|Colour|Day|Time|Date|Link|Code|Answer|Way|Chat|One|Thread|Group|"
    r"Store|Account|Amount|Price|Model|Name|Email|Card)\b)[A-Z][a-z]+\s*[.!?]*\s*$")
# The sender texted the wrong person ("wrong person sorry, meant to text my sister"): no notice about this number.
_OWN_MISTAKE = re.compile(r"\b(?:meant|mean|supposed|intended) (?:to )?(?:text|send|message|write)\b|"
                          r"\bwrong (?:chat|convo|conversation|thread|group)\b|\bsent (?:this |that |it )?to the wrong\b|"
                          r"\b(?:i|we) (?:\w+ )?(?:gave|give|put|entered|typed|wrote|dialed|dialled|called|texted|messaged|"
                          r"listed|used) (?:you |u |in |down )?(?:the |a )?wrong (?:number|#|phone|num|cell)\b|"
                          r"\bignore (?:my|the|that) (?:last|previous) (?:text|txt|message|msg|sms)\b|"
                          r"\bwollte (?:eigentlich |doch )?(?:\w+ ){0,4}?(?:schreiben|schicken|senden)\b|"
                          r"\bfalsche(?:r|n)? (?:chat|gruppe|unterhaltung)\b|"
                          r"\bera (?:pra|para) (?:mandar|enviar|escrever|escribir|mandarle|enviarle)\b|"
                          r"\b(?:me equivoque|me confundi|errei|me enganei|me trompe|je me suis trompee?|ho sbagliato|mi sono sbagliat[oa]) "
                          r"(?:de |di )?(?:chat|conversacion|conversa|conversation|conv|conversazione|grupo|groupe|gruppo)\b|"
                          r"\b(?:chat|conversacion|conversa|grupo) (?:equivocad[oa]|errad[oa])\b|\b(?:chat|conversazione|gruppo) sbagliat[oa]\b|"
                          r"\bmauvaise? (?:conversation|conv|groupe)\b")
# The keyword itself was the slip ("STOP\nsent by my kid by accident", "Sorry wrong thread\nStop"): a bare keyword
# sentence elsewhere in the message is no request. Never "Stop. Wrong number": that number is this one.
_KEYWORD_SLIP = re.compile(r"(?<!you )(?<!u )(?<!yall )(?<!they )\b(?:sent|texted|typed|replied|responded|answered)(?: (?:this|that|it|stop|that stop|the stop|my last|"
                           r"the last (?:text|message|msg)|that (?:text|message|msg)))?(?: by (?:my|our|the) \w+)? (?:by accident|"
                           r"accidentally|on accident|by mistake)\b|\baccidentally (?:sent|texted|typed|replied|responded)\b|"
                           r"\b(?:pocket|butt) (?:text|texted|dial|dialed|sent)\b|"
                           r"\b(?:sorry|sry|oops|whoops|my bad)\W{0,5}(?:\w+ ){0,2}?wrong (?:chat|convo|conversation|thread|group|window|tab)\b|"
                           r"^\W*wrong (?:chat|convo|conversation|thread|group|window|tab)\b(?! (?:from|by|of) you)|"
                           r"\b(?:sent|posted|texted|typed|put)\w* (?:\w+ ){0,3}?(?:in|to|on) (?:the |a )?wrong (?:chat|convo|conversation|thread|"
                           r"group|window|tab)\b")
_WRONG_NUMBER_RULES = frozenset({"wrong-number", "es:equivocado", "fr:mauvais-numero", "pt:numero-errado",
                                 "de:falsche-nummer", "it:numero-sbagliato"})
_REJECTION = re.compile(r"^(?:no|nah|nope|never|hell no|no way|not a chance|of course not|not happening|lol no)\b|"
                        # other languages: the answer alone, lest it start a statement ("para nada me sirve esto")
                        r"^(?:ni (?:loco|loca|locos|locas|de broma|en sueno|en suenos|muerto|muerta)|para nada|"
                        r"claro que no|claro que nao|de ninguna manera|pas question|surement pas|certainement pas|"
                        r"nem pensar|nem morto|nem morta|de jeito nenhum|de jeito algum|auf keinen fall|"
                        r"nie im leben|nie und nimmer|assolutamente no|neanche per sogno|nemmeno per sogno|per niente|"
                        r"manco per sogno|jamas|jamais|niemals|nunca|mai|jamais de la vie|nunca mais|nunca jamas|mai e poi mai)"
                        r"(?: (?:gracias|merci|danke|grazie|obrigad[oa]|lol|jaja\w*|kkk\w*|mdr|haha\w*|senor|senora|monsieur))?$")
# The message says it only asks ("just curious", "asking for a friend"): its question clauses request nothing.
_JUST_ASKING = re.compile(r"(?:^|[.,;:!?(-]\s*)(?:i['’]?m |i am |i was )?(?:just|only) (?:asking|curious)"
                          r"(?: (?:lol|haha|lmao|tho|though|thanks|thx))?\s*(?:[.,;!?)]|$)|"
                          r"\basking for (?:a friend|my \w+)\b|\bhypothetically\b|\bfor future reference\b|\bout of (?:pure )?curiosity\b|"
                          r"\bnot (?:yet|now|right now)[\s,.;!-]+(?:i['’]?m )?just (?:asking|checking|wondering|curious)\b")
# Opt-outs with only a pronoun for an object ("I don't need it"): about the thing another sense names ("cancel the
# warranty, I don't need it"), when the message has one.
_ANAPHORIC = frozenset({"phrase:dont-want-alone", "phrase:im-done"})
_PRONOUN = re.compile(r"\b(it|this|that|them|these|those|one)(?: (?:anymore|any more|ever|again|at all|now|either|thanks|please))*$")
_OBJECT_SENSES = frozenset({"booking", "cancel-booking", "remove-item", "stop-charge", "opt-out-other", "remove-from-other",
                            "quit-job", "send-goods"})
# A clause saying that what was searched for turned up ("found it"): a bare STOP beside it ends the search, not the texts.
_RESOLVED = re.compile(r"^(?:ok |okay |oh |nvm |never mind )?(?:i |we )?(?:just |finally )?(?:found|find) (?:it|them|the \w+|my \w+)$|"
                       r"^(?:i |we )?(?:just )?figured it out$")
# Opt-in is explicit only: a sender who supposes it or asks whether or how they could ("can I resubscribe later?",
# "what happens if I reply STOP by accident", "how do I opt back in if I change my mind?") asks for nothing yet.
_OPT_IN_DOUBT = re.compile(r"\bif (?:i|we|yo|je|eu|io|ich)\b|\bwhat (?:happens|would happen|if)\b|\b(?:later|someday|eventually|"
                           r"in the future|down the road|change (?:my|our) minds?|would (?:i|we) be able|will (?:i|we) be able|"
                           r"is it possible|mas tarde|plus tard|mais tarde|piu tardi|spater|si (?:je|yo) |se (?:eu|io) |wenn ich|"
                           r"falls ich)\b")
_ASKS_THE_WAY = re.compile(r"^(?:\w+ )?(?:how|como|comment|wie|come) (?:do|can|could|would|does|puedo|se|je|kann|posso|faccio|faz|"
                           r"hago|fais|peux)\b")
# Somebody else sent the keyword from this phone ("my kid grabbed my phone and sent STOP"): with a wish to keep the
# texts, the message asks to undo it.
_SOMEONE_ELSE_SENT = re.compile(r"\bmy (?:kid|son|daughter|child|toddler|baby|little one|husband|wife|hubby|bf|gf|boyfriend|"
                                r"girlfriend|partner|friend|roommate|brother|sister|nephew|niece|grandson|granddaughter|cat|dog)s? "
                                r"(?:\w+ ){0,6}?(?:sent|texted|typed|replied|responded|wrote|hit|put|answered) (?:\w+ )?"
                                r"(?:stop|unsubscribe|end|quit|cancel|stopall|optout|opt out)\b")
# An opt-in for somebody else's number ("my husband sent STOP by mistake, can you add him back"): this number asks nothing.
_FOR_SOMEONE_ELSE = re.compile(r"\b(?:add|put|sign|opt|turn|take|subscribe|resubscribe|reactivate)\w* (?:him|her|them up|his number|"
                               r"her number|their number|his phone|her phone) (?:back|again|in|on)\b|\b(?:his|her|their) "
                               r"(?:texts|messages|alerts|number) back on\b|\b(?:send|sending|text|texting|keep)\w* (?:\w+ ){0,2}?"
                               r"(?:to|for) (?:her|him)\b")
_BARE_STOP = frozenset({"phrase:stop-it", "phrase:you-can-stop", "phrase:can-you-stop", "sentence:STOP"})
# Rules that a question does not make ("He passed away?", "No more coupons?", "Not interested? Try our menu").
_STATEMENTS = frozenset({"deceased", "no-more", "no-more-alone", "not-interested", "es:equivocado", "fr:plus-de",
                         "fr:mauvais-numero", "fr:decede", "de:verstorben", "de:falsche-nummer", "pt:numero-errado",
                         "it:niente-msg", "it:numero-sbagliato"})
# Bare STOP forms that are play when the message laughs or flatters ("stop it, you're too sweet").
_PLAYFUL = frozenset({"phrase:stop-it", "phrase:enough-already", "phrase:if-again", "phrase:you-can-stop", "phrase:can-you-stop",
                      "phrase:fr:arretez-seul", "phrase:es:basta", "phrase:it:basta-sola", "phrase:pt:chega"})
# ... unless the question asks who or how ("Qui vous a donne mon numero?"): that asks for the number's source, a notice.
_ASKS_HOW = re.compile(r"\b(?:who|how|qui|comment|quien|como|wer|wie|woher|chi|come|quem)\b")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


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
def _compiled_rules() -> tuple[tuple[_Rule, ...], RuleIndex]:
    """The named patterns compiled and indexed, once per process (they do not depend on the settings)."""
    built = [compile_rule(expand(p.regex)) for p in PATTERNS]
    rules = tuple(_Rule(p.name, p.effect, regex, p.negatable) for p, (regex, _) in zip(PATTERNS, built))
    return rules, RuleIndex([pieces for _, pieces in built])


class IntentClassifier:
    def __init__(self, rules: KeywordRules) -> None:
        self._rules = rules
        self._compiled, self._index = _compiled_rules()
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
        folded = fold(text)
        if _TAPBACK.match(folded):
            return kw.Decision(kw.Label.OTHER, "quoted:tapback", by_keyword=False)
        if any(_NOT_THIS_PERSON.match(line) for line in text.splitlines()):
            return self._decision(kw.Label.OPT_OUT, "phrase:not-this-person")
        clauses = prepare(text)
        message_words = {w for clause in clauses for w in clause.text.split()}
        laughing = bool(_LAUGH.search(folded))
        own_mistake = bool(_OWN_MISTAKE.search(folded))
        keyword_slip = bool(_KEYWORD_SLIP.search(folded))
        just_asking = bool(_JUST_ASKING.search(folded))
        resolved = any(_RESOLVED.match(clause.text) for clause in clauses)
        opt_in_doubt = bool(_OPT_IN_DOUBT.search(folded) or _FOR_SOMEONE_ELSE.search(folded))
        found: dict[Effect, list[_Hit]] = {Effect.OPT_OUT: [], Effect.OPT_IN: [], Effect.HELP: [], Effect.KEEP: []}
        cancelled: list[str] = []
        object_senses: list[str] = []
        for index, clause in enumerate(clauses):
            hits, clause_cancelled, clause_senses = self._clause(clause, message_words, laughing)
            object_senses += [name for name in clause_senses if name in _OBJECT_SENSES]
            if resolved:
                # "ok you can stop now, found it": the search is over.
                hits = _drop(hits, lambda h: h.rule in _BARE_STOP, "sense:resolved", cancelled)
            if just_asking and clause.question:
                # "Can I unsubscribe from the promos only? Just checking": a question, not a request.
                hits = _drop(hits, _is_opt_out, "question:just-asking", cancelled)
            if opt_in_doubt or (clause.question and _ASKS_THE_WAY.search(clause.text)):
                hits = _drop(hits, lambda h: h.effect is Effect.OPT_IN, "question:opt-in-doubt", cancelled)
            if clause.question and _answered_no(clauses, index):
                # "Unsubscribe? No way", "Opt out? Of your texts? Never": the sender asks and answers it themselves.
                hits = _drop(hits, _is_opt_out, "rejected:{rule}", cancelled)
            cancelled += clause_cancelled
            if own_mistake:
                hits = _drop(hits, lambda h: h.rule[len("phrase:"):] in _WRONG_NUMBER_RULES, "sense:own-mistake", cancelled)
            if keyword_slip:
                hits = _drop(hits, lambda h: _is_opt_out(h) and h.rule.startswith("sentence:"), "sense:keyword-slip",
                             cancelled)
            for hit in hits:
                found[hit.effect].append(hit)
        anaphoric = [h for h in found[Effect.OPT_OUT] if h.rule in _ANAPHORIC and h.pronoun
                     and (object_senses or (h.pronoun == "it" and message_words & _ITEMS))]
        if anaphoric:
            # "Cancel the service plan, I don't need it", "I'm done with it, ready for pickup": the pronoun is the thing.
            cancelled.insert(0, f"sense:{object_senses[0] if object_senses else 'booking'}")
            found[Effect.OPT_OUT] = [h for h in found[Effect.OPT_OUT] if h not in anaphoric]
        if found[Effect.KEEP] and found[Effect.OPT_OUT]:
            # "Opt out of paper statements, keep the texts": only an opt-out that names the texts survives.
            named = [h for h in found[Effect.OPT_OUT] if h.names_texts]
            if not named:
                cancelled.insert(0, found[Effect.KEEP][0].rule.replace("phrase:", "keep:"))
            found[Effect.OPT_OUT] = named
        if found[Effect.KEEP] and not (found[Effect.OPT_IN] or opt_in_doubt) and _SOMEONE_ELSE_SENT.search(folded):
            found[Effect.OPT_IN] = [_Hit(Effect.OPT_IN, "phrase:someone-else-sent-stop", 0, 0)]
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
        return kw.Decision(kw.Label.OTHER, cancelled[0] if cancelled else "none", by_keyword=False)

    @staticmethod
    def _decision(label: kw.Label, rule: str) -> kw.Decision:
        return kw.Decision(label, rule, rule[:64], by_keyword=False)

    def _clause(self, clause: Clause, message_words: set[str], laughing: bool) -> tuple[list[_Hit], list[str], list[str]]:
        text = clause.text
        hits: list[_Hit] = []
        senses: list[_Hit] = []
        mentions: list[str] = []
        cancelled: list[str] = []
        for position in self._index.candidates(text):
            rule = self._compiled[position]
            m = rule.regex.search(text)
            if m is not None:
                if rule.effect is Effect.SPAN_GUARD:
                    senses.append(_Hit(rule.effect, rule.name, m.start(), m.end()))
                elif rule.effect is Effect.CLAUSE_GUARD:
                    mentions.append(rule.name)
                elif rule.name in _STATEMENTS and clause.question and not _ASKS_HOW.search(text):
                    cancelled.append(f"question:{rule.name}")  # "He passed away?" asks, it does not tell
                elif rule.negatable and _negated(text, m.start(), foreign=":" in rule.name):
                    cancelled.append(f"negated:{rule.name}")
                else:
                    if rule.effect is Effect.OPT_OUT and senses:
                        m = _past_senses(rule.regex, text, m, senses)
                    pronoun = _PRONOUN.search(m.group())
                    hits.append(_Hit(rule.effect, f"phrase:{rule.name}", m.start(), m.end(),
                                     bool(_TEXTS.search(m.group())), pronoun.group(1) if pronoun else ""))
        sentence = self._sentence(text)
        if sentence is not None:
            effect, name = sentence
            if effect is Effect.OPT_OUT and name in _CONTEXT_SENSITIVE and message_words & _BOOKING:
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
            if hit.effect is Effect.OPT_OUT and laughing and hit.rule in _PLAYFUL:
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
        """The clause is one keyword, alone or among fillers ("ok STOP please", "unsubscribe me now")."""
        tokens = text.split()
        core = [t for t in tokens if t not in FILLERS]
        if not core:
            core = tokens  # "more", "me" on their own are their own words
        joined = "".join(core)
        if not joined:
            return None
        cjk = bool(_CJK.search(joined))
        for effect, vocabulary in self._sentences.items():
            # The whole clause is one form repeated: only the prefixes whose length divides it can be that form.
            for size in range(1, len(joined) + 1):
                if len(joined) % size == 0 and (name := vocabulary.get(joined[:size])) and kw.is_repetition(joined, joined[:size]):
                    return effect, name
            if cjk:
                for form, name in vocabulary.items():
                    if _CJK.search(form) and form in joined and len(joined) <= len(form) + 6:
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


def _answered_no(clauses: tuple[Clause, ...], index: int) -> bool:
    """The questions from ``index`` on are answered no by the next clause that is not a question (two at most between)."""
    for answer in clauses[index + 1:index + 4]:
        if not answer.question:
            return bool(_REJECTION.match(answer.text))
    return False


def _negated(text: str, start: int, foreign: bool = False) -> bool:
    before = text[:start].split()[-_NEGATION_WINDOW:]
    after = before + text[start:].split()[:1]
    for i in range(len(before) - 1, -1, -1):
        if before[i] in _NEGATION_BARRIERS and not (before[i].startswith("interes") and _INTEREST_OBJECT.match(after[i + 1] if i + 1 < len(after) else "")):
            before = before[i + 1:]
            break
    if _WHY_NOT.search(" ".join(before)):
        return False  # "why won't you stop texting me" demands it
    # "no" negates a verb in es/it/pt ("no me den de baja"); in English it usually answers ("no, stop").
    return (any(word in _NEGATORS or (foreign and word == "no") for word in before)
            or bool(before and before[-1] in _WEAK_NEGATORS) or " ".join(before).endswith(_NEGATING_ENDINGS)
            or bool(_WEAK_NEGATING.search(" ".join(before))))


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
        if hit.names_texts and sense.end < hit.end and (named := _AND_THE_TEXTS.match(text, sense.end)) \
                and named.end() <= hit.end:
            continue  # "cancel my membership and the texts": the texts are named too, past the other sense
        if sense.start < hit.end and hit.start < sense.end:
            return sense.rule
    return None
