"""English opt-out and opt-in phrases."""

from ingest.intent.patterns import help_request, keep, mention, opt_in, out, sense

# "interested" as people type it: intrested, interrested, intersted.
_INTERESTED = r"int?e?r{1,2}e?s{1,2}t?e?d"

# After a sending verb or the texts: one reminder or one day, not the texts ("stop the reminder for the 14th only").
_ONE_EVENT = (r"(?! (?:(?:me|us) )?(?:(?:text|texts|message|msg|sms) )?(?:for|4|on|about) (?:the |my |this |that )?(?:[a-z]?\d\w*|"
              # "stop the tracking texts for this one", "for that order": one order or visit
              r"(?<=this |that )(?:one|order|package|delivery|shipment|appointment|appt|visit|booking|reservation|pickup)"
              r"(?! (?:and|or|n|plus|as well as) (?:(?:for|4) )?(?:every|all|any|the rest|future|other|others|everything)\b)|"
              r"[a-z\d]{1,2}(?:st|nd|rd|th)(?! of (?:every|each)\b)|tomorrow|tmrw|tmr|tmrow|tomorow|today|tonight|next|"
              r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)")
# Someone else's texts ("how do I stop my husband's texts from going to my phone").
_THEIR_TEXTS = (r"(?!(?:his|her|their|my (?:husband|wife|son|daughter|kid|kids|mom|dad|partner|boyfriend|girlfriend|friend|ex|"
                r"brother|sister|roommate)s?) )")
# "The kids stopped messaging the tutor": texts to someone else.
_SOMEONE_ELSE = (r"(?!(?<=ing) (?:the|a|an|his|their) (?!(?:\w+ ){0,3}?(?:{MSGS}|number|phone|cell|line|landline|mobile|ones?)\b)\w)"
                 # "stop sending me to the other location", "stop texting me in all caps", "stop sending this to my work address".
                 r"(?!(?<=ing) (?:me|us) to (?:the|a|an|another|your|that|this|voicemail) (?!(?:\w+ )?(?:number|phone|list)\b)\w)"
                 r"(?!(?<=ing) (?:me|us) in (?:all caps|caps|capitals|capital letters|spanish|english|french|chinese|another language)\b)"
                 r"(?!(?<=ing) (?:(?:me|us) )?(?:\w+ ){0,3}?to (?:my|the|our) (?:\w+ )?(?:address|house|office|apartment|door|po box|building)\b)"
                 # "stop sending me samples, I'll buy the full size": goods.
                 r"(?!(?<=sending) (?:me |us )?(?:\w+ )?(?:samples?|freebies|gifts?|swag|catalogs?|catalogues?|flyers?|brochures?)\b)"
                 # "stop sending me that guy, he was rude": a person sent over.
                 r"(?!(?<=sending) (?:me |us )?(?:that|this|the|a|another|your) (?:guy|tech|technician|driver|man|woman|lady|person|rep|"
                 r"cleaner|nurse|plumber|crew|electrician|installer)\b)"
                 # "stop harassing my tenant": another person.
                 # "stop bothering about the late fee": stop worrying.
                 r"(?!(?<=bothering) (?:about|with)\b)"
                 r"(?!(?:(?<=harassing)|(?<=bothering)|(?<=hassling)|(?<=pestering)|(?<=hounding)|(?<=bugging)|(?<=nagging)|(?<=reminding)) my "
                 r"(?!(?:\w+ )?(?:number|phone|cell|line|mobile|family|inbox)\b)\w)"
                 # "stop texting them back": replying to someone.
                 r"(?!(?<=ing) (?:him|her|them) back\b)"
                 # "stop bugging me for the form, I sent it": one thing asked for.
                 r"(?!(?:(?<=bugging)|(?<=nagging)|(?<=hounding)|(?<=pestering)|(?<=hassling)) (?:me|us) (?:for|about) (?:the|my|that|this|your) "
                 r"(?:\w+ )?(?:form|forms|paperwork|payment|signature|documents?|receipt|invoice|bill|photo|pics?|info|details|deposit|"
                 r"check|keys?|measurements|address)\b)")
# "Don't remind me lol", "stop reminding me I'm old": the idiom, not the reminders.
# "stop this coupon is perfect", "stop the madness these deals are crazy": the texts are praised, in a clause of their own.
_PRAISED = (r"(?! (?:is|are|was|were|r|looks?|sounds?) (?:so |too |really |literally |sooo |just |actually |2 )?(?:perfect|amazing|great|"
            r"awesome|good|incredible|insane|gorgeous|fire|cute|nice|fantastic|unreal|wild|crazy|unbelievable|epic|the best)\b)")
_REMIND_IDIOM = (r"(?!(?<=remind|inding) (?:me|us) (?:i|im|ive|id|that|of|how|what|youre|were|we|its|lol|haha|lmao|ugh|omg)\b)"
                 r"(?!(?<=\bremind) (?:me|us)$)"
                 # "stop reminding me the car is already in your lot": reminding of one fact
                 r"(?!(?<=remind|inding) (?:me|us) (?:the|my|our) (?!(?:\w+ )?{MSGS}\b)\w+ (?:is|are|was|were)\b)")

PATTERNS = (
    # --- asking the sender to stop --------------------------------------------------------------
    out("stop-sending", r"(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\bit )(?<!\bwho )(?<!\bhe said )(?<!\bshe said )(?<!\bthey said )"
        r"(?<!\bhe says )(?<!\bshe says )\b(?:stop|quit|cease|halt|end|pause|enough)\w{0,3} (?:with )?(?:the )?(?:\w+ |(?:call|phon|e ?mail|mail|ring|messag|dm)\w* (?:and|or|n|&) )?{SEND}\w*\b"
        + _REMIND_IDIOM + _ONE_EVENT + _SOMEONE_ELSE + _PRAISED + r"|"
        r"\b(?:stop|quit)\w{0,3} (?:talking|speaking|chatting) to (?:me|us)\b(?! like| that way| in that)",
        "stop texting me", "pls stop sending these", "quit spamming me", "stop calling and texting me"),
    out("stop-the-texts", r"(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\bit )(?<!\bwho )\b(?:stop|quit|end|cancel|cease|halt|pause|disable|block|kill(?!ing (?:me|us|it)\b)|cut|turn off|shut off|switch off|discontinue|terminate|suspend|deactivate)\w{0,3} "
        # "cancel my 10am ill msg u later": a subject and a texting verb before the texts start a clause of their own
        r"(?!(?:(?!{MSGS}\b)\w+ ){1,3}(?:i|ill|i will|id|we|well|we will|u|you|youll) (?:text|txt|message|msg|send|call)\w*\b)"
        r"(?:off |out )?(?:with )?" + _THEIR_TEXTS + r"(?:{DET} )*(?:\w+ ){0,2}?(?:{DET} )?(?:{MSGS}|robo ?texts?|auto ?texts?|"
        r"(?:sales?|promo|promotional|marketing|ad|advertising|discount|deals?|coupon) (?:stuff|crap|junk|garbage))\b" + _ONE_EVENT
        + r"(?!(?: \w+){0,2} from \w+(?:ing|nig|ign|[^\Waeiou]in|[^\Waeiou]ng)\b)"
        + _PRAISED + r""
        r"(?! (?:on|in) (?:your|the|ur) (?:tv|tvs|screen|screens|radio|website|site|billboard|windows?|lobby|store)\b)"
        r"(?! to (?:my|the|our) (?:\w+ )?(?:address|house|office|apartment|door|po box|building)\b)"
        + r"|\b(?:stop|quit|end|cancel|halt|pause|disable)\w{0,3} (?:the|all the|all this|this|your|ur|all) (?:texting|messaging)"
        r"(?: {PLEASE}| thanks| thx| now)*$",
        "stop these texts", "cancel the promo messages", "turn off all notifications"),
    out("stop-it", r"^(?:{PLEASE} |ok |okay |omg |god |jesus |ugh )*(?:stop|quit|cease|halt|enough|end) "
        r"(?:it|this|that|these|those|them|now|already|all|everything|all of it)(?: {PLEASE}| thanks| ffs| omg| wtf| man| dude| god)*$",
        "stop it", "quit it already", "stop this now"),
    out("can-you-stop", r"^(?:{PLEASE} )*(?:can|could|would|will) (?:you|u|yall|you guys) (?:{PLEASE} )?(?:stop|quit)"
        r"(?: it| this| that| these| those| with (?:it|this|that|these|those|them)| {PLEASE})*$|^(?:{PLEASE} )*(?:can|could|would|will) (?:you|u|yall|you guys) (?:{PLEASE} )?"
        r"(?:stop|end|turn off|shut off) (?:them|these|those|it|this|all of (?:them|these|it)) (?:from|on) (?:your|ur) end(?: {PLEASE})*$|"
        r"^(?:{PLEASE} )*(?:can|could|shall) we (?:{PLEASE} )?(?:end|stop) (?:this|these|it)(?: {PLEASE})*$|\bstop means stop\b|\bno means no\b|\bwhat part of (?:stop|no|unsubscribe|remove)\b",
        "Can you stop?", "stop means stop", "what part of stop don't you understand"),
    out("text-too-much", r"\b(?:text|message|msg|spam)\w* (?:me |us )?(?:way |far |so |too |just )*(?:too much|too often|so much|"
        r"constantly|nonstop|non stop|all the time|every day|every single day|24 7)\b", "you guys text way too much"),
    out("you-can-stop", r"^(?:ok |okay |so )?(?:you |u |yall |you guys )?(?:can|could|may|should|must|need to|have to) "
        r"(?:{PLEASE} )?(?:stop|quit)(?: {PLEASE}| it| this| that| thx| thanks| thank you| ty)*$", "you can stop now"),
    out("no-more", r"\b(?:no|not any|zero|nothing) (?:more|further|additional|other|extra)\b(?: {DET})*(?: \w+){0,2}? "
        r"(?:{MSGS}|texting|messaging|contacting|contact)\b(?! (?:needed |necessary )?(?:for|4|on|about) (?:this|today|tonight|tomorrow|"
        r"(?:the|that|this|my) (?:\w+ )?(?:appointment|appt|order|visit|week|day|delivery|pickup|renewal|registration|payment|bill|invoice|refill|prescription|"
        r"permission slip|form))\b(?!(?: \w+)? (?:or|and|n|plus) (?:anything|everything|any|all|the rest|every)\b))"
        # "no more texts saying my prescription is ready when it isn't": a wrong claim in the texts is the complaint.
        r"(?! (?:with the wrong|about the wrong|(?:saying|telling (?:me|us)) (?:\w+ ){1,10}?when (?:it|i|they|you|my|the|im|we|its)\b)\b)",
        "no more texts", "no further messages please"),
    out("no-more-alone", r"^(?:{PLEASE} |no |nope |nah |ok |okay )*no more(?: of (?:these|this|them|it|that|those|your \w+))?(?: {PLEASE}| thanks| thank you| stop)*$",
        "no more", "no more please", "no more of these please"),
    out("dont-send", r"\b(?:dont|do not|(?<!\byou )(?<!\bu )(?<!\bguys )(?<!\byall )(?<!\bthey )(?<!\bhe )(?<!\bshe )never|pls dont|"
        r"please dont|dont ever|do not ever|(?:can|could|would|will) (?:you|u|you guys|yall) (?:please )?not)"
        r" (?:ever |again |you )?(?:(?:call|phone|ring|email|e mail|mail) (?:or|and|n|nor|&) |(?!stop|quit|end)\w+ )?{SEND}" + _REMIND_IDIOM +
        r"(?: (?:or|and|n|nor|&) (?:call|phone|ring|email|e mail))?(?: (?:(?:(?<=\bout )to )?(?:{ME}|her|him|them)|again|anymore|ever|here|at all|"
        r"to this number|\w+ again|(?:on|to) (?:this|my) (?:no|number|phone|mobile|cell))\b|$)"
        # "Can you not text me before 8am", "don't text me the link, email it": a time or one thing, not the texts.
        r"(?! (?:before|after (?!today|tonight|this|now|that)|until|till|during|while (?:i|im|we|were)\b|between|at \d|on (?:weekends?|\w+days?|the weekend)\b|"
        r"the (?!(?:\w+ )?{MSGS}\b)\w+(?: \w+)?$|the (?:links?|codes?|address|receipts?|invoices?|pdfs?|photos?|pics?|pictures?|forms?|details|"
        # "dont text me the total my husband reads my phone", "dont remind me the bill was huge": one thing, then a clause of its own
        r"total|results?|amount|balance|price|bill|score|answer|news|password|pin|tracking)\b|(?:(?:me|us) )?the (?!(?:\w+ )?{MSGS}\b)\w+ (?:is|was|are|were|came|got)\b))",
        "don't text me", "do not contact me again", "please don't message this number", negatable=False),
    out("prefer-not", r"\bprefer\w* not to (?:(?:receive|get) (?:{DET} )*(?:\w+ )?(?:{MSGS}|these|them|any)\b|be (?:texted|contacted|messaged)\b)|\bno (?:need|use) for (?!a |an |another )(?:{DET} )*(?:\w+ )?{MSGS}\b|"
        r"\bno (?:need|reason|point) (?:to|in) (?:keep|keeping|continue|continuing) (?:on )?(?:texting|messaging|contacting|sending|reminding|"
        r"text|message|contact|send|remind)\w*\b(?!(?: me| us)? (?:the|a|an|that|my|your) (?!(?:\w+ )?{MSGS}\b))" + _REMIND_IDIOM + r""
        r"(?!(?: \w+){0,4}? (?:about|for|on) (?:tomorrow|today|tonight|it|that|this|my|next|\d|"
        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|the (?:\w+ )?(?:appointment|appt|order|delivery|pickup|visit|reservation|booking|"
        r"class|session|meeting|payment|bill|package|refill|prescription|date|time|survey|form|paperwork|review|feedback|invoice|balance|quote|estimate|"
        r"slip|renewal|registration|tuition|rent|deposit|co pay|copay|shot|vaccine)s?)\b)|"
        r"\bno (?:need|reason|point) to (?:text|message|contact)\w* (?:me|us|this number) "
        r"(?:anymore|any more|any longer)\b(?! today| tonight| this (?:week|morning|evening|afternoon)| for (?:today|now|this))",
        "I'd prefer not to receive these", "no need for these texts anymore", negatable=False),
    out("want-it-to-stop", r"\b(?<!no )(?:asking|ask|want|need|begging|telling|requesting) (?:you |u )?(?:to )?stop$|"
        r"\b(?<!no )(?:want|need|like|wish)\w* to stop (?:getting|receiving|recieving) (?:{DET} )*(?:\w+ )?(?:{MSGS}|these|them|this)\b|"
        r"\b(?<!no )(?:want|need|like)\w* (?:{DET} )*(?:\w+ )?(?:{MSGS}|these|them) (?:gone|off|stopped|cancelled|canceled|turned off|"
        r"shut off|ended)(?: {PLEASE}| for good| thanks)*$|"
        r"\b(?<!no )(?:want|need|like)\w* (?:for )?(?:{DET} )*(?:\w+ )?(?:{MSGS}|these|this|it|them) to (?:stop|end|"
        r"cease)(?: {PLEASE}| for good| too| as well| also| now)*$|"
        r"^(?:this|it|these|that|they|this shit|(?:the|these|your) (?:\w+ )?{MSGS}) (?:needs|need|has|have|got|gotta|must) (?:to )?stop"
        r"(?: {PLEASE})*$|\btreat this (?:message )?as (?:a |an )?(?:stop|unsubscribe|opt out)\b", "I'm asking you to stop", "I want these texts to stop"),
    out("if-again", r"\bif (?:i|we) (?:get|receive|recieve|see) (?:one|1|another|a single|any) more (?:of (?:these|this|them|your \w+)(?:$| (?:i|ill|im|i will|i am|we|well|were|then)\b)|"
        r"(?:\w+ )?(?:texts?|messages?|msgs?|txts?|promos?)\b)|\bif (?:you|u|yall) (?!could|can|would|please)(?:\w+ )?(?:text|message|contact|send|spam)\w* (?:me |us |this number )?"
        r"(?:again|one more time|anymore|any more)(?:$| (?:i|ill|im|i will|i am|i m|we|well|you will|youll|youre|you are|then)\b"
        r"(?! (?:send|have|know|confirm|book|reply|answer|get back|let you know|come|pick|be able|be ready|be home|be there)\b))", "if you text me again I'm calling my lawyer", negatable=False),
    out("unsolicited", r"\b(?:unwanted|unsolicited|unrequested|unwelcome|uninvited) (?:\w+ )?{MSGS}\b|\b{MSGS} (?:are|is) (?:\w+ )?(?:unwanted|unsolicited|unwelcome|uninvited|not welcome)\b|"
        r"\b(?:this|it|these) (?:is|are) (?:\w+ )?(?:unwanted|unsolicited)\b", "these texts are unwanted", "this is unsolicited"),
    out("rather-not", r"\b(?:appreciate|prefer|like)\w* (?:it if you |if you )?(?:not|no longer|stop) (?:(?:getting|receiving)(?! (?:charged|billed|"
        r"double|overcharged|called|calls|emails?|mail|letters|the bill|a bill|penali[sz]ed|fined|dinged|hit with|stuck with)\b)|being (?:texted|contacted|messaged)|"
        r"texting|messaging|contacting)\b|\brather (?:not|never) hear from (?:you|u|yall|you guys|your \w+)(?: (?:again|anymore|any more|"
        r"ever|at all|{PLEASE}|thanks))*$|\brather (?:you )?(?:didnt|did not|not|dont|wouldnt) {SEND}\w*\b|"
        r"\brather not (?:get|receive|recieve|be sent|have)\w* (?:{DET} )*(?:\w+ )?(?:{MSGS}|these|them)\b|\b(?:refrain|"
        r"abstain|desist) from {SEND}\w*\b|\bprefer\w* (?:it )?(?:if )?(?:you|u|yall|you guys) (?:didnt|did not|wouldnt|would not|dont|do not) "
        r"{SEND}\w*(?: (?:me|us|this number))?(?: {PLEASE}| anymore| any more| again| at all| thanks)*$",
        "I'd rather you didn't text me", "please refrain from texting me", negatable=False),
    out("dont-want", r"\b(?:dont|do not|no longer|never|didnt|did not|dont really) (?:want|wish|need|like|care for|"
        r"desire|appreciate|enjoy|wanna)\w* (?:to )?(?:keep )?(?:get|getting|receive|receiving|recieve|recieving|see|"
        r"have|be (?:texted|contacted|messaged|on))?\w* ?(?:{DET} )*(?:\w+ ){0,2}?(?:{MSGS}|list|texted|contacted|messaged)\b(?<!to text)(?<!to message)(?<!to contact)(?<!be the contact)(?<!be a contact)" + _ONE_EVENT
        # "I don't want the receipt emailed text it to me": "text it" asks for a text in a clause of its own
        + r"(?!(?<=text) (?:it|them|me|us|that|those)\b)"
        + r"|\b(?:dont|do not|no longer) (?:want|need)\w* (?:{DET} )*(?:\w+ ){3,5}?(?:texts|text messages|messages|msgs|sms|alerts|"
        r"notifications|reminders|promos|emails and texts) (?:anymore|any more|any longer)\b",
        "I don't want these texts", "no longer wish to receive messages", "don't want to be contacted",
        "I don't need the deal of the day texts anymore",
        negatable=False),
    out("dont-want-alone", r"\b(?:dont|do not|no longer) (?:want|need|wish)\w* (?:to (?:receive|get|see|keep getting|keep receiving) )?"
        r"(?:(?:it|them|this|these|those|any|anything)(?: anymore| any more| any longer| ever| again)?$|"
        r"(?:them|these|those)(?: anymore| any more| any longer| ever| again)?(?: {PLEASE}| thanks| thank you| thx| ty| sorry)+$)",
        "don't want them", "I no longer want this", negatable=False),
    out("can-i-not-get", r"^(?:so |ok |okay )?(?:can|could|may) (?:i|we) (?:{PLEASE} )?(?:not|stop) (?:get|getting|receive|receiving) "
        r"(?:{DET} )*(?:\w+ )?(?:{MSGS}|these|them|those|this)\b" + _ONE_EVENT + r"|"
        r"\b(?:want|need) (?:zero|no) (?:more )?(?:{DET} )*(?:\w+ )?(?:texts|text messages|messages|sms|promos|marketing|spam)\b" + _ONE_EVENT,
        "can I not get these anymore?", "I want zero texts from you", negatable=False),
    out("should-not-get", r"\b(?:this (?:number|phone|line|cell)|i|we) (?:shouldnt|should not|must not|is not supposed to|"
        r"isnt supposed to|am not supposed to|is not meant to|isnt meant to) (?:be (?:receiving|getting)|receive|get) (?:{DET} )*(?:\w+ )?"
        r"(?:texts|text messages|sms|messages)(?: (?:from you|anymore|any more|at all))*$",
        "this number should not receive texts", "I shouldn't be getting these texts", negatable=False),
    out("remove-me", r"\b(?:remove|delete|erase|drop|unenroll|unregister|unlist|scratch|strike|cross|purge|exclude|"
        r"withdraw|scrub|delte|dlete|remvoe|remoce|rmove)\w* (?:me|us|(?:my|our) (?!(?:card|payment|billing|credit|debit|bank|shipping|login|old|previous|middle|maiden|last|first|nick|user|screen)\b)(?:\w+ )?(?:number|name|phone|cell|mobile|cellphone|info|information|details|contact|data)|"
        r"this (?:number|phone)|him|her)\b(?! as (?:a|an|the|my|his|her|your|our|their)\b(?! (?:text |sms )?(?:subscriber|recipient)s?\b))"
        # "You can drop me at the side entrance": a place, not a list.
        r"(?! (?:at (?!once\b)|off (?:at|by|in|on|near)\b|by the|near|outside|in front|here\b|there\b|home\b))"
        # "remove me from the list of people who can't resist your cinnamon rolls": another list, a joke.
        r"(?! from (?:the|your|ur) list of (?!subscri|contact|recipient|number|customer|people who (?:get|receive)\b)\w)",
        "remove me", "pls delete my number", "remove my cell number from your list"),
    out("be-removed", r"\b(?:want|like|wish|need|ask|asking|request|requesting|prefer|please)\w* (?:to )?(?:be|get) "
        r"(?:removed|taken off|unsubscribed|deleted|opted out|unenrolled|unlisted|dropped|left alone|excluded)\b|"
        r"\b(?:be|get|being|getting) (?:removed|taken off|unsubscribed|opted out|unenrolled|unlisted|deleted from|dropped from)\b|"
        r"\b(?:want|need|like|get|have)\w* (?:my (?:\w+ )?(?:number|name|info|phone|cell|mobile|contact|details)|me|this number) "
        r"(?:removed|deleted|taken off|unsubscribed|erased|blocked)\b|\bnot to be (?:contacted|texted|messaged)\b|"
        r"^(?:i|we) (?:want|need) (?:out|off)(?: of (?:{DET} )*(?:\w+ )?(?:{MSGS}|list|lists|these|them))?$|"
        r"^(?:(?:i|we) (?:would|d) like|id like|wed like|(?:i|we) (?:really )?(?:want|need)) (?:out|off)(?: (?:of|from) (?:{DET} )*(?:\w+ )?(?:{MSGS}|list|lists|these|them|this))?(?: {PLEASE}| thanks| thank you)*$|\bno longer " + _INTERESTED + r"\b|\bnot " + _INTERESTED + r" (?:anymore|any longer|any more)\b",
        "I would like to be removed", "I want out", "not interested anymore"),
    # Each repeated tail word is an atomic group: "in these texts" parses one way, so a long run cannot backtrack exponentially.
    out("not-interested", r"^(?:(?:no|nah|nope|yeah nah|sorry|thanks|thank you|ok|okay) )*(?:im |i am |were |we are )?"
        r"(?:really |just |totally |so |honestly )?(?:not|nt) (?:" + _INTERESTED + r"|keen)(?:(?> {PLEASE}| thanks| thank you| anymore|"
        r" at all| sorry| cheers| mate| ta| (?:in|on) (?:{DET} )?(?:\w+ )?(?:{MSGS}|this|these|that|it|them)\b| (?:in|on) your \w+))*$",
        "not interested", "I'm not interested", "not keen on these texts mate"),
    out("take-me-off", r"\b(?:take|get|put|cross|kick|pull|scratch|leave)\w* (?:me|us|my (?:\w+ )?(?:number|name|phone)|"
        r"this number|him|her|them(?! (?:off|out)(?: {PLEASE}| thanks| thx)*$)|(?:his|her|their) (?:\w+ )?(?:number|phone|cell)) (?:off|of|out(?! (?:to|for|with|on|tonight|tomorrow|sometime|again)\b)|outta|away(?! (?:when|whenever|while|if|from me)\b))\b", "take me off your list", "get me off this"),
    out("off-the-list", r"\b(?:off|out of|from) (?:(?:the|your|this|ur|all|all your|all the|ya|yall|these) )?(?:\w+ )?(?:list|lists|"
        r"database|system|mailing list|contact list|texts?|messages|blast)\b(?! of (?!subscribers|contacts|recipients|numbers|customers)\w)"
        # "I always order from the text link": a thing in the text.
        r"(?! (?:link|links|code|codes|box|thread|field|bubble|window)\b)"
        # "I need to get off this call text me the details": "text me" asks for a text
        r"(?!(?<=text) (?:me|us)\b)"
        # "off the list for jury duty" is another list; "off the list for good" and "for the promos" are this one.
        r"(?! for (?!(?:good|ever|now|real|life|all time|sure|the love of \w+)\b)(?!(?:{DET} )*(?:\w+ )?(?:{MSGS}|texts?|messages|sms|"
        r"this|these|that|them|it)\b)\w)"
        # "remove from the list the lamp and the rug": items of another list.
        r"(?! (?:the|my|a|an|these|those) (?!(?:\w+ )?(?:{MSGS}|texts?)\b)\w+ (?:and|or|n)\b)"
        r"(?!.*\b(?:order|cart|game|party|event|class|trip|"
        r"practice|tournament|dinner|wedding|waitlist|carpool|roster|guest)\b)",
        "off the list", "from your list please"),
    out("unsubscribe", r"\b(?:unsubscribe(?! (?:my|our) (?:\w+ )?(?:husbands|wifes|sons|daughters|kids|moms|dads|partners|"
        r"mothers|fathers|roommates|boyfriends|girlfriends|exs) (?:number|phone|cell|line)\b)|unsubscribed|unsubscribing|unsuscribe|unsubscription|desubscribe|"
        r"opt (?:me |us |him |her |this number |my number |this phone |this no )?out|opted out|opting out|out opt)\b|"
        r"\bstop all(?:$| (?:{PLEASE}|thanks|thank you|of (?:them|these|it|this|that)|(?:{DET} )?(?:\w+ )?{MSGS})\b)",
        "unsubscribe me", "how do I opt out", "I already unsubscribed"),
    out("leave-alone", r"\b(?:leave|let) (?:me|us|my \w+|this (?:number|phone|line|cell)) (?:and (?:my|this) (?:number|phone|family|cell) )?(?:the fuck |the f |the hell |the heck |tf )?(?:alone|in peace)\b(?! with\b(?! (?:{DET} )*(?:\w+ )?{MSGS}\b))"
        r"(?! for (?:like |a |about |just |another |at least )?(?:\d+|a|an|one|two|few|couple|sec|secs|second|seconds|min|mins|minute|"
        r"minutes|bit|while|moment|hour|hours|day|today|tonight|now)\b)|(?:^|\b(?:you|u|yall|please|just|now|so|can you|could you|would you|will you|why dont you|kindly|"
        r"plz|pls|oh|ok|okay|man|dude|mate) )go away\b(?! for (?!good\b|ever\b|real\b)\w)|\bget lost\b(?! in\b| on\b| at\b| with\b(?! (?:{DET} )*(?:\w+ )?{MSGS}\b)| among\b)|"
        r"\b(?:fuck|piss|bugger|buzz|back|sod|eff|f|bog|shove) off\b|\bshut the fuck up\b|\bget the fuck out\b|"
        r"^leave (?:me|us) be$|\bfuck (?:you|u|right off|outta here)\b|\bgo to hell\b|\bscrew (?:you|off)\b|\bbite me\b|"
        r"^(?:just |oh |now )?(?:do one|jog on|sling (?:your|yer) hook|naff off|rack off|nick off|get stuffed|hop it|clear off)"
        r"(?: mate| pal| m8| then| you \w+)*$|^(?:bye|goodbye|buh bye|bye bye) (?:felicia|forever|for good|for ever)$",
        "leave me alone", "piss off", "f off"),
    out("turn-off", r"\b(?:turn|switch|shut|toggle)\w* (?:these|them|it|this|those|(?:{DET} )*(?:\w+ )?{MSGS}) off\b(?! and on| then on)|"
        r"\bmake (?:it|them|this|these|(?:{DET} )*(?:\w+ )?{MSGS}) stop\b(?! (?!coming|arriving|showing|comin|arrivin)\w+(?:ing|nig|ign|[^\Waeiou]in|[^\Waeiou]ng)\b)|^(?:im|i am|were) out(?: of here| of this)?$|"
        r"\bcount (?:me|us) out\b(?! (?:this|next) (?:week|weekend|time|month|round|one|year|season)\b| (?:today|tonight|tomorrow)\b)(?! (?:for|of|on) (?!(?:{DET} )*(?:\w+ )?(?:{MSGS}|list|lists)\b|(?:these|this|them|it)\b))",
        "turn these off", "make it stop", "count me out of these texts"),
    out("lose-my-number", r"\b(?:lose|loose|forget|delete|erase|burn|trash|toss|ditch|wipe|scrub) (?:my|this) "
        r"(?!(?:card|credit card|debit card|account|order|membership|member|confirmation|tracking|case|ticket|policy|routing|pin|license|"
        r"plate|flight|room|table|seat|reference|ref|invoice|serial|model|social|social security|loyalty|rewards|gift card) )(?:\w+ )?(?:number|numba|"
        r"contact|#)\b|\bforget (?:you )?(?:ever )?(?:had|have) (?:my|this) (?:\w+ )?number\b",
        "lose my number", "forget this number", "loose my numba"),
    # Only the registry word after "do not call": the other-channel sense reads "do not call" as calls and cancels what it overlaps.
    out("do-not-contact", r"\b(?:do not|dont) (?:contact|text|disturb) (?:list|registry|register|database)\b|"
        r"(?:(?<=\bdo not call )|(?<=\bdont call ))(?:list|registry|register)\b|\bdnc\b|"
        r"\bcease and desist\b(?! (?:contacting|calling|texting|messaging|emailing|visiting|bothering) (?:my|the|his|her) "
        r"(?!(?:\w+ )?(?:number|phone|cell|line|mobile)\b)\w)|\b(?:violat\w*|breach\w*|breaking) (?:the )?(?:tcpa|telephone consumer protection act|"
        r"do not call \w+|dnd \w+)\b|\btcpa violation\b",
        "put me on your do not contact list", negatable=False),
    out("spam-report", r"\b(?:reported|reporting|report|flagged|flagging|flag|marking|marked|mark)\w* "
        r"(?:you |this |it |this number |your number |you guys |your (?:texts|messages|msgs) |these (?:texts|messages) )?(?:as |for |to )(?:spam|junk|(?:the )?(?:fcc|ftc|"
        r"attorney general|ico|ofcom|trai)|my (?:carrier|provider|phone company|lawyer|attorney)|att|verizon|t mobile|"
        r"7726|harassment)\b|\b(?:this|it|that|these)(?: is| are|s) spam\b|"
        r"^spam$|^(?:{PLEASE} )*stop spam\w*|\bspammer\b|\bblock(?:ed|ing)? (?:you|u|this number|your number|this|the number)\b"
        r"(?! (?:card|account|debit|credit|check|payment|charge|transaction|purchase|sim|device|ip|email|address|user|site|website|app)\b)",
        "this is spam", "reported as spam", "blocking this number"),
    out("im-done", r"\b(?:(?:im|i am|were|we are|i m) (?:so |totally |completely |really |just |sooo |officially )?"
        r"(?:done|finished|through|over it|over)|(?:so |really )?(?:fed up|sick|tired)) (?:(?:of |with )?(?:{DET} )*(?:\w+ ){0,2}?"
        r"(?:{MSGS}\b"
        # "I'm sick of the texts saying my order shipped when it hasn't", "tired of getting the reminder the morning of": a wrong
        # claim in the texts, or the hour they come, is the complaint (never "sick of the texts saying the same thing").
        r"(?! (?:with the wrong|about the wrong|the (?:morning|day|night) of|(?:saying|telling (?:me|us)) (?:\w+ ){1,10}?when (?:it|i|they|you|my|the|im|we|its)\b)\b)|"
        r"being texted|(?:getting|receiving|recieving|seeing) (?:these|those|them|this|all these|all this)$)|"
        r"(?:of |with )?(?:you|this|it|them|all this|all of this|all of it)$)", "I'm done with these texts",
        "sick of your spam"),
    out("enough-of", r"\b(?:enough|give it a rest|give (?:me |us )?a break|ease up|lay off|let up|chill|chill out|calm down|tone it down|"
        r"cool it|go easy|easy|slow down|give over|pack it in|leave off|knock it off|cut it out) (?:with|of|on) (?:{DET} )*(?:\w+ )?{MSGS}\b", "enough with the texts", "enough of these messages"),
    out("enough-already", r"^(?:ok |okay |god |jesus |jesus christ |christ |omg |oh my god |my god |good lord |lord |ffs |"
        r"for fucks sake |for gods sake |seriously |honestly |ok seriously )?enough(?: already| is enough| now| please|"
        r" of this| of these| of you| stop)*$",
        "enough already", "enough is enough"),
    # "So many deals, love it" and "the constant updates were great" are praise.
    out("too-many", r"\b(?:(?:too many|way too many|too much|nonstop|non stop) (?:\w+ )?{MSGS}|(?:so many|constant|endless) (?:\w+ )?"
        r"(?:texts|messages|msgs|txts|notifications|alerts|reminders|sms|notifs))\b(?! (?:all )?at once\b| at the same time\b)(?!.*\b(?:great|love|loved|loving|"
        r"awesome|amazing|helpful|appreciate\w*|perfect|fantastic|wonderful|group chat|group text|my carrier|my provider|my bank|my school|"
        r"excellent|useful|so good)\b)(?! (?:in the mail|to the app|on the app|on (?:your|the|ur) (?:site|website|page)|in (?:the|my|your|ur) (?:\w+ )?(?:portal|inbox|app|email|account))\b)(?!.*\b(?:check out|checkout|logging me out|log in|login)\b)", "too many texts", "way too many messages"),
    out("less-often", r"\b(?:text|message) (?:me |us )?less\b(?! than)|\b(?:less|fewer) (?:frequent )?(?:texts|messages)\b|\bcut it out\b|\bknock it off\b",
        "text me less often"),
    out("how-to-stop", r"\b(?:is it|would it be|will it be) possible (?:for you )?to (?:stop|end|turn off|block) "
        r"(?:(?:{DET} )*(?:\w+ )?(?:{MSGS}|these|them)|texting (?:me|us|this number)|sending (?:me|us|these|them))\b|\bwhat (?:do|does|would|can|should|must) (?:i|we|one) (?:have to |need to |gotta |got to )?do to "
        r"(?:stop (?:(?:getting|receiving|recieving) (?:{DET} )*(?:\w+ )?(?:{MSGS}|these|them|this)\b|these|them|(?:{DET} )*(?:\w+ )?{MSGS})|"
        r"make (?:these|them|it|this) stop|get (?:off|out of) (?:this|your|the) "
        r"(?:\w+ )?list|unsubscribe|opt out|be removed|get removed)\b|"
        r"\bhow (?:do|can|would|could) (?:i|we|you) (?:stop|unsubscribe|opt out|get off|get out|end|"
        r"turn off|block)(?:$| " + _THEIR_TEXTS + r"(?:{DET} )*(?:\w+ )?(?:{MSGS}|getting|receiving|them|these|this|it)\b)|"
        r"\bis there (?:any |a |some )?way (?:to|i can|for me to|we can) (?:stop|unsubscribe|opt out|get off|turn off|block)"
        r"(?:$| (?:getting |receiving |recieving )?(?:{DET} )*(?:\w+ )?(?:{MSGS}|these|them|this list|the list)\b)",
        "how do I stop these", "is there any way to stop receiving these"),
    out("why-getting", r"\bwhy (?:do|am|does|are) (?:i|we) (?:keep|still) (?:getting|receiving|recieving) "
        r"(?:{DET} )*(?:\w+ )?(?:{MSGS}|these|them)\b(?! (?:saying|that says|that said|telling me)\b)|"
        r"\bwho (?:signed|put|added|subscribed) (?:me|us|my number) (?:up|on|to)\b|"
        r"\bwho (?:said|told you) (?:you|u|yall|you guys) (?:could|can|may|were allowed to|are allowed to) (?:text|message|msg|contact|sms)\w* "
        r"(?:me|us|this number|my (?:number|phone|cell))(?: {PLEASE}| again| at all)*$|"
        r"\bhow (?:did|do) (?:i|we|my number) (?:get|end up|wind up) (?:on|in) (?:{DET} )*(?:\w+ )?(?:list|lists|database|system)\b",
        "why do I keep getting these?", "who signed me up for this?", negatable=False),
    out("keep-getting", r"\b(?:why|stop) (?:do |are |is )?(?:you |u )?(?:keep|keeps|still|continue|continues)"
        r" (?:\w+ )?{SEND}\w*\b|\bstill (?:getting|receiving|recieving) (?:{DET} )*(?:\w+ )?{MSGS}\b"
        r"(?! after (?:i|we) (?:said|replied|texted|answered|sent) (?:yes|y|ok|okay|confirm|c)\b| after (?:i|we) confirmed\b)"
        # "I'm still getting your texts which is good": glad of it.
        r"(?!(?: \w+){0,2}? (?:which is|and thats|and that is|thats) (?:good|great|fine|nice|perfect|what i want)\b)"
        # "I'm still getting your texts fine": they arrive as they should.
        r"(?! (?:just )?(?:fine|ok|okay|normally|no problem|without (?:any )?(?:issues?|problems?)))|"
        r"\b(?:said|asked|told you|texted|replied) (?:you )?(?:to )?(?:stop|unsubscribe|remove me)\b(?: \w+){0,3}? (?:and|but|yet) "
        r"(?:im |i am |i m |were |we are )?still (?:getting|receiving|recieving) (?:these|them|those|this|texts|messages|more)\b",
        "why do you keep texting me", "still getting these texts after I said stop"),
    out("how-hard-is-it", r"\bhow (?:hard|difficult|complicated) (?:is it|can it be|could it be) to (?:remove|delete|take off|drop|"
        r"unsubscribe|opt out|stop texting|stop sending|stop messaging|honou?r)(?: (?:me|one|a|my|this|an|someone|somebody|one single|"
        r"one person|a single)(?: number| person| phone| name| request| opt out| stop)?)?(?:$| from\b| off\b)",
        "how hard is it to remove one number"),
    out("treated-as", r"\b(?:further|future|any more|additional|continued|more) (?:\w+ )?(?:texts|messages|msgs|contact|"
        r"communications?|sms|calls or texts|texts or calls) (?:will|shall|would) be (?:treated|considered|regarded|viewed|reported|"
        r"taken) as (?:harassment|spam|a violation|unwanted|unsolicited|a tcpa violation)\b",
        "further texts will be treated as harassment", negatable=False),
    out("how-many-times", r"\bhow many (?:more )?times (?:do|must|should|will|have) (?:i|we)(?: \w+){0,3}? (?:say|tell|ask|reply|text|send)\w*"
        r" (?:you )?(?:to )?(?:stop|unsubscribe|remove|quit|no)\b", "how many times do I have to say stop"),
    out("didnt-i-say", r"\b(?:didnt|did not|have not|havent) i (?:already |just )?(?:tell|told|ask|asked|say|said) (?:you )?(?:to )?"
        r"(?:stop|unsubscribe|remove)\b(?! (?:the|a|an|that|those|this|my|your) (?!(?:\w+ )?(?:{MSGS}|number|name|phone|info|details)\b)\w)", "didn't I tell you to stop", negatable=False),
    out("already-said-stop", r"\b(?:i |ive |i have |i already |already )(?:already |just |literally )?(?:said|replied|texted|"
        r"sent|typed|wrote|asked|told you)\w* (?:you |u |yall |people |guys |you people |you guys |all of you )?(?:to )?(?:stop|unsubscribe|quit|cancel|remove)\b"
        r"(?! (?:the|a|an|my|your|at|by|in|on|for) (?!(?:\w+ )?(?:{MSGS}|texts?|texting|messag\w*)\b)\w)"
        r"(?! to (?:a|an|some|another|that|my|his|her) )(?! to the (?:other|wrong|old|previous) )|"
        r"\b(?:i |ive |i have |i already |already )(?:already |just |literally )?(?:said|told you|told yall|told u|replied|texted)"
        r"(?: (?:that|before|twice|before that))? (?:im |i am |i was |were |we are )?(?:not " + _INTERESTED + r"|no)(?: {PLEASE}| thanks)*$|"
        r"\b(?:you|u|yall|you guys|your (?:company|team|business|store)) (?:were|was|have been|ve been|been|got|have|ve) (?:already |repeatedly |"
        r"clearly |literally )?(?:told|asked) (?:to )?(?:stop|not to (?:text|contact|message|send)|remove|unsubscribe)\b"
        r"(?! (?:the|a|an|that|those|this|my|your) (?!(?:\w+ )?(?:{MSGS}|number|name|phone|info|details)\b)\w)",
        "I already said stop", "I told you to stop"),
    out("never-again", r"\bnever (?:\w+ ){0,2}?{SEND}\w* (?!(?:another|any other|other|a different) (?!(?:\w+ )?(?:number|phone)\b)\w)(?!(?:my|our) (?!(?:\w+ )?(?:number|phone|cell|mobile|line|family)\b)\w+)(?:\w+ )*?(?:again|ever)\b|\bdont (?:ever )?{SEND}\w* (?:\w+ )?again\b",
        "never text me again", negatable=False),
    out("no-permission", r"\bi (?:do not|dont|no longer) (?:give|grant) (?:you )?(?:my )?(?:consent|permission)\b(?! for (?:the|a|an|this|that|any|my|your|him|her|them|anyone|anybody|strangers?) (?!(?:\w+ )?(?:{MSGS}|texts?|messag\w*|contact\w*)\b)\w)(?! to (?!(?:text|txt|message|msg|contact|send|sms|spam|call|email|keep|add|reach|put|be|use (?:my|this) (?:number|phone|cell))\w*)\w)|"
        r"\b(?:none of us|neither of us|nobody here|no one here|nobody in (?:this|my|our) (?:house|household|family)|no one in (?:this|my|our) "
        r"(?:house|household|family)) (?:ever )?(?:signed up|subscribed|opted in|agreed|consented|registered)\b(?! yet\b)(?! (?:for|to) (?!(?:{DET} )*"
        r"(?:\w+ )?(?:{MSGS}|list|this|these|that|it|them|anything|any of (?:this|these|it))\b)\w)|"
        r"\b(?:dont|do not|no longer) have (?:my )?(?:permission|consent)\b(?! to (?!(?:text|txt|message|msg|contact|send|sms|spam|call|email|keep|add|reach|put|be|use (?:my|this) (?:number|phone|cell))\w*)\w)|"
        r"\b(?:im|i am|i m|were|we are) not (?:a|your) (?:customer|client|member|patient)\b(?! yet)|"
        r"\b(?:im|i am|i m|were|we are) no longer (?:a |your )?(?:customer|client|member|patient)s?\b(?! (?:of|at) (?:dr|doctor|mr|mrs|ms|miss)\b)|\bnever been (?:a|"
        r"your) (?:customer|client|member|patient)\b(?! (?:of|at) (?:dr|doctor|mr|mrs|ms|miss)\b)|"
        r"\b(?:you|u) (?:never|didnt|did not) (?:had|have|get|got|ask for|asked for) (?:my )?(?:permission|consent)\b"
        r"(?! to (?!text|message|contact|send|sms|msg|spam)\w)|"
        r"^(?:my )?(?:consent|permission) (?:is |has been )?(?:revoked|withdrawn|rescinded)\b|"
        r"\b(?:never|not ever) (?:done|did|do) (?:any )?business with (?:you|u|your (?:company|business|store|shop|firm|agency|"
        r"office|organi[sz]ation|practice|clinic|brand))\b|"
        r"\bwhen did (?:i|we) (?:ever )?(?:sign up|subscribe|opt in|agree|consent)(?: (?:for|to))? (?:this|these|that|it|them|"
        r"any of this|your \w+)\b|\b(?:dont|do not|cant|cannot) (?:recall|remember) (?:ever )?giving (?:you |u |your \w+ )?"
        r"(?:my )?(?:permission|consent)\b",
        "you don't have my permission to text me", "I'm not a customer", "consent revoked", negatable=False),
    out("revoke-consent", r"\b(?:revoke|revoking|withdraw|withdrawing|rescind|cancel|retract)\w* (?:my |all |any |any and all |all and any )?"
        r"(?:(?:prior|previous|earlier|past|existing) )?(?:consent|permission|authorization|agreement|opt in)\b"
        r"(?! (?:request|requests|form|forms|number|code|letter|paperwork)\b)"
        r"(?! (?:for|to|on|regarding) (?!(?:(?:any|all|these|this|your|future|further|the|receiving|getting|being|me) )*(?:\w+ )?"
        r"(?:{MSGS}|texts?|calls?|contact\w*|messag\w*|receiv\w*|get|sms|be|being|send\w*|call\w*|market\w*|communicat\w*)\b|"
        r"(?:you|u|your \w+|the \w+) to (?:contact|text|messag|call|send|reach|email|sms)\w*)\w)|"
        r"\b(?:my|all|any|any and all) (?:(?:prior|previous|earlier|past) )?(?:consent|permission)(?: (?:i|we) (?:\w+ ){0,3}?(?:given|gave|provided))?"
        r"(?: (?:is|are|has been|have been|was|be|to be|as))? (?:hereby |now |formally |officially )?(?:revoked|withdrawn|rescinded|"
        r"terminated|cancell?ed)\b|\bi (?:do not|dont|no longer) (?:consent|agree|authorize)\b"
        # "I don't authorize the upgrade", "I don't consent to being recorded": another thing.
        r"(?! (?:the|a|an|my|his|her|their|any) (?!(?:\w+ )?{MSGS}\b)\w)"
        r"(?! (?:to|with|for) (?!(?:(?:any|all|these|this|your|future|further|the|me|being|getting|receiving) )*(?:\w+ )?"
        r"(?:{MSGS}|texts?|messag\w*|sms|contact\w*|market\w*|receiv\w*|(?:be|being) (?:on|in|(?:\w+ )?(?:text|contact|messag|sent|call|"
        r"remind|notif|add|includ|market|spam|sign|subscri|enrol)\w*)|you|u|this|these|that|it|them|"
        r"call\w*|send\w*)\b)\w)",
        "I revoke my consent", "I do not consent to these texts", negatable=False),
    out("never-signed-up", r"\b(?:never|didnt|did not|havent|have not|did never|i never) (?:ever )?(?:\w+ )?"
        r"(?:signed up|sign up|signed(?= (?:on|for|anything|into)\b|$)|signing up|opted in|opt in|opting in|opted into|opt into|subscribed|"
        r"subscribe|subscribing|registered|register|"
        r"registering|agreed|agree|agreeing|consented|consent|consenting|"
        r"(?:asked|ask) (?:for|to)(?! (?:be )?(?:unsubscrib|remov|stop|opt|cancel|taken off|quit))"
        r"(?! (?:a|an|any|the|my|more|another|extra) (?!(?:\w+ )?(?:texts?|messages?|msgs?|sms|alerts?|notifications?|updates|"
        r"promos?|spam|marketing|subscription|list|crap|junk|shit|garbage|nonsense|number|of (?:this|these|it|them))\b))|"
        r"(?:gave|give|giving|provided|provide|shared|share) (?:you |u |yall |you guys |your (?:\w+ )?|anyone |"
        r"anybody )?(?:my |this |any |the )?"
        r"(?:number|phone number|cell number|permission|consent)|authorized|authorize|requested|request|enrolled|joined)\b"
        # "I didn't authorize the charge", "I never requested a callback": something else was not asked for.
        r"(?! to (?:being )?(?:charged?|bill|billed|debit\w*|withdraw\w*|take|taken|use|used|share|shared|sell|sold|record|recorded|"
        r"post|posted|publish\w*|film|filmed|photograph\w*|access\w*|run|pull|renew\w*|upgrade\w*|switch\w*|cancel\w*|change|changed|"
        r"release\w*|treat\w*|perform\w*|tow|towed)\b)"
        r"(?! (?:the|a|an|this|that|any|my) (?:\w+ )?(?:charges?|payments?|transactions?|transfers?|withdrawals?|purchases?|"
        r"orders?|refunds?|debits?|renewals?|upgrades?|repairs?|work|installation|changes?|callback|call|quote|estimate|"
        r"appointment|visit|delivery|technician|replacement)\b)"
        r"(?! (?:to|on) (?:the|a|an|this|that|any|your|these|those) (?:\w+ ){0,3}?(?:fees?|prices?|pricing|rates?|terms|increases?|surcharges?|"
        r"tips?|deposits?|penalty|penalties|policy|contract|lease|amount|total|bill|invoice|quote|charges?|payments?|purchases?|"
        # "I didn't agree to a 12 month contact": a contract by its term, mistyped
        r"(?<=month )contact|(?<=year )contact|(?<=years )contact|(?<=yr )contact|commitment|"
        r"transactions?|upgrades?|procedures?|treatment|surgery|work|repairs?|changes?)\b)"
        r"(?! (?:for|to|in) (?:the |a |an |that |this |your |my )?(?:\d+|[\dio]{1,2} ?(?:am|pm)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|tonight)\b(?! (?:\w+ )?(?:{MSGS}|texts?|a day|per day|a week)\b))"
        r"(?!(?:(?<=permission)|(?<=consent)) for (?:the|a|an|this|that|any|my|your) (?!(?:\w+ )?(?:{MSGS}|texts?)\b)\w)"
        # "I didn't sign up for anything new": a new sign-up denied, not the first one
        r"(?! (?:for |to )?(?:anything|something) (?:new|else|extra|more|additional)\b)"
        r"(?! (?:yet|(?:for|to|in) (?:the |a |an |that |this |your |my )?(?:\w+ )?(?:rewards|loyalty|account|app|class|classes|"
        r"session|lesson|course|workshop|appointment|slot|shift|tour|event|trip|plan|tier|upgrade|package|premium|warranty|"
        r"insurance|delivery|time|date|day|program|team|league|membership|autopay|auto pay|auto ?renew\w*|paperless|trial|"
        r"protection|card|loan|financing|box)\b(?! (?:texts?|messages?|alerts?|notifications?|sms|updates)\b)))"
        # "I never opted into the extended warranty": another product.
        r"(?!(?<=into) (?:the |a |an |your |that |this |my )?(?:\w+ )?(?:warranty|insurance|plan|program|membership|protection|"
        r"autopay|auto pay|paperless|trial|upgrade|service|package|financing|card|rewards|loyalty)\b)",
        "I never signed up for this", "didn't ask for these", negatable=False),
    out("how-got-my-number", r"\b(?:(?:how|where|why) (?:did|do|does|the hell did|tf did)|howd|whered) (?:you|u|ya|yall|you guys|this)"
        r" (?:even )?(?:get|got|have|find)\w* (?:my|this) (?:\w+ )?(?:number|phone|info|contact|cell|#)\b(?! (?:so (?:fast|quick|quickly|soon)|already)\b)|"
        r"\bwho gave (?:you|u) (?:my|this) (?:\w+ )?(?:number|phone|info|contact|#)\b|"
        r"\bwho (?:is |s |has been |keeps |the hell is |tf is )?(?:giving|gave|sold|selling|sharing|shared|leaking|leaked|passing) "
        r"(?:out |around )?(?:you |u )?(?:my|this) (?:\w+ )?(?:number|phone|info|contact|#)\b|"
        r"\bdid (?:you|u|yall|you guys|someone|somebody) (?:buy|sell|purchase|sold|bought)\w* (?:my|this) (?:\w+ )?(?:number|phone|info|contact)\b",
        "how did you get my number", "who gave you this number", negatable=False),
    # --- run-ons, threats, refusals -------------------------------------------------------------------------------
    out("not-interested-then", r"\b(?:not|nt|no longer) " + _INTERESTED + r"(?: (?:at all|thanks|thank you|sorry|anymore|"
        r"in (?:this|these|it|that|them|your \w+)|{PLEASE}))* (?:stop|quit|remove|unsubscribe|opt out|take|get|delete|lose|"
        r"leave|dont|do not|no more|block)\b",
        "im not interested stop texting me", "not interested remove me", negatable=False),
    out("report-you", r"\b(?:ill|i will|im going to|im gonna|i am going to|gonna|going to|im|i am|i have|ive|already|will be|"
        r"i shall) (?:be |just |now |definitely )?report(?:ing|ed)? (?:you|u|yall|you guys|this number|your number|"
        r"your (?:company|business|organi[sz]ation|campaign))(?: (?:to|for) (?:the )?(?:fcc|ftc|attorney general|ofcom|ico|trai|"
        r"my (?:carrier|provider|phone company)|spam|harassment)\b| as spam\b|(?: \w+)?$)",
        "I'll report you", "im reporting u to the ftc"),
    out("report-these", r"\breporting (?:these|them|every (?:one|text|message)|each (?:one|text|message)|your (?:texts|messages))"
        r"(?:$| until| as spam| to (?:the )?(?:fcc|ftc|my carrier))", "I'm going to keep reporting these until you stop"),
    out("data-rights", r"\b(?:stop|cease) (?:processing|using|storing|holding|sharing|selling) (?:my|our) (?:personal )?(?:data|info|"
        r"information|details|number|phone number)\b|\b(?:erase|delete|wipe|purge) (?:all )?(?:of )?my (?:personal )?data\b",
        "stop processing my personal data"),
    out("dont-include-me", r"\b(?:dont|do not|stop|quit|never)\w{0,3} (?:include|including|add|adding|put|putting)\w* (?:me|us|my (?:\w+ )?"
        r"number|this number) (?:in|on|to) (?:(?:(?:any|more|further|future|your|these|those|the|this|all|other) )*(?:\w+ )?(?:{MSGS}|"
        r"lists|(?:text|texting|sms|mailing|marketing|contact|call|distribution|promo|promotional|messaging) lists?|campaigns?|blasts?)\b|"
        r"(?:these|those|them|(?:your|ur) list)(?: again| ever again| anymore| {PLEASE}| thanks)*$)"
        # "Don't add me to the texts for the party": one group thread.
        r"(?! (?:for|about) (?:the|this|that|our|your)\b)",
        "don't include me in these messages", "please don't add me to any more lists"),
    out("blocked-you", r"\b(?:youre|you are|you re|your|ur|you have been|youve been|you been|you got|you get|youll be|"
        r"you will be|youre getting|you are getting|this number is|this number has been|this number will be|your number is|"
        r"your number has been) (?:now |being |getting |officially |hereby |so |gonna be |going to be )?blocked"
        r"(?:$| now| bye| goodbye| lol| from (?:texting|messaging|contacting|my phone|this number|this phone)\b| (?:buddy|mate|pal|bro|"
        r"dude|idiot|scammer|spammer)\b)",
        "ur blocked", "you are now blocked"),
    out("dont-send-msgs", r"\b(?:dont|do not|(?<!\byou )(?<!\bu )(?<!\bthey )(?<!\byall )(?<!\bguys )never|(?:can|could|would|will) (?:you|u) (?:please )?not) (?:ever |again )?(?:send|text|message|sms|forward|push)\w* "
        r"(?:me |us |this number |to this number )?(?:(?:any|more|these|those|such|all|your|the|further|anymore|stupid) )*"
        r"(?:\w+ )?(?:texts|messages|msgs|sms|smss|promos|promotions|ads|adverts|advertisements|notifications|alerts|offers|"
        r"reminders|updates|spam|junk|marketing|newsletters|coupons)\b(?! (?:to (?!(?:this|my) (?:number|phone|cell)\b|"
        r"me\b|us\b|it(?: {PLEASE}| thanks| thank you)*$)|by(?! (?:text|texts|sms|txt|message|messages)\b)|via|through|on|at|in|until|till|til|"
        r"before|after|yet|today|tonight|tomorrow|this|while|unless|if|when|for)\b)",
        "pls dont send msgs", "do not send me promotions", negatable=False),
    out("mind-not", r"\b(?:(?:would|do|could) (?:you|u|yall|you guys) mind (?:not|no longer)|(?:appreciate|prefer)\w* "
        r"(?:you|u) (?:not|no longer)) {SEND}\w*(?: (?:{ME}|her|him|them))?(?: anymore| any more| again| ever again| at all|"
        r" from now on)*$", "would you mind not texting me anymore", negatable=False),
    out("want-nothing", r"\b(?:i|we) (?:want nothing (?:to do with|(?:else |more )?from)|need nothing to do with) "
        r"(?:you|u|yall|you guys|you people|you lot|your (?:\w+ )?(?:company|business|store|shop|campaign|organi[sz]ation|"
        r"church|group|people|lot))\b(?! but| except| other than| besides| apart from| than)|"
        r"\b(?:dont|do not) (?:want|wanna) (?:anything|nothing) (?:(?:else|more) )?(?:to do with|from) (?:you|u|yall|you guys|"
        r"you people|you lot|your (?:\w+ )?(?:company|business|store|shop|campaign|organi[sz]ation|people|lot))"
        r"(?: (?:ever|again|anymore|at all|please|thanks|thank you))*$",
        "I want nothing to do with you", "I don't want anything from you", negatable=False),
    out("hear-from", r"\b(?:dont|do not|never|no longer) (?:ever )?(?:want|wish|need|wanna|care) (?:to )?(?:ever )?hear "
        r"(?:from|back from) (?:you|u|yall|you guys|your (?:\w+ )?(?:company|business|store|campaign|people|lot))"
        r"(?: (?:again|anymore|any more|ever|at all|{PLEASE}|thanks))*$",
        "I don't want to hear from you again", negatable=False),
    out("no-msgs-alone", r"^(?:{PLEASE} |ok |and |also |so )*no (?:(?:marketing|promo|promotional|sales|advertising|ad|spam) )?(?:marketing|promos?|promotions|promotional \w+|ads|"
        r"adverts|advertising|spam|texts|text messages|sms|messages|msgs|sales (?:texts|messages)|offers|reminders|alerts|notifications)"
        r"(?: {PLEASE}| thanks| thank you| anymore| ever| at all| going forward| from now on| moving forward)*$", "no marketing pls", "no promos"),
    out("i-dont-do-texts", r"\bi (?:dont|do not|never) (?:do|use|read|check) (?:texts?|text messages|sms|texting)(?: (?:from|with) "
        r"(?:businesses|companies|brands|stores|shops|you|you guys|strangers|unknown numbers))?(?: {PLEASE}| at all| sorry| anymore)*$",
        "I don't do texts from businesses", negatable=False),
    out("stop-after-aside", r"^(?:honestly|listen|literally|srsly|for real|kindly|respectfully|sir|madam|dear sir|dear team|team|no please|no just|"
        r"for the love of (?:god|christ|jesus|pete|all that is holy)|for gods sake|for fucks sake|for petes sake|good lord|dear god)(?: (?:honestly|just|please|seriously|now|kindly|"
        r"already|man|mate|bro|dude))* (?:stop|unsubscribe|cease|desist)(?: (?:please|now|already|thanks|thank you|it|man|"
        r"mate|bro|dude|immediately|sir|madam))*$",
        "honestly just stop", "literally just stop"),
    out("stop-or-else", r"^(?:{PLEASE} )*(?:stop|quit it|knock it off|cut it out)(?: (?:it|this|that|now|texting me|messaging me))?(?: {PLEASE})* or (?:else|i|ill|im|"
        r"i will|i am|we|well|we will)\b", "stop or I'll sue", "stop now or else"),
    out("texts-not-ok", r"^(?:(?:{DET} )?(?:\w+ )?{MSGS}|texting (?:me|us)|(?:being )?texted) (?:are|is) (?:not|no longer) "
        r"(?:ok|okay|acceptable|welcome|wanted|appreciated|cool|alright)(?: with (?:me|us))?(?: {PLEASE}| anymore| at all)*$|"
        r"^(?:{DET} )?(?:\w+ )?{MSGS} (?:(?:are|is) (?:no longer|not)|(?:arent|isnt)|no longer) (?:needed|necessary|required)"
        r"(?: {PLEASE}| thanks| thank you| anymore| any more| any longer| at all)*$",
        "texting me is not ok"),
    out("texts-annoying", r"^(?:(?:honestly|tbh|ngl|and|also|just|frankly|seriously|ok|okay|look|so|the thing is) )*(?:{DET} |ur |your )?(?:\w+ )?{MSGS} (?:are|is) (?:so |really |very |super |getting |becoming |damn |"
        r"fucking |bloody |beyond |way |just )*(?:annoying|irritating|obnoxious|excessive|out of control|harassment|"
        r"unbearable|relentless|(?:too much|a bit much|a lot|too frequent|too often|overkill|out of hand|getting old)"
        r"(?: {PLEASE}| tbh| honestly| lol| man| mate| guys)*$)\b(?! to\b)"
        # ... not a complaint about what a text got wrong ("the texts are annoying me with the wrong time")
        r"(?! (?:me |us )?(?:with|because|since|when|cause|bc) (?:the|a|an|their|your) (?:wrong|bad|broken|same|weird|missing|incorrect)\b)|\bi (?:hate|detest|despise|cant stand|"
        r"can not stand|cannot stand) (?:{DET} )*(?:\w+ )?{MSGS}$|\b{MSGS} (?:are|is|keep) (?:really |so |seriously |constantly |just )?"
        r"(?:bothering|annoying|bugging|irritating|harassing|pestering|disturbing) (?:me|us)(?: so much| now| every \w+| all day| tbh| honestly| lol)*$|\b{MSGS} (?:are|is) (?:driving (?:me|us) "
        r"(?:crazy|nuts|insane|mad|up the wall)|getting on (?:my|our) nerves)\b|\b{MSGS} (?:are|is|keep) (?:\w+ )?(?:eating|using|costing|wasting|burning|"
        r"draining) (?:up )?(?:my|our) (?:minutes|data|money|credit|battery|allowance|texts)\b",
        "these texts are annoying", "I hate these texts"),
    out("didnt-ask", r"^(?:i )?(?:didnt|did not|never) ask(?:ed)?(?: for (?:this|these|it|them|that|your \w+|any of this|any of these))?"
        r"(?: {PLEASE}| thanks| lol| tho| though| bro| mate| tbh| ngl| fr)*$|^(?:no one|nobody|noone) asked(?: for (?:this|these|"
        r"that|them|your \w+|you|any of this))?(?: lol| tho| though| bro| mate| tbh| ngl| fr)*$", "didn't ask", "nobody asked for this", negatable=False),
    # The STOP was meant: "that wasn't autocorrect, I meant stop", "I meant it when I said unsubscribe".
    out("meant-stop", r"^(?:no |nope |actually |sorry |yes |yeah )?(?:i |we )?(?:meant|mean|did mean|really meant|really mean) (?:it )?"
        r"(?:stop|unsubscribe|opt out|remove me|stop texting me)(?: {PLEASE}| thanks| thx)*$|"
        r"\b(?:i|we) meant it when (?:i|we) (?:said|texted|replied|typed) (?:stop|unsubscribe|opt out|remove me)\b",
        "I meant stop", "I meant it when I said stop"),
    out("contact-other-channel", r"\b(?:contact|reach|message|update)\w* (?:me|us) (?:only )?(?:via|by|through|on|at) (?:my )?"
        r"(?:email|e mail|mail|post|phone|whatsapp)(?: only)? (?:from now on|going forward|in (?:the )?future|instead|only)\b|"
        r"\bonly (?:contact|reach|call|email) (?:me|us) (?:by|on|at|through) (?:my )?(?:email|e mail|mail|post|phone|landline|whatsapp)\b|"
        r"\buse (?:my )?(?:email|e mail|phone|landline|home phone|mail|post)(?: address| number)? (?:for (?:everything|anything|all|any \w+) )?(?:instead|only|"
        r"from now on|going forward|"
        r"rather than)\b|"
        r"\b(?:switch|change|move|set|update)\w* (?:(?:me|us|it|this|these|them|my (?:\w+ )?(?:preferences?|settings?|notifications?|"
        r"alerts?|reminders?|contact method)) )?(?:over )?to (?:email|e mail|mail|post|phone calls?|calls?|voice)(?: only)?\b"
        r"(?! (?:visit|appointment|consult|consultation|call for|meeting|interview|session)\b)",
        "please contact me by email from now on", "can we switch to email", negatable=False),
    out("texts-dont-work", r"\b(?:texts?|texting|sms|text messages?) (?:honestly |really |just |actually |probably )?(?:isnt|is not|arent|are not|doesnt|does not|dont|do not) "
        r"(?:(?:the |a )?(?:best|good|great|ideal|right|preferred|easiest) (?:way|method|option|channel)|good for me|(?:work|works) for me|"
        r"ideal for me|convenient|(?:how|the way) (?:i|we) (?:want|wish|like|prefer) to be (?:contacted|reached))\b"
        r"(?! at (?:work|the moment|night|school|the office)\b| right now\b| during\b)|"
        r"\bi (?:cant|cannot|can not) (?:read|do) (?:texts?|text messages|sms)"
        r"(?: (?:on this (?:phone|number)|well|easily|very well|sorry|at all))*$",
        "text isn't the best way to reach me", "I can't read texts"),
    out("texts-off", r"^(?:{DET} )?(?:\w+ )?{MSGS} off(?: {PLEASE}| thanks| thank you)*$|\bdrop (?:{DET} )*(?:\w+ )?(?:marketing|ads|adverts|spam|sales (?:texts|messages|stuff))$|\b(?:lose|ditch|nix|bin|scrap|axe)\w* "
        r"(?:{DET} )*(?:\w+ )?(?:promos|promotions|marketing|ads|adverts|spam|sales (?:texts|messages|stuff)|offers|deals)\b",
        "promos off", "keep the order updates, lose the promos"),
    out("disturb", r"\b(?:stop|quit|dont|do not|pls dont|please dont|never) (?:\w+ )?(?:disturb|disturbing|troubling)\w* (?:me|us)"
        r"(?:$| with| again| anymore| any more| every)|^(?:{PLEASE} )*(?:do not|dont) disturb(?: {PLEASE})*$|"
        r"\b(?:registered|enrolled|registration|register) (?:\w+ )?(?:under|in|for|with|on) (?:the )?(?:dnd|ndnc|"
        r"do not disturb)\b|\bndnc\b",
        "stop disturbing me", "I have registered under DND", negatable=False),
    out("so-stop", r"\b(?:so|then|therefore|hence) (?:please |pls |just |kindly |you can |u can )?(?:stop|quit it|unsubscribe me|remove me|"
        r"take me off)(?: (?:texting|messaging|sending|contacting) (?:me|us))?(?: {PLEASE}| thanks)*$",
        "not gonna buy anything so stop", negatable=False),
    out("stop-misspelt", r"^(?:{PLEASE} )*stop (?:testing|taxing|text in|text thing|tex ting|texas ing) (?:me|us)(?: {PLEASE}| period| now)*$|"
        # (the mistyped send verbs, "snding", "texing", "mesaging", are read as such before the rules: text.ABBREVIATIONS)
        r"\b(?:stop|quit)\w{0,3} (?:\w+ )?(?:msgin|hittin (?:me up|my (?:line|phone|cell|number))|blowin (?:me )?up(?: my (?:phone|line|cell))?)\b", "stop snding me msges", "plz stap texing me"),
    out("who-and-why", r"\bwho (?:are|r|is) (?:you|u|this) (?:and|n) why (?:are|r|do|is|does) (?:you|u|yall|you guys|it) "
        r"(?:\w+ )?(?:texting|messaging|contacting|sending|txting|text|message)\w*\b"
        r"(?! (?:me |us )?(?:a|an|the|my) (?:receipt|code|verification|confirmation|charge|order|bill|invoice|purchase)\b)", "who r u and why r u txting me",
        negatable=False),
    out("not-the-promos", r"^(?:but |and |just )?not (?:the|any|your|those|these) (?:\w+ )?(?:promos?|promotions|promotional \w+|"
        r"marketing|ads|adverts|sales (?:texts|messages|stuff)|offers|deals|spam|newsletters?|marketing \w+)"
        r"(?: {PLEASE}| thanks| though| tho| anymore)*$", "I only want the order updates, not the promos"),
    out("stop-asking", r"\b(?:stop|quit|no more)\w{0,3} (?:asking|begging|hounding|pestering|badgering|nagging|bugging) (?:me |us )?"
        r"(?:for (?:money|donations?|reviews?|a review|feedback|ratings?|referrals?|contributions?|tips)\b|to (?:leave|write|give|"
        r"rate|review|donate|fill out|complete|take|vote|sign|renew|upgrade|buy|book|chip in|contribute)\b)|"
        r"\b(?:stop|quit|end|no more)\w{0,3} (?:{DET} )*(?:\w+ )?(?:requests|appeals|solicitations|surveys|review requests|"
        r"feedback requests|fundraising \w+)\b|\b(?:stop|quit) (?:asking|begging|pestering|hounding|badgering|nagging)(?: (?:me|us))?"
        r"(?: {PLEASE}| thanks)*$", "stop asking me for money", "stop the donation requests", "I already gave, please stop asking"),
    out("landline", r"\b(?:this is|its|it is|thats|that is|this number is) (?:a|my|an) (?:\w+ )?landline\b|\b(?:texting|messaging|sending texts to) "
        r"a landline\b|\blandline (?:cant|cannot|can not|doesnt|does not) (?:receive|get|take|do) (?:texts|sms|text messages)\b",
        "this is a landline", "you're texting a landline"),
    # Declining the texts as one declines an offer: "I'm good on the texts", "I'll pass on these texts", "all set with the texts".
    out("decline-texts", r"\b(?:(?:im|i am|were|we are) (?:good|all good|set|all set) on|(?:im|i am|were|we are) all set with|"
        r"(?:im|i am|were|we are) (?:good|fine|ok|okay|better off) without|(?:(?:ill|i will|i ll|well|we will|id|i d|ima|im gonna) )?(?:hard )?pass on|"
        r"(?:no|nah) (?:thanks|thank you) (?:to|on)) (?:(?:the|these|those|your|ur|all|any|all the|all your|all these|more) )*(?:\w+ )?"
        r"(?:texts|text messages|messages|msgs|txts|sms|notifications|alerts|reminders|promos|promotions|marketing|ads|spam|updates|"
        r"newsletters)(?: {PLEASE}| thanks| thank you| for now| anymore| though| tho| mate)*$", "I'm good on the texts", "I'll pass on these texts",
        negatable=False),
    # No need any longer: "there's no need to text me anymore", "I don't need to be reminded anymore".
    out("no-need-anymore", r"\bno (?:need|reason) (?:for you )?to (?:keep )?(?:{SEND}\w*|update|updating|keep (?:me|us) (?:updated|posted|"
        r"informed)|remind\w*) (?:(?:me|us|this number) )?(?:(?:about|on|regarding) (?:this|that|it) )?(?:anymore|any more|any longer)\b(?! today| tonight| this (?:week|morning|evening|afternoon)| for (?:today|now|this)| before| after| until| till| at| during)|"
        r"\b(?:dont|do not) (?:need|have|got) to (?:keep )?{SEND}\w* (?:me|us|this number) (?:(?:about|on|regarding) (?:this|that|it|\w+) )?"
        r"(?:anymore|any more|any longer)\b(?! today| tonight| this (?:week|morning|evening|afternoon)| for (?:today|now|this)| before| after| until| till| at| during)|"
        r"\b(?:dont|do not|no longer) need to be (?:reminded|texted|contacted|messaged|notified|updated)(?: (?:about (?:this|it|that)|by text))?"
        r"(?: anymore| any more| any longer)\b|\b(?:will not|wont|im not|i am not|were not|we will not|we wont) (?:be )?(?:needing|wanting) "
        r"(?:these|those|any(?: more)?|your|further|the) (?:\w+ )?(?:texts|messages|msgs|reminders|alerts|notifications|updates|promos)\b",
        "there's no need to text me anymore", "I will not be needing these texts", negatable=False),
    # A line kept for one use: "this phone is for emergencies only".
    out("line-for-one-use", r"\b(?:this|my) (?:phone|number|cell|line|mobile) is (?:only )?(?:for|reserved for) (?:emergenc(?:y|ies)(?: calls| use)?(?: only)?|"
        r"(?:family|work|business|personal calls|personal)(?: use)? only)"
        r"(?: {PLEASE})*$", "this phone is for emergencies only"),
    # Not to use the number: "don't use this number", "quit using this number for your promos".
    out("dont-use-number", r"\b(?:dont|do not|stop|quit|never|please dont)\w{0,3} (?:using|use) (?:this|my|our) (?:\w+ )?(?:number|phone|cell|"
        r"mobile|line)(?: (?:for (?:{DET} )*(?:\w+ )?(?:{MSGS}|marketing|anything|this|these|that|sales|ads)|again|anymore|any more|"
        r"ever|{PLEASE}))*$", "don't use this number", negatable=False),
    out("blocking-alone", r"^(?:{PLEASE} |ok |okay |and )*blocking(?: (?:you|u|this number|this|now))?(?: {PLEASE}| now| bye| lol| thanks)*$",
        "Blocking."),
    out("keep-to-yourself", r"\bkeep (?:your|ur|the) (?:\w+ )?{MSGS} to (?:yourself|yourselves|urself)\b", "keep your offers to yourself"),
    # Asking not to be sent anything: "I am requesting you to not send me SMS", "I asked you not to text me".
    out("ask-not-to", r"\b(?:request|requesting|requested|asking|ask|asked|begging|beg|telling|tell|told|urge|urging|instruct\w*|"
        r"direct\w*) (?:you|u|yall|you guys|your (?:company|team|business)) (?:to )?(?:not|never|no longer)(?: to)? (?:{SEND}\w*|contact\w*)"
        r"(?: (?:me|us|this number|to (?:me|us|this number))\b|(?: \w+)? (?:{MSGS}|anything|any \w+)\b|$)(?! today| tonight| this (?:week|morning|evening|afternoon)| for (?:today|now|this)| before| after| until| till| at| during)",
        "I am requesting you to not send me SMS", negatable=False),
    # The texts as a service: "stop this service", "deactivate the sms service".
    out("stop-service", r"^(?:{PLEASE} )*(?:stop|deactivate|discontinue|end) this service(?: {PLEASE}| thanks| now| immediately)*$|"
        r"\b(?:stop|end|cancel|deactivate|discontinue|disable|unsubscribe from|turn off)\w* (?:(?:this|the|my|your|all) )?(?:sms|text|"
        r"texting|text message|message|messaging|text alert|alert)s? (?:service|subscription|program|programme|plan)\b",
        "stop this service", "deactivate the sms service"),
    # Past the sense that reads "cancel my text" as one message: "cancel my text alerts".
    out("cancel-text-x", r"(?:(?<=\bcancel my text )|(?<=\bcancel the text )|(?<=\bcancel all text )|(?<=\bcancel these text )|"
        r"(?<=\bcancel your text )|(?<=\bcancel this text ))(?:alerts?|notifications?|messages|updates|reminders|subscriptions?|service|"
        r"list|marketing|promos?)\b", "I want to cancel my text alerts"),
    # "I'd appreciate it if you removed me": only the polite frame is matched, lest the was-unsubscribed sense (which reads
    # "you removed me" as a report) overlap it.
    out("appreciate-if", r"\b(?:appreciate|grateful|great|nice|helpful|thankful|lovely|good)(?: it)? if (?=(?:you|u|yall|you guys|youd) (?:could |would |can |"
        r"will )?(?:please |kindly |just )?(?:remove|removed|delete|deleted|unsubscribe|unsubscribed|erase|erased|stopped|stop)"
        r"(?: (?:me|us|my (?:\w+ )?(?:number|name|info|details|contact|phone|cell)|this (?:number|phone))\b| (?:texting|messaging|contacting|"
        r"sending)\b))", "I would appreciate it if you removed my number from your records", negatable=False),
    # "stop telling me about it": the sender does not want to hear about it again.
    out("stop-telling-me", r"\b(?:stop|quit|no more)\w{0,3} (?:telling|informing|notifying|updating|reminding) (?:me|us) (?:about|of) "
        r"(?:it|this|that|them|these|your \w+|the \w+|every \w+)(?: {PLEASE}| thanks| already| every day)*$",
        "please stop telling me about it"),
    out("not-trying-to-get", r"\bnot (?:trying to|tryna|looking to|wanting to) (?:keep )?(?:get|getting|receive|"
        r"receiving|see|seeing) (?:{DET} )*(?:\w+ )?(?:{MSGS}|these|them)(?: from (?:you|u|yall|your \w+))? (?:anymore|any more|no more|"
        r"any longer|again)\b", "not tryna get these msgs anymore", negatable=False),
    out("like-to-not", r"\b(?:like|love|want|wish|prefer|need|expect|ask)\w* (?:it )?to (?:not|no longer|never) (?:(?:get|receive|recieve|see) "
        r"(?:(?:any|more|any more|further) )?(?:{DET} )*(?:\w+ )?(?:{MSGS}|these|them)\b|be (?:texted|contacted|messaged)\b|"
        r"hear from (?:you|u|yall|your \w+)\b)", "I would like to not get these anymore", "I expect to not hear from you again",
        negatable=False),
    out("can-stop-now", r"^(?:{DET} )*(?:\w+ ){0,2}?(?:{MSGS}|specials) (?:can|could|should|need to|have to|must|may) "
        r"(?:(?:all |just )?(?:stop|end|cease))(?: {PLEASE}| now| though| tho| for good| thanks)*$",
        "the weekly specials can stop"),
    out("would-be-nice-if", r"\bwould be (?:nice|great|good|lovely|appreciated|ideal|wonderful|best) if (?:{DET} )*(?:\w+ )?{MSGS} "
        r"(?:would stop|could stop|went away|would go away|ceased)(?: {PLEASE}| for good| altogether| completely)*$",
        "it would be nice if these texts would stop"),
    out("removal-request", r"^(?:{PLEASE} )*(?:i )?(?:request|requesting|requested) (?:removal|to be removed|deletion|unsubscription|"
        r"opt out)(?: from (?:{DET} )*(?:\w+ )?(?:list|lists|texts?|messages|database|system|contacts))?(?: {PLEASE}| thanks| thank you)*$|"
        r"^(?:removal|unsubscribe|opt out|stop) request(?: {PLEASE}| thanks| thank you)*$|"
        # Only "confirm" is the match: what follows is a statement the was-unsubscribed sense would otherwise cancel.
        r"\bconfirm(?= (?:that )?(?:i|ive|i have|im|i am|my number|this number|we|weve|were) (?:\w+ )?(?:been |was |am |is |are |got |"
        r"now )?(?:removed|unsubscribed|opted out|taken off|off (?:the|your) list)\b)", "requesting removal",
        "please confirm I've been removed"),
    out("last-text", r"^(?:{PLEASE} )*(?:this is|consider this|that was|this is your) (?:my|your|the) (?:last|final) warning"
        r"(?: {PLEASE}| thanks)*$|"
        r"\b(?:this|that) (?:is|will be|better be|had better be|should be|must be|better) (?:the|your) last (?:\w+ )?"
        r"(?:text|message|msg)(?:$| (?:i|we) (?:get|receive|recieve|see)\b| from (?:you|u|yall|your)\b| you (?:send|will send|ever send)\b|"
        r" ever\b)", "I trust this will be the last text I receive", "this better be the last message from you"),
    # A partial revocation worded as what may still come: "order updates only", "only send me the reminders".
    out("only-these", r"^(?:{PLEASE} )*only (?:send|text|message)\w* (?:me|us) (?:the |my )?(?:\w+ ){0,2}?(?:reminders|updates|"
        r"alerts|notifications|confirmations)(?: (?:from now on|going forward|please|thanks|only))*$|"
        r"^(?:{PLEASE} )*(?:(?:the|my) )?(?:\w+ ){0,2}?(?:reminders|updates|alerts|notifications|confirmations) only"
        r"(?: {PLEASE}| thanks| from now on| going forward)*$|^(?:{PLEASE} )*only (?:the|my) (?:\w+ ){0,2}?(?:reminders|"
        r"updates|alerts|notifications|confirmations)(?: {PLEASE}| thanks| from now on| going forward)*$|"
        r"\b(?:only|just) (?:text|message|contact)\w* (?:me|us) (?:about|for|regarding|with) (?:\w+ ){1,3}?(?:not|no) (?:the |any )?"
        r"(?:sales|promos?|promotions|marketing|ads|offers|deals)\b|\blimit (?:the |your |my )?(?:texts|messages|sms) to\b|"
        r"^(?:i|we) (?:only|just) want (?!(?:the |my |your )?(?:texts|sms|text messages)\b)(?:the |my )?(?!text |sms )(?:\w+ ){1,3}?(?:texts|reminders|updates|alerts|notifications)"
        r"(?: {PLEASE}| thanks)*$|"
        r"^(?:i|we) (?:only|just) want (?:the |my )?(?:\w+ ){0,2}?(?:texts|reminders|updates|alerts|notifications) (?:about|for|"
        r"regarding|on) (?:my |the )?\w+(?: \w+)?$",
        "order updates only please", "only send me appointment reminders from now on"),
    # The sender is not whom a cold text was meant for: "I don't own that property", "I'm not the owner".
    out("not-the-owner", r"\b(?:i|we) (?:dont|do not|no longer|never) (?:own|owned|live at|lived at) (?:that|this|any) (?:property|"
        r"house|home|address|place|lot|land|building)\b|\b(?:i|we) sold (?:that|this) (?:property|house|home|place|lot|land)\b|"
        r"^(?:im|i am|were|we are) not the (?:owner|homeowner|property owner|account holder|policy ?holder)(?: of (?:that|this|the) "
        r"(?:property|house|home|account|policy|number))?$|^wrong (?:property|house)$",
        "I don't own that property", "I'm not the owner"),
    # A child's phone: "you're texting my child", "this is a kid's phone", "my 8 year old uses this phone".
    # ("9 yr old" arrives as "9 your old": the text preparation reads "yr" as "your".)
    out("child-phone", r"\b(?:youre|you are|you re|you have been|youve been|you keep|stop|quit) (?:texting|messaging|contacting) "
        r"(?:a|my) (?:minor|child|kid|\d+ ?(?:year|yr|your)s? old|teen|teenager|underage \w+)\b|"
        r"\b(?:youre|you are|you re|you have been|youve been|you keep) (?:texting|messaging|contacting|sending (?:\w+ )?to) my "
        r"(?:son|daughter|child|kid|grandson|granddaughter|nephew|niece)s? (?:phone|cell|number|device|tablet)\b|"
        r"\b(?:this|it) is (?:a|my) (?:child|kid|minor|\d+ ?(?:year|yr|your)s? old|teen|teenager|toddler)s? (?:phone|number|cell|tablet|"
        r"device)\b|\bmy \d+ ?(?:year|yr|your)s? old (?:uses|has|owns) (?:this|the) (?:phone|number)\b|"
        r"\bbelongs to (?:my|a) (?:daughter|son|child|kid) (?:who is|whos|aged|age) \d+\b",
        "you're texting my child", "this is a kid's phone"),
    # --- channel switches: texts unwanted, another channel preferred ----------------------------------------------
    out("channel-switch", r"\b(?:call|email|e mail|mail|phone|ring|write to|letters?|post|snail mail|postal mail|calls|phone calls) "
        r"(?:me )?(?:instead|only|rather)\b(?! (?:the|a|an|your|my|it|that|this|those|these|works?|worked|if|when|for|after|before|"
        r"until|on|to|one|ones)\b)|^(?:but |and )?not (?:on |to |at )?this (?:cell|mobile|cell phone|number|phone)(?: {PLEASE})*$|"
        r"\b(?:only|just) (?:call|email|e mail|phone|mail)\b(?! me (?:the|a|an|your|my|it|that|this|back|when|if|at|about|with|once)\b|"
        r" (?:the|a|an|your|my|it|that|this)\b)"
        # "ill just call next week", "ill just call u tmrw": the sender will call, nobody asks to be called
        r"(?! (?:next|later|tomorrow|tmrw|tmr|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|wed|thurs|fri|sat|"
        r"sun|in (?:a|an|the) \w+|u|you|ya|yall|you guys|them|back|around|instead of coming|when (?:i|im)|once (?:i|im))\b)|"
        # "the delivery guy keeps calling instead of texting": a complaint about calls, towards texting.
        r"(?<!\bkeeps calling )(?<!\bkeep calling )(?<!\bkept calling )(?<!\balways calls )(?<!\balways calling )"
        r"\binstead of (?:texting|texts|text messages|sms|messages)\b|"
        r"(?<!\bthe )(?<!\bmy )(?<!\bthis )(?<!\bnew )(?<!\bold )"  # "the phone is fine": the device, not calls
        r"\b(?:email|call|phone|calls|mail) (?:is |are )?(?:better|fine|preferred|only)(?: than texts?(?: for me)?| for me)?\b"
        r"(?! (?:the|a|an|your|my|it|that|this|those|these|works?|worked|if|when|for|after|before|until|on|to|one|ones)\b)"
        r"(?!.*\btext)|\bnot by (?:text|sms|message)\b|\b(?:no|not) (?:via |through |by )?(?:texts?|sms|texting|text messages?)(?: please)?$|"
        r"^(?:i|we) (?:prefer|would prefer|d prefer|much prefer|would rather have|d rather have) (?:a |an )?(?:phone )?(?:calls?|"
        r"emails?|e mails?|mail|letters|post|snail mail|email contact)(?: {PLEASE}| only| thanks| instead| going forward| from now on)*$",
        "don't text, call me instead", "email only please", "not by text"),
    out("rather-other-channel", r"\b(?:by|via|through|over) (?:email|e mail|mail|post|phone|a call|calls?|phone calls?|whatsapp)"
        r"(?: only)? (?:than|instead of|rather than|not) (?:by |via |through |over )?(?:texts?|texting|sms|text messages?)\b|"
        r"\brather (?:get|have|receive|recieve) (?:a |an )?(?:phone )?(?:call|calls|email|emails|letter|letters) (?:than|instead of|rather than|over) "
        r"(?:a |an )?(?:text|texts|sms|message|messages)\b|"
        r"\brather (?:you |u )?(?:call|called|email|emailed|phone|phoned|ring|rang|mail|mailed|write|wrote)(?: me| us)? (?:than|instead of|rather than) (?:a |an )?"
        r"(?:text|texted|texting|message|messaged|sms)\w*\b|\bprefer\w* (?:a )?(?:phone calls?|calls?|emails?|e mails?|mail|"
        r"letters|post|whatsapp)(?: only)? (?:than|over|to|instead of|rather than) (?:a |an )?(?:texts?|texting|sms|text messages?)\b",
        "I'd rather get these by email than text", "I'd rather you called than texted", negatable=False),
    # --- the number is not the person's ---------------------------------------------------------------------------
    out("wrong-number", r"\bwrong (?:\w+ )?(?:number|person|phone|#|num|guy|girl|contact|cell)\b(?! (?:got|took|grabbed|has|delivered|brought|ate|"
        r"signed|tagged|pictured|named|mentioned|charged|billed|showed|came|arrived|turned up|"
        r"was sent|is coming|picked|answered|called me|fixed|did|listed|posted|printed|shown|showing|on (?:google|yelp|maps|"
        r"facebook|instagram))\b)(?! (?:in|on) (?:your|the|my|this|that|ur) (?:last |previous |earlier |latest )?"
        r"(?:text|txt|message|msg|email|receipt|invoice|post|ad|listing|website|site|flyer|bill)\b)|"
        r"\bwrong (?:\w+ )?(?:patient|parent|recipient|household)\b(?! (?:portal|file|record|chart|form|link|account|id|info|"
        r"information|address|details|name|card|list)\b)|"
        r"\b(?:have|got|has|had) (?:my|this) number (?:by mistake|in error|by accident|mixed up)\b|"
        r"\b(?:someone|somebody) elses (?:texts|messages|alerts|reminders|appointments|appointment \w+|notifications|updates|codes|"
        r"results|info|information)\b|"
        r"\b(?:texts?|messages?|msgs?|these|this|they|it) (?:are |is |were |was )?(?:meant|intended) for (?:someone|somebody|a different|"
        r"another|the previous|a \w+ named)\b|\b(?:these|this|they|(?:the|these|your|those) (?:\w+ )?(?:texts?|"
        r"messages?)) (?:arent|are not|"
        r"isnt|is not) (?:for|meant for) me\b|"
        r"\b(?:not|isnt|is not|aint|no longer) (?:the|a) (?:right|correct) (?:number|person)\b(?! to (?:ask|talk to|speak to|contact|call|email|see|handle)\b)|"
        r"\b(?:this|that|it) (?:isnt|is not|aint|s not|is no longer|isnt anymore) (?:\w+ )?(?:\w+ )?(?:number|phone|cell)\b"
        r"(?!(?: number)? on (?:the|my|your|this) (?:receipt|account|invoice|order|form|profile|bill|statement|paperwork)\b)|"
        r"\bno (?:one|body|\w+) (?:here )?(?:by|named|with|called) (?:that|this|the) name\b|"
        r"\bnobody (?:here )?(?:by|named|with|called) (?:that|this|the) name\b|"
        r"\b(?:number|phone) (?:now )?belongs to (?:someone|somebody) else\b|\b(?:he|she) is no longer alive\b|"
        r"\bwho (?:authorized|approved|allowed) (?:this|these|you)\b|"
        r"\b(?:there is |theres )no \w+ (?:here|at this number|living here)\b|\bno \w+ (?:lives here|at this number)\b|"
        r"\b(?:you have|youve got|you got|you texted|youre texting|you are texting|you re texting) the wrong\b"
        r"(?! (?:number|phone number|#|num) (?:listed|posted|printed|shown|showing|on (?:the|your|ur) (?:website|site|page|app|"
        r"listing|google|yelp|receipt|invoice|flyer|sign|form|file)|for (?:the|your|ur) (?:pharmacy|office|store|shop|clinic|"
        r"location|branch|front desk|billing|\w+ (?:line|office|department|dept)))\b)(?! (?:\w+ )?(?:address|"
        r"date|time|day|size|item|order|colou?r|amount|price|name|email|card|info|information|details|tracking|link|code|"
        r"account|appointment|location|store|model|total|one|room|zip|postcode|spelling|address|version|file|photo|picture|"
        r"birthday|dob|year|month|week|hour|pharmacy|doctor|dentist|clinic|office|car|vehicle|plate|insurance|policy|plan|"
        r"dose|dosage|prescription|medication|refill|quantity|flavou?r|toppings?|package|box|receipt|invoice|bill|rate|fee|"
        r"balance|charge|unit|apartment|apt|suite|building|floor|gate|door|house|street|city|state|language|title|company|"
        r"menu|schedule|class|teacher|school|grade|pickup|delivery|service|product)s?\b)|"
        r"\b(?:number|phone) (?:was|has been|got|is) (?:reassigned|recycled|transferred|disconnected|changed hands)\b|"
        r"\b(?:this is a|i am a|im a) (?:new|different) (?:owner|person)\b|"
        r"\bnot (?:my|his|her|their) (?:number|phone|cell)\b|\b(?:im|i am) not (?:the person|the one|who) (?:you|youre|you are)\b|"
        r"\bi dont know (?:any|anyone|anybody|anyone named|anybody named) \w+\b(?!(?: \w+)? (?:at|from|in|on|who works (?:at|in)) (?:the|your|ur)\b)|\bi dont know (?:you|this person|"
        r"who (?:this|you) (?:is|are))\b(?! (?:well|that well|very well|personally|yet)\b)|"
        r"\bnever heard of (?:you|them|him|her|(?:this|that|your) (?:company|business|store|shop|place|number|person|organi[sz]ation|"
        r"campaign|clinic|practice|office|outfit)\b|(?:this|that|your)$)\b|\b(?:just |recently )got this (?:number|phone)\b|"
        r"^no (?!problem|problems|worries|issue|issues|complaints|rush|way|need|one)\w+ here$|"
        r"\bno idea who (?:you are|this is|you guys are)$|\b(?:number|phone) changed (?:owners|hands)\b|"
        r"\bgot this number (?:recently|last \w+|a \w+ ago|\w+ (?:weeks|months|days) ago)$|"
        r"\bnot the person (?:you want|you re looking for|youre looking for|you are looking for|you think|you need)\b|"
        r"\b(?:texting|messaging|contacting) a (?:minor|child|kid)\b|\bbelongs to a (?:minor|child|kid|teen|teenager|"
        r"\d+ ?(?:year|yr|your)s? old)\b|"
        r"\b\w+ (?:doesnt|does not|no longer) live\w* here\b|^(?:but |and |so )?(?:im|i am) not (?:her|him|them|that person|that guy|that lady)$|"
        r"\b(?!i\b|we\b)\w+ passed (?:this|the|that) (?:number|phone|line) (?:on|along)\b|"
        r"\b(?:getting|receiving|get|got|keep getting) (?:{DET} )?(?:texts?|messages?|msgs|reminders) (?:for|meant for|addressed to) "
        r"(?:someone|somebody|a (?:\w+ )?(?:named|called)|some \w+ named|(?:a|the) previous|a person named)\b|"
        r"\b(?:number|phone) (?:no longer|doesnt|does not|dont) belongs? to\b|"
        r"\b(?:he|she|they) (?:changed|switched|got rid of|gave up) (?:his|her|their) (?:number|phone number|cell number)\b|"
        r"\b(?:he|she|they) (?:has|have|got) (?:a )?new (?:number|phone number|cell number)\b|"
        r"\b(?:this|it) (?:was|used to be) (?:his|her|their|my (?:late )?\w+s) (?:number|phone|cell)\b",
        "wrong number", "this isn't Mark's phone", "no one by that name here"),
    # The line changed hands or is not a personal line: "this line belongs to a business now", "Brenda had this number before me",
    # "the person you're trying to reach isn't at this number anymore", "this is my work phone, not a personal one".
    out("line-changed-hands", r"(?<!\bold )(?<!\bprevious )(?<!\bformer )(?<!\bother )\b(?:number|phone|line|cell) (?:is |has been |was )?now (?:assigned|belongs|belonging|owned) (?:to|by) (?:a|an|another|someone|"
        r"somebody|some|the new|a new|new)\b|"
        r"(?<!\bold )(?<!\bprevious )(?<!\bformer )(?<!\bother )\b(?:number|phone|line) (?:has been |was |is |got )?(?:re ?assigned|given|issued) to (?:a new|another|someone|somebody|a different)\b|"
        r"\b(?:number|phone|line|cell) belongs to (?:a|an) (?:\w+ ){0,2}?(?:business|company|office|practice|clinic|store|shop|family) now\b|"
        r"\b\w+ (?:had|used to have|used to own|owned) (?:this|my|that) (?:number|phone number|phone|cell|line) before (?:me|us|i (?:got|did))\b|"
        r"\b(?:new|different) (?:owner|user) (?:of|for) (?:this|the|that) (?:number|phone|line|cell)\b|"
        r"\b(?:this|that|the) (?:number|phone|line|cell) (?:is|has been) (?:no longer|not) (?:in service|in use|used|active) "
        r"(?:for|by) (?:this person|that person|him|her|them|[a-z]+)$|"
        r"\b(?:im|i am|were|we are) the new (?:owner|user) (?:of|for) (?:this|the) (?:number|phone|line|cell)\b|"
        r"^(?:and |but |so )?(?:im|i am|were|we are) the new (?:owner|user)(?: now)?$|"
        r"\b(?:number|phone|line)(?: (?:youre|you are|you re) (?:texting|messaging|contacting|trying))? (?:has|got|now has) a new (?:owner|user)\b|"
        r"\b(?!i\b|we\b)\w+ (?:gave up|got rid of) (?:this|that) (?:number|phone number|line)\b|"
        r"\b(?:no longer (?:at|on|using|reachable at) (?:this|that) (?:number|phone|line)|(?:isnt|is not|not|arent|are not|cant be reached) "
        r"(?:at|on|using) (?:this|that) (?:number|phone|line) (?:anymore|any longer|any more))\b|"
        r"^(?:and |but |its |it is )?not (?:a |my )?(?:personal|private) (?:phone|number|line|cell)(?: {PLEASE})*$|"
        r"\b(?:this (?:number|phone|line)|it|this|i|we) (?:cant|cannot|can not|shouldnt|should not|isnt allowed to|is not allowed to|"
        r"must not|may not) be (?:on|in) (?:(?:any|your|these|those|marketing|mailing|texting|text|sms|promo|promotional|contact|"
        r"distribution) )*(?:lists?|databases?)\b(?! of\b)",
        "this line belongs to a business now", "Brenda had this number before me", "this is my work phone, not a personal phone",
        negatable=False),
    out("no-longer-theirs", r"\b(?:he|she|they|\w+) (?:doesnt|does not|dont|do not|no longer|doesn t) (?:have|has|use|uses|"
        r"own|owns|live|lives|work|works) (?:this|that|the) (?:number|phone|here)\b|\bno longer (?:has|have|uses|use|owns|"
        r"works|lives) (?:this|that|here)\b|\bnot (?:his|her|their|hers|theirs) (?:number|phone) (?:anymore|any longer)\b|"
        r"\b(?!i\b|we\b|you\b|u\b)\w+ (?:hasnt|has not|havent|have not) (?:had|used|owned) (?:this|that|the) (?:number|phone)"
        r"(?:$| (?:in|for|since) (?:years|months|ages|\d{4}|a (?:while|year|long time)|(?:a few|\d+|two|three|several) (?:years|months|weeks))\b| anymore\b| any more\b)",
        "she no longer has this number", negatable=False),
    out("deceased", r"\b(?:passed away|(?<!\bi )(?<!\bwe )(?<!\bive )(?<!\bweve )(?<!\bid )passed on|has passed|(?<!\bim )(?<!\bi am )(?<!\bimma )deceased|is dead(?! (?:soaked|wet|serious|set|wrong|right|tired|broke|center|centre|last|even|ass|quiet|slow|empty|easy|simple|cheap|honest|sure|certain|drunk|asleep|beat|cold|flat|on|straight|still|silent|calm|heavy|useless)\b)|was killed|no longer with us|rest in peace(?! to\b)|"
        r"(?:he|she|they|hes|shes|theyre) (?:is |are |s )?no longer (?:living|alive)|"
        r"(?:he|she|my (?:husband|wife|father|mother|dad|mom|mum|son|daughter|brother|sister|partner|grandmother|"
        r"grandfather|grandma|grandpa|uncle|aunt|spouse)) (?:has |have |just )?(?:died|passed away|passed on|passed$|"
        r"passed (?:recently|last (?:week|month|year|night|\w+day)|earlier this \w+|"
        r"in (?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)\w*|(?:a|\w+) (?:few |couple )?(?:of )?(?:days|"
        r"weeks|months|years?) ago))|late (?:husband|wife|father|mother|dad|mom|mum|son|daughter|brother|sister|partner|"
        r"grandmother|"
        r"grandfather|grandma|grandpa|friend|uncle|aunt|spouse|fiance)s?(?! used to\b| always\b| loved\b| left (?:me|us)\b)"
        r"(?!(?<=s) (?!(?:phone|number|cell|line|mobile|account|texts?|messages?|reminders?|name|old|email)\b)\w)|dead (?:man|woman|person|guy|lady)s? (?:phone|number|cell)|"
        r"(?:texting|messaging|contacting) a (?:dead|deceased) (?:man|woman|person|guy|lady)|"
        r"(?!(?:phone|battery|car|cell|laptop|computer|plant|engine|tv|wifi|internet|signal|power|it|that|this|mine|printer|"
        r"charger|app|account|card|line|call|chat|conversation|mower|fridge|heater|iphone|ipad|tablet|device|camera|router|"
        r"modem|watch|screen|speaker|bulb|light|lights|pump|boiler|ac|furnace|machine|washer|dryer|dishwasher|truck|van|bike|"
        r"motor|sim|tree|lawn|grass|garden|fish|dog|cat|pet)\b)[a-z]+ (?:has |just |sadly |recently )?died "
        r"(?:in (?:\d{4}|jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)\w*|last (?:week|month|year)|recently|"
        r"(?:a|\w+) (?:few |couple )?(?:of )?(?:days|weeks|months|years?) ago))\b",
        "this number belongs to my late father", "she passed away last year", negatable=False),
    # --- the sender's own side: no reason to keep getting them, rather not get any, won't be needing them -----------
    out("no-reason-to-get", r"\bno (?:reason|point|need) (?:anymore |any more )?(?:for (?:me|us) )?(?:to|in) (?:me |us )?"
        r"(?:keep|keeping|still|continue|continuing) (?:to )?(?:get|getting|receiv\w*) (?:{DET} )*(?:\w+ )?(?:{MSGS}|these|them|those)\b"
        + _ONE_EVENT, "there's no reason for me to keep getting these", "no point in me still getting the deals"),
    out("rather-not-get", r"\b(?:id|i d|i would|we would|wed|i|we) rather not (?:get|receive|have|be sent) "
        r"(?:any(?: more| at all)?$|any (?:more )?(?:{DET} )?(?:\w+ )?{MSGS}\b|(?:them|these|those)(?: anymore| any more| at all)?$|"
        r"(?:{DET} )*(?:\w+ )?{MSGS}(?: anymore| any more| at all)?$)",
        "I'd rather not get any", "we'd rather not receive these texts"),
    out("wont-be-needing", r"\b(?:wont|will not|will no longer) (?:be )?(?:needing|need) (?:{DET} )*(?:\w+ ){0,2}?{MSGS} "
        r"(?:anymore|any more|any longer|from now on|going forward)\b", "we won't be needing lawn care texts anymore"),
    out("number-not-for-texts", r"\b{GAVENUMBER} (?:\w+ ){0,8}?not (?:for|to get|to receive|so i could get) "
        r"(?:{DET} )?(?:marketing|promos?|promotions?|promotional \w+|ads|advertising|spam|sales|texts?|text messages)\b",
        "I gave my number at the register for a receipt, not for marketing"),
    out("not-a-fan-of-texts", r"\bnot (?:a |much of a )?(?:big |huge )?fan of (?:getting |receiving )?(?:{DET} )*(?:\w+ )?{MSGS}\b",
        "not a fan of getting texts from businesses"),
    out("not-a-texter", r"\b(?:im|i am) (?:not|no) (?:a |much of a |big )?(?:texter|text person|texting person)\b",
        "I'm not a texter, call me if needed"),
    # A partial revocation keeps one kind and drops the rest: one attribute, so an opt-out.
    out("skip-the-promos", r"\b(?:skip|drop|leave out|cut) (?:the|all the|your|any) (?:\w+ )?(?:promos?|promotions?|promotional \w+|"
        r"marketing(?: \w+)?|ads|advertising|spam|sales texts)\b", "just send the receipts and skip the promos"),
    out("only-about", r"^(?:please |pls |just )?only (?:text|message|msg|contact) (?:me|us) (?:about|for|regarding|with) "
        r"(?!(?:\w+ ){0,3}(?:tomorrow|today|tonight|this|next|now)\b)(?:(?:\w+ ){1,3}?(?:nothing else|and nothing else|no(?:thing)? more|no promos|no marketing)\b|(?:(?:the|my|our) )?\w+(?: \w+)?"
        r"(?: (?:please|pls|thanks|thx))?$)",
        "only text me about appointments, nothing else"),
    # "don't keep me on your list": a negated keep asks to be taken off (the keep rule alone only cancels).
    out("dont-keep-me", r"\b(?:dont|do not) keep (?:me|us|my (?:\w+ )?(?:number|name|info|phone)|this number) (?:on|in) (?:{DET} )*"
        r"(?:\w+ )?(?:list|lists|system|database|records|contacts)\b", "don't keep me on your list", negatable=False),
    out("no-need-to-send", r"\bno need (?:to |2 )?(?:keep )?(?:send|sending|text|texting|message|messaging) (?:me|us)"
        r"(?: (?:{DET} )*(?:\w+ )?(?:texts|messages|msgs|txts|alerts|notifications|promos|reminders|updates|deals|offers))?"
        r" (?:anymore|any more|any longer)\b(?! (?:today|tonight|this \w+|for (?:now|today|tonight|this \w+)|until|till)\b)"
        + _ONE_EVENT, "no need to send me texts anymore"),
    # --- sarcasm about the messages -------------------------------------------------------------------------------
    # "Just what I needed" alone is sarcasm; "this is just what I needed, thanks" and "exactly what I needed" are thanks.
    out("sarcasm", r"\bi (?:really |totally |so |definitely )?needed (?:\d+|two|three|four|five|six|seven|ten|another|more|yet another) "
        r"(?:more )?(?:\w+ )?(?:texts|messages|msgs|txts|notifications|alerts|promos|reminders)\b|^(?:(?:oh|wow|great|yay|fantastic|wonderful|lovely|ah|ahh|ugh|thats|that is) )*just what (?:i|my (?:day|morning|week|"
        r"life|inbox|phone)) (?:needed|wanted|always wanted)(?: today| this morning| right now| lol| haha| ha)*(?:$|"
        r" (?:more|another|yet another)\b)|"
        r"\b(?:oh|wow|great|yay|fantastic|wonderful|lovely) (?:just |exactly )?what (?:i|my (?:day|morning|week|life)) "
        r"(?:needed|wanted|always wanted)\b|"
        r"\b(?:yay|great|wonderful|oh joy|fantastic|awesome|lovely|cool) (?:another|more|yet another|one more) (?:\w+ )?{MSGS}\b|"
        r"\bkeep (?:them|em|these|the \w+) coming(?: said no one| said nobody)\b|\bsaid no one ever\b|"
        r"\bbecause i (?:totally |really |so |definitely )?(?:need|needed|wanted|love|asked for) (?:more|another|these|your)\b|"
        r"\bi love (?:getting|receiving) (?:{DET} )*(?:\w+ )?{MSGS} (?:at \d|every|all day|\d+ times)\b",
        "yay another promo text", "just what I needed, more spam"),
)

# After a STOP sent by mistake: not one sent to someone else ("I texted stop to my old dentist by mistake, not you").
_NOT_HERE = r"(?! to (?!(?:you|u|yall|you guys|this|this number|your|ur)\b)(?:my|his|her|their|the|a|an|some|another|other|\w+s)\b)"

# ... or after the mistake: "I replied STOP by mistake to a different company".
_ELSEWHERE = (r"(?!(?: (?:yesterday|today|earlier|last night|this morning))? (?:(?:to|on) (?:a|an|another|some|other|a different|the wrong|"
              r"my (?:old|other)|his|her|their|someone|somebody)\b"
              r"(?! (?:text|message|msg|reminder|alert|one) (?:from )?(?:you|u|yall|your)\b)|"
              # "I hit stop by accident on the treadmill": another machine.
              r"on (?:the|my) (?!(?:phone|cell|iphone|android|text|texts|message|messages|thread|reminder|app|screen|keyboard|reply|"
              r"last|first)\b)\w+))")

# What an opt-in asks to get back: the texts themselves, never "it" or a thing ("turn the porch light back on").
_ALERTS = r"(?:texts|text messages|messages|msgs|txts|alerts|notifications|updates|sms|reminders|deals|promos|coupons|offers)"

OPT_IN = (
    opt_in("by-mistake", r"\b(?:replied|sent|texted|typed|said|hit|pressed|wrote|send|text|reply|clicked|tapped|responded)\w* "
           r"(?:\w+ ){0,3}?(?:stop|unsubscribe|end|cancel|quit|opt out|stopp|baja|arret|sair)\b" + _NOT_HERE + r"(?: \w+){0,5}? "
           r"(?:by (?:mistake|accident)|accidentally|in error|on accident|mistakenly|by error|without meaning to)\b" + _ELSEWHERE + r"|"
           r"\b(?:accidentally|mistakenly|accidently|accidentaly) (?:\w+ )?(?:replied |sent |texted |hit |typed |pressed )?"
           r"(?:stop|unsubscribed|opted out|unsubscribe|opt out|cancel|end)\b|"
           r"\bdid ?n?t mean to (?:\w+ )?(?:stop|unsubscribe|opt out|cancel|end|quit)\b|"
           r"\b(?:stop|unsubscribe) (?:was|by) (?:a )?(?:mistake|accident|typo)\b" + _ELSEWHERE + r"|"
           r"\b(?:stop|baja|alto|sair|parar|arret|stopp|basta|unsubscribe|(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\bhusband )(?<!\bwife )"
           r"(?<!\bson )(?<!\bdaughter )(?<!\bmom )(?<!\bdad )(?<!\bpartner )(?:unsubscribed|"
           r"opted out)(?! from (?!(?:{DET} )*(?:\w+ )?(?:{MSGS}|list|lists|this|these|that|it|them|"
           r"you|your|ur|everything|all|sms|here)\b))(?! from (?:{DET} )*(?:\w+ )?(?:youtube|channel|podcast|newsletter|emails?|app|magazine|"
           r"netflix|spotify|hulu|club|box)\b)|opt out|"
           # "cancel my last ordr i accidently hit buy twice": the order, not the texts, was cancelled
           r"cancel(?! (?:my|the|that|this|our|his|her|an|a) (?!(?:\w+ )?(?:{MSGS}|texts?|subscription)\b)\w+)|end|quit|desabonn\w*|desinscri\w*|"
           r"descadastr\w*|abgemeldet|ausgetragen|disiscritt\w*|desuscrib\w*)\b" + _NOT_HERE + r"(?: \w+){0,6}? {MISTAKE}\b" + _ELSEWHERE + r"|"
           r"\b{MISTAKE}(?: \w+){0,4}? (?:stop|baja|alto|sair|parar|arret|stopp|basta|unsubscribe|cancel|quit)\b",
           "I replied STOP by mistake", "accidentally unsubscribed", "didn't mean to opt out"),
    opt_in("back-on", r"\b(?:turn|switch|put|sign|add|opt|let|subscribe|resubscribe|enroll|re enroll|take)\w* "
           r"(?:(?:me|us|them|em|those|these|my (?:\w+ )?number|this number|(?:{DET} |my )?(?:\w+ )?" + _ALERTS + r") )?"
           r"back (?:on|in|up|to|onto|into)\b(?! (?:yesterday|last (?:night|week|month)|this morning|myself|on my own|without asking)\b)"
           r"(?! (?:{DET} |my )?(?:schedule|calendar|waitlist|wait list|roster|team|payroll|"
           r"books|plan|route|shift|rotation|group|chat|group chat|thread|convo|conversation|class|carpool)\b)|\b(?:add|sign|opt|put|subscribe) (?:me|us|my (?:\w+ )?number|"
           r"this number) (?:back|again|up again)\b(?! (?:to|on|onto|into|in) (?:{DET} |my )?(?:group|chat|group chat|thread|convo|"
           r"conversation|class|carpool|schedule|calendar|waitlist|wait list|roster|team)\b)|"
           r"\bre ?add (?:me|us|my (?:\w+ )?number|this number)\b|"
           r"\b(?:i (?:want|would like|d like|would love|wanna)|(?:id|wed) (?:like|love)) (?:to )?(?:get |receive |"
           r"start getting |keep getting )?(?:{DET} |my )?(?:\w+ )?" + _ALERTS + r" (?:back|again)\b|"
           r"\b(?:i|we) (?:do|really do|actually do) (?:want|wanna get) (?:{DET} |my )?(?:\w+ )?" + _ALERTS + r"\b|"
           # "if you guys start texting me every day I'm out": supposed, not asked for.
           r"(?<!\bif you )(?<!\bif u )(?<!\bif you guys )(?<!\bif yall )(?<!\bif they )(?<!\bonce you )(?<!\bwhen you )"
           r"\b(?:start|resume|restart|continue|re ?start)\w* (?:sending|texting|messaging)\w* (?:me )?(?:\w+ )?(?:again|back)?\b|"
           r"\b(?:resume|restart|reactivate|reenable|re enable|turn on|switch on)\w* (?:my |the |all |your )?(?:\w+ )?"
           r"(?:texts|messages|alerts|notifications|updates|sms|subscription)\b|(?<!\bwhat does )(?<!\bwhat do )(?<!\bwhats )(?<!\bwhat is )(?<!\bhow do i )(?<!\bhow do you )(?<!\bhow can i )(?<!\bthe )(?<!\byour )(?<!\bthat )(?<!\bthis )(?<!\bmy )\bopt (?:me |us )?(?:back )?in\b(?! mean\b)(?! (?:my|his|her|our) (?:\w+ )?(?:husband|wife|son|daughter|kid|kids|mom|dad|mother|father|"
           r"partner|family|friend|brother|sister|roommate|spouse|other (?:number|phone))s?\b)(?! (?:form|forms|slip|sheet|paperwork|page|box|checkbox|button|deadline|period|process|rate|policy)\b)"
           r"(?! (?:to|for|on|into) (?:the |your |ur |my )?(?:\w+ )?(?:rewards?|loyalty|program|points|warranty|plan|insurance|autopay|"
           r"auto pay|paperless|survey|study|trial|class|event|membership)\b(?! (?:texts?|sms|messages?|alerts?)\b))|"
           r"(?<!\bdo i need to )(?<!\bdo i have to )(?<!\bshould i )(?<!\bhow do i )\bresubscribe\w*\b|\bre subscribe\w*\b|\bundo (?:the |my |that )?(?:stop|unsubscribe|opt out)\b|\b(?:reverse|revert|cancel|withdraw|retract|rescind|take back) (?:the|my|that|this) (?:stop|unsubscribe|opt out|optout)(?: request)?\b(?! (?:link|button|page|form)\b)|\bre ?join (?:the |your )?(?:\w+ )?(?:text|texting|sms|txt) (?:club|list|alerts|program|messages)\b|\bunstop\b|"
           r"\b(?:subscribe|sign) me (?:up|again)\b(?! (?:for|to) (?!(?:{DET} |my )?(?:\w+ )?(?:" + _ALERTS + r"|list|program)\b))|"
           r"^(?:please )?subscribe me\b|\bi (?:want|would like|d like) to (?:re ?)?subscribe\b(?! and save\b| (?:to|for) (?!(?:{DET} |my )?(?:\w+ )?(?:" + _ALERTS + r"|list)\b))|"
           r"\b(?:can|could|may) (?:i|we) (?:get |be )?(?:signed up|added|subscribed|put|enrolled) (?:for|to|on) (?:{DET} |my )*(?:\w+ )?"
           r"(?:texts|text messages|sms|(?:sms|text|texting) (?:\w+ )?(?:alerts|list|updates|reminders|deals|notifications))\b|"
           r"\bsubscribe (?:me|us|this number|my number|this phone) (?:to|for) (?:{DET} |my )*(?:\w+ )?(?:alerts|texts|text messages|sms|"
           r"notifications|reminders|deals)\b|"
           r"\b(?:add|put|sign|enroll|enrol|subscribe|opt) (?:me|us|this number|my number|this phone|my (?:cell|phone|mobile)) (?:up |down |in )?"
           r"(?:on|to|for|in|into) (?:{DET} |my )*(?:\w+ )?(?:(?:sms|text|texting|txt) (?:\w+ )?(?:alerts|notifications|list|updates|"
           r"reminders|messages|program|deals|offers)|texts|text messages|sms)\b|"
           r"^(?:yes |yeah |ok |okay )?(?:(?:i|we) (?:would like|d like|want|wanna)|id like|wed like) to (?:get|receive|start getting|sign up for) "
           r"(?:{DET} |my )?(?!(?:fewer|less|no|zero|any)\b)(?:\w+ )?(?:text alerts|text messages|texts|sms(?: \w+)?|text (?:\w+ )?(?:alerts|updates|reminders|"
           r"notifications|deals))(?: from (?:you|u|yall|you guys|your \w+))?(?: {PLEASE}| thanks| again| back)*$|"
           r"\b(?:turn|switch|put|bring|give)\w* (?:{DET} |my )?(?:\w+ )?" + _ALERTS + r" back(?: {PLEASE}| thanks| on| again)*$|"
           r"^(?:(?:i|we) (?:want|would like|d like)|id like) (?:the|my|your) (?:\w+ )?(?:texts|text messages|text alerts|sms|sms alerts)"
           r"(?: back| again)?(?: {PLEASE}| thanks)*$|\b(?:(?:i|we) (?:want|would like|d like|wanna|would love)|(?:id|"
           r"wed) (?:like|love)) to "
           r"(?:start|begin) (?:getting|receiving) (?:{DET} )*(?!fewer|less|no|zero)(?:\w+ )?(?:texts|text messages|"
           r"text alerts|sms|messages|alerts|"
           r"notifications|updates)\b|"
           # "sign up for text alerts", "i want to sign up for the text club": the texts named as what is signed up for
           r"(?<!\bhow do i )(?<!\bhow to )(?<!\bcan i )(?<!\bdid i )\bsign (?:up|me up|us up) (?:for|to) (?:the |your )?"
           r"(?:sms|text|texting|txt) (?:alerts|club|list|program|deals|offers|messages|updates|reminders)\b",
           "turn them back on", "sign me back up", "resume my alerts", "opt me back in"),
)

KEEP = (
    keep("keep-texts", r"\b(?<!you )(?<!u )(?<!they )(?<!yall )keep (?!(?:my|our|this) (?:\w+ )?(?:number|name|info|phone|contact|details|data) off\b)"
         r"(?!(?:\w+ ){1,3}?to (?:yourself|yourselves|urself|yourselfs)\b)(?:the |my |your |sending|texting|them coming|the \w+ coming|these coming|this number|"
         r"(?:me|us) on (?:the |your |ur )?(?:\w+ )?(?:texts?|list|alerts|messages|reminders|updates)\b)|"
         r"\b(?:texts?|sms|text messages|texting) (?:is |are )?(?:still )?(?:fine|ok|okay|good|great|better)\b|"
         r"\b(?:ill|i will|i ll|i want to|id like to|i d like to|i wanna) (?:stay|remain|keep (?:getting|receiving)|"
         r"stay subscribed|stay on)\b|"
         r"\b(?:just|only) text me\b|\btext me instead\b|\btext only\b|\bstill want (?:the |my |your )?(?:\w+ )?(?:texts|"
         r"updates|messages|reminders|alerts|text \w+)\b",
         "texts are still fine", "keep the texts", "just text me"),
)

HELP = (
    help_request("help-me", r"^(?:please |pls )?help(?: me| us| please| pls)?\b(?! (?:wanted|stop|unsubscribe|get off|opt out|remove))",
                 "Help me understand the bill"),
    help_request("need-help", r"\b(?:need|get|want|some|can i get|could i get) (?:some |a little )?help\b|"
                 r"\bcan (?:someone|somebody|anyone|you) help\b", "need help with my account"),
    help_request("what-is-this", r"^(?:who|what) (?:is|s) (?:this|dis)(?: for| about| number)?$|^(?:who|what) (?:is|s) this and\b|"
                 r"\bwhat (?:company|business|number|service|site|store|app) (?:is this|is that|are you|this is)\b|"
                 r"\bwhat is this (?:number|for|about|service|regarding)\b",
                 "What is this?", "what company is this?"),
    help_request("contact-support", r"\bhow (?:do|can) i (?:contact|reach|call|talk to|speak to|get hold of) (?:\w+ )?"
                 r"(?:customer service|support|someone|somebody|a person|an agent|a human|a rep|representative|you)\b",
                 "how do I contact customer service?"),
)

SENSES = (
    # Asking how to put one's own line on the registry: about calls, not a notice to this sender.
    sense("register-dnc", r"\b(?:how|where|can i|could i|should i|is there a way to|want to|need to) (?:do i |can i |would i |should i |to )?"
          r"(?:get|put|add|register|sign|enroll)\w* (?:up )?(?:\w+ ){0,3}?(?:on|in|to|for|with) (?:the )?(?:national |federal )?"
          r"(?:dnc|do not call)(?: (?:list|registry|register))?\b", "how do I get my landline on the DNC registry?"),
    sense("dnc-question", r"^(?:does|do|is|are|will|would|can|how does|what is|whats|is my \w+ on|is this \w+ on|are (?:texts|we) "
          r"(?:on|covered by)) (?:the |a |my |your )?(?:national )?(?:dnc|do not call)(?: (?:list|registry|register))?\b",
          "does the do not call list cover texts?"),
    # Other senses of the English words: each cancels an opt-out match it overlaps.
    sense("off-billing", r"\b(?:take|get|put|switch|move)\w* (?:me|us|my \w+|him|her|them|it|this (?:number|phone)) (?:off|of|out of) (?:of )?(?:the |my |our |this )?(?:\w+s )?"
          r"(?:autopay|auto pay|auto payments?|automatic payments?|auto ?renew\w*|auto ?refill\w*|auto ?ship\w*|paperless|"
          r"paper billing|payment plan|the schedule|speaker|hold|mute|lease|policy|contract|loan|insurance|mortgage|deed|title|"
        r"account|tab|bill|invoice|rota|emergency contacts?)\b", "can you take me off autopay", "take him off the lease"),
    sense("old-number", r"\b(?:remove|delete|erase|drop|lose|forget|ditch|update)\w* (?:my|the|his|her|our) (?:old|previous|former|other) "
          r"(?:\w+ )?(?:number|phone|cell|mobile|email|address)\b", "please delete my old number and use this one"),
    sense("send-wrong-goods", r"\bsen(?:d|ding|t) (?:me |us )?(?:the |a |an |my |your |these |those )?(?:\w+ )?(?:wrong|incorrect|broken|"
          r"damaged|defective|expired|missing|used|same wrong)\b|\bsen(?:d|ding) (?:me |us )?(?:\w+ )?(?:packages?|parcels?|boxes|"
          r"orders?|shipments?|deliveries|items?|products?|samples?|bills?|invoices?|statements?|letters?|catalog(?:ue)?s?|mail) (?:to|at)\b",
          "stop sending me the wrong size", "stop sending packages to my old address"),
    sense("wrong-reference-number", r"\bwrong (?:order|account|tracking|confirmation|reference|ref|invoice|case|ticket|room|"
          r"table|model|part|serial|policy|member|membership|card|pin|item|house|unit|apartment|suite|flight|gate|seat|booking|"
          r"routing|license|plate|lot|invoice) (?:number|num|no|#)\b", "you sent the wrong order number"),
    sense("pet-died", r"\b(?:my|our|the|his|her) (?:\w+ )?(?:dog|cat|pet|puppy|kitten|bird|horse|rabbit|bunny|hamster|fish|"
          r"parrot|pup|kitty)s? (?:has |have |just |sadly |recently )?(?:passed away|passed on|passed|died|is dead|was put down)\b",
          "my dog passed away, cancel his grooming"),
    sense("not-yet", r"\b(?:dont|do not) (?:send|text|message|msg)\w* (?:me |us )?(?:\w+ ){0,3}?(?:yet|(?:until|till|til|before|unless)\b"
          r"(?! (?:i|we) (?:say|tell|ask|text|contact|reach|call|let|opt|sign)\b| further notice\b| hell\b))\b",
          "don't send me updates until the part arrives"),
    sense("remove-from-booking", r"\b(?:remove|take|drop|put|cross|delete|kick)\w* (?:me|him|her|us|them|my \w+) (?:off|from|out of) "
          r"(?:(?:the|my|this|that|our|his|her|your) )?(?:(?!texts?\b|messages?\b|msgs?\b|sms\b|list\b|alerts?\b)\w+ ){0,3}?"
          r"(?:class|classes|session|lesson|waitlist|wait list|carpool|roster|team|schedule|event|appointment|reservation|booking|"
          r"shift|shifts|slot|tour|trip|game|practice|chat|group|thread|channel|program|programme|club|league|rota|plan|policy|"
          r"lease|membership|account)\b(?! (?:texts?|messages?|msgs?|sms|txts?|alerts?)\b)",
          "remove me from the 6pm spin class"),
    sense("removed-from-booking", r"\b(?:be|get|being|getting) (?:removed|taken off|dropped|unenrolled|withdrawn) (?:from|off) "
          r"(?:the|my|this|that|our|his|her|your) (?:\w+ )?(?:class|classes|session|lesson|lessons|waitlist|wait list|carpool|roster|team|"
          r"schedule|event|appointment|reservation|booking|shift|tour|trip|game|practice|program|club|league|course|group|chat|"
          r"thread|camp|policy|lease|account|membership)\b(?! (?:texts?|messages?|msgs?|sms|alerts?|list|emails?)\b)",
          "I would like to be removed from the class because I'm moving"),
    # "stop sending the reminders to my old number, this is the new one": another line.
    sense("to-old-number", r"\b(?:stop|quit|no more|dont|do not)\w{0,3} (?:\w+ ){0,5}?to "
          r"(?:my|our|his|her) (?:old|previous|former) "
          r"(?:number|phone|cell|line|mobile)\b", "please stop sending reminders to my old number, this is the new one"),
    sense("not-this-one", r"\b(?:dont|do not) need (?:the|this|that|a|another) (?:reminder|confirmation|update|receipt|text|"
          r"message)\b(?! (?:anymore|any more|again|ever|texts?|messages?)\b)", "I don't need the reminder, I'll be there"),
    sense("dont-reply-back", r"\b(?:dont|do not|no need to) (?:text|message|reply|respond|msg)\w* (?:me |us )?back\b",
          "don't text me back, I'll call you in 5"),
    sense("block-calls", r"\bblock\w* (?:spam |unknown |robo ?|scam |telemarketing |junk )?(?:calls|callers|robocalls|emails|popups|"
          r"pop ups|websites)\b", "how do I block spam calls on my phone"),
    sense("other-list", r"\b(?:off|out of|from) (?:the |this |your |my |our |his |her )?(?:pickup|pick up|waiting|wait|guest|invite|"
          r"invitation|attendance|class|team|volunteer|sign up|signup|sign in|signin|carpool|birthday|wedding|party|christmas|gift|"
          r"shopping|grocery|to do|todo|bucket|reading|supply|packing|prayer|wish|honou?r|substitute|sub|rotation|duty|dismissal|"
          r"bus|lunch|allergy|emergency contact|approved|authori[sz]ed|recital|performance|show|competition|tournament|concert|"
          r"meet|game|match|trip|camp|tryout|audition|cast|banquet|reunion|parade|ceremony|graduation) list\b", "take my son off the pickup list"),
    sense("unsubscribed-elsewhere", r"\bunsubscrib(?:ed|ing) (?:me )?from (?!(?:{DET} )*(?:\w+ )?(?:{MSGS}|list|lists|this|these|that|it|them|"
          r"you|your|ur|everything|all|sms|here)\b)\w+", "I unsubscribed from Netflix lol"),
    # Someone else's words reported: "he said stop texting me" is the other person's "me".
    mention("reported-speech-3p", r"\b(?:he|she|they|someone|somebody|my (?:\w+ )?(?:friend|mom|mum|mother|dad|father|sister|brother|"
            r"wife|husband|boss|ex|partner|roommate|kid|son|daughter|grandma|grandpa|aunt|uncle|cousin|coworker|colleague|girlfriend|"
            r"boyfriend|neighbou?r)) (?:said|says|texted|wrote|yelled|goes|went|replied|typed|keeps saying|kept saying|always says|"
            r"used to say|told (?:him|her|them|me))(?: to)? (?:stop|quit|dont|never|leave|lose|unsubscribe|"
            r"remove) (?:\w+ ){0,2}?(?:me|my)\b",
            "he said stop texting me to his ex lol", "my mom keeps saying stop texting me when I send memes"),
    mention("hypothetical", r"\bif (?:i|we) (?:\w+ )?(?:block|report|unsubscribe|stop|opt out|reply|cancel)\w*(?: \w+){0,4}? "
            r"(?:will|would|do|does|can|could|then|is|am)\b|^(?:would|will|does|do|can|could|should) (?:blocking|reporting|"
            r"unsubscribing|opting out|replying|texting back) |"
            # "do my points disappear if I unsubscribe?": the question comes first.
            r"^(?:do|does|will|would|can|could|is|are|am|should)\b(?: \w+){1,6}? if (?:i|we) (?:\w+ )?(?:unsubscribe|opt out|stop|"
            r"block|cancel|reply stop|text stop|quit)\w*(?: (?:them|it|these|the texts|now|here))?$",
            "if I block this number will I still get order updates?", "do my points disappear if I unsubscribe?"),
    sense("why-did-you", r"\b(?:why|how|when) (?:did|would|do|have|has) (?:you|u|yall|they|someone|somebody) (?:\w+ )?"
          r"(?:unsubscribe|remove|opt out|opt|stop|block|cancel|take)\w* (?:me|us|my \w+)\b", "I never said stop, why did you unsubscribe me?"),
    sense("negated-past", r"\b(?:wasnt|werent|arent|havent|hasnt|aint|hadnt) (?!you\b|u\b|yall\b|they\b)(?:\w+ ){0,3}?"
          r"(?:unsubscrib|opt\w* out|stop|cancel|remov)\w*", "i wasnt going to unsubscribe"),
)

PATTERNS = (*PATTERNS, *OPT_IN, *KEEP, *HELP, *SENSES)
