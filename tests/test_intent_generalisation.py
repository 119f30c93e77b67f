"""Fresh probes for the intent and exact rules, written apart from the reply corpus.

These messages were written by hand to test whether the rules generalise beyond
the development part they were tuned on: synonyms and verb variants, word
orders, pronouns, abbreviations, tone, and the common verbs of each language,
plus the nearest messages that must not opt anybody out.
"""

import pytest

from ingest.keywords import KeywordRules, Label, MatchMode

INTENT = KeywordRules(mode=MatchMode.INTENT)
EXACT = KeywordRules(mode=MatchMode.EXACT)

OPT_OUT_PROBES = {
    "en synonyms": [
        "take my number off your list", "delete me from your contacts", "drop me from this list please",
        "unenroll me from these texts", "please unlist my number", "I'm blocking you now",
        "quit messaging me", "stop msging me pls", "no more of these please", "enough with the texts",
        "enough of these messages", "leave me alone please", "do not contact me", "don't contact me again",
        "do not text this number", "I want out", "i want out of this list", "opt me out", "opt me out pls",
        "not interested anymore, stop", "not interested anymore", "lose my number", "please never text me again",
        "never message me again", "remove this number from your system", "erase my info",
        "kindly stop texting this number", "cease all communication", "stop contacting me",
    ],
    "en word order and pronouns": [
        "these texts, stop them", "texts from you - please stop", "stop them", "please stop these",
        "we don't want your texts", "my wife does not want these messages, stop", "stop texting us",
        "remove us from the list", "take us off", "stop sending us stuff", "I would like to be removed",
        "I want to be removed from this list", "please remove", "can you remove me", "could u take me off",
    ],
    "en tone": [
        "wow another text, great, make it stop", "STOP. TEXTING. ME.", "seriously stop",
        "for the love of god stop texting me", "this is harassment, stop", "how many times do I have to say stop",
        "stop fucking texting me", "please, no more texts, thank you so much", "thanks but no thanks, remove me",
        "I'm good, no more texts", "not interested, please remove me",
    ],
    "en abbreviations and typos": [
        "pls remove me", "plz stop txting me", "u can stop now", "stop txtin me", "dont txt me",
        "im done with ur msgs", "dont msg me anymore", "stop sendin me msgs", "remve me pls", "unsubscrbe",
        "stpo texting", "pls take me of ur list", "no mor txts", "stop textng me", "unsubcribe me",
    ],
    "en notices": [
        "you have the wrong number", "wrong # buddy", "this number was reassigned to me",
        "I'm not the person you're looking for, stop", "my dad died last month, please stop texting",
        "my grandmother is deceased", "I never gave you permission to text me", "I did not sign up for this",
        "I never agreed to get texts",
    ],
    "es": [
        "dejen de enviarme mensajes por favor", "deja de escribirme", "no me manden más", "no me envíen más mensajes",
        "quiten mi número", "eliminen mi número de su lista", "borren mi número por favor", "quiero darme de baja",
        "denme de baja", "no quiero recibir más mensajes", "ya no quiero sus mensajes", "ya no me escriban",
        "no me molesten más", "número equivocado", "esta persona falleció", "yo nunca me suscribí",
        "basta de mensajes", "sáquenme de su lista", "por favor no me escriban", "no quiero más promociones",
    ],
    "fr": [
        "arrêtez de m'envoyer des messages", "arrêtez svp", "stop svp", "je ne veux plus recevoir vos messages",
        "désinscrivez-moi", "désabonnez moi svp", "retirez mon numéro", "supprimez mon numéro de votre liste",
        "ne m'écrivez plus", "laissez-moi tranquille", "mauvais numéro", "je ne veux plus de vos SMS",
        "merci de ne plus m'envoyer de messages", "je me suis jamais inscrit", "il est décédé",
    ],
    "pt": [
        "parem de me mandar mensagens", "pare de enviar", "não quero mais", "não quero mais receber mensagens",
        "removam meu número", "tirem meu número da lista", "quero me descadastrar", "quero sair da lista",
        "não me mandem mais mensagens", "número errado", "ele faleceu", "me tira dessa lista",
        "para de me mandar mensagem", "nunca me cadastrei",
    ],
    "de": [
        "hören Sie auf mir zu schreiben", "bitte aufhören", "keine SMS mehr bitte", "ich möchte mich abmelden",
        "bitte austragen", "löschen Sie meine Nummer", "bitte nicht mehr schreiben", "schreiben Sie mir nicht mehr",
        "falsche Nummer", "ich will keine Nachrichten mehr", "tragen Sie mich aus", "meine Nummer bitte löschen",
        "lasst mich in Ruhe",
    ],
    "it": [
        "smettetela di scrivermi", "smettila", "non voglio più messaggi", "non voglio più ricevere messaggi",
        "cancellate il mio numero", "rimuovete il mio numero", "disiscrivimi", "basta messaggi",
        "basta con questi sms", "non scrivetemi più", "numero sbagliato", "lasciatemi in pace",
        "toglietemi dalla lista",
    ],
    "other single words": ["STOPP", "СТОП", "ОТПИСАТЬСЯ", "退订", "停止", "取消訂閱", "STOPPEN", "AFMELDEN", "SLUTA", "AVSLUTA"],
    "channel switch": ["don't text me, just call", "no texts please, email only", "email me instead of texting"],
}

NOT_OPT_OUT_PROBES = {
    "negations": [
        "don't stop", "don't stop the texts", "no need to stop", "I don't want to unsubscribe",
        "never unsubscribe me", "please don't remove me", "don't take me off the list",
        "I do not want to opt out", "no, don't cancel my texts", "keep texting me", "I'm not unsubscribing",
    ],
    "questions about STOP": [
        "what happens if I reply STOP?", "does STOP cancel my order too?", "if I text stop will I still get my receipt?",
        "how does stop work?", "will replying STOP remove my points?",
    ],
    "other senses en": [
        "can I stop by tomorrow?", "I'll stop by after work", "cancel my order please", "please cancel my appointment",
        "end of the day works", "I quit my job lol", "opt out of the warranty", "remove the item from my cart",
        "stop the delivery, I'm not home", "I can't stop laughing", "the bus stop is right there",
        "I want to remove a card from my account", "please delete my last message",
    ],
    "other senses other languages": [
        "quiero cancelar mi cita", "cancelar pedido", "quiero anular mi reserva", "j'aimerais annuler ma commande",
        "je veux annuler mon rendez-vous", "ich möchte den Termin absagen", "bitte Bestellung stornieren",
        "vorrei disdire l'appuntamento", "voglio annullare l'ordine", "o ônibus vai parar no ponto",
        "quero cancelar meu pedido",
    ],
    "quoted and tapbacks": [
        'Liked "Reply STOP to opt out"', 'Loved "Your order has shipped. Reply STOP to unsubscribe"',
        "it says reply STOP to opt out, ok", 'Emphasized "Text STOP to end"',
    ],
    "channel switch toward text": [
        "stop calling me, text only", "don't call, text me instead", "stop emailing me and just text",
        "no more emails please, texts are fine",
    ],
    "ordinary replies": [
        "thanks, see you then", "yes please", "ok", "sounds good", "what time do you close?",
        "I'm interested, tell me more", "gracias", "merci beaucoup", "danke", "grazie mille", "obrigado",
    ],
}

OPT_OUT_PROBES["more languages"] = [
    "Por favor ya no me envíen mensajes", "No me sigan mandando mensajes", "Quiero que dejen de escribirme",
    "No me interesa, bórrenme", "Por favor dar de baja este número", "Este número ya no es de María",
    "Yo no autoricé estos mensajes", "no me contacten más", "Nunca di mi número",
    "Je ne veux plus recevoir de SMS de votre part", "Merci de ne plus me contacter", "Supprimez-moi de votre liste",
    "Je veux être retiré de la liste", "Je ne suis pas la bonne personne", "Ce numéro n'est plus le sien",
    "Je n'ai jamais donné mon numéro", "Je ne souhaite plus être contacté", "veuillez cesser de m'envoyer des messages",
    "Quero cancelar o recebimento de mensagens", "Tira meu número daí", "Me descadastra por favor",
    "Quero parar de receber mensagens", "Não tenho interesse, me tirem da lista", "parem com isso",
    "Ich möchte keine Nachrichten mehr bekommen", "Nehmen Sie mich von der Liste", "Bitte kontaktieren Sie mich nicht mehr",
    "Mein Mann ist verstorben, bitte keine SMS mehr", "Ich habe mich nie angemeldet", "Schluss mit den SMS",
    "ich möchte nicht mehr angeschrieben werden", "tragen Sie mich aus", "kein Interesse, bitte löschen",
    "Non sono interessato, toglietemi", "Voglio disiscrivermi", "Non ho mai dato il consenso",
    "Eliminate il mio numero dalla vostra lista", "vorrei essere rimosso dalla lista", "Questo non è più il numero di Luca",
]
NOT_OPT_OUT_PROBES["more other senses"] = [
    "Necesito cancelar la cita del martes", "No dejen de enviarme ofertas, me encantan", "¿Si respondo BAJA pierdo mis puntos?",
    "No quiero darme de baja", "Para mañana está bien", "Deseo anular mi reserva", "Annulez le rendez-vous de demain svp",
    "Ne vous arrêtez pas, j'adore vos offres", "Je ne veux pas me désabonner", "Posso parar na loja amanhã",
    "Não parem de mandar promoções", "Não quero sair da lista", "Vou sair mais cedo hoje", "Bitte die Bestellung stornieren",
    "Ich will mich nicht abmelden", "Ich höre auf zu rauchen", "Ich kann nicht mehr warten", "Non smettete di mandarmi offerte",
    "Non voglio disiscrivermi", "Ho smesso di fumare", "I'd hate to unsubscribe, these are great",
    "I stopped getting texts, can you resend?", "drop me off at 5", "I want out of this contract lol jk",
    "I don't want to miss these texts", "I don't want these texts to stop", "why did my texts stop?",
    "please remove the charge", "I'm done for today", "enough for now, thanks", "I don't want the extra sauce",
]

OPT_OUT_PROBES["more english"] = [
    "you guys text way too much", "I have asked multiple times to be removed", "I'd appreciate not getting these anymore",
    "I no longer want to receive these", "Please discontinue", "no more texting please", "this number is not to be contacted",
    "Can you stop?", "stop means stop", "What part of stop don't you understand", "not interested", "I am not interested",
    "no more please stop", "Quit bugging me", "please make these texts stop", "Can I be removed?", "I want my number removed",
    "Add me to your do not call list", "This isn't Kevin", "Not Kevin", "I'm not Kevin.",
]
NOT_OPT_OUT_PROBES["more english negatives"] = [
    "I don't want to be removed", "will I be removed if I reply stop?", "I'm not interested in the blue one",
    "can you stop by", "This isn't funny", "Not now", "Not Sure", "This Isn't Working",
]

NOT_OPT_OUT_PROBES["play, reports and others' mistakes"] = [
    "Stop! You're too kind", "stop it, you're too sweet", "Take the kids off the list for Saturday's game",
    "He passed away? Oh no, sending prayers", "Stop texting while driving, everyone",
    "Wrong person sorry, meant to text my sister", "Is there a way to get fewer texts without unsubscribing?",
    "I did not ask to unsubscribe", "Why did I get unsubscribed?", "Someone unsubscribed me, please fix",
    "I was unsubscribed without asking",
]
NOT_OPT_OUT_PROBES["a keyword named as a thing, delight, a sale's end (round 12)"] = [
    "is the opt out form for the science fair due monday?", "got an unsubscribed notice this morning, I never asked for that",
    "that stop message you sent me was weird, was it a glitch?", "the term STOP in your footer looks cut off",
    "Stop!! yall are so generous, I'll be there saturday", "stop, how did you remember?",
    "wait no way, stop, the green ones are back in stock?!", "any end date for this sale or is it ongoing",
    "STOP. the sweetest birthday card ever, thank you", "stop!! the package arrived already?",
    "your stop reminder got cut off halfway", "do you keep track of customers who unsubscribed?",
    "end? you mean the end date?", "cancel the reminder for tmr, I went today",
    "could my son sign up for the alerts too?", "does my neighbor get the texts if I forward them?",
    "stop, you're the kindest, thank you for the card", "STOP. the best latte ever", "stop, I need those boots in my life",
    "Stop!! ordering tonight, the bundle is too good", "stop it, the wedding photos look incredible",
    "Stop. Mr. Alvarez is retiring?? who will do my taxes", "stop, that's my cousin's salon! small world",
    "stop it, you don't have to thank me, happy to help", "Stop. I was double charged for the same haircut",
    "stop, I booked the wrong time, can I move it to 4?",
    "stop! can you add a bag of ice to my order", "Stop, running 15 min late, sorry!", "stop, the receipt says $62, the menu says $48",
    "STOP, the hygienist was so kind to my son, thank her for me", "enough, you've convinced me, I'll try the spin class",
    "stop, that reminder saved my day", "Cancel!! nvm, I found the confirmation email", "End. Of. Story. These wings rule",
    "Stop. Deep breath. It's only a filling. See you tomorrow", "stop it, you know I can't say no to a bogo",
    "Stop, do you have the vegan menu online?", "stop, the receipt went to my old email", "Stop. is parking free on Sundays?",
    "stop, the confirmation says Friday but I booked Thursday",
    "CANCEL, my son is sick", "cancel - something has come up at home", "Cancel. Can't make it, sorry!",
    "cancel, found one cheaper at the outlet",
    "STOP. these texts make my morning", "stop, your reminder made me smile", "if you ever discontinue the deals I'll riot",
    "my grandpa left the bowling league, take his name off the trophy list",
]
OPT_OUT_PROBES["a keyword named as a thing, delight, a sale's end: the requests beside them (round 12)"] = [
    "Unsubscribe form please", "opt out form", "stop, how did you get my number?", "STOP. why are you texting me again?",
    "is there an end to these texts?", "put an end to the promo texts", "the word STOP means stop, remove me",
    "stop this text thread please", "STOP. worst texts ever", "stop. you're texting already?",
    "I'm one of the people who unsubscribed and you're still texting, remove me", "cancel the reminders for every visit",
    "STOP. the worst timing ever", "stop. you're the best at ignoring people",
    "STOP. I was charged for texts I never signed up for", "Stop. you're texting me again??", "STOP. Wrong number",
    "Stop. add my number to your do not contact list", "STOP. great job texting me at midnight",
    "STOP. see you never", "Cancel. nvm the sale, just cancel the texts", "Stop please. Is the sale over anyway?",
    "Stop! will you charge me for these?", "STOP. I paid the bill already", "Stop. what store is this?",
    "CANCEL. sick of the texts", "Cancel. can't make it to any of your sales, stop the texts",
    "if you stopped texting me that would be wonderful", "it'd be nice if you ended these texts",
]
OPT_OUT_PROBES["reports that are notices"] = ["He passed away last week", "I want to get unsubscribed", "fewer texts please",
                                              "I didn't ask for these texts"]

OPT_OUT_PROBES["colloquial other languages"] = [
    "dejen d mandar mensajes", "no kiero mas mensajes", "No me interesa", "no estoy interesada",
    "Ya no vivo aquí y este no es mi número", "Dejar de recibir mensajes", "Alto a los mensajes", "Eliminar",
    "stp arrêtez", "arrete de menvoyer des msg", "pas intéressé", "Stop aux pubs svp", "Je refuse de recevoir vos messages",
    "naum quero mais", "sem interesse", "Não tenho interesse", "Parar de receber", "Não conheço essa pessoa",
    "Kein Interesse", "Nicht interessiert", "Bitte Nummer löschen", "Ich bin nicht die Person",
    "nn voglio piu messaggi", "Non mi interessa", "Non sono interessata", "Non voglio essere contattato",
    "Avete sbagliato numero", "Non conosco questa persona", "Disdici", "STOP UNSUBSCRIBE", "baja alto",
]
NOT_OPT_OUT_PROBES["colloquial other languages"] = [
    "no me interesa el azul", "stop start", "Não conheço esse produto", "Non conosco ancora il prezzo",
    "Je ne suis pas intéressé par le rouge", "Ich habe kein Interesse an dem blauen", "eliminar el producto",
]

OPT_OUT_PROBES["requests, threats and notices"] = [
    "I'm asking you to stop", "I will report this number if you text again", "If you text me again I'm calling my lawyer",
    "I'd prefer not to receive these", "These texts are unwanted", "No need for these texts anymore", "stahp", "STAAAAHP",
    "End this", "knock it off", "I want these texts to stop", "I need this to stop", "Treat this as a STOP",
    "You don't have my permission to text me", "I'm not a customer", "I have no idea who you are",
    "Why do I keep getting these?", "Who signed me up for this?", "How did I get on this list", "This is unsolicited",
    "You're texting a minor", "Number changed owners", "I got this number recently, not the person you want",
    "Tom doesn't live here anymore", "Wrong Linda",
]
NOT_OPT_OUT_PROBES["requests, threats and notices"] = [
    "why are you texting me so late, is my order ok?", "if you text me again with a discount I'll buy lol", "Wrong size",
    "I need to stop at the store", "I need to stop smoking", "no need to stop", "What is this number and why are you texting me?",
]

NOT_OPT_OUT_PROBES["near misses of the request rules"] = [
    "I want out of here, this line is so long lol", "I need it to stop raining", "I'm not a customer yet but I'd like to be",
    "If you text me again tomorrow with the tracking, that'd be great", "If you could text me again when it's ready",
    "no idea who you are talking about, which tech?", "I got this phone recently, can you help me set it up?",
    "Tom isn't here anymore, he moved to the other office, can you send it to me", "I was on do not disturb",
    "I'd prefer not to get the large", "remove me from the 3pm slot and add me to 4pm", "take me off speaker",
    "drop me a text when it's ready", "stop emailing me and text instead", "no calls please, text only",
    "I've unsubscribed from your emails, texts are fine", "When does the sale end?", "What time do you stop delivering?",
]

NOT_OPT_OUT_PROBES["near misses in other languages"] = [
    "No me mandes la factura por correo, mejor por mensaje", "¿Cómo me doy de baja del gimnasio?", "Me di de baja del trabajo hoy",
    "Quítame la cebolla del pedido", "Ya no quiero azúcar", "Je me suis désabonné par erreur", "Não quero mais açúcar",
    "Quero sair mais cedo", "Ich habe keine Nachricht bekommen", "Non voglio più zucchero", "Cancella l'ultimo messaggio",
    "Basta così, grazie", "Plus de pain svp",
]
OPT_OUT_PROBES["short forms in other languages"] = ["Quítame de la lista", "quitenme", "Não quero mais", "quero sair",
                                                     "ya no quiero", "non voglio più"]

OPT_OUT_PROBES["conjugations and persons"] = [
    "Dejad de enviarme mensajes", "No me enviéis más", "No me vuelvas a escribir", "Bórrame por favor", "Dame de baja",
    "Arrêtez tout", "Cessez de m'écrire", "Ne m'envoie plus rien", "N'envoyez plus rien", "Enlève-moi de ta liste",
    "Parem já com as mensagens", "Não me manda mais mensagem", "Me remove da lista",
    "Hört auf mit den Nachrichten", "Schreib mir nicht mehr", "Melde mich ab", "Bitte melden Sie mich ab",
    "Ich will raus aus dem Verteiler", "Smettetela con questi messaggi", "Non scrivermi più", "Non mandarmi più messaggi",
    "Voglio cancellarmi", "Basta scrivermi", "this needs to stop", "it has to stop", "quit hitting my phone",
    "didn't I tell you to stop", "u need to stop texting me",
]
NOT_OPT_OUT_PROBES["conjugations and persons"] = [
    "non scrivo bene l'italiano", "non mi hanno mandato il codice", "the rain has to stop eventually", "bórrame la foto",
    "Ich melde mich ab morgen wieder", "Arrête tout de suite de rigoler lol",
]

NOT_OPT_OUT_PROBES["questions, play and staying"] = [
    "you have to stop, this deal is insane 😂", "I don't get texts from you anymore, did I unsubscribe?",
    "No texts for a while, is everything ok?", "No more coupons? sad", "unsubscribe Sam from the list, I'll stay",
    "Not interested? Why not try our new menu", "Am I unsubscribed?", "Not interested in the shoes but love the bags",
    "I haven't received any texts lately", "My husband says stop, but I want them", "Stop & Shop has it cheaper",
]

OPT_OUT_PROBES["notices in every language"] = [
    "Nobody here by that name", "This number belongs to someone else now", "He is no longer alive", "Who authorized this?",
    "Juan ya no tiene este número", "Él murió el año pasado", "Nunca di permiso", "Paul n'a plus ce numéro",
    "Je n'ai pas donné mon accord", "O João não tem mais esse número", "Não dei permissão", "Peter hat diese Nummer nicht mehr",
    "Mein Vater ist gestorben", "Ich habe keine Einwilligung gegeben", "Paolo non ha più questo numero", "Mia madre è morta",
    "Non ho mai acconsentito", "Non ho dato il permesso",
]
NOT_OPT_OUT_PROBES["dead batteries and laughter"] = [
    "Estoy muerto de cansancio", "La batería está muerta", "Se murió mi celular", "Sono morto dal ridere",
    "Il telefono è morto", "Mein Akku ist gestorben lol", "My phone died, what did I miss?",
]

NOT_OPT_OUT_PROBES["second thoughts and other people"] = [
    "Why would I unsubscribe? Love it", "Unsubscribe? No way", "I was going to unsubscribe but the deals are good",
    "Thought about unsubscribing but nah", "My friend unsubscribed, I didn't", "leave me out of the group chat drama lol",
    "no way, stop! that's amazing", "Don't unsubscribe me, I still want deals", "Stop? No, keep them coming",
]
OPT_OUT_PROBES["asked and answered"] = ["Stop? yes, stop", "leave me out of this", "STOP. No more texts", "Unsubscribe? Yes please"]

EXACT_KEYWORD_VARIANTS = [
    "STOP", "stop", "Stop.", "STOP!!!", "  stop  ", "STOP 🛑", "🛑STOP🛑", "stop stop", "STOP\nSent from my iPhone",
    "Stop\n--\nDana", "STOP\n\n> Reply STOP to opt out", "S\u200bTOP", "ＳＴＯＰ", "\"STOP\"", "stoppppp", "STOP.STOP",
    "unsubscribe", "UNSUBSCRIBE!", "cancel", "End.", "quit", "STOPALL", "stop all", "Stop\u00a0", "*STOP*", "(stop)",
    "Stop - Jen", "stop — Maria", "STOP thanks, Rob", "stop -sent via Messenger", "STOP!!!!!1", "ꜱᴛᴏᴘ",
    "Stop thx bye", "stop please and thank you", "opt ot", "$TOP", "Stop thank you very much", "Ⓢⓣⓞⓟ", "𝘀𝘁𝗼𝗽", "S.T.O.P", "«STOP»",
    "UNSUBSCRIBE\n--\nDr. Priya Natarajan\nNatarajan Dental", "quit\nSent from my T-Mobile 5G Device",
]
EXACT_NOT = ["stop by later", "don't stop", "cancel my order", "I will stop by", "end of day", "quit my job",
             "what does stop do", "please stop by the store", "STOP the press, great deal", "u can stop now",
             "Who is this - Wrong Number", "Thanks, Rob", "stop and go traffic"]


@pytest.mark.parametrize(("category", "text"), [(c, t) for c, ts in OPT_OUT_PROBES.items() for t in ts])
def test_intent_opts_out_on_fresh_probe(category, text):
    assert INTENT.decide(text).label is Label.OPT_OUT, INTENT.decide(text).rule


@pytest.mark.parametrize(("category", "text"), [(c, t) for c, ts in NOT_OPT_OUT_PROBES.items() for t in ts])
def test_intent_does_not_opt_out_on_fresh_negative_probe(category, text):
    assert INTENT.decide(text).label is not Label.OPT_OUT, INTENT.decide(text).rule


@pytest.mark.parametrize("text", EXACT_KEYWORD_VARIANTS)
def test_exact_opts_out_on_whole_message_keyword_variants(text):
    assert EXACT.decide(text).label is Label.OPT_OUT, EXACT.decide(text).rule


@pytest.mark.parametrize("text", EXACT_NOT)
def test_exact_never_opts_out_a_keyword_inside_a_sentence(text):
    assert EXACT.decide(text).label is not Label.OPT_OUT
