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

Besides the lexicon's named patterns, the engine reads constructions whatever their words (``CONSTRUCTIONS`` and the
message-level checks below): a sign-up made by mistake, a run-on reason before a bare STOP, a death beside a booking,
a bare "Stop!" meaning wait, second thoughts after "but", wishes against stopping, double negatives, threats and
suppositions, a pasted business text that says what its keyword does.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ingest import keywords as kw
from ingest.intent.lexicon import PATTERNS
from ingest.intent.patterns import MACROS, Effect, expand, out, sense
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
    "na bruh then actually jk both".split()
)
# A CANCEL or END sentence next to these words is about a booking, not the texts.
_BOOKING = frozenset(
    "appointment appointments appt reservation booking order orders meeting visit delivery flight session class "
    "lesson ride trip pickup reschedule rescheduling tomorrow today tonight monday tuesday wednesday thursday "
    "friday saturday sunday cita pedido reserva rendez commande termin bestellung appuntamento ordine rebook rebooking "
    "resched rescheduled practice rehearsal haircut cleaning checkup consult consultation surgery procedure massage "
    "treatment showing inspection install installation shift hotel tee consulta rdv prenotazione visita turno".split()
)
_ITEMS = _BOOKING - frozenset("tomorrow today tonight monday tuesday wednesday thursday friday saturday sunday".split())
_CONTEXT_SENSITIVE = frozenset({"CANCEL", "END", "CANCELAR", "ANULAR", "ANNULER", "ANNULLA", "CANCELLA", "FIN",
                                "FINE", "ENDE", "BEENDEN", "PARA", "ALTO", "T", "TD", "DUR", "HALT"})
# A laugh that only goes with a "no" ("Resubscribe? lol no. STOP") makes nothing play.
_LAUGHING_NO = re.compile(r"\b(?:lol|lmao|haha\w*) (?:no|nope|nah)\b|\b(?:no|nope|nah) (?:lol|lmao|haha\w*)\b|"
                          # ... nor a "jk" that takes back what came before a request ("I want them back... jk please stop")
                          r"\b(?:jk|j k|just kidding)\b(?=\W*(?:\w+\W+){0,2}(?:stop|unsubscribe|remove|cancel|quit|opt)\b)")
# A bare STOP among these is play ("omg stop, that price is insane"), not a request.
_LAUGH = re.compile(r"\b(?:lol+|lmf?ao+|rofl|ha(?:ha)+h?|he(?:he)+|jaja\w*|jeje\w*|kkkk+|rsrs\w*|mdr+|ptdr+|ahah\w*|"
                    r"(?:this is|thats|that is|so) (?:so )?sweet|i(?:['’ ]?m| am) (?:literally )?(?:crying|dying|dead|screaming)|"
                    r"(?:best|greatest) (?:offer|deal|sale|news|text|thing) (?:ever|of the year|all year)|"
                    r"can['’]?t handle (?:how|the|this|it)|"
                    r"trop drole|que risa|muito engracado|zu gut|troppo forte|xd|jk|j k|omg|in a good way|"
                    r"so excited|too good|so good|obsessed|cant believe|blush\w*|amazing|love it|love this|aww+|flattered|you(?:['’ ]?re| are) (?:too|so) (?:kind|sweet|nice|funny)|you(?:['’ ]?re| are) making me \w+|so cute|hilarious|you remembered|trop beau pour etre vrai|trop bien|incroyable|super gunstig|super guenstig|wahnsinn|"
                    r"che bello|che bella|bellissim\w*|increible|que bueno|maravilh\w*|"
                    r"(?:you|u) had me at|couldn['’]?t resist|"
                    r"literally (?:about to|just|gonna) (?:order|buy|get|book)\w*|(?:is|looks|was) (?:perfect|gorgeous|stunning)|"
                    r"troppo gentile|sei un tesoro|sei un amore|mi fai morire|trop gentil|tu es adorable|muy amable|que lindo|"
                    r"que linda|muito fofo|que fofo|so lieb|zu lieb|"
                    r"(?:too|so|very) generous|you shouldn['’]?t have|i(?:['’ ]?m| am) (?:so )?there|count me in|take my money|"
                    r"i (?:need|want) (?:this|that|these|those|one|it) (?:so bad|so badly|in my life|asap)|"
                    r"(?:you|u|yall|y all|you guys|you all) (?:are|r|have|got) (?:the|such) (?:best|greatest|nicest|sweetest|cutest)|"
                    r"(?:that|it|this)(?:['’]?s| is) my (?:favou?rite|fave|fav)|is (?:this|that) real life)\b|"
                    r"[😂🤣😆😹😜😝😛😭😍🥰🤩🙈🙊🥹🥲💀🎉😳😊☺]")
_TAPBACK = re.compile(r"^\s*(?:liked|loved|laughed at|emphasi[sz]ed|questioned|disliked|hearted|reacted \S+ to|"
                      r"reacted to|removed an? \w+ from|a \w+ gusta|le gusto|le encanto|a aime|a adore|"
                      r"hat \S+ geliked|gefallt|se rio de|enfatizo|cuestiono|no le gusto|reacciono \S+ a|curtiu|amou|riu de|"
                      r"enfatizou|questionou|nao curtiu|reagiu \S+ a|a ri de|a souligne|ha messo \S+ a|piace a)\s*[\"“”«„']")
_TITLE_ENDINGS = ("called ", "titled ", "entitled ", "named ")
_THE_ENDINGS = ("the ", "that ", "this ", "your ", "my ", "a ")
_THING = re.compile(r"(?: me| us)? (?:thing|message|text|request|button|reply|part|command|word|joke|bit|option)\b")
# A whole message that quotes someone and names them after a dash ('"stop texting me" - my teenager').
_ATTRIBUTED = re.compile(r'^\W*["“„«‘\'][^"“”„«»]{1,200}["”“»’\']\s*[-—–~]+\s*(?:my|our|his|her|the|a|some|every|me)\b')
# Someone else's words quoted after a reporting verb ('my son texted me "stop texting me mom"'): not the sender's request.
_REPORTED_QUOTE = re.compile(r'\b(?!(?:i|we|im|ive|id)\b)\w+ (?:\w+ )?(?:said|says|texted|texts|wrote|writes|goes|went|yelled|'
                             r'replied|screamed|typed|posted|was like|is like|told me|tells me|texted me|texts me|sent me)'
                             r'\W{0,3}["“„«]([^"“”„«»]{1,200})["”“»]')
# Praise for the offers with a wink ("stop sending such great deals, I have no self control haha"): play, not a request.
_PRAISE = re.compile(r"\b(?:great|amazing|awesome|incredible|irresistible|tempting|good|fantastic|insane|crazy good|killer) "
                     r"(?:\w+ )?(?:deals?|offers?|sales?|prices?|coupons?|discounts?|promos?|stuff|products?)\b|"
                     r"\bno self control\b|\bmy (?:wallet|bank account|bank|credit card|budget) (?:is|hates|cant|cries|crying)\b")
# The quote a tapback opens with and the mark that closes it: what follows is the sender's own reply.
_QUOTE_START = re.compile(r"[\"“”«„]")
_CLOSING_QUOTE = {'"': '"', "“": "”", "”": "”", "«": "»", "„": "“"}
_WORD = re.compile(r"[^\W_]")
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
# "If you don't stop texting me I'll report you": a threat, which demands it; "if you ever stop sending these": a supposition.
_THREAT = re.compile(r"\b(?:if|unless) (?:you|yall|you guys|they) (?:dont|do not|wont|will not|arent going to|dont ever)$")
_CONSEQUENCE = re.compile(r"\b(?:report\w*|block\w*|sue|suing|lawyer|attorney|fcc|ftc|complain\w*|legal|police|bbb|"
                          r"review|harass\w*|court|lawsuit|action)\b")
_IF_YOU = re.compile(r"\b(?:if|unless) (?:you|yall|you guys|they) $")
_HYPOTHETICAL_YOU = re.compile(r"\b(?:(?:even if|in case) (?:you|yall|you guys|they)(?: ever| ever even| just| really| actually)?|"
                               r"if (?:you|yall|you guys|they) ever(?: even| really)?)$")
# "Why don't you stop", "why won't you remove me": a demand, not a negation.
_WHY_NOT = re.compile(r"\bwhy (?:dont|wont|cant|didnt|doesnt|wouldnt|havent|do not|will not|can not|cannot|did not) "
                      r"(?:you|u|yall|you guys|ya|y all|you people)(?: just| simply| ever| please| already)*$")
# A rhetorical question that answers itself no ("why would I want to unsubscribe?", "why would anyone ever opt out").
_RHETORICAL = re.compile(r"\bwhy (?:would|should|on earth would|in the world would) (?:(?:i|we|anyone|anybody|someone)"
                         r"(?: ever| even| really| possibly| want to| wanna| want| like to| choose to| need to| have to){0,3} )?$")
_HELP_RETRACTION = re.compile(r"\b(?:never ?mind|nevermind|nvm|jk|just kidding|j k|kidding|forget (?:it|that)|figured it out|"
                              r"found it|all good now|sorted)\b")
# The object of a negated stop swapped for another ("Don't stop the reminders, just the promos"): stop that one.
_JUST_THE_OTHERS = re.compile(r"^(?:but |and )?(?:just|only|except|except for)(?: stop| cancel| end)?(?: the| your| those| these| all the| all)?"
                              r"(?: \w+)? (?:" + MACROS["MSGS"] + r"|ones|stuff)(?: please| pls| thanks| thank you| then)?$")
# An opt-in that only turns on another kind of message or another channel ("start sending only the reminders").
_PARTIAL_OPT_IN = re.compile(r"\b(?:only|just|instead|emails?|e mails?|newsletters?|new number|other number|my new|different number|"
                             r"calls?|calling|mail|delivery|order|orders|shipping|appointment|appointments|appt|account|fraud|"
                             r"security|weekly|monthly|reminders?|receipts?|confirmations?)\b|"
                             r"\b(?:to|on) (?:my|his|her|our) (?:\w+ )?(?:number|cell|phone|mobile|line)\b")
# A retraction between an opt-in and a later opt-out ("I didn't mean to unsubscribe... actually never mind, stop").
_RETRACTION = re.compile(r"\b(?:never ?mind|nevermind|nvm|jk|just kidding|j k|kidding|actually|on second thought|on second thoughts|"
                         r"scratch that|changed my mind|change of plans|wait no|no wait|forget (?:it|that|what i said))\b")
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
                          r"\b(?:ignore|disregard|cancel|delete|scratch|unsend) (?:my|the|that) (?:last|previous) (?:text|txt|message|"
                          r"msg|sms)\b|"
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
_REJECTION = re.compile(r"^(?:no|nah|nope|never|hell no|no way|not a chance|of course not|not happening|lol no|lol never|"
                        r"absolutely not|hell nah|heck no|definitely not|not at all|never ever)\b|"
                        r"^(?:why would (?:i|we|anyone)|why should (?:i|we)|as if)(?: lol| haha)?$|"
                        # other languages: the answer alone, lest it start a statement ("para nada me sirve esto")
                        r"^(?:ni (?:loco|loca|locos|locas|de broma|en sueno|en suenos|muerto|muerta)|para nada|"
                        r"claro que no|claro que nao|de ninguna manera|pas question|surement pas|certainement pas|"
                        r"nem pensar|nem morto|nem morta|de jeito nenhum|de jeito algum|auf keinen fall|"
                        r"nie im leben|nie und nimmer|assolutamente no|neanche per sogno|nemmeno per sogno|per niente|"
                        r"manco per sogno|jamas|jamais|niemals|nunca|mai|jamais de la vie|nunca mais|nunca jamas|mai e poi mai|"
                        r"nein|nee|ne ne|nej|nei|нет|ні|hayir|non|non non|surtout pas|non surtout pas|bloss nicht|"
                        r"nein danke|no gracias|non merci|no grazie|nao obrigad[oa])"
                        r"(?: (?:gracias|merci|danke|grazie|obrigad[oa]|lol|jaja\w*|kkk\w*|mdr|haha\w*|senor|senora|monsieur))?$")
_MISTAKE = MACROS["MISTAKE"]
# A sign-up made by mistake ("I subscribed by accident, stop"): a reason to stop, unlike a STOP sent by mistake.
_SIGNED_UP_BY_MISTAKE = re.compile(
    r"\b(?:sign(?:ed|ing)? (?:me |us |him |her |my \w+ )?up|signed (?:me |us )?(?:on|in)|subscribed|subscribe|subscribing|opted in|"
    r"opt(?:ed)? (?:me |us )?in|joined|registered|enrolled|added|put on|got put|entered|gave|given)\b(?: \w+){0,6}? " + _MISTAKE + r"\b|"
    r"\b" + _MISTAKE + r" (?:\w+ ){0,2}?(?:sign(?:ed)? (?:me |us )?up|subscribed|opted in|joined|registered|enrolled|added|gave|"
    r"entered)\b")
_STOP_BY_MISTAKE = re.compile(r"\b(?:replied|reply|sent|send|texted|text|typed|type|said|say|hit|pressed|wrote|clicked|tapped|"
                              r"responded|answered)\w* (?:\w+ ){0,3}?(?:stop|unsubscribe|end|cancel|quit|opt out|stopp|baja|arret|"
                              r"sair)\b|\b(?:unsubscribed|opted out|stopped)\b")
# A weak negator followed by a finished verb ("i havent signed up stop texting me"): the denial ends before the request.
_FINISHED_VERB = re.compile(r"\b(?:\w+ed|gave|given|got|gotten|had|done|made|bought|heard|seen|sent|met|said|told|known|paid|"
                            r"been|went|gone|shopped|ever been)\b")
# ... when the request after it is an order ("stop texting me"), not a report ("since i unsubscribed").
_IMPERATIVE_START = re.compile(r"(?!\w+ed\b)(?:please |pls |just |so |now |and |then )?(?:stop|quit|remove|unsubscribe|take|leave|"
                               r"cancel|delete|lose|opt|dont|do not|no more|get|end|block)\b")
# A past opt-out told as the time of something else ("no texts since I unsubscribed, thanks"): a report, unless the texts
# go on ("I still get them after I unsubscribed").
_TIME_OF_PAST = re.compile(r"\b(?:since|after|ever since|when|once|before) (?:i|we) (?:\w+ )?$|"
                           r"\b(?:thought|think|guess|believed|assumed|figured|was sure|swear) (?:that )?(?:i|we) "
                           r"(?:had |already |did |just )?$")
_PAST_FORM = re.compile(r"\w+ed\b")
_GOING_ON = re.compile(r"\b(?:still|keep|keeps|kept|again|continu\w*|anyway|more|another)\b|(?<!havent )(?<!hasnt )(?<!didnt )"
                       r"(?<!not )(?<!never )(?<!no )\b(?:got|get|gets|getting|gotten|received|receiving|recieved)\b")
# A statement of three words or more run on into a bare STOP at the end of its clause ("i wasnt even a customer stop"),
# unless the word before it makes the STOP part of the statement ("don't stop", "when I say stop", "the next stop").
_RUN_ON_STOP = re.compile(r"^(?:\w+ ){2,}(\w+) (?:stop|unsubscribe|stopall)$")
_NOT_RUN_ON = frozenset(
    "dont cant wont not never to no say said says text texted reply replied type typed send sent write wrote the a an bus "
    "next last first one two three few more another quick short brief final rest truck train pit full each every any "
    "second third extra scheduled will would should could can did does do may might must it when if word this that my "
    "your our his her their its or and what which whose itll theyll youll ill hell shell gonna going wanna gotta about "
    "ever let lets why how didnt doesnt isnt wasnt arent werent havent hasnt hadnt wouldnt shouldnt couldnt mustnt aint "
    "cannot as than like reponds repondre repondu reponde envoie envoyer envoye ecris ecrire tape taper responde responder "
    "respondo respondi contesto contestar rispondo rispondere risposto scrivo scrivere mando mandar mandei escrevo escrever "
    "antworte antworten schreibe schreiben sende senden tippe saying telling del el la le il lo der die das den dem des du "
    "au da o".split())
# ... and only after a reason to stop: who the sender is not, what they never did, how often the texts come.
_RUN_ON_REASON = re.compile(r"\b(?:customer|client|signed|sign|subscribed|subscribe|asked|ask|consent\w*|agreed|agree|number|"
                            r"wrong|who|times|again|spam\w*|texts?|texting|messages?|idea|know|knew|shop|shopped|bought|member|"
                            r"patient|account)\b")
# ... nor a clause that asks or supposes ("does texting END do the same thing as STOP", "si je réponds STOP").
_NOT_RUN_ON_START = frozenset("if si se wenn falls when what whats does do should would will can could is are how why "
                              "where who which did was were has have".split())
# Keeping something else than the texts: an account, points, an order, the emails.
_KEPT_OTHER = re.compile(r"keep (?:(?:my|the|your|our|all my|all the) )?(?:\w+ )?(?:account|accounts|points|rewards|order|orders|"
                         r"appointment|appointments|appt|booking|reservation|membership|emails?|e ?mails?|card|spot|place|"
                         r"subscription box|plan|info|details|data|profile|balance|credit|gift card|warranty|coupons? code)\b"
                         r"(?! (?:updates?|texts?|alerts?|messages?|notifications?|reminders?|confirmations?|sms|txts?)\b)")
# A number given by mistake ("someone entered my number by mistake"): the number is not theirs to text.
_NUMBER_BY_MISTAKE = re.compile(
    r"\b(?:someone|somebody|they|you|u|he|she|my \w+|the \w+|it|i)(?: must have| must of| probably| accidentally| just)? "
    r"(?:entered|added|put|gave|given|registered|signed up|typed|listed|used|submitted)\w* (?:\w+ ){0,2}?(?:my|this|our) "
    r"(?:phone |cell |mobile )?(?:number|phone|cell|mobile)\b(?: \w+){0,4}? " + _MISTAKE + r"\b|"
    r"\b(?:my|this|our) (?:phone |cell |mobile )?(?:number|phone|cell) (?:was|got|is|has been|must have been|must of been) "
    r"(?:\w+ ){0,2}?(?:entered|added|put|given|registered|signed up|listed|used|submitted)\w*(?: \w+){0,4}? " + _MISTAKE + r"\b")
# ... unless the message corrects the number ("the right one is ...", "as my husband's, can you fix it?").
_NUMBER_CORRECTION = re.compile(r"\b(?:right|correct|new|instead|actual|real|update|fix|change|should be|supposed to be|as my|"
                                r"keep|still want)\b")
_NUMBERISH = re.compile(r"\b(?:number|phone|cell|mobile)\b")
# A death told to cancel or move a booking ("my mom passed away, please cancel her appointment"): no notice about
# this number unless the message also speaks of the number or the texts.
_DEATH_RULES = frozenset({"phrase:deceased", "phrase:fr:decede", "phrase:de:verstorben"})
_ERRAND = re.compile(r"\b(?:cancel\w*|reschedul\w*|rebook\w*|re book\w*|postpon\w*|move|push back|missed|miss|make it|"
                     r"transfer\w*|redeem\w*|claim\w*|close|closing|order|ordering|buy|book|booking|"
                     r"call off|annul\w*|absag\w*|absagen|stornier\w*|reprogram\w*|desmarc\w*|disdic\w*|spost\w*|"
                     r"verschieb\w*)\b|\bsag\w* (?:\w+ ){0,6}?ab\b")
# ... or a thing of theirs to settle ("My father passed, can I transfer his points to me?").
_THEIR_ASSET = re.compile(r"\b(?:his|her|their) (?:points|rewards|balance|gift cards?|credit|store credit|membership|order|orders|"
                          r"prescriptions?|refill|account|deposit|layaway|warranty)\b")
# The notices of es/it/pt name a death inside their wrong-number rules.
_FOREIGN_NOTICES = frozenset({"phrase:es:equivocado", "phrase:it:numero-sbagliato", "phrase:pt:numero-errado"})
_DEATH_WORD = re.compile(r"\b(?:falleci\w*|murio|muri\w*|muert[oa]|fallecid[oa]|mort[oa]|morto|deceduto|deceduta|scompars[oa]|"
                         r"faleceu|falecid[oa]|morreu)\b")
_THEIR_THING = re.compile(r"\b(?:cancel\w*|reschedul\w*|rebook\w*|annul\w*) (?:his|her|their|su|sus|sua|suo|son|sa|ses|"
                          r"ihren|seinen|\w+s) (?!(?:\w+ )?(?:account|accounts|"
                          r"membership|memberships|subscriptions?|profile|plan|service|services|policy|card|everything)\b)")
_NOTICE_OBJECT = re.compile(r"\b(?:number|phone|cell|mobile|line|texts?|texting|messages?|msgs?|sms|reminders?|list|contact\w*|"
                            r"nummer|numero|telephone|telefono|telefone|portable|handy|messages|mensajes|mensagens|messaggi|"
                            r"nachrichten|everything|todo|tout|alles|tutto|tudo)\b")
# A bare "Stop!" of surprise at an offer ("Stop! Is that really the price?") or halting an order ("Stop! Don't ship it
# yet"): not about the texts, unless the message also complains about them.
_SURPRISE = re.compile(r"\b(?:(?:are|r) (?:you|u) (?:serious|kidding|joking)|(?:you|u)(?:re| are| r)? (?:kidding|joking)|"
                       r"no kidding|(?:cant|can not|cannot) be (?:right|real|true)|that was (?:fast|quick)|"
                       r"is (?:this|that|it|the [\w ]{1,24}?) (?:for )?real)\b|"
                       r"\b(?:really|seriously|for real|actually) \?|\bis (?:this|that|it) (?:really|actually)\b")
_STRONG_SURPRISE = re.compile(r"\bis (?:this|that|it|the [\w ]{1,24}?) (?:for )?real\b|\b(?:cant|can not|cannot) be (?:right|real|true)\b|"
                              r"\bthat was (?:fast|quick)\b")
_WAIT = re.compile(r"^(?:hold on|hang on|wait|wait a (?:sec|second|minute|min)|one sec|one second|just a sec|just a second|"
                   r"give me a (?:sec|second|minute)|before i forget|attends|attendez|aspetta|aspettate|aspetti|un attimo|un momento|espera|"
                   r"esperen|espere|espera ai|warte|warten sie|wartet|moment mal|einen moment|подожди|подождите|секунду|"
                   r"bekle|bekleyin|chwila|czekaj|vent|wacht)\b|"
                   # ... or the sender corrects what they said ("Stopp, falsche Uhrzeit! Ich meinte 15 Uhr").
                   r"^(?:i meant|ich meinte|je voulais dire|quise decir|queria decir|intendevo|eu quis dizer|я перепутал|я ошибся|"
                   r"я ошиблась|je me suis trompee?|ho sbagliato|mi sono sbagliat[oa]|me equivoque|me confundi|errei|"
                   r"falsche (?:uhrzeit|zeit|adresse|grosse|farbe|bestellung|nummer im auftrag)|mauvaise (?:taille|adresse|couleur)|"
                   r"sbagliato (?:taglia|indirizzo|colore)|talla equivocada|direccion equivocada)\b")
_HALT = re.compile(r"\b(?:dont|do not) (?:charge|ship|send|process|mail|deliver|bill|run|book|submit|place|debit)\w* "
                   r"(?:\w+ ){0,3}?yet\b|\bchanged? (?:my|our) minds? (?:about|on) (?:the|my|this|that) (?:order|purchase|"
                   r"appointment|appt|booking|reservation|delivery|payment|item|size|color|colou?r)\b|"
                   r"\bwrong (?:address|size|colou?r|item|card|quantity)\b|\b(?:im|i am) (?:here|outside|downstairs|"
                   r"almost there|on my way|coming|right here|at the door)\b|\bwait for me\b|\bcoming in\b|\bhold (?:the|my|that|this) (?:order|shipment|package|"
                   r"payment|delivery)\b")
# A correction of the order's details ("stop! the delivery was for apt 4B not 4D").
_CORRECTION = re.compile(r"\b(?:was|is|its|says|say|reads|meant|should be|supposed to be|goes to|go to|for|to|at) (?:\w+ ){1,6}?"
                         r"not (?:\w+ ){0,2}\w+$")
# ... of something ordered or booked (the words of _BOOKING count too).
_ORDERED = re.compile(r"\b(?:cake|cakes|name|names|spelling|address|apt|apartment|unit|suite|office|location|size|sizes|colou?r|"
                      r"pickup|delivery|order|engraving|print|label)\b")
_COMMERCE = re.compile(r"[$%€£]|\b(?:price|prices|priced|cost|costs|off|deal|deals|sale|free|coupon|coupons|discount|discounts|"
                       r"bogo|buy|cheap|bill|order|ordered|ship|shipped|shipping|delivery|delivered|store|shop|offer|promo|"
                       r"points|rewards|refund|charge|charged|card)\b")
_ANNOYED = re.compile(r"\b(?:texts?|texting|txt|messages?|msgs?|sms|spam\w*|numbers?|again|another|keep|keeps|still|times|"
                      r"every|asked|told|who|why|signed|sign up|subscri\w*|opt\w*|consent\w*|harass\w*|end|bother\w*|"
                      r"annoy\w*|\d+(?:st|nd|rd|th)|enough|tired|sick)\b")
# A business text's instruction, which says what its keyword does: "reply CANCEL to cancel your appointment".
_DEFINITION = re.compile(r"\b(?:reply|replying|respond|text|txt|send|type|msg)(?: with)?(?: the word)? (stop|end|quit|cancel|unsubscribe|"
                         r"stopall|optout|baja|arret|stopp|sair|alto|fin|fine|ende|remove|parar|annuler|cancelar|cancella) "
                         r"(?:to|2|for) ((?:\w+ ){0,4}\w+)")
_NOT_TEXTS_PURPOSE = re.compile(r"\b(?:appointment|appointments|appt|appts|order|orders|booking|reservation|delivery|visit|"
                                r"session|class|confirm|reschedule|pause|skip|hold|ride|trip|payment|transfer|request|meeting|"
                                r"rsvp|donation|pledge|pickup|refill|shipment)\b")
# A quoted business text's own instruction ("..., STOP to opt out"): a mention of the keyword, not a request.
_INSTRUCTION = re.compile(r"^(?:or |and |text |txt |reply |send )?(?:stop|end|quit|cancel|unsubscribe|stopall|stop all) "
                          r"(?:to|2|for) (?:opt out|optout|unsubscribe|end|cancel|stop|quit|be removed|remove|opt out of)\b")
_CONTRAST_WORD = re.compile(r"\b(?:but|pero|aber|mais|ma|mas|however)\b")
# Second thoughts: "I wanted to unsubscribe but the deals are too good", "Je voulais me désabonner mais je reste".
_PAST_INTENT = re.compile(r"(?:\b(?:wanted|meant|planned|intended|was about|was planning|were planning|was thinking|had planned) to|"
                          r"\b(?:voulais|voulait|voulions|pensais|allais|wollte|wollten|volevo|volevamo|pensavo|stavo per|queria|"
                          r"quería|queriamos|pensaba|pensei em|iba a|ia|estaba por))(?: \w+){0,2}$")
_REVERSAL = re.compile(r"\b(?:(?:i|ill|we|im|well|i will|we will|i ll) (?:\w+ )?(?:keep|stay|remain)|keep (?:them|em|it|the|getting|"
                       r"receiving|coming|sending)|staying|like|likes|love|loves|enjoy|good|great|worth|changed (?:my|our) mind|"
                       r"decided|never ?mind|nvm|actually|fine|reste|rester|garde|gardez|aime|adore|bleibe|bleiben|behalte|gut|toll|"
                       r"resto|restare|tengo|quedo|quedarme|fico|ficar|continuar|continuer|continuare|weiter|buone|belle|belli|"
                       r"buenas|buenos|boas|bons|bonnes|adoro|encantan|gustan|gosto|piacciono|mag|finalement|finalmente|"
                       r"doch|invece|lieber)\b")
_OBSTACLE = re.compile(r"\b(?:couldnt|could not|cant|can not|cannot|didnt work|doesnt work|dont work|wont let|not working|"
                       r"no link|no pude|nao consegui|pas reussi|konnte nicht|non riesco|non sono riuscit\w*)\b")
# A negation of an opt-out that itself carries a negation ("it's not like I don't want them"): no request.
_DOUBLE_NEGATION = re.compile(r"\b(?:not|isnt|wasnt|aint) (?:like|that|as if|as though|because|cause) (?:i|we)(?: really| even)?$|"
                              r"\b(?:ce n est pas|c est pas|ce nest pas|no es|non e|nao e|nicht) (?:que|qu|che|dass)(?: \w+){0,3}$")
_DOUBLE_NEGATION_GATES = (" not ", "nt ", "pas que", "es que", "e que", " e che", "nicht dass")
# "I don't want you to stop", "No quiero que dejen de mandarme": a wish against stopping, the opposite of a request.
_NOT_WANT_STOP = re.compile(r"\b(?:no|non|nao|ne|dont|do not|didnt|never|wont)\b (?:(?:me|te|le|lo|la|nos|ne|je|really|just) ){0,2}(?:quier\w*|quisiera|dese\w*|"
                            r"vogli\w*|vorrei|quer\w*|veu\w*|voul\w*|souhait\w*|will|wollen|mochte\w*|want|wanna|wish)"
                            r"(?: pas| nicht)? (?:que |che |dass |q |(?:you|u|yall|you guys|them) to )(?:\w+ ){0,2}?"
                            r"(?:dej(?:en|e|ar|an|es)|paren|pare|parar|parem|param|termin\w*|smett\w*|piant\w*|aufh\w*r\w*|"
                            r"arret\w*|cess\w*|stop|stopp\w*|quit|end)\b")
# "Don't text me unless it's about my order": a limit on the texts, not a wait.
_UNLESS_LIMIT = re.compile(r"\bunless (?:its|it is|theyre|they are|it s|its about|about|for|regarding|related to|there is|"
                           r"theres|urgent|important|an emergency)\b")

# The message says it only asks ("just curious", "asking for a friend"): its question clauses request nothing.
_JUST_ASKING = re.compile(r"(?:^|[.,;:!?(-]\s*)(?:i['’]?m |i am |i was )?(?:just|only) (?:asking|curious)"
                          r"(?: (?:lol|haha|lmao|tho|though|thanks|thx))?\s*(?:[.,;!?)]|$)|"
                          r"\basking for (?:a friend|my \w+)\b|\b(?:je demande pour|pregunto por|pergunto pela?|chiedo per|ich frage fur) "
                          r"(?:une amie|un ami|ma|mon|mi|mia|mio|minha|meu|meine[nr]?|einen? freund\w*)\b|\bhypothetically\b|\bfor future reference\b|\bout of (?:pure )?curiosity\b|"
                          r"\bnot (?:yet|now|right now)[\s,.;!-]+(?:i['’]?m )?just (?:asking|checking|wondering|curious)\b")
# Opt-outs with only a pronoun for an object ("I don't need it"): about the thing another sense names ("cancel the
# warranty, I don't need it"), when the message has one.
_ANAPHORIC = frozenset({"phrase:dont-want-alone", "phrase:im-done"})
_PRONOUN = re.compile(r"\b(it|this|that|them|these|those|one)(?: (?:anymore|any more|ever|again|at all|now|either|thanks|please))*$")
_OBJECT_SENSES = frozenset({"booking", "cancel-booking", "remove-item", "stop-charge", "opt-out-other", "remove-from-other",
                            "quit-job", "send-goods"})
# A clause saying that what was searched for turned up ("found it"): a bare STOP beside it ends the search, not the texts.
_RESOLVED = re.compile(r"^(?:ok |okay |oh |nvm |never mind )?(?:i |we )?(?:just |finally )?(?:found|find) (?:it|them|the \w+|my \w+)$|"
                       r"^(?:i |we )?(?:just )?figured it out$|"
                       r"^(?:ok |c est bon |ya |vale |va bene |ok ok )?(?:j ai trouve|jai trouve|ho trovato|l ho trovat[oa]|"
                       r"(?:ya )?(?:lo |la )?encontre|achei|ich habe (?:es|ihn|sie) gefunden|hab(?:e)? (?:es|ihn|sie|s) gefunden|"
                       r"gefunden)(?: \w+){0,3}$")
# A change of number ("stop texting my old number, this is my new one"): the texts should go on, to the new number.
_NEW_NUMBER = re.compile(r"\b(?:this is|here is|heres|its) my new (?:number|phone|cell|line)\b|\bsend (?:everything|them|it all|"
                         r"all of it) (?:here|to this (?:number|one))\b|\b(?:text|use) this (?:number|one) instead\b")
_OLD_NUMBER = re.compile(r"\b(?:my|the) (?:old|previous|former) (?:number|phone|cell|line)\b")
_KIDDING = re.compile(r"(?:lol |haha |lmao )?(?:jk|j k|just kidding|kidding|im kidding|just joking|jking)\b")
# A denial of consent that the sender then accepts ("how did you get my number? my friend must have signed me up, it's
# fine", "never signed up but honestly these deals are great"): no request.
_DENIALS = frozenset({"phrase:never-signed-up", "phrase:how-got-my-number"})
_ACCEPTED = re.compile(r"\b(?:its|it s|thats|that s) (?:fine|ok|okay|cool|all good)\b|\b(?:no worries|all good|no problem|no prob)\b|"
                       r"\bbut (?:ok|okay|sure|whatever|fine)\b|\b(?:love|like|enjoy) (?:the|your|these) (?:deals|texts|offers|coupons|"
                       r"promos)\b|\b(?:deals|texts|offers|coupons|promos) are (?:great|good|amazing|awesome|nice)\b|"
                       r"\bkeep (?:them|em|the \w+) coming\b")
_ANNOYED_DENIAL = re.compile(r"\b(?:stop|remove|unsubscribe|delete|take me off|illegal|report\w*|spam\w*|harass\w*)\b")
_KIDDING_END = re.compile(r"\b(?:jk|j k|just kidding|im kidding|just joking)(?: (?:lol|haha|lmao))?$")
# Opt-in is explicit only: a sender who supposes it or asks whether or how they could ("can I resubscribe later?",
# "what happens if I reply STOP by accident", "how do I opt back in if I change my mind?") asks for nothing yet.
_OPT_IN_DOUBT = re.compile(r"\bif (?:i|we|yo|je|eu|io|ich)\b|\bwhat (?:happens|would happen|if)\b|\b(?:later|someday|eventually|"
                           r"in the future|down the road|change (?:my|our) minds?|would (?:i|we) be able|will (?:i|we) be able|"
                           r"is it possible|mas tarde|plus tard|mais tarde|piu tardi|spater|si (?:je|yo) |se (?:eu|io) |wenn ich|"
                           r"falls ich)\b")
_ASKS_THE_WAY = re.compile(r"^(?:did|have|was|am|were) (?:i|we)\b|"
                           r"^(?:\w+ )?(?:how|como|comment|wie|come) (?:do|can|could|would|does|puedo|se|je|kann|posso|faccio|faz|"
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
                               r"(?:texts|messages|alerts|number) back on\b|\b(?:is|are) (?:she|he|they) still (?:on|in|subscribed|getting|signed)\b|"
                               # ... or for something else left by mistake ("quit the chat by accident").
                               r"\b(?:quit|left|closed|exited|ended|cancell?ed|unsubscribed from) (?:the |my |this |that )?(?:chat|app|call|"
                               r"group|game|meeting|page|tab|window|order|email|emails|newsletter)\b|\b(?:send|sending|text|texting|keep)\w* (?:\w+ ){0,2}?"
                               r"(?:to|for) (?:her|him)\b")
_BARE_STOP = frozenset({"phrase:stop-it", "phrase:you-can-stop", "phrase:can-you-stop", "sentence:STOP", "sentence:STOPP",
                        "sentence:СТОП", "sentence:DUR", "sentence:ALTO", "sentence:PARA", "sentence:HALT"})
# Rules that a question does not make ("He passed away?", "No more coupons?", "Not interested? Try our menu").
# ... but "Wrong number?" alone is the notice, asked politely.
_BARE_NOTICE = re.compile(r"(?:(?:uh|um|hmm|sorry|hi|hello|umm) )*(?:i think )?(?:(?:you|u) (?:have|got) )?(?:the |a )?wrong "
                          r"(?:number|person|#)(?: (?:sorry|buddy|dude|mate|maybe|perhaps|i think))*")
_STATEMENTS = frozenset({"wrong-number", "deceased", "no-more", "no-more-alone", "not-interested", "es:equivocado", "fr:plus-de", "fr:pas-par-sms",
                         "fr:mauvais-numero", "fr:decede", "de:verstorben", "de:falsche-nummer", "pt:numero-errado",
                         "it:niente-msg", "it:numero-sbagliato"})
# Bare STOP forms that are play when the message laughs or flatters ("stop it, you're too sweet").
_PLAYFUL = frozenset({"phrase:stop-it", "phrase:enough-already", "phrase:if-again", "phrase:you-can-stop", "phrase:can-you-stop",
                      "phrase:fr:arretez-seul", "phrase:es:basta", "phrase:it:basta-sola", "phrase:pt:chega", "phrase:it:smettila"})
# ... unless the question asks who or how ("Qui vous a donne mon numero?"): that asks for the number's source, a notice.
_ASKS_HOW = re.compile(r"\b(?:who|how|qui|comment|quien|como|wer|wie|woher|chi|come|quem)\b")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


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
    out("construction:no-longer-send", r"\b(?:dont|do not|never)(?: ever)? " + _SEND_VERB + r"\w*" + _TEXTS_OBJECT +
        r" (?:anymore|any more|again|ever again)\b", "don't send these anymore", negatable=False),
    out("construction:not-going-on", r"\b(?:dont|do not|never|no|non|nao|ne|no need to|(?:you|u|yall) (?:dont|do not) (?:need|have) to|"
        r"theres no need to|there is no need to|no reason to)\b (?:(?:me|te|le|lo|la|nos|ne|je|really|just|i|we) )?"
        r"(?:(?:quiero|queremos|quisiera|voglio|vogliamo|vorrei|quero|veux|voulons|voudrais|souhaite|want|wish)(?: pas)? "
        r"(?:que|che|q|you to|u to|them to) (?:(?:vous|voces|ustedes|voi|ellos|me|mi|m|nos|ci|te) ){0,2})?" + _GOING_ON_SENDING
        + _TEXTS_OBJECT + r"(?: (?:please|pls|anymore|any more|every day|all the time|so much|so often|constantly|mas|piu|plus|mais|"
        r"mehr|por favor|per favore|svp|por favor))*$",
        "non voglio che continuiate a scrivermi", "don't keep texting me", negatable=False),
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
def _compiled_rules() -> tuple[tuple[_Rule, ...], RuleIndex]:
    """The named patterns compiled and indexed, once per process (they do not depend on the settings)."""
    patterns = (*PATTERNS, *CONSTRUCTIONS)
    built = [compile_rule(expand(p.regex)) for p in patterns]
    rules = tuple(_Rule(p.name, p.effect, regex, p.negatable) for p, (regex, _) in zip(patterns, built))
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
        if tapback := _TAPBACK.match(folded):
            # What the sender typed below the quoted message ("Liked “Your order shipped”\nSTOP") is their reply.
            opening = _QUOTE_START.search(text)
            closing = text.find(_CLOSING_QUOTE[opening.group()], opening.end()) if opening else -1
            reply = text[closing + 1:] if closing >= 0 else ""
            if not _WORD.search(reply):
                return kw.Decision(kw.Label.OTHER, "quoted:tapback", by_keyword=False)
            decision = self.classify(reply)
            if decision.label is kw.Label.OTHER:
                return decision
            return kw.Decision(decision.label, f"after-tapback:{decision.rule}", decision.keyword, by_keyword=False)
        if any(_NOT_THIS_PERSON.match(line) for line in text.splitlines()):
            return self._decision(kw.Label.OPT_OUT, "phrase:not-this-person")
        clauses = prepare(text)
        if _ATTRIBUTED.match(folded):
            # '"stop texting me" - my teenager, every day': someone else's words, quoted.
            return kw.Decision(kw.Label.OTHER, "mention:attributed-quote", by_keyword=False)
        if ('"' in folded or "“" in folded) and _only_reported(folded):
            return kw.Decision(kw.Label.OTHER, "mention:reported-quote", by_keyword=False)
        message_words = {w for clause in clauses for w in clause.text.split()}
        laughing = _LAUGH.search(folded) is not None
        if laughing and ("lol" in folded or "haha" in folded or "lmao" in folded or "j" in folded):
            laughing = _LAUGH.search(_LAUGHING_NO.sub(" ", folded)) is not None
        own_mistake = bool(_OWN_MISTAKE.search(folded))
        keyword_slip = bool(_KEYWORD_SLIP.search(folded))
        just_asking = bool(_JUST_ASKING.search(folded))
        resolved = any(_RESOLVED.match(clause.text) for clause in clauses)
        opt_in_doubt = bool(_OPT_IN_DOUBT.search(folded) or _FOR_SOMEONE_ELSE.search(folded))
        all_text = " ".join(clause.text for clause in clauses)
        # A business text pasted with the reply defines its keywords ("Txt END to quit\nEND", "Reply CANCEL to cancel your
        # appointment\nCANCEL"): what the keyword was said to do decides what it asks.
        defined = {m.group(1): not _NOT_TEXTS_PURPOSE.search(m.group(2)) for m in _DEFINITION.finditer(all_text)} \
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
        # "leave me alone, I'm sleeping! jk what time do you open": what came before the "jk" was not meant.
        kidding = next((i for i, c in enumerate(clauses) if i and _KIDDING.match(c.text)), None)
        for index, clause in enumerate(clauses):
            hits, clause_cancelled, clause_senses = self._clause(clause, message_words, laughing, defined)
            object_senses += [name for name in clause_senses if name in _OBJECT_SENSES]
            if (kidding is not None and index < kidding) or _KIDDING_END.search(clause.text):
                hits = _drop(hits, _is_opt_out, "sense:just-kidding", cancelled)
            if resolved:
                # "ok you can stop now, found it": the search is over.
                hits = _drop(hits, lambda h: h.rule in _BARE_STOP, "sense:resolved", cancelled)
            if index == 0 and any(h.rule in _BARE_STOP for h in hits) and _stop_means_wait(clauses, folded, all_text,
                                                                                          message_words):
                # "Stop! Is that really the price?", "Stop! Don't ship it yet": a bare Stop of surprise or halting.
                hits = _drop(hits, lambda h: h.rule in _BARE_STOP, "sense:stop-meaning-wait", cancelled)
            if any(h.rule == "phrase:by-mistake" for h in hits) and _SIGNED_UP_BY_MISTAKE.search(clause.text) \
                    and not _STOP_BY_MISTAKE.search(clause.text):
                # "STOP I signed up by accident": the mistake was signing up, a reason to stop.
                hits = [_Hit(Effect.OPT_OUT, "phrase:signed-up-by-mistake", h.start, h.end) if h.rule == "phrase:by-mistake"
                        else h for h in hits]
            reported = [h for h in hits if _is_opt_out(h) and _PAST_FORM.match(clause.text, h.start)
                        and _TIME_OF_PAST.search(clause.text, 0, h.start)]
            if reported and not _GOING_ON.search(all_text):
                hits = _drop(hits, lambda h: h in reported, "sense:reported-past", cancelled)
            if any(h.effect is Effect.KEEP for h in hits):
                # "unsubscribe me but keep my account open": what is kept is not the texts.
                hits = [h for h in hits if h.effect is not Effect.KEEP or not _KEPT_OTHER.match(clause.text, h.start)]
            if not clause.question and not hits and not clause_cancelled and not laughing \
                    and clause.text.endswith((" stop", " unsubscribe", " stopall")) \
                    and (run_on := _RUN_ON_STOP.match(clause.text)) and run_on.group(1) not in _NOT_RUN_ON \
                    and clause.text.split(" ", 1)[0] not in _NOT_RUN_ON_START and _RUN_ON_REASON.search(clause.text):
                # "i wasnt even a customer stop": a statement, then the keyword, with no punctuation between them.
                hits = [_Hit(Effect.OPT_OUT, "phrase:run-on-stop", 0, len(clause.text))]
            if not clause.question and not hits and _NUMBERISH.search(clause.text) and _NUMBER_BY_MISTAKE.search(clause.text) \
                    and not _NUMBER_CORRECTION.search(all_text):
                hits = [_Hit(Effect.OPT_OUT, "phrase:number-by-mistake", 0, len(clause.text))]
            if any(_is_opt_out(h) for h in hits) and (thoughts := _second_thoughts(clauses, index, hits)):
                # "I wanted to unsubscribe but the deals are too good": an intention given up.
                hits = _drop(hits, lambda h: h in thoughts, "negated:second-thoughts", cancelled)
            if just_asking and clause.question:
                # "Can I unsubscribe from the promos only? Just checking": a question, not a request.
                hits = _drop(hits, _is_opt_out, "question:just-asking", cancelled)
            if opt_in_doubt or (clause.question and _ASKS_THE_WAY.search(clause.text)):
                hits = _drop(hits, lambda h: h.effect is Effect.OPT_IN, "question:opt-in-doubt", cancelled)
            if clause.question and _answered_no(clauses, index):
                # "Unsubscribe? No way", "Start? No. STOP": the sender asks and answers it themselves.
                hits = _drop(hits, lambda h: h.effect in (Effect.OPT_OUT, Effect.OPT_IN), "rejected:{rule}", cancelled)
            cancelled += clause_cancelled
            if not hits and previous_negated and _JUST_THE_OTHERS.match(clause.text):
                hits = [_Hit(Effect.OPT_OUT, "phrase:just-the-others", 0, len(clause.text), True)]
            previous_negated = any(c.startswith("negated:") for c in clause_cancelled)
            if own_mistake:
                hits = _drop(hits, lambda h: h.rule[len("phrase:"):] in _WRONG_NUMBER_RULES, "sense:own-mistake", cancelled)
            if keyword_slip and retracted is None:
                hits = _drop(hits, lambda h: _is_opt_out(h) and h.rule.startswith("sentence:"), "sense:keyword-slip",
                             cancelled)
            for hit in hits:
                found[hit.effect].append(hit)
                if hit.effect is Effect.OPT_IN:
                    first_opt_in = index if first_opt_in is None else first_opt_in
                    opt_in_partial.append(hit.rule != "phrase:by-mistake" and bool(_PARTIAL_OPT_IN.search(clause.text)))
                elif _is_opt_out(hit):
                    first_opt_out = index if first_opt_out is None else first_opt_out
                    last_opt_out = index
                elif hit.effect is Effect.HELP:
                    last_help = index
            if (first_opt_in is not None or last_help is not None) and _RETRACTION.search(clause.text):
                if first_opt_in is not None and retracted is None and (index > first_opt_in or not hits):
                    retracted = index
                if last_help is not None and index > last_help and not any(h.effect is Effect.HELP for h in hits) \
                        and _HELP_RETRACTION.search(clause.text):
                    # "can u help me carry the couch up? lol jk": the request for help was taken back.
                    cancelled.append("retracted:" + found[Effect.HELP][0].rule)
                    found[Effect.HELP] = []
                    last_help = None
        if retracted is not None and last_opt_out is not None and last_opt_out >= retracted:
            # "I replied stop by accident. jk, stop": the opt-in was taken back.
            cancelled.insert(0, "retracted:" + found[Effect.OPT_IN][0].rule)
            found[Effect.OPT_IN] = []
        elif found[Effect.OPT_IN] and all(opt_in_partial) and first_opt_out is not None and first_opt_out <= first_opt_in:
            # "Stop the promos, start sending only the reminders", "opt out of texts and opt in to emails": one attribute
            # for the number, revoked; what is turned on is another kind of message or another channel.
            cancelled.insert(0, "partial:" + found[Effect.OPT_IN][0].rule)
            found[Effect.OPT_IN] = []
        if found[Effect.OPT_OUT] and (laughing or " my " in all_text or "self control" in all_text) \
                and _PRAISE.search(all_text) and not _ANNOYED.search(all_text):
            # "Please stop sending such great deals, I have no self control haha": a compliment, not a request.
            cancelled.insert(0, "sense:praise")
            found[Effect.OPT_OUT] = []
        deaths = [h for h in found[Effect.OPT_OUT] if h.rule in _DEATH_RULES
                  or (h.rule in _FOREIGN_NOTICES and _DEATH_WORD.search(all_text))]
        if deaths and _ERRAND.search(all_text) and not _NOTICE_OBJECT.search(all_text) and (
                message_words & _BOOKING or "cancel-booking" in object_senses or _THEIR_THING.search(all_text)
                or _THEIR_ASSET.search(all_text)):
            # "My mom passed away, please cancel her appointment on Friday": a booking to cancel, not a notice.
            cancelled.insert(0, "sense:death-errand")
            found[Effect.OPT_OUT] = [h for h in found[Effect.OPT_OUT] if h not in deaths]
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
        if found[Effect.OPT_OUT] and all(h.rule in _DENIALS for h in found[Effect.OPT_OUT]) and _ACCEPTED.search(folded) \
                and not _ANNOYED_DENIAL.search(folded):
            cancelled.insert(0, "sense:accepted")
            found[Effect.OPT_OUT] = []
        if found[Effect.OPT_OUT] and _NEW_NUMBER.search(folded) and _OLD_NUMBER.search(folded):
            cancelled.insert(0, "sense:new-number")
            found[Effect.OPT_OUT] = []
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

    def _clause(self, clause: Clause, message_words: set[str], laughing: bool,
                defined: dict[str, bool] | None = None) -> tuple[list[_Hit], list[str], list[str]]:
        text = clause.text
        hits: list[_Hit] = []
        senses: list[_Hit] = []
        mentions: list[str] = ["keyword-instruction"] if _INSTRUCTION.match(text) else []
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
                elif rule.name in _STATEMENTS and clause.question and not _ASKS_HOW.search(text) and not _BARE_NOTICE.fullmatch(text):
                    cancelled.append(f"question:{rule.name}")  # "He passed away?" asks, it does not tell
                elif rule.negatable and _negated(text, m.start(), foreign=":" in rule.name):
                    cancelled.append(f"negated:{rule.name}")
                elif rule.effect is Effect.OPT_OUT and (_against_stop(text, m, wishes_against_stop)
                                                        or _double_negation(text[:m.start()])
                                                        or _named_thing(text, m)):
                    cancelled.append(f"negated:{rule.name}")  # "no quiero que dejen de...", "not like I don't want them"
                else:
                    if rule.effect is Effect.OPT_OUT and senses:
                        m = _past_senses(rule.regex, text, m, senses)
                    pronoun = _PRONOUN.search(m.group())
                    hits.append(_Hit(rule.effect, f"phrase:{rule.name}", m.start(), m.end(),
                                     bool(_TEXTS.search(m.group())), pronoun.group(1) if pronoun else ""))
        sentence = self._sentence(text)
        if sentence is not None:
            effect, name = sentence
            purpose = defined.get(text) if defined else None
            if effect is Effect.OPT_OUT and purpose is False:
                cancelled.append("mention:defined-keyword")  # "Reply CANCEL to cancel your appointment\nCANCEL"
            elif effect is Effect.OPT_OUT and purpose:
                hits.insert(0, _Hit(effect, f"sentence:{name}", 0, len(text)))  # "Txt END to quit\nEND"
            elif effect is Effect.OPT_OUT and name in _CONTEXT_SENSITIVE and message_words & _BOOKING:
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
        """The clause is one keyword, alone or among fillers ("ok STOP please", "unsubscribe me now"); a number beside
        it is the number or the order it is about ("STOP 555-0123", "STOP #4471"), except beside CANCEL or END
        ("cancel 2" picks an item)."""
        found = self._one_keyword(text.split())
        if found is None and any(t.isdigit() for t in text.split()):
            found = self._one_keyword([t for t in text.split() if not t.isdigit()])
            if found is not None and found[1] in _CONTEXT_SENSITIVE:
                return None
        return found

    def _one_keyword(self, tokens: list[str]) -> tuple[Effect | None, str] | None:
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
    if "if" in before or "unless" in before:
        joined = " ".join(before)
        if _THREAT.search(joined) and _CONSEQUENCE.search(text, start):
            return False  # "if you don't stop texting me I'll report you" demands it
        if _HYPOTHETICAL_YOU.search(joined):
            return True  # "if you ever stop sending these I will cry" supposes it
    # "no" negates a verb in es/it/pt ("no me den de baja"); in English it usually answers ("no, stop").
    if "why " in text and _RHETORICAL.search(text, 0, start):
        return True  # "why would I want to unsubscribe?": asked to say no
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
        if sense.rule == "negated-past" and sense.start <= hit.start and _FINISHED_VERB.search(text, sense.start, hit.start) \
                and _IMPERATIVE_START.match(text, hit.start):
            continue  # "i havent signed up stop texting me": the denial is over before the request
        if sense.rule == "dont-stop" and _IF_YOU.search(text, 0, sense.start) and _CONSEQUENCE.search(text, sense.end):
            continue  # "if you don't stop texting me I'll report you": a threat, not a wish that it go on
        if sense.rule == "not-yet" and text.endswith("unless", 0, sense.end) and _UNLESS_LIMIT.match(text, sense.end - 6):
            continue  # "don't text me unless it's about my order": a limit on the texts, not a wait
        if sense.start < hit.end and hit.start < sense.end:
            return sense.rule
    return None


def _double_negation(before: str) -> bool:
    """The text before a match negates a negation ("it's not like I don't want them", "ce n'est pas que je ne veux plus")."""
    return any(gate in f" {before}" for gate in _DOUBLE_NEGATION_GATES) and _DOUBLE_NEGATION.search(before.rstrip()) is not None


def _only_reported(folded: str) -> bool:
    """The message's opt-out words are all inside someone else's quoted words ('my son texted me "stop texting me"')."""
    quotes = list(_REPORTED_QUOTE.finditer(folded))
    if not quotes:
        return False
    rest = folded
    for quote in reversed(quotes):
        rest = rest[:quote.start(1)] + rest[quote.end(1):]
    return not re.search(r"\b(?:stop|unsubscribe|remove|quit|cancel|opt|end|leave)\b", rest)


def _named_thing(text: str, m: re.Match[str]) -> bool:
    """The match names a thing: a title ("a book called Stop Texting Me") or a noun ("the stop texting thing was a joke")."""
    before = text[:m.start()]
    return bool(before.endswith(_TITLE_ENDINGS) or (before.endswith(_THE_ENDINGS) and _THING.match(text, m.end())))


def _against_stop(text: str, m: re.Match[str], found: list[list[int]]) -> bool:
    """The match's stop verb is the object of a wish against stopping ("no quiero que dejen de mandarme ofertas")."""
    if not found:
        complement = " que " in text or " che " in text or " dass " in text or " to " in text or " q " in text
        found.append([w.end() for w in _NOT_WANT_STOP.finditer(text)] if complement else [])
    return any(m.start() < end <= m.end() for end in found[0])


def _stop_means_wait(clauses: tuple[Clause, ...], folded: str, all_text: str, message_words: set[str]) -> bool:
    """A bare Stop opening a message means "wait": surprise at an offer ("Stop! Is that really the price?"), halting an
    order ("Stop! Don't ship it yet") or correcting it ("stop! the delivery was for apt 4B not 4D"), when nothing in the
    message complains about the texts."""
    if _ANNOYED.search(all_text):
        return False
    marked = " ".join(f"{clause.text} {'?' if clause.question else '.'}" for clause in clauses)
    if _SURPRISE.search(marked) and (_COMMERCE.search(folded) or _STRONG_SURPRISE.search(marked)):
        return True
    if _HALT.search(all_text) or any(_WAIT.match(clause.text) for clause in clauses[1:3]):
        return True
    return bool((_COMMERCE.search(folded) or _ORDERED.search(all_text) or message_words & _BOOKING)
                and any(_CORRECTION.search(clause.text) for clause in clauses[1:3]))


def _second_thoughts(clauses: tuple[Clause, ...], index: int, hits: list[_Hit]) -> list[_Hit]:
    """The opt-out hits of ``clauses[index]`` told as an intention the sender then gave up ("I wanted to unsubscribe
    but the deals are too good", "Je voulais me désabonner mais finalement je reste"); not an obstacle ("but the
    link doesn't work")."""
    text = clauses[index].text
    if not clauses[index].contrast and not _CONTRAST_WORD.search(text):
        return []
    given_up = []
    for hit in hits:
        if not _is_opt_out(hit) or not _PAST_INTENT.search(text[:hit.start].rstrip()):
            continue
        after = text[hit.end:]
        contrast = _CONTRAST_WORD.search(after)
        if contrast:
            rest = after[contrast.end():]
        elif clauses[index].contrast and index + 1 < len(clauses):
            rest = clauses[index + 1].text
        else:
            continue
        if _REVERSAL.search(rest) and not _OBSTACLE.search(rest):
            given_up.append(hit)
    return given_up
