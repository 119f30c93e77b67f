"""Other senses of the words, and mentions of a keyword, that must not opt anybody out."""

from ingest.intent.patterns import keep, mention, sense

# What a sender does to settle what the business keeps asking for ("ill pay it", "ill come in").
_COMPLY = (r"(?:come|pay|book|go|do|call|be|get|fill|sign|swing|make|send|bring|take|finish|schedule|stop by|drop|submit|leave|"
           r"review|rate|answer|reply|respond|check|confirm|update|renew)")

PATTERNS = (
    # --- the word in another sense: cancels an opt-out match it overlaps -------------------------------------
    sense("stop-by", r"\bstop(?:ping|ped)? (?:by|in|over|at|off at|into|on by|for)\b", "can I stop by the office?"),
    sense("cant-stop", r"\b(?:cant|can not|cannot|couldnt|could not|never) stop (?:\w+ing|thinking|laughing|smiling)\b",
          "I can't stop smiling"),
    sense("place-stop", r"\b(?:bus|train|tram|pit|truck|rest|next|last|first|final|one|full|sign) stop\b", "the bus stop"),
    # a STOP the sender takes back ("ignore the STOP I sent, my phone glitched"): no request
    sense("stop-taken-back", r"\b(?:ignore|disregard) (?:the |my |that |this )?(?:last |earlier )?(?:stop|unsubscribe|opt out)\b(?: (?:i|we) (?:just )?"
          r"(?:sent|texted|typed))?", "ignore the STOP I sent"),
    sense("cancel-booking", r"\bcancel\w* (?:(?:my|the|our|this|that|your|an|a|his|her|tomorrow s|todays|today s|tomorrows|"
          r"next|for|it) )*(?:\w+ )?(?:order|orders|appointment|appointments|appt|reservation|booking|meeting|visit|delivery|"
          r"payment|card|flight|session|class|lesson|ride|trip|pickup|service call|consultation|cleaning|table|room|"
          r"tickets?|request|transfer|refill|prescription|shipment|exam|checkup|tour|event|plan|membership|warranty|policy|"
          r"contract|lease|hold|subscription box|box|insurance|coverage|trial|rx|script|wire|donations?|pledge|claim|return|"
          r"application|renewal|auto ?refills?|auto ?renew\w*|auto ?pay|auto ?ship)\b(?! (?:{MSGS}|texts?)\b)",
          "cancel my order", "please cancel tomorrow's appointment"),
    sense("end-of", r"\b(?:end|ends|ending|ended) (?:of|in|at|up|on|date|time|by|point)\b|\b(?:by|at|til|till|until) the end\b|"
          r"\bthe end of\b|"
          # how long a sale lasts: "is there an end to this promo or is it forever"
          r"\b(?:is there|any) (?:an )?end (?:date )?(?:to|for|on) (?:this|the|that|your) (?:promo|sale|deal|offer|discount|special|"
          r"pricing|price|coupon|code|promotion)\b(?! (?:texts?|msgs?|messages?)\b)",
          "by the end of the day", "is there an end to this promo or is it forever"),
    sense("quit-job", r"\bquit\w* (?:(?:my|his|her|the|their|our|your) )?(?:job|jobs|work|position|team|gym|club|smoking|"
          r"drinking|vaping|school|college|band|company|it all|playing)\b", "I quit my job"),
    sense("opt-out-other", r"\bopt(?:ed|ing)? ?(?:(?:me|us|him|her|them|my \w+) )?out of "
          # "this/that/it" names the texts only right after "out of": "opting out of the potluck this yr" is the potluck
          r"(?!(?:{DET} )*(?:\w+ )?(?:{MSGS}|list|lists|sms|the list|texting|messaging|texted|txted|contacted|messaged|spammed|marketed)\b)"
          r"(?!(?:this|these|that|it|them|everything|all|you|your|here|ur)\b)",
          "can I opt out of the extended warranty?",
          "opting out of the potluck", "opt me out of paper billing"),
    sense("other-channel", r"\b(?:stop|quit|no more|dont|do not|unsubscribe\w*|opt\w*(?: me| us)? out|cancel|end)\w* "
          # "stop this or I'm calling my lawyer": a threat, not another channel.
          r"(?!(?:it |this |that |now )?or (?:else|i|ill|im|i will|i am|we|well)\b)"
          r"(?:(?!texts?|sms|messages?|texting)\w+ ){0,3}?(?:sending |mailing |"
          r"from )?(?:me )?(?:to |at |on )?(?:{DET} )*(?:\w+ )?(?<!\bi )(?<!\bill )(?<!\bwe )(?<!\bwell )(?:emails?|e mails?|letters?|mail|mailings|paper \w+|catalogs?|catalogues?|calls?(?! list)|"
          r"calling|voicemails?|robocalls?|flyers?|postcards?|statements?|newsletters? by email)\b"
          r"(?! (?:by|via|over|through|as) (?:texts?|sms|text messages?|txt)\b)"
          r"(?!(?: lists?)? (?:and|or|n|nor|plus|or even|as well as) (?:(?:me|us|from) )?(?:{DET} )?(?:texting|texts?|sms|messag\w+|"
          r"txt\w*)\b)"
          r"(?: (?:from|off|out of|on) (?:(?:the|your|ur|this|my|all|all your) )?(?:\w+ )?(?:list|lists|database|system))?",
          "stop sending emails and just text me", "stop calling", "unsubscribe my old email from your list"),
    sense("other-app", r"\b{SEND}\w* (?:(?:me|us|him|her|them|anything|stuff) )?(?:on|via|through|over|in|thru|using) "
          r"(?:(?:the|my|your|ur) )?"
          r"(?:whatsapp|messenger|facebook|fb|instagram|insta|ig|telegram|signal|wechat|linkedin|snapchat|snap|twitter|"
          r"dms?|direct messages?|email|e mail|the app|your app|app)\b", "don't message me on WhatsApp, regular text is better"),
    sense("remove-from-other", r"\b(?:remove|take|drop|put|cross|scratch|strike|delete|erase|kick|pull|get|withdraw|delte|dlete|remvoe|remoce|rmove)\w* "
          r"(?:him|her|them|(?:me|us|my \w+)(?! (?:off|from|out of) (?:\w+ ){0,3}?(?:texts?|text messages|messages|msgs|sms|alerts|notifications|reminders|"
          r"updates|promos|marketing)\b)) "
          r"(?:off|from|out of) "
          r"(?:(?:the|my|this|that|our|his|her|your) )?(?:\w+ )?(?:waitlist|wait list|carpool|roster|team|group|class|schedule|"
          r"cart|order|event|appointment|reservation|meeting|potluck|trip|party|signup sheet|sheet|sign ?in sheet|sign ?up sheet|"
          r"website|web site|site|listing|flyer|poster|photo|picture|pic|form|lease|rota|chat|thread|account|slot|slots|contact sheet|cc|bcc|"
          r"authori[sz]ations?|raffle|drawing|contest|giveaway|lottery|sweepstakes|auction|competition|tournament|"
          r"email chain|email thread|petition|ballot|prayer list|birthday card|sympathy card|card|guest list|"
          r"shift|shifts|queue|lineup|speaker|speakerphone|hold|mute|auto ?pay|auto ?ship|auto ?renew\w*|auto ?refills?|paperless|"
          r"payroll|rotation|(?:pick ?up|guest|wait|waiting|carpool|volunteer|invite|"
          r"invitation|class|attendance|sign ?up|registration|emergency contact|grocery|shopping|wish|gift|bridal|party|"
          r"birthday|seating|dance|standby|approved pickup|authorized pickup|bus|car ?pool|car ?line|rider|dismissal|lunch|after ?school|"
          r"field trip|permission|allergy|tryout|camp|choir|band|snack|bake sale|raffle|attendee|reading|volunteer) list)\b|"
          # someone else's name off a list of anything but messages ("take his name off the robe list")
          r"\b(?:remove|take|drop|cross|scratch|strike|delete)\w* (?:him|her|them|(?:his|her|their) names?) (?:off|from) "
          r"(?:the|that|this|our) (?!(?:text|texting|sms|mailing|contact|call|calling|message|messaging|marketing|promo|promotional|"
          r"email|e mail|distribution|subscriber|subscription|customer|phone|number)\b)\w+ list\b",
          "please take him off the carpool list", "my dad quit the choir, take his name off the robe list", "remove me from the waitlist", "take my name off the pickup list",
          "scratch my name off the signup sheet"),
    # the business stopping, only supposed ("if you stop the texts I'll cry"; "if you don't stop" still demands it)
    sense("supposed-stop", r"(?<!\bappreciate it )(?<!\bappreciate )(?<!\blove it )(?<!\bgreat )(?<!\bnice )(?<!\bhappy )(?<!\bprefer it )"
          r"\bif (?:you|u|yall|you guys|they|ya) (?:ever |guys |all )?(?:stop|quit|end|cancel|discontinue)\w*\b"
          r"(?!(?: \w+){0,6} (?:thatd|itd|that would|it would|would|that will|will|would be) (?:be |really be |be so )?(?:great|nice|good|"
          r"appreciated|awesome|perfect|lovely|helpful|wonderful|amazing|ideal|best)\b)",
          "if you stop the texts I'll cry lol", "I'd riot if you ever ended the taco texts"),
    sense("cancel-last-message", r"\b(?:cancel|ignore|disregard|delete|scratch)\w* (?:that|my|the|this) (?:last |previous |earlier )?"
          r"(?:stop |unsubscribe |cancel |end |quit )?(?:message|text|msg|reply)\b", "cancel that last message, wrong chat",
          "disregard the stop message"),
    sense("keyword-noun", r"\b(?:the|that|my|this|a|an|your|ur) (?:stop|unsubscribe|opt out|end|cancel|quit|stopall) (?:confirmation|"
          r"notice|button|link|keyword|word|command|feature|option|number|code|process|policy|page|form|instructions|"
          r"deadline|window|period|slip|sheet|clause|checkbox|box)s?\b|"
          # "the STOP text I got from you": the text that said it
          r"\b(?:the|that|this|an?|your|ur) (?:stop|unsubscribe|opt out|end|cancel|quit|stopall) (?:text|txt|message|msg|email|"
          r"reminder|alert|notice)s? (?=(?:i|you|u|from|that|which|was|were|is|says|said|cut|cuts|got|has|had|came|looks|seems|"
          r"doesnt|didnt|isnt|wasnt)\b)|"
          # an opt-out form or deadline at the clause's start, followed by what is said of it
          r"^(?:opt out|unsubscribe) (?:deadline|form|slip|sheet|window|period|clause|checkbox|policy|process)s? "
          r"(?!(?:please|pls|plz|thanks|thank|thx|now|asap)\b)\w",
          "how come I got an unsubscribe confirmation?", "opt-out deadline for the field trip photos is Friday right?",
          "The STOP text I got from you earlier, was that a mistake?"),
    # a notice that tells of being unsubscribed: a removal told, as "you've been unsubscribed" is
    sense("unsubscribed-notice", r"\b(?:unsubscribed|opted out|unsubscription) (?:confirmation|notice|notification|message|msg|text|"
          r"txt|email|alert)s?\b", "why did I get an unsubscribed confirmation?"),
    sense("keyword-to-wrong", r"\b(?:replied|texted|txted|txt|msged|messaged|sent|typed|said|send|text|reply)\w* (?:\w+ )?(?:stop|unsubscribe|end|cancel|quit|"
          r"stopall) (?:to |on |in )?(?:the |a )?wrong (?:number|person|store|company|thread|chat|business|convo|conversation)\b",
          "I replied stop to the wrong number"),
    sense("reported-unsubscribed", r"\b(?:saying|says|said|shows|showing|claims|claiming|claimed) (?:that )?(?:i|we|my number|this number|"
          r"ive|i have|i had|id) (?:\w+ )?(?:unsubscribed|opted out|stopped|cancell?ed|canceled|been removed)\b|"
          r"\b(?:youve|you have|you ve|you were|youre|you are|uve|u ve|u have|u were|ur|u r|u are) (?:been |now )?(?:unsubscribed|opted out|removed)\b|"
          r"\b(?:account|app|profile|status|portal|it) (?:says|shows|said|showed|is showing|lists me as|shows me as|says im|says i am)"
          r"(?: as)? (?:unsubscribed|opted out|cancell?ed|canceled|inactive)\b",
          "I got a text saying I unsubscribed but I didn't", "You've been unsubscribed?? what, no"),
    sense("remove-item", r"\bremove\w* (?:(?:the|that|this|an|a|one|my) )?(?:\w+ )?(?:item|items|charge|fee|card|"
          r"from (?:my|the) (?:cart|order|bag|basket|account)|from cart)\b(?! (?:{MSGS}|texts?)\b)", "remove the extra item from my order"),
    sense("stop-charge", r"\bstop (?:(?:the|my|this|that|a) )?(?:payment|check|charge|charges|autopay|order|delivery|"
          r"shipment|transfer|draft|subscription box)\b(?! (?:texts?|text messages?|sms|txts?|messages?|msgs?)\b)|\bstop (?:getting |being )?(?:double |over ?|re )?(?:charged|billed|"
          r"penalized|fined|dinged)\b|\bstop (?:getting|paying|being charged) (?:\w+ )?(?:fees?|charges?|interest|penalties)\b",
          "how do I stop payment on a check", "how can I stop getting charged a late fee"),
    sense("stopped-getting", r"\b(?:stopped|ended) (?:getting|receiving|recieving|coming|arriving|showing up|working|"
          r"going through)\b|\b(?:texts?|messages?|alerts?|notifications?) (?:have |has |had |just )?(?:stopped|ended)\b",
          "I stopped getting texts, can you resend?"),
    sense("drop-off", r"\bdrop\w* (?:me|us|him|her|them|it) off\b(?! (?:the|your|this|ur|ya|all|these|that|of|from) "
          r"(?:\w+ )?(?:list|lists|texts?|messages|database|system))|\bdrop (?:me|us) (?:a|an) (?:\w+ )?(?:text|line|message|note|call|email|msg)\b",
          "drop me off at 5", "drop me a text when it's ready"),
    sense("want-to-keep", r"\b(?:dont|do not|never) (?:want|wish|wanna)\w* (?:{DET} )*(?:\w+ )?{MSGS} to (?:stop|end|go away)\b|"
          r"\b(?:dont|do not|never|wouldnt|hate to|would hate to) (?:want |wish |wanna |mean )?(?:to )?(?:miss|lose|stop getting|"
          r"stop receiving|unsubscribe|opt out|give up)\b", "I don't want to miss these texts", "I don't want these texts to stop"),
    sense("texting-while", r"\btext\w* (?:and|while|when|whilst|n) (?:driving|walking|eating|working)\b|"
          r"\btext\w* (?:while|when|whilst) (?:you|u|youre|you re|people|someone|ur) (?:are )?(?:drive|driving|walk|walking)\b",
          "stop texting while driving, everyone"),
    sense("was-unsubscribed", r"\b(?:did|have|was|am|were|are) (?:i|we) (?:\w+ )?(?:unsubscribe|unsubscribed|opt out|opted out|"
          r"get unsubscribed|removed)\b|\b(?:why|how|when) (?:did|was|were|have|has) (?:i|we|my \w+|this number) (?:get |been |gotten )?"
          r"(?:unsubscribed|removed|opted out)\b|\b(?:someone|somebody|you|u|you guys|it|they) (?:\w+ )?(?:unsubscribed|removed|"
          r"opted) (?:me|us|my \w+)\b|\b(?:i|we|my number) (?:was|were|got|have been|ve been|been|has been) (?:\w+ )?"
          r"(?:unsubscribed|removed|opted out)\b", "Why did I get unsubscribed?", "I was unsubscribed without asking"),
    sense("you-stopped", r"\b(?:did|have|has|why did|why have|whyd|when did) (?:you|u|yall|you guys|ya|they|y all|the \w+) (?:\w+ )?"
          r"(?:stop|stopped|quit|end|ended|cancel|cancell?ed|canceled|pause|paused)\b|"
          r"(?<!\bappreciate it if )(?<!\bappreciate if )(?<!\bgreat if )(?<!\bnice if )(?<!\bbetter if )(?<!\bprefer if )(?<!\bprefer it if )"
          r"(?<!\bwish )(?<!\bcan )(?<!\bcould )(?<!\bwould )(?<!\bwill )(?<!\bhavent )(?<!\bhasnt )(?<!\buntil )(?<!\btill )(?<!\bunless )(?<!\bonce )"
          r"(?<!\bif )"  # supposed, not told: read by supposed-stop
          r"\b(?:you|u|yall|you guys|they) (?:just |all of a sudden |suddenly )?"
          r"(?:stopped|quit(?<!\bthat you quit)(?<!\btold you quit)(?<!\bthank you quit)(?<!\basked you quit)(?<!\bthat u quit)"
          r"(?<!\btold u quit)|ended|cancell?ed|canceled|paused) (?:sending|texting|messaging|the|my|our|your|all|those|these)\b",
          "did you stop sending them?", "you stopped sending me the codes :("),
    sense("he-was-unsubscribed", r"\b(?:he|she|they|hed|shed|theyd|hes|shes|theyve|theyre) (?:\w+ )?(?:been |got |gotten |was |were )?"
          r"(?:unsubscribed|removed|opted out)\b"
          # ... and what he left: "my bf said he unsubscribed from ur texts and now he missed the sale"
          r"(?: (?:from|of|off) (?:{DET} )*(?:\w+ )?(?:{MSGS}|list|lists)\b)?",
          "Dad says he got a text saying he'd been unsubscribed?", "my bf said he unsubscribed from ur texts lol"),
    sense("unsubscribe-other", r"\bunsubscrib\w* (?:(?:me|us|him|her|them|my \w+|our \w+) )?from (?:(?:the|my|your|his|her|their|a|that|this) )?"
          r"(?:(?!texts?\b|sms\b|text\b|{MSGS}\b|and\b|or\b|n\b)\w+ ){0,4}?(?:app|apps|channel|podcast|magazine|newspaper|youtube|netflix|hulu|spotify|disney|"
          r"hbo|streaming|box|boxes|crate|crates|club|kit|kits|shipments?|deliveries|refills?|auto ?ship\w*|auto ?refills?|"
          r"auto ?renew\w*|auto ?pay|class|classes|course|courses|lessons?|camp|league|tutoring|daycare|wait ?list|waiting list|"
          r"(?:school|tutoring|reading|summer|swim|fitness|training|meal|diet|weight loss|coaching|mentoring|sports|music|art|"
          r"dance|soccer|after care|aftercare) program)\b(?! (?:{MSGS}|texts?)\b)", "I unsubscribed from Netflix lol",
          "unsubscribe me from the monthly coffee box", "unsubscribe me from the wine club shipments"),
    # "take me off the list for the puppy litter": a waiting list for a thing, not the texting list.
    sense("list-for-thing", r"\b(?:take|get|put|remove|drop|cross|scratch|strike|delete)\w* (?:me|us|him|her|them|my \w+) "
          r"(?:off|from) (?:the|your|this|that|our) (?:\w+ )?list for (?=(?:the|a|an|my|our|next|this|that|his|her) )\w+ "
          r"(?!(?:\w+ ){0,2}?(?:{MSGS}|texts?|text|sms|list|love|rest|time)\b)", "please take me off the list for the puppy litter"),
    # A wrong number that is a quantity, an address or a number on the sender's own order or file, not this phone's owner.
    sense("wrong-number-of-thing", r"\bwrong (?:number|amount|count) of \w+|"
          r"\bwrong (?:\w+ )?(?:number|#|num)s? (?:on|in|for|from) (?:my|our|his|her|mine) (?:\w+ )?(?:order|orders|address|invoice|"
          r"receipt|bill|package|label|ticket|reservation|booking|delivery|shipment|prescription|rx|form|application|callback|"
          r"call back|profile|account|file|record|records|check|envelope|box|confirmation|appointment|listing|paperwork|chart)\b|"
          r"\bwrong (?:\w+ )?(?:number|#|num) (?:on|in|for) (?:the|this|that) (?:\w+ )?(?:address|label|package|envelope|"
          r"invoice|receipt)\b|"
          r"\bwrong (?:tracking|order|confirmation|reference|ref|model|part|serial|room|flight|gate|seat|zip|policy|member|"
          r"routing|account|house|street|apt|apartment|unit|suite|invoice|case|ticket|claim|pin|lot|item|sku|style|check|table|"
          r"locker|pump|lane|door|dock|store|building|bus|route) (?:number|#|num)s?\b",
          "you have the wrong number on my order", "wrong number in the address", "wrong number of items in my bag"),
    # "the car is dead", "this deal is dead": a thing, not the phone's owner.
    sense("thing-dead", r"\b(?:car|truck|van|battery|batteries|batt|phone|fone|phne|pone|phn|cel|cell|laptop|computer|tablet|ipad|deal|offer|code|"
          r"coupon|promo|sale|link|app|site|website|wifi|internet|engine|printer|tv|remote|plant|plants|mower|charger|idea|"
          r"project|power|light|lights|bulb|fridge|ac|heater|furnace|generator|motor|mic|speaker|headphones|airpods|watch|"
          r"keyboard|mouse|router|modem|cable|outlet|mall|store|party|market|season|trend|chat|group|thread|bike|scooter|"
          r"tablet|kindle|camera|drill|vacuum|roomba|lawnmower|dryer|washer|dishwasher|oven|stove|tree|flowers|lawn|grass|"
          r"(?:old|other|previous|former|work) (?:one|number|phone|line|cell|sim|account|email))s? "
          r"(?:(?:is|was|are|were|went|s|just|totally|completely|basically|pretty much|officially|kinda|so|already|now|still) )*dead\b",
          "the car is dead, can we push to 3?", "this deal is dead, the code doesn't work"),
    # "my phone keeps blocking your texts": the device blocks them, the sender does not ask to.
    sense("device-blocking", r"\b(?:phone|iphone|android|samsung|pixel|carrier|app|filter|spam filter|settings?|verizon|att|"
          r"t mobile|tmobile|sprint|cricket|provider)s? (?:(?:keeps|kept|keep|started|starts|seems to be|must be|might be|has been|"
          r"have been|auto|automatically|somehow|accidentally) )?(?:blocking|filtering|hiding|muting|blocked|filtered|muted|"
          r"hid|junking) (?:your|the|these|my|all|ur|them|those)\b|"
          r"\b(?:phone|iphone|android|samsung|pixel|carrier|app|filter|spam filter|verizon|att|t mobile|tmobile|provider)s? "
          r"(?:(?:keeps|kept|always|automatically|auto|somehow|just) )?(?:flags?|flagged|marks?|marked|labels?|labeled|labelled|"
          r"puts?|sends?|sent|moves?|moved|filters?|filtered) (?:you|u|this|these|them|it|your (?:\w+ )?(?:texts?|messages?|number))"
          r"(?: (?:as|to|into|in))? (?:spam|junk)\b",
          "my phone keeps blocking your texts, how do I fix it?", "my phone flags you as spam but I want these"),
    # "the unsubscribe button on your site is broken": the button of another channel, not a request.
    sense("unsubscribe-ui", r"\b(?:unsubscribe|opt out) (?:button|link|page|option|form|tab) (?:on|in|at|of) (?:your|the|ur) "
          r"(?:web ?site|site|emails?|e mails?|newsletters?|app|account page|portal)\b|\b(?:button|link|page|option) to "
          r"(?:unsubscribe|opt out) (?:from|of) (?:your|the|ur) (?:emails?|e mails?|newsletters?|mailing list)\b",
          "the unsubscribe button on your site is broken"),
    # "remove me as admin": a role, not the texts.
    # "she died of laughter", "I'm dying laughing": no death.
    sense("died-laughing", r"\b(?:died|dead|dying|die) (?:of|from) (?:laughter|laughing|embarrassment|boredom|cuteness|shock|"
          r"excitement|happiness|jealousy|envy)\b|\b(?:died|dying|dead) (?:laughing|lol)\b",
          "she died of laughter at your text"),
    # "You have the wrong number for my husband on file, it's 555-0134": a number to correct, not a wrong-number notice.
    sense("wrong-number-on-file", r"\bwrong (?:\w+ )?(?:number|#) for (?:my|our|his|her) (?!(?:phone|cell|number|mobile)\b)\w+\b|"
          r"\bwrong (?:\w+ )?number\b(?: \w+){0,8}? (?:its|it is|should be|the (?:right|correct) one is|correct one is|"
          r"new one is) (?:\d|my)",
          "you have the wrong number for my husband on file"),
    # "I texted stop to my ex, not you lol": the keyword went to someone else.
    sense("keyword-to-someone-else", r"\b(?:texted|sent|said|replied|wrote|typed) (?:stop|end|quit|unsubscribe|cancel) to (?:my|a|another|some) "
          r"(?!(?:\w+ )?(?:number|texts?|messages?|you|yall|this|these|list|line)\b)\w+",
          "I texted stop to my ex, not you"),
    # "This is the wrong number for billing questions, right?": asks where to write, no notice.
    sense("wrong-number-for-purpose", r"\bwrong (?:number|#|line) (?:for|to (?:call|text|reach) for) (?:billing|support|questions|"
          r"appointments|orders|returns|refunds|customer service|the \w+ (?:department|office|desk|line|team))\b",
          "this is the wrong number for billing questions, right?"),
    # "I blocked the spam number that keeps texting about my car warranty": another number, blocked on the phone.
    sense("blocked-other-number", r"\b(?:blocked|reported|block|report) (?:the|that|a|some|this other|another) (?:\w+ )?(?:number|caller|"
          r"scammer|spammer|bot)s? (?:that|who|which)\b(?: \w+){0,6}",
          "I blocked the spam number that keeps texting about my car warranty"),
    # "How do I make the notifications stop buzzing at night?": the sound, not the texts.
    sense("stop-the-sound", r"\b(?:make|get|have) (?:the |my |your |these |those )?(?:\w+ )?(?:notifications?|alerts?|texts?|phone|"
          r"messages?) stop (?:buzzing|ringing|beeping|vibrating|dinging|making noise|lighting up)\b|"
          r"\bstop (?:buzzing|ringing|beeping|vibrating|dinging)\b(?! me\b)",
          "how do I make the notifications stop buzzing at night"),
    # "take my email off your list": the e-mail list, not the texts.
    sense("email-off-list", r"\b(?:my|the|this) (?:e ?mail|email address|e mail address|mailing address|home address|address) "
          r"(?:off|from|out of) (?:your|the|this|ur|all) (?:\w+ )?(?:list|lists|database|system)\b",
          "take my email off your list"),
    sense("remove-as-role", r"\b(?:remove|delete|drop|take|unlist)\w* (?:me|us|him|her|them|my (?:\w+ )?(?:name|husband|wife|son|"
          r"daughter|mom|dad|ex|partner)) (?:off )?as (?:a |an |the |my |his |her |our )?(?!(?:text |sms |texting )?(?:subscriber|recipient)s?\b)(?:\w+ )?(?:admins?|administrator|owner|"
          r"user|authorized user|co ?signer|guarantor|emergency contact|beneficiary|member|manager|moderator|driver|payer|"
          r"account holder|host|organizer|signer|point of contact|primary|secondary|approver|reference|dependent)\b",
          "remove me as admin on the team page", "remove my ex as an authorized user"),
    # "turn off notifications in the app": push notifications of an app, not the texts.
    sense("app-notifications", r"\b(?:turn|switch|shut|stop|disable|mute|block|silence|kill)\w* (?:off )?(?:(?:the|all|my|your|ur|those|these) )?"
          r"(?:(?:push|app|in app|email|e mail|browser|web|desktop|facebook|fb|instagram|insta|whatsapp|ios|android) )?notifications? "
          r"(?:(?:in|on|from|for|of) (?:the|your|ur|my|this) (?:\w+ )?(?:app|browser|website|site|watch)|in app)\b"
          r"(?! (?:and|or|plus|n|as well as) (?:the |your |ur |all |my )?(?:texts?|sms|text messages?|texting)\b)|"
          r"\b(?:turn|switch|shut|stop|disable|mute|block|silence|kill)\w* (?:off )?(?:(?:the|all|my|your|ur|those|these) )?"
          r"(?:push|app|in app|email|e mail|browser|web|desktop) notifications?\b"
          r"(?! (?:and|or|plus|n|as well as) (?:the |your |ur |all |my )?(?:texts?|sms|text messages?|texting)\b)",
          "how do I turn off notifications in the app", "turn off push notifications but keep sms"),
    # "a cease and desist letter came from the HOA": a letter between other people.
    sense("cease-and-desist-other", r"\bcease and desist (?:letters? |orders? |notices? )?(?:(?:arrived|came|showed up|just came) )?from "
          r"(?:the|my|our|a|an|his|her) (?:\w+ )?(?:hoa|landlord|neighbou?rs?|city|county|town|ex|employer|boss|school|association|"
          r"board|competitor|bank|tenants?|builder|contractor|band|label|studio)\b|"
          r"\b(?:hoa|landlord|neighbou?rs?|city|county|ex|employer|competitor|school|tenants?)s? (?:\w+ ){0,2}?(?:sent|served|gave|issued|"
          r"filed|mailed) (?:me|us|him|her|them) (?:a |an |with a )?cease and desist\b",
          "cease and desist letter arrived from the HOA", "my landlord sent me a cease and desist"),
    # "how do I stop getting texts from Verizon?": texts of another sender.
    sense("texts-from-others", r"\b(?:stop|block|quit|end|avoid|filter)\w* (?:(?:getting|receiving|all|the|those|these) )*(?:\w+ )?"
          r"(?:texts?|messages?|calls|spam|robocalls|robotexts) from (?:(?:my|the|all|those|these|random|other|unknown|fake) )*"
          r"(?:verizon|att|t mobile|tmobile|sprint|cricket|carrier|provider|scammers?|spammers?|numbers|strangers|campaigns?|"
          r"politicians?|candidates?|companies|stores|businesses|brands|ex|bank|amazon|usps|ups|fedex|apple|google|group chats?|"
          r"people i dont know|everyone else)\b", "how do I stop getting texts from Verizon?"),
    # "I blocked you by accident, unblocked now": undone, not a request.
    sense("blocked-by-mistake", r"\bblock\w* (?:you|u|this number|your number|you guys|yall) {MISTAKE}|"
          r"\b(?:accidentally|accidently|mistakenly) block\w* (?:you|u|this number|your number|you guys|yall)\b|"
          r"\bunblock\w* (?:you|u|this number|your number|you guys|yall)\b", "I blocked you by accident!! unblocked now"),
    # "I don't have this number saved": the sender asks who writes, the number is theirs.
    sense("number-not-saved", r"\b(?:this|that|your|ur|the) (?:number|num|contact) (?:saved|stored|in my phone|in my contacts)\b", "who is this? I don't have this number saved"),
    # "take me off the 9am and put me on the 11": a time slot or day of a schedule.
    sense("take-off-slot", r"\b(?:take|get|put|remove|drop|move|switch|bump|pull|scratch)\w* (?:me|us|him|her|them|my \w+) "
          r"(?:off|from|out of) (?:(?:the|my|our|his|her|this|that|next|tomorrows|todays) )?(?:\d{1,2}(?:am|pm)?|\d{1,2} (?:am|pm|oclock)|"
          r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|morning|afternoon|evening|night|early|late|weekend|noon)\b"
          r"(?! (?:\w+ )?(?:{MSGS}|texts?|text|list|lists)\b)", "Take me off the 9am and put me on the 11"),
    # "block the number that keeps calling from your store": a caller to block, not this thread.
    sense("block-caller", r"\bblock\w* (?:the|that|a|an) (?:\w+ )?number (?:that|who|which|thats) (?:\w+ ){0,2}?"
          r"(?:calling|calls|called|ringing|scam\w*|spoof\w*|pretend\w*|impersonat\w*)\b",
          "please block the number that keeps calling from your store"),
    sense("es:baja-otro", r"\bde baja (?:del|de la|de mi|en el|en la) (?!lista|servicio de mensajes|mensajes|sms|envio|base)\w+",
          "me di de baja del gimnasio"),
    sense("someone-else-did", r"\b(?:my|his|her|our) (?:\w+ )?(?:friend|wife|husband|mom|mum|dad|son|daughter|sister|brother|partner|"
          r"roommate|coworker|boss|neighbou?r)s? (?:already |just |also )?(?:unsubscribed|opted out|stopped|unsubscribe)\b|"
          r"\b(?:he|she|they) (?:already |just |also )?(?:unsubscribed|opted out)\b", "my friend unsubscribed, I didn't"),
    sense("leave-me-out", r"\bleave (?:me|us) out of (?!(?:{DET} )*(?:\w+ )?(?:{MSGS}|list|lists|this|it|these|them)\b)",
          "leave me out of the group chat drama lol"),
    sense("dont-stop", r"\b(?:dont|do not|never|please dont|pls dont) (?:ever )?stop\b(?! (?:texting|messaging|sending)"
          r" (?:me )?\w* ?(?:please )?$)", "don't stop the texts"),
    sense("not-that-i-dont", r"\bnot that (?:i|we) (?:really )?(?:dont|do not|didnt|wouldnt|cant|hate|mind|dislike)\b",
          "not that I don't like the texts, but can they be shorter"),
    sense("never-said", r"\b(?:never|didnt|did not|not once|nobody|no one|noone) (?:said|say|asked|ask|told you|mentioned)\w* "
          r"(?:anything |that |you )?(?:about )?(?:i |we )?(?:wanted |want |wanna |would like |was going )?(?:to )?"
          r"(?:unsubscrib\w*|stop\w*|opt\w* out|be removed|being removed|cancel\w*|quit\w*|remove\w*)\b",
          "Never said I wanted to unsubscribe", "nobody asked you to stop lol"),
    sense("send-goods", r"\b(?:stop|quit|cease)\w{0,3} (?:send|sending|ship|shipping|deliver|delivering|mail|mailing)\w* "
          r"(?!me\b|us\b)(?:(?:the|my|our|his|her|any|these|those|this|that|all|more) )?(?:\w+ )?(?:packages?|parcels?|orders?|"
          r"boxes|box|refills?|prescriptions?|meds|medications?|samples?|invoices?|bills?|catalogs?|magazines?|shipments?|"
          r"deliveries|items?|products?|supplies|flowers|food|checks?|cards?|technicians?|techs?|drivers?|crews?|volunteers?|"
          r"canvassers?|people|someone|somebody|anyone|anybody|reps?|representatives?|salespeople|agents?|inspectors?|workers?)\b"
          r"(?! (?:{MSGS}|confirmations?|status|info)\b)|"
          # goods sent to a person ("stop sending me chocolate", "my grandma says stop sending her flowers")
          r"\b(?:stop|quit|cease)\w{0,3} (?:send|sending|ship|shipping|deliver|delivering|mail|mailing)\w* (?:me|us|her|him|them) "
          r"(?:(?:the|any|more|all|those|these|so many) )?(?:\w+ )?(?:packages?|parcels?|boxes|samples?|catalogs?|magazines?|flowers|"
          r"food|chocolates?|candy|candies|cookies|cakes?|gifts?|products?|shipments?|deliveries|refills?|prescriptions?|meds|"
          r"checks?|free stuff|freebies|swag)\b(?! (?:(?:and|or|n|&) )?(?:{MSGS}|pics?|pictures?|photos?|links?|coupons?)\b)",
          "stop sending the package to my old address", "can you stop sending my refills to the other pharmacy",
          "my grandma says stop sending her chocolate"),
    sense("leave-texts-alone", r"\bleave (?:my|the|our) (?:\w+ )?(?:{MSGS}|subscription|settings) (?:alone|as is|as they are|on|be)\b",
          "opt out of the emails but leave my texts alone"),
    sense("out-of-stock", r"\b(?:no more|none of the|no) (?:\w+ ){1,2}?(?:left|in stock|available|remaining|on the shel(?:f|ves)|"
          r"at the store|in store|in the store|at (?:your|the) \w+ (?:store|location|shop))\b",
          "no more coupons left at the store"),
    sense("from-the-text", r"\b(?:code|coupon|link|offer|deal|discount|price|picture|photo|pic|url|time|date|item|voucher)s? (?:\w+ )?"
          r"(?:from|in|on) (?:the |your |ur |this |that |yall |ya )?(?:\w+ )?(?:texts?|messages?|msgs?)\b",
          "the promo code from your text didn't work"),
    sense("count-me-out-of", r"\bcount (?:me|us) out (?:for|of|on|from) (?!(?:{DET} )*(?:\w+ )?(?:{MSGS}|list|lists|this|these|"
          r"that|them|it|everything|all|sms|you|your|here|ur)\b)", "count me out for the picnic"),
    sense("power-cycle", r"\b(?:turn|switch|shut|power)\w* (?:(?:it|this|that|them|the \w+) )?off and (?:back )?on\b|"
          r"\boff and (?:back )?on again\b", "turn it off and on again"),
    # --- a keyword mentioned, quoted or asked about: cancels every opt-out of its clause -------------------------
    mention("reply-instruction", r"\b(?:reply|replying|respond|text|txt|send|type|msg|rply|repy|rpy|replly|reoly|rely) (?:with )?(?:the word )?(?:stop|end|"
            r"quit|cancel|unsubscribe|stopall|help|start|baja|arret|stopp|sair|alto) (?:to|para|pour|per|um|and|if|at)\b|"
            r"\b(?:reply|text|txt|send|rply|repy|rpy|replly|reoly|rely) (?:stop|end|quit|cancel|unsubscribe|stopall) (?:to )?(?:opt out|unsubscribe|end|"
            r"cancel|stop)\b|\bmsg (?:and|&) data rates\b|\bmsg frequency varies\b|"
            # a phone menu's instruction ("press 9 to opt out")
            r"\b(?:press|pressed|dial|hit) (?:\d|one|two|nine|star|pound) (?:to|for) (?:opt out|unsubscribe|stop|remove|be removed|cancel)\b",
            "Reply STOP to opt out", "Text STOP to unsubscribe", "the recording said press 9 to opt out"),
    mention("keyword-question", r"^(?:does|do|will|would|can|could|should|is|if|what if|so if|and if|wait if) (?:i |we |you )?"
            r"(?:reply|replying|text|texting|send|sending|type|typing|say|saying|respond|responding|write)\w* (?:back )?"
            r"(?:with )?(?:stop|end|quit|cancel|unsubscribe|stopall|arret|baja)\b|"
            r"\b(?:what|wat|wut|whut) (?:does|dose|do|will|would|happens (?:if|when)|happns (?:if|when)|is) "
            r"(?:(?:replying|texting|sending|typing|a|the|reply|replyin|rply|rely|repy|txting|txt|text|ur|your) ){0,2}"
            r"(?:stop|end|quit|cancel|unsubscribe|stopall|opt out|unsubscribing)\b|\b(?:what|wat|wut) (?:happens|happns|happends) (?:if|when)\b|"
            r"^(?:does|will|would|is) (?:stop|stopall|unsubscribe|end|quit|cancel|opting out|unsubscribing)\b|"
            r"^do (?:stop|stopall|unsubscribe|end|quit|cancel|opting out|unsubscribing)\b"
            r"(?! (?:{SEND}|it|this|that|these|them|now|already|please|pls|me|us)\b)|"  # not "do stop texting me"
            r"\bif i (?:\w+ )?(?:stop|unsubscribe|opt out|cancel)\w* (?:will|do|would|can|does|then)\b|"
            r"^(?:will|would|does|do|am|is) (?:i|we|my \w+|this number) (?:\w+ )?(?:be|get|still be) (?:removed|unsubscribed|"
            r"taken off|opted out)\b|"
            # "What's STOPALL": a keyword asked about by name
            r"^(?:so |um |wait )?(?:whats|what is|wats|whats the|what is the) (?:stop|stopall|stop all|unsubscribe|unsub|opt out|optout|"
            r"revoke|unstop)(?: (?:thing|keyword|command|option|button|for|about))?$",
            "if I text STOP do I lose my rewards?", "what does STOP do?", "does STOP also stop the order updates?"),
    mention("hypothetical-keyword", r"\b(?:if|even if|suppose|supposing|say) (?:i|we|you|u|someone|somebody) (?:ever |just |accidentally )?"
            r"(?:said|say|says|reply|replied|replies|text|texted|texts|send|sent|type|typed|respond|responded|hit|answer|answered)"
            r" (?:back )?(?:with )?(?:stop|end|quit|cancel|unsubscribe|stopall)\b(?! (?:again|one more time|twice|already)\b)",
            "hypothetically if I said stop, would my order still ship?"),
    mention("keyword-does", r"(?:^|\b(?:work|works|mean|means|happen|happens) )(?:does|do|would) (?:it|that|this) (?:also |only |just |still )?(?:stop|end|cancel|unsubscribe|"
            r"block|turn off|remove)\b", "does it stop all your texts or just the promos?"),
    # A quoted footer of some message ("'unsubscribe at the link below' is it legit?").
    mention("unsubscribe-footer", r"\bunsubscribe (?:at|using|via|with|through) (?:the |this )?(?:link|url)\b|"
            r"\bclick (?:here |the link |below )?to unsubscribe\b|\bto unsubscribe (?:click|visit|go to|tap)\b",
            'my friend got this: "unsubscribe at the link below" is it legit?'),
    mention("who-said", r"\bwho (?:said|asked|mentioned) (?:anything|something|a thing|one word) about\b|"
            # "who told u 2 stop sending me the coupons": nobody did
            r"\bwho (?:told|asked|said to|wanted) (?:you|u|yall|ya|you guys|u guys) (?:to )?(?:stop|quit|end|cancel|remove|unsubscribe|opt)\b",
            "who said anything about unsubscribing?", "who told u to stop sending me the coupons"),
    mention("if-clause", r"^(?:if|even if|what if|so if|and if|but if|once|say|suppose) (?:i|we|my \w+) (?:(?!could|can|may|might|would)\w+ )?"
            r"(?:opt out|opted out|unsubscribe|unsubscribed|unsub|stop|stopped|cancel|cancell?ed|canceled|quit)"
            r"(?: (?:now|today|later|the texts|these|them|it|from (?:\w+ )?\w+))?$", "If I opt out, do I still get the receipts?"),
    mention("someone-else-question", r"\b(?:can|could|does|do|will|would|should|how (?:can|do|does)) (?:my|his|her|our) (?:\w+ )?"
            r"(?:husband|wife|partner|son|daughter|mom|mum|dad|kid|kids|roommate|family|spouse|boyfriend|girlfriend|brother|sister)"
            r" (?:\w+ )?(?:opt out|unsubscribe|stop|be removed|get removed|cancel)\b", "Can my husband opt out and I stay in?"),
    mention("tapback", r"^(?:liked|loved|laughed at|emphasized|emphasised|questioned|disliked|hearted|reacted \w+ to|"
            r"reacted to|removed a (?:like|heart|laugh|reaction) from)\b", 'Liked "Reply STOP to opt out"'),
    mention("keyword-explained", r"\bdifference between\b|\bwhats the difference\b|\bmeaning of\b|\bwhat(?: does|s| do) (?:\w+ ){1,2}?mean\b|"
            r"\b(?:unsubscribe|opt out|stop) from what\b|\b(?:my|his|her) (?:husband|wife|partner|son|daughter|mom|dad|"
            r"roommate|boss|friend|sister|brother|mother|father|mum|grandma|grandpa|kid|kids|spouse|boyfriend|girlfriend) (?:(?:wants|wanted|asked|would like|is trying) to (?:unsubscribe|stop|opt out|cancel)|wants (?:off|out))\b"
            r"(?!(?: getting| receiving)? (?:{DET} )*(?:\w+ )?(?:{MSGS}|texts?) (?:on|to|at|sent to) (?:this|my|her|his|our) "
            r"(?:number|phone|cell|line)\b)|"
            r"\bi (?:told|asked) (?:my|his|her|the|our) \w+ (?:to )?(?:stop|quit)\b|"
            # the keyword named as a word of a text: 'the word "unsubscribe" in your text is a broken link'
            r"\b(?:the|that|this) (?:word|term|keyword) (?:stop|unsubscribe|opt out|end|cancel|quit|stopall|remove)\b"
            r"(?= (?:in|on|at|is|was|looks|seems|has|shows|doesnt|does not|isnt)\b)",
            "what's the difference between STOP and STOPALL?", 'The word "unsubscribe" in your text is a broken link btw'),
    mention("without-opting-out", r"\bwithout (?:unsubscrib|opting out|stopping|cancel|ending|being removed)\w*",
            "is there a way to get fewer texts without unsubscribing?"),
    # (not English "via email"; not a clause that also refuses the SMS: "nicht per SMS", "ni par SMS ni par telephone")
    # "How would I unsubscribe if I wanted to", "who would ever unsubscribe from this": supposed or rhetorical, no request.
    mention("supposed-or-rhetorical", r"\bif (?:i|we) (?:ever )?(?:wanted|wish|wished|decided?|chose|choose) to\b|"
            r"\b(?:i|we) (?:might|may|could|will probably|probably will) (?:\w+ )?(?:unsubscribe|opt out|unsub|stop)\w*(?: \w+){0,3}? "
            r"(?:someday|some day|one day|eventually|at some point|not today|not yet|in the future)\b|"
            r"^(?:\w+ )?(?:who|why) (?:would|could) (?:ever |anyone |anybody |you )*(?:want to )?(?:unsubscribe|opt out|stop|"
            r"quit|cancel|leave)\b",
            "how would I unsubscribe if I wanted to", "who would ever unsubscribe from this"),
    mention("other-channel-foreign", r"^(?!.*\b(?:nur noch|ab jetzt nur|kunftig nur|in zukunft nur|uniquement|seulement|desormais|"
            r"dorenavant|soltanto|unicamente|somente|apenas|de ahora en adelante|d ora in poi|da ora in poi)\b)"
            r"(?!.*\b(?:(?:nicht|ni|ne|pas|no|nao|non|nem|statt|anstatt|au lieu de|en vez de|em vez de|"
            r"invece di|kein|keine|keinen|sans|sin|sem|senza|plus de|nada de|niente) (?:(?:per|par|por|pelo|via|de|des|mehr|mas|"
            r"mais|piu) )?(?:sms|texto|textos|messages?|mensajes?|mensagens?|messaggi|nachrichten)\b))"
            r".*?(?:\b(?:por|par|per|pelo|pela) (?:correo|email|e mail|mail|courrier|posta|post|carta|"
            r"lettre|brief|telefono|telephone|telefone)\b|\bvia (?:correo|courrier|posta|carta|lettre|brief|telefono|telefone)\b|"
            r"\bmejor por (?:mensaje|sms|texto)\b)",
            "no me mandes la factura por correo, mejor por mensaje"),
    mention("reported-speech", r"\b(?:my|the) (?:\w+ )?(?:told|said|asked|keeps telling|keep telling|kept telling|keep saying|"
            r"keeps saying|always tell|always tells|says) (?:me )?(?:to )?(?:stop|quit|cancel|end|"
            r"unsubscribe|opt out|block)\b(?! (?:these|the|your|texting|sending|messaging|getting|receiving|them|you|u|this|her|him)\b|"
            r" from (?:{DET} )*(?:\w+ )?(?:{MSGS}|you|this|these|them|it|here)\b)", "my boss told me to stop",
            "my boss keeps telling me to unsubscribe from everything"),
    # --- round 8: other senses found by reading the English opt-out rules ------------------------------------------
    # The sender will stop writing to the business: "I'll stop texting you now", "I'll quit bugging you about the refund".
    sense("sender-stops-writing", r"\b(?:stop|quit)\w{0,3} (?:{SEND}\w*) (?:you|u|yall|ya|you guys)\b|"
          r"\b(?:ill|i will|i ll|im gonna|im going to|i am going to|i can|we will|well) (?:just |now |go ahead and )?(?:stop|quit)\w{0,3} "
          r"(?:{SEND}\w*) (?:this (?:number|line)|here)\b|"
          r"\b(?:im going to|im gonna|i am going to|ill|i will|i ll|let me|ima|i should|i better) (?:just )?(?:stop|quit) (?:texting|messaging)\b(?! (?:me|us)\b)",
          "I'll stop texting you now", "ok I'll quit bugging you about the refund"),
    # "We had to stop sending our dog to daycare": a pet or a child sent somewhere.
    sense("send-someone-to", r"\bsen(?:d|ding|t) (?:my|our|his|her|the) (?:\w+ )?(?:dog|dogs|cat|cats|pet|pets|puppy|kid|kids|son|"
          r"daughter|children|child|boy|girl|boys|girls|husband|wife|mom|dad) (?:to|over|in)\b", "we had to stop sending our dog to daycare"),
    # "Cancel the last update I sent", "cancel the offer I accepted": what the sender sent or took.
    sense("msg-the-sender-sent", r"\b(?:update|message|text|msg|offer|deal|coupon|promo|reminder)s? (?:that )?(?:i|we) (?:just )?"
          r"(?:sent|texted|wrote|accepted|made|took|used)\b", "can you cancel the last update I sent"),
    # "You ended the promo early?", "did you scrap the Tuesday deals?": the business ended an offer.
    sense("you-ended-promo", r"\b(?:(?:you|u|yall|you guys|they|the store|the app|the shop) (?:just )?(?:ended|cancell?ed|discontinued|"
          r"scrapped|ditched|dropped|killed|stopped|pulled|axed|nixed|got rid of)|did (?:you|u|yall|you guys|they|the store|the app) "
          r"(?:guys )?(?:end|cancel|discontinue|scrap|ditch|drop|kill|stop|pull|axe|nix|get rid of)) (?:the |your |that |this |those |"
          r"these |all the |all )?(?:\w+ ){0,2}?(?:promo|promos|promotion|deal|deals|offer|offers|coupon|coupons|sale|special|specials|"
          r"discount|discounts)\b(?! (?:texts?|messages?|msgs?|sms|alerts?|emails?)\b)", "you ended the promo early??",
          "did you scrap the Tuesday deals?"),
    sense("clip-coupon", r"\b(?:cut\w* out|clip\w*(?: out)?) (?:the |a |that |this |your |those |these )?(?:\w+ )?coupons?\b"
          r"(?! (?:texts?|messages?|msgs?|sms|alerts?|emails?)\b)",
          "I cut out the coupon from the Sunday paper"),
    sense("ads-on-a-screen", r"\b(?:ads|adverts|pop ?ups|popups|banners?) (?:on|in) (?:my|the|your|ur) (?:\w+ )?(?:browser|computer|laptop|"
          r"pc|ipad|tablet|chrome|safari|firefox|site|website|app|page|screen|home ?screen|homepage|feed|tv)\b|"
          r"\b(?:site|website|app|page|homepage|feed|video|videos) (?:had|has|have|shows?|showed|is full of|was full of) (?:\w+ ){0,3}?(?:ads|adverts|pop ?ups|popups)\b|"
          r"\b(?:see|seeing) (?:the |these |those |your |any )?(?:\w+ )?(?:promos?|ads|offers|deals|banners?|pop ?ups) (?:on|in) "
          r"(?:the|your|my) (?:\w+ )?(?:app|home ?screen|homepage|site|website|screen|feed|page|tv)\b",
          "how do I block ads on my browser?"),
    # "My teen texts nonstop", "I text so much for work": someone else's texting.
    sense("others-text-a-lot", r"\b(?:i|we|my (?:\w+ )?(?:teen|teens|kid|kids|son|daughter|husband|wife|girlfriend|boyfriend|friend|friends|"
          r"mom|dad)|the kids|kids|teens) (?:\w+ )?(?:texts?|messages?|msgs?|txts?)\w* (?:so much|too much|constantly|nonstop|non stop|"
          r"all the time|every day)\b|"
          r"\b(?:love|loved|like|liked|appreciate|enjoy)\w* (?:that |how |it when |when )?(?:you|u|yall|you guys) (?:\w+ )?(?:text|message)\w* "
          r"(?:me |us )?(?:every|each|all the time|constantly|daily)\b|"
          r"\b(?:can|may|could|feel free to) (?:text|message|msg)\w* (?:me|us) (?:every day|every single day|all the time|constantly|nonstop)\b",
          "my teen texts nonstop", "Love that you text me every day with the specials!"),
    # "No more alerts came after the first one": texts that stopped arriving.
    sense("no-more-came", r"\bno (?:more|further|other|additional) (?:\w+ )?{MSGS} (?:came|come|arrived|have come|has come|have arrived|"
          r"showed up|went out|have come through|came through)\b|\b(?:got|received|had|get|receive|seen|saw) no (?:more|further|other|"
          r"additional) (?:\w+ )?{MSGS}\b", "I got no further updates after it said out for delivery"),
    sense("dont-bother-replying", r"\b(?:dont|do not|no need to) (?:bother|worry about) (?:text|messag|repl|respond|writ|getting back|call)\w*"
          r"(?: (?:me|us))? back\b|\bdont bother (?:replying|responding|answering|getting back)\b|"
          r"^(?:oh |no |nah |nvm |never mind |ok )*(?:dont|do not) bother$", "don't bother texting me back, I'll just come in Monday"),
    # "Don't bug me about the bill, I'll pay Friday": one thing asked for.
    sense("nag-about-one-thing", r"\b(?:bug|nag|pester|hassle|hound|bother)\w* (?:me|us) (?:about|for) (?:the|my|that|this|your) (?:\w+ )?"
          r"(?:form|forms|paperwork|payment|signature|documents?|receipt|invoice|bill|balance|photo|pics?|info|details|deposit|check|"
          r"keys?|rent|fee|survey|review)\b", "don't bug me about the bill, I'll pay it Friday"),
    # "I'd prefer not to get the texts at 7am", "I'd rather not get the reminders on Sundays": the hour, not the texts.
    sense("texts-at-a-time", r"\b{MSGS} (?:on (?:mon|tues|wednes|thurs|fri|satur|sun)days?|on (?:the )?weekends?|at (?:\d\w*|[a-z]?[ap]m|night|midnight)|"
          r"before \d\w*|after \d\w*|so early|so late|this early|in the middle of the night)\b"
          r"(?! (?:or|and|n|nor) (?:any|every|all|ever|at all|weekdays?|weekends?|anytime|any other|the rest|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b)",
          "I'd prefer not to get the texts at 7am", "I'd rather not get the reminders on Sundays"),
    sense("need-to-stop-myself", r"\b(?:i|we) (?:really |seriously |honestly |just |so )?(?:need|have|gotta|got) to stop$",
          "ugh those pastries look amazing, I really need to stop"),
    # "This is unsolicited feedback but", "unwanted texts from a scammer pretending to be you".
    sense("unsolicited-praise", r"\b(?:this|it) (?:is|s) (?:\w+ )?(?:unsolicited|unwanted) (?:feedback|advice|praise|review|compliment|"
          r"opinion|shoutout|shout out|suggestion|tip|comment|but|thought)\b", "this is unsolicited feedback but your barista is amazing"),
    mention("impostor", r"\b(?:pretending|claiming|posing|purporting) to be (?:you|u|yall|you guys|your|from your|from you)\b|"
            r"\busing (?:your|ur) (?:\w+ )?name\b|\b(?:unwanted|unsolicited|spam|scam|fake) (?:\w+ )?{MSGS} from (?:a scammer|scammers|"
            r"random numbers|some scammer|some spammer)\b",
            "some spammer is using your name, FYI", "How do I report unwanted texts from a scammer pretending to be you?"),
    sense("surprise-bill", r"\bnot (?:getting|receiving) (?:a|an|the|any|another) (?:\w+ )?(?:bill|charge|fee|invoice|notice|penalty|letter)s?\b",
          "I would appreciate not getting a surprise bill again"),
    sense("text-me-one-thing", r"\b(?:didnt|did not|not|dont|do not) (?:text|message|send|email)\w* (?:me |us )?(?:the|my|your) (?:\w+ )?"
          r"(?:code|link|address|password|pin|receipt|photo|pic|pics|photos|picture|invoice|bill)\b",
          "I'd rather you didn't text me the door code"),
    # "I didn't want the extended warranty offer", "I never like the first offer": one offer, not the texts.
    sense("product-offer", r"\b(?:warranty|upgrade|trade ?in|financing|insurance|protection plan|loan|refinance|buyout|counter|cash|job|"
          r"settlement|first|final|lowball|low ball|purchase) offer\b(?! (?:texts?|messages?|msgs?|sms|alerts?|emails?)\b)", "I didn't want the extended warranty offer"),
    sense("dont-want-one-thing", r"\b(?:dont|do not|didnt|did not|never) (?:really )?(?:want|need|like)\w* (?:the|a|an|this|that) (?:\w+ ){0,2}?"
          r"(?:offer|update|coupon|promo|promotion|deal|ad|advert)\b(?!(?: \w+){0,3}? (?:texts?|messages?|msgs?|sms|alerts?|emails?|calls?|anymore|any more|"
          r"any longer|again|ever)\b)", "we don't need the coupon, we're paying full price anyway", "I don't like the new update"),
    sense("promo-as-adjective", r"\bpromo(?:tional)? (?:price|pricing|rate|rates|code|period|discount|credit|balance|apr|financing|item|items)\b",
          "I don't want the promo code, I want a refund", "why am I still getting the promo price on my bill?"),
    sense("be-on-other-list", r"\b(?:be|stay|being|staying) on (?:the |your |this |that )?(?:wait|waiting|pickup|pick up|guest|invite|"
          r"volunteer|sign up|signup|class|team|carpool|standby) list\b", "do not want to be on the wait list anymore"),
    sense("contact-thing", r"\bcontact (?:lens|lenses|solution)\b|\bthe contact (?:info|information|details|number) (?:for|of) "
          r"(?:the|a|an|my|your|his|her)\b", "i dont need the contact info for the plumber anymore"),
    sense("need-anything", r"\b(?:dont|do not) need anything\b|\bif (?:it|its|they|theyre|that|the \w+) (?:\w+ ){0,5}?(?:i|we) (?:dont|do not) "
          r"(?:want|need) (?:it|them|that)\b", "No I don't need anything, thanks!", "if it only comes in black I don't want it"),
    sense("eligibility-question", r"^(?:can|could|may) (?:i|we) not get (?:the|a|an|this|that) (?:\w+ )?(?:promo|deal|offer|discount|coupon|"
          r"sale price|special)\b(?= (?:if|because|since|with|when|on)\b)", "can I not get the promo if I already have a membership?"),
    sense("strikes-me-as", r"\b(?:strikes?|struck) (?:me|us) as\b|\b(?:offer|deal|promo|sale|discount|policy|rule|rules|program|plan|change|"
          r"system|update|app) (?:\w+ )?(?:excludes?|drops?|dropped|removes?|removed|kicks?|kicked) (?:me|us|my \w+)\b",
          "that price strikes me as high", "the new points policy drops me from gold to silver"),
    sense("name-off-a-contract", r"\b(?:my|his|her|our) (?:\w+ )?(?:name|number|card|info|information|details) (?:taken|removed|dropped|deleted) "
          r"(?:off|from) (?:the|my|this|that|our|his|her|their|\w+s) (?:\w+ )?(?:lease|account|policy|loan|title|deed|mortgage|contract|"
          r"reservation|booking|class|roster|team|waitlist|card|plan|membership|insurance|registration|bill|invoice|autopay|auto pay)\b"
          r"(?! (?:texts?|messages?|msgs?|sms|alerts?|list)\b)", "I want my name taken off the lease"),
    sense("left-alone-in-store", r"\bleft alone (?:while|when) (?:i|we) (?:browse|shop|look|eat|try|wait)\w*\b",
          "I'd like to be left alone while I browse"),
    sense("dropped-from-class", r"\b(?:be|get|being|getting) (?:removed|taken off|dropped|unenrolled|withdrawn) (?:from|off) "
          r"(?:the|my|this|that|our|his|her|your) (?:\w+ ){1,3}?(?:class|classes|session|lesson|lessons|waitlist|carpool|roster|team|"
          r"schedule|event|appointment|reservation|booking|shift|tour|trip|game|practice|program|club|league|course|camp)\b"
          r"(?! (?:texts?|messages?|msgs?|sms|alerts?|list|emails?)\b)|"
          # ... said actively: "pls unenroll him from the fall session", "withdraw my daughter from the spring league"
          r"\b(?:unenroll|unregister|disenroll|withdraw|drop|remove|pull)\w* (?:me|us|him|her|them|my (?:son|daughter|kid|kids|child|children)) "
          r"(?:from|off|out of) (?:the|my|this|that|our|his|her|your) (?:(?!(?:{MSGS}|texting|text|txt|sms|messaging)\b)\w+ ){0,3}?(?:class|classes|session|sessions|lesson|lessons|"
          r"roster|team|tour|trip|practice|program|club|league|course|camp|semester|term|clinic|workshop|recital)\b"
          r"(?! (?:{MSGS}|texts?|list|lists|emails?|group chat|chat)\b)",
          "Can my son be dropped from the 4pm swim class?", "pls unenroll him from the fall session"),
    sense("out-of-misery", r"\bout of (?:my|his|her|its|our) misery\b|\b(?:get|take) (?:me|us|him|her|them) (?:in and )?out (?:of (?:there|here) )?"
          r"(?:by|before|in|today|tonight|quickly|fast|faster|sooner|on time)\b", "just put me out of my misery and tell me the price"),
    sense("kicked-off-wifi", r"\b(?:wifi|wi fi|app|site|website|system|portal|game|server|network|internet|call|zoom|it) (?:\w+ )?(?:keeps |kept )?"
          r"(?:kicking|kicks|kicked|logging|logs|logged|throwing|booting|boots|booted) (?:me|us) (?:off|out)\b",
          "your guest wifi keeps kicking me off"),
    sense("list-someone-wrote", r"\blist (?:that )?(?:you|u|i|we|she|he|they) (?:just )?(?:texted|sent|gave|made|emailed|wrote|posted|shared|"
          r"attached|forwarded)\b", "I'll grab the stuff off the list you texted"),
    sense("found-you-via", r"\b(?:found|heard about|saw|learned about|got) (?:you|u|yall|you guys|your (?:\w+ )?(?:ad|number|name|info|page)) "
          r"(?:guys )?(?:from|through|via|on|in) (?:the |your |a )?(?:\w+ )?(?:blast|list|text|message|ad|post|flyer)\b",
          "found you guys from the blast on Nextdoor"),
    sense("thing-missing-from-system", r"\b(?:missing|gone|disappeared|dropped|fell|fallen|lost|vanished) (?:out )?(?:from|of|off) "
          r"(?:the|your|ur|this) (?:\w+ )?(?:database|system|records)\b", "my warranty is missing from your database"),
    mention("unsubscribe-to-do-something", r"^(?:do|does|will|would|should|must) (?:i|we) (?:have to|need to|gotta) (?:unsubscribe|opt out|stop)\w* "
            r"(?:to|in order to|before|first|if)\b", "do I have to unsubscribe to change my number?"),
    sense("leave-a-thing-alone", r"\b(?:leave|let) (?:my|the|our) (?:car|truck|van|vehicle|bike|dog|cat|plants?|garden|yard|lawn|stuff|things|"
          r"boxes|bags|tree|trees|fence|furniture|kitchen|room|house|door|keys?|files?|package|order|mailbox|flowers|hedges?|bushes|sprinklers|"
          r"porch|deck|windows?|gate|shed|garage|bins?|trash cans?) (?:\w+ )?alone\b",
          "Please leave my car alone until I approve the estimate"),
    sense("symptom-goes-away", r"\b(?:hold|charge|charges|fee|fees|rash|pain|light|error|notice|stain|smell|noise|swelling|balance|symptoms?|"
          r"bruise|itch|cough|warning|popup|pop up|banner|icon|badge) (?:\w+ ){0,2}?go away\b|"
          r"\b(?:did|will|could|can|would|does|might|may|should) (?!you\b|u\b|yall\b)(?:\w+ ){1,3}?get lost\b",
          "Does the hold just go away after 24 hours?", "did my order get lost?"),
    sense("fell-back-off", r"\b(?:fell|fall|falls|falling|came|come|comes|coming|popped|pops|slid|broke|snapped|peeled|peeling) (?:right )?back off\b",
          "the handle fell back off the door again"),
    sense("animal-bite", r"\b(?:tried|try|trying|wants|want|going|went|almost|nearly|did|didnt|will|would|might|may|could|dont|doesnt|wont) "
          r"(?:to )?bite (?:me|us)\b", "your dog tried to bite me"),
    sense("turned-it-off-at", r"\b(?:turn|turned|switch|switched|shut)\w* (?:it|them|this|that|these|those|the \w+) off (?:at|from|on) the "
          r"(?:main|mains|breaker|breakers|valve|wall|switch|panel|box|meter|street|source|thermostat|unit|outlet|fuse box)\b|"
          r"\b(?:(?:should|must|shall) (?:i|we)|do (?:i|we) (?:need|have) to) (?:\w+ )?(?:turn|switch|shut)\w* (?:it|the \w+) off\b",
          "I turned it off at the main valve", "should I switch it off before the tech gets here?"),
    sense("dnc-party", r"\b(?:give|gave|donate|donated|giving|donating|contribute|contributed|chair|convention|member|members|platform|"
          r"fundraiser|fundraising|money) (?:\w+ )?(?:to |from |of |at |for )?the dnc\b(?! list| registry| register)",
          "I already give to the DNC directly"),
    sense("cease-and-desist-letter", r"\b(?:got|received|get|gotten|getting|sent|send|a) (?:a )?cease and desist (?:letter |order |notice )?"
          r"(?:from|to) (?:the|our|my|a|an|his|her|their) (?!(?:\w+ )?(?:texts?|messages?)\b)\w+",
          "we got a cease and desist from the HOA about the sign"),
    sense("filter-flagged", r"\b(?:gmail|outlook|yahoo|filter|spam filter|phone|iphone|android|carrier|inbox|update|ios) "
          r"(?:\w+ ){0,2}?(?:flagged|marked|flags|marks|sent|put|moved|blocked|blocks|filtered) (?:it|them|this|you|your \w+|the \w+|this number)"
          r"(?: (?:as|to|in|into) (?:spam|junk))?\b", "Gmail flagged it as spam so I missed it",
          "the new iOS update must have blocked your texts"),
    sense("thought-it-spam", r"\b(?:thought|assumed|figured|was sure) (?:that )?(?:it|this|that|these|you|u)"
          r"(?: was| were| is|s| are)? (?:a )?(?:spam|scam|junk|fake|spammer|scammer)\b", "I thought it's spam lol, ok book me"),
    sense("cut-it-out-and", r"\bcut it out and (?:patch|sew|replace|hem|fix|put|use|glue|throw|toss|save|frame|keep|bring|send|mail)\b",
          "if the stain won't come out just cut it out and patch it"),
    sense("stop-it-from", r"\b(?:stop|prevent|keep)\w* (?:it|this|that|them|the (?:\w+ )?\w+|my (?:\w+ )?\w+) from (?!(?:texting|messaging|sending|contacting|coming|"
          r"going|showing|popping|arriving|reaching|spamming|textin|messagin|sendin|comin)\b)"
          # ... the -ing typed sloppily too: "stop the promo from expirnig", "from leakin"
          r"\w+(?:ing|nig|ign|[^\Waeiou]in|[^\Waeiou]ng)\b", "how do I stop it from leaking?"),
    sense("block-on-someones-device", r"\bblock\w* (?:it|this|that|them|the app|apps?|purchases) on (?:my )?(?:kids|sons|daughters|husbands|wifes|"
          r"childs|moms|dads|his|her|their) (?:\w+ )?(?:phone|ipad|tablet|account|device|computer|laptop)\b",
          "how do I block it on my kid's phone?"),
    sense("these-other-things", r"\bthese (?:errors?|charges?|fees?|bills?|calls?|emails?|letters?|pop ?ups|popups|bugs|glitches|issues|problems|"
          r"headaches|rashes|symptoms|cramps|leaks?|stains?|boxes|packages|samples|catalogs)\b(?! (?:and|or|n|&) (?:texts?|messages?|msgs?|sms)\b)|"
          r"\b(?:error|warning|failure|declined|decline|system|pop ?up) (?:messages?|notifications?|alerts?|notices?)\b",
          "why am I still getting these errors?", "still getting error messages when I pay online"),
    sense("signed-up-for-a-class", r"\bsign\w* (?:me|us|him|her|them|my \w+) up for (?:the|a|an|this|that|my|your) (?:\w+ ){0,2}?(?:class|classes|"
          r"session|lesson|appointment|appt|slot|shift|tour|trip|event|camp|membership|course|workshop|game|league|team|clinic)\b|"
          r"\b(?:in|on) (?:the|your) (?:system|list|database) (?:twice|two times|2 times|double)\b",
          "who signed me up for the 6am class??"),
    sense("send-a-person", r"\b(?:sending|send|sent) (?:me |us )?(?:the|a|an|another|your|that|this) (?:\w+ )?(?:tech|technician|driver|guy|man|"
          r"crew|person|rep|worker|nurse|cleaner|plumber|electrician|installer|truck|van)\b|"
          r"\bsending (?:me |us )?(?:techs|technicians|drivers|guys|people|crews|workers|plumbers|contractors|movers|cleaners)\b|"
          r"\b(?:text|texting|message|messaging|email|emailing)\w* (?:me |us )?(?:the |a |an |my )?(?:\w+ )?(?:wrong|incorrect)\b"
          r"(?! (?:person|persons|people|number|numbers|guy|girl|lady|man|woman|phone|individual|customer|patient|one|family|house|cell)\b)",
          "why do you keep sending the tech in the afternoon?", "why do you keep texting me the wrong pickup address?"),
    sense("remove-a-thing", r"\b(?:remove|cancel)\w* (?:it|them) (?:from|off) (?:my|the|our) (?!(?:\w+ )?(?:list|texts?|messages?|database|system)\b)\w+",
          "I already asked you to remove it from my bill"),
    sense("dont-resend-thing", r"\b(?:dont|do not|never|pls dont|please dont) (?:ever )?send (?:it|him|her|that guy|that tech|the same (?:\w+ )?\w+) again\b",
          "don't send it again, I already got two", "dont send him again, he tracked mud everywhere"),
    sense("need-no-reply", r"\b(?:dont|do not|no) need to hear back\b", "I don't need to hear back from you, just go ahead"),
    sense("offer-too-low", r"\b(?:the|your|that|this|ur) (?:\w+ )?(?:offer|quote|estimate|price|deal) (?:is|was) (?:not |no longer |still |a bit |way |"
          r"too |so |really )*(?:acceptable|much|high|low|fair|insulting|reasonable|enough|a joke|a lot)\b|"
          r"\b(?:new|latest|recent|software|app|ios|android|system|firmware) update\b(?! (?:texts?|messages?|alerts?|emails?|notifications?)\b)",
          "The offer is not acceptable, 15k is too low", "I hate the new update"),
    sense("switch-a-visit", r"\b(?:visit|appointment|appt|telehealth|session|consult|consultation|meeting|interview|video) (?:\w+ ){0,2}?(?:be )?"
          r"(?:switched|changed|moved|switch|change|move) (?:over )?to (?:voice|phone|audio|a call|a phone call)\b|"
          r"\b(?:email|e mail|paperless) (?:billing|bills|statements?|receipts?|invoices?)\b|"
          r"\buse (?:my )?(?:phone|phone number|email|e mail)(?: address| number)? instead of (?:\w+ ){0,2}?to (?:pay|log|sign|check|verify|book|"
          r"order|buy|register|reset|login)\b|\buse (?:my )?(?:phone|email) instead of (?:the |my )?(?:card|cash|credit card|wallet|key|keycard|"
          r"badge|password)\b",
          "Can my telehealth be switched to voice?", "I want to switch to email billing instead of paper"),
    # "My wife cancelled the reminder by accident": a slip reported, not a request.
    sense("cancelled-by-mistake", r"\b(?:cancell?ed|canceled|deleted|blocked|removed|turned off|stopped|unsubscribed from) (?:the|my|our|your|his|her) "
          r"(?:\w+ )?(?:reminder|alert|appointment|appt|notification|booking|reservation)s? (?:\w+ )?{MISTAKE}",
          "my wife cancelled the reminder by accident, can you put it back for Thursday?"),
    # "Email me instead of the paper copy", "call me instead of my husband": the paper or the person, not the texts.
    sense("instead-of-paper-or-person", r"\binstead of (?:the |my |a |an )?(?:paper|mail|mailed|letter|letters|post|hard ?copy|printed|physical)\b|"
          r"\binstead of (?:my|his|her|our) (?!(?:\w+ )?(?:phone|number|cell|texts?|messages?)\b)(?:husband|wife|partner|mom|mum|dad|son|daughter|"
          r"boss|brother|sister|assistant|kid|kids|roommate|neighbou?r|landlord|tenant)\b",
          "can you email me instead of the paper copy?", "call me instead of my husband next time"),
    sense("small-pet-died", r"\b(?:my|our|the|his|her) (?:\w+ )?(?:goldfish|guinea pig|turtle|tortoise|lizard|snake|gecko|ferret|chinchilla|"
          r"budgie|canary|cockatiel|hedgehog|rat|mouse|chicken|hen|goat|pony|betta|iguana)s? (?:has |have |just |sadly |recently )?"
          r"(?:passed away|passed on|passed|died|is dead)\b", "our goldfish passed away lol"),
    # "End the update with a link next time": how a text is written.
    sense("end-text-with", r"\b(?:end|ending|start|begin)\w* (?:the|your|each|every|ur) (?:\w+ )?{MSGS} with (?:a|an|the|your)\b",
          "end the update with a link next time"),
    # "Halt the alerts for the old card": one closed card or account, the others go on.
    sense("alerts-for-old-thing", r"\b{MSGS} (?:for|on|about) (?:the|my) (?:old|previous|former|closed|cancell?ed|lost|stolen|expired) "
          r"(?:card|account|phone|car|address|policy|loan|vehicle)\b", "halt the alerts for the old card ending 1234 only"),
    sense("name-on-a-thing", r"\b(?:name|names) (?:off|from) (?:the|my|this|that) (?:\w+ )?(?:gift|card|note|cake|plaque|engraving|banner|sign|"
          r"certificate|invitation|receipt|invoice|order|form|review|post|photo|message on|ticket|citation|report|record|check|deed|title|lease|"
          r"mortgage)\b", "remove my name from the gift message", "can you get my name off the parking ticket?"),
    # "Reported as spam by some carriers", "my text to you got marked as spam": the business's or the sender's own texts filtered.
    sense("filtered-by-others", r"\b(?:reported|flagged|marked|filtered|blocked) (?:as|for) (?:spam|junk) by\b(?! the way)|"
          r"\b(?:my|our) (?:\w+ )?(?:text|message|email|reply|msg)s? (?:to you )?(?:\w+ ){0,2}?(?:got |was |is |been |keeps getting )?"
          r"(?:marked|flagged|reported|blocked|filtered)\b", "my text to you got marked as spam? it bounced back"),
    # "My bank cancelled the transfer alerts??": someone else stopped them, a report or a complaint.
    sense("others-stopped-the-texts", r"(?<!\bcan )(?<!\bcould )(?<!\bwould )(?<!\bwill )(?<!\bplease )(?<!\bpls )"
          r"(?<!\bif )(?<!\bonce )(?<!\bunless )\b(?:you|u|yall|you guys|they|bank|store|app|school|pharmacy|gym|system|someone|somebody|he|she|"
          r"my (?:\w+ )?(?:wife|husband|son|daughter|kid|mom|dad)) (?:\w+ ){0,4}?(?:cancell?ed|canceled|stopped|disabled|suspended|deactivated|"
          r"discontinued|paused|turned off|switched off) (?:my |the |our |all |all my |all the )?(?:\w+ )?{MSGS}\b",
          "my bank froze my card and cancelled the transfer alerts??"),
    sense("scratch-from-signup", r"\b(?:scratch|remove|take|drop|cross)\w* (?:me|us|him|her|my \w+) (?:from|off) (?:the |this |that |my )?(?:\w+ )?"
          r"(?:sign ?up|signup|sign ups|lineup|line up|potluck|bake sale|rotation)\b|"
          r"\b(?:removed (?:from|off)|taken (?:off|out of)|dropped (?:from|off)|excused from) (?:the |my |his |her )?(?:\w+ )?(?:jury|jury duty|route|bus route|rotation|draft|"
          r"will|deed|title|lease)\b(?! (?:texts?|messages?|list|alerts?)\b)",
          "Scratch me from the volunteer sign up, I'm sick", "my son needs to be taken off the bus route"),
    # "I blocked your number last year because I thought you were a bill collector": a past block told as a story.
    sense("blocked-long-ago", r"\bblocked (?:you|u|your number|this number|the number|it) (?:last (?:year|month|week|time)|(?:a|two|a few|few|"
          r"a couple of|couple of) (?:\w+ )?(?:years?|months?|weeks?) ago|years ago|back then|a while (?:ago|back))\b",
          "I blocked your number last year because I thought you were a bill collector"),
    # "I cancelled my texts with my old carrier": the sender's phone plan.
    sense("texts-with-carrier", r"\b(?:texts?|texting|messaging|sms|messages) (?:plan |service |package )?(?:with|through|on) (?:my )?"
          r"(?:old |previous |former )?(?:carrier|provider|phone company|phone plan|verizon|att|t mobile|sprint|cricket)\b",
          "I cancelled my texts with my old carrier"),
    sense("send-goods-twice", r"\bsen\w* (?:me|us) (?:two|2|three|3|double|duplicates?|extra|the same|more) (?:of )?(?:everything|items?|boxes|"
          r"orders?|packages?|things|stuff|each|shipments?)\b", "why do you keep sending me two of everything?"),
    # "You stopped mid sentence": SEND reads "sentence" as "sent".
    sense("word-sentence", r"\bsentences?\b", "you stopped mid sentence lol"),
    sense("off-the-hook", r"\boff the hook\b", "can you get me off the hook for the late fee this one time?"),
    sense("block-another-number", r"\bblock\w* (?:the |this |that )?(?:number|caller) (?:\d|from calling)", "block the number 555-0199 from calling"),
    sense("number-on-a-profile", r"\b(?:remove|delete|take)\w* (?:my|his|her) (?:\w+ )?(?:number|name|email) (?:from|off) (?:my|his|her|our) "
          r"(?:\w+s )?(?:profile|file|chart|record)\b", "can you delete my number from my daughter's profile and put hers in?"),
    sense("email-for-paperwork", r"\bto (?:email|e mail|mail|post) (?:only )?for (?:the |my )?(?:invoices?|bills?|billing|statements?|receipts?|"
          r"paperwork|documents?)\b", "can you switch me to email for the invoices only?"),
    sense("off-my-feet", r"\boff (?:my|his|her|our|their) feet\b", "you guys take me off my feet every time with these deals lol"),
    sense("too-many-good-deals", r"\b(?:too many|so many) (?:good|great|amazing|awesome|nice|cool|tempting|yummy|delicious|fun) {MSGS}\b",
          "too many good deals this week, I can't decide"),
    # "The lady at the desk told me to text 'stop sending' if I want out": the instruction told, not used.
    mention("told-to-text-keyword", r"\b(?:told|tells|said|says|asked) (?:me|us) to (?:text|reply|send|type|write|respond) (?:back )?"
            r"(?:stop|unsubscribe|end|cancel|quit|opt out)\w*\b", "the lady at the desk told me to text stop sending if I want out"),
    sense("share-number-with-driver", r"\bshar\w* my (?:\w+ )?(?:number|phone|cell|info) with (?:the|your|that|this) (?:delivery )?(?:driver|courier|"
          r"tech|technician|guy|dasher|shopper|contractor|installer|crew|mover|movers)\b",
          "please stop sharing my number with the delivery driver, he keeps calling me"),
    sense("i-stopped-texting-someone", r"\b(?:i|we) (?:\w+ )?(?:stopped|quit) (?:texting|messaging|talking to|contacting) (?:my|his|her)\b",
          "I stopped texting my ex, now I just text you guys for pizza"),
    sense("code-text", r"\bthe (?:\w+ )?code (?:text|message|reminder|msg)\b", "can you kill the alarm code text?"),
    sense("cross-me-off-for", r"\b(?:cross|scratch|strike|put)\w* (?:me|us|him|her) (?:off |down )?for (?:the |a |this |that |next |tomorrows )?(?:\w+ )?"
          r"(?:potluck|party|event|game|practice|class|meeting|dinner|lunch|trip|shift|bake sale|carpool|rehearsal|meet|session|signup|sign up)\b",
          "can you cross me off for the potluck?"),
    sense("send-me-to-a-place", r"\bsend\w* (?:me|us) to (?:the|your|a|another|voicemail|that) (?!(?:\w+ )?(?:number|phone|list)\b)\w+",
          "why do you keep sending me to the main line?"),
    sense("item-off-a-list", r"\b(?:cross|scratch|take|strike|check|tick)\w* (?:the|that|those|these|a|an|my) (?!(?:\w+ )?(?:number|name|phone|cell|info)\b)"
          r"(?:\w+ ){1,2}?off (?:the|my|your|our) (?:\w+ )?list\b", "cross the eggs off the list, I found some at home"),
    # "I don't need the refill reminder this month": one reminder, one time.
    sense("not-this-one-time", r"\b(?:dont|do not) need (?:the|this|that|a|another) (?:\w+ )?(?:reminder|confirmation|update|receipt|text|message) "
          r"(?:this (?:month|week|time|once)|for (?:this|the|my) (?:\w+ )?(?:month|week|visit|appointment|order|one)|today|tomorrow|tonight)\b",
          "I don't need the refill reminder this month"),
    sense("remove-from-invite", r"\b(?:remove|take|drop)\w* (?:me|us|him|her|my \w+) (?:off|from) (?:the|this|that|our|your|my) (?:\w+ ){0,2}?"
          r"(?:invite|invites|invitation|calendar|project|zoom|teams|channel|doc|document|folder|drive|spreadsheet)\b"
          r"(?! (?:texts?|messages?|list)\b)", "can you remove me from the shared calendar invite?"),
    sense("notifications-off-for-app", r"\b{MSGS} off (?:for|on|in) (?:the|your|my|ur) (?:app|website|site|email|emails|browser|computer|watch|laptop)\b",
          "I turned the notifications off for the app but kept texts on"),
    sense("spam-as-adjective", r"\bspam (?:level|levels|tier|quality|grade) \w+", "this is spam-level customer service"),
    # "Your automated texts are annoying when they don't let me reply": the format, not the texts.
    sense("annoying-when", r"\b{MSGS} (?:are|is) (?:\w+ )?annoying when (?:they|it|i|you|u)\b",
          "your automated texts are annoying when they don't let me reply"),
    sense("an-opt-out-for-a-thing", r"\ban opt ?out (?:for|of|on|from) (?:the|a|an|my|this|that) (?!(?:\w+ )?(?:{MSGS}|texts?|list|lists)\b)\w+",
          "is there an opt out for the flu shot?"),
    sense("will-call-list", r"\b(?:off|from|on|onto|to) (?:the |your |my |our )?(?:will call|willcall|hold|holds|backorder|back order|layaway|shipping|route|delivery route) list\b",
          "take me off the will call list, I'd like it shipped instead"),
    sense("put-on-a-schedule", r"\b(?:put|added|add|signed|moved)\w* (?:me|us|him|her) (?:up )?(?:on|to|for) (?:the|your|this|that) (?:\w+ )?"
          r"(?:schedule|shift|calendar|rota|roster|team|waitlist|route|class)\b", "who put me on the Saturday schedule?"),
    sense("unsubscribe-everything-else", r"\b(?:unsubscrib\w*|opt\w* out) (?:of |from )?(?:everything|all|anything) else\b",
          "unsubscribing from everything else in my life but not you guys"),
    sense("send-someone-home", r"\bsen(?:d|ding|t) (?:him|her|them|me|us|the kids|my \w+) (?:home|over|away|out|in) (?:with|to|early|for|at)\b",
          "don't send him home with the cone unless he really needs it"),
    sense("disturb-with-noise", r"\bdisturb\w* (?:me|us) (?:with|by) (?:the |a |your )?(?:doorbell|bell|knock|knocking|knocks|ringing|noise|"
          r"calls?|visits?|buzzer)\b", "don't disturb me with the doorbell when you deliver"),
    # --- round 11: asked about, told of others, another channel ----------------------------------------------------
    # "If I don't respond does that mean I'm opted out?": what something means for the sender's status.
    mention("means-opted-out", r"\b(?:(?:does|do|would|will|did) )?(?:that|this|it|not (?:replying|responding|answering)|no reply|"
            r"ignoring (?:it|this|them)) (?:\w+ )?(?:mean|means|make|makes) "
            r"(?:that )?(?:i m|im|i am|i ll be|ill be|i will be|i get|me|i was|i ve been|ive been) (?:\w+ )?"
            r"(?:opted out|unsubscribed|removed|off (?:the|your) list|taken off)\b",
            "If I don't respond does that mean I'm opted out?"),
    # "You should tell people how to opt out", "do people actually unsubscribe from these?": about other people.
    mention("others-opting-out", r"\b(?:tell|show|teach|explain to|remind) (?:people|others|customers|folks|everyone|everybody|users|"
            r"your customers|new people) how (?:to|they can|you) (?:opt out|unsubscribe|stop|cancel|quit)\b|"
            r"\b(?:do|does|did|would|will) (?:people|anyone|anybody|folks|customers|others|most people|a lot of people) "
            r"(?:\w+ )?(?:unsubscribe|opt out|text stop|reply stop|send stop|block)\b|"
            r"\b(?:people|customers|folks|users|those|others|numbers|members|patients) (?:who|that) (?:have |had |already |ever )?"
            r"(?:opted out|unsubscribed|replied stop|texted stop|said stop|sent stop|asked to be removed)\b",
            "You should tell people how to opt out", "do people actually unsubscribe from these?",
            "Do you keep a list of people who opted out?"),
    # "Unsubscribing from your emails was a mistake": an unsubscribe regretted, told as a past act.
    sense("regretted-unsubscribe", r"\b(?:unsubscribing|opting out|unsubscribe|opt out|stopping them|cancelling|canceling) (?:\w+ ){0,4}?"
          r"(?:was|is|has been|turned out to be) (?:a |the )?(?:big |huge |total |my )?(?:mistake|bad idea|error|dumb|stupid|worst)\b",
          "Unsubscribing from your emails was a mistake"),
    # "my old phone opted out, please send the texts to this number now": another phone of the sender's.
    sense("old-phone-opted-out", r"\b(?:my )?(?:old|previous|other|work|last|former|old work|ex|lost) (?:phone|number|cell|line|device|mobile|iphone|"
          r"android)s? (?:\w+ )?(?:opted out|unsubscribed|replied stop|texted stop|sent stop)\b",
          "my old phone opted out, please text this number now"),
    # "did my wife's unsubscribe also take me off?", "will unsubscribing from promos also stop the reminders?": a side
    # effect asked about (never "will you also remove me?").
    mention("also-asked", r"^(?:\w+ )?(?:did|does|will|would|could|might) (?!you\b|u\b|yall\b|ya\b)(?:\w+ ){1,5}?(?:also|too|accidentally) "
            r"(?:stop|end|cancel|remove|take (?:me |us )?off|unsubscribe|opt|turn off|block)\w*\b",
            "did my wife's unsubscribe also take me off?", "will unsubscribing from promos also stop the reminders?"),
    # "make sure my husband's STOP doesn't affect my texts": someone's STOP named as a thing.
    sense("someones-stop", r"\b(?:\w+ s|\w+s) (?:stop|unsubscribe|opt out|cancellation|request) (?:doesnt|does not|didnt|did not|wont|will not|"
          r"shouldnt|should not|wouldnt|would not) (?:affect|change|touch|apply to|cancel|stop|remove)\b",
          "make sure my husband's STOP doesn't affect my texts"),
    # "I replied STOP to the survey bot, not to the reminders": the keyword went to a survey or bot, not the texts.
    sense("keyword-to-survey", r"\b(?:replied|texted|sent|typed|said|answered|responded)\w* (?:\w+ )?(?:stop|end|cancel|quit|unsubscribe|no) "
          r"(?:to|on|in) (?:the |a |your |that )?(?:survey|poll|bot|chatbot|chat bot|quiz|feedback|rating|review|contest|raffle|"
          r"giveaway|questionnaire)\w*\b", "I replied STOP to the survey bot, not to the reminders"),
    # "I don't mind the texts, it's the calls that need to stop": another channel.
    sense("other-channel-must-stop", r"\b(?:its|it is|its just|it s) (?:only |just )?(?:the )?(?:calls|phone calls|robocalls|voicemails|emails|"
          r"e mails|letters|mailers|mail|flyers|door knocking|visits)(?: that)? (?:need|needs|have|has|got|gotta|should) (?:to )?stop\b",
          "it's the calls that need to stop"),
    # --- the sender wants the texts: cancels the message's opt-outs that do not name the texts -----------------------
    keep("still-want-texts", r"\b(?:still|do|really|definitely|actually) (?:want|like|love|need|read)\w* (?:{DET} )*(?:(?!to\b)\w+ )?"
         r"(?:{MSGS}|texts?)\b(?! (?:to (?:stop|end|go away)|gone)\b)", "I still want the text deals"),
    # --- round 9: the situations of everyday business texting ----------------------------------------------------
    # "stop sending the reminders to my wife's phone, text this number", "stop texting the old number": another phone.
    sense("to-another-phone", r"\b(?:stop|quit|no more|cease)\w{0,3} (?:\w+ ){0,5}?(?:(?:to|on|at) )?(?:(?:my|his|her|our|the) "
          r"(?:(?:(?!(?:this|its|his|yours|ours|texts|messages|reminders|alerts|updates|promos|these|those)\b)\w+s|old|former|previous|"
          r"other|work|office|shop|business|second|landline) )+(?:phone|number|cell|cellphone|cell phone|line|mobile|device|one|email|e mail)|"
          r"(?:my|his|her|our|the) (?:landline|ex|ex husband|ex wife|home phone|house phone)|"
          r"(?:the )?(?:old|other|previous|former) (?:one|number|phone|cell)|number ending (?:in|with) \d+|"
          r"to (?:him|her|them)|there|to \d+\w*(?: \d+)*)"
          r"(?: \w+){0,5}? (?:and|but|n|instead) (?:please |pls |just )?(?:send|text|use|message|forward|switch|put|move)\w* "
          r"(?:\w+ ){0,3}?(?:this (?:number|one|line|phone|cell)|here|mine|to me|me here|my (?:own |new |personal |cell )?(?:number|cell|phone|one))\b",
          "please stop sending the reminders to my wife's phone and text them here",
          "stop texting the old number and use this one", "can you stop sending my reminders there and use this one"),
    # "stop the double texts, one is enough", "can you remove the duplicate": fewer copies, not no texts.
    sense("duplicate-texts", r"\b(?:stop|quit|no more|end|cancel|remove|delete|enough|turn off)\w{0,3} (?:with )?(?:\w+ ){0,4}?"
          r"(?:duplicates?|duplicated|double|doubled|doubling|repeats|copies|extra (?:ones?|copy|copies)|"
          r"(?:second|2nd) (?:one|copy|text|reminder|message)|same (?:\w+ )?(?:text|message|reminder|promo|alert|update|msg)|"
          r"(?:two|2|three|3) of (?:everything|each)|(?:\w+ )?{MSGS} from (?:the|your) (?:second|other) (?:location|office|number|store|account))\b"
          r"(?! (?:a|per|every|each) (?:day|week)\b)(?!(?: \w+){0,2}? (?:over and over|every (?:day|week)|all the time|constantly|nonstop)\b)",
          "please stop the double texts, one is enough", "can you remove the duplicate?"),
    # "stop texting me at 5am, after 9 is fine", "stop sending the reminder the night before": the time, not the texts.
    sense("wrong-time", r"\b(?:stop|quit)\w{0,3} {SEND}\w* (?:me |us )?(?:(?:(?:the|your|those|these|my|all|any) )?(?:\w+ )?{MSGS} )?"
          r"(?:at \d\w*|before \d\w*|after \d\w*|during (?:work|school|church|class|dinner|business)(?: hours)?|on (?:the )?sabbath|"
          r"(?:the )?(?:night|evening|day|morning) before|\d+ (?:days?|weeks?|hours?) (?:out|before|ahead|early|in advance))\b"
          r"(?!(?: \w+){0,3}? (?:or|and|n|actually|honestly)(?: \w+){0,2}? (?:at all|any ?(?:day|days|time|times|hours?|other|more)|ever|"
          r"altogether|otherwise|weekdays|the rest|period)\b)(?!(?: \w+){0,2}? every (?:single )?(?:day|morning|night|week)\b)",
          "can you stop texting me at 5 in the morning? after 9 is fine", "stop sending the reminder the night before"),
    # "stop sending the reminders with my old name", "quit addressing the texts to my maiden name", "as a picture": how they read.
    sense("how-the-texts-read", r"\b(?:stop|quit)\w{0,3} (?:sending|texting|addressing|putting|writing|spelling)\w* (?:me |us )?(?:\w+ ){0,3}?"
          r"(?:with (?:my|the|his|her|a) (?:\w+ ){0,2}?(?:name|typo|typos)|to (?:my|the) (?:\w+ )?(?:maiden|old|previous|married|wrong) name|"
          r"as (?:a |an )?(?:picture|image|photo|pic|screenshot|pdf|attachment|group text|group message|mms|voice message))\b",
          "stop sending the reminders with my dog's old name", "please stop sending the reminders as a picture"),
    # "no more reminders since May, is something wrong?": texts that stopped coming.
    sense("no-texts-since", r"\bno (?:more )?{MSGS} (?:since (?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|"
          r"mar|apr|aug|sept|sep|oct|nov|dec|last|the (?:\w+ )?(?:update|change|switch|move|summer|spring|fall|winter|holidays|beginning|start|"
          r"\d+\w*)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|then|christmas|easter|thanksgiving|\d+\w*|a (?:few |couple )?"
          r"(?:days?|weeks?|months?)|(?:you|u|yall|they) (?:switched|changed|updated|moved)|forever)|in (?:weeks|months|a while|a week|a month))\b",
          "no more reminders since May, is something wrong with my account?"),
    # "Did you remove me from the list? I used to get the coupons": asks about the past.
    sense("did-you-remove-me", r"\b(?:did|have|has|why did|why have|whyd|when did) (?:you|u|yall|you guys|someone|somebody|they|the system) "
          r"(?:\w+ )?(?:remove|removed|unsubscribe|unsubscribed|take|took|drop|dropped|delete|deleted) (?:me|us|my number|this number)\b"
          r"(?!(?: \w+){0,5}? (?:yet|already|like i asked|as i asked|as requested)\b)"
          r"(?: (?:from|off|out of) (?:(?:the|your|ur|this|that|my) )?(?:\w+ )?(?:list|lists|{MSGS})\b)?",
          "did you remove me from the list? I used to get the coupons"),
    # "my mom replied STOP to your texts by mistake": another person's keyword, told.
    sense("third-person-sent-keyword", r"\b(?:he|she|they|my (?:\w+ )?(?:mom|mother|dad|father|husband|wife|son|daughter|kid|kids|grandma|"
          r"grandpa|grandmother|grandfather|sister|brother|roommate|partner|boyfriend|girlfriend|aunt|uncle|child|baby|toddler)) "
          r"(?:\w+ ){0,2}?(?:replied|texted|sent|typed|hit|pressed|answered|responded) (?:with )?(?:stop|end|unsubscribe|quit|cancel|stopall)\b"
          r"(?: (?:to|on) (?:your|the|these|those|all) (?:\w+ )?{MSGS})?", "my mom replied STOP to your texts by mistake"),
    # "my sister keeps telling me to unsubscribe but the deals are too good": someone else's advice.
    sense("told-to-unsubscribe", r"\b(?:keeps? telling|kept telling|tells|told|telling|wants|wanted|asked|asking|begging|begs|says|said) "
          r"(?:me|us) (?:i should |we should |to )(?:unsubscribe|opt out|block (?:you|u|this|your)|stop (?:getting|reading) (?:\w+ )?{MSGS})\b",
          "my sister keeps telling me to unsubscribe from you guys"),
    # "the other parents said they asked you to stop texting them": someone else's request.
    sense("others-asked-you-to-stop", r"\b(?:they|he|she|people|others|everyone|everybody|the other \w+|my (?:\w+ )?(?:mom|dad|husband|wife|"
          r"son|daughter|neighbou?r|friend|sister|brother|roommate)) (?:\w+ ){0,3}?(?:asked|told|begged|wanted) (?:you|u|yall|you guys) to "
          r"(?:stop|quit|remove|unsubscribe|take)\w*(?: (?:texting|messaging|sending|contacting) (?:them|him|her))?",
          "the other parents said they asked you to stop texting them"),
    # "no need to keep texting to check on me, I'm doing much better": a follow-up of care.
    sense("texting-to-check-on", r"\b{SEND}\w* (?:me |us )?to (?:check (?:on|in on|up on|in with) (?:me|us|him|her|my \w+)|"
          r"see how (?:i|im|we|were|he|she) (?:am|are|is|feel|feeling|doing)|ask how (?:i|im|we) (?:am|feel|feeling|doing))\b",
          "no need to keep texting to check on me"),
    # "don't text me when you get here, call the desk": one arrival.
    sense("dont-text-on-arrival", r"\b(?:dont|do not|no need to|dont need to|you dont have to) (?:\w+ )?(?:text|call|message|ring|knock)\w* "
          r"(?:me |us )?(?:when|once|if|as soon as) (?:you|u|youre|the driver|your driver|the tech|he|she|they|hes|shes) "
          r"(?:get|gets|are|is|arrive|arrives|pull|pulls|come|comes|here|there)\b", "don't text me when you get here"),
    # "unsubscribe me from the 8am yoga and put me in the 6pm": a time slot.
    sense("unsubscribe-from-slot", r"\b(?:unsubscrib|opt\w* out)\w* (?:me |us )?(?:from|of) (?:the |my )?\d{1,2}(?: ?(?:am|pm)|:\d\d| oclock)\b(?! (?:\w+ )?(?:{MSGS}|texts?)\b)",
          "unsubscribe me from the 8am yoga"),
    # "I do NOT want to stop the texts": a wish against stopping.
    sense("dont-want-to-stop", r"\b(?:dont|do not|never|didnt|did not) (?:really )?(?:want|wish|wanna|mean|intend|plan|need)\w* (?:to )?"
          r"(?:stop|end|cancel|quit|pause|lose|turn off) (?:getting |receiving )?(?:{DET} )*(?:\w+ )?{MSGS}\b",
          "just to be clear I do NOT want to stop the texts"),
    # "the campaign should stop running ads against the mayor": ads on air, not texts.
    sense("stop-running-ads", r"\bstop (?:running|airing|buying|putting out|posting|placing) (?:\w+ )?(?:ads|adverts|advertisements|"
          r"commercials)\b", "the campaign should stop running ads against the mayor"),
    # "we came in on Tuesday so no need to remind us anymore", "I paid it so you can stop bugging me": done, so no reminder.
    sense("done-so-no-reminder", r"\b(?:came in|paid|picked (?:it |them )?up|renewed|booked|scheduled|returned|voted|confirmed|signed|"
          r"dropped (?:it|them) off|turned (?:it|them) in|got (?:it|them|mine))\b(?: \w+){0,6}? so (?:(?:you|u|yall|you guys) (?:can|dont have to|"
          r"dont need to) (?:stop|quit)|no need to|theres no need to|dont need to|you can skip) (?:keep )?(?:reminding|bugging|asking|"
          r"nagging|remind|ask)\b(?! (?:me|us) (?:\w+ )?(?:anything|at all|again|ever|about anything)\b)",
          "we came in on tuesday for the shots so no need to remind us anymore"),
    # "unsubscribe me from being broke lol", "unsubscribe me from Mondays": a joke about life.
    sense("unsubscribe-from-life", r"\bunsubscrib\w* (?:me |us )?from (?:being (?!(?:on|in|texted|contacted|messaged|spammed)\b)\w+|life|adulting|"
          r"mondays|reality|taxes|bills|my (?:life|problems|bills|debt))\b", "unsubscribe me from being broke lol"),
    # "how did my wife stop getting the reminders?": asks how someone else stopped.
    sense("did-someone-else-stop", r"\b(?:did|does|do|can|could|would|will|has|have) (?:my (?:\w+ )?(?:mom|mother|dad|father|husband|wife|son|"
          r"daughter|kid|kids|sister|brother|roommate|partner|boss|coworker|friend|neighbou?r)|he|she|they) (?:\w+ )?(?:stop|quit|end|"
          r"cancel|unsubscribe|opt out|turn off)\w* (?:getting|receiving|the|her|his|their)\b", "how did my wife stop getting the reminders?"),
    # "can I unsubscribe my son from soccer and keep him in swim?": a child's activity.
    sense("unsubscribe-child-from-activity", r"\b(?:unsubscrib|unenroll|withdraw|drop|remove|take)\w* (?:him|her|them|my (?:son|daughter|kid|kids|child|"
          r"children|boy|girl|twins)) (?:out )?(?:from|of) (?:the |his |her |their )?(?:\w+ )?(?:soccer|swim|swimming|football|baseball|basketball|"
          r"softball|volleyball|hockey|tennis|gymnastics|karate|ballet|dance|piano|guitar|violin|art|chess|robotics|tutoring|practice|"
          r"choir|scouts|youth group|bible study|sunday school|vbs|after ?school|aftercare|daycare|lunch|band)\b(?! (?:{MSGS}|texts?)\b)",
          "can I unsubscribe my son from soccer and keep him in swim?"),
    # "you don't need to send the reminder twice": one copy is enough.
    sense("sent-twice", r"(?<!\ba )(?<!\bthe )(?<!\bmy )(?<!\bthat )\b(?:dont|do not|no|stop|quit|wont|can you not|could you not)(?: need to| have to)? (?:keep )?{SEND}\w* (?:me |us )?(?:(?:the|each|every|a|this|that) (?:\w+ )?{MSGS} )?(?:twice|two times|2x|three times|3x|"
          r"more than once)\b(?! (?:a|per|every|each) (?:day|week|hour|night|morning)\b)", "you don't need to send the reminder twice"),
    # "my cat won't stop scratching her ear": an itch, not a name scratched off a list.
    sense("scratching-a-body-part", r"\bscratch\w* (?:at )?(?:her|his|its|their|my|the) (?:\w+ )?(?:ear|ears|eye|eyes|skin|paw|paws|face|head|"
          r"neck|back|tail|belly|leg|legs|arm|arms|scalp|rash|bite|bites|spot|spots|itch|stitches|incision|wound)\b",
          "my cat won't stop scratching her ear"),
    # "unsubscribe me from the meal plan": a plan of another kind.
    sense("unsubscribe-from-plan", r"\bunsubscrib\w* (?:me |us )?from (?:the |my |our )?(?:\w+ )?(?:meal|dining|data|phone|installment|dental|"
          r"vision|health|insurance|payment|retirement|protection|service) (?:plan|plans)\b(?! (?:{MSGS}|texts?)\b)",
          "unsubscribe me from the meal plan at the dining hall"),
    # "leave me off the carpool for next week": a turn or a seat, not the texts.
    sense("leave-off-activity", r"\bleave (?:me|us|him|her|them|my \w+) (?:off|out of) (?:(?:the|this|that|my|our|next|tomorrows|todays) )?(?:\w+ ){0,2}?"
          r"(?:carpool|car pool|roster|schedule|rotation|lineup|line up|game|event|trip|party|invite|headcount|head count|photo|shift|"
          r"potluck|signup|sign up|sign ups|count|order|reservation|booking|team|rsvp|card|cards|gift|note|banner|credits)\b"
          r"(?! (?:{MSGS}|texts?|list)\b)",
          "leave me off the carpool for next week"),
    # "remove my name from the tag on the flowers": a name on a thing.
    sense("name-on-a-tag", r"\b(?:name|names) (?:off|from) (?:the|my|this|that) (?:\w+ )?(?:tag|tags|label|box|bouquet|arrangement|flowers|"
          r"wreath|sign|board|bulletin|donor wall|banner|jersey|trophy|bench|brick|memorial)\b", "remove my name from the tag on the flower order"),
    # "I'm tired of the attack ads": ads on air.
    sense("ads-on-air", r"\b(?:attack|negative|smear|tv|television|radio|youtube|billboard|super bowl) (?:ads|adverts|advertisements|commercials)\b",
          "I'm tired of the attack ads but I'm still voting for her"),
    # "take Frank off the sick list, he's recovered": a church's prayer or care list.
    sense("prayer-list", r"\b(?:off|from|out of) (?:(?:the|our|your|this|that|church|churchs) )?(?:\w+ )?(?:prayer|sick|get well|bereavement|"
          r"meal train|visitation|homebound|shut ?in|hospital) list\b(?! (?:{MSGS}|texts?)\b)", "can you take Frank off the sick list?"),
    # "quit sending 2 reminders", "how do I stop getting the 2 texts per reminder": copies counted, one is wanted.
    sense("counted-copies", r"\b(?:stop|quit|no more|end)\w{0,3} (?:\w+ ){0,3}?(?:two|2|three|3|four|4|multiple|several) (?:\w+ )?{MSGS}"
          r"(?: (?:per|for (?:each|every|one|a|the same)) (?:\w+ )?(?:{MSGS}|appointment|appt|visit|order|item|pickup|delivery|event|class))?\b"
          r"(?!(?: \w+){0,3}? (?:a|per|every|each|in a|in one) (?:day|week|month|night|morning|evening|hour|row)\b)"
          r"(?!(?: \w+){0,4}? (?:or|and|n) (?:any|all|anything|everything)\b)",
          "quit sending 2 reminders, one is enough", "how do I stop getting the 2 texts per reminder?"),
    # "stop sending Emma home with the reading log": a child sent home with something.
    sense("send-a-child-home", r"\bsen(?:d|ding|t) (?!(?:{MSGS}|texts?|me|us|it|them|this|that|these|those|stuff|anything)\b)\w+ home "
          r"(?:with|early|sick|for|on|at|after|in|without)\b", "stop sending Emma home with the reading log"),
    # "I don't know how to stop the sound when the messages come": the phone's sound, not the texts.
    sense("stop-the-sound-of-texts", r"\b(?:stop|mute|silence|turn off|quiet|shut off|switch off)\w* (?:the |that |this |my )?(?:sound|sounds|noise|"
          r"ding|dings|ringtone|ring|beep|beeping|buzz|buzzing|vibration|vibrating|chime|alert tone|notification sound|tone)\b"
          r"(?! (?:and|or|n|plus) (?:the )?(?:{MSGS}|texts?)\b)", "I dont know how to stop the sound when the messages come"),
    # "Did my number get removed? I haven't had a reminder in forever": asks about the past.
    sense("was-my-number-removed", r"\b(?:did|has|was|is|have|why did|why was|how did|how was) (?:my|our|this) (?:\w+ )?(?:number|phone|account|name|cell) "
          r"(?:\w+ )?(?:get |been |gotten )?(?:removed|unsubscribed|opted out|taken off|deleted|dropped)\b"
          r"(?!(?: \w+){0,5}? (?:yet|already|like i asked|as i asked|as requested)\b)",
          "Did my number get removed? I haven't had a reminder in forever"),
    # "did he unsubscribe? I'm still getting mine": asks whether someone else stopped.
    sense("did-he-unsubscribe", r"\b(?:did|has|have|was|were) (?:he|she|they|my (?:\w+ )?(?:mom|mother|dad|father|husband|wife|son|daughter|kid|"
          r"sister|brother|partner|roommate)) (?:\w+ )?(?:unsubscribe|unsubscribed|opt out|opted out|get unsubscribed|get removed|been removed|"
          r"stop|stopped|quit|cancel|cancell?ed)\b", "my husband got your stop confirmation, did he unsubscribe?"),
    # "remove me from the 5k this weekend": an event or a race.
    sense("remove-from-event", r"\b(?:remove|take|drop|withdraw|scratch|pull)\w* (?:me|us|him|her|them|my \w+) (?:off |from |out of )"
          r"(?:(?:the|this|that|my|our|next|sundays|saturdays|tomorrows|tonights) )?(?:\w+ )?(?:5k|10k|half marathon|marathon|race|fun run|walk|"
          r"tournament|match|meet|recital|show|performance|tour|retreat|fundraiser|gala|banquet|luncheon|ceremony|shower|auction)\b"
          r"(?! (?:{MSGS}|texts?|list)\b)", "remove me from the race this weekend, I rolled my ankle"),
    # "pause the deliveries not the texts": the thing, with the texts kept.
    sense("thing-not-the-texts", r"\b(?:stop|pause|cancel|end|hold|suspend|quit)\w* (?:the |my |all |your )?(?:\w+ )?"
          r"(?!(?:{MSGS}|texts?|stuff|things|ones|junk|crap)\b)\w+ (?:but )?not (?:the|my|your|ur) (?:\w+ )?(?:{MSGS}|texts?)\b",
          "pause the deliveries not the texts"),
)


# --- round 9b: the clause that holds the opt-out words is not the request (reported, past, supposed, conceded) -------
_OPT_OUT_VERB = (r"(?:stop|stopped|quit|cancel\w*|unsubscrib\w*|unsub|opt(?:ed|ing)? out|block|blocked|turn(?:ed)? off|remove|removed|"
                 r"take|took|leave)")
_NOT_A_JOINT = (r"(?:(?!(?:and|so|but|please|pls|plz|then|now|because|cause|cuz|stop|tell|ask|let|text|txt|reply|send|write|message|"
                r"have|make|get)\b)\w+ )")
PATTERNS += (
    # Someone else's words or wish, told about: "my coworker told me she unsubscribed from yours", "everyone at work says to
    # unsubscribe from retail texts", "my husband says I should unsubscribe"; never a request passed on ("my wife wants me
    # to tell you to stop": the word after the report is then tell/ask, not the stop verb).
    sense("someone-else-says", r"\b(?:my (?:\w+ ){0,2}?(?:husband|hubby|wife|partner|boyfriend|bf|girlfriend|gf|fiance|fiancee|son|"
          r"daughter|kids?|mom|mum|mother|dad|father|grandma|grandpa|grandmother|grandfather|sister|brother|friends?|coworkers?|teen|teenager|"
          r"niece|nephew|cousin|aunt|uncle|"
          r"boss|roommate|neighbou?r|therapist|doctor|accountant|account|wallet|in law|family|mil)|everyone|everybody|people|"
          r"all my friends) (?:at work |at home |online )?(?:(?:\w+ ){1,4}?and )?(?:always |just |also |even )?(?:told|tells|tell|says|said|say|"
          r"keeps? (?:telling|saying|asking)|kept (?:telling|saying|asking)|wants?|wanted|thinks?|thought|swears?|is like|was like|"
          r"goes|asked|asks|suggested|suggests|yelled|yells|wants? (?:me|us)|wanted (?:me|us)) " + _NOT_A_JOINT + r"{0,5}?" + _OPT_OUT_VERB +
          # "my husband said to stop texting him": his own texts, passed on; "my boss keeps telling me to unsubscribe from these
          # texts, so please do": the advice names these texts, and may be taken.
          r"\w*\b(?! (?:(?:texting|messaging|sending|contacting|getting|receiving) )?(?:him|her|them|his|me|us|our|this (?:number|phone)|"
          r"my (?:number|phone|cell))\b)"
          r"(?! (?:(?:from|getting|receiving|of) )?(?:these|the|your|ur|this|them|those)\b| (?:from|of) (?:you|u)\b)"
          r"(?: (?!(?:so|and|but|please|pls|now|because|cause|cuz|since)\b)\w+){0,3}"
          # and the reason they gave: "... she unsubscribed from yours because you text too much"
          r"(?: (?:because|cause|cuz|since)(?: (?!(?:so|and|but|please|pls|now)\b)\w+){1,6})?",
          "my coworker told me she unsubscribed from yours", "everyone at work says to unsubscribe from retail texts",
          "my husband says I should unsubscribe for the sake of our marriage"),
    # Someone else already asked the business, told as what happened: "my neighbor said she told you to stop texting her and
    # you did", "my sister swears she texted you guys to remove her".
    sense("someone-else-asked-you", r"\b(?:he|she|they) (?:\w+ )?(?:told|asked|texted|emailed|called|begged) (?:you|u|yall|you guys|them)"
          r"(?: guys)? (?:like \w+ times |already |twice )?to (?:stop|remove|unsubscribe|take|quit|cancel|opt)\w*(?: \w+){0,3}",
          "my neighbor said she told you to stop texting her"),
    # The sender's own opt-out, told as over and done long ago: "I unsubscribed from you guys in college", "I opted out of your
    # texts in 2022 and back in in 2023", "I told you guys to stop texting me back in march and you did"; never a recent one ("I told you to stop
    # texting me last week", "I unsubscribed last week": a complaint that the texts go on), nor while the clause names them
    # going on ("I unsubscribed years ago and I'm still getting these").
    sense("done-long-ago", r"\b(?:i|we)(?: (?:had|have|already|actually|once|originally|first|did|even|kinda|basically))* "
          r"(?:(?:unsubscribed|opted out|stopped|blocked|cancell?ed|canceled|quit|turned off|tried to (?:opt out|unsubscribe|cancel|stop))\b"
          r"(?!(?: \w+)*? (?:still|again|keep|keeps|kept|continu\w*|anymore|any more)\b)"
          # A time alone ("I unsubscribed last year. Why am I getting this?") may open a complaint: the time must start a story (a
          # reason, a "when", a sequel) or be a time of life.
          r"(?: (?!(?:but|so|please|pls)\b)\w+){0,6}? (?:(?:last year|(?:a (?:while|year|long time)|years|(?:a few|a couple|two|three|\d+) "
          r"years|ages) ago|a while back|in (?:19|20)\d\d|back in (?:19|20)\d\d|over the (?:summer|winter|holidays)) (?:because|cause|cuz|"
          r"when|while|over|after|for a|and (?:then|back|came|signed|resubscribed)|then)|in (?:college|high school)|"
          r"once (?:thinking|because|by (?:mistake|accident)|when|over)|there|"
          r"when (?:i|we) (?:moved|lived|switched)|when (?:i|we) (?:was|were) (?:traveling|travelling|away|abroad|overseas|in college|in school|"
          r"pregnant|sick|in the hospital|moving|deployed|out of (?:town|the country)))|"
          r"(?:asked (?:you |u |yall |you guys )?to (?:stop|remove|unsubscribe|take|be removed)|"
          r"told (?:you|u|yall|you guys)(?: guys)? to (?:stop|remove|take|unsubscribe|quit))\b(?: \w+){0,6}? (?:and|which) (?:you|u|yall|they) did)\b",
          "I unsubscribed from you guys in college because I was broke", "I told you to stop texting me back in march and you did"),
    # A past attempt told as the start of a story: "last time I asked to be removed it took 3 weeks", "back when I lived on
    # Oak St I told you to stop the deliveries there".
    sense("last-time-i-did", r"\b(?:back when|years ago|a while back|once upon a time|(?:the )?last time(?= (?:i|we) (?:\w+ ){0,6}?(?:it|that) (?:took|worked|was)\b)) (?:i|we) "
          r"(?:\w+ ){0,4}?(?:asked|told|tried|opted|unsubscribed|stopped|cancell?ed|canceled|blocked|texted|replied)\b(?: \w+){0,5}",
          "last time I asked to be removed it took 3 weeks"),
    # An option the sender could take and does not: "I know I could opt out but...", "I'm aware I can opt out at any time",
    # "even though I could unsubscribe", "sure, I could block you"; never a threat ("I might unsubscribe if this keeps up"), or a polite
    # request ("if I could unsubscribe, that'd be great").
    sense("could-but-wont", r"(?<!\bif )(?<!\bhow )(?<!\bwhere )(?<!\bso )(?<!\bthat )\b(?:i|we) (?:could|can(?= (?:always|easily|just|"
          r"technically|simply) )) (?:(?:always|just|easily|probably|technically|totally|simply|"
          r"definitely|also|honestly|maybe|totally|have|of|ve) )*(?:opt(?:ed)? out|unsubscrib\w*|unsub|block(?:ed)?|cancel\w*|"
          r"remove(?:d)? (?:myself|me|ourselves)|stop(?:ped)? (?:the|these|them|your|getting))\b(?: \w+){0,3}",
          "I know I could opt out but the coupons save me money"),
    sense("aware-i-can", r"\b(?:aware|know|realize|realise|understand|get it|get that|i get) (?:that )?(?:i|we) (?:can|could|may) "
          r"(?:always |just |easily |still )?(?:opt out|unsubscribe|unsub|cancel|block|remove|stop|end|quit)\w*(?: \w+){0,4}",
          "I'm aware I can opt out at any time"),
    sense("aware-unsubscribing", r"\b(?:aware|know|realize|realise|understand) (?:that )?(?:unsubscribing|opting out|canceling|cancelling|"
          r"blocking) (?:is|was) (?:an option|possible|an choice|a choice)\b", "Yes I'm aware unsubscribing is an option"),
    # An opt-out supposed, not asked for: "If I ever want to unsubscribe I just text STOP right?", "in case I need to cancel the
    # texts later", "Would I lose my points if I unsubscribed", "say I wanted to stop just the promo texts", "supposing I opt
    # out on this number"; never a polite request ("if I could unsubscribe, that'd be great") nor a keyword insisted on
    # ("if I have to tell you to stop one more time").
    sense("supposed-opt-out", r"\b(?:if|in case|incase|say|supposing|suppose|what if) (?:i|we) (?:ever |later |someday |eventually |just )?"
          r"(?:(?:ever|later|someday|eventually|just|really|want to|wanted to|wanna|decide to|decided to|need to|needed to|were to|was to|"
          r"choose to|chose to|end up|go ahead and|do|did) ){0,3}?"
          r"(?:opt(?:ed)? out|unsubscrib\w*|unsub|cancel\w*|stop(?:ped)?|quit|block(?:ed)?|remove(?:d)? (?:myself|me))\b(?: \w+){0,4}",
          "in case I need to cancel the texts later", "supposing I opt out on this number"),
    sense("should-i-opt-out", r"^(?:\w+ )?(?:should|will|would|do|does) (?:i|we) (?:need to |have to |still need to |still have to )?"
          r"(?:opt out|unsubscribe|unsub|cancel|stop|block)\b(?: \w+){0,6}(?= (?:if|when|once|before|after|or)\b)",
          "Should I cancel the texts if I'm moving out of state?"),
    sense("will-i-need-to-opt-out", r"^(?:\w+ )?(?:will|would|do|does) (?:i|we) (?:need|have) to (?:opt out|unsubscribe|unsub|cancel|stop)\b"
          r"(?: \w+){0,3} (?:again )?(?:if|when|once|before|after)\b", "Will i need to opt out again if I get a new phone?"),
    sense("maybe-someday", r"\b(?:maybe|probably) (?:one day|someday|some day|eventually|in the future|down the road) "
          r"(?:(?:ill|i will|i ll|well|we will) )?(?:unsubscribe|opt out|unsub|cancel)\b(?: \w+){0,4}|"
          r"\buntil (?:after )?(?:\w+ ){1,3}?(?:and )?then (?:maybe |probably )?(?:(?:ill|i will|well) )?(?:unsubscribe|opt out|unsub|cancel)\b",
          "maybe one day I'll unsubscribe when I finally stop eating pizza",
          "im gonna keep them on until after the holidays and then maybe unsubscribe"),
    sense("why-would-i", r"\b(?:why|how) (?:would|could|should) (?:i|we|anyone|anybody|someone|people) (?:ever |even |possibly |want to |wanna )*"
          r"(?:unsubscrib\w*|opt out|stop|quit|cancel|leave|block)\b(?: (?!(?:so|and|but|please|pls)\b)\w+){0,6}",
          "why would I unsubscribe from the only texts that ever give me free food"),
    # Another contact than this phone: "remove my old address from the mailing list", "remove my landline from your system".
    sense("other-contact-off", r"\b(?:remove|take|delete|drop|erase)\w* (?:my|our|the) (?:old |new |home |work |previous |personal )?"
          r"(?:address|landline|home phone|house phone|work phone|office phone|email|e mail|email address|work email)\b"
          r"(?: (?:from|off|out of) (?:the |your |ur |my )?(?:\w+ )?(?:list|lists|system|file|records?|database|account))?",
          "please remove my old address from the mailing list"),
    # Another person's number taken off a pickup authorisation or an emergency contact ("can you take my husband's number off the
    # pickup authorization?"): the account's roles, not the texts.
    sense("number-off-a-role", r"\b(?:take|remove|delete|drop|erase)\w* (?:her|his|their|my (?:\w+ )?\w+s) (?:old |cell |phone )?"
          r"(?:number|cell|phone|phone number|name) (?:off|from) (?:the |your |my |our )?(?:\w+ )?(?:authori[sz]ations?|"
          r"emergency contacts?|pickup list|pick up list|approved list)\b",
          "can you take my husband's number off the pickup authorization?"),
    # The texts kept, one attribute corrected: "please stop sending me the Spanish version", "stop sending the reminder for the
    # old address", "quit sending me coupons that expire the same day"; never the hour ("stop texting me in the middle of the
    # night, or at all actually").
    sense("wrong-attribute", r"\b(?:stop|quit)\w* (?:sending|texting|messaging|txting)(?: (?:me|us))?(?: (?:the|my|these|your|ur|them))?"
          r"(?: \w+)?(?: \w+)? (?:in (?:spanish|english|french|german|chinese|portuguese)|(?:spanish|english|french) version|"
          r"(?:for|to) the (?:old|wrong|previous) \w+|"
          r"that (?:expire|expired|dont work|do not work|are expired|never work)|with the wrong \w+)\b(?! (?:or|and|nor) \w)",
          "please stop sending me the Spanish version", "stop sending the reminder for the old address"),
    sense("unsubscribe-from-being", r"\b(?:unsubscrib\w*|remove|opt) (?:(?:me|us) )?(?:out )?(?:from|of) (?:wanting|buying|spending|shopping|craving|needing|loving|being(?! (?:texted|txted|contacted|messaged|spammed|bothered|"
          r"harassed|called|on|in|part|added|included|sent|reminded|notified)\b)|adulting|life|mondays|reality|my (?:diet|budget|life|job|"
          r"responsibilities|problems|bills|diet plan))\b",
          "unsubscribe me from being broke"),
    sense("stop-being", r"\b(?:stop|quit) being\b(?: (?!(?:and|so|but|just|please|pls)\b)\w+){0,6}",
          "I'm going to need you to stop being this cute with your texts"),
    # The business's words quoted and asked about: "your text says 'opt out anytime' right under my appointment time",
    # "you wrote that I'd been 'unsubscribed from all marketing' last week?"; what follows "so" is the sender's own.
    sense("your-text-says", r"\b(?:your|the|ur|that|this) (?:last |latest |first |other |automated )?(?:text|txt|message|msg|reminder|email|"
          r"notice|flyer|sign|bot|footer|site|website|app) (?:literally |also |just )?(?:says|said|reads|read|wrote|states|stated)"
          r"(?: that)?(?: (?!(?:so|and|but|please|pls)\b)\w+){1,7}|\b(?:you|u|yall|you guys) wrote (?:that )?(?:(?!so\b)\w+ ){0,6}?"
          r"(?:unsubscribed|opted out|removed|cancell?ed|canceled)\b",
          "your text says 'opt out anytime' right under my appointment time"),
    sense("not-that-i-want", r"\b(?:its|it is|it s) not (?:that|like) (?:i|we) (?:really )?(?:want|wanna|need)\b(?: \w+){0,6}",
          "it's not that I want to stop getting the texts"),
    sense("dont-tell-me-how", r"\b(?:dont|do not|no need to|dont have to|dont need to|quit|stop)(?: \w+){0,3}? (?:tell|telling|remind|"
          r"reminding|explain|explaining) (?:me|us) how to (?:opt out|unsubscribe|stop|cancel|quit)\b(?: \w+){0,4}",
          "you don't need to tell me how to opt out in every message"),
    sense("keyword-replies-noun", r"\b(?:a lot of|lots of|many|so many|tons of|all the|any|those|these) (?:stop|unsubscribe|opt out|cancel) "
          r"(?:texts|messages|requests|replies|msgs)\b", "I know you guys probably get a lot of stop texts"),
    sense("business-will-stop", r"\b(?:youll|you will|you ll|u ll|ull|youd|you would|theyll|they will|they ll) (?:probably|eventually|"
          r"automatically|likely) (?:stop|quit|end)\w*(?: \w+){0,5}", "I know you'll probably stop sending these once my lease is up"),
    sense("close-to-opting-out", r"\b(?:this|so|very|pretty|real|that) close to (?:opting out|unsubscribing|cancell?ing|blocking|quitting)\b"
          r"(?: \w+){0,4}|\b(?:i|we) almost (?:unsubscribed|opted out|blocked|cancell?ed|canceled|quit)\b(?: \w+){0,4}",
          "I was this close to opting out after the 3 texts yesterday"),
    # Another business told to stop: "I told the walgreens down the street to stop texting me, glad yours are less annoying".
    sense("told-another-business", r"\b(?:i|we) (?:already )?(?:told|asked) (?:the other|another|a different|that other|my other|"
          r"the \w+ (?:down the street|across the street|next door|by my house|near me|on \w+)) (?:\w+ ){0,3}?to (?:stop|quit|remove|"
          r"unsubscribe|take)\w*(?: \w+){0,3}", "I told the walgreens down the street to stop texting me"),
    sense("push-notifications", r"\b(?:(?:stop|quit|end|disable|turn off|shut off)\w* (?:sending |giving |showing )?(?:me )?(?:the |these |your |"
          r"those |all )?)?(?:push|in app|app|browser|desktop) (?:notifications?|notifs?|alerts?|pop ?ups?)\b"
          r"(?! (?:and|or|n|plus|or even|as well as) (?:the |your |all )?(?:texts?|sms|text messages))",
          "can you make the app stop sending push notifications?"),
    sense("printed-mail", r"\b(?:printed|paper|mailed|physical|hard copy|hardcopy) (?:menus?|catalogs?|catalogues?|coupons?|flyers?|ads|"
          r"mailers?|copies|bills?|statements?|receipts?|newsletters?|magazines?|mail)\b(?! (?:and|or|n|plus|as well as) "
          r"(?:the |your |all )?(?:texts?|sms|text messages))|\bin (?:my|the|our) (?:mailbox|mail box|letterbox|letter box|mail)\b",
          "I'd like to stop getting the printed menus in my mailbox"),
    # Removed without asking, then back: "got removed from the list somehow last month".
    sense("got-removed-somehow", r"^(?:i |we )?(?:somehow )?(?:got|was|were|been) (?:somehow )?(?:removed|unsubscribed|opted out|dropped|"
          r"kicked|taken) (?:off |from |out of )?(?:\w+ ){0,3}?(?:somehow|by mistake|by accident|accidentally|for some reason)\b",
          "got removed from the list somehow last month"),
    sense("you-unsubscribed-someone", r"\b(?:you|u|yall|you guys|they) (?:\w+ )?(?:unsubscrib\w*|remov\w*|opt(?:ed|ing)? out|"
          r"cancell?(?:ed|ing)|cancel(?:ed|ing)) (?:my|his|her|our) (?:\w+ )?(?:mom|mum|mother|dad|father|husband|wife|son|daughter|kids?|grandma|grandpa|"
          r"sister|brother|partner|roommate)\b(?: \w+){0,5}", "really appreciate you guys unsubscribing my mom from the paper mail"),
    # A screen or message that mentioned opting out, asked about: "my phone said something about opting out when I got your
    # text", "did it opt me out?".
    sense("something-about-opting-out", r"\b(?:something|anything|stuff|a thing|a message|a note|a popup|a pop up|a banner|a button|"
          r"an option) (?:about|saying|re|that said|that says) (?:opting out|unsubscribing|stopping|blocking|cancell?ing|canceling)\b"
          r"(?: \w+){0,4}", "my phone said something about opting out when I got your text"),
    sense("did-it-opt-me-out", r"\bdid (?:it|that|this|you|u|they) (?:just |accidentally )?(?:opt|unsubscrib\w*|remove) (?:me|us)\b(?: out)?"
          r"(?!(?: \w+){0,3} yet\b)",  # "did you remove me yet?" waits for a removal asked for
          "did it opt me out? I still want them"),
    sense("what-kind-of-person", r"\bwhat kind of (?:person|people|idiot|monster|human|weirdo) (?:\w+ ){0,2}?(?:cancels?|unsubscribes?|"
          r"opts? out|stops?|blocks?|quits?)\b(?: \w+){0,4}", "what kind of person cancels a dentist reminder?"),
    # A change supposed, not a request about today's texts: "if you guys start texting me every day I'm out lol" (unlike "if you
    # don't stop" or "if you keep texting me", which demand it).
    sense("if-you-start", r"\bif (?:you|u|you guys|yall|they) (?:ever )?(?:start|begin|started|began)\b(?: \w+){0,6}",
          "if you guys start texting me every day I'm out lol but once a week is perfect"),
    # The texts sent to another phone, redirected here: "stop sending the coupons to my husband's phone and send them to mine".
    sense("redirect-to-mine", r"\b(?:stop|quit)\w* (?:sending|texting|messaging)\w* (?:\w+ ){0,3}?to (?:my|his|her|their|the) (?:\w+s |old |other )?"
          r"(?:phone|cell|number|email|line)\b(?= (?:and|but|instead,?)? ?(?:just )?(?:send|text)\w* (?:\w+ )?(?:to |on )?(?:mine|me|my cell|"
          r"my phone|my number|this (?:number|phone|one))\b)", "stop sending the coupons to my husband's phone and send them to mine"),
    # How the texts are written, not whether they come: "can you stop addressing the texts to 'Valued Customer'".
    sense("texts-written-how", r"\bstop (?:addressing|formatting|signing|dating|label+ing|titling|personali[sz]ing|starting|ending|"
          r"capitali[sz]ing|spelling) (?:the |your |these |my |all )?(?:texts?|messages?|reminders?|emails?|msgs?)\b(?: \w+){0,4}",
          "can you stop addressing the texts to Valued Customer"),
    sense("unsubscribing-as-noun", r"\bthe (?:unsubscribing|unsubscribe|opt ?out|opting out|canceling|cancelling|stop|stopping) "
          r"(?:stuff|business|side of things|line|lines|footer|disclaimer|wording|language|sentence)\b"
          r"(?! (?:doesnt|does not|dont|isnt|is not|wont|didnt|never|aint)\b)",
          "my wife handles the unsubscribing stuff on her phone", "I get that you have to put the opt out line in every text"),
    sense("texts-from-old-provider", r"\b(?:texts?|messages?|reminders?|alerts?) (?:with|from|for|at) (?:the|my) (?:old|other|previous|former) "
          r"(?:\w+ )?(?:clinic|office|store|location|branch|company|provider|practice|dentist|doctor|pharmacy|gym|salon|bank)\b",
          "my dentist's office told me to cancel my texts with the old clinic"),
    sense("would-stopping-x-stop", r"^(?:\w+ )?(?:would|will|does|do|could) (?:stopping|cancell?ing|canceling|turning off|ending|pausing|closing|"
          r"removing|switching off) (?:\w+ ){1,3}?(?:also )?(?:stop|cancel|end|turn off|affect)\w*(?: \w+){0,4}",
          "would stopping autopay stop the text reminders too?"),
    sense("who-unsubscribes", r"^(?:\w+ )?who (?:even |actually |ever |in their right mind |in the world )?(?:unsubscribes?|opts? out|cancels?|"
          r"blocks?|stops?)\b(?: \w+){0,5}", "who unsubscribes from a pizza place? not me"),
    # The business's words quoted first: "“Unsubscribe in one tap” is what it says at the bottom".
    sense("is-what-it-says", r"^(?:\w+ ){1,6}?(?:is|was) what (?:it|the \w+|your \w+|you|u|they) (?:says|said|say|wrote|write)\b",
          "Unsubscribe in one tap is what it says at the bottom"),
    sense("why-do-people", r"\bwhy (?:do|would|does|did) (?:people|anyone|anybody|folks|some people|so many people) (?:even |ever )?"
          r"(?:unsubscribe|opt out|stop|cancel|block)\w*(?: \w+){0,5}", "why do people opt out of appointment reminders?"),
    # Another provider's texts, and what it did or made the sender do: "our old bank made us opt out of texts to get paperless".
    sense("old-provider-did", r"\b(?:my|our) (?:old|previous|former|other|last) (?:bank|store|pharmacy|company|provider|carrier|gym|school|"
          r"clinic|doctor|dentist|salon|landlord|insurance)\b(?: \w+){0,4}? (?:opt\w* out|unsubscrib\w*|stop\w*|cancel\w*|block\w*)\b(?: \w+){0,4}",
          "our old bank made us opt out of texts to get paperless"),
    # Others who do not want the texts, as the business's policy: "parents who don't want the snow day texts can opt out".
    sense("people-who-dont-want", r"\b(?:people|parents|customers|members|anyone|those|folks|patients|users|families|students) who "
          r"(?:dont|do not|no longer|dont really) (?:want|need|like)\b(?: \w+){0,6}",
          "the school office said parents who don't want the snow day texts can opt out"),
    # --- round 10: hard negatives typed without punctuation ----------------------------------------------------
    # A booking named by its time or day: "cancel my 3pm ill text u tmrw to rebook", "cancel tmrw ill text u later".
    sense("cancel-a-time", r"\bcancel\w* (?:(?:my|the|our|this|that|your|ur|for|on|it for|me for|me on|us for) )?"
          r"(?:\d{1,2}(?: \d\d)?(?: ?(?:am|pm|a|p|oclock|o clock))?|noon|tmrw|tmr|tomorrow|tomorrows|tmrws|today|todays|2day|2nite|tonight|tonights|"
          r"(?:mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(?:day|days|s)?|this (?:morning|afternoon|evening|week|weekend)|"
          r"next (?:week|time|one|visit|session|class))\b(?! (?:{MSGS}|texts?|texting)\b)",
          "cancel my 3pm ill text u tmrw to rebook", "cancel tmrw ill text u later"),
    # Nagging that the sender ends by complying: "haha ok ok ill come in stop nagging", "stop bugging me ill pay it tmrw".
    sense("stop-nagging-i-will", r"(?:^|\b(?:ok ok|okay okay|fine fine|ok fine|okay fine|alright alright|fine|alright|ok|okay) )(?:(?:ok|okay|fine|"
          r"alright|lol|haha|hahaha|geez|jeez|sheesh|omg|yes) )*(?:i will|ill|im gonna|i am gonna|im going to|i am going to) " + _COMPLY +
          r"\b(?: \w+){0,3}? (?:stop|quit) (?:nagging|bugging|pestering|hassling|hounding|reminding|asking)(?: me| us)?(?: {PLEASE}| lol| haha| geez| jeez)*$|"
          r"\b(?:stop|quit) (?:nagging|bugging|pestering|hassling|hounding|reminding|asking)(?: me| us)? (?:(?:lol|haha|geez|jeez|omg|ok|okay|fine) )*"
          r"(?:i will|ill|im gonna|im going to|i am going to) " + _COMPLY + r"\b",
          "haha ok ok ill come in stop nagging", "stop bugging me ill pay it tmrw"),
    # A contract mistyped "contact": "can i end the contact early if i move", "we ended our contact with the old company".
    sense("end-a-contract", r"\b(?:end|ends|ended|ending|cancel\w*|terminat\w*|break|broke|breaking) (?:the|my|our|this|that|his|her) contact "
          r"(?:early|before|after|at the end|in \w+|on the \w+|with (?:the|my|our|that) (?:old|previous|former|other|landlord|company|gym|carrier|"
          r"provider|agency|builder|realtor)\b)", "can i end the contact early if i move for work"),
    # Another channel's list: "can u take me off the email list i get these texts anyway", "take me off the call list".
    sense("off-other-channel-list", r"\b(?:take|get|put|remove|drop|cross|kick|pull|scratch)\w* (?:me|us|my (?:\w+ )?(?:number|name|email|address)) "
          r"(?:off|from|out of) (?:the|your|ur|this|that|all|all your|ya) (?:email|e mail|emailing|call|calling|phone call|robocall|catalog|"
          r"catalogue|newsletter|paper|postal|snail mail|direct mail)s? lists?\b"
          r"(?!(?: \w+)? (?:and|or|n|&|plus|as well as|too|also) (?:also )?(?:from |off )?(?:the |your |ur |all )?(?:text|texts|txt|txts|sms|texting|messages)\b)",
          "can u take me off the email list i get these texts anyway"),
    # Someone else made to stop: "how do i get my ex to stop texting me lol", "make my daughter quit messaging me in class".
    sense("someone-else-to-stop", r"\b(?:get|make|tell|ask|convince|teach|force)\w* (?:my|his|her|our) (?!(?:phone|cell|number|line|mobile|account|"
          r"carrier|provider|settings|iphone|android)\b)(?:\w+ ){1,2}?(?:to )?(?:stop|quit) (?:texting|messaging|calling|sending|spamming|bugging|"
          r"contacting|snapchatting|dming|facetiming)\b(?: (?:me|us|him|her))?",
          "how do i get my ex to stop texting me lol"),
)
