"""Spanish opt-out and opt-in phrases (text is folded: no accents)."""

from ingest.intent.patterns import opt_in, out

_MSJ = r"(?:mensajes?|msjs?|sms|textos?|promociones|publicidad|notificaciones|alertas|correos|spam|ofertas|nada)"

PATTERNS = (
    out("es:no-enviar", r"\bno (?:me |nos )?(?:vuelv\w* a |sig\w* )?(?:envi|mand|escrib|contact|molest|textee?n\b|textea)\w*"
        r"(?: (?:mas|nada|mensajes|sms))?\b|\bno (?:quiero|deseo|necesito) que (?:me |nos )?(?:sigan |vuelvan a )?"
        r"(?:envi|mand|escrib|contact|molest|text)\w*\b|\bni (?:me |nos )?(?:envien|manden|escriban|contacten|textee?n)\b",
        "no me envíen más mensajes", "no me escriban", "no quiero que me contacten", negatable=False),
    out("es:dejen-de", r"\b(?:dej|par|termin)\w* (?:de|d) (?:recibir|enviar|mandar|escribir|contactar|molestar|textear|spamear)\w*\b",
        "dejen de enviarme mensajes", "paren de mandar"),
    out("es:no-mas", r"\bno (?:quiero |deseo )?mas (?:\w+ )?" + _MSJ + r"\b|^no mas$|\bya no (?:quiero|deseo)(?: nada| mas| gracias| por favor)*$|\bya no mas\b",
        "no más mensajes", "ya no quiero", negatable=False),
    out("es:no-quiero", r"\bno (?:quiero|deseo|necesito) (?:recibir |seguir recibiendo |que me (?:envien|manden|escriban) )?"
        r"(?:mas |sus |estos |esos |ningun |ninguna |tus )?(?:\w+ )?" + _MSJ + r"\b",
        "no quiero recibir más mensajes", negatable=False),
    out("es:paren-con", r"\b(?:paren|pare|para|parar|basta|alto|deten|detengan)\b(?: ya)?(?: con| de| a)? (?:los |las |sus |tus |estos |"
        r"esos |tanto |tantos )?(?:\w+ )?" + _MSJ + r"\b", "paren ya con los mensajes"),
    out("es:baja", r"\b(?:dar|darme|dame|denme|deme|doy|den|quiero|solicito|pido)(?: de)? (?:la )?baja\b|\bde baja\b",
        "darme de baja", "quiero la baja"),
    out("es:quitar-lista", r"\b(?:quit|saq|sac|elimin|borr|remuev|remov|bor)\w* (?:mi numero |me |mi telefono )?"
        r"(?:de (?:la|su|esta|sus|vuestra|tu) (?:lista|base|listado))\b|\b(?:quitenme|quitame|sacame|saquenme|eliminenme|"
        r"borrenme|eliminenme|borrenme|quitenme|borrame|eliminame|borradme|eliminadme|quitadme|sacadme)\b(?! (?:la|el|los|las|un|una|eso|esto) )|\b(?:quit|borr|elimin|remuev|remov|sac|saq|retir)\w* (?:mi|este|el|mis) "
        r"(?:numero|telefono|contacto|celular|datos)\b|\bser (?:eliminad|borrad|removid|quitad|sacad|retirad|dad\w* de baja)\w*\b",
        "sáquenme de la lista", "eliminen mi número"),
    out("es:cancelar", r"\b(?:cancel|anul|desactiv)\w* (?:la |mi |su |esta |estas |los |las )?(?:suscripcion|" + _MSJ
        + r")\b|\bdesuscrib\w*\b|\bdesinscrib\w*\b", "cancelar suscripción", "desuscribirme"),
    out("es:equivocado", r"\bnumero (?:equivocado|incorrecto|erroneo|errado)\b|\bse equivoc\w* de numero\b|"
        r"\bno (?:soy|conozco a) \w+\b|\bfalleci\w*\b|\bya no es (?:su|mi|el|de|del) (?:numero|\w+)\b|"
        r"\b(?:este|ese) numero (?:ya )?no es (?:de|del|mio|suyo)\b|\bno es (?:mi|su|el) numero\b|"
        r"\bya no tiene (?:este|ese) numero\b|\b(?:el|ella|padre|madre|papa|mama|esposo|esposa|marido|hijo|hija|hermano|hermana|abuelo|abuela) (?:ya )?murio\b|\bnunca (?:di|dimos) (?:permiso|autorizacion|consentimiento)\b",
        "número equivocado", "mi padre falleció", negatable=False),
    out("es:sin-interes", r"^(?:no me interesa|no estoy interesad[oa]|no tengo interes|sin interes)(?: gracias| por favor| ya)*$",
        "no me interesa", negatable=False),
    out("es:no-autorice", r"\bnunca (?:me )?(?:suscribi|registre|autorice|di mi|pedi|acepte|inscribi)\w*\b|"
        r"\bno (?:me )?(?:suscribi|autorice|registre|pedi|acepte|inscribi)\w*\b|\bde donde sacaron mi numero\b",
        "nunca me suscribí", negatable=False),
    out("es:basta", r"^(?:ya )?basta(?: ya)?(?: de \w+(?: \w+)?)?$|\bdejenme en paz\b|\bdejame en paz\b",
        "ya basta", "déjenme en paz"),
    opt_in("es:alta", r"\b(?:dar(?:me)? de alta|volver a suscribir\w*|reactivar|quiero (?:volver a )?recibir (?:los |sus )?"
           r"mensajes(?: de nuevo| otra vez)?|por error\b.*\b(?:baja|alto|stop))\b", "quiero recibir mensajes de nuevo"),
)
