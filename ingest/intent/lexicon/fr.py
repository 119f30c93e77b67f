"""French opt-out and opt-in phrases (text is folded: no accents; "m'envoyer" is "m envoyer")."""

from ingest.intent.patterns import opt_in, out

_MSG = r"(?:messages?|sms|textos?|notifications?|pubs?|publicites?|promos?|offres?|alertes?|spams?|courriels?)"

PATTERNS = (
    out("fr:arretez", r"\b(?:arret|cess)\w* (?:de |d )?(?:m ?|me |nous |moi )?(?:envoy|ecri|contact|harcel|spam|relanc|text)\w*\b|"
        r"\barret\w* (?:les |ces |vos |tes )?(?:\w+ )?" + _MSG + r"\b",
        "arrêtez de m'envoyer des messages", "arrête les SMS"),
    out("fr:ne-plus", r"\b(?:ne|n) (?:m |me |nous )?(?:envoy|envoi|ecri|contact|harcel|text|appel)\w* plus\b|"
        r"^(?:arret\w*|stop|cessez) (?:tout|ca|cela|maintenant|svp|s il vous plait)(?: svp| merci| maintenant)*$|\bne (?:plus|pas) (?:\w+ ){0,2}recevoir\b|"
        r"\bje ne (?:veux|souhaite|desire) (?:plus|pas) (?:\w+ ){0,3}?(?:recevoir|" + _MSG + r")\b|"
        r"\bne plus (?:m |me |nous |rien )?(?:envoy|ecri|contact|text|recevoir|harcel)\w*\b|"
        r"\bje ne (?:veux|souhaite|desire) plus$|\b(?:veux|souhaite|desire|voudrais|souhaiterais) (?:plus|pas|ne plus|ne pas|plus jamais) "
        r"(?:\w+ ){0,2}?(?:recevoir|etre (?:contact|derang|sollicit|relanc|harcel)\w*|d \w+|de \w+)\b|\bplus (?:jamais )?de " + _MSG + r"\b|\bplus d " + _MSG + r"\b",
        "ne m'envoyez plus rien", "je ne veux plus recevoir", "plus de messages", negatable=False),
    out("fr:stop-aux", r"\b(?:stop|halte|fini|assez|marre) (?:a |aux |au |avec |de |des |d )(?:ces |les |vos |tes )?(?:\w+ )?"
        + _MSG + r"\b|\brefus\w* (?:de )?(?:recevoir|etre contact\w*)\b|"
        r"^(?:je ne suis )?pas interess\w*(?: merci| svp)*$|^(?:je ne suis pas|pas) interess\w*(?: merci| svp)*$",
        "Stop aux pubs svp", "je refuse de recevoir vos messages", negatable=False),
    out("fr:desabonner", r"\b(?:desabonn|desinscri|desincri|desinscriv|desabon)\w*\b", "désabonnez-moi", "me désinscrire"),
    out("fr:retirez-moi", r"\b(?:retir|supprim|enlev|effac|ray|oter|otez)\w* (?:moi|mon numero|mes coordonnees|mon nom)\b|"
        r"\b(?:retir|supprim|enlev|effac|ray)\w* (?:moi |mon numero )?de (?:la|votre|vos|cette|ta) (?:liste|base|fichier)\b",
        "retirez-moi de la liste", "supprimez mon numéro"),
    out("fr:laissez-moi", r"\blaiss\w* moi (?:tranquille|en paix)\b|\b(?:foutez|fichez|fiche|fous) moi la paix\b|\bca suffit\b",
        "laissez-moi tranquille", "ça suffit"),
    out("fr:mauvais-numero", r"\b(?:mauvais|faux) numero\b|\b(?:erreur|trompe\w*) de (?:numero|personne)\b|\bdecede\w*\b|"
        r"\b(?:ce n est|c est|ce nest|n est) (?:pas|plus) (?:le bon|le|mon|son|ton) numero\b|"
        r"\b(?:pas|plus) (?:la bonne personne|le bon numero|le bon destinataire)\b|\bn est plus (?:le sien|la sienne|a (?:lui|elle))\b|"
        r"\bn a plus (?:ce|mon|le|son) numero\b|\bn ai (?:pas|jamais) donne (?:mon )?(?:accord|consentement|autorisation)\b", "mauvais numéro", "il est décédé", negatable=False),
    out("fr:jamais-inscrit", r"\bjamais (?:\w+ )?(?:inscrit|abonne|accepte|consenti|demande|donne)\w*\b|"
        r"\bje n ai (?:jamais|pas) (?:\w+ )?(?:inscrit|abonne|accepte|consenti|demande)\w*\b",
        "je ne me suis jamais inscrit", negatable=False),
    opt_in("fr:reabonner", r"\bje (?:veux|voudrais|souhaite|souhaiterais) (?:de nouveau |a nouveau )?recevoir (?:de nouveau |"
           r"a nouveau |encore |)(?:les |vos |des |tes )?(?:\w+ )?" + _MSG + r"\b|\b(?:reabonn|reinscri|reactiv)\w*\b|\bpar erreur\b.*\b(?:arret|stop)\b|"
           r"\b(?:arret|stop)\w* par erreur\b", "réabonnez-moi"),
)
