"""French opt-out and opt-in phrases (text is folded: no accents; "m'envoyer" is "m envoyer").

Spoken and texted French often drops the "ne" ("je veux plus", "m'envoyez plus rien"), and Quebec French
writes "pu" for "plus" ("jveux pu"): the rules accept both, but "plus" alone also means "more"
("envoyez-moi plus d'offres"), so a rule without "ne" needs an end of clause, "rien" or "jamais" after it.
"""

from ingest.intent.patterns import help_request, mention, opt_in, out, sense

_MSG = (r"(?:messages?|sms|textos?|textes|notifications?|notifs?|pubs?|publicites?|promos?|promotions?|offres?|alertes?|"
        r"spams?|courriels?|envois|relances?|rappels?|newsletters? sms|infolettres?|communications?|demarchages?|prospection|sollicitations?|annonces)")
# What the texts are, without words that also name one thing ("l'offre", "le message" I just sent).
_TEXTS = r"(?:sms|textos|messages|notifications|notifs|alertes|pubs|publicites|promos|promotions|envois|relances|rappels)"
# Verbs for writing to someone, with their "re-" forms ("recontacter").
_WRITE = (r"(?:re)?(?:envoy|envoi|ecri|contact|harcel|text|spam|sollicit|relanc|derang|importun|emmerd|ennuy|embet|demarch|inond|"
          r"bombard|achal)")
# "je veux", "jveux", "chveux", "veux": the wish, with the "je" glued on or dropped, and its negation. A bare "plus"
# only counts after the indicative ("jveux plus de pub"): "je voudrais plus d'offres" asks for more.
_WANT = r"(?:j ?|ch ?)?(?:veux|veut|veu|souhaite|souhaiterais|desire|voudrais|aimerais|prefererais)"
_WANT_NOT = (r"(?:(?:j ?|ch ?)?(?:veux|veut|veu|souhaite|souhaiterais|desire|voudrais|aimerais|prefererais) (?:ne plus|ne pas|pas|pa|"
             r"plus jamais|pu|pus|pu jamais|jamais)|(?:j ?|ch ?)?(?:veux|veut|veu) (?:plus|plu)|(?:ne|n) (?:veux|veut|souhaite|souhaiterais|desire|"
             r"voudrais|aimerais|prefererais) (?:plus|pas))")
_ARRET = r"(?:ar+et+|cess|stopp)"
# Not after an auxiliary: "j'ai arrêté de recevoir vos messages", "vous avez arrêté les promos ?" tell or ask, they do not request.
_NOT_PAST = r"(?<!\bai )(?<!\ba )(?<!\bas )(?<!avons )(?<!avez )(?<!\bont )(?<!\bsuis )(?<!\best )"
# Receiving the texts, not a parcel or a bill ("je ne veux pas recevoir le colis chez moi").
_RECEIVE = (r"recevoir(?! (?:le|la|ma|mon|mes|ce|cette|un|une|du|de la|les|l|de|d|des) (?:\w+ )?(?:colis|commande|livraison|paquet|facture|"
            r"produit|article|carte|courrier|catalogue|appel|visite|technicien|livreur)s?\b)")
# Not now, not at this hour: "ne pas me déranger avant 10h" sets a time, it does not revoke.
_NOT_WHEN = (r"(?! (?:avant|apres|entre|pendant|demain|aujourd\w*|ce (?:soir|matin|midi|week end|weekend)|cette semaine|"
             r"le (?:matin|soir|midi|week end|weekend|dimanche|samedi|colis|catalogue|courrier|paquet|devis)|la (?:nuit|facture)|"
             r"ma commande|tout de suite|maintenant|au travail|la journee|en journee|sur (?:mon|le) fixe)\b)")
# Sending something else: "ne m'envoyez plus le technicien", "n'envoyez plus rien à mon ancienne adresse".
_NOT_THING = (r"(?! (?:(?:le|la|les|de|d|du|des|l|mon|ma|mes|rien) )?(?:\w+ )?(?:technicien|colis|livreur|livraison|facture|courrier|"
              r"catalogue|commande|paquet|produit|echantillon|carte|nom|prenom)s?\b|(?: rien)? (?:a|chez) (?:mon|ma|l) (?:\w+ )?(?:adresse|bureau|"
              r"domicile)\b)")
# About one matter, not the texts: "ne me relancez pas pour le devis, je vous rappelle lundi".
_NOT_ABOUT = r"(?! pour (?:le|la|les|l|ce|cette|ces|mon|ma|mes|un|une|votre|vos) (?!(?:\w+ )?" + _MSG + r"\b))"
# A wrong number written somewhere else: "mauvais numéro de téléphone sur ma fiche client".
_NOT_ON_FILE = (r"(?! (?:de (?:telephone|portable|tel) )?(?:sur|dans|a) (?:ma|mon|la|le|votre|l) (?:fiche|dossier|compte|profil|facture|"
                r"commande|bon|espace|carte|contrat|site|formulaire|appli|application)\b)")
# "plus de promos comme ça" asks for more.
_NOT_MORE_LIKE = r"(?! (?:comme|pareil|pareils|pareilles|de ce genre|du genre|de ce type|similaires|depuis|recus?|arrive\w*))"
# A number or a name on something else ("mon numéro de carte", "mon nom de la réservation", "de la liste des participants").
_OTHER_NUMBER = (r"(?! (?:de |d |du |des )(?:la |l |ma |mon |mes |cette |ce )?(?:carte|cb|compte|client|commande|suivi|dossier|colis|"
                 r"reservation|fidelite|securite|rue|porte|appartement|badge|membre|adherent|contrat|facture|siret|tva|transaction|"
                 r"ticket|place|table|chambre|vol|serie|lot|telephone fixe|participants|invites|inscrits|groupe|equipe|cours|atelier|"
                 r"seance|session|stage|evenement|planning|rendez vous|rdv|liste d attente|liste des (?:participants|invites|inscrits)))")

PATTERNS = (
    # --- a request supposed, asked about or denied as someone else's ("si un jour je veux me désabonner", "qui vous a
    # dit de me retirer ?", "je voulais juste savoir comment", "personne ne vous a demandé d'arrêter")
    mention("fr:suppose", r"^(?:et |mais )?(?:si un jour|si jamais|au cas ou|si a l avenir|si plus tard|le jour ou)\b|"
            r"^(?:\w+ )?qui (?:vous |t |te )?(?:a|ont|aurait) (?:dit|demande|ordonne)\b|\bpersonne ne (?:vous |t )?a (?:dit|demande)\b|"
            r"\b(?:je voulais|je veux|je voudrais) (?:juste|seulement|simplement) savoir (?:comment|si|quand)\b",
            "si un jour je veux me désabonner, je fais comment ?", "qui vous a dit de me retirer de la liste ?"),
    # --- other senses of the same words: cancel an opt-out they overlap -------------------------------------------
    # "c'est pas un mauvais numéro": the wrong-number notice denied.
    sense("fr:pas-mauvais-numero", r"\b(?:c est|cest|c|ce|ca|vous avez|ce n est|c n est|ca n est|ce n etait|vous n avez|ce n est) pas (?:un |le |du tout un |du tout le )?(?:mauvais|faux) numero\b",
          "c'est pas un mauvais numéro, c'est bien moi"),
    # "faut surtout pas arrêter de m'écrire", "je veux pas arrêter les rappels": stopping denied, never the rhetorical
    # "vous pouvez pas arrêter de m'écrire ?".
    sense("fr:pas-arreter", r"(?<!\bpouvez )(?<!\bpourriez )(?<!\bpeux )(?<!\bpourrais )(?<!\bsavez )(?<!\bvoulez )(?<!\bvoudriez )"
          r"(?<!\bpouvez vous )(?<!\bpourriez vous )(?<!\bpeut on )(?<!\bpeux tu )\b(?:surtout |absolument |jamais |"
          r"vraiment )?pas (?:m |me |nous )?(?:ar+et+|cess|stopp)(?:er|e)\b",
          "faut surtout pas arrêter de m'écrire"),
    # Photos, files, a bill sent, not the texts: "le technicien m'a dit de ne plus envoyer de photos".
    # The hour or the old number, not the texts: "ne m'envoyez pas de SMS avant 8h", "n'écrivez plus à mon ancien numéro".
    sense("fr:horaire", r"\b(?:m |me |nous )?(?:envoy|ecri|text|contact)\w* (?:pas|plus|jamais) (?:(?:de |d |des |vos )?(?:sms|textos?|messages?|"
          r"notifs?|notifications) )?(?:avant \d+(?:h\d*)?|apres \d+(?:h\d*)?|avant (?:midi|huit|neuf|dix)|la nuit|de nuit|le soir|le dimanche|le week end|"
          r"le weekend|si tot|si tard|aussi tot|aussi tard|a cette heure|a ces heures|pendant (?:la nuit|mes heures|les heures)|en anglais)\b",
          "ne m'envoyez pas de SMS avant 8h svp"),
    sense("fr:ancien-numero", r"\b(?:envoy|ecri|text|contact)\w* (?:plus |pas |jamais )?(?:de \w+ )?(?:a|sur|au) (?:mon |l |cet |ce )?(?:ancien|vieux) "
          r"(?:numero|portable|telephone|tel|mobile|cell)\b", "n'écrivez plus à mon ancien numéro, utilisez celui-ci"),
    sense("fr:envoyer-objet", r"\b(?:plus|pas) (?:m |me |nous |lui |leur )?(?:envoy|ecri|transmet)\w* (?:de |d |les |des |vos |mes |ses |la |le )?"
          r"(?:photos?|videos?|audios?|vocaux|documents?|captures?|fichiers?|pieces? jointes?|factures?|devis|papiers?)\b",
          "il m'a dit de ne plus envoyer de photos"),
    # Someone else's texting: "j'ai dit à mon fils d'arrêter d'écrire à ses amis".
    sense("fr:ecrire-a-autrui", r"\b(?:envoy|ecri|text)\w* (?:des \w+ |de \w+ )?(?:a|aux) (?:ses|son|sa|leurs?) \w+",
          "d'arrêter d'écrire à ses amis"),
    sense("fr:desabonner-autre", r"\b(?:desabonn|desinscri|desincri|desinscriv|desabon)\w* (?:moi |nous |(?:ma|mon|mes|notre|nos) \w+ )?(?:du|de la|de l|de mon|"
          r"de ma|de mes|au|a la|a mon|a ma|de(?! (?:vos|votre|ces|cette|ce|ca|cela|tout|tes|ta|ton|toutes?|tous)\b)) (?!(?:\w+ )?(?:liste|listes|sms|textos?|messages?|alertes?|notifications?|promos?|"
          r"promotions?|pubs?|publicites?|offres?|envois|service (?:sms|de messages|d alertes)|ce service|ce numero|"
          r"tout|service|vite|plus|seconde|minute|fois|place|demande)\b)\w+", "je me suis désinscrite du club de lecture le mois dernier",
          "désabonnez-moi du magazine papier, pas des SMS"),
    sense("fr:quelquun-d-autre", r"\b(?:veut|voulait|voudrait|va|vont|souhaite|souhaitait|aimerait|essaie|essaye|a essaye) (?:de )?se "
          r"(?:desabonn|desinscri|desincri|retirer)\w*|\bs est (?:desabonn|desinscri|desincri)\w*|"
          r"\b(?:ai|a|as|avons|avez|ont) ete (?:bien |deja )?(?:desabonn|desinscri|desincri|retire)\w*|"
          r"\b(?:vous|on|quelqu un|il|elle|ils) m (?:a|avez|as|ont) (?:bien |deja )?(?:desabonn|desinscri|desincri|retire)\w*|"
          # "comment ça je suis désinscrite ?": a state told, not asked for
          r"\b(?:je suis|j suis|chuis|suis je|je serais|je serai|nous sommes) (?:bien |deja |encore )?(?:desabonn|desinscri|desincri)\w*|"
          # "pas question que je me désinscrive": no way
          r"\b(?:pas question|hors de question|aucune chance|jamais de la vie) (?:que |qu )?(?:je |j )?(?:me |m )?(?:desabonn|desinscri|desincri)\w*",
          "ma sœur veut se désinscrire, moi je reste", "pourquoi on m'a désinscrit ?"),
    sense("fr:pas-desabonner", r"\b(?:veux|voulais|voulait|voulions|souhaite|souhaitais|compte|comptais|vais|allais|voudrais|veut) "
          r"(?:pas|jamais|surtout pas|absolument pas) (?:(?:que|qu) (?:vous|tu|on|ils) )?(?:me |m |vous |nous |les |tout )?"
          r"(?:desabonn|desinscri|desincri|ar+et+|cess|stopp|retir)\w*|"
          r"\b(?:pensais|pensait|pensions|pense a|hesite a|hesitais a|failli|avais envie de|voulais d abord) (?:me |m |nous )?"
          r"(?:desabonn|desinscri|desincri)\w*|\b(?:ar+et+|cess|stopp)\w* (?:pas|jamais|surtout pas|surtout jamais)\b",
          "j'voulais pas me désabonner moi", "arrête pas les bons plans, ils sont top", "j'ai failli me désinscrire"),
    # Another person told to stop ("j'ai dit à mon fils d'arrêter de m'envoyer des vidéos").
    sense("fr:dit-a-autre", r"\b(?:dit|demande|explique|ordonne|supplie|prie)\w* a (?:mon|ma|mes|son|sa|ses|notre|nos) (?:fils|fille|filles|mari|femme|"
          r"copain|copine|ami|amie|amis|frere|soeur|mere|pere|ex|voisin\w*|collegue\w*|cousin\w*|enfants?|gamin\w*|neveu|niece|oncle|tante|"
          r"belle \w+|beau \w+|petit \w+|petite \w+|grand \w+|copains|copines|potes?) (?:de |d )(?:ne plus |ne pas |pas |plus )?(?:(?:m |me |nous )?(?:ar+et+|cess|stopp|envoy|ecri|text)\w*)(?: (?:de |d )(?:m |me |nous )?\w+)?",
          "j'ai dit à mon fils d'arrêter de m'envoyer des vidéos"),
    # "j'ai écrit STOP mais c'était pour une autre boutique": the keyword meant for someone else.
    sense("fr:stop-pour-autre", r"\b(?:ecrit|envoye|repondu|mis|tape)\w* (?:\w+ ){0,2}?(?:stop|arret\w*)\b(?: \w+){0,6}? (?:c etait|c est|etait) "
          r"(?:pour|destine a) (?:un |une |l |le |la |mon |ma )?(?:autre|autres|mauvais\w*|ancien\w*)\b",
          "j'ai écrit STOP mais c'était pour une autre boutique"),
    sense("fr:propre-erreur", r"\b(?:j ai|jai|je l ai|j l ai|je les ai) (?:\w+ )?(?:envoye|ecrit|texte|parle)\w* (?:\w+ ){0,3}?(?:au|a un|a la|a une|sur le|sur la|"
          r"dans la) (?:mauvais|mauvaise|faux|fausse) (?:numero|number|personne|conversation|conv|destinataire|discussion|groupe)\b|"
          r"\b(?:je me suis|jme suis|me suis) (?:\w+ )?trompe\w* (?:de (?:personne|numero|number|destinataire|conversation|conv|"
          r"discussion|groupe)|de \w+ pardon)\b|\bmauvaise (?:conv|conversation|discussion)\b|"
          # the sender gave the wrong number somewhere ("j'ai donné le mauvais numéro à la livraison, voici le bon")
          r"\b(?:j ai|jai|j avais|on a|on avait|je vous ai) (?:\w+ )?(?:donne|mis|indique|renseigne|saisi|tape|laisse|communique|inscrit|"
          r"fourni|note)\w* (?:le |un )(?:mauvais|faux) (?:numero|number)\b",
          "oups, j'ai envoyé ce texto à la mauvaise personne", "je me suis trompée de numéro pardon"),
    sense("fr:autre-canal", r"\b(?:ne|n|ar+et+\w*|cess\w*|stop|plus|pas|desabonn\w*|desinscri\w*) (?:(?!sms|textos?|messages?|texting|text\b)\w+ ){0,5}?"
          r"(?:courriers?|lettres?|catalogues?|papiers?|e ?mails?|mails?|courriels?|appels?|appel|m appel\w*|me? telephon\w*|"
          r"factures? papier|prospectus|brochures?|magazines?|whatsapp|messenger|insta|instagram|facebook|fb|telegram|signal|snap|"
          r"snapchat)\b(?! (?:and|et|ou|or|n|&|as well as) (?:(?:the|your|these|those|all|also|les|des|vos|ces|aussi|tous) ){0,2}"
          r"(?:sms|textos?|texts?|text messages|messages?|txts?)\b)",
          "arrêtez de m'envoyer des mails, les textos c'est mieux", "ne me téléphonez plus"),
    sense("fr:appli", r"\b(?:notifications?|notifs?|alertes?) (?:\w+ )?(?:de |d |sur |dans )(?:l |votre |mon |la |le |cette )?"
          r"(?:appli|application|app|site|compte|navigateur|messagerie)\b", "comment couper les notifications de l'appli ?"),
    sense("fr:quand-arretez", r"\bquand (?:est ce que |est ce qu )?(?:vous |tu |on |ils |elle |il )?(?:ar+et+|finiss|termin)\w*|"
          r"\b(?:ar+et+|finiss|termin)\w* (?:\w+ ){0,2}quand\b|\ba quelle (?:heure|date) (?:est ce que )?(?:vous |tu |on )?(?:ar+et+)\w*",
          "vous arrêtez les promos quand ?"),
    sense("fr:on-m-a-dit", r"\bm (?:a|ont) (?:dit|conseille|demande|propose|suggere) (?:de |d )(?:me |m )?(?:desabonn|desinscri|desincri|"
          r"ar+et+|cess)\w*", "ma fille m'a conseillé de me désinscrire, mais non"),
    sense("fr:animal", r"\b(?:chat|chatte|chaton|chien|chienne|chiot|animal|lapin|cheval|jument|perroquet|hamster|poisson|tortue|"
          r"furet|cochon d inde)s? (?:\w+ ){0,2}?(?:est|sont|etait) (?:\w+ )?(?:decede|mort|parti)\w*",
          "notre chat est décédé, annulez le rendez-vous chez le véto"),
    # --- a keyword mentioned or quoted: cancels the clause's opt-outs --------------------------------------------
    mention("fr:mot-cle-cite", r"\b(?:ecri|envoy|repond|tap|text|mett)\w* (?:le mot )?(?:stop|arret|fin|desabonner|annuler) "
            r"(?:pour|afin|si)\b|\b(?:stop|arret) (?:ca )?sert a quoi\b|\ba quoi sert (?:le )?(?:stop|arret)\b|"
            r"^(?:et |mais )?si (?:je|j|on) (?:me |m |nous |vous )?(?:desabonn|desinscri|desincri|reponds|repond|envoie|ecris|tape|mets)\w*",
            "faut taper STOP pour se désabonner ?"),

    # --- opt-out ---------------------------------------------------------------------------------------------------
    out("fr:arretez", r"(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\bit )\b(?=[acs])" + _NOT_PAST + _ARRET + r"\w* (?:(?:donc|svp|stp|maintenant|immediatement|enfin|vite|"
        r"tout de suite|une bonne fois pour toutes|une fois pour toutes|s il vous plait|s il te plait) )?(?:"
        r"(?:de |d )?(?:m ?|me |nous |moi )?(?:envoy|ecri|contact|harcel|spam|relanc|text|sollicit|emmerd|derang|importun|ennuy|"
        r"embet|demarch|inond|bombard|achal|ec(?:oe|œ)ur|gonfl|saoul|soul|pourri|bassin|cass\w* les (?:pieds|oreilles|couilles|bonbons)|"
        r"prendre la tete|faire chier|casser la tete)\w*\b|(?:de |d )" + _RECEIVE + r"|"
        r"(?:tout |tous )?(?:les |ces |vos |tes |l |vot |cet )?(?:envois? (?:de |des |d )(?:vos |ces |tes |les )?)?(?:\w+ ){0,2}?"
        + _MSG + r"\b|"
        r"(?:\w+ )?tout (?:contact|envoi|message|sms)\b)",
        "arrêtez de me relancer", "cessez vos textos"),
    out("fr:ne-plus",
        # "ne m'envoyez plus", "ne plus recevoir", "je ne veux pas recevoir", "merci de ne pas me relancer"
        r"\b(?:ne|n) (?:"
        r"(?:m |me |nous |lui |leur )?" + _WRITE + r"\w* (?:plus|pu|jamais)\b" + _NOT_THING + r"|"
        r"(?:m |me |nous )(?:re)?(?:envoy|ecri|contact|text|spam|sollicit|relanc|harcel|demarch)\w*(?:ez|e|es) pas\b" + _NOT_THING + _NOT_ABOUT
        + _NOT_WHEN + r"|"
        r"(?:plus|pas) (?:\w+ ){0,2}" + _RECEIVE + r"|"
        r"(?:veux|souhaite|desire|voudrais) (?:(?:plus|pas) (?:\w+ ){0,3}?(?:" + _RECEIVE + r"|" + _MSG + r"\b)|plus$|"
        r"(?:plus )?recevoir (?:plus )?que\b|"
        r"(?:recevoir )?aucun\w* (?:\w+ )?" + _MSG + r")|"
        r"plus (?:m |me |nous |y |rien |jamais |lui |leur )?(?:" + _WRITE + r"\w*\b" + _NOT_THING + r"|" + _RECEIVE + r")|"
        r"pas (?:me |m |nous |y )" + _WRITE + r"\w*\b" + _NOT_WHEN + r"|"
        r"(?:plus |pu )?utilis\w* (?:plus |pu )?(?:ce|mon|cet) (?:numero|number|contact)\b" + _OTHER_NUMBER + r")|"
        # "jveux pu de vos notifs", "je veux plus rien", "je veux pas que vous m'écriviez"
        r"\b(?=[jcvsdnap])(?:" + _WANT + r" (?:plus|pu|pus|ne plus) rien\b|" + _WANT_NOT + r" (?:"
        r"(?:\w+ ){0,2}?(?:" + _RECEIVE + r"|etre (?:contact|recontact|derang|sollicit|relanc|harcel|spam|demarch|embet|importun|ennuy|"
        r"emmerd|bombard|inond|achal)\w*\b(?! par (?:le|la|les|l|un|une|des|du|mon|ma|mes|ce|cette|ces) (?!(?:\w+ )?" + _MSG + r"\b)\w+)"
        + _NOT_WHEN + r"|etre (?:sur|dans) (?:la|votre|vos|cette|ta|tes|ces) (?:liste|base|fichier|mailing)s?\b(?! d attente)|"
        r"faire partie (?:de |d )(?:la|votre|vos|cette|ta|tes|ces) (?:\w+ )?(?:liste|listes|contacts|fichier|base|destinataires|"
        r"abonnes)\b(?! d attente))|"
        r"(?:avoir |recevoir )?(?:de |d |les |vos |ces |tes |aucun\w* )(?:vos |ces |tes |\w+ )?(?:\w+ )?" + _MSG + r"\b" + _NOT_MORE_LIKE + r"|"
        r"(?:que|qu) (?:vous|tu|on|ils) (?:me |m |nous )?" + _WRITE + r"\w*|(?:\w+ ){0,2}?entendre parler de (?:vous|toi|votre|vos)\b|"
        r"(?:\w+ ){0,4}?par (?:sms|textos?|messages?)\b))|"
        # "je n'ai plus envie de recevoir vos sms", "j'ai pas envie d'avoir vos pubs"
        r"\b(?:ai|a|avons|avez) (?:plus|pas|pu) (?:du tout |trop |vraiment |tellement )?envie (?:de |d )(?:" + _RECEIVE + r"|avoir|lire) "
        r"(?:\w+ )?(?:\w+ )?" + _MSG + r"\b|"
        r"\bni (?:de |d |les |vos |ces )" + _TEXTS + r"\b|\bni (?:par|en|via) (?:sms|textos?|messages?|texte)\b|"
        # the "ne" glued on ("nenvoyez plus rien"), or dropped after "de" ("c'est possible de plus m'envoyer de msg")
        r"\bn(?:envoy|envoi|ecri|contact|text|relanc|spam)\w* (?:plus|pu|jamais)\b" + _NOT_THING + r"|"
        r"(?<=\w )\b(?:de|d|pour) (?:ne )?(?:plus|pu) (?:jamais )?(?:(?:m |me |nous )?(?:envoy|ecri|text|contact|relanc|spam|sollicit|derang)\w*\b|"
        r"recevoir\b(?! (?:de |d )?(?:colis|commande|livraison|paquet|facture|catalogue|courrier)s?\b))"
        + _NOT_THING + r"|"
        r"\b(?:plus la peine|pas la peine|inutile|ca sert a rien|ca ne sert a rien|pas besoin|plus besoin) (?:de |d )(?:me |m |nous )"
        + _WRITE + r"\w*\b(?! (?:un|une|le|la|l|ce|cette) )" + _NOT_THING + r"|"
        r"\b(?:interdis|interdit|interdiction|defends) (?:de |d )(?:me |m |nous )?" + _WRITE + r"\w*|"
        # "abstenez-vous de me contacter", "évitez de m'écrire à l'avenir" (not "évitez de m'écrire avant 9h")
        r"\b(?:abstenez|abstiens|abstenir|evitez|evite|eviter) (?:vous |toi )?(?:de |d )(?:me |m |nous )" + _WRITE + r"\w*\b"
        + _NOT_WHEN + _NOT_THING + r"|"
        # "tu m'écris plus stp"
        r"^(?:tu|vous|vs) (?:m |me )(?:envoy|envoi|ecri|text|contact)\w* (?:plus|pu)(?: (?:rien|jamais|ca))? (?:svp|stp|merci|s il (?:te|vous) plait)\b|"
        # without "ne": "m'envoyez plus rien", "écrivez-moi pu"
        r"\b(?=[mnect])(?:(?:m |me |nous )?(?:envoy|envoi|ecri|text|contact)\w*(?: moi| nous)? (?:plus|pu) (?:rien|jamais)\b" + _NOT_THING + r"|"
        r"(?:m |me )(?:envoy|ecri|text|contact)\w* (?:plus|pu)$|(?:ecri|text|contact)\w* moi (?:plus|pu)$)|"
        # a request on its own: "m'envoyez plus ça svp"
        r"^(?:svp |stp |merci de |bon )?(?:m |me )(?:envoy|ecri|text|contact)\w* (?:plus|pu)(?: (?:ca|cela|rien|jamais|svp|stp|merci))+$",
        "ne m'envoyez plus rien", "je ne veux plus recevoir", "jveux pu de vos notifs",
        "merci de ne pas me relancer", negatable=False),
    # "plus de SMS", but not "encore plus de promos", "plus de promos comme ça" (a question, "plus de promos ?", still opts out)
    out("fr:plus-de", r"\b(?=plus )(?<!encore )(?<!beaucoup )(?<!bien )(?<!toujours )(?<!davantage )(?<!moi )(?<!nous )(?<!avoir )"
        r"(?<!aimerais )(?<!voudrais )plus (?:jamais )?(?:de |d )" + _MSG + r"\b" + _NOT_MORE_LIKE + r"|"
        r"(?:^|\b(?:svp|stp|merci|non|ok) )plu (?:de |d )" + _MSG + r"\b|"
        # partial revocations of their own ("les promos non merci", "..., mais plus les pubs", "..., pas les promotions"): as questions
        # they ask ("vous envoyez les rappels, mais pas les promos ?")
        r"^(?:les |vos |des |ces )?(?:\w+ )?" + _TEXTS + r" (?:non merci|non|ca suffit|plus jamais|pas pour moi|c est non)(?: merci| svp)*$|"
        r"^(?:mais |et )(?:plus|pu|jamais) (?:les|vos|ces) (?:\w+ )?" + _MSG + r"(?: svp| merci| stp)*$|"
        # after what is kept: "gardez les rappels mais les promos par sms non merci"
        r"\b(?:mais|par contre) (?:les |vos |des |ces )?(?:\w+ )?" + _TEXTS + r"(?: par (?:sms|textos?|messages?))? (?:non merci|non|plus jamais|c est non)(?: merci| svp)*$|"
        r"^(?:mais |et )?pas (?:les|vos|ces|la|de la) (?:\w+ )?(?:promos?|promotions?|pubs?|publicites?|offres|sms|textos|messages|notifications|"
        r"relances)(?: svp| merci| stp)*$", "plus de messages", "plus jamais de pub svp", "les promos non merci", negatable=False),
    # the whole clause is a stop: "arrêtez ça tout de suite", "vous pouvez arrêter maintenant", "aretez"
    out("fr:arretez-seul",
        r"^(?!(?:arret|arrete|arretez|arreter|arretes)$)ar+et+(?:e|ez|er|es)?$|"
        r"^(?:(?:stop|arret\w*|cess\w*|stopp\w*) )*(?:arret\w*|stop|cess(?:ez|e|er)|stopp(?:ez|e|er)|arette\w*|arr+t+(?:e|ez|er))"
        r"(?: (?:tout|ca|cela|maintenant|svp|stp|s il vous plait|s il te plait|merci|mrc|bcp|beaucoup|tout de suite|de suite|immediatement|"
        r"svp merci|la|bordel|putain|merde|bon sang|ostie|tabarnak|calisse|calice|hein|enfin|par pitie|pitie))+$|"
        r"^(?:bonjour |svp |stp |alors |donc |bon |ok |bref |allez )?(?:vous pouvez|vs pouvez|tu peux|pouvez vous|pouvez vs|peux tu|"
        r"pourriez vous|pourriez vs|vous pourriez|pourrais tu|veuillez|merci d|merci de|je vous (?:demande|prie|supplie) d|(?:il )?faut|"
        r"(?:y a t il |il y a |y a |y aurait il |est ce qu il y a )?(?:un )?moyen d|(?:est il |c est )possible d) "
        + _ARRET + r"\w*(?: (?:tout|ca|cela|maintenant|svp|stp|merci|tout de suite|s il vous plait|immediatement|la|svp merci))*$|"
        r"^(?:c bon|c est bon|bon|ok|okay|bref|allez|alors|donc|bon ben|ben|pff+|rho|oh) (?:(?:svp|stp|la|maintenant) )?"
        r"(?:arret(?:ez|er|e|es)|cess(?:ez|er|e)|stopp(?:ez|er|e))(?: (?:tout|ca|cela|maintenant|svp|stp|merci|tout de suite|la|"
        r"s il vous plait|immediatement))*$",
        "arrêtez ça tout de suite", "vous pouvez arrêter maintenant", negatable=False),
    out("fr:stop-formule", r"^(?:stop|arret|arretez|arrete|desabonner|desinscription|desabonnement|cessez|stoppez)"
        r"(?: (?:svp|stp|merci|merci beaucoup|s il vous plait|sms|pub))*(?: (?:pour ce numero(?: svp| stp| merci)*|bonne (?:journee|soiree|fin de journee|continuation|nuit|"
        r"semaine)|cordialement|au revoir|a bientot|salutations|bisous|point(?: d exclamation| final)?|virgule|c est la \w+ fois|"
        r"ca fait \w+ fois|\d{5}))+$", "stop merci bonne journée", "STOP 36180", negatable=False),
    out("fr:plainte-stop", r"\b" + _MSG + r" (?:\w+ ){0,3}?(?<!\bsont )(?<!\best )(?<!\bse )(?<!\bs )(?<!\bai )(?<!\ba )(?<!\bont )(?<!\bas )(?<!\bavez )"
        r"(?:arretez|arrete|cessez)(?: (?:svp|stp|merci|la|maintenant))*$|"
        r"\b(?:relou|relous|saoulant|saoulants|chiant|chiants|penible|penibles|lourd|lourds|abuse|insupportable|insupportables) (?:avec )?"
        r"(?:vos|ces|tes|les) (?:\w+ )?" + _MSG + r" (?:stop|arretez|arrete)(?: (?:svp|stp|merci|la|maintenant))*$|"
        r"^(?:mais |moi )?(?:je n ai|j ai|g|jai|je vous ai|je t ai|j vous ai) (?:jamais )?rien demande\w*(?: (?:moi|a personne|arretez|"
        r"arrete|stop|svp))*$", "c relou vos sms stop", "je vous ai rien demandé", negatable=False),
    out("fr:stop-aux", r"\b(?:stop|halte|fini|assez|marre|non|tanne\w*|ec(?:oe|œ)ure\w*|saoule\w*|soule\w*|gave\w*|en peux plus|ras le bol|"
        r"raz le bol) (?:a |aux |au |avec |de |des |d )"
        r"(?:recevoir |avoir )?(?:ces |les |vos |tes )?(?:\w+ ){0,2}?" + _MSG + r"\b|\bstop (?:les|vos|ces|tes) (?:\w+ )?" + _MSG + r"\b|"
        r"\b(?:plus|pas|aucun) besoin (?:de (?:vos|ces|tes|recevoir (?:vos |ces |les |des )?)|des) (?:\w+ )?" + _MSG + r"\b|"
        # "aucun message svp", "désormais, plus aucun SMS"
        r"^(?:(?:desormais )?plus |non |non merci )?aucun\w* (?:\w+ )?(?:sms|textos?|messages?|pubs?|publicites?|promos?|notifs?|"
        r"notifications?)(?: (?:svp|stp|merci|s il vous plait|par sms|sur ce numero|a ce numero|a l avenir|desormais))+$|"
        r"^(?:desormais )?plus aucun\w* (?:\w+ )?(?:sms|textos?|messages?|pubs?|publicites?|promos?|notifs?|notifications?)$|"
        r"\bmet\w* (?:un terme|fin) (?:a |aux )(?:vos |ces |les |tes |l |la |cet |ce )?(?:\w+ )?" + _MSG + r"\b|"
        r"\brefus\w* (?:(?:de )?(?:recevoir|etre contact\w*)\b|(?:tous |toutes )?(?:vos|ces|tes|les) (?:\w+ )?" + _MSG + r"\b)|"
        r"^(?:stop|arret|fini(?:e|es|s)?|termine(?:e|es|s)?) (?:(?:les |des |aux |vos )?" + _MSG + r"|(?:la |le )(?:pub|publicite|spam|demarchage|prospection))\b|^pas de (?:sms|textos?|messages?|texte|pubs?|publicites?)(?: svp| stp| merci)*$|"
        r"^fin (?:des |de |aux )?(?:sms|textos|messages|notifications|notifs|envois|relances)(?: svp| stp| merci)*$",
        "Stop aux pubs svp", "je refuse de recevoir vos messages", "je suis tanné de vos textos", negatable=False),
    out("fr:desabonner", r"(?<!(?<!toujours )(?<!encore )\bpas me )(?<!(?<!toujours )(?<!encore )\bpas m )(?<!\bpas nous )"
        r"(?<!(?<!toujours )(?<!encore )\bpas )(?<!\bjamais me )(?<!\bjamais )"
        r"\b(?:desabonn|desinscri|desincri|desinscriv|desabon)\w*\b|\bdes (?:inscrivez|inscris|abonnez|abonne) (?:moi|nous)\b|\bdesabo\b|"
        r"\bdesengag\w* (?:de |d |des )(?:vos |ces |tes |les )?(?:\w+ )?" + _MSG + r"\b", "désabonnez-moi", "me désinscrire"),
    out("fr:annuler-abonnement", r"\b(?:annul\w*|desactiv\w*|resili\w*|suspend\w*|coupe|coupez|couper) (?:mon |ma |l |votre |mes |les |cet |ce |la |vos |tes )?"
        r"(?:(?:abonnement|inscription|souscription) (?:aux|au|aux|a la|a vos|des|du|de) (?:\w+ )?" + _MSG + r"|(?:\w+ )?" + _TEXTS + r")\b",
        "annulez mon abonnement aux alertes", "désactivez les textos promotionnels"),
    out("fr:retirez-moi", r"\b(?:retir|supp?rim|enlev|effac|ray|oter|otez|radi(?:ez|er|e)\b)\w* (?:toutes |tous )?(?:moi|mon numero|mon number|ce numero|son numero|mes coordonnees|"
        r"mes donnees|mes informations|mes infos|mon nom|mon contact)\b(?! (?:le|la|les|un|une|du|des|ca|cela|ce|cette|l|mon|ma|mes)\b)"
        + _OTHER_NUMBER + r"|"
        r"\b(?:suppression|effacement|retrait|radiation) (?:de |d )(?:mes|mon|ce) (?:donnees|numero|coordonnees|informations|infos|contact)\b|"
        r"\b(?:(?:retir|supp?rim|enlev|effac|ray|vir(?:ez|e|er)\b)\w* (?:moi |mon numero |nous |le |la |les |son numero |leur numero |"
        r"mon (?:gsm|portable|cell|cellulaire|tel|telephone) )?(?:de |d )?(?:la|votre|vos|cette|ta|tes|ces|l) "
        r"(?:liste|listes|base|fichier|fichiers|repertoire|mailing)|(?:sort\w* (?:moi |nous )?(?:de |d )|quitt\w* )(?:la|votre|vos|"
        r"cette|ta|tes|ces) (?:liste|listes|mailing|fichier|fichiers))\b(?! (?:d attente|de courses|de mariage|de naissance|des invites|"
        r"de souhaits|electorale|de cadeaux|des courses|des invites))|"
        r"\b(?=[opj])(?<!\bai )(?<!\ba )(?<!\bas )(?<!avez )(?:oubliez|oublie|perdez|perds|jetez) (?:mon|ce) (?:numero|number|contact|06|07)\b"
        + _OTHER_NUMBER,
        "retirez-moi de la liste", "supprimez mon numéro", "sortez-moi de vos fichiers"),
    out("fr:me-retirer", r"\b(?:vous pouvez|vs pouvez|pouvez vous|pourriez vous|vous pourriez|veuillez|merci de|merci d|tu peux|peux tu|"
        r"je vous prie de|je vous demande de) (?:me |m )(?:enlever|retirer|supprimer|rayer|effacer|sortir|radier)\b"
        r"(?! (?:le|la|les|l|un|une|du|des|ca|cela|ce|cette|mon|ma|mes|ton|ta|tes)\b)"
        r"(?! (?:de|d|du|des) (?!(?:la |votre |vos |cette |ces |ta |tes |l )?(?:liste|listes|fichier|fichiers|base|envois|mailing|"
        r"repertoire|contacts|" + _MSG + r")\b))(?! (?:de |d )(?:la |votre |l )?liste d attente)",
        "vous pouvez m'enlever", "merci de me retirer de vos fichiers", negatable=False),
    out("fr:ne-servent-plus", r"\b(?:vos|ces|les|tes|des|vot) (?:\w+ )?" + _MSG + r" (?:ne |n )?(?:me|m|nous) (?:sert|servent|interesse|interessent) (?:plus|pas|a rien|plus a rien|"
        r"pu|plus du tout|absolument pas)\b", "vos SMS ne me servent plus à rien", negatable=False),
    out("fr:laissez-moi", r"\b(?:me|m) retir\w*(?: de (?:votre|vos|cette|ces|la|ta|tes) (?:\w+ )?(?:liste|listes|programme|service|"
        r"fichier|base|envois?|" + _MSG + r"))?$|\blaiss\w* moi (?:tranquil\w*|en paix)\b(?! (?:jusqu|jusque|pendant|le temps|quelques|une minute|une seconde|"
        r"aujourd hui|ce soir|cette semaine|ce week end|ce weekend|pour l instant|pour le moment|deux minutes|cinq minutes|5 minutes|2 minutes)\b)|\b(?:sacr|criss|caliss|calis)\w* (?:moi|nous) (?:patience|la paix)\b|\boubli(?:ez|e) moi\b(?! pas)|\bm oubli(?:er|ez)$|\b(?:foutez|fichez|fiche|fous|foute) moi la paix\b|"
        r"\blach(?:ez|e|es) moi(?: (?:un peu )?(?:avec|la grappe|les baskets|tranquille)\b|$)|"
        r"^(?:bon |ok |bon ben |oh |mais )?ca suffit(?: (?:maintenant|la|merci|svp|stp|les \w+|avec (?:vos|les|ces|tes) \w+))*$|"
        r"^(?:bon |ok |bon ben |oh |mais |la )?(?:(?:c est|cest) assez|ca va (?:bien )?faire) (?:la|maintenant)(?: (?:la|maintenant|merci|svp|stp|"
        r"les \w+|avec (?:vos|les|ces|tes) \w+))*$|^(?:bon |ok |oh |mais )?c est assez (?:les|avec (?:vos|les|ces|tes)) \w+$|"
        r"\bdegag\w* (?:de |d )(?:mon|ma) (?:telephone|portable|tel|cell|cellulaire|gsm|natel|vie|boite)\b|"
        r"\b(?:allez|va) (?:vous |te )?faire (?:voir|foutre|cuire un (?:oeuf|œuf))\b|\boubli(?:ez|e) que j existe\b|"
        r"\bca suffit (?:avec )?(?:vos|les|ces|tes) " + _MSG + r"\b",
        "laissez-moi tranquille", "ça suffit", "lâchez-moi la grappe"),
    # Quebec "pu" for "plus": "envoyez-moi pu de textos", "m'écrivez pu", "pu de pubs svp".
    out("fr:pu-quebec", r"\b(?:envoy|ecri|text|contact|relanc|achal)\w* (?:moi |nous )?pu\b|"
        r"\b(?:m |me |nous )(?:envoy|ecri|text|contact|relanc|achal)\w* pu\b|"
        r"(?:^|\b(?:veux|voulons|veut|veulent|voudrais|ok|merci|svp|stp|non) )pu (?:de |d )(?:\w+ )?" + _MSG + r"\b",
        "envoyez-moi pu de textos", "je veux pu de pubs", negatable=False),
    # "je n'accepte plus de recevoir vos SMS", "je ne consens pas à être sollicité".
    out("fr:n-accepte-plus", r"\b(?:n |ne )(?:accepte|acceptons|consens|consentons|autorise|autorisons) (?:plus|pas|jamais|aucun\w*) "
        r"(?:\w+ ){0,2}?(?:" + _RECEIVE + r"|" + _MSG + r"|etre (?:contacte|sollicite|demarche|relance)\w*)\b",
        "je n'accepte plus de recevoir des SMS", negatable=False),
    # "stop stop stop j'en veux plus": after a stop, "j'en veux plus" refuses more (alone it may ask for more).
    out("fr:stop-j-en-veux-plus", r"^(?:(?:stop|arretez|arrete) ){1,4}(?:j en veux|je n en veux|j en veut|jen veux) (?:plus|pu)\b",
        "stop stop stop j'en veux plus", negatable=False),
    # "envoyez tout par courriel, par SMS c'est fini": the texts as a channel closed.
    out("fr:par-sms-fini", r"^(?:mais |et |par contre )?(?:par|en) (?:sms|texto|textos|message|messages) (?:c est|cest|ca sera|ce sera) (?:fini|termine|non)$",
        "par SMS c'est fini", negatable=False),
    out("fr:mauvais-numero", r"\b(?:mauvais|faux) (?:numero|number)\b" + _OTHER_NUMBER + _NOT_ON_FILE + r"|\bmauvais destinataire\b|"
        # "aucune idée de qui est Sandrine"; "c'était son portable"
        r"^(?:aucune idee|je sais pas|je ne sais pas|jsp|j en sais rien|connais pas) (?:de )?qui (?:est|c est) "
        r"(?!(?:le|la|les|l|un|une|ce|cette|mon|ma|mes|votre|vos|ton|ta)\b)\w+(?: \w+)?(?: desole| dsl)?$|"
        r"^c etait (?:son|leur|le) (?:portable|numero|telephone|tel|cell|cellulaire|gsm|natel)(?: (?:de (?:mon|ma) \w+|a (?:mon|ma) \w+))?$|"
        r"\b(?:ce|le) numero (?:est|c est) (?:(?:desormais|maintenant|aujourd hui|a present) (?:le mien|a moi)|(?:le mien|a moi) "
        r"(?:desormais|maintenant|a present))\b|\b(?:erreur|trompe\w*) de (?:numero|number|personne|destinataire)\b|"
        r"\b(?:ce n est|c est|ce nest|n est) (?:pas|plus) (?:le bon|le|mon|son|ton) (?:numero|portable|telephone|tel|cell|cellulaire|gsm|"
        r"natel)\b(?! (?:qui|que|de (?:fixe|travail|bureau)))|"
        r"\b(?:pas|plus) (?:la bonne personne|la meme personne|le bon numero|le bon destinataire|la personne concernee|la personne en question)\b|"
        r"^(?:desole |dsl |non |bonjour |mais )?(?:je ne suis pas|je suis pas|jsuis pas|chui pas|chu pas) (?:(?:mme|madame|m|monsieur|mr|mlle|mademoiselle) \w+(?: \w+)?|cette personne|cette dame|ce monsieur)$|"
        r"\bnumero (?:errone|incorrect|inconnu)\b|\bje (?:ne )?m appelle pas\b(?!(?: \w+){1,2} mais\b)|"
        r"\bvous (?:vous )?(?:etes |etiez )?tromp\w*$|\bn est plus (?:le sien|la sienne|a (?:lui|elle))\b|"
        r"\bn a plus (?:ce|mon|le|son) numero\b|\bn ai (?:pas|jamais) donne (?:mon )?(?:accord|consentement|autorisation)\b|"
        r"\bil (?:n )?y a (?:pas|personne|aucun\w*|plus) (?!(?:de |d )?(?:probleme|souci|credit|forfait|reseau|data|appel|message|"
        r"sms|erreur|soucis)s?\b)(?:de |d )?(?:\w+ ){0,2}?(?:a|sur) ce (?:numero|number)\b|"
        r"\bla personne que vous (?:cherchez|voulez joindre|essayez de joindre|demandez)\b|"
        r"\bn est (?:plus|pas) joignable (?:ici|a ce numero|sur ce numero)\b|"
        r"\b(?:numero|portable|telephone)(?: \w+){0,3}? (?:n est (?:plus|pas) (?:celui|le sien|la sienne|attribue a|utilise par|"
        r"a(?! jour| vous))|n appartient (?:plus|pas) a)\b|"
        r"\b(?:numero|ligne)(?: \w+){0,2}? change (?:de )?(?:proprietaire|titulaire|mains?)\b|"
        r"\bnouve(?:au|lle) (?:proprietaire|titulaire|utilisat\w*) (?:de |du )(?:ce|cette) (?:numero|ligne)\b|"
        r"\bje (?:ne )?(?:vous|te) connais pas$|\bje (?:ne )?connais pas (?:cette (?:entreprise|societe|marque|boutique|enseigne|"
        r"personne|dame)|votre (?:entreprise|societe|marque|boutique|enseigne)|ce (?:magasin|monsieur|nom|numero)|vos services)\b|"
        r"\b(?:numero|number|ligne|telephone|portable)(?: \w+){0,3}? (?:reattribu|reaffect|reassign)\w*|"
        r"\b(?:je ne suis|je suis|chui|jsuis|j suis|je n ai|j ai) (?:pas|plus|jamais ete|jamais) (?:ete )?(?:votre |vot )?client(?:e|es|s)?"
        r"(?: chez vous| de chez vous| de vous| de votre \w+| ici)?$|"
        r"\b(?:qui|ou|comment) (?:est ce que |est ce qu )?(?:vous )?(?:a|avez|vous avez) (?:vous )?(?:eu|trouve|obtenu|donne|recupere|pris) "
        r"mon (?:numero|number|06|07|portable|contact)\b|\bvous avez (?:eu |trouve |obtenu )?mon (?:numero|number|06|07|portable) "
        r"(?:comment|d ou|ou ca|ou)$|\b(?:comment|ou|d ou) (?:avez vous|vous avez) mon (?:numero|number|06|07|portable)\b|"
        r"\b(?:n ai|j ai) (?:jamais )?rien signe$|\bjamais rien signe\b|"
        # "personne de ce nom ici", "vous avez la mauvaise personne", "ce numéro est désormais attribué à quelqu'un d'autre"
        r"^(?:(?:il )?(?:n )?y a |desole |dsl )?(?:personne|aucune personne) (?:de ce nom|du nom de \w+|qui s appelle \w+)"
        r"(?: (?:ici|a ce numero|sur ce numero|chez moi|dans cette maison))?$|"
        r"^(?:(?:desole|dsl|pardon|oups) )?mauvaise personne$|\b(?:vous avez|vous ecrivez a|vous vous adressez a|tu as|c est) (?:la|une) "
        r"mauvaise personne(?: (?:desole|dsl|merci|pardon|ici))*$|\b(?:vous|tu) (?:vous |te )?(?:etes |es )?tromp\w* de (?:personne|destinataire)\b|"
        r"\b(?:ce|mon|le|cet|son) (?:numero|portable|telephone|tel|06|07)(?: de (?:telephone|portable))? (?:est|a ete) "
        r"(?:desormais |maintenant |aujourd hui |depuis \w+ )?(?:attribu|reattribu|donn|affect|reaffect)\w* a (?:quelqu un d autre|"
        r"une autre personne|un autre (?:abonne|client|utilisateur)|moi)\b",
        "mauvais numéro", "il n'y a aucun Bernard à ce numéro", negatable=False),
    out("fr:decede", r"\bdecede\w*\b|\b(?:pere|mere|mari|femme|epoux|epouse|fils|fille|frere|s(?:oe|œ)ur|papa|maman|grand pere|grand mere|"
        r"titulaire|proprietaire) (?:est|etait) (?:mort|morte)\b(?! (?:de|d) )|\bnous a quitte\w*\b(?! pour)|"
        r"\bn (?:est|etait) plus (?:parmi nous|de ce monde)\b",
        "il est décédé", "mon grand-père nous a quittés en mai", negatable=False),
    out("fr:enfant", r"\bje suis (?:mineure?|un enfant|une enfant)(?:$| et | donc | alors )|"
        r"\b(?:numero|portable|telephone|tel|cell|cellulaire) (?:est celui |appartient |est )?(?:de |d |a )(?:mon|ma) (?:fils|fille|"
        r"enfant|petit fils|petite fille)(?: (?:de |qui a )?\d{1,2} ans| mineure?| qui est mineure?)\b",
        "ce portable est celui de ma fille de 10 ans", "je suis mineure", negatable=False),
    out("fr:pas-interesse", r"^(?:non merci |non |slt |salut |bonjour |bjr |bonsoir |dsl |desole )?(?:je ne suis |je suis |chui |chu |jsuis |j suis |"
        r"ne suis )?(?:pas|pa|plus|pu) (?:du tout )?"
        r"interess(?:e|ee|es|ees)\b(?: du tout| pantoute)?(?: par (?:vos|ces|les|tes) (?:\w+ )?" + _MSG + r")?(?: merci| svp| non merci)*(?: (?:arretez|arrete|stop|cessez|desabonnez moi|retirez moi)"
        r"(?: merci| svp| stp)*)?$|"
        r"\bca (?:ne )?m interesse (?:pas|plus)(?: du tout| vraiment| trop)?(?: merci| svp)*$",
        "plus intéressée, merci", "ça m'intéresse plus", negatable=False),
    out("fr:consentement", r"\b(?:m oppose|opposition) (?:a |au |aux )(?:la reception |l envoi |recevoir |tout |toute |l utilisation )?"
        r"(?:de |d |des |vos |ces |mes |mon )?(?:\w+ )?(?:" + _MSG + r"|donnees|numero|coordonnees)\b|"
        r"\bne (?:consens|consent) (?:pas|plus)\b|\b(?:retir|revoqu|revoque|annul)\w* (?:mon |votre |le |tout |toute |ma |l )?(?:consentement|"
        r"accord|autorisation)\b(?! (?:pour|de) (?:la|le|l|ma|mon) (?!(?:\w+ )?" + _MSG + r"))|"
        r"\brefus\w* (?:toute |l |tout )?(?:utilisation|usage|exploitation) (?:de |d )(?:mon numero|mes donnees|mes coordonnees)\b"
        + _OTHER_NUMBER + r"|"
        r"\b(?:exerce|exercer|invoque|invoquer|fais valoir|faire valoir)\w* (?:mon |notre )?droit (?:a l effacement|d opposition|a l oubli)\b|"
        r"\b(?:33 ?700)\b|\bsignal\w* (?:\w+ ){0,3}?(?:a la|au|a) (?:cnil|dgccrf|33 ?700)\b|"
        r"\bn (?:autorise|accepte) (?:pas|plus|jamais) (?:l utilisation (?:de |d )|l envoi (?:de |d )|que vous (?:utilisiez |gardiez ))?"
        r"(?:mon numero|mes donnees|mes coordonnees|(?:des |les |vos |ces )?" + _MSG + r")\b|"
        r"\bpas le droit (?:de |d )(?:me |m |nous )" + _WRITE + r"|\b(?:me |m |nous )" + _WRITE + r"\w* (?:\w+ ){0,3}?sans (?:mon|notre) (?:accord|"
        r"consentement|autorisation|permission)\b|"
        r"\b(?:mon numero|mes coordonnees|mes donnees)(?: \w+){0,4}? (?:donne|transmis|communique|vendu|utilise|recupere|cede|partage)\w* "
        r"sans (?:mon|notre) (?:accord|consentement|autorisation|permission)\b",
        "je m'oppose à l'envoi de SMS commerciaux", "je retire mon consentement", negatable=False),
    out("fr:harcelement", r"(?<!\best ce que )(?<!\best ce )\bc est du (?:harcelement|spam)\b(?! ou\b)|\b(?:vous|tu) (?:me |m )harcel\w*|\b(?:vous|tu) (?:me |m )?spamm\w*|"
        r"\bje (?:vais )?(?:vous|te) bloqu\w*\b(?! (?:le|la|les|un|une|ce|cette|mon|ma|deux|trois|\d+)\b)|"
        r"\b(?:votre|ton) numero (?:est |a ete )?(?:desormais |maintenant |deja )?bloque(?:$| (?:inutile|donc|alors|desormais|maintenant|definitivement)\b)|"
        r"\b(?:j ai|je vous ai|je t ai|on a|on vous a) (?:deja )?bloque (?:votre|ton|ce) numero\b",
        "vous me harcelez", "je vais vous bloquer"),
    out("fr:menace", r"\b(?:encore un|encore une|un autre|une autre|un seul|un \w+ de plus|une \w+ de plus) (?:sms|textos?|messages?|pubs?|promos?|"
        r"relances?)\b(?: \w+){0,4}? (?:je|j) (?:\w+ )?(?:porte plainte|vous signale|signale|vous bloque|bloque|vous denonce|"
        r"appelle (?:la police|mon avocat|la cnil)|saisis la cnil)\b", "encore un SMS et je porte plainte", negatable=False),
    out("fr:jamais-inscrit", r"\bjamais (?:\w+ )?(?:inscrit|abonne|souscrit|enregistre)\w*\b(?! (?:au|a la|a l|a un|a une|pour|"
        r"sur le|sur la|a ce cours|a cet)\b)|"
        r"\bjamais (?:\w+ )?(?:accepte|consenti|demande|autorise)\w*"
        r"(?: (?:a |de |d )?(?:recevoir|etre (?:contact|inscrit|abonne)\w*|vos \w+|ces \w+|ca|cela|quoi que ce soit|rien|"
        r"(?:l envoi |la reception )?(?:des |les |de |d )?" + _MSG + r")\b|$)|"
        r"\b(?:je n ai pas|j ai pas) (?:\w+ )?(?:accepte|consenti|demande|autorise)\w* (?:a |de |d )?(?:recevoir|etre (?:contact|inscrit|"
        r"abonne)\w*|vos (?:\w+ )?" + _MSG + r"|ces (?:\w+ )?" + _MSG + r"|(?:des |les )?" + _MSG + r")\b|"
        r"\bje n ai (?:jamais|pas) (?:\w+ )?(?:inscrit|abonne)\w*\b|"
        r"\bjamais (?:\w+ )?donne (?:mon|ce|le|votre) (?:numero|number|06|07|portable|accord|consentement|autorisation)\b" + _OTHER_NUMBER,
        "je ne me suis jamais inscrit", "j'ai jamais accepté ça", negatable=False),
    out("fr:pas-par-sms", r"\bplutot (?:que|qu) (?:de |d |par )?(?:m |me |nous )?(?:envoy|ecri|text|des sms|des messages|des textos|"
        r"sms|texto|message)\w*|\b(?:plus|jamais) par (?:sms|textos?|messages?|texte)\b|(?<=\w )pas par (?:sms|textos?|messages?|texte)\b|"
        r"^(?:mais |et |non |plutot |svp |stp )?pas par (?:sms|textos?|messages?|texte)(?: (?:svp|stp|merci|plutot|desormais))+$|"
        # "un mail au lieu d'un SMS", "appelez-moi plutôt" (not "écrivez-moi plutôt": that asks for texts instead of calls)
        r"\b(?:au lieu|a la place) (?:de |d |des |du )(?:un |une |les |par |m envoyer (?:des )?|m ecrire par |me texter)?(?:sms|textos?|messages?|texte)\b|"
        r"^(?:svp |merci de |bon |sinon )?(?:appelez|appele|appelle|appeler|telephonez|telephone|telephoner) (?:moi|nous) plutot(?: svp| stp| merci)*$|"
        r"\b(?:ecrivez|envoyez|ecris|envoie) (?:moi|nous) (?:un |des )?(?:mail|e mail|email|courriel)s? plutot\b|"
        # "Par mail uniquement svp", "écrivez-moi par mail désormais": the whole clause moves the messages to another channel
        r"^(?:(?:pour les (?:promos|offres|pubs)|svp|merci|ok|a l avenir|desormais) )*(?:(?:ecrivez|contactez|envoyez|joignez) "
        r"(?:moi|nous) )?(?:uniquement |seulement )?(?:par|via) (?:mail|e mail|email|courriel|courrier|telephone)s? "
        r"(?:uniquement|seulement|desormais|dorenavant|a l avenir)(?: svp| stp| merci| s il vous plait)*$",
        "appelez-moi plutôt que de m'écrire", "je préfère un appel, plus par SMS merci", negatable=False),
    # "pourquoi vous m'écrivez encore ?": the complaint asks them to stop (not "... encore la facture papier", a thing).
    out("fr:pourquoi-encore", r"\bpourquoi (?:est ce que )?(?:vous )?(?:m |me |nous )(?:ecriv|envoy|contact|text|relanc)\w* (?:encore|toujours)\b"
        r"(?! (?:le|la|les|des|du|un|une|en|a|au|aux|par courrier|pas|pour|avec|sur|concernant)\b)|"
        r"\bpourquoi vous continuez (?:a |de )(?:m |me |nous )(?:ecri|envoy|contact|text|relanc)\w*(?:$| (?:des |vos |ces )?(?:sms|textos?|messages?|pubs?|"
        r"publicites?|promos?|promotions?|notifications?|notifs?|relances?|offres)\b)", "pourquoi vous m'écrivez encore ?", negatable=False),
    out("fr:deja-dit-stop", r"\bvous (?:dire|demander|repeter) (?:d |de )(?:ar+et+|cess|ne plus)\w*|"
        r"\b(?:j ai|je vous ai|on vous a|je t ai|jvous ai|on t a|je vous|je te|je vous avais|je t avais|j avais|on vous avait) (?:deja )?(?:dit|demande|repondu|ecrit|envoye|mis|prie|"
        r"supplie|ordonne) (?:deja |\w+ fois |plusieurs fois )*(?:(?:stop|arret|de cesser|de stopper|de ne plus|"
        r"de (?:m |me )(?:enlever|retirer|desinscrire|desabonner|supprimer))\b(?! (?:a|au|de la|du|des|de l|de mon|de ma) )|"
        r"d ar+et+\w*\b(?! (?:a|au|de la|du|des|de l|de mon|de ma|le|la|les|l|mon|ma|mes|ce|cette) ))|"
        r"\bquelle partie de (?:stop|arret|non|desabonner)\b|\b(?:vous|vs|tu) (?:comprenez|comprends) quoi (?:au|dans le) mot (?:stop|arret)\b|\b(?:vous|vs|tu|ils|on) (?:ne |n )?(?:comprenez|comprends|comprend|savez|sais) "
        r"(?:pas|toujours pas|rien a|plus) (?:lire )?(?:le mot |ce que (?:veut dire|signifie) )?(?:stop|arret)\b",
        "j'ai déjà répondu STOP deux fois", "quelle partie de STOP vous comprenez pas ?", negatable=False),
    opt_in("fr:reabonner", r"\bje (?:veux|voudrais|souhaite|souhaiterais)(?: bien)? (?:de nouveau |a nouveau )?recevoir (?:de nouveau |"
           r"a nouveau |encore |)(?:les |vos |des |tes )?(?:\w+ )?" + _MSG + r"\b|\b(?:reabonn|reinscri)\w*\b|"
           r"\breactiv(?:ez|er|e)(?: moi| nous| les| mes| vos)? (?:\w+ )?(?:" + _MSG + r"|moi|nous)\b|"
           r"\b(?:par erreur|sans faire expres|sans le vouloir|par megarde|par inadvertance)(?: \w+){0,8}? (?:ar+et+|stop|desabonn|desinscri)|"
           r"\b(?:ar+et+|stop|desabonn|desinscri)\w* (?:\w+ ){0,2}?(?:par erreur|sans faire expres|sans le vouloir|par megarde|"
           r"par inadvertance)\b|\b" + _WANT + r" (?:m |me |nous )?(?:abonner|inscrire) (?:aux|a vos|a la liste|au service)\b|"
           r"\b(?:remet|rajout|ajout|reinscri|inscri)\w* moi (?:a|sur|dans) (?:la|votre|vos) (?:liste|base|fichier)\b(?! d attente)|"
           r"\b(?:inscri|abonn)\w* moi (?:aux|a vos|a la liste|au service)\b|"
           r"\b(?:recommenc|reprendre|repren)\w* a recevoir (?:les |vos |des |mes |tes )?(?:\w+ )?" + _MSG + r"\b|"
           r"\bremet\w* (?:moi )?(?:les|mes) (?:\w+ )?" + _TEXTS + r"\b|"
           # a bare "remettez-moi" ending the clause, after being taken off ("on m'a désinscrit, remettez-moi")
           r"\b(?:remettez|remets|rajoutez|rajoute|reinscrivez|reinscris) moi(?: (?:svp|s il vous plait|merci|vite))*$",
           "réabonnez-moi", "je voudrais m'inscrire aux alertes", "je n'ai rien demandé, remettez-moi svp"),
    # --- help ----------------------------------------------------------------------------------------------------
    help_request("fr:aide", r"^(?:bonjour |svp |stp )?(?:j ai |jai )?besoin d (?:aide|informations?|infos?|renseignements?)(?: svp| stp| merci)*$|"
                 r"^(?:svp |stp )?(?:aidez moi|aide moi)(?: svp| stp)*$|\bbesoin d aide (?:avec|pour|sur|concernant) (?:mon|ma|ce|cet|cette|votre|vos) "
                 r"(?:compte|message|sms|texto|abonnement|service|numero|espace client|carte)\b|"
                 r"\b(?:plus d |des )(?:informations?|infos?|renseignements?) (?:sur|concernant) "
                 r"(?:ce|votre|vos|cet) (?:message|sms|texto|service|numero|abonnement|compte)|je (?:ne )?comprends (?:pas|rien a) "
                 r"(?:ce|votre|vos|cet) (?:message|sms|texto)s?\b", "j'ai besoin d'aide pour mon compte", "besoin d'aide"),
    help_request("fr:qui-etes-vous", r"^(?:bonjour |bonsoir |euh |pardon |desole )?(?:c est qui|qui est ce|qui etes vous|vous etes qui|qui c est|"
                 r"qui m ecrit|qui me texte|c est quoi ce (?:numero|message|sms|texto)|c est quoi ca|quel est ce numero|"
                 r"c est quelle (?:entreprise|societe|boutique))$", "qui êtes-vous ?", "c'est qui ?"),
    # "mon mari ne veut plus de SMS mais moi si": someone else's wish, set against the sender's own.
    sense("fr:un-autre-mais-moi-si", r"\b(?:mon|ma|mes|notre|nos) \w+ (?:ne|n) (?:veut|veulent|voulait|souhaite|souhaitent) (?:plus|pas)\b"
          r"(?: \w+){0,5}? mais (?:moi|nous) (?:si|oui|je (?:veux|souhaite|les veux)|on (?:veut|les veut)|j en veux)\b",
          "mon mari ne veut plus de SMS mais moi si"),
)
