"""The intent rules, pinned with hand-written cases (not the evaluation corpus).

Every category is covered in both directions: what must opt out, and the
nearest thing that must not.
"""

import pytest

from ingest.intent.engine import CONSTRUCTIONS as CONSTRUCTION_PATTERNS
from ingest.intent.lexicon import PATTERNS
from ingest.intent.patterns import Effect
from ingest.keywords import KeywordRules, Label, MatchMode, rules_from_env

INTENT = KeywordRules(mode=MatchMode.INTENT)
OUT, IN, HELP, OTHER = Label.OPT_OUT, Label.OPT_IN, Label.HELP, Label.OTHER


def label(text: str) -> Label:
    return INTENT.decide(text).label


OPT_OUTS = {
    "keyword": ["STOP", "Stop.", "UNSUBSCRIBE", "stop stop stop", "CANCEL", "quit!!"],
    "keyword with signature or quote": ["Stop\n\nSent from my Galaxy", "END\n> Reply END to stop"],
    "polite": ["Could you please stop sending me these messages? Thank you", "Kindly remove my number",
               "Please discontinue these messages", "Can you not text me anymore", "Leave me be",
               "I'd appreciate it if you took me off your list"],
    "angry": ["STOP TEXTING ME!!!", "leave me the f alone", "piss off with these ads", "Quit spamming my phone"],
    "sarcastic": ["oh wonderful, another promo text. just what I needed", "yay more spam"],
    "abbreviation or typo": ["pls stp txting me", "unsubscirbe", "Sotp", "stopppp", "plz unsub", "remvoe me"],
    "natural language": ["I'm done with your texts", "no more messages please", "delete my number",
                         "I don't want these messages anymore", "how do I get off this list"],
    "channel switch": ["don't text, email me instead", "please call instead of texting"],
    "partial revocation": ["stop the marketing texts, I only want delivery updates", "no more promos"],
    "wrong number": ["wrong number", "You have the wrong person", "there is no Greg here",
                     "this isn't Tamara's phone anymore"],
    "deceased": ["My mother passed away, please stop", "this phone belonged to my late husband"],
    "denial of consent": ["I never signed up for this", "who gave you my number?", "I did not consent to this"],
    "other languages": ["Por favor dejen de mandarme mensajes", "no quiero recibir más promociones",
                        "Ne m'envoyez plus de SMS", "Désabonnez-moi", "Parem de me enviar mensagens",
                        "Bitte keine Werbung mehr per SMS", "Non voglio più ricevere messaggi", "СТОП", "退订",
                        "STOPP", "Afmelden", "Ich will diese Nachrichten nicht"],
}
NOT_OPT_OUTS = {
    "negation": ["Please don't stop sending the coupons", "never stop texting me these deals"],
    "question about STOP": ["If I reply STOP will I still get my delivery updates?", "what does END do?",
                            "does texting STOP cancel my membership?"],
    "other sense": ["I'll stop by after work", "Can you cancel my appointment on Friday?", "cancel my order #4471",
                    "By the end of the week is fine", "I quit my job so I need to change my address",
                    "Can I opt out of the paperless billing?", "I can't stop laughing at this ad",
                    "the bus stop near the store", "He passed the exam!",
                    "I told my boss to stop texting me after hours"],
    "quoted instruction": ['Liked "Reply STOP to opt out"', 'Loved “Stop by for 2-for-1 tacos!”',
                           "Your message said reply STOP to unsubscribe, cool"],
    "another channel": ["stop calling me, texts are fine", "please stop emailing, text me instead"],
    "plain chat": ["See you at 5", "ok", "Thanks!", "What time do you open?", "yes", "Y", ""],
}
OPT_INS = ["START", "unstop", "Subscribe", "turn them back on please", "I replied STOP by mistake",
           "sign me back up", "I accidentally unsubscribed, can you add me back?", "resume my alerts"]
HELPS = ["HELP", "info", "help?", "Ayuda", "I need help with my booking"]


@pytest.mark.parametrize(("category", "text"), [(c, t) for c, ts in OPT_OUTS.items() for t in ts])
def test_these_replies_opt_out(category, text):
    assert label(text) is OUT, INTENT.decide(text)


@pytest.mark.parametrize(("category", "text"), [(c, t) for c, ts in NOT_OPT_OUTS.items() for t in ts])
def test_these_replies_do_not_opt_out(category, text):
    assert label(text) is not OUT, INTENT.decide(text)


@pytest.mark.parametrize("text", OPT_INS)
def test_explicit_opt_in_requests_opt_in(text):
    assert label(text) is IN, INTENT.decide(text)


@pytest.mark.parametrize("text", HELPS)
def test_help_requests_are_help(text):
    assert label(text) is HELP, INTENT.decide(text)


def test_a_bare_yes_is_no_opt_in_in_intent_mode_but_still_is_in_exact_mode():
    assert label("YES") is OTHER
    assert KeywordRules().decide("YES").label is IN


@pytest.mark.parametrize(("text", "rule"), [
    ("STOP", "keyword:STOP"),
    ("pls remove me from this list", "phrase:remove-me"),
    ("don't stop the texts", "negated:stop-sending"),
    ("cancel my order", "none"),
    ('Liked "Reply STOP to opt out"', "quoted:tapback"),
    ("BAJA", "sentence:BAJA"),
    ("I replied STOP by mistake", "phrase:by-mistake"),
    ("if I text STOP do I lose my points?", "none"),
])
def test_each_decision_names_its_rule(text, rule):
    assert INTENT.decide(text).rule == rule


def test_an_intent_only_opt_out_is_marked_as_not_decided_by_a_keyword():
    assert INTENT.decide("STOP").by_keyword
    assert not INTENT.decide("please stop texting me").by_keyword


@pytest.mark.parametrize("text", [
    "No thanks stop", "To whom it may concern STOP", "STOP for the 2nd time", "Unsubscribe 40404!!",
    "Good evening, QUIT", "cancel the textes pls", "Yes. END",
])
def test_a_keyword_reply_exact_mode_opts_out_is_an_opt_out_in_intent_mode_too(text):
    assert KeywordRules(mode=MatchMode.EXACT).decide(text).label is OUT
    assert label(text) is OUT


@pytest.mark.parametrize("text", ["don't stop", "No thanks, don't stop", "Good evening, can you stop by?"])
def test_intent_keeps_its_own_reading_where_a_rule_cancels_the_keyword(text):
    assert label(text) is not OUT


def test_an_opt_in_request_that_mentions_stop_is_never_an_opt_out():
    decision = INTENT.decide("Sent STOP by accident, please turn the texts back on")
    assert decision.label is IN


def test_an_empty_opt_in_list_disables_intent_opt_ins_too():
    rules = rules_from_env({"KEYWORD_MATCH": "intent", "OPT_IN_KEYWORDS": ""})
    assert rules.decide("turn them back on").label is OTHER
    assert rules.decide("START").label is OTHER
    assert rules.decide("I replied STOP by mistake").label is OTHER  # and never an opt-out


def test_custom_opt_out_keywords_work_as_whole_messages_in_intent_mode():
    rules = rules_from_env({"KEYWORD_MATCH": "intent", "OPT_OUT_KEYWORDS": "STOP,ENOUGH"})
    assert rules.decide("enough").rule == "keyword:ENOUGH"


def test_the_intent_event_keyword_is_the_rule_not_the_text():
    match = INTENT.classify("please stop texting me, Sam")
    assert match.keyword == match.rule and "sam" not in match.keyword.lower()


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.name)
def test_every_pattern_example_is_decided_by_its_own_kind(pattern):
    for example in pattern.examples:
        decision = INTENT.decide(example)
        if pattern.effect is Effect.OPT_OUT:
            assert decision.label is OUT, (example, decision)
        elif pattern.effect is Effect.OPT_IN:
            assert decision.label is IN, (example, decision)
        elif pattern.effect is Effect.HELP:
            assert decision.label is HELP, (example, decision)
        else:
            assert decision.label is not OUT, (example, decision)


def test_pattern_names_are_unique():
    names = [p.name for p in PATTERNS]
    assert len(names) == len(set(names))


# How the engine reads a message's construction, whatever the words: each case in both directions.
CONSTRUCTIONS = {
    "a sign-up made by mistake is a reason to stop, a STOP sent by mistake one to start again": [
        ("unsubscribe, I subscribed by accident", OUT), ("I joined this by mistake lol stop", OUT),
        ("someone typed my number by mistake at the till", OUT),
        ("I texted STOP by mistake, I want them back", IN), ("enrolled in the wrong class by mistake, help", HELP)],
    "a German comma before dass or a zu-infinitive keeps the negation with its request": [
        ("Ich will nicht, dass ihr mich kontaktiert", OUT), ("Ich möchte nicht, dass ihr damit aufhört", OTHER),
        ("Ich möchte nicht, weiterhin SMS zu erhalten", OUT),
        ("Danke, dass ihr euch meldet", OTHER)],
    "an aside between commas is read as if it were not there": [
        ("No quiero, en serio, que me escriban más", OUT), ("Non voglio, sul serio, che mi mandiate messaggi", OUT)],
    "a denial told before a request does not negate it": [
        ("havent subscribed to anything quit texting me", OUT), ("I haven't stopped getting the deals, all good", OTHER)],
    "a death beside a booking to cancel is no notice about the number": [
        ("my grandpa passed away, please cancel his eye exam", OTHER),
        ("my grandpa passed away, please stop texting his number", OUT)],
    "a bare Stop of surprise at an offer or halting an order is not about the texts": [
        ("Stop! Is the 2 for 1 for real?", OTHER), ("stop, don't ship it yet", OTHER),
        ("STOP. Is this for real? Third text today", OUT), ("Stop", OUT)],
    "what the sender types under a tapback is their reply": [
        ("Liked “Your table is ready”\nplease stop texting me", OUT), ("Loved “Reply STOP to opt out”", OTHER)],
    "a business text's own instruction quoted above the reply is a mention": [
        ("Reminder: cleaning at 9. Reply Y to confirm, STOP to opt out\n\nY", OTHER)],
    "an intention given up after 'but' is no request, an obstacle keeps it": [
        ("I wanted to opt out but I'll stay for the coupons", OTHER),
        ("I wanted to opt out but the link is broken, can you do it", OUT)],
    "a wish against stopping, or a double negative, is no request": [
        ("No queremos que dejen de mandarnos cupones", OTHER), ("not that I don't want the texts, they're just early", OTHER),
        ("no quiero que me sigan mandando ofertas", OUT)],
    "'unless' limits the texts, 'until' only delays them": [
        ("do not text me unless it's about my prescription", OUT), ("don't text me until the part is in", OTHER)],
    "an opt-in taken back, rhetorical or answered no gives way to the opt-out": [
        ("I replied stop by mistake, put me back. Actually no, stop", OUT), ("Start again? No. Stop", OUT),
        ("why would I want to unsubscribe? love these", OTHER)],
    "a negated stop whose object is swapped for another stops that one": [
        ("don't stop the reminders, only the promos", OUT), ("don't stop the reminders, they help", OTHER)],
    "a negated send with 'anymore', or a negated 'keep sending', asks to stop": [
        ("don't send these anymore please", OUT), ("I don't want you to keep texting me", OUT),
        ("je ne veux pas que vous continuiez à m'envoyer des SMS", OUT), ("don't send the broken one again", OTHER),
        ("nah I don't want them anymore, the boots pinch, how do returns work", OTHER),
        ("quit sending me emails and texts", OUT), ("we really dont want yall messaging us anymore", OUT), ("you never text me the promos anymore :(", OTHER), ("I don't want you texting me the receipt, print it", OTHER)],
    "a past opt-out told as a time is a report, unless the texts go on": [
        ("no texts since I unsubscribed, perfect", OTHER), ("I got two more after I unsubscribed", OUT)],
    "'so' before an order ends a run-on reason": [
        ("they told me to text stop so stop", OUT), ("i'm so happy with these", OTHER),
        ("je n'ai jamais donné mon numéro donc arrêtez", OUT)],
    "'no need to keep texting me' asks to stop, about one booking it does not": [
        ("no need to keep texting me", OUT), ("no need to keep texting me about tomorrow, I'll be there", OTHER)],
    "a bare Stop correcting an order means wait": [
        ("stop! the order is for Saturday not Sunday", OTHER), ("stop. not interested", OUT)],
    "a bare Stop or Enough before a question about the offer, a purchase or a corrected address is no request": [
        ("Para, para, ¿el envío a Monterrey es gratis?", OTHER), ("Enough!! ok I'm taking three", OTHER),
        ("Стоп, я перепутал адрес, дом 7", OTHER), ("Stop, the jacket is really €40?", OTHER),
        ("Stop! I'll take it up with the FCC", OUT), ("Basta, non compro niente", OUT),
        ("Stop, mauvaise couleur, je voulais le bleu", OTHER), ("Stopp, falsche Adresse, es ist Hausnummer 12", OTHER),
        ("Stop, is it free to reply to these?", OUT)],
    "double spaces, an opening 'ok' or 'hey' and text-speak '2' / '4' are read as the words they stand for": [
        ("please  stop  texting  me", OUT), ("ok no more please", OUT), ("hey I want out", OUT), ("I told u 2 stop", OUT),
        ("hey  stop  by  the  shop  later", OTHER), ("I want 2 large pizzas", OTHER), ("I need 4 tickets", OTHER),
        ("I dont want u tetxing me anymore", OUT), ("who keeps mesaging my wife's phone? please stop", OUT),
        ("oops wrong person, meant 2 send this 2 my brother", OTHER), ("you never had my permission 2 bill my card twice", OTHER),
        ("I replied STOP by mistake 2 another store, not you guys", OTHER),
        ("my late husband used 2 shop here, is his jacket ready?", OTHER)],
    "French and Italian elisions typed without the apostrophe": [
        ("ne menvoyez plus rien", OUT), ("jai dit stop", OUT), ("cest pas Julien", OUT), ("toglietemi dallelenco", OUT),
        ("chuis pas intéressé, arrêtez", OUT), ("cest pas grave", OTHER), ("mi cancelli lappuntamento di giovedì?", OTHER),
        ("ma soeur ma dit de me désinscrire mais non merci je reste", OTHER), ("un appel plutôt quun SMS, au lieu dun texto", OUT),
        ("vi diffido dallutilizzare questo numero", OUT),
        ("décrivez-moi le produit", OTHER)],
    "'not <Name>' is read after an opener and before thanks or an emoji, never as a question": [
        ("Hey, not Kevin 🙄", OUT), ("Je ne suis pas Martine, merci", OUT), ("I'm not Kevin?", OTHER)],
    "in an English run-on, a negator reaches the request only across the words that can stand between them": [
        ("not me wrong guy stop texting", OUT), ("im not kidding stop texting me", OUT), ("Never again take me off", OUT),
        ("i dont want you to stop texting me", OTHER), ("please don't ever stop sending these", OTHER),
        ("don't take me off the list", OTHER), ("I wouldn't dream of unsubscribing", OTHER)],
    "a leading STOP typed without its full stop ends its own sentence": [
        ("stop im not buying anything", OUT), ("stop this is the 4th text today", OUT), ("unsubscribe i never signed up", OUT),
        ("STOP found it annoying tbh", OUT), ("Basta non compro niente da voi", OUT), ("stop it youre too sweet", OTHER),
        ("stop im so excited", OTHER), ("ok STOP how is this only $12", OTHER), ("enough said, book me for Tuesday", OTHER),
        ("Stop no me interesa nada", OUT), ("basta sono stufa di questi sms", OUT), ("Enough no more deals", OUT),
        ("Halt stopp ich will keine Werbung", OUT), ("para no me digas que llegó", OTHER)],
    "a bare keyword of another language run on after a reason to stop, with no punctuation, is the request": [
        ("Isso é spam parem", OUT), ("Je ne suis pas cliente chez vous arrêtez", OUT),
        ("por favor não parem", OTHER), ("non voglio che smettete", OTHER)],
    "a bare keyword ending the whole message as typed is the request, unless negated, a noun or a laugh": [
        ("ustedes son unos pesados basta", OUT), ("you guys are relentless stop", OUT), ("Ihr nervt total STOPP", OUT),
        ("third promo since lunch basta", OUT), ("not buying anything from you people stop", OUT),
        ("the bus driver never did stop", OTHER),
        ("the ride home didnt even stop", OTHER),
        ("the shuttle skipped my usual stop", OTHER), ("mandatemi solo le fatture e basta", OTHER),
        ("these deals are unreal lol stop", OTHER), ("passe me prendre stp", OTHER)],
    "a decimal point or a thousands comma does not end a clause": [
        ("stop! the cake was 24.50 not 42.50", OTHER), ("stop texting me, I've had 1,200 of these", OUT)],
    "a help request taken back is no help": [
        ("can you help me find the entrance? nvm found it", OTHER), ("help, I can't log in", HELP)],
    "a pasted business text says what its keyword does": [
        ("Sale ends tonight! Txt END to quit\nEND", OUT), ("Reply CANCEL to cancel your appointment tomorrow\nCANCEL", OTHER),
        ("STOP Reply STOP to opt out", OUT)],
    "an opt-in of another kind of message or channel does not beat the opt-out before it": [
        ("stop the promos and only send the order updates", OUT), ("I sent stop by mistake, please turn them back on", IN)],
    "a death beside a booking, in other languages": [
        ("Mi abuela falleció, cancelen su cita del martes", OTHER), ("Mi abuela falleció, borren este número", OUT)],
    "a number beside a lone keyword is what it is about, not beside CANCEL": [
        ("STOP 555-0134", OUT), ("cancel 4", OTHER)],
    "a reason run on into a bare STOP": [
        ("i never shopped there stop", OUT), ("the bus didnt stop", OTHER), ("does replying END work like STOP", OTHER)],
    "keeping something else than the texts does not cancel the opt-out": [
        ("unsubscribe me but keep my points", OUT), ("opt out of the mailers, keep the texts", OTHER),
        ("no more reminders of any kind, I keep my own schedule", OUT)],
    "a stop for one event the sender says is settled is no revocation, unless widened": [
        ("you can stop the reminders for this booking, we'll be there", OTHER),
        ("no more alerts about that transaction pls, that was me at the pharmacy", OTHER),
        ("stop the reminders for this booking and every other one, I'm moving away", OUT),
        ("stop texting me about the loan, I paid it off", OUT)],
    "'I'm not <Name>' after something else on the line is a wrong-number notice": [
        ("Sorry, wrong person, I'm not Marisol", OUT), ("Numero sbagliato, non sono il dottor Bianchi", OUT),
        ("It's raining here, this isn't Arizona", OTHER)],
    "the texts asked for after another channel was stopped": [
        ("unsubscribed from your emails already, now the texts too", OUT),
        ("unsubscribed from your emails already, thanks", OTHER)],
    "an opt-in request taken back with 'nvm' is nothing, one taken back for a stop is the stop": [
        ("can you turn my texts back on? nvm, they're coming through now", OTHER),
        ("I replied STOP by accident, sign me back up. nvm, just stop", OUT)],
    "'not by text' beside another channel asked for is a channel switch, alone it answers anything": [
        ("nicht per SMS. Per Post bitte", OUT), ("no por mensajes, prefiero por teléfono", OUT),
        ("pas par SMS", OTHER), ("Pas par SMS, le code est arrivé par mail", OTHER)],
    "a bare keyword asked back, then asked about, is a mention": [
        ("Unsubscribe? what does that mean", OTHER), ("STOP? seriously? stop texting me", OUT)],
    "a laugh put aside ('but seriously') leaves the request meant": [
        ("lmao ok but seriously, stop", OUT), ("omg stop lol", OTHER)],
    "the texts named, then declined with thanks": [
        ("your promo texts? no thanks", OUT), ("Ihre SMS, nein danke", OUT), ("extra napkins, no thanks", OTHER)],
    "closing a dead person's account ends the texts, moving their points is an errand": [
        ("my mother passed away, please close her account", OUT),
        ("my mother passed away, can I transfer her rewards to my card?", OTHER),
        ("my father passed last spring, I'm settling his estate, who handles closing his storage unit?", OTHER)],
    "an 'it' to stop beside a nuisance named in the message, and no texts, is the nuisance": [
        ("my knee is so swollen, I need it to stop hurting, can I come in today?", OTHER),
        ("the dishwasher keeps beeping, how do I make it stop", OTHER),
        ("make it stop, three texts today already", OUT), ("I just want it to stop", OUT)],
    "a bare 'no more' answering for an order is about the order": [
        ("no more, just the 3 tacos and a horchata", OTHER), ("no more. just the reminders please", OUT),
        ("No more please. Just one question, how do I get my points?", OUT)],
    "text-speak and a 'PS kidding' are read like the words they stand for; a message sent to the wrong chat is no STOP": [
        ("quit it, ur making me hungry", OTHER), ("stop it ur texts are annoying", OUT),
        ("stop\n\nPS kidding see you friday", OTHER), ("oops sent that to the wrong chat stop", OTHER),
        ("I don't want 2 miss the reminders, can you add my work number too?", OTHER),
        ("pls stop reminding me 2 return the library book, I returned it Monday", OTHER),
        ("quit sending 2 reminders, one is enough", OTHER)],
    "a message that ends by saying it went to the wrong chat asks this business nothing": [
        ("stop texting me about the party, ugh. oops wrong chat", OTHER), ("remove me from this group, wrong group chat", OTHER),
        ("stop texting me. wrong chat? no, I mean it", OUT),
        ("wrong person, please disregard", OTHER), ("you have the wrong person, please stop", OUT)],
    "an opt-in to a sport, a camp or a booking is not an opt-in to the texts": [
        ("yes please sign me back up for soccer this fall", OTHER), ("I didn't mean to cancel my appointment, can I get it back?", OTHER),
        ("I didn't mean to unsubscribe, can I get it back?", IN), ("turn my appointment reminders back on", IN),
        ("put me back on the 8am shift please", OTHER), ("resubscribe me to the wine club please", OTHER)],
    "run-on text breaks before the texts allowed after another channel, and before a 'jk'": [
        ("quit emailing me text me instead", OTHER), ("too many emails texts are fine", OTHER),
        ("leave me alone I am sleeping jk what time do you open", OTHER), ("stop texting me texts are annoying", OUT)],
    "a stop to the reminders of one errand the sender says is done is no request": [
        ("you can stop reminding me about the water bill, I paid it online", OTHER),
        ("ok you can stop bugging me lol, I booked it", OTHER),
        ("stop reminding me about the water bill and everything else, I'm done with you", OUT),
        ("you can stop reminding me, I'm not a child", OUT), ("no need to keep reminding me, I paid already", OTHER),
        ("no need to keep reminding me", OUT)],
    "a stop to another phone of the sender's, with this number asked for, is a change of number": [
        ("please stop texting my work cell, text me here instead", OTHER),
        ("stop texting the old number ending in 0199, use this one from now on", OTHER),
        ("stop texting me here, use my work cell", OUT), ("stop texting my work phone", OUT),
        ("Can you stop texting my work number? This one is better", OTHER)],
    "praise of an offer in a complaint about it is a compliment; a number with a letter stays a number": [
        ("stop it with the 2 for 1 tacos, my fridge is full lol", OTHER),
        ("stop sending me these deals, you're making me go broke and I'm annoyed", OUT),
        ("OMG stop it with these deals, I can't afford to buy everything 😂", OTHER),
        ("please stop texting me such good deals lol, my wallet is crying", OTHER),
        ("stop texting me these amazing deals, I asked you twice", OUT),
        ("remove my middle name from the account, it's misspelled", OTHER), ("remove my name from your list", OUT),
        ("please remove me from the 10k on Sunday, I sprained my ankle", OTHER)],
    "a bare Stop waving off an apology, or before asking to hold an item, is no request": [
        ("Stop, no need to apologize, the replacement came today", OTHER), ("STOP! is that the blue one? save it for me", OTHER),
        ("Stop. It's fine, I just don't want texts anymore", OUT)],
    "a STOP texted by someone else or taken back, 'I'm out' while away, offers too good: no request": [
        ("my son keeps texting you STOP, ignore him please", OTHER), ("ignore the STOP I sent, my phone glitched", OTHER),
        ("I'm out, running errands, will text you back", OTHER), ("you need to stop, these deals are too good", OTHER),
        ("I texted you stop", OUT), ("I'm out", OUT), ("im out, stop texting me", OUT),
        ("stop!! you're gonna make me cry, the cake is beautiful", OTHER)],
    "a tag question asks for agreement, the clause before it tells": [
        ("no more texts, ok?", OUT), ("he passed away last spring, ok?", OUT), ("no more texts? did the sale end?", OTHER),
        ("Why no more messages this week?", OTHER)],
    "thanks run on after a request close it; a greeting before it is no word of it": [
        ("stop thank you for understanding", OUT), ("Good morning unsubscribe. Thanks for your time", OUT),
        ("hi there please stop thanks in advance", OUT), ("no thank you I'm all set with my glasses", OTHER),
        ("please leave me off the thank you card", OTHER), ("stop nothing personal", OUT),
        ("no offense but the lines are too long", OTHER)],
    "a switch that only allows another channel, or a stop for another person's phone, leaves the sender's texts": [
        ("calls are fine too but texting is best", OTHER), ("call me instead, texting is hard with my eyes", OUT),
        ("she wants you to stop texting her but I want to keep getting them", OTHER),
        ("stop texting her please, she passed away", OUT), ("My sister says remove her from the list, not me though", OTHER),
        ("please remove me, not him", OUT)],
    "an opt-out undone is an opt-in; asked about, neither it nor the opt-out words inside it count": [
        ("reverse my opt out please", IN), ("cancel my unsubscribe", IN), ("how do I undo my opt out?", OTHER),
        ("cancel stop", OUT)],
    "what a STOP already sent cost the sender is no request to stop": [
        ("I texted STOP and now I can't get my codes, help", HELP), ("I texted stop and stopped getting the reminders I need", OTHER),
        ("I texted stop and I still get them", OUT), ("I said stop, I don't get why you keep texting", OUT)],
    "'no longer' negates what follows as 'never' does, and still asks when it is the request's own word": [
        ("I no longer wish to be opted out", OTHER), ("I no longer want to receive texts", OUT)],
    "a reflexive verb of leaving is a third person's wish; the sender's own is a request": [
        ("Mi hermana quiere desuscribirse, yo no", OTHER), ("quiero desuscribirme", OUT),
        ("Mein Sohn möchte sich abmelden, ich aber nicht", OTHER), ("Ich möchte mich abmelden", OUT),
        ("Mio padre vuole disiscriversi, io resto", OTHER), ("voglio disiscrivermi", OUT)],
    "a German 'hört auf' stops what its zu-infinitive names": [
        ("Hört auf, mir die Gebühr doppelt abzubuchen", OTHER), ("Hört auf, mir ständig zu schreiben", OUT),
        ("Hören Sie bitte auf, mich anzuschreiben", OUT), ("Hört auf!", OUT)],
    "a waiting list, and a text that suffices, are not the texts' list": [
        ("levatemi dalla lista d'attesa, ho già prenotato", OTHER), ("levatemi dalla lista", OUT),
        ("per la conferma basta l'sms", OTHER), ("basta sms", OUT)],
    "'why don't you stop' demands the stop in Spanish, Portuguese and Italian too; a stop told in the past is a report": [
        ("¿Por qué no paran de escribirme?", OUT), ("por que voces nao param de me mandar mensagem", OUT),
        ("perché non smettete di scrivermi?", OUT), ("¿por qué dejaron de mandarme los cupones?", OTHER),
        ("no dejen de mandarme los cupones", OTHER)],
    "a request made only if what holds the sender did not is counterfactual; a polite 'if' still asks": [
        ("honestly I'd unsubscribe if the free delivery wasn't so good", OTHER), ("we'd opt out if it weren't for the pickup codes", OTHER),
        ("I'd like to unsubscribe if that's ok", OUT), ("unsubscribe me if you don't mind", OUT)],
    "a removal asked about in the past is a question; one still not done is asked for again": [
        ("¿me borraron de la lista? ya no me llega nada", OTHER), ("vocês me excluíram da base? parei de receber", OTHER),
        ("todavía no me borran de la lista", OUT), ("ainda não me excluíram da base, por favor", OUT),
        ("aún no me devuelven el dinero", OTHER)],
    "a pause for a while, asked about, is no request to stop; a pause asked for still is": [
        ("could we pause the texts for two weeks and resume after the move?", OTHER),
        ("is it possible to pause my texts while we're abroad?", OTHER),
        ("pause all the texts please", OUT), ("can you pause my texts?", OUT)],
    "a denial of asking, after a clause that told the sender was unsubscribed, denies asking to be removed": [
        ("my account shows unsubscribed?? I never asked for that", OTHER), ("I never asked for that", OUT),
        ("you've been unsubscribed? fine, I never signed up for these texts anyway", OUT)],
    "a bare 'put me back' ending the message is an opt-in in French, Portuguese and Spanish too; what else it names is not": [
        ("on m'a désinscrit sans raison, remettez-moi svp", IN), ("me coloquem de volta, por favor", IN),
        ("agréguenme de nuevo a la lista", IN), ("remettez-moi le créneau de 10h", OTHER),
        ("me coloquem de volta no horário das 9", OTHER), ("agréguenme otra vez a la lista de espera", OTHER)],
    "an intention given up after 'then' or with a reversal word of any language is no request; an obstacle keeps it": [
        ("I wanted to opt out, then realized I'd miss the coupons", OTHER), ("Volevo disiscrivermi, poi ho visto i saldi", OTHER),
        ("Quería darme de baja pero me convencieron las ofertas", OTHER), ("I was about to unsubscribe", OTHER),
        ("I wanted to opt out, then found the link is broken, please do it", OUT)],
    "goods sent, what a status means, other people opting out and another channel are not the texts": [
        ("quit sending me free samples lol my closet is full", OTHER), ("stop sending me packages and texts", OUT),
        ("so not replying means I'm unsubscribed?", OTHER), ("do most people opt out of these? mine are great", OTHER),
        ("the texts are fine, it's the robocalls that need to stop", OTHER), ("it's the texts that need to stop", OUT)],
    "an unsubscribe regretted, an old phone's opt-out, a new sign-up denied, texts arriving fine: no request": [
        ("opting out of your emails was a huge mistake lol", OTHER), ("my work phone opted out, text this one instead", OTHER),
        ("I didn't sign up for anything else, what's this charge?", OTHER), ("still getting the reminders just fine, thanks", OTHER),
        ("I didn't sign up for anything", OUT), ("why am I still getting texts?", OUT)],
    "an opt-in for a friend or a relative is theirs, unless the sender joins too": [
        ("can you resubscribe my dad, he got a new phone", OTHER), ("my roommate wants to sign up, what's the code?", OTHER),
        ("my sister wants to opt in and so do I", IN)],
    "a Brazilian 'kkk' laughs as 'kkkk' does": [("Chega kkk vou levar dois", OTHER)],
    "a negation around the verb in French, German and Italian keeps the sender on the list": [
        ("N'allez pas me désabonner, c'est mon nouveau numéro", OTHER), ("vous ne m'avez toujours pas désabonné !", OUT),
        ("Streicht mich bloß nicht von der Liste", OTHER), ("Streicht mich von der Liste", OUT),
        ("Se smettete di scrivermi mi offendo 😂", OTHER), ("Smettete di scrivermi", OUT)],
    "a removal told as a state, then denied, in Spanish, French and Portuguese; a bare denial still denies consent": [
        ("¿Cómo que me dieron de baja? Nunca pedí eso", OTHER), ("Comment ça je suis désabonné ? J'ai rien demandé", OTHER),
        ("Como assim fui removida? Não pedi nada", OTHER), ("Não pedi nada disso", OUT)],
    "a German 'nie' negates, and 'nicht so, dass' doubles a negation": [
        ("Ich habe nie gesagt, dass ihr aufhören sollt", OTHER), ("Es ist nicht so, dass ich keine Angebote mehr will", OTHER),
        ("Schreibt mir nie wieder", OUT)],
    "a request supposed for some day, a question who asked for it, or 'I only wanted to know how' is no request": [
        ("Si algún día me quiero salir, ¿qué hago?", OTHER), ("Qui vous a demandé de me désabonner ?", OTHER),
        ("Quem mandou me tirar da lista? Quero receber", OTHER), ("Falls ich mich mal abmelden will, wie geht das?", OTHER),
        ("Volevo solo sapere come ci si cancella", OTHER), ("Chi vi ha autorizzato a scrivermi?", OUT)],
    "'where did you get my number' denies consent in Spanish as in every language, unless the sender accepts": [
        ("¿De dónde sacaron mi número?", OUT), ("¿Quién les pasó mi número?", OUT),
        ("¿De dónde sacaron mi número? Igual me interesa la oferta", OTHER)],
    "a side effect asked about, someone's STOP named as a thing, and a wrong number the sender blocked are no request": [
        ("would my son's opt out also remove me? we share the plan", OTHER), ("will you also remove me from the texts?", OUT),
        ("please check that my wife's unsubscribe doesn't affect my texts", OTHER), ("I blocked the wrong number, sorry, unblocked now", OTHER)],
    "a wrong-number or not-the-owner notice, then interest or leave to text, is accepted; annoyed, it stays a request": [
        ("wrong number, but those deals look great, how do I join?", OTHER),
        ("not the account holder, my wife is, but you can text me about the pickup", OTHER),
        ("I didn't sign up for this, but I'm curious", OTHER), ("wrong number, stop texting me", OUT), ("wrong number", OUT)],
    "a keyword sent to a survey or bot, and a phone menu's instruction quoted, are no request": [
        ("I texted STOP to your feedback survey, the reminders are fine", OTHER),
        ("the robocall said press 1 to opt out and I hit it, oops", OTHER), ("I texted STOP, why am I still getting these", OUT)],
    "a wrong-number notice then interest, or another channel left by mistake, in es/fr/pt/de/it is no request": [
        ("Número equivocado, pero me interesan sus promociones", OTHER), ("Falsche Nummer, aber wie melde ich mich an?", OTHER),
        ("Numero sbagliato", OUT), ("Je me suis désinscrite des mails par erreur, gardez les SMS", OTHER),
        ("Ich habe mich vom Newsletter abgemeldet, SMS sind okay", OTHER), ("dénme de baja de los correos y de los mensajes", OUT)],
}


@pytest.mark.parametrize(("text", "expected"), [case for cases in CONSTRUCTIONS.values() for case in cases])
def test_each_construction_is_read_in_both_directions(text, expected):
    decision = INTENT.decide(text)
    if expected in (OUT, IN, HELP):
        assert decision.label is expected, decision
    else:
        assert decision.label not in (OUT, IN), decision


@pytest.mark.parametrize("pattern", CONSTRUCTION_PATTERNS, ids=lambda p: p.name)
def test_every_construction_example_is_decided_by_its_own_kind(pattern):
    for example in pattern.examples:
        decision = INTENT.decide(example)
        assert (decision.label is OUT) is (pattern.effect is Effect.OPT_OUT), (example, decision)


def test_construction_names_do_not_clash_with_pattern_names():
    names = [p.name for p in (*PATTERNS, *CONSTRUCTION_PATTERNS)]
    assert len(names) == len(set(names))


def test_no_signal_is_defined_twice():
    """A second assignment of a name in signals.py silently replaces the first, and every rule that reads it."""
    import ast
    from pathlib import Path

    from ingest.intent import signals
    tree = ast.parse(Path(signals.__file__).read_text("utf-8"))
    names = [target.id for node in tree.body if isinstance(node, ast.Assign) for target in node.targets
             if isinstance(target, ast.Name)]
    assert sorted(n for n in set(names) if names.count(n) > 1) == []
