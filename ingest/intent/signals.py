"""The message-level signals the intent engine reads beside the lexicon's named rules.

Word sets and regexes over a whole message or one folded clause: fillers around a keyword, bookings, laughter and
delight, tapbacks and quotes, negation windows and barriers, mistakes (the sender's own, a keyword slip, a sign-up by
mistake), rejections and rhetorical questions, a bare "Stop!" meaning wait, deaths beside an errand, doubts about
opting in, a change of number, a request taken back with "jk". ``engine.py`` decides with them; each is used there
under the name it has here (``sig.LAUGH``).
"""

from __future__ import annotations

import re

from ingest.intent.patterns import MACROS

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
BOOKING = frozenset(
    "appointment appointments appt reservation booking order orders meeting visit delivery flight session class "
    "lesson ride trip pickup reschedule rescheduling tomorrow today tonight monday tuesday wednesday thursday "
    "friday saturday sunday cita pedido reserva rendez commande termin bestellung appuntamento ordine rebook rebooking "
    "resched rescheduled practice rehearsal table haircut cleaning checkup consult consultation surgery procedure massage "
    "treatment showing inspection install installation shift hotel tee consulta rdv prenotazione visita turno".split()
)
ITEMS = (BOOKING - frozenset("tomorrow today tonight monday tuesday wednesday thursday friday saturday sunday".split())) \
    | frozenset("repair repairs damage claim refund deposit estimate quote invoice".split())
# Goods sent back or swapped: beside them, "I don't want it/them anymore" is about the goods, not the texts.
GOODS_BACK = frozenset("return returns returned returning exchange refund size smaller bigger shirt shoes dress jacket pants "
                       "devolver devolucion devolverlo devolverla reembolso talla trocar troca devolucao tamanho "
                       "rendre rembourser remboursement echanger echange taille umtauschen zuruckgeben ruckgabe grosse "
                       "restituire reso rimborso taglia cambio".split())
# A reason to miss a visit or drop an order beside a bare CANCEL or END ("cancel, something came up with work", "CANCEL -
# sick kid", "cancel, found it cheaper elsewhere"): the booking or the order is what goes, as when the message names it.
CANCEL_REASON = re.compile(r"\b(?:something (?:came|has come) up|(?:cant|can not|cannot|wont|will not|not able to|unable to) make it|"
                          r"(?:im|i am|were|we are|hes|shes|(?:my )?(?:kid|son|daughter|husband|wife|baby) is) (?:\w+ )?sick\b(?! of)|"
                          r"sick (?:kid|child|son|daughter|baby|dog|cat|husband|wife)|stuck in traffic|car (?:broke down|wont start|died)|"
                          r"double booked|at the (?:er|hospital|emergency room|vet|urgent care)|er vet|already (?:got|had) (?:my|the|it)|"
                          r"insurance (?:changed|lapsed|expired|ran out)|family emergency|found (?:it|one|them) cheaper|cheaper elsewhere)\b")
CONTEXT_SENSITIVE = frozenset({"CANCEL", "END", "CANCELAR", "ANULAR", "ANNULER", "ANNULLA", "CANCELLA", "FIN",
                                "FINE", "ENDE", "BEENDEN", "PARA", "ALTO", "T", "TD", "DUR", "HALT"})
# A laugh that only goes with a "no" ("Resubscribe? lol no. STOP") makes nothing play.
# "lol ... seriously though, stop": the laugh is put aside and the request is meant.
IN_EARNEST = re.compile(r"\b(?:seriously (?:though|tho)|but seriously|(?:all )?jokes aside|joking aside|for real (?:though|tho)|"
                        r"not kidding|no joke|im serious|i am serious|im not joking|i am not joking)\b")
LAUGHING_NO = re.compile(r"\b(?:lol|lmao|haha\w*) (?:no|nope|nah)\b|\b(?:no|nope|nah) (?:lol|lmao|haha\w*)\b|"
                          # ... nor a "jk" that takes back what came before a request ("I want them back... jk please stop")
                          r"\b(?:jk|j k|just kidding)\b(?=\W*(?:\w+\W+){0,2}(?:stop|unsubscribe|remove|cancel|quit|opt)\b)")
# A bare STOP among these is play ("omg stop, that price is insane"), not a request.
LAUGH = re.compile(r"\b(?:lol+|lmf?ao+|rofl|ha(?:ha)+h?|he(?:he)+|jaja\w*|jeje\w*|kkk+|rsrs\w*|mdr+|ptdr+|ahah\w*|"
                    r"(?:this is|thats|that is|so) (?:so )?sweet|i(?:['’ ]?m| am) (?:literally )?(?:crying|dying|dead|screaming)|"
                    r"(?:best|greatest) (?:offer|deal|sale|news|text|thing) (?:ever|of the year|all year)|"
                    r"(?:cutest|sweetest|nicest|funniest|prettiest|coolest|loveliest|best|greatest)(?: \w+){0,2} ever\b|"
                    r"(?:you|u)(?:['’ ]?re| are| r|r) the (?:sweetest|best|greatest|kindest|cutest|nicest)(?! at\b)|(?:so|too) thoughtful|"
                    # praise of the staff or the work ("the delivery guy was so nice, tell him thanks", "you've convinced me")
                    r"(?:was|is|were|are) (?:so|very|super|really) (?:nice|kind|helpful|sweet|friendly|patient)|"
                    r"(?:tell|thank) (?:him|her|them|the \w+)(?: \w+)? (?:thanks|thank you)|thank the (?:kitchen|team|staff|driver|chef)|"
                    r"love (?:her|him)\b|saved my (?:life|day|bacon|butt)|(?:make|makes|made|making) (?:my|me) (?:day|morning|week|laugh|smile)\b|"
                    r"highlight of my (?:day|morning|week)|can['’]?t say no to|on my way to (?:buy|get|grab|pick up)|"
                    r"\bmy heart\b(?! (?:rate|condition|doctor|medication|meds|surgery|problem|issue|attack|can\w*)\b)|(?:was|were|came out) perfect|(?:you['’ ]?ve|you have) convinced me|"
                    r"(?:pics|photos|pictures|results|they|these) (?:are|look) (?:so |just )?incredible|"
                    r"i need (?:that|this|it|these|those|one)(?: \w+){0,3} in my life|"
                    r"can['’]?t handle (?:how|the|this|it)|"
                    r"trop drole|que risa|muito engracado|zu gut|troppo forte|xd|jk|j k|omg|in a good way|"
                    r"so excited|too good|so good|obsessed|cant believe|blush\w*|amazing|love it|love this|aww+|flattered|(?:you|u)(?:['’ ]?re| are| r|r) (?:too|so|2) (?:kind|sweet|swet|nice|funny|funy)|(?:you guys|yall|y all|you all|you both|you two) (?:are|r) (?:too|so|2) (?:kind|sweet|swet|nice|funny|funy|generous|cute)|(?:you|u)(?:['’ ]?re| are| r|r) (?:making|makin|makng|maing) me (?!(?:crazy|insane|mad|angry|nuts|sick|miserable|upset|furious|"
                    r"hate|lose|regret|block|report|want to block|want to unsubscribe|annoyed|irritated)\b)\w+|so cute|too cute|adorable|hilarious|you remembered|trop beau pour etre vrai|trop bien|no puedo creer|me muero de (?:la )?risa|serio que|mi avete convinto|incroyable|super gunstig|super guenstig|wahnsinn|"
                    r"che bello|che bella|bellissim\w*|increible|que bueno|maravilh\w*|"
                    r"(?:you|u) had me at|couldn['’]?t resist|(?:gonna|going to) make me cry|(?:are|is|so|look) beautiful|"
                    r"literally (?:about to|just|gonna) (?:order|buy|get|book)\w*|(?:ordering|buying) (?:now|rn|right now|asap|tonight|today|this weekend)|(?:is|looks|was) (?:perfect|gorgeous|stunning)|"
                    r"troppo gentile|sei un tesoro|sei un amore|mi fai morire|trop gentil|tu es adorable|muy amable|que lindo|"
                    r"que linda|muito fofo|que fofo|so lieb|zu lieb|"
                    r"(?:too|so|very) generous|you shouldn['’]?t have|i(?:['’ ]?ll| will) take (?:both|all (?:of )?(?:them|three|two)|em all)|i(?:['’ ]?ll| will) buy (?:it|them|em|both)(?=\W*$)|i(?:['’ ]?m| am) (?:so )?there|count me in|take my money|"
                    r"i (?:need|want) (?:this|that|these|those|one|it) (?:so bad|so badly|in my life|asap)|"
                    # "STAHP ur killing me w these prices" (not "... w these texts")
                    r"(?:you|u|ur|youre|you re|yall|you guys|u guys) (?:are |r )?(?:killing|killin|kill) me\b"
                    r"(?! (?:with|w) (?:(?:these|those|the|ur|your|all|so many|all (?:these|the|ur|your)) )?(?:\w+ )?" + MACROS["MSGS"] + r"\b)|"
                    # "ok stop i need that couch": the thing wanted ends the message
                    r"i (?:need|want|neeed|gotta have) (?:that|this|these|those) (?!(?:gone|off|stopped|ended|over|done|removed|deleted|"
                    r"number|texts?|messages?|msgs|spam|crap|junk|shit|to)\b)[a-z]+(?=(?:\W+(?:thanks|thx|ty|lol|pls|please|asap|haha))?\W*$)|"
                    r"(?:you|u|yall|y all|you guys|u guys|you all|ya) (?:are|r|have|got|hav|always have) (?:the|such|da) (?:best|greatest|nicest|sweetest|cutest)|"
                    r"(?:that|it|this)(?:['’]?s| is) my (?:favorite|favourite|fave|fav|favorites)|is (?:this|that) real life)\b|"
                    r"[😂🤣😆😹😜😝😛😭😍🥰🤩🙈🙊🥹🥲💀🎉😳😊☺]")
TAPBACK = re.compile(r"^\s*(?:liked|loved|laughed at|emphasi[sz]ed|questioned|disliked|hearted|reacted \S+ to|"
                      r"reacted to|removed an? \w+ from|a \w+ gusta|le gusto|le encanto|a aime|a adore|"
                      r"hat \S+ geliked|gefallt|se rio de|enfatizo|cuestiono|no le gusto|reacciono \S+ a|curtiu|amou|riu de|"
                      r"enfatizou|questionou|nao curtiu|reagiu \S+ a|a ri de|a souligne|ha messo \S+ a|piace a)\s*[\"“”«„']")
TITLE_ENDINGS = ("called ", "titled ", "entitled ", "named ")
THE_ENDINGS = ("the ", "that ", "this ", "your ", "my ", "a ")
THING = re.compile(r"(?: me| us)? (?:thing|message|text|request|button|reply|part|command|word|joke|bit|option)\b")
# A whole message that quotes someone and names them after a dash ('"stop texting me" - my teenager').
ATTRIBUTED = re.compile(r'^\W*["“„«‘\'][^"“”„«»]{1,200}["”“»’\']\s*[-—–~]+\s*(?:my|our|his|her|the|a|some|every|me)\b')
# Someone else's words quoted after a reporting verb ('my son texted me "stop texting me mom"'): not the sender's request.
REPORTED_QUOTE = re.compile(r'\b(?!(?:i|we|im|ive|id)\b)\w+ (?:\w+ )?(?:said|says|texted|texts|wrote|writes|goes|went|yelled|'
                             r'replied|screamed|typed|posted|was like|is like|told me|tells me|texted me|texts me|sent me)'
                             r'\W{0,3}["“„«]([^"“”„«»]{1,200})["”“»]')
# Praise for the offers with a wink ("stop sending such great deals, I have no self control haha"): play, not a request.
PRAISE = re.compile(r"\b(?:great|amazing|awesome|incredible|irresistible|tempting|good|fantastic|insane|crazy good|killer) "
                     r"(?:\w+ )?(?:deals?|offers?|sales?|prices?|coupons?|discounts?|promos?|stuff|products?)\b|"
                     r"\bno self control\b|\b(?:gonna|going to|about to|want to|wanna) (?:adopt|buy|order|get) (?:all|both|every one|each) "
                     r"(?:of )?(?:them|these|em|those|one)\b|\bmy (?:wallet|bank account|bank|credit card|budget) (?:is|hates|cant|cries|crying)\b|"
                     # "you're gonna make me go broke", "my pantry is full lol", "I'll end up adopting all of them"
                     r"\b(?:make|making) me (?:go )?broke\b|\bcant afford (?:to buy )?(?:everything|it all|all of (?:it|them)|them all)\b|\b(?:deals?|offers?|prices?|sales?|coupons?|discounts?) (?:are|is) "
                     r"(?:too|so|way too) (?:good|great|tempting)\b|\bmy (?:pantry|closet|fridge|freezer|cart|garage) is (?:full|overflowing|"
                     r"exploding)\b|\bend up (?:adopting|buying|ordering|taking) (?:all|both|every|them|one)\b|\btake my money\b")
# The quote a tapback opens with and the mark that closes it: what follows is the sender's own reply.
QUOTE_START = re.compile(r"[\"“”«„]")
CLOSING_QUOTE = {'"': '"', "“": "”", "”": "”", "«": "»", "„": "“"}
WORD = re.compile(r"[^\W_]")
TEXTS = re.compile(r"\b(?:texts?|texting|messages?|sms|msgs?|txts?|promos?|promotions?|promotional|marketing|ads|adverts|offers|deals|"
                   r"coupons|alerts|reminders|sales? (?:stuff|crap|junk))\b")
AND_THE_TEXTS = re.compile(r" (?:and|n|plus|or|as well as|along with) (?:also )?(?:\w+ ){0,3}?(?:texts?|texting|messages?|sms|"
                            r"msgs?|txts?|promos?|marketing)\b(?! (?:me|us)\b)")  # "and text me" asks for texts
NEGATION_WINDOW = 4
NEGATORS = frozenset("dont didnt never not cant cannot wont wouldnt shouldnt doesnt isnt without ne non nao nicht nunca "
                      "jamais mai nie niemals".split())
NEGATED_REACH = frozenset(
    "i you u he she we they it me him her us them my your ur our their this that these those the a an to be been being is "
    "are r was were am have has had do does did will would shall should can could may might must gonna wanna gotta going "
    "want wants wanted wanting need needs needed like ask asked asking tell told telling say said saying think thought "
    "mean meant meaning try trying tried let make made get got getting ever even really actually just still yet "
    "anymore any more all please pls plz so too also now then ok okay dare plan planning intend intending about for of "
    "with on in at by from if when expect expecting wish hope care mind remember recall sure gonna wanna trust know knew "
    "planned ever evr neither nor or and n at whatever no longer take put leave keep send text remove drop cut add sign "
    "opt turn shut switch interested dream of tryna trynna wnat wnt watn wamt wan wana tying tryin tryng".split())
# Negated auxiliaries negate only the verb right after them ("havent unsubscribed", "arent you going to stop"): further
# back they usually end a run-on denial ("i havent signed up stop texting me").
WEAK_NEGATORS = frozenset("wasnt werent arent havent hasnt hadnt aint".split())
WEAK_NEGATING = re.compile(r"\b(?:wasnt|werent|arent|havent|hasnt|hadnt|aint)(?: (?:you|u|we|they|i|he|she|yall))? "
                            r"(?:going to|gonna|trying to|planning to|planning on|asking to|asking you to|about to)$")
# Words that close what came before when a clause has no punctuation ("no gracias dejen de enviarme", "im not
# interested stop texting me"): a negation before them does not reach past them.
# ... unless what follows the interest word is its object ("not interested in unsubscribing", "no me interesa darme de baja").
INTEREST_OBJECT = re.compile(r"(?:in|to|en|em|a|de|di|por|para|per|an|im)$|\w+(?:r|rme|rse|rmi|rnos|rle|rlo|rla)$")
NEGATION_BARRIERS = frozenset("gracias merci obrigado obrigada grazie danke thanks thx thank interested interesa lol lmao "
                               "interessa interessado interessada interessato interessata interesado interesada".split())
# "If you don't stop texting me I'll report you": a threat, which demands it; "if you ever stop sending these": a supposition.
THREAT = re.compile(r"\b(?:if|unless) (?:you|yall|you guys|they) (?:dont|do not|wont|will not|arent going to|dont ever)$")
CONSEQUENCE = re.compile(r"\b(?:report\w*|block\w*|sue|suing|lawyer|attorney|fcc|ftc|complain\w*|legal|police|bbb|"
                          r"review|harass\w*|court|lawsuit|action)\b")
IF_YOU = re.compile(r"\b(?:if|unless) (?:you|yall|you guys|they) $")
HYPOTHETICAL_YOU = re.compile(r"\b(?:(?:even if|in case) (?:you|yall|you guys|they)(?: ever| ever even| just| really| actually)?|"
                               r"if (?:you|yall|you guys|they) ever(?: even| really)?)$")
# "Why don't you stop", "why won't you remove me": a demand, not a negation.
WHY_NOT = re.compile(r"\bwhy (?:dont|wont|cant|didnt|doesnt|wouldnt|havent|do not|will not|can not|cannot|did not) "
                      r"(?:you|u|yall|you guys|ya|y all|you people)(?: just| simply| ever| please| already)*$|"
                      # "¿por qué no paran de mandarme?", "por que vocês não param", "perché non smettete"
                      r"\b(?:por que|porque|pq|xq|pk) (?:ustedes |uds |voces |vcs |vc |voce |vos |tu )?(?:no|nao|n)(?: me| nos)?$|"
                      r"\b(?:perche|xke|xche|come mai) (?:voi |tu )?non(?: mi| ci)?$")
# A rhetorical question that answers itself no ("why would I want to unsubscribe?", "why would anyone ever opt out").
RHETORICAL = re.compile(r"\b(?:why|y) (?:would|wold|woud|wuld|wud|whould|should|shud|on earth would|in the world would) (?:(?:i|we|anyone|anybody|someone)"
                         r"(?: ever| even| really| possibly| want to| wanna| want| like to| choose to| need to| have to){0,3} )?$")
HELP_RETRACTION = re.compile(r"\b(?:never ?mind|nevermind|nvm|jk|just kidding|j k|kidding|forget (?:it|that)|figured it out|"
                              r"found it|all good now|sorted)\b")
# The object of a negated stop swapped for another ("Don't stop the reminders, just the promos"): stop that one.
# ... or asked for after stopping another channel ("I've unsubscribed from the emails, now the texts please").
NOW_THE_TEXTS = re.compile(r"^(?:and |but )?(?:now|next|also|and now|now also)(?: do| for)? (?:the|your|these|those|all the) "
                           r"(?:texts|text messages|sms|txts|messages)(?: too| as well| please| pls| thanks)*$")
JUST_THE_OTHERS = re.compile(r"^(?:but |and )?(?:just|only|except|except for)(?: stop| cancel| end)?(?: the| your| those| these| all the| all)?"
                              r"(?: \w+)? (?:" + MACROS["MSGS"] + r"|ones|stuff)(?: please| pls| thanks| thank you| then)?$")
# An opt-in that only turns on another kind of message or another channel ("start sending only the reminders").
PARTIAL_OPT_IN = re.compile(r"\b(?:only|just|instead|emails?|e mails?|newsletters?|new number|other number|my new|different number|"
                             r"calls?|calling|mail|delivery|order|orders|shipping|appointment|appointments|appt|account|fraud|"
                             r"security|weekly|monthly|reminders?|receipts?|confirmations?)\b|"
                             r"\b(?:to|on) (?:my|his|her|our) (?:\w+ )?(?:number|cell|phone|mobile|line)\b")
# A retraction between an opt-in and a later opt-out ("I didn't mean to unsubscribe... actually never mind, stop").
RETRACTION = re.compile(r"\b(?:never ?mind|nevermind|nvm|jk|just kidding|j k|kidding|actually|on second thought|on second thoughts|"
                         r"scratch that|changed my mind|change of plans|wait no|no wait|forget (?:it|that|what i said))\b")
# Phrases that put the next verb out of effect ("I'd hate to unsubscribe", "no plans to stop").
NEGATING_ENDINGS = ("do not", "no need to", "hate to", "not going to", "no plans to", "no intention to", "no intention of",
                     "not planning to", "no reason to", "not about to", "wouldnt want to", "would never", "not want to",
                     "why would i", "why would we", "why would anyone", "was going to", "was gonna", "thought about",
                     "thinking about", "thinking of", "considered", "almost", "wasnt trying to", "werent trying to",
                     "wasnt asking to", "wasnt asking you to", "was about to", "were about to", "wasnt telling you to", "not trying to", "never meant to",
                     "no way i", "no way im", "no way id", "no way ill", "no way would i", "never gonna", "aint gonna",
                     "not tryna", "not trynna", "wasnt tryna", "im not tryna", "never tryna",
                     # "why would I" as it is typed: "y would i", "why wud i", "y woud i ever"
                     *(f"{why} {would} {who}{ever}" for why in ("why", "y") for would in ("would", "wud", "woud", "wold", "wuld")
                       for who in ("i", "we", "anyone") for ever in ("", " ever", " even")))
# "This isn't Kevin", "Not Kevin", "I'm not Kevin", "Non sono la signora Gallo": the sender is not the person named
# (read before case folding: the name is capitalised).
_NOT_A_NAME = (r"(?!(?:Now|Today|Yet|Sure|Really|Me|You|Interested|Bad|Good|Again|Tonight|Tomorrow|Right|Working|Funny|Fair|Ok|"
               r"Okay|True|Happening|Possible|Available|Here|Home|Ready|Done|Fine|Helpful|Correct|Grave|Moi|Toi|Lui|Elle|Yo|Ella|"
               r"El|Eu|Ele|Ela|Ich|Er|Sie|Io|Lei|Sicher|Sicuro|Sicura|Seguro|Segura|Certo|Certa|S[uû]re?|Interess\w*|Interesad[oa]|"
               r"Ici|Hier|Aqui|Qui|Vrai|Normal|Disponible|Dispon[ií]vel|Disponibile|Erreichbar|Da|D'accord|Daccord|Contre|Contra|"
               r"Dagegen|Pas|Int[ée]ress\w*|Schuld|Zuhause|Daheim|Dran|Fertig|Sauer|Böse|Boese|Krank|Müde|Muede|Allein|Alleine|"
               r"Wach|Online|Offline|Zust[aä]ndig|Kunde|Kundin|Mitglied|Abonnent\w*)\b)")
_TITLE = (r"(?:(?i:(?:il|la|el|o|a)\s+)?(?i:signor[ae]?|sig(?:ra)?|dott(?:ssa|or|oressa)?|mme|madame|mademoiselle|mlle|monsieur|"
          r"mr|mrs|ms|miss|se[nñ]or(?:a|ita)?|sra?|herr|frau|dona|dom|senhora?)\.?\s+)?")
_NAME_END = (r"[A-ZÀ-Ý][a-zà-ÿ]+(?:['’`]s)?(?:\s+[A-ZÀ-Ý][a-zà-ÿ]+)?(?:\s+(?:phone|number|cell))?"
             r"(?:[\s,]+(?i:lol|haha|sorry|sry|thanks|thx|thank you|merci|grazie|danke|gracias|obrigad[oa]|wrong number|"
             r"wrong person|avete sbagliato|hai sbagliato|numero sbagliato|n[uú]mero equivocado|se equivocaron|vous vous [eê]tes tromp\w*|"
             r"falsche nummer|n[uú]mero errado))*[^\w?]*$")  # then punctuation or emoji, not a question
_I_AM_NOT = r"i['’`]?m\s+not|i\s+am\s+not|je\s+(?:ne\s+)?suis\s+pas|no\s+soy|n[aã]o\s+sou(?:\s+(?:o|a))?|ich\s+bin\s+nicht|non\s+sono"
_OPENER = r"^\s*(?:(?i:ok|okay|hey|hi|hello|sorry|oops|um|uh|lol|haha|hmm|nope)[\s,.!]+)?"  # "Hey, c'est pas Julien"
NOT_THIS_PERSON = re.compile(
    _OPENER + r"(?i:(?:this|it|that)\s+(?:isn['’`]?t|is\s+not|ain['’`]?t)|not|no\s+this\s+is\s+not|"
    r"(?:ce\s+n['’`]?\s*|c['’`]?\s*)est\s+pas|" + _I_AM_NOT + r")\s+" + _TITLE + _NOT_A_NAME + _NAME_END + "|" +
    _OPENER + r"(?i:wrong)\s+(?!(?:Size|Address|Order|Item|Color|Colour|Day|Time|Date|Link|Code|Answer|Way|Chat|One|Thread|Group|"
    r"Store|Account|Amount|Price|Model|Name|Email|Card)\b)[A-Z][a-z]+\s*[.!?]*\s*$")
# ... also said in the first person after something else on the line ("Errore, non sono Alessandra", "new number, I'm not
# Tyler lol"); "it's cold, this isn't Florida" is not a notice.
NOT_ME_AFTER = re.compile(r"(?:(?:[.,;:!?]|\s[-–—])\s*|\s)(?i:but\s+|ma\s+|mais\s+|pero\s+|mas\s+|aber\s+)?(?=(?i:" + _I_AM_NOT + r")\s)")
NOT_ME = re.compile(r"\s*(?i:" + _I_AM_NOT + r")\s+" + _TITLE + _NOT_A_NAME + _NAME_END)
# The sender texted the wrong person ("wrong person sorry, meant to text my sister"): no notice about this number.
OWN_MISTAKE = re.compile(r"\b(?:meant|mean|supposed|intended) (?:to )?(?:text|send|message|write)\b|"
                         # "I think I have the wrong number saved": the sender's own contact list is wrong
                         r"\b(?:i|we) (?:think (?:i|we) |might |must )?(?:have|had|got|saved|stored)\w* (?:the |a |your )?"
                         r"(?:wrong number|number wrong)(?: saved| stored| in my phone)?\b|\bsaved (?:your number |it |this )?wrong\b|"
                          r"\bwrong (?:chat|convo|conversation|thread|group)\b|\bsent (?:this |that |it )?to the (?:wrong|wrng|worng)\b|"
                          r"\b(?:i|we) (?:\w+ )?(?:gave|give|put|entered|typed|wrote|dialed|dialled|called|texted|messaged|"
                          r"listed|used|blocked|unblocked|deleted|muted|reported) (?:you |u |in |down )?(?:the |a )?wrong (?:number|#|phone|num|cell)\b|"
                          r"\b(?:ignore|disregard|cancel|delete|scratch|unsend) (?:my|the|that) (?:last|previous) (?:text|txt|message|"
                          r"msg|sms)\b|"
                          # "cancel that, wrong person", "wrong person, disregard": the sender's own message went astray
                          r"\b(?:ignore|disregard|cancel|delete|scratch|unsend)(?: (?:that|this|it|my (?:text|message|msg)))?\W{1,5}"
                          r"(?:sorry\W{1,3}|oops\W{1,3})?wrong (?:person|contact)\b|"
                          r"\bwrong (?:person|contact)\W{1,5}(?:sorry\W{1,3})?(?:please |pls )?(?:ignore|disregard)\b|"
                          r"\bwollte (?:eigentlich |doch )?(?:\w+ ){0,4}?(?:an)?(?:schreiben|schicken|senden|texten|simsen)\b|"
                          r"\bfalsche(?:r|n)? (?:chat|gruppe|unterhaltung)\b|"
                          r"\bera (?:pra|para) (?:mandar|enviar|escrever|escribir|mandarle|enviarle)\b|"
                          r"\b(?:me equivoque|me confundi|errei|me enganei|me trompe|je me suis trompee?|ho sbagliato|mi sono sbagliat[oa]) "
                          r"(?:de |di )?(?:chat|conversacion|conversa|conversation|conv|conversazione|grupo|groupe|gruppo)\b|"
                          r"\b(?:chat|conversacion|conversa|grupo) (?:equivocad[oa]|errad[oa])\b|\b(?:chat|conversazione|gruppo) sbagliat[oa]\b|"
                          r"\bmauvaise? (?:conversation|conv|groupe)\b")
# The keyword itself was the slip ("STOP\nsent by my kid by accident", "Sorry wrong thread\nStop"): a bare keyword
# sentence elsewhere in the message is no request. Never "Stop. Wrong number": that number is this one.
KEYWORD_SLIP = re.compile(r"(?<!you )(?<!u )(?<!yall )(?<!they )\b(?:sent|texted|typed|replied|responded|answered)(?: (?:this|that|it|stop|that stop|the stop|my last|"
                           r"the last (?:text|message|msg)|that (?:text|message|msg)))?(?: by (?:my|our|the) \w+| from (?:my|our|the) "
                           r"(?:\w+(?:['’]?s)? )?(?:phone|cell|account|ipad|tablet))? (?:by accident|"
                           r"accidentally|on accident|by mistake)\b|\baccidentally (?:sent|texted|typed|replied|responded)\b|"
                           r"\b(?:pocket|butt) (?:text|texted|dial|dialed|sent)\b|"
                           r"\b(?:sorry|sry|srry|soz|oops|whoops|my bad|mb)\W{0,5}(?:\w+ ){0,2}?(?:wrong|wrng|worng) (?:chat|convo|conversation|thread|group|window|tab)\b|"
                           r"^\W*(?:wrong|wrng|worng) (?:chat|convo|conversation|thread|group|window|tab)\b(?! (?:from|by|of) you)|"
                           r"\b(?:sent|posted|texted|typed|put)\w* (?:\w+ ){0,3}?(?:in|to|on) (?:the |a )?(?:wrong|wrng|worng) (?:chat|convo|conversation|thread|"
                           r"group|window|tab)\b")
# The whole message was meant for another chat ("stop sending me political memes, mom lol wrong chat"): nothing in it
# asks this business anything. Never a group the sender was added to ("remove me, wrong group chat").
WRONG_CHAT = re.compile(r"\b(?:sorry|sry|srry|sory|soz|sorryy|oops|ooops|oopsie|whoops|my bad|mb|lol|haha|lmao|ignore (?:this|that|me))\W{0,5}(?:\w+ ){0,2}?"
                        r"(?:wrong|wrng|worng) (?:chat|convo|conversation|thread|window|tab|group chat|gc|grp chat|grp)(?:\W+(?:thanks|thx|ty|thank you))?\W*$|"
                        # "wrong chat sorry": the apology after
                        r"\b(?:wrong|wrng|worng) (?:chat|convo|conversation|thread|group chat|gc)\W{0,5}(?:sorry|sry|srry|soz|oops|my bad|mb|lol)"
                        r"(?:\W+(?:thanks|thx|ty|thank you))?\W*$|"
                        # "oops sry wrong person": an oops owns the slip (a bare "sorry wrong person" may tell the business it has
                        # the wrong person)
                        r"\b(?:oops|ooops|oopsie|whoops|my bad|mb)\W{0,5}(?:(?:sorry|sry|srry|soz|lol|haha) )?(?:wrong|wrng|worng) (?:person|contact)(?:\W+(?:thanks|thx|ty|thank you))?\W*$")
WRONG_NUMBER_RULES = frozenset({"wrong-number", "es:equivocado", "fr:mauvais-numero", "pt:numero-errado",
                                 "de:falsche-nummer", "it:numero-sbagliato"})
REJECTION = re.compile(r"^(?!no (?:me acuerdo|recuerdo|se|tengo idea|entiendo|conozco|lembro|me lembro|sei|ricordo|mi ricordo|so)\b)"
                        r"(?:no|nah|nope|never|hell no|no way|not a chance|of course not|not happening|lol no|lol never|"
                        r"are you kidding|are you serious|you must be kidding|youre kidding|you re kidding|"
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
MISTAKE = MACROS["MISTAKE"]
# A sign-up made by mistake ("I subscribed by accident, stop"): a reason to stop, unlike a STOP sent by mistake.
SIGNED_UP_BY_MISTAKE = re.compile(
    r"\b(?:sign(?:ed|ing)? (?:me |us |him |her |my \w+ )?up|signed (?:me |us )?(?:on|in)|subscribed|subscribe|subscribing|opted in|"
    r"opt(?:ed)? (?:me |us )?in|joined|registered|enrolled|added|put on|got put|entered|gave|given)\b(?: \w+){0,6}? " + MISTAKE + r"\b|"
    r"\b" + MISTAKE + r" (?:\w+ ){0,2}?(?:sign(?:ed)? (?:me |us )?up|subscribed|opted in|joined|registered|enrolled|added|gave|"
    r"entered)\b")
STOP_BY_MISTAKE = re.compile(r"\b(?:replied|reply|sent|send|texted|text|typed|type|said|say|hit|pressed|wrote|clicked|tapped|"
                              r"responded|answered)\w* (?:\w+ ){0,3}?(?:stop|unsubscribe|end|cancel|quit|opt out|stopp|baja|arret|"
                              r"sair)\b|\b(?:unsubscribed|opted out|stopped)\b")
# A weak negator followed by a finished verb ("i havent signed up stop texting me"): the denial ends before the request.
FINISHED_VERB = re.compile(r"\b(?:\w+ed|gave|given|got|gotten|had|done|made|bought|heard|seen|sent|met|said|told|known|paid|"
                            r"been|went|gone|shopped|ever been)\b")
# ... when the request after it is an order ("stop texting me"), not a report ("since i unsubscribed").
IMPERATIVE_START = re.compile(r"(?!\w+ed\b)(?:please |pls |just |so |now |and |then )?(?:stop|quit|remove|unsubscribe|take|leave|"
                               r"cancel|delete|lose|opt|dont|do not|no more|get|end|block)\b")
# A past opt-out told as the time of something else ("no texts since I unsubscribed, thanks"): a report, unless the texts
# go on ("I still get them after I unsubscribed").
TIME_OF_PAST = re.compile(r"\b(?:since|after|ever since|when|once|before) (?:i|we) (?:\w+ )?$|"
                           r"\b(?:thought|think|guess|believed|assumed|figured|was sure|swear) (?:that )?(?:i|we) "
                           r"(?:had |already |did |just )?$")
PAST_FORM = re.compile(r"\w+ed\b")
GOING_ON = re.compile(r"\b(?:still|keep|keeps|kept|again|continu\w*|anyway|more|another)\b|(?<!havent )(?<!hasnt )(?<!didnt )"
                       r"(?<!not )(?<!never )(?<!no )\b(?:got|get|gets|getting|gotten|received|receiving|recieved)\b")
# A statement of three words or more run on into a bare STOP at the end of its clause ("i wasnt even a customer stop"),
# unless the word before it makes the STOP part of the statement ("don't stop", "when I say stop", "the next stop").
RUN_ON_ENGLISH = frozenset({"stop", "unsubscribe", "stopall"})
_RUN_ON_KEYWORDS = (*sorted(RUN_ON_ENGLISH), "basta", "parem", "chega", "arretez", "smettete", "stopp")
RUN_ON_ENDINGS = tuple(f" {keyword}" for keyword in _RUN_ON_KEYWORDS)  # a cheap test before the pattern
RUN_ON_STOP = re.compile(r"^(?:\w+ ){2,}(\w+) (?:" + "|".join(_RUN_ON_KEYWORDS) + r")$")
NOT_RUN_ON = frozenset(
    "dont cant wont not never to no say said says text texted reply replied type typed send sent write wrote the a an bus "
    "texting replying typing sending writing "
    "next last first one two three few more another quick short brief final rest truck train pit full each every any "
    "second third extra scheduled will would should could can did does do may might must it when if word this that my "
    "your our his her their its or and what which whose itll theyll youll ill hell shell gonna going wanna gotta about "
    "ever let lets why how didnt doesnt isnt wasnt arent werent havent hasnt hadnt wouldnt shouldnt couldnt mustnt aint "
    "cannot as than like reponds repondre repondu reponde envoie envoyer envoye ecris ecrire tape taper responde responder "
    "respondo respondi contesto contestar rispondo rispondere risposto scrivo scrivere mando mandar mandei escrevo escrever "
    "antworte antworten schreibe schreiben sende senden tippe saying telling del el la le il lo der die das den dem des du "
    "au da o".split())
# ... nor a keyword texted to someone ("my kid keeps texting you STOP").
OBJECT_PRONOUNS = frozenset("you u them him her us me yall".split())
# ... nor a negation or a "that" before the foreign keywords ("por favor não parem", "eu quero que parem").
NOT_RUN_ON_FOREIGN = NEGATORS | frozenset("no pas que che dass".split())
# ... or, with no reason given, as the message's last word as typed, with no negation in its clause ("you guys are
# relentless stop"; never "the driver didnt even stop", "envoie le lien stp", "je suis en auto stop").
RUN_ON_LAST = re.compile(r"\b(?:" + "|".join(_RUN_ON_KEYWORDS) + r")\W*$")
NOT_RUN_ON_UNREASONED = frozenset("e y even auto omg lol haha hahaha lmao wow oh god gosh".split())
# ... nor a STOP that is a noun ("this is my favorite stop", "we made a quick coffee stop").
NOUN_BEFORE = frozenset("the a an my your ur our his her their every each one next last first".split())
# ... and only after a reason to stop: who the sender is not, what they never did, how often the texts come.
RUN_ON_REASON = re.compile(r"\b(?:customer|client|signed|sign|subscribed|subscribe|asked|ask|consent\w*|agreed|agree|number|"
                            r"wrong|who|times|again|spam\w*|texts?|texting|messages?|idea|know|knew|shop|shopped|bought|member|"
                            r"patient|account|sms|mensajes?|mensage(?:m|ns)|messaggi|nachrichten|cliente|kunde|kundin|"
                            r"numero|nummer|todos los dias|todo dia|tous les jours|ogni giorno|jeden tag)\b")
# ... nor a clause that asks or supposes ("does texting END do the same thing as STOP", "si je réponds STOP").
NOT_RUN_ON_START = frozenset("if si se wenn falls when what whats does do should would will can could is are how why "
                              "where who which did was were has have".split())
# Keeping something else than the texts: an account, points, an order, the emails.
KEPT_OTHER = re.compile(r"keep (?:(?:my|the|your|our|all my|all the) )?(?:\w+ )?(?:account|accounts|points|rewards|order|orders|"
                         r"appointment|appointments|appt|booking|reservation|membership|emails?|e ?mails?|card|spot|place|"
                         r"subscription box|plan|info|details|data|profile|balance|credit|gift card|warranty|coupons? code|calendar|schedule)\b"
                         r"(?! (?:updates?|texts?|alerts?|messages?|notifications?|reminders?|confirmations?|sms|txts?)\b)")
# A number given by mistake ("someone entered my number by mistake"): the number is not theirs to text.
NUMBER_BY_MISTAKE = re.compile(
    r"\b(?:someone|somebody|they|you|u|he|she|my \w+|the \w+|it|i)(?: must have| must of| probably| accidentally| just)? "
    r"(?:entered|added|put|gave|given|registered|signed up|typed|listed|used|submitted)\w* (?:\w+ ){0,2}?(?:my|this|our) "
    r"(?:phone |cell |mobile )?(?:number|phone|cell|mobile)\b(?: \w+){0,4}? " + MISTAKE + r"\b|"
    r"\b(?:my|this|our) (?:phone |cell |mobile )?(?:number|phone|cell) (?:was|got|is|has been|must have been|must of been) "
    r"(?:\w+ ){0,2}?(?:entered|added|put|given|registered|signed up|listed|used|submitted)\w*(?: \w+){0,4}? " + MISTAKE + r"\b")
# ... unless the message corrects the number ("the right one is ...", "as my husband's, can you fix it?").
NUMBER_CORRECTION = re.compile(r"\b(?:right|correct|new|instead|actual|real|update|fix|change|should be|supposed to be|as my|"
                                r"keep|still want)\b")
NUMBERISH = re.compile(r"\b(?:number|phone|cell|mobile)\b")
# A death told to cancel or move a booking ("my mom passed away, please cancel her appointment"): no notice about
# this number unless the message also speaks of the number or the texts.
DEATH_RULES = frozenset({"phrase:deceased", "phrase:fr:decede", "phrase:de:verstorben"})
ERRAND = re.compile(r"\b(?:cancel\w*|reschedul\w*|rebook\w*|re book\w*|postpon\w*|move|moved|moving|merg\w*|combin\w*|push back|missed|miss|make it|"
                     r"transfer\w*|redeem\w*|claim\w*|close|closing|order|ordering|buy|book|booking|"
                     r"call off|annul\w*|absag\w*|absagen|stornier\w*|reprogram\w*|desmarc\w*|disdic\w*|spost\w*|"
                     r"verschieb\w*|pasar|trasferi\w*|ubertrag\w*|recuper\w*|reagend\w*|remarc\w*|mover|mueva\w*|muevan|"
                     r"cambiar la cita|mudar a consulta|no (?:voy|vamos) a poder ir|nao (?:vou|vamos) conseguir ir)\b|"
                     r"\bsag\w* (?:\w+ ){0,6}?ab\b")
# ... or a thing of theirs to settle ("My father passed, can I transfer his points to me?").
THEIR_ASSET = re.compile(r"\b(?:his|her|their) (?:points|rewards|balance|gift cards?|credit|store credit|order|orders|"
                          r"prescriptions?|refill|deposit|layaway|warranty|estate|safe deposit box|storage unit|house|car|"
                          r"pension|life insurance|insurance policy|lease)\b|"
                          r"\b(?:sus|ses|suoi|sue|seine|ihre) (?:\w+ )?(?:puntos|points|punti|punkte|saldo|solde|credito|guthaben|"
                          r"pedidos?|commandes?|ordini)\b|\bos pontos (?:dela|dele)\b")
# The notices of es/it/pt name a death inside their wrong-number rules.
FOREIGN_NOTICES = frozenset({"phrase:es:equivocado", "phrase:it:numero-sbagliato", "phrase:pt:numero-errado"})
DEATH_WORD = re.compile(r"\b(?:falleci\w*|murio|muri\w*|muert[oa]|fallecid[oa]|mort[oa]|morto|deceduto|deceduta|scompars[oa]|"
                         r"faleceu|falecid[oa]|morreu)\b")
# What ends the dead person's relationship with the business: closing it keeps the notice ("my mom passed away, please
# cancel her account" opts out), where their booking, points or order are an errand.
_THEIR_ACCOUNT = r"(?:\w+ )?(?:account|accounts|membership|memberships|subscriptions?|profile|plan|service|services|policy|card)\b"
THEIR_THING = re.compile(r"\b(?:cancel\w*|reschedul\w*|rebook\w*|annul\w*) (?:his|her|their|su|sus|sua|suo|son|sa|ses|"
                         r"ihren|seinen|\w+s) (?!" + _THEIR_ACCOUNT + r"|everything\b)")
ENDS_THEIR_ACCOUNT = re.compile(r"\b(?:cancel\w*|close|closing|end|terminate|shut down|deactivate|delete|annul\w*) (?:his|her|their) "
                                + _THEIR_ACCOUNT)
NOTICE_OBJECT = re.compile(r"\b(?:number|phone|cell|mobile|line|texts?|texting|messages?|msgs?|sms|reminders?|list|contact\w*|"
                            r"nummer|numero|telephone|telefono|telefone|portable|handy|messages|mensajes|mensagens|messaggi|"
                            r"nachrichten|everything|todo|tout|alles|tutto|tudo)\b")
# A bare "Stop!" of surprise at an offer ("Stop! Is that really the price?") or halting an order ("Stop! Don't ship it
# yet"): not about the texts, unless the message also complains about them. So is delight asked ("Stop!! it's my
# birthday?? how did you know", "no way, stop, the blue one is back?!", "my order came already??") and sadness or shock at
# news ("Stop. You're closing the Main St store?? nooo", "stop, Linda retired?? I'll miss her").
_DELIGHTED_QUESTION = (r"\bhow did (?:you|u|yall|you guys) (?:know|remember) [?.]|"
                       r"\b(?:(?:is|are) (?:the |that |this |my )?(?:\w+ ){0,3}|its |theyre )back(?: in stock)? \?|"
                       r"\b(?:came|arrived|got here|is here|ready|shipped|delivered) already \?|"
                       r"\bno{3,}\b|\bi(?:ll| will) (?:miss|cry)\b|\bso sad\b|\bsmall world\b|"
                       r"\b(?:closing|retired|retiring|leaving|moving|shutting down|closed)(?: \w+){0,4} \?")
SURPRISE = re.compile(_DELIGHTED_QUESTION + r"|"
                      r"\b(?:(?:are|r) (?:you|u) (?:serious|kidding|joking)|(?:you|u)(?:re| are| r)? (?:kidding|joking)|"
                       r"no kidding|(?:cant|can not|cannot) be (?:right|real|true)|that was (?:fast|quick)|(?:thats|that is|what) a steal|"
                       r"is (?:this|that|it|the [\w ]{1,24}?) (?:for )?real)\b|"
                       r"\b(?:really|seriously|for real|actually) \?|\bis (?:this|that|it) (?:really|actually)\b|"
                       r"\b(?:en serio|de verdad|e serio|sério|serio|vraiment|sans blague|wirklich|echt jetzt|davvero|sul serio)\b")
STRONG_SURPRISE = re.compile(r"\bis (?:this|that|it|the [\w ]{1,24}?) (?:for )?real\b|\b(?:cant|can not|cannot) be (?:right|real|true)\b|"
                              r"\bthat was (?:fast|quick)\b|" + _DELIGHTED_QUESTION)
# A reassurance to staff after a bare Stop ("Stop, you don't owe me anything", "stop, it's fine! the mix-up was an honest
# mistake"): the Stop waves off an apology.
REASSURANCE = re.compile(r"^(?:its|it is|thats|that is|youre|you are|were|we are) (?:totally |really |all |completely )?"
                         r"(?:fine|ok|okay|all good|good|alright|no problem|no big deal)\b|^(?:no worries|no problem|all good|"
                         r"dont worry|dont apologi[sz]e|no need to apologi[sz]e|you dont owe (?:me|us) anything|it was an honest mistake|"
                         r"honest mistake|these things happen|it happens|"
                         # modesty: "Stop it, I didn't do anything special", "stop, you don't have to thank me"
                         r"(?:you )?(?:dont|do not) (?:have|need) to thank (?:me|us)|no need to thank (?:me|us)|"
                         r"i (?:didnt|did not) do anything|(?:just )?(?:glad|happy) (?:i|we) could help|happy to help|my pleasure)\b")
WAIT = re.compile(r"^(?:hold on|hang on|wait|wait a (?:sec|second|minute|min)|one sec|one second|just a sec|just a second|"
                   r"give me a (?:sec|second|minute)|before i forget|attends|attendez|aspetta|aspettate|aspetti|un attimo|un momento|espera|"
                   r"esperen|espere|espera ai|warte|warten sie|wartet|moment mal|einen moment|подожди|подождите|секунду|"
                   r"bekle|bekleyin|chwila|czekaj|vent|wacht|j arrive|jarrive|j arrive tout de suite|dur once|once(?! and for all))\b|"
                   # ... or the sender corrects what they said ("Stopp, falsche Uhrzeit! Ich meinte 15 Uhr").
                   r"^(?:i meant|ich meinte|je voulais dire|quise decir|queria decir|intendevo|eu quis dizer|я перепутал|я ошибся|"
                   r"я ошиблась|je me suis trompee?|ho sbagliato|mi sono sbagliat[oa]|me equivoque|me confundi|errei|"
                   r"falsche (?:uhrzeit|zeit|adresse|grosse|farbe|bestellung|nummer im auftrag)|mauvaise (?:taille|adresse|couleur)|"
                   r"sbagliato (?:taglia|indirizzo|colore)|talla equivocada|direccion equivocada)\b|"
                   # ... or changes the order or the booking ("stop stop, add a side of ranch", "Stop. Can you gift wrap it?")
                   r"^(?:never ?mind|nvm|scratch that|disregard (?:that|this|my last))\b|"  # "Cancel! never mind, found my keys"
                   r"^(?:(?:please|pls|can you|could you|can u|also) )?(?:add|include|hold|set aside|put aside|gift ?wrap|wrap)\b"
                   r"(?! (?:me|us|my (?:number|phone|cell)|this number)\b)")
# An idiom typed a word at a time, its first word a bare keyword ("End. Of. Discussion.", "Stop. The. Presses.").
SPELLED_OUT_IDIOM = re.compile(r"(?:end of (?:discussion|story|conversation)|stop the presses|full stop)\b")
HALT = re.compile(r"\bforgot to (?:add|include|order|put|mention)\b|\bnot (?:buying|ordering|paying|booking) (?:it |this |that )?yet\b|\b(?:dont|do not) (?:charge|ship|send|process|mail|deliver|bill|run|book|submit|place|debit)\w* "
                   r"(?:\w+ ){0,3}?yet\b|\bchanged? (?:my|our) minds? (?:about|on) (?:the|my|this|that) (?:order|purchase|"
                   r"appointment|appt|booking|reservation|delivery|payment|item|size|color|colou?r)\b|"
                   r"\bwrong (?:address|size|colou?r|item|card|quantity)\b|\b(?:im|i am) (?:here|outside|downstairs|"
                   r"almost there|on my way|coming|right here|at the door|at the (?:front|back|side) (?:desk|door|gate))\b|"
                   # a delivery told where or when to go ("Stop, drop off at the back door", "stop, drop it off at 5")
                   r"\b(?:drop|leave|put)(?: it| them| the \w+)?(?: off)? (?:at|by|on|in) (?:the |my )?(?:(?:back|front|side) )?"
                   r"(?:door|porch|gate|desk|garage|lobby|mailbox|\d{1,2}(?::\d\d)?(?: ?[ap]m)?)\b|\bwait for me\b|"
                   # ... or a problem with the order or the booking reported after it ("Stop. My card was charged twice",
                   # "stop, the app says delivered but nothing is here", "stop, I booked the wrong day, can I move it?")
                   r"\b(?:charged|billed) (?:me )?(?:twice|double|two times)\b|\bdouble (?:charged|billed)\b|\bsays delivered\b|"
                   r"\bnothing (?:is )?here\b|\bnever (?:came|arrived|showed up)\b|\bprice (?:dropped|went down)\b|"
                   r"\bbooked (?:the |a )?wrong\b|\bwrong (?:day|date|time|pic|photo|picture|file|attachment|link)\b|"
                   r"\btracking (?:says|shows|said)\b|\b(?:bill|receipt|invoice|total|quote|statement) (?:says|said|shows|showed)\b|"
                   r"\bcharged me for (?:the|a|an|two|2|both)\b|"
                   # ... or a delay ("stop, I'll be 10 min late", "my flight got delayed, can the shuttle wait?")
                   r"\b(?:be|running|am|im) (?:\d+ \w+ |a (?:bit|little|few \w+) )?late\b|\b(?:got|is|was|been) delayed\b|"
                   r"\bi left my (?!number|phone number|info|information|details)\w+|"
                   # ... or the booking confirmed after it ("Stop. Breathe. It's just a dentist appointment. See you at 10")
                   r"\bsee (?:you|u|ya) (?:at|on|then|tomorrow|tmrw|soon|next|this|later|there)\b|\bcan (?:i|we) (?:move|switch|change|reschedule)(?: (?:it|that|this|the|my|our|to)\b|$)|\bcoming in\b|\bhold (?:the|my|that|this) (?:order|shipment|package|"
                   r"payment|delivery)\b|"
                   # ... in French and German: the wrong size ordered, something to add to the order
                   r"\b(?:j ai|jai) commande (?:la |le |les )?(?:mauvais\w*|pas la bonne|pas le bon)\b|\bmauvaise (?:taille|couleur|adresse)\b|"
                   r"\bfalsche[nr]? (?:grosse|farbe|adresse|grose)\b|\b(?:noch )?(?:was|etwas) vergessen\b|\bich brauche noch\b")
# A correction of the order's details ("stop! the delivery was for apt 4B not 4D").
CORRECTION = re.compile(r"\b(?:was|is|its|says|say|reads|meant|should be|supposed to be|goes to|go to|for|to|at) (?:\w+ ){1,6}?"
                         r"not (?:\w+ ){0,2}\w+$")
# ... of something ordered or booked (the words of BOOKING count too).
ORDERED = re.compile(r"\b(?:cake|cakes|name|names|spelling|address|apt|apartment|unit|suite|office|location|size|sizes|colou?r|"
                      r"pickup|delivery|deliver|order|engraving|print|label|receipt|total|tip|technician|driver|entrance|parking|"
                      r"flavor|flavour|allergy|menu|crust|booked|coupon|code|refund|open|close)\b")
THESE_TEXTS = frozenset("these those them".split())
# ... a problem with it reported, or a question about it, right after the Stop ("stop, the total is wrong, you forgot the
# discount", "Stop, do you deliver to 30307?").
ORDER_PROBLEM = re.compile(r"\b(?:wrong|forgot|froze|frozen|expired|went to|sent (?:the|my|it|a) \w+ to|old (?:email|address)|"
                           r"overcharged|missing|isnt working|is not working|not working|doesnt work|didnt work|didnt go through)\b|"
                           r"\b(?:says|said) (?:\w+ ){0,2}but\b")
# Free and price in the other languages, read by COMMERCE and OFFER.
_PRICE_WORDS = (r"gratis|gratuit|gratuito|gratuita|kostenlos|umsonst|precio|preco|prix|preis|prezzo|oferta|promocao|descuento|"
                r"desconto|rabais|rabatt|sconto")
COMMERCE = re.compile(r"[$%€£]|\b(?:price|prices|priced|cost|costs|off|deal|deals|sale|free|coupon|coupons|discount|discounts|"
                       r"bogo|buy|cheap|bill|order|ordered|ship|shipped|shipping|delivery|delivered|store|shop|offer|promo|"
                       r"points|rewards|refund|charge|charged|card|" + _PRICE_WORDS + r")\b")
# ... a question about the offer ("Pará, pará, el envío es gratis o no?") or a decision to buy ("enough! I'm buying two",
# "Basta, ho deciso: prendo quello rosso!") right after it.
OFFER = re.compile(r"[$%€£]|\b(?:price|prices|priced|cost|costs|off|deal|deals|sale|free|coupon|coupons|discount|discounts|bogo|"
                    r"shipping|promo|offer|gratuite|envio|frete|livraison|versand|spedizione|[23]x[12]|" + _PRICE_WORDS + r")\b")
PRICE = re.compile(r"[$€£] ?\d|\d ?(?:€|\$|£|eur|euros?|usd|dollars?|bucks|reais|pesos)\b")
PURCHASE = re.compile(r"\b(?:(?:im|i am|ill|i will|gonna|going to|let me|lemme) (?:buy|buying|take|taking|order|ordering|book|"
                       r"booking|grab|grabbing) (?:it|them|one|two|three|four|both|all|that|this|these|those|some|(?:the|a|an) \w+|"
                       r"\d+)\b(?! (?:up|to|further|out|off|elsewhere|personally|seriously)\b)|"
                       r"^(?:buying|booking|ordering|grabbing) (?:it|them|one|two|three|both|all|that|this|some|(?:the|a|an) \w+)\b"
                       r"(?!.*\b(?:elsewhere|somewhere|someone else|another (?:store|shop|company|place)))|"
                       r"take my money\b|im convinced\b|im sold\b|(?:hold|save|keep|set aside) (?:it|one|them|that|this|the \w+) (?:for me|aside)\b|me convenci(?:ste|eron)\b|me convenceu\b|mi hai convint[oa]\b|"
                       r"(?:tu m|vous m) (?:as|avez) convaincu|ich bin uberzeugt\b|(?:lo|la|li|le) prendo\b|prendo (?:quello|quella|questo|questa|quelli|quelle|due|tre|uno|"
                       r"una|il|la|lo|i|le|entrambi)\b|me (?:lo|la|los|las) llevo\b|(?:lo|la|los|las) compro\b|vou (?:levar|comprar)\b|"
                       r"je (?:le |la |les )?(?:prends|achete|commande) (?:le|la|les|deux|trois|un|une|tout|ca)\b|"
                       r"(?:ich nehme|nehme ich|ich kaufe|ich bestelle) (?:zwei|drei|beide|den|die|das|es|eins|einen|eine)\b)")
POLITE = re.compile(r"\b(?:please|pls|plz|thanks|thank you|thx|por favor|porfa|svp|bitte|per favore|por favor|obrigad[oa]|"
                    r"gracias|merci|danke|grazie|kindly)\b")
NOT_BUYING = NEGATORS | frozenset("pas kein keine no".split())  # "Stopp, ich nehme das Angebot nicht an" refuses it
# ... or an order corrected in another language ("Стоп, я перепутала адрес", "Dur, adresi yanlış yazdım").
WRONG_ADDRESS = re.compile(r"\b(?:я перепутала?|я ошиблась|я ошибся) (?:адрес|номер дома|квартиру)|\badresi yanlis|"
                            r"\bpomylil(?:em|am) (?:adres|numer domu)|\berrei o endereco|\bme equivoque de direccion|"
                            r"\bdireccion (?:equivocada|mal)|\bmauvaise adresse|\bsbagliato indirizzo|\bindirizzo sbagliato|"
                            r"\bfalsche (?:adresse|grosse|farbe|bestellung|menge)\b|\bgot the (?:address|size|colou?r|order) wrong\b|"
                            r"\bя передумала?\b")  # ... or a mind changed about it
ANNOYED = re.compile(r"\b(?:what|which) (?:store|company|business|place|shop|brand) is (?:this|that)\b(?! for\b)|"  # who is this
                     # ... whether it is real, or what the business knows of the sender ("Is this a real store?", "Do you have
                     # my address too?")
                     r"\bis (?:this|that|it|you) (?:even )?(?:a )?(?:legit|legitimate|scam|fake)\b|"
                     r"\bis (?:this|that|it) (?:even )?a real (?:store|company|business|place|shop|person)\b|"
                     r"\b(?:have|has|got|know|keep|store|sell|share) my (?:address|info|information|data|details|email|name|location)\b|"
                     r"\b(?:texts?|texting|txt|messages?|msgs?|sms|spam\w*|numbers?|again|another|keep|keeps|times|"
                      r"still(?! (?:going|coming|use|on|available|valid|good|open|in stock|running|active|there|delicious|great|fresh|warm|"
                      r"perfect|beautiful|the best)\b)|"
                      r"every|asked|told(?! me\b)|who(?! will\b)|why|signed|sign up|subscri\w*|opt\w*|consent\w*|harass\w*|end|bother\w*|"
                      r"annoy\w*|\d+(?:st|nd|rd|th)(?= (?:time|request|attempt|message|text|msg|warning)\b)|enough|tired|sick|repl(?:y|ying|ies)|respond\w*|report\w*|court|"
                      r"lawyer|attorney|fcc|ftc|complain\w*|sue|suing|legal|police|block\w*|scam\w*)\b")
# A business text's instruction, which says what its keyword does: "reply CANCEL to cancel your appointment".
DEFINITION = re.compile(r"\b(?:reply|replying|respond|text|txt|send|type|msg)(?: with)?(?: the word)? (stop|end|quit|cancel|unsubscribe|"
                         r"stopall|optout|baja|arret|stopp|sair|alto|fin|fine|ende|remove|parar|annuler|cancelar|cancella) "
                         r"(?:to|2|for) ((?:\w+ ){0,4}\w+)")
NOT_TEXTS_PURPOSE = re.compile(r"\b(?:appointment|appointments|appt|appts|order|orders|booking|reservation|delivery|visit|"
                                r"session|class|confirm|reschedule|pause|skip|hold|ride|trip|payment|transfer|request|meeting|"
                                r"rsvp|donation|pledge|pickup|refill|shipment)\b")
# A quoted business text's own instruction ("..., STOP to opt out"): a mention of the keyword, not a request.
INSTRUCTION = re.compile(r"^(?:or |and |text |txt |reply |send )?(?:stop|end|quit|cancel|unsubscribe|stopall|stop all) "
                          r"(?:to|2|for) (?:opt out|optout|unsubscribe|end|cancel|stop|quit|be removed|remove|opt out of)\b")
CONTRAST_WORD = re.compile(r"\b(?:but|pero|aber|mais|ma|mas|however|then|poi|dann|entonces|puis|depois)\b")
THEN_START = re.compile(r"(?:and |e |y |et |und )?(?:then|poi|dann|entonces|luego|puis|depois|ma poi)\b")
# Second thoughts: "I wanted to unsubscribe but the deals are too good", "Je voulais me désabonner mais je reste".
PAST_INTENT = re.compile(r"(?:\b(?:wanted|meant|planned|intended|was about|was planning|were planning|was thinking|had planned) to|"
                          r"\b(?:voulais|voulait|voulions|pensais|allais|wollte|wollten|volevo|volevamo|pensavo|stavo per|queria|"
                          r"quería|queriamos|pensaba|pensei em|iba a|ia|estaba por))(?: \w+){0,3}$")
REVERSAL = re.compile(r"\b(?:(?:i|ill|we|im|well|i will|we will|i ll) (?:\w+ )?(?:keep|stay|remain)|keep (?:them|em|it|the|getting|"
                       r"receiving|coming|sending)|staying|like|likes|love|loves|enjoy|good|great|worth|changed (?:my|our) mind|"
                       r"decided|never ?mind|nvm|actually|fine|reste|rester|garde|gardez|aime|adore|bleibe|bleiben|behalte|gut|toll|"
                       r"resto|restare|tengo|quedo|quedarme|fico|ficar|continuar|continuer|continuare|weiter|buone|belle|belli|"
                       r"buenas|buenos|boas|bons|bonnes|adoro|encantan|gustan|gosto|piacciono|mag|finalement|finalmente|"
                       r"doch|invece|lieber|super|genial|klasse|top|convinced|convinc\w*|convenc\w*|convainc\w*|convint[oa]|uberzeugt|"
                       r"ueberzeugt|won me over|talked me out|ho visto|id miss|i would miss|i d miss|realized)\b")
OBSTACLE = re.compile(r"\b(?:couldnt|could not|cant|can not|cannot|didnt work|doesnt work|dont work|wont let|not working|broken|"
                       r"no link|no pude|nao consegui|pas reussi|konnte nicht|non riesco|non sono riuscit\w*)\b")
# A negation of an opt-out that itself carries a negation ("it's not like I don't want them"): no request.
DOUBLE_NEGATION = re.compile(r"\b(?:not|isnt|wasnt|aint) (?:like|that|as if|as though|because|cause) (?:i|we)(?: really| even)?$|"
                              r"\b(?:ce n est pas|c est pas|ce nest pas|no es|non e|nao e|nicht(?: so)?) (?:que|qu|che|dass)(?: \w+){0,3}$")
DOUBLE_NEGATION_GATES = (" not ", "nt ", "pas que", "es que", "e que", " e che", "nicht dass", "nicht so dass")
# "I don't want you to stop", "No quiero que dejen de mandarme": a wish against stopping, the opposite of a request.
NOT_WANT_STOP = re.compile(r"\b(?:no|non|nao|ne|dont|do not|didnt|never|wont)\b (?:(?:me|te|le|lo|la|nos|ne|je|really|just) ){0,2}(?:quier\w*|quisiera|dese\w*|"
                            r"vogli\w*|vorrei|quer\w*|veu\w*|voul\w*|souhait\w*|will|wollen|mochte\w*|want|wanna|wish)"
                            r"(?: pas| nicht)? (?:que |che |dass |q |(?:you|u|yall|you guys|them) to )(?:\w+ ){0,2}?"
                            r"(?:dej(?:en|e|ar|an|es)|paren|pare|parar|parem|param|termin\w*|smett\w*|piant\w*|aufh\w*r\w*|"
                            r"arret\w*|cess\w*|stop|stopp\w*|quit|end)\b")
# "Don't text me unless it's about my order": a limit on the texts, not a wait.
UNLESS_LIMIT = re.compile(r"\bunless (?:its|it is|theyre|they are|it s|its about|about|for|regarding|related to|there is|"
                           r"theres|urgent|important|an emergency)\b")

# The message says it only asks ("just curious", "asking for a friend"): its question clauses request nothing.
JUST_ASKING = re.compile(r"(?:^|[.,;:!?(-]\s*|\s)(?:i['’]?m |i am |i was |im |)(?:just|only|jus) (?:asking|curious|askin|wondering)"
                          # ... then a laugh, thanks or an emoji ("just curious 🙄"), or the end
                          r"(?: (?:lol|haha|lmao|tho|though|thanks|thx))?\s*(?:[.,;!?)]|\W*(?:(?:thanks|thx|ty|lol)\W*)?$)|"
                          r"\basking for (?:a friend|my \w+)\b|\b(?:je demande pour|pregunto por|pergunto pela?|chiedo per|ich frage fur) "
                          r"(?:une amie|un ami|ma|mon|mi|mia|mio|minha|meu|meine[nr]?|einen? freund\w*)\b|\bhypothetically\b|\bfor future reference\b|\bout of (?:pure )?curiosity\b|"
                          r"\bnot (?:yet|now|right now)[\s,.;!-]+(?:i['’]?m )?just (?:asking|checking|wondering|curious)\b")
# Opt-outs with only a pronoun for an object ("I don't need it"): about the thing another sense names ("cancel the
# warranty, I don't need it"), when the message has one.
ANAPHORIC = frozenset({"phrase:dont-want-alone", "phrase:im-done"})
# A bare "no more" that answers "anything else?" about an order ("nope no more, just the two pizzas", "No more, that's
# everything for the order").
ORDER_ANSWER = re.compile(r"\b(?:for|on|to|in) (?:the|my|this|our) order\b|\bjust (?:the )?(?:one|two|three|four|five|six|"
                          r"\d{1,2}) (?!(?:question|questions|thing|things|more|last|time|sec|second|minute|moment)\b)\w+|\bthats (?:everything|all) (?:for|on) (?:the|my|me|us|today|now)\b|"
                          r"\b(?:im|i am|we are|were) (?:so |too |totally )?(?:full|stuffed)\b")  # "No more, thanks, I'm full"
# ... and rules whose "it" stands inside ("I just want it to stop", "make it stop", "turn it off", "this has to stop"):
# beside a nuisance named in the message and no texts, the pronoun is the nuisance ("my back is killing me, I just want
# it to stop", "the smoke alarm keeps beeping, make it stop").
ANAPHORIC_INSIDE = frozenset({"phrase:want-it-to-stop", "phrase:turn-off"})
INNER_PRONOUN = re.compile(r"\b(it|this|that)\b")
NUISANCE = frozenset(
    "back neck knee knees head headache migraine tooth toothache pain ache aches itch itching itchy rash cough bleeding "
    "nausea cramps leak leaking leaks drip dripping ceiling toilet sink faucet pipe pipes heater furnace ac aircon alarm "
    "beeping beep beeps noise noises barking stomping construction drilling neighbor neighbors neighbour neighbours "
    "music smell smoke squeak squeaking squeaky rattle rattling brakes engine printer router wifi fridge dryer washer "
    "dishwasher fan".split())
PRONOUN = re.compile(r"\b(it|this|that|them|these|those|one)(?: (?:anymore|any more|ever|again|at all|now|either|thanks|please))*$")
OBJECT_SENSES = frozenset({"booking", "cancel-booking", "remove-item", "stop-charge", "opt-out-other", "remove-from-other",
                            "quit-job", "send-goods"})
# A clause saying that what was searched for turned up ("found it"): a bare STOP beside it ends the search, not the texts.
RESOLVED = re.compile(r"^(?:ok |okay |oh |nvm |never mind )?(?:i |we )?(?:just |finally )?(?:found|find) (?:it|them|the \w+|my \w+)$|"
                       r"^(?:i |we )?(?:just )?figured it out$|"
                       r"^(?:ok |c est bon |ya |vale |va bene |ok ok )?(?:j ai trouve|jai trouve|ho trovato|l ho trovat[oa]|"
                       r"(?:ya )?(?:lo |la )?encontre|achei|ich habe (?:es|ihn|sie) gefunden|hab(?:e)? (?:es|ihn|sie|s) gefunden|"
                       r"gefunden)(?: \w+){0,3}$")
# A bare STOP in any language: what a found-it clause or a Stop of surprise or waiting takes back ("ok you can stop now,
# found it", "Stop! Is that really the price?").
BARE_STOP = frozenset({"phrase:stop-it", "phrase:you-can-stop", "phrase:can-you-stop", "sentence:STOP", "sentence:STOPP",
                        "sentence:СТОП", "sentence:DUR", "sentence:ALTO", "sentence:PARA", "sentence:HALT",
                        "sentence:DETENGAN", "phrase:fr:arretez-seul"})
# Bare exclamations that can also mean "wait" or "I give in" before an offer ("Enough! I'm buying two").
BARE_EXCLAMATION = BARE_STOP | {"phrase:es:palabra-y-cortesia", "phrase:it:parola-cortese", "sentence:ENOUGH", "sentence:BASTA", "sentence:ARRETEZ", "sentence:ARRETE", "phrase:enough-already",
                                "sentence:GENUG", "sentence:CHEGA", "sentence:YA", "phrase:es:basta",
                                "phrase:it:basta-sola", "phrase:pt:chega"}
# An interjection clause before it ("Ben là, arrêtez, c'est vraiment gratuit?").
INTERJECTION = re.compile(r"^(?:oh|ah|ahh|ohh|whoa|woah|wow|omg|oh my god|ok|okay|hey|(?:wait )?no wa+y+|ben|ben la|bon|eh|ay|ay no|nossa|mamma mia|"
                           r"oh la la|ach|na|hala|ojo|ui|uy)$")
# Rules that a question does not make ("He passed away?", "No more coupons?", "Not interested? Try our menu").
STATEMENTS = frozenset({"wrong-number", "deceased", "no-more", "no-more-alone", "not-interested", "es:equivocado", "fr:plus-de",
                        "fr:pas-par-sms", "fr:mauvais-numero", "fr:decede", "de:verstorben", "de:falsche-nummer", "pt:numero-errado",
                         "it:niente-msg", "it:numero-sbagliato", "line-for-one-use"})
# ... but "Wrong number?" alone is the notice, asked politely.
BARE_NOTICE = re.compile(r"(?:(?:uh|um|hmm|sorry|hi|hello|umm) )*(?:i think )?(?:(?:you|u) (?:have|got) )?(?:the |a )?wrong "
                          r"(?:number|person|#)(?: (?:sorry|buddy|dude|mate|maybe|perhaps|i think))*")
# ... and a question that asks who or how ("Qui vous a donne mon numero?") asks for the number's source, a notice.
ASKS_HOW = re.compile(r"\b(?:who|how|qui|comment|quien|como|wer|wie|woher|chi|come|quem)\b")
# Bare STOP forms that are play when the message laughs or flatters ("stop it, you're too sweet").
PLAYFUL = frozenset({"phrase:stop-it", "phrase:enough-already", "phrase:if-again", "phrase:you-can-stop", "phrase:can-you-stop",
                      "phrase:fr:arretez-seul", "phrase:es:basta", "phrase:it:basta-sola", "phrase:pt:chega", "phrase:it:smettila",
                      "phrase:stop-or-else"})
# A bare "I'm out" beside being away for a while ("I'm out, grabbing lunch, will call back"): out of the office, not of the list.
AWAY = re.compile(r"\b(?:grabbing|getting|at|on|having) (?:a |my )?(?:lunch|dinner|breakfast|coffee|the store|work|the gym|break|a walk)\b|"
                  r"\b(?:will|ill) (?:call|text) (?:you |u )?back\b|\bcall (?:you|u) back\b|\bback (?:in|at|by|around) \d|"
                  r"\bbe back\b|\bout of (?:town|office|the office|the country)\b|\brunning errands\b")
BARE_OUT = re.compile(r"^(?:im|i am|were|we are) out$")
# A change of number ("stop texting my old number, this is my new one"): the texts should go on, to the new number.
NEW_NUMBER = re.compile(r"\b(?:this is|here is|heres|its|thats|this|this is|this ones?) my new (?:(?:number|phone|cell|line|one|num|numba|no)\b|#)|\bsend (?:everything|them|it all|"
                         r"all of it) (?:here|to this (?:number|one))\b|\b(?:text|use) this (?:number|one) instead\b|"
                         # "use this one from now on", "text me here", "send them to me here", "text this number for the updates"
                         r"\buse this (?:\w+ )?(?:number|one|cell|phone)(?: instead)? (?:from now on|going forward|for (?:everything|"
                         r"all|the \w+))\b|\b(?:text|message) me here\b|\bsend (?:them|it|those|the \w+) to me here\b|"
                         r"\btext this (?:number|one|cell) (?:for|instead)\b|\bthis (?:one|number) is better\b|\bchange (?:the|my) (?:contact|number) (?:on file )?to this\b")
OLD_NUMBER = re.compile(r"\b(?:my|the) (?:old|previous|former) (?:(?:number|phone|cell|line|num|numba|no)\b|#)|"
                         # another phone the texts went to ("my mom's number", "my work cell", "the shop phone", "the old one")
                         r"\bmy (?:\w+['’]?s|work|office|home|business) (?:number|phone|cell|line)\b|"
                         r"\bthe (?:shop|office|work|home|house|business) (?:number|phone|cell|line)\b|\bthe old one\b|"
                         r"\b(?:number|phone|cell) ending in\b")
# A request taken back with "jk": a clause that opens with it takes back the clauses before ("leave me alone, I'm
# sleeping! jk what time do you open"), one that ends with it takes back itself ("unsubscribe me lol jk").
_JK = r"(?:jk|j k|just kidding|im kidding|just joking)"
KIDDING = re.compile(r"(?:ps |p s )?(?:lol |haha |lmao |nah |nope |no |ok |okay )?(?:" + _JK + r"|kidding|jking)\b")
KIDDING_END = re.compile(r"\b" + _JK + r"(?: (?:lol|haha|lmao|jk|j k|id never|i would never|i could never|never|obviously))?"
                         r"(?: (?:lol|haha|lmao))?$")
# A denial of consent that the sender then accepts ("how did you get my number? my friend must have signed me up, it's
# fine", "never signed up but honestly these deals are great"): no request.
DENIALS = frozenset({"phrase:never-signed-up", "phrase:how-got-my-number", "phrase:es:de-donde-mi-numero", "phrase:es:no-autorice",
                     "phrase:wrong-number", "phrase:not-the-owner", "phrase:es:equivocado", "phrase:fr:mauvais-numero",
                     "phrase:pt:numero-errado", "phrase:de:falsche-nummer", "phrase:it:numero-sbagliato"})
ACCEPTED = re.compile(r"\b(?:its|it s|thats|that s) (?:fine|ok|okay|cool|all good)\b|\b(?:no worries|all good|no problem|no prob)\b|"
                       r"\bbut (?:ok|okay|sure|whatever|fine)\b|\b(?:love|like|enjoy) (?:the|your|these) (?:deals|texts|offers|coupons|"
                       r"promos)\b|\b(?:deals|texts|offers|coupons|promos) are (?:great|good|amazing|awesome|nice)\b|"
                       r"\bkeep (?:them|em|the \w+) coming\b|\bi(?:['’ ]?ll| will) (?:take|keep) (?:it|them|em)\b|"
                       r"\b(?:igual|igualmente|de todos modos|de todas formas) me interesa\b|"
                       # "wrong number but your deals look great, can I sign up?", "... but I'm curious, what is it?"
                       r"\bbut (?:im|i m|i['’]m|i am) (?:curious|interested)\b|\b(?:can|could|how do|how can) i (?:sign up|join|subscribe)\b|"
                       r"\b(?:id|i d|i['’]d|i would) (?:love|like) (?:the|your|these|some) (?:coupons|deals|offers|texts|promos)\b|"
                       r"\b(?:deals|offers|coupons|promos) (?:look|sound) (?:great|good|amazing|awesome|nice)\b|"
                       r"\b(?:you|u) can (?:still )?text me (?:about|for|when|if)\b|"
                       # ... and in es/fr/pt/de/it ("pero me interesan sus ofertas", "mais continuez", "mas podem continuar mandando")
                       r"\b(?:me interesan?|m['’ ]?interessent|m['’ ]?interesse|me interessam?|mi interessano|mi interessa) (?:\w+ )?(?:sus |vos |suas |le |las |les |os )?"
                       r"(?:ofertas|promos?|promociones|promotions|offres|promocoes|offerte|sconti|angebote)\b|"
                       r"\b(?:como|comment|wie|come) (?:me )?(?:registro|inscribo|suscribo|me cadastro|me inscrevo|"
                       r"melde ich mich an|mi iscrivo|mi registro)\b|\bje (?:peux|pourrais) m['’ ]?inscrire\b|"
                       r"\b(?:igual|igualmente) (?:manden|mandenme|envienme|sigan)\b|\b(?:mais |mas |ma |aber )?(?:continuez|podem continuar|"
                       r"continuate pure|schickt ruhig weiter|macht ruhig weiter)\b|\b(?:angebote|offres|offerte|ofertas|promocoes|promocoes) "
                       r"(?:klingen|sont|sono|son|sao|estao) (?:gut|top|super|interessant|ottime|buone|buenas|geniales|otimas|boas)\b|"
                       r"\bgostei (?:das|dos) (?:promocoes|ofertas|promos)\b")
ANNOYED_DENIAL = re.compile(r"\b(?:stop|remove|unsubscribe|delete|take me off|illegal|report\w*|spam\w*|harass\w*)\b")
# Opt-in is explicit only: a sender who supposes it or asks whether or how they could ("can I resubscribe later?",
# "what happens if I reply STOP by accident", "how do I opt back in if I change my mind?") asks for nothing yet.
OPT_IN_DOUBT = re.compile(r"\bif (?:i|we|yo|je|eu|io|ich)\b|\bwhat (?:happens|would happen|if)\b|\b(?:later|someday|eventually|"
                           r"in the future|down the road|change (?:my|our) minds?|would (?:i|we) be able|will (?:i|we) be able|"
                           r"is it possible|mas tarde|plus tard|mais tarde|piu tardi|spater|si (?:je|yo) |se (?:eu|io) |wenn ich|"
                           r"falls ich|do (?:i|we) (?:need|have|got) to|should (?:i|we)|is it necessary)\b")
# ... nor one who asks about their own past ("did I accidentally unsubscribe?") or the way to opt in.
ASKS_THE_WAY = re.compile(r"^(?:did|have|was|am|were) (?:i|we)\b|"
                           r"^(?:\w+ )?(?:how|como|comment|wie|come) (?:do|can|could|would|does|puedo|se|je|kann|posso|faccio|faz|"
                           r"hago|fais|peux)\b")
# An opt-in for somebody else's number ("my husband sent STOP by mistake, can you add him back"): this number asks nothing.
# The sender's relatives and household, in the signals about someone else's texts.
_KIN = r"wife|husband|son|daughter|mom|mother|dad|father|sister|brother|kid|kids|partner|roommate"
FOR_SOMEONE_ELSE = re.compile(r"\b(?:add|put|sign|opt|turn|take|subscribe|resubscribe|reactivate)\w* (?:him|her|them up|his number|"
                              r"her number|their number|his phone|her phone) (?:back|again|in|on)\b|"
                              # "can you resubscribe my mom?", "a friend wants to opt in"
                              r"\b(?:resubscribe|reactivate|re add|readd|sign up|opt in|add back) my (?:" + _KIN + r"|grandma|grandpa|friend)\b|"
                              r"\b(?:a|my) (?!kids\b)(?:" + _KIN + r"|friend|coworker|neighbor|neighbour) (?:wants|would like|wanted|needs|asked) "
                              r"to (?:opt in|sign up|subscribe|"
                              r"join|be added)\b(?!(?: \w+){0,3}? (?:so do i|me too|and me|i do too|as do i|and i do)\b)|\b(?:his|her|their) "
                              r"(?:texts|messages|alerts|number) back on\b|\b(?:is|are) (?:she|he|they) still (?:on|in|subscribed|getting|"
                              r"signed)\b|\b(?:send|sending|text|texting|keep)\w* (?:\w+ ){0,2}?(?:to|for) (?:her|him)\b|"
                              # "can my daughter opt in too?", "could my husband sign up as well"
                              r"\b(?:can|could|may|does|do|would|will|should) (?:my|a) (?:" + _KIN + r"|friend|coworker|neighbor|neighbour) "
                              r"(?:also )?(?:opt in|sign up|subscribe|join|get (?:the|these|your) (?:texts|alerts|messages))\b")
# ... or for something else left by mistake ("quit the chat by accident, can you resend the link").
LEFT_SOMETHING_ELSE = re.compile(r"\b(?:quit|left|closed|exited|ended|cancell?ed|unsubscribed from) (?:the |my |this |that )?"
                                 r"(?:chat|app|call|group|game|meeting|page|tab|window|order|email|emails|newsletter)\b|"
                                 # "me di de baja de los correos sin querer", "désabonné des mails", "saí da lista de e-mail"
                                 r"\b(?:baja|desabonne|desabonnee|desinscrit|desinscrite|sai|disiscritto|disiscritta|abgemeldet) (?:\w+ ){0,3}?"
                                 r"(?:de los correos|del correo|de los mails|des mails|des e ?mails|de la newsletter|da lista de e ?mail|"
                                 r"dos e ?mails|dalle e ?mail|dalla newsletter|vom newsletter)\b|"
                                 r"\b(?:vom newsletter|dalle e ?mail|des mails|des e ?mails|de los correos) (?:\w+ ){0,2}?"
                                 r"(?:abgemeldet|disiscritt[oa]|desabonne|desinscrit)\b")
# Somebody else sent the keyword from this phone ("my kid grabbed my phone and sent STOP"): with a wish to keep the
# texts, the message asks to undo it.
SOMEONE_ELSE_SENT = re.compile(r"\bmy (?:kid|son|daughter|child|toddler|baby|little one|husband|wife|hubby|bf|gf|boyfriend|"
                                r"girlfriend|partner|friend|roommate|brother|sister|nephew|niece|grandson|granddaughter|cat|dog)s? "
                                r"(?:\w+ ){0,6}?(?:sent|texted|typed|replied|responded|wrote|hit|put|answered) (?:\w+ )?"
                                r"(?:stop|unsubscribe|end|quit|cancel|stopall|optout|opt out)\b")
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")

# A stop for one event ("stop the reminders for this visit, see you at 3", "no more alerts for that charge, it was me"):
# the event is named right after the request, the sender says it is settled, and nothing widens it to the other texts.
ONE_EVENT = re.compile(r"\b(?:for|about|on|regarding|re|with) (?:(?:this|that|the|my|todays|tonights|tomorrows|this weeks|next weeks|"
                       r"mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays) (?:\w+ )?(?:one|visit|appointment|appt|"
                       r"class|session|reservation|booking|cleaning|checkup|pickup|event|meeting|order|package|parcel|delivery|"
                       r"shipment|charge|transaction|refill|prescription|book|return|copay|co pay|payment|rent|tuition|balance|"
                       r"bill|flu shot|shot|renewal|policy|form|review|survey|glasses|library book|pledge|vote)|"
                       r"(?:order|invoice|package|appointment|charge|"
                       r"reservation|booking) (?:number |no |#)?\w*\d\w*|(?:the |this |my )?\w*\d(?:st|nd|rd|th|ist)\b|this one)\b|"
                       # the one errand a reminder asks for ("stop reminding me to return the book", "texting me that my car
                       # is ready")
                       r"\b(?:remind\w*|texting|text|asking|telling) (?:me |us )?(?:to (?:pick up|return|vote|pay|renew|book|leave|"
                       r"confirm|come in|sign|turn in|bring|drop off|get (?:my|the))|that (?:my|the|our) (?:\w+ )?(?:car|order|"
                       r"prescription|glasses|package|table|room|repair) (?:is|are) (?:ready|in|here|done))\b")
# ... or a bare "you can stop reminding me" beside it: the reminding was for the one errand named in the other clause.
BARE_REMINDING = re.compile(r"^(?:ok |okay |so |and )?(?:you can |u can |you guys can |yall can |pls |please )?(?:stop|quit) "
                            r"(?:reminding|bugging|asking)(?: me| us)?(?: (?:now|already|lol|haha|\w+)){0,2}$|"
                            r"^no need to (?:keep )?(?:remind\w*|bug\w*)(?: me| us)?(?: (?:now|already|lol|anymore))?$|"
                            # ... at the end of a clause run on from the errand ("paid it already u can stop reminding me lol",
                            # "returned the book stop nagging me"); not after a move ("i moved stop bugging me" leaves for good)
                            r"^(?!(?:\w+ ){0,8}?mov)(?:\w+ ){1,8}?(?:so |and |ok |okay )?(?:you can |u can |you guys can |yall can |pls |please )?"
                            r"(?:stop|quit) (?:(?:reminding|bugging|nagging|pestering|asking)(?: me| us)?|(?:with|w) (?:the|ur|your|all the) reminders|"
                            r"texting (?:me|us) about (?:it|that|this))(?: \w+){0,3}$")
EVENT_SETTLED = re.compile(r"\b(?:paid|went through|picked (?:it |them )?up|got (?:it|them|my \w+)|have (?:it|them|my \w+)|"
                           r"already (?:have|got|paid|did|done|returned|booked|confirmed|here|came|arrived)|returned|"
                           r"(?:i|ill|i will|we|well|we will) be there|see (?:you|u|ya)|on my calendar|(?:it|that) was me|"
                           r"moved|rescheduled|arrived|delivered|here already|on my porch|dropped (?:it|them)|came in|"
                           r"all set|taken care of|renewed|voted|signed (?:it|them|the \w+)|booked|scheduled|grabbed|"
                           r"turned (?:it|them) in|left (?:one|it|a review)|took (?:it|them) out|dropped (?:the|my) (?:check|payment)|"
                           r"picked (?:the \w+|my \w+) up|confirmed|sent (?:the|my) (?:deposit|payment|check|form|forms|paperwork|money|documents?|"
                           r"photos?|signature)|sent (?:it|them) (?:in|over|already)|(?:is|are) (?:already )?in (?:your|the) (?:\w+ )?(?:lot|box|plate|office|shop))\b")
BEYOND_ONE_EVENT = re.compile(r"\b(?:any other|anything|everything|all (?:the|your|of|future|other|texts|messages|reminders)|every|"
                              r"ever|for good|forever|again|altogether|at all|in general|not just|or any|future)\b")

# The texts named, then declined ("Vos SMS, non merci", "your promo texts - no thanks", "Ihre SMS? Nein danke"): a noun
# phrase with no verb, and a no with thanks.
_NAMED_TEXTS = (r"(?:(?:vos|your|ur|tus|sus|vuestros|vostri|i vostri|seus|os seus|ihre|eure|these|those|all these|all your|les|tes|"
                r"os|as|los|las|i|gli|le|die|more|any more|mas|plus de|mehr|daily|weekly) )?(?:\w+ )?(?:sms|texts|text messages|txts|"
                r"textos|mensajes|messages|messaggi|mensagens|nachrichten|promos|offers|ofertas|offres|offerte|angebote|pubs|"
                r"publicites|pubblicita|publicidad|werbung|alerts|notifications)(?: (?:diarios|diarias|diarie|diari|quotidiens|quotidiani|"
                r"diarios|promocionales|promotionnels|publicitaires|pubblicitari|promocionais|publicitarios|publicitarias))?")
_NO_THANKS = (r"(?:non|no|nao|nein|nope|nah|pas pour moi|not for me|no para mi|non per me|nicht fur mich)(?: (?:merci|thanks|"
              r"thank you|thx|gracias|grazie|danke|obrigado|obrigada|merci bien|grazie mille|vielen dank|muchas gracias))+")
NAMED_TEXTS = re.compile(_NAMED_TEXTS + "$")
NO_THANKS = re.compile(_NO_THANKS + "$")
TEXTS_NO_THANKS = re.compile(_NAMED_TEXTS + " " + _NO_THANKS + "$")

# An opt-in to something else than the texts ("sign me back up for piano", "opt in to paperless billing", "resume sending
# me the invoices by mail"): what follows the request names another thing or channel, and no text.
OPT_IN_ELSEWHERE = re.compile(r"\b(?:to|for|on|onto|into|in) (?:the |my |your |our |a |an |this |that )?(?:\w+ )?(?:schedule|calendar|"
                              r"waitlist|wait list|roster|team|class|classes|lessons?|program|rewards|newsletters?|emails?|e mails?|"
                              r"mailing list|paperless|billing|statements?|invoices?|piano|course|league|raffle|event|race|tour|trip|"
                              r"membership|gym|drawing|contest|giveaway|volunteer \w+|carpool|delivery route|route|rotation|"
                              # a sport, a camp or a session ("sign me back up for soccer this fall")
                              r"soccer|football|baseball|softball|basketball|hockey|volleyball|tennis|golf|swim\w*|dance|ballet|"
                              r"karate|gymnastics|yoga|pilates|camp|summer camp|practice|tryouts|workshop|retreat|tutoring|"
                              r"shifts?|club|prayer list|guest list|lineup|payroll|insurance|policy|magazines?|podcasts?|subscription box|meal plan|meal kits?|auto ?ship|wine club)\b|"
                              r"\b(?:the |my |your )(?:\w+ )?(?:invoices?|statements?|bills?|catalogs?|emails?|newsletters?|"
                              # ... or a booking or an order ("I didn't mean to cancel my appointment, can I get it back?")
                              r"appointments?|appts?|orders?|bookings?|reservations?|autopay|auto ?ship|deliveries)\b|"
                              r"\b(?:by|via|through|thru) (?:e ?mail|mail|post|email|the app|app)\b|"
                              # ... in the other languages ("désabonné par erreur de la salle de sport", "dalla palestra")
                              r"\b(?:de la|du|des|de l|dalla|dal|dallo|del|de los|de las|da|do|vom|von der|aus dem) (?:\w+ )?"
                              r"(?:salle|club|palestra|gimnasio|gym|academia|cours|corso|curso|clase|classe|kurs|verein|"
                              r"fitnessstudio|newsletter|revista|journal|rivista|zeitung)\b")
TEXTS_NAMED_FOR_OPT_IN = re.compile(r"\b(?:texts?|text messages|texting|sms|messages|msgs|alerts|txts|deals|promos|offers|coupons|"
                                    r"reminders|updates|notifications)\b")

# A verbless "not by text" beside another channel asked for ("pas par SMS, par mail", "Je préfère être contactée par
# courrier, pas par texto"): a channel switch, whatever the language. Alone, "pas par SMS" may answer anything.
_BY = r"(?:par|by|via|per|por|over|through|thru|en|em|con|com|mit|tramite)"
NOT_BY_TEXT = re.compile(r"^(?:(?:mais|but|pero|aber|ma|mas|and|et|y|e|und) )?(?:pas|not|no|nicht|non|nao|jamais|never|nunca|mai|"
                         r"bitte nicht|please not|surtout pas) " + _BY + r" (?:sms|textos?|texts?|text messages?|txts?|mensajes?|"
                         r"messages?|mensagens?|messaggi|nachrichten|whatsapp)(?: (?:svp|please|merci|thanks|por favor|bitte|"
                         r"per favore|obrigad[oa]|gracias|grazie|danke|stp))*$")
_OTHER_CHANNEL = (r"(?:e ?mails?|mails?|courriers?|courriels?|correo|correos|telephone|phone|appels?|calls?|post|lettres?|cartas?|"
                  r"briefe?|telefon|telefono|telefone|posta|correio|e mail|email)")
BY_OTHER_CHANNEL = re.compile(r"^(?:(?:mais|but|pero|sondern|ma|mas|only|just|juste|seulement|solo|nur|apenas|plutot|rather|"
                              r"lieber|mejor|meglio|melhor|uniquement|unicamente|solamente|somente) )*" + _BY + " " + _OTHER_CHANNEL
                              + r"(?: (?:svp|please|merci|thanks|por favor|bitte|per favore|obrigad[oa]|gracias|grazie|danke|stp|"
                              r"si|sim|oui|yes|ja|seulement|only|solo|nur|apenas|instead|plutot|invece|en su lugar|stattdessen))*$|"
                              r"\b(?:prefere|prefer|prefers|preferred|prefiero|preferimos|preferisco|preferiamo|bevorzuge|"
                              r"bevorzugen|prefiro|preferimos|rather|lieber|aimerais mieux)\b(?: \w+){0,4} " + _BY + " "
                              + _OTHER_CHANNEL + r"\b")

# A bare keyword asked back, then a question about what it means ("Opt out? what does that mean on the permission slip",
# "stop? what stop?"): the word is asked about, not used.
WHAT_IT_MEANS = re.compile(r"^(?:(?:um|uh|sorry|wait|huh) )*(?:what (?:does|do|did) (?:that|it|this|u|you) mean|what do (?:you|u) mean|"
                           r"(?:do |did )?(?:you|u|ya) mean (?:the|my|your|ur|that|this|like)|"  # "end? u mean the end of the promo?"
                           r"what is (?:that|this|it)|whats (?:that|this)|what (?:stop|opt out|unsubscribe|remove|cancel|end|quit)|"
                           r"what (?:does|would|will) (?:that|it|this) do|"
                           r"meaning|que significa|que veut dire|was heisst das|cosa significa|o que significa)\b|"
                           # ... or asked what it would be from ("Unsubscribe? from what", "Remove? what list")
                           r"^(?:(?:from|to|of|off) what|what(?: list| lists| texts| messages| for)?|which (?:list|one|texts)|wdym)$")

# Texting said to be the channel the sender prefers ("calls are fine too but texting is best"): what looked like a switch
# to calls or email only allows them.
TEXTS_PREFERRED = re.compile(r"\b(?:texting|texts?|text messages?|sms|txts?) (?:is|are|r|works?|work) (?:still |just |really |always )?"
                             r"(?:best|better|preferred|easier|easiest|fine|great|perfect|ideal)\b(?! than)|"
                             r"\b(?:i|we) (?:still |really |much )?(?:prefer|like|love) (?:texting|texts?|text messages?|sms)\b")
CHANNEL_SWITCHES = frozenset({"phrase:channel-switch", "phrase:rather-other-channel", "phrase:contact-other-channel"})
# A stop asked for someone else's phone ("she wants you to stop texting her"): beside the sender's own wish to keep theirs,
# no request about this number.
STOP_FOR_SOMEONE_ELSE = re.compile(r"\b(?:stop|quit|cease) (?:texting|messaging|contacting|sending (?:\w+ )?to) (?:her|him|"
                                   r"my (?:" + _KIN + r"))\b")
# "..., not me (though)" after a request about another person ("My sister says remove her from the list, not me though",
# "i told my sister to opt out, not me"): the sender keeps their own texts.
NOT_MINE = re.compile(r"^(?:but |and )?(?:not|never) (?:me|mine|my number|this number|my phone|this phone)"
                      r"(?: (?:though|tho|lol|haha|please|pls|thanks|thx|ok))*$")
THIRD_PERSON = re.compile(r"\b(?:her|him|she|he|his|hers|my (?:" + _KIN + r"|friend|coworker|boss|neighbor|aunt|uncle|grandma|"
                          r"grandpa))\b")
# What a STOP already sent cost the sender ("I texted STOP and now I can't get my codes", "... and stopped getting the
# reminders, which I actually need"): a complaint about losing texts, not a request to stop them.
LOST_TO_STOP = re.compile(r"\b(?:now )?(?:i|im|i am) (?:cant|cannot|can not|dont|do not|no longer|not|stopped|never) "
                          r"(?:get|getting|receive|receiving|got)\b(?! (?:them|these|it|those) (?:anymore|any more)\b)"
                          r"(?! (?:why|how|what|it|that|the point|this)\b)|"
                          r"\band (?:now )?(?:stopped|no longer) (?:getting|receiving)\b")
STILL_TEXTED = re.compile(r"\b(?:still|keep|keeps|kept|continue|continuing|again)\b")
# The number given for one thing, "not for" the texts, in a clause of its own ("I gave my number at the register for a
# receipt, not for marketing"): a denial of consent read with the clause before it.
NOT_FOR_TEXTS = re.compile(r"^(?:but |and )?not (?:for|to get|to receive|so i could get) (?:the |your |any )?(?:marketing|promos?|"
                           r"promotions?|promotional \w+|ads|advertising|spam|sales texts|texts?|text messages|sms)"
                           r"(?: (?:texts?|messages|stuff))?(?: (?:please|thanks|thx|lol))*$")
GAVE_NUMBER = re.compile(r"\b" + MACROS["GAVENUMBER"] + r"\b")
# "I'd unsubscribe if the coupons weren't so good": a stop the sender would make only if what holds them did not.
WOULD = re.compile(r"\b(?:(?:i|we) (?:d|would|might)|id|wed)(?: \w+ly| totally| honestly| so| def| probably)? $")
UNLESS_NOT = re.compile(r"(?: \w+){0,5}? (?:if|except) (?:\w+ ){0,6}?(?:werent|wasnt|didnt|hadnt|were not|was not|did not|"
                        r"had not|not for|i were you|it were not|they were not)\b")
# "can I pause texts during my trip and start again when I'm back?", "is there a way to pause texts for a month": a pause
# for a while, asked about, is no request to stop ("pause all texts please" still is).
PAUSE_FOR_A_WHILE = re.compile(r"\bpause\b.*\b(?:start (?:them |it |the \w+ )?(?:again|back)|resume|turn (?:them|it) back on|back on|"
                               r"get (?:them|it|the \w+) again|again (?:in|when|after)|when (?:i|we|im|were)(?: am| are| get)? back|"
                               r"instead of (?:unsubscribing|opting out|stopping|cancel\w*)|(?:for|4) (?:a|one|1|two|2|three|3|a few|few|"
                               r"couple|a couple of) (?:days?|weeks?|months?)|while (?:i|we|im|were)|during)\b")
ASKS_IF = re.compile(r"^(?:\w+ )?(?:can|could|may) (?:i|we|you)\b|^(?:\w+ )?is (?:there|it possible)\b|^(?:\w+ )?(?:any way|anyway)\b")
# "you've been removed? I didn't ask for that": a denial of asking, after a clause that told the sender was unsubscribed.
REMOVAL_TOLD = frozenset({"reported-unsubscribed", "unsubscribed-notice", "es:dado-de-baja", "fr:quelquun-d-autre", "pt:fui-descadastrado"})
DENIALS_OF_ASKING = frozenset({"phrase:never-signed-up", "phrase:didnt-ask", "phrase:es:no-autorice", "phrase:fr:plainte-stop",
                               "phrase:pt:nunca-autorizei"})

