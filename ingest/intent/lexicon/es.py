"""Spanish opt-out and opt-in phrases (text is folded: no accents)."""

from ingest.intent.patterns import help_request, keep, mention, opt_in, out, sense

_TEXTS = (r"(?:mensajes?|mensajitos?|mensajillos?|msjs?|sms|textos?|promociones|promos?|publicidad|anuncios|notificaciones|alertas|avisos|"
          r"recordatorios|spam|ofertas|texts?|messages?|msgs?|newsletters?|boletin|boletines|comunicaciones|"
          r"informacion (?:publicitaria|comercial|promocional))")
_MSJ = r"(?:" + _TEXTS + r"|nada)"
# Not followed by a thing other than the texts ("si me vuelven a mandar el producto equivocado").
_NOT_A_THING = (r"(?! (?:el|la|los|las|un|una|otro|otra|otros|otras|mi|mis) (?!(?:\w+ )?(?:" + _MSJ + r"|cosas|porquerias?|"
                r"basura)\b)\w)")
# Determiners before the texts ("con sus mensajes", "con tanto mensaje").
_DET_ES = (r"(?:(?:los|las|sus|tus|vuestros|vuestras|estos|esos|estas|esas|tanto|tantos|tanta|tantas|el|la|su|tu) )?"
           r"(?:\w+ )?")
# A request, not a report: the subjunctive, imperative, infinitive or gerund of a verb for texting someone
# ("no me manden", "no me mandés", "no me enviéis", "no enviar", "no me sigan escribiendo"), never the
# indicative ("no me mandaron el recibo", "no me molesta que me escriban").
_SEND_REQ = (r"(?:(?:mand|mamd|e[nm][vb]i|contact|molest|texte|textie|spame)(?:e|es|en|em|eis|ar|ando|ad)|"
             r"escri[bv](?:a|as|an|ais|ir|iendo))(?:me|nos)?")
# Things one sends that are not the texts ("no me manden la factura en papel", "no me envíen el paquete aún").
_THINGS_GUARD = (r"\bno (?:me |m |nos )?(?:(?:anden|andes|ande|esten|estes|este|sigan|sigas) )?(?:(?:mand|en[vb]i)(?:e|es|en|eis|ar|ando)) (?:todavia |aun |hoy |ahorita |mas )?"
                 r"(?:(?:el|la|los|las|al|ese|esa|esos|esas|eso|este|esta|mi|mis|un|una) "
                 r"(?!(?:\w+ )?" + _MSJ + r"\b|(?:\w+ )?(?:mensajes?|cosas|vainas?(?:$| (?:ya|mas|porfa|por favor|que|de ustedes|suyas?)\b)|basura|porquerias?|tonterias|babosadas|"
                 r"pendejadas|chingaderas|"
                 r"mamadas|estupideces|chorradas|boludeces|pavadas)\b)\w+|"
                 r"(?:audios?|fotos?|videos?|stickers?|memes?|imagenes|imagen|links?|enlaces?|codigos?|facturas?|recibos?|"
                 r"paquetes?|"
                 r"pedidos?|tecnicos?|cotizacion\w*|tickets?|comprobantes?|documentos?|archivos?|pdf|papeles)\b)|"
                 # a person sent ("no me manden a la señora López"), a name written ("no me escriban el nombre mal")
                 r"\bno (?:me |m |nos )?(?:mand|en[vb]i)(?:e|es|en|eis|ar|ando) (?:a|al) (?:la |el |los |las |un |una |otro |otra |ese |esa )?"
                 r"(?:senor\w*|sr|sra|srta|tecnic[oa]s?|repartidor\w*|chofer|doctor\w*|dr|dra|licenciad[oa]|persona|muchach[oa]|chav[oa]|"
                 r"joven|mism[oa]|nadie|mensajero|cobrador|vendedor\w*|asesor\w*|ejecutiv[oa])\b|"
                 r"\bno (?:me |m |nos )?escri[bv](?:a|as|an|ais|ir|iendo) (?:mas |otra vez )?(?:el|la|los|las|mi|mis|su|sus) "
                 r"(?:nombre|apellidos?|direccion|dedicatoria|fecha|datos|correo)\b")
# Lists that are not the texts' ("la lista de espera", "la lista de invitados").
_OTHER_LIST = (r" de (?:espera|invitados|asistencia|regalos|compras|precios|clase|alumnos|pendientes|boda|ganadores|"
               r"participantes)\b")
# What "dejen de ..." asks to stop: texting me, bothering me; not texting someone else ("dejé de escribirles"),
# not a thing ("dejen de mandarme el paquete equivocado").
_STOP_VERB = (r"(?:e[nm][vb]i|mand|mamd|escri[bv]|contact|molest|texte|spame|jod|fastidi|ching|freg|acos|hostig|insist|romp|hinch|"
              r"ofrec)\w*(?<!le)(?<!les)\b"
              # things sent that are not the texts, named bare ("dejen de mandarme facturas duplicadas"); offering them is
              # the marketing itself ("dejen de ofrecerme tarjetas")
              r"(?:(?<=ofrecerme)|(?<=ofrecernos)|(?<=ofreciendome)|(?<=ofrecer)|(?! (?:facturas?|recibos?|paquetes?|pedidos?|productos?|cobros?|cargos?|catalogos?|muestras?|tecnicos?|"
              r"repartidores|estados de cuenta|tarjetas?|cajas?)\b))"
              r"(?! (?:a )?(?:el|la|los|las|un|una|mi|mis|ese|esa|esos|esas|este|esta|estos|estas|os|as|um|uma|meu|minha|esse|essa|"
              r"o(?! \w+[aei]r\b)) (?!(?:\w+ )?(?:" + _MSJ + r"|cosas|vainas?(?:$| (?:ya|mas|porfa|por favor|que|de ustedes|suyas?)\b)|porquerias?|tonterias|basura|estupideces|mensage\w*|coisas|"
              r"papa|mama|padre|madre|abuel\w*|hij[oa]s?|espos[oa]|marido|herman[oa]s?|numero|telefono|celular|cel|linea|"
              r"chip|movil)\b)\w)")
# A Spanish verb is negated by the "no" right before it ("no dejen de escribirme", "no me den de baja",
# "no quiero dejar de recibir"), not by a "no" further back ("no gracias, dejen de escribirme" sent without the comma).
_NOT = (r"(?<!\bno )(?<!\bnao )(?<!\bni )(?<!\bnunca )(?<!\bjamas )(?<!\bno me )(?<!\bno nos )(?<!\bno se )(?<!\bno les )"
        r"(?<!\bno le )")
_NOT_WANT = (r"(?<!\bno digo que )(?<!\bno dije que )(?<!\bnunca dije que )(?<!\bno estoy diciendo que )(?<!\bno quiero )(?<!\bno deseo )(?<!\bno voy a )(?<!\bno pienso )(?<!\bno vayan a )(?<!\bno vaya a )"
             r"(?<!\bno van a )(?<!\bocurra )(?<!\bocurran )(?<!\bno quiero que )(?<!\bno queremos que )(?<!\bnao quero que )(?<!\bque voces )(?<!\bque vcs )(?<!\bque ustedes )(?<!\bnao precisa )(?<!\bnao precisam )")
# Positive imperatives with the pronoun attached ("bórrenme", "denme de baja") cannot be negated in Spanish.
_ENCLITIC = (r"\b(?:(?:qu|k)itenme|(?:qu|k)itame|(?:qu|k)iteme|sacame|saquenme|saqueme|eliminenme|eliminame|elimineme|"
             r"borrenme|borrame|"
             r"borreme|borradme|eliminadme|(?:qu|k)itadme|sacadme|remuevanme|bajenme|desuscribanme|desuscribeme|desuscribame)n?\b"
             r"(?! (?:la|el|los|las|un|una|eso|esto|de dudas?|de (?:una |la )?duda|del error|de apuros?)\b|"
             r" de (?:la |su |esta |tu )?(?:lista|listado)" + _OTHER_LIST + r")|"
             r"\b(?:denmen?|dame|deme|dennos|denos|dadme) de baja\b|"
             r"\bdej(?:enme|ame|eme|adme|ennos|anos)\b (?:en paz|tranquil[oa]s?)\b")



def _gate(first_words: str) -> str:
    """A look at the first words of a rule's alternatives: most positions are passed over at once (same matches, faster)."""
    return r"\b(?=" + first_words + r")"


# The first words of the wrong-number, reassigned, deceased and child notices of es:equivocado.
_WRONG_GATE = _gate(r"numero|se |esta|equivocad|no |falleci|ya |telefono|celular|cel |linea|este |ese |el |la |lo |aqui|aca |nunca|"
                    r"que |en paz|descanse|qepd|mensaje|sms|msj|me dieron|compre|saque|"
                    r"jamas|ella|padre|madre|papa|mama|esposo|esposa|marido|hijo|hija|hermano|hermana|abuelo|abuela")

# "¿por qué no paran de mandarme?": a complaint that demands the stop, not a negation.
_WHY_NOT = r"(?<=\bpor que no )|(?<=\bporque no )|(?<=\bpq no )|(?<=\bxq no )|(?<=\bpor que no me )|(?<=\bporque no me )"
# "¿me sacaron de la lista?": a removal told in the past (theirs, "-aron", or the sender's, "-aste") is a report.
_NOT_PRETERITE = r"(?!\w+(?:aron|ieron|aste|iste)\b)"
# "¿por qué dejaron de mandarme?": a stop told in the past (theirs or the sender's) is a report, not a request.
_NOT_PAST = (r"(?!(?:dejaron|dejaste|dejasteis|dejaba|dejaban|dejado|dejo|pararon|paraste|paraba|paraban|parado|paro|"
             r"terminaron|terminaste|terminaba|terminaban|terminado|termino)\b)")


PATTERNS = (
    # --- a request supposed, asked about or denied as someone else's ("si algún día quiero darme de baja", "¿quién les
    # dijo que me quitaran?", "solo quería saber cómo", "nadie les pidió que dejaran de mandarme")
    mention("es:supuesto", r"^(?:y |pero |bueno )?(?:si|por si|en caso de que) (?:algun dia|alguna vez|en algun momento|mas adelante|"
            r"en un futuro|en el futuro|despues|luego)\b|^(?:\w+ )?(?:quien|quienes) (?:\w+ )?(?:dijo|dijeron|pidio|pidieron|mando|"
            r"ordeno)\b|\bnadie (?:les |te |le )?(?:pidio|dijo|mando)\b|"
            r"\b(?:solo|nomas|nada mas|solamente) (?:queria|quiero|quisiera) saber (?:si|como|cuando)\b|"
            r"\b(?:mensaje|aviso|correo|notificacion) (?:de |diciendo |que dice )?que (?:cancele|me di de baja|me dieron de baja|me sali)\b",
            "si algún día quiero darme de baja, ¿cómo lo hago?", "¿quién les dijo que me quitaran de la lista?"),
    out("es:no-enviar", r"\bno (?!(?:mande|en[vb]ie)\b)(?:me |m |nos )?(?:vuelv\w* a |volver a |sig\w* |esten |estes |esteis |este |anden |andes |andeis |ande )?"
        + _SEND_REQ + r"\b|"
        r"\b(?:nunca|jamas) (?:mas )?(?:me |nos )?(?:vuelv\w* a )?" + _SEND_REQ + r"\b|"
        r"\bno (?:me|nos) (?:los|las) (?:vuelv\w* a |sig\w* )?" + _SEND_REQ + r"(?: (?:mas|ya|nunca|por favor|porfa|"
        r"gracias))*$|"
        r"\bque (?:ya )?no (?:me |nos )?(?:volvieran a \w+|(?:mand|envi|contact|molest|texte)(?:aran|aras|ara|asen)|"
        r"escribieran)\b|"
        r"\bno (?:le |les )(?:vuelv\w* a |sig\w* )?" + _SEND_REQ + r"(?: (?:(?:mas|nada|ningun\w*)\b|(?:mas |sus |"
        r"los |las )?" + _MSJ + r"\b)|$)|"
        r"\bno (?:quiero|deseo|necesito) que (?:me |nos )?(?:sigan |vuelvan a )?"
        r"(?:envi|mand|escrib|contact|molest|text)\w*\b|\bni (?:me |nos )?(?:envien|manden|escriban|contacten|textee?n)\b",
        "no me envíen más mensajes", "no me escriban", "no quiero que me contacten", "no m manden", negatable=False),
    out("es:dejen-de", r"\b(?=dej|par|termin)(?:" + _WHY_NOT + "|" + _NOT + ")" + _NOT_WANT
        + _NOT_PAST + r"(?:dej|par|termin)\w*(?:me|nos)?(?: ya)? (?:de|d) (?:(?:\w+ (?:y|o) de |\w+ ni (?:de )?)?(?:estar(?:me|nos)? )?" + _STOP_VERB + r"|"
        r"llen\w* (?:\w+ ){0,2}?de " + _MSJ + r"\b)|"
        r"(?:^|\b(?=quiero|deseo|quisiera|necesito|gustaria|favor|solicito|pido|como|para|puedo|podria|porfa|por|ya)"
        + _NOT + r"(?:quiero|deseo|quisiera|necesito|gustaria|favor de|solicito|pido|como|para|puedo|podria|porfa|por favor|ya) )"
        r"(?:dejar|parar) de recibir\b",
        "dejen de enviarme mensajes", "paren de mandar", "déjame de joder", "quiero dejar de recibir mensajes", negatable=False),
    # Mexican "ya párenle", "ya bájenle" closing a complaint: stop it (never "párenle aquí en la esquina").
    out("es:parenle", r"(?:^|\bya )(?:parenle|parale|parenla|parala|bajenle|bajale|calmenle|calmale)(?: ya| porfa| por favor| plis| xfa| pues)*$",
        "ya párenle", negatable=False),
    # "ni se les ocurra volver a escribirme": a dare against texting again.
    out("es:ni-se-ocurra-escribir", r"\b(?:ni|no) se (?:te |le |les |os )?(?:vaya |vayan )?(?:a )?ocurr\w* (?:volver a |seguir |"
        r"otra vez |de nuevo )?(?:estar )?" + _STOP_VERB, "ni se les ocurra volver a escribirme", negatable=False),
    out("es:no-ofrezcan", r"\bno (?:me |nos )?(?:sigan |vuelvan a )?ofrezc(?:an|as|ais) (?:mas|nada)\b",
        "ya no me ofrezcan nada", negatable=False),
    out("es:dejen-de-a-familiar", r"\b(?:dejen|deja|dejad|dejes|dejen ya|paren|para|parad) de (?:estar(?:le|les) (?:envi|mand|escrib|contact|molest|spame|texte)\w*ndo|(?:envi|mand|escrib|contact|"
        r"molest|spame|texte)\w*(?:le|les)) (?:\w+ )?a mi (?:papa|mama|padre|madre|abuel\w*|hij[oa]|espos[oa]|marido|"
        r"herman[oa]|papi|mami)\b", "dejen de escribirle a mi papá, tiene 80 años", negatable=False),
    out("es:si-no-dejan", r"\bsi no (?:dejan|paran|dejas|paras|deja|para|dejais|parais) de (?:estar )?" + _STOP_VERB,
        "los voy a reportar si no dejan de escribirme", negatable=False),
    out("es:no-mas", _gate(r"no |ya |nada |ni |tampoco ") + r"(?:" + r"\btampoco (?:quiero|deseo|necesito) (?:recibir )?(?:mas |sus |los |las )?(?:\w+ )?" + _TEXTS + r"\b|" + r"\bno (?:quiero |deseo )?mas (?:\w+ (?:ni|y|o) )?(?:\w+ )?" + _MSJ + r"\b|"
        r"^no mas(?: porfa| porfis| por favor| gracias| plis| xfa| ya)*$|\bya no (?:quiero|deseo)(?: nada| mas| gracias| por favor)*$|"
        r"\bya no mas\b|\bno more (?:\w+ )?(?!(?:texts?|messages?|msgs?|newsletters?)\b)" + _TEXTS + r"\b|^nada (?:mas )?de (?:\w+ )?" + _MSJ + r"\b"
        # "nada de mensajes hoy, ¿todo bien con mi pedido?": none came, a report
        r"(?! (?:\w+ )?(?:hoy|ayer|esta semana|este mes|todavia|aun|ultimamente|desde|de su parte hoy)\b)|"
        r"\bni un (?:solo )?(?:mensaje|sms|msj|texto|aviso|promo)\w* mas\b" + r")",
        "no más mensajes", "ya no quiero", "nada de promociones", negatable=False),
    out("es:no-quiero", _gate(r"no |n |agradeceria|prefer|prefie|quisiera|quiero|deseo|favor|pido|las |los |sus |estas |esas |comunicacion|informacion|"
        r"tus |mensaj|msj|sms|text|promo|publicidad|anuncio|notificacion|alerta|aviso|recordatorio|spam|oferta|"
        r"nada") + r"(?:" + r"\b(?:no|n) (?:quiero|deseo|necesito) (?:re[cs]i[bv]ir |(?:seguir|continuar) recibiendo |que me (?:envien|manden|"
        r"escriban|lleguen|llegue|sigan llegando) )?"
        r"(?:mas |sus |estos |esos |ningun |ninguna |tus |(?:este|ese|esta|esa|estos|esos) (?:tipo|tipos|clase|clases) de )?"
        r"(?:(?:\w+ )?" + _TEXTS + r"|nada)\b|"
        r"\bno (?:quiero|deseo) saber (?:nada|mas)(?: mas)?(?:$| de (?:ustedes|usted|ti|vos|vosotros|su \w+|esta \w+|"
        r"esa \w+)\b)|"
        r"\b(?:agradeceria|agradeceriamos|prefiero|preferiria|preferimos|quisiera|quiero|deseo|favor de|"
        r"pido) no recibir(?:$| (?:mas|nada|esto)\b| (?:mas |ningun\w* |sus |estos |esos |los |"
        r"las )?(?:\w+ )?" + _MSJ + r"\b)|"
        r"\bno me interesa\w* (?:recibir |seguir recibiendo )?(?:sus |los |las |estos |esos |tus |vuestros |vuestras )?(?:\w+ )?"
        + _MSJ + r"\b|\bno me interesa\w* (?:recibir|seguir recibiendo)(?: (?:esto|nada|mas|gracias|por favor))*$|"
        r"(?<!\bde que )(?<!\braro que )(?<!\bpreocupa que )(?<!\bextrano que )(?<!\bporque )\bno (?:me|m) (?:llegue|lleguen|llegaran|llegara|llegasen)(?: (?:(?:nada|mas|ningun\w*)\b|(?:mas |sus |los |las )?(?:\w+ )?" + _MSJ + r"\b)| mas$|$)|"
        r"^(?:las |los |sus |estas |esas |tus )?" + _MSJ + r" (?:ya )?no me interesa\w*|"
        r"\bno (?:quiero|deseo) (?:recibir )?ningun\w* (?:\w+ )?(?:mensaje|promocion|notificacion|alerta|aviso|oferta|"
        r"anuncio|sms|msj|texto)\b|"
        r"\bno (?:quiero|deseo) (?:recibir|seguir recibiendo)(?: (?:mas|nada|esto|gracias|por favor|por (?:este medio|"
        r"aqui|sms|mensaje)))*$|"
        r"\bno (?:quiero|deseo) (?:seguir|continuar) recibiendo(?: (?:\w+ ){0,2}?(?:informacion|info|esto|cosas|nada|"
        r"por (?:este medio|aqui|sms|mensaje))\b|$)|"
        r"\b(?:mensajes?|msjs?|sms|publicidad|textos?|avisos|recordatorios|notificaciones)\b(?: \w+){0,8}? "
        r"(?:ya )?no (?:los|las) (?:quiero|necesito|deseo)\b" + r")",
        "no quiero recibir más mensajes", "no quiero recibir más",
        "me llegan tres mensajes al día y ya no los quiero", negatable=False),
    out("es:paren-con", r"\b(?=alto|par|basta|stop|deten|suficiente|ces|ya estuvo)" + _NOT + r"(?:alto(?: ya)? (?:a|"
        r"con)|(?:paren|pare|parad|parar|parenle|parale|parele|basta|stop(?! (?:these|the|this|that|those|your|my|all|it)\b)|deten|detengan|detened|suficiente|cesen|"
        r"cese|cesar|"
        r"ya estuvo(?: bueno| bien| suave)?)\b(?: ya)?(?: con| de| a)?|"
        r"para(?: ya(?: con)?| con)) (?!(?:un|una|uno|solo|solamente) )"
        r"(?:los |las |sus |tus |su |tu |vuestros |vuestras |estos |esos |tanto |tantos |(?:el|los|su|sus) envios? de (?:los |"
        r"sus )?)?(?:(?!l )\w+ (?:de )?)?"
        + _MSJ + r"\b", "paren ya con los mensajes", "párenle a su desmadre de mensajes", "cesen el envío de mensajes", negatable=False),
    out("es:baja", _gate(r"da|de|doy|quiero|solicito|pido|baja") + r"(?:" + r"\b(?:dar|darme|dame|denme|deme|doy|den|"
        r"quiero|solicito|pido)(?: de| d)? (?:la )?[bv]aja\b|(?<!mensaje )(?<!mensajes )(?<!aviso )(?<!correo )(?<!confirmacion )"
        r"(?<!notificacion )(?<!opcion )(?<!boton )\bde baja\b|"
        r"^baja (?:de |a )?(?:este|mi|el) (?:numero|telefono|celular|cel|linea)\b|"
        r"\b(?:quiero|solicito|pido) mi baja\b(?! (?:del|de la|de mi|de su|en el|en la) (?!lista|"
        r"servicio de (?:mensajes|sms)|mensajes|sms|envio|base)\w+)" + r")",
        "darme de baja", "quiero la baja"),
    # "todavía no me sacan de la lista": a removal still not done is asked for again.
    out("es:todavia-no", r"\b(?:todavia|aun|hasta ahora|hasta hoy) no (?:me |nos )(?:han |hayan |habian )?"
        r"(?:quit|sac|borr|elimin|retir|remov|remuev)\w*(?:$| de (?:la|su|sus|esta|vuestra|tu) (?:lista|listita|base|listado)\b)|"
        r"\b(?:todavia|aun|hasta ahora|hasta hoy) no (?:han |hayan |habian )?(?:quit|sac|borr|elimin|retir|remov|remuev)\w* "
        r"(?:mi|el) numero\b|"
        r"\b(?:todavia|aun|hasta ahora|hasta hoy) no (?:me |nos )?(?:han |hayan |habian )?(?:dan|dieron|dado) de baja\b",
        "todavía no me sacan de la lista", "aún no me han dado de baja", negatable=False),
    out("es:quitar-lista", r"\bcancel\w* (?:mi|este) (?:numero|telefono|celular|cel) de (?:la|su|esta|sus|vuestra|tu) "
        r"(?:lista|listita|base|listado)\b(?!" + _OTHER_LIST + r")|^fuera de (?:la|su|esta|sus|tu|vuestra) (?:lista|listas|listita|base|listado)\b(?!" + _OTHER_LIST + r")|"
        r"\b" + _NOT_PRETERITE + r"(?:quit|kit|saq|sac|elimin|borr|remuev|remov|bor|sal|baj|retir|desaparec|desaparezc)\w* (?:mi numero |me |"
        r"mi telefono )?"
        r"(?:de (?:la|su|esta|sus|vuestra|tu) (?:lista|listita|base|listado))\b(?!" + _OTHER_LIST + r")|"
        r"\bque me (?:saquen|quiten|borren|eliminen|retiren|saque|quite|borre|elimine|retire)(?: ya| por favor|"
        r" de (?:aqui|ahi|"
        r"(?:su|la|esta|sus|vuestra|tu) (?:lista|listas|listita|base|listado)(?: de (?:envios?|difusion|contactos|correo|"
        r"mensajes|clientes|datos))?))*"
        r"(?:$| (?:y|porque|pero|pues)\b)|"
        r"\b" + _NOT_PRETERITE + r"(?:quit|borr|elimin|remuev|remov|sac|saq|retir|exclu|desaparezc)\w* (?:mi|este|mis) "
        r"(?:numero|telefono|contacto|celular|cel|movil|datos)\b(?! de (?:la|su|esta|mi) (?:lista|listita)" + _OTHER_LIST + r")(?! (?:viejo|anterior|antiguo|equivocado|de (?:mi|la|"
        r"su) (?:cuenta|perfil|pedido|tarjeta|orden))\b)|\bser (?:eliminad|borrad|removid|quitad|sacad|retirad|"
        r"dad\w* de baja)\w*\b",
        "sáquenme de la lista", "eliminen mi número", "les pedí que me saquen", "quiero salir de la lista"),
    out("es:pueden-borrarme", r"^(?:me )?(?:pueden|puede|podrian|podria|podes|puedes) (?:me )?(?:eliminar|borrar|quitar|sacar|remover|"
        r"desuscribir)(?:me)?(?: de (?:aqui|esto|ahi|la lista|su lista|sus listas|(?:sus|los|las|estos|estas|tus) " + _TEXTS + r")| por favor| porfa| ya)*$|"
        r"^(?:ya )?(?:pueden|podrian|podes) (?:parar|pararle|detenerse)(?: ya| por favor| porfa)*$|"
        r"\bcomo (?:me )?(?:salgo|saco|borro|quito|desuscribo) (?:de esto|de aqui|de esta lista|de la lista|de su lista)$|"
        r"\b(?:favor de|haganme el favor de|hazme el favor de|hagame el favor de) (?:borrar|eliminar|quitar|sacar|remover|"
        r"desuscribir)(?:me|nos)\b" + _NOT_A_THING + r"|"
        r"\brenuncio a (?:recibir )?(?:sus |los |las |estos |tus )?(?:\w+ )?" + _MSJ + r"\b|"
        r"\bahorr(?:ense|ate|ese|aos) (?:los |las |sus |tus |el )?(?:\w+ )?(?:" + _MSJ + r"|envios?)\b",
        "¿me pueden eliminar?", "háganme el favor de borrarme", "renuncio a sus mensajes", negatable=False),
    out("es:imperativo", _ENCLITIC, "bórrenme", "no gracias denme de baja", "déjenme en paz", negatable=False),
    out("es:cancelar", r"\b(?:elimin|borr|quit|termin|finaliz)\w* (?:la |mi |su |esta )?suscripcion\b|"
        r"\bdesafili\w* (?:de |del |de la |de los |de las |de su |de sus |a )?(?:\w+ ){0,2}?(?:" + _MSJ + r"|lista|envios?)\b|"
        r"^desafili(?:ar|arme|enme|ame)$|"
        r"\b(?:cancel|anul|desactiv|suspend|apag)(?!(?:aron|aste|ado|ada|ados|adas)\b)\w* (?:la |mi |su |esta |estas |los |"
        r"las |estos |esos |esas |sus |tus )?(?:(?:el |los )?envios? de (?:los |sus |estos )?(?:\w+ )?)?(?:suscripcion|" + _MSJ
        + r")\b|\bdesuscrib(?!(?:ieron|io)\b)\w*\b|\bdesinscrib\w*\b", "cancelar suscripción", "desuscribirme"),
    out("es:equivocado", _WRONG_GATE + r"(?:" + r"\bnumero (?:equivocado|incorrecto|erroneo|errado)\b(?! (?:de la|del|da|do|de) (?:rua|calle|casa|avenida|av|pedido|orden|factura|"
        r"cuenta|tarjeta|apartamento|apto|depto|departamento|edificio|puerta|guia|rastreo|seguimiento|predio|porton|portao)\b)|"
        r"^(?:y |pero )?no (?:se|tengo idea de|tengo ni idea de) quien (?:es|sea|era) (?!(?:el|la|los|las|un|una|ese|esa|este|esta|su|sus|mi|tu|"
        r"usted|ustedes|mejor|peor|responsable|encargad[oa]|quien|eso|esto)\b)\w+(?: \w+)?$|"
        r"\bse equivoc\w* de (?:numero|persona)\b(?! (?:en|con) (?:la|el|mi|su) (?:factura|pedido|orden|cuenta|entrega|envio|"
        r"paquete|cobro|cargo|reserva|cita)\b)|"
        r"\b(?:aqui )?no (?:hay|vive) nadie (?:con ese nombre|que se llame)\b|"
        r"^(?:aqui|aca) (?:ya )?no (?:vive|trabaja) (?!(?:nadie|los|las|el|la|un|una|mas|asi|de|en|con|por|hoy|manana|temprano|tarde|bien|mal|"
        r"nada|ningun\w*|desde|hace|solo|sola|sol[oa]s|ya|aqui|gente)\b)\w+(?: \w+)?$|"
        r"^(?:(?:el|ella|esa persona|ese senor|esa senora|esa senorita) )?(?:ya )?no vive aqui(?: (?:y|ni) (?:no )?(?:tiene|usa) "
        r"(?:este|ese) (?:numero|telefono|celular|cel))?$|"
        r"\b(?:y|ella|el) no (?:tiene|usa) (?:este|ese) (?:numero|telefono|celular|cel)$|"
        r"(?:^|\b(?:esta|estan|estas) )equivocad[oa]s? de (?:numero|persona)\b|"
        r"\bno soy (?!(?:yo|cliente|clienta|socio|socia|miembro|de|del|el|la|los|las|un|una|muy|tan|bueno|buena|capaz|"
        r"fan|ningun\w*|"
        r"quien|nadie|experto|experta|mayor|menor|residente|alumno|alumna|paciente|tu|su|para|nada|asi|ese|esa|este|"
        r"esta|mas|"
        r"tonto|tonta|rico|rica|mexicano|mexicana|bot|robot|hombre|mujer|nino|nina)\b)\w+\b|"
        r"\bno soy (?:ese|esa|el|la) (?:persona|titular|dueno|duena|senor|senora|sr|sra|destinatario|destinataria|"
        r"cliente que buscan)\b|"
        r"\bno soy (?:cliente|clienta) (?:de ustedes|suy[oa]|de (?:esta|esa) (?:tienda|empresa|compania))\b|"
        r"\bno conozco a (?!nadie que|ningun\w* que|su |sus |mis |tu |tus |que )\w+\b|\bfalleci\w*\b|"
        r"\bya no es (?:su|mi|el) (?:numero|telefono|celular|cel)\b|"
        r"\b(?:numero|telefono|celular|cel|linea) (?:ya )?no (?:pertenece|corresponde) a\b(?! (?:mi|la|su|esta|esa) (?:cuenta|tarjeta|pedido|orden|plan|factura|"
        r"sucursal|tienda|zona)\b)|\b(?:numero|telefono|celular|cel) ya no es (?:de|"
        r"del) \w+|"
        r"^ya no es (?:de|del) \w+(?: \w+)?$|"
        r"\b(?:este|ese) numero (?:ya )?no es (?:de|del|mio|suyo)\b|"
        r"\b(?:este|ese) (?:ya )?no es el (?:numero|telefono|celular|cel) de\b(?! (?:(?:la|el|esta|esa) (?:tienda|sucursal|oficina|empresa|"
        r"farmacia|clinica|consultorio)|pedido|orden|cuenta|guia|rastreo|seguimiento|tarjeta|cliente|confirmacion|referencia|"
        r"factura|reserva|cita|serie|folio|socio|poliza|contrato|telefono|casa|emergencia)\b)|"
        r"\bno es (?:mi|su|el) numero\b(?! de (?:pedido|orden|cuenta|guia|rastreo|seguimiento|tarjeta|cliente|"
        r"confirmacion|referencia|"
        r"factura|reserva|cita|sucursal|la tienda|la sucursal|serie|folio|socio|poliza|contrato)\b)|"
        r"\bya no (?:tiene|tengo|usa|uso) (?:este|ese) (?:numero|telefono|celular|cel)\b(?! de\b)|"
        r"\baqui no (?:vive|hay|existe) (?:ningun|ninguna) (?:sr|sra|srta|senor|senora|senorita|don|dona|lic|"
        r"licenciad[oa])\b|^aqui no es (?:la casa|el (?:numero|telefono|celular|cel)|el domicilio) de\b|"
        r"\bno soy (?:su|tu) (?:cliente|clienta)\b(?! (?:todavia|aun)\b)|"
        r"\bno soy (?:quien|a quien|la persona que|el que|la que) (?:ustedes |usted )?(?:buscan|busca|buscas)\b|"
        r"\b(?:este|el|ese) (?:numero|telefono|celular|cel) (?:ahora|ya) es mio\b|\bla persona que (?:usted |"
        r"ustedes )?(?:buscan|busca|buscas) (?:ya )?no\b|"
        r"\b(?:numero|telefono|celular|cel|linea) (?:es )?de (?:un|una) (?:nino|nina|menor)\b|"
        r"\b(?:numero|telefono|celular|cel|linea) es de mi (?:hijo|hija|nieto|nieta) (?:de \d+ anos|menor|pequen\w*|"
        r"chiquit\w*)|"
        r"\b(?:el|ella|padre|madre|papa|mama|esposo|esposa|marido|hijo|hija|hermano|hermana|abuelo|"
        r"abuela) (?:que )?(?:ya )?murio\b|"
        r"\b(?:lo|la) (?:tiene|usa) mi (?:hijo|hija|nieto|nieta) (?:de \d+ anos|menor|pequen\w*|chiquit\w*)|"
        r"\baqui no vive (?:ningun\w*|nadie)\b|\b(?:este|ese) (?:era|fue) (?:el )?(?:su|el) (?:numero|telefono|"
        r"celular|cel)\b(?! (?:anterior|de antes|viejo)\b)|"
        r"\bya no esta con nosotros$|\b(?:que )?(?:en paz descanse|descanse en paz)\b|\bqepd\b|"
        r"\b(?:mensajes?|sms|msjs?) no (?:son|es) para mi\b|\b(?:me dieron|compre|saque) este (?:numero|telefono|"
        r"celular|cel|chip) "
        r"(?:nuevo|hace poco|recien\w*)\b|"
        r"\b(?:numero|telefono|celular|cel|linea) (?:ya )?(?:cambio|ha cambiado) de (?:dueno|duena|propietario|"
        r"titular|usuario)\b|"
        r"\b(?:nunca|jamas) (?:les |le |te )?(?:di|dimos|he dado|hemos dado) (?:mi |el )?(?:permiso|autorizacion|"
        r"consentimiento)\b|"
        r"\bno (?:les |te )?(?:di|dimos|he dado|hemos dado) (?:mi |el )?(?:permiso|autorizacion|consentimiento)"
        r"(?:$| (?:para|de) (?:que me|que nos|escrib|mand|envi|contact|recibir|usar mi|esto|eso)\w*)" + r")",
        "número equivocado", "mi padre falleció", "este número ahora es mío", negatable=False),
    out("es:sin-interes", r"^(?:no |no gracias )?(?:ya )?(?:no me interesa|no estoy interesad[oa]|no tengo interes|"
        r"sin interes)(?: gracias| por favor| ya| mas)*$",
        "no me interesa", "ya no me interesa", negatable=False),
    out("es:no-autorice", r"\bnunca (?:he sido|fui|hemos sido|fuimos) (?:su |sus )?(?:cliente|clienta|clientes)\b(?! (?:tan|tao|mas|mais|mejor|melhor|"
        r"bien|bem|feliz|satisfech\w*)\b)|"
        r"\bno (?:lo|la) (?:autorice|he autorizado) (?:para|a) (?:recibir )?(?:sus |los |las |su )?(?:\w+ )?" + _TEXTS + r"\b|"
        r"\b(?:nunca|jamas|no) (?:me |les |le )?(?:suscribi|registre|autorice|pedi(?!d[oa])|acepte|inscribi|"
        r"apunte)\w*"
        r"(?:$| (?:a |en |para )?(?:(?:esto|estos|esta|estas|nada|ningun\w*|su lista|sus listas|la lista|"
        r"este servicio|recibir|"
        r"que (?:me |nos )?(?:escrib|mand|envi|contact|usar|usen|tuvieran|tengan|guard)\w*|ser contactad\w*)|"
        r"(?:sus |los |estos |las |estas |ningun\w* )?(?:\w+ )?" + _MSJ + r")\b)|"
        r"\b(?:nunca|jamas) (?:les |le )?di mi (?:numero|telefono|celular|cel|permiso|consentimiento)\b|"
        r"\bde donde sacaron mi numero\b|"
        r"\bno recuerdo (?:haber(?:me|les|le|nos)? )?(?:dado (?:mi numero|permiso|mi telefono)\b|(?:suscrit|registrad|"
        r"inscrit|autorizad|aceptad)\w*"
        r"(?:$| (?:a |en |para )?(?:esto|nada|su lista|recibir|" + _MSJ + r")\b))|"
        r"\bno les di mi (?:numero|telefono|celular)\b|"
        r"\b(?:retiro|revoco|cancelo|anulo) (?:mi|el|la|cualquier|todo|toda) (?:consentimiento|autorizacion|permiso)\b|"
        r"\bno (?:autorizo|acepto|consiento|doy (?:mi )?(?:permiso|consentimiento|"
        r"autorizacion)) (?:el uso de mi (?:numero|telefono|celular|datos)|"
        r"recibir|que (?:me |nos )?(?:escrib|mand|envi|contact|usen)\w*|(?:sus |estos |los |"
        r"las )?(?:\w+ )?" + _TEXTS + r")\b",
        "nunca me suscribí", "nunca les di mi número", negatable=False),
    out("es:siguen", r"\bya (?:les )?(?:puse|mande|envie|escribi|respondi|conteste|pedi) (?:la )?(?:baja|alto|stop|"
        r"cancelar|parar)\b"
        r"(?! (?:por error|sin querer|por equivocacion|del|de la|de mi|de su)\b)|"
        r"\b(?:por que|porque|xq|pq|porq|x que) (?:me |nos )?siguen (?:mandando|enviando|escribiendo|molestando|"
        r"contactando)\b|"
        # the keyword sent and the texts still coming: "respondí BAJA y sigo recibiendo mensajes"
        r"\b(?:puse|mande|envie|escribi|respondi|conteste)\w* (?:la |el )?(?:palabra )?(?:baja|alto|stop|cancelar|parar|salir)\b(?: \w+){0,3}? "
        r"(?:y|pero) (?:aun |todavia |igual )?(?:sigo|siguen|sigue|continuo|continuan|me siguen|me sigue|me llegan|me siguen llegando)\b",
        "ya puse BAJA tres veces y siguen", "¿por qué me siguen mandando mensajes?", negatable=False),
    out("es:bloquear", r"^(?:ya )?(?:bloquead[oa]s?|(?:los|las|te|lo|la) (?:voy a )?bloque\w*)$|"
        r"\b(?:voy a|los voy a|las voy a|te voy a) bloquear\b"
        r"(?! (?:la|mi|el|su|tu) (?!numero)\w+)|\blos bloqueo\b", "bloqueado 🚫", "los voy a bloquear"),
    out("es:spam", r"\b(?:reportad|denunciad|marcad|bloquead)[oa]s? (?:y (?:reportad|denunciad)[oa]s? )?(?:como|por) spam\b|"
        r"^(?:ya )?(?:reportad[oa]s?|denunciad[oa]s?|bloquead[oa]s? y (?:reportad|denunciad)[oa]s?)$|"
        r"\b(?:los|las|lo|la|les|te) (?:reporte|denuncie|marque) (?:como|por) spam\b",
        "reportado como spam", "bloqueado y reportado", negatable=False),
    out("es:harto-de", r"\b(?:me (?:canse|harte|aburri)|(?:me tienen|me teneis|estoy|ando|ya estoy|estamos)(?: re| muy| bien| ya)? "
        r"(?:(?:hart|cansad|podrid|arto|arta|aburrid|frit)\w*|hasta (?:la madre|el gorro|las narices|la coronilla|el copete|"
        r"los huevos))) "
        r"(?:de|con) (?:recibir |seguir recibiendo )?(?:sus |tus |los |las |tantos |tantas |estos |esos |vuestros |tanto |tanta )?"
        r"(?:\w+ )?" + _TEXTS + r"\b|"
        r"\b(?:ya )?me (?:aburrieron|hartaron|cansaron|aburren|hartan|cansan) (?:con )?(?:sus|tus|los|las|tantos|tantas|estos|esos|"
        r"vuestros) (?:\w+ )?" + _TEXTS + r"\b",
        "me cansé de sus mensajes", "ya me aburrieron sus mensajes", negatable=False),
    out("es:olvidar-numero", r"\bolvid(?:ense|ate|ese|aos|en|ar) (?:de )?(?:mi|este) (?:numero|telefono|celular|cel)\b|"
        r"\bolvid(?:ense|ate|ese|aos) de mi$|^(?:ya )?olvid(?:enme|ame|eme|adme)$|"
        r"\bno me (?:busquen|busques|busque|busqueis)(?: mas)?(?: por (?:aqui|este medio|mensaje|sms))?$",
        "olvídense de mi número"),
    # A keyword with the courtesy words people add ("baja porfis", "stop porfa", "bajaa plis").
    out("es:palabra-y-cortesia", r"^(?:ya |por favor |porfa |porfavor )?(?:baja+|stop|alto|paren|parar|basta|cancelar|"
        r"desuscribir\w*|salir)"
        r"(?: (?:porfa|porfas|porfis|porfi|plis|pliss|plz|xfa|xfavor|x favor|porfavor|por fa|gracias|ya|de una vez|ahorita|"
        r"por favor|please|pls))+$", "baja porfis", "stop porfa"),
    out("es:basta", r"^(?:ya )?basta(?: ya)?(?: de (?:(?:tanto|tantos|tanta|tantas|sus|tus|los|las|estos|esos|"
        r"vuestros) )?(?:\w+ )?"
        r"(?:" + _MSJ + r"|mand\w*|envi\w*|escrib\w*|molest\w*|spam\w*|insist\w*|esto|eso|lo mismo))?$",
        "ya basta", "déjenme en paz"),
    out("es:no-estar", _gate(r"no |sin |quiero|prefiero|mejor|favor|numero|telefono|celular") + r"(?:"
        r"\bno (?:quiero|deseo) (?:seguir siendo|ser|formar) parte de (?:esto|esta lista|sus (?:listas|envios|mensajes))"
        r"(?: por favor| gracias| ya)*$|"
        r"\bno (?:quiero|deseo) (?:estar|seguir|permanecer|continuar|pertenecer|formar parte|ser parte) "
        r"(?:(?:en|a|de) (?:su|la|esta|sus|vuestra|tu) "
        r"(?:lista|listas|listita|base|listado)\b(?!" + _OTHER_LIST + r")|(?:suscrit|inscrit|registrad|apuntad)\w*(?:$|"
        r" (?:a (?:sus |los |las |estos )?"
        r"(?:\w+ )?" + _MSJ + r"|por favor|gracias|ya|mas)\b))|^sin (?:mas )?" + _MSJ + r"(?: de texto)?(?: por favor|"
        r" gracias| ya)*$|"
        r"\b(?:quiero|prefiero|mejor|favor) (?:seguir )?sin (?:\w+ )?" + _MSJ + r"\b|"
        r"\bno (?:debe|deberia|puede|tiene por que|tendria por que) recibir (?:estos |sus |esos |los |las |"
        r"estas )?(?:\w+ )?" + _TEXTS + r"\b|"
        r"\b(?:numero|telefono|celular) (?:ya )?no (?:debe|deberia|tiene que) (?:estar|aparecer|seguir) en (?:su|la|"
        r"sus|esta) (?:lista|listita|base|listado)s?\b" + r")",
        "ya no quiero estar en su lista", "no quiero estar suscrito", "sigo con ustedes, pero sin mensajes de texto",
        negatable=False),
    out("es:en-vez-de-mensajes", r"\b(?:en vez de|en lugar de) (?:mandar|enviar|escribir)(?:me|nos)? (?:los |las |sus )?(?:\w+ )?"
        + _TEXTS + r"\b", "prefiero que me llamen en vez de mandar mensajes", negatable=False),
    out("es:otro-canal", _gate(r"no |y |ya |ni |por |porfa|porfavor|xfa|plis|please|pls|oigan|ok |las |los |sus |mensaj|msj|sms|text|promo|publicidad|anuncio|"
        r"notificacion|alerta|aviso|recordatorio|spam|oferta|nada") + r"(?:" + r"^(?:y )?ni (?:(?:mensajes?|sms|msjs?|textos?|whatsapps?|wasaps?) ni (?:llamadas|correos|nada|whatsapps?|wasaps?)|"
        r"(?:llamadas|correos|whatsapps?|wasaps?) ni (?:mensajes?|sms|msjs?|textos?))(?: por favor| gracias| porfa| porfavor| xfa| plis| please| pls)*$|"
        r"(?:^|\by )no por (?:aqui|mensajes?|"
        r"sms|texto|mensajes? de texto)(?: por favor| gracias| porfa| porfavor| porfis| xfa| plis| please| pls)*$|"
        r"(?:^|\by |^(?:porfa|por favor|porfavor|xfa|plis|please|pls|oigan|ok) )(?:ya )?no (?:mensajes?(?: de texto)?|sms|msjs?|textos?)(?: por favor| gracias| porfa| porfavor| porfis| xfa| plis| please| pls)*$|"
        r"(?:^|\by )(?:ya )?no (?:la|las|los|sus|tanta|tantas|tanto|tantos) (?:publicidad|promociones|promos|ofertas|anuncios|"
        r"spam)(?: por favor| gracias| porfa| porfavor| porfis| xfa| plis| please| pls)*$|"
        r"^(?:las |los |sus )?" + _MSJ + r" (?:ya no|no mas|no)(?: gracias| por favor| porfa| porfavor| xfa| plis| please| pls)*$|"
        r"^por (?:aqui|mensajes?|sms|texto|mensajes? de texto) (?:ya )?no(?: por favor| gracias| mas| porfa| porfavor| xfa| plis| please| pls)*$" + r")",
        "por correo sí, por SMS ya no", "llámenme, no por mensaje", negatable=False),
    # "los mensajes no los leo", "no leo mensajes": the texts are no use to the sender (like "I don't read texts").
    out("es:no-los-leo", r"^(?:y |pero |mejor |igual )?(?:los |sus |esos |estos )?(?:mensajes|msjs|sms|textos|mensajitos) no los (?:leo|veo|abro|reviso)(?: nunca| jamas| ni| la verdad)*$|"
        r"^(?:yo )?(?:no|nunca) (?:leo|uso|reviso|abro) (?:los |sus )?(?:mensajes|msjs|sms|textos)(?: de texto)?(?: de (?:empresas|tiendas|negocios|ustedes))?(?: nunca| la verdad| perdon)*$",
        "los mensajes no los leo", negatable=False),
    out("es:con-sus-mensajes", r"\b(?=no |cort|par|call|la lata|ya vale|vale ya|chole|ya chole|ladilla|ya fue)(?:"
        r"\bno (?:me |nos )?(?:(?:esten|estes|sigan|sigas) )?(?:(?:romp|jod|insist)(?:an|as|ais|iendo)|"
        r"(?:hinch|fastidi|molest|acos)(?:en|es|eis|ando)|(?:ching|fregu|friegu)(?:en|es)|(?:ching|freg)ando)\b"
        r"(?: \w+){0,4}? con " + _DET_ES + _MSJ + r"\b|"
        r"\b(?:cortala|cortenla|cortadla|cortenle|cortale|paren la mano|para la mano|parad la mano|callense|callate|callen|"
        r"callad|callaos|callese|la lata|ya vale|vale ya|chole|ya chole|ladilla|parenla|parala|ya fue) (?:ya )?(?:con|de) " + _DET_ES + _MSJ + r"\b|"
        r"\bno (?:sigan|sigas|sigais|continuen|continues) con " + _DET_ES + _MSJ + r"\b|"
        r"\bno (?:me |nos )?insist(?:an|as|ais) mas(?: por favor| gracias| porfa)*$" + r")",
        "no me rompan más las bolas con sus promos", "córtenla con los mensajitos", "ya no sigan con los mensajes",
        "ya les dije que no, no insistan más", negatable=False),
    out("es:derechos", _gate(r"ejer|supres|cancelac|eliminac|borrado|baja |me opongo|abst|ces|numero|telefono|celular|"
        r"datos|contacto|no ") + r"(?:"
        r"\b(?:ejerzo|ejercer|ejercito|ejercemos) (?:mi |mis |el |los )?derechos? (?:de |a la |al )?(?:oposicion|supresion|"
        r"cancelacion|olvido|arco)\b|"
        r"\b(?:supresion|cancelacion|eliminacion|borrado|baja) (?:total )?de (?:todos )?(?:mis|nuestros) datos\b"
        r"(?! (?:de (?:pago|facturacion|envio|la tarjeta)|bancarios)\b)|"
        r"\bme opongo a (?:que (?:me |nos )?(?:envi|mand|escrib|contact|usen|utilicen|traten)\w*|recibir|"
        r"(?:la |el )?(?:envio|recepcion|tratamiento|uso) de)\b|"
        r"\babst(?:en|eng)\w* de (?:seguir )?(?:enviar|mandar|escribir|contactar|molestar)\w*|"
        r"\b(?:cese|cesen|cesar|cesad) (?:todo |toda |cualquier )?(?:tipo de )?(?:contacto|comunicacion)\w*|"
        r"\b(?:numero|telefono|celular|datos|contacto) (?:sea|sean) (?:excluid|eliminad|borrad|retirad|removid|suprimid|"
        r"dad[oa]s? de baja)\w*\b(?! de (?:la|mi|su|esta) (?:cuenta|tarjeta|pedido|orden|perfil|app|aplicacion|factura|reserva)\b)|"
        r"\bno (?:tienen|tiene|tienes) (?:mi )?(?:permiso|autorizacion|consentimiento) (?:para|de) "
        r"(?:escrib|mand|envi|contact|usar)\w*" + r")",
        "ejerzo mi derecho de oposición", "solicito la supresión de mis datos", "me opongo a recibir publicidad",
        "solicito se abstengan de enviarme mensajes", "cese todo contacto", negatable=False),
    out("es:dejen-los", r"^(?:ya )?(?:dejen|deja|deje|dejad|dejar) (?:los|las|sus|tus|esos|esas|estos|estas) (?:\w+ )?"
        + _TEXTS + r"(?: por favor| gracias| ya| porfa)*$", "prefiero email, dejen los SMS", negatable=False),
    out("es:amenaza", r"\bsi (?:me |nos )?(?:vuelven|vuelves|vuelve|siguen|sigues|sigue) (?:a )?"
        r"(?:mand|envi|escrib|contact|molest|text)\w*\b" + _NOT_A_THING + r"(?: \w+){0,4}? (?:los |las |te |lo |la )?(?:voy a |vamos a )?"
        r"(?:denunci|report|demand|bloque|acus)\w*|"
        r"\b(?:denunci|report|demand|bloque)\w* (?:\w+ ){0,4}?si (?:me |nos )?(?:vuelven|vuelves|vuelve|siguen|sigues|sigue) "
        r"(?:a )?(?:mand|envi|escrib|contact|molest|text)\w*\b" + _NOT_A_THING,
        "los voy a denunciar si me vuelven a escribir", "si me vuelven a mandar algo los denuncio", negatable=False),
    out("es:no-hace-falta", r"\bno (?:hace falta|es necesario|necesitan|tienen que) (?:que )?(?:me |nos )?"
        r"(?:sigan |vuelvan a )?(?:mand|envi|escrib|contact)\w* (?:mas )?(?:los |las |sus |esos |estos )?"
        r"(?:\w+ )?" + _TEXTS + r"\b", "no hace falta que me manden más mensajes", negatable=False),
    opt_in("es:alta", r"\b(?:fue|era) (?:un error|sin querer|por error|una equivocacion) (?:lo de|el|mi|poner|mandar|responder) "
           r"(?:baja|alto|stop|cancelar)\b|\b(?:(?:dar|darme|dame|denme|deme|den) de alta(?! como\b)(?! (?:en|a|para) (?:el|la|los|las|mi|un|una) "
           r"(?!(?:\w+ )?(?:lista|mensajes|sms|alertas|avisos|notificaciones|promociones|ofertas)\b))|volver a suscribir\w*|"
        r"quiero (?:volver a )?recibir (?:los |las |sus )?"
           r"(?:\w+ )?(?:mensajes|ofertas|promociones|promos|avisos|notificaciones|alertas|sms|"
           r"recordatorios)(?: de nuevo| otra vez)?|por error\b.*\b(?:baja|alto|stop)|"
           r"me equivoque (?:al|de) (?:poner|mandar|enviar|responder|escribir|contestar)\w* (?:baja|alto|stop|cancelar)|"
           r"(?:puse|mande|envie|respondi|conteste|escribi) (?:baja|alto|stop|cancelar) {MISTAKE})\b",
           "quiero recibir mensajes de nuevo", "me equivoqué al poner BAJA"),
    # "agréguenme otra vez", "vuelvan a agregarme a la lista": put back on the list.
    opt_in("es:agregarme-de-nuevo", r"\b(?:agreguenme|agregame|agregueme|anadanme|anademe|inscribanme|incluyanme|ponganme) (?:otra vez|de nuevo|"
           r"nuevamente)(?: a (?:la|su) (?:lista|base)\b(?! de espera)|(?: (?:por favor|porfa|plis|gracias))*$)|"
           r"\b(?:vuelvan|volve|vuelva|volver) a (?:agregar|anadir|inscribir|incluir|poner)(?:me|nos)(?: a (?:la|su) (?:lista|base)\b"
           r"(?! de espera)|(?: (?:por favor|porfa|plis|gracias))*$)",
           "agréguenme otra vez a la lista", "vuelvan a agregarme porfa"),
    opt_in("es:volver-a-recibir", r"\b(?:pueden|puede|podrian|podes|puedes) volver a (?:envi|mand|escrib)\w*(?:me|nos)"
           r"(?: (?:los |las |sus )?(?:\w+ )?" + _TEXTS + r"\b|(?: ya| de nuevo| otra vez| por favor)*$)|"
           r"^(?:ya )?(?:vuelvan|vuelve|volved|vuelva) a (?:escribir|mandar|enviar)(?:me|nos)(?: mensajes| por favor| porfa| ya)*$|\b(?:quiero|quisiera|deseo|me gustaria) volver a recibir (?:los |las |sus )?"
           r"(?:\w+ )?(?:mensajes|ofertas|promociones|promos|avisos|notificaciones|alertas|sms|recordatorios)\b|"
           r"\b(?:vuelv\w* a (?:envi|mand|escrib)\w*(?:me|nos)|vuelv\w*(?:me|nos) a (?:envi|mand|escrib)\w*) (?:los |las |sus )?"
           r"(?:\w+ )?(?:mensajes|ofertas|"
           r"promociones|promos|"
           r"avisos|notificaciones|alertas|sms|recordatorios)\b|"
           r"\b(?:quiero|quisiera|deseo|gustaria|pueden|podrian|favor de) que (?:me |nos )vuelv\w* a (?:envi|mand|escrib)\w* "
           r"(?:los |las |sus )?(?:\w+ )?(?:mensajes|ofertas|promociones|promos|avisos|notificaciones|alertas|sms|"
           r"recordatorios)\b|"
           r"\bvuelv\w* a (?:re)?activ\w* (?:mis |los |las |sus )?(?:\w+ )?(?:mensajes|sms|notificaciones|alertas|avisos|"
           r"promociones)\b|\b(?:re)?activ\w* (?:de nuevo |otra vez )?(?:mis |"
           r"las |los |sus )?(?:mensajes|notificaciones|"
           r"alertas|avisos|promociones)\b",
           "quiero volver a recibir sus ofertas", "vuelvan a mandarme los mensajes", "reactiven mis notificaciones"),
    opt_in("es:suscribir", r"\b(?:me|nos) (?:vuelvo|volvemos|quiero volver|queremos volver) a suscribir\w*\b|\b(?:suscribanme|suscribeme|suscribame|suscribidme|resuscrib\w*|resubscrib\w*)\b|"
           r"\bsuscribir(?:me|nos)? (?:a (?:las|los|sus) (?:\w+ )?(?:mensajes|ofertas|promociones|promos|avisos|"
           r"notificaciones|alertas|sms)|"
           r"otra vez|de nuevo)\b|(?:\b(?:quiero|deseo|quisiera|gustaria) suscribir(?:me|nos)?|\bme quiero suscribir)\b"
           # not to something else: "quiero suscribirme al gimnasio", "me quiero suscribir a la revista"
           r"(?! (?:a|al|en|del|de|para) (?:la |el |los |las |su |un |una |mi )?(?!(?:\w+ )?(?:mensajes?|sms|msjs?|textos?|promo\w*|ofertas|"
           r"lista|boletin|newsletter|alertas|notificaciones|avisos|recordatorios|descuentos|ustedes|sus|otra|nuevo)\b)\w)",
           "suscríbanme otra vez", "me quiero suscribir a las promociones", "sí quiero suscribirme"),
    help_request("es:ayuda", _gate(r"necesit|quiero|ocupo|requiero|pido|me |nos |ayud|puede|pueden|"
        r"podrian") + r"(?:" + r"\b(?:necesito|necesitamos|quiero|ocupo|requiero|pido) (?:una |un poco de |de su )?ayuda\b|"
                 r"^(?:me |nos )?(?:ayudan|ayuda|ayudas|puede ayudar|pueden ayudar|podrian ayudar)(?:me|nos)?$|"
                 r"^ayudenme\b|^ayudame\b|"
                 r"\bnecesito (?:informacion|info) (?:sobre|de|acerca de) (?:mi|la|el) (?:cuenta|pedido|servicio|plan|"
                 r"suscripcion)\b" + r")",
                 "necesito ayuda con mi cuenta", "¿me ayudan?"),
    help_request("es:quien-es", r"^(?:quien|quienes) (?:es|son|eres|habla|me escribe|me escriben|me esta escribiendo|"
        r"manda esto)$|"
                 r"^(?:que|cual) (?:empresa|compania|negocio|tienda) (?:es|son) (?:esta|esto|ustedes)$|^que es esto$|"
                 r"^de (?:donde|que|quien) (?:es|son) (?:este numero|estos mensajes|este mensaje|esto)$",
                 "¿quién es?", "¿qué empresa es esta?", "¿de qué son estos mensajes?"),
    # --- other senses and mentions, Spanish ---------------------------------------------------------------------
    sense("es:suscripcion-otra", r"\bsuscripcion (?:a|de|del|al|en) (?:la |el |mi |una |un )?(?!(?:\w+ )?(?:mensajes?|sms|"
          r"msjs?|textos?|promociones|promos|ofertas|publicidad|lista|listas|boletin|newsletter|notificaciones|alertas|avisos|"
          r"ustedes|whatsapp|este|esta|su|sus|tu|tus)\b)\w+", "cancelé la suscripción a la revista"),
    sense("es:notificacion-de-la-app", r"\b(?:notificaciones|notificacion|alertas?|avisos?) (?:push |de la |del |en la |en el |por )?"
          r"(?:app|aplicacion|pagina|sitio|navegador|whatsapp|correo|email|instagram|facebook)\b"
          r"(?! (?:y|ni|o) (?:\w+ ){0,3}?(?:sms|mensajes?|msjs?|textos?)\b)",
          "¿cómo desactivo las notificaciones de la app?"),
    # A pet's death is never a notice about this number ("mi perrito falleció y quería devolver el alimento").
    sense("es:mascota-fallecio", r"\b(?:perr[oa]s?|perrit[oa]s?|gat[oa]s?|gatit[oa]s?|mascotas?|perrhij[oa]|michi|lomit[oa]|caballo|"
          r"conejit?o|hamster|periquito|perico|loro|pez|pececito|tortuga|cachorr[oa]|minin[oa]) (?:\w+ )?(?:ya )?(?:falleci\w*|muri\w*|"
          r"se (?:nos )?muri\w*)\b", "mi perrito falleció y quería devolver el alimento"),
    sense("es:fallecio-hace-anos", r"\bfalleci\w* hace (?:muchos |varios |tantos |unos )?anos\b",
          "mi abuela falleció hace años, ella me enseñó esa receta"),
    # A thing or a charge one never asked for ("me cobraron un seguro que no pedí"), not the texts.
    sense("es:cargo-no-pedido", r"\b(?:productos?|paquetes?|pedidos?|articulos?|seguros?|cargos?|cobros?|servicios?|planes|plan|"
          r"garantias?|tarjetas?|prestamos?|creditos?|membresias?|accesorios?|pizzas?|cajas?) (?:\w+ )?que (?:yo )?(?:nunca |no |jamas )"
          r"(?:pedi|autorice|solicite|contrate|ordene|compre)\b", "me cobraron un seguro que no pedí"),
    # The hour, not the texts: "no me manden mensajes a las 5 de la mañana, a partir de las 9 está bien".
    sense("es:horario", r"\bno (?:me |nos )?(?:mand|envi|escrib|text)\w* (?:(?:mas )?(?:mensajes?|msjs?|sms|textos?|nada) )?(?:a las \d+|"
          r"antes de las|despues de las|tan temprano|tan tarde|de madrugada|en la madrugada|en la noche|por la noche|de noche|"
          r"los domingos|el domingo|en domingo|los fines de semana|el fin de semana|a esta hora|a estas horas|a deshoras|"
          r"en horario de trabajo|en ingles)\b", "no me manden mensajes a las 5 de la mañana, a partir de las 9 está bien"),
    sense("es:enviar-objeto", _THINGS_GUARD, "no me manden la factura en papel", "no me envíen el paquete todavía"),
    sense("es:de-baja-laboral", r"\b(?:estoy|esta|estamos|estan|sigo|sigue|seguimos|estare|estaba|estuve|"
        r"ando) (?:de )?baja\b|"
          r"\bbaja (?:medica|por maternidad|por paternidad|laboral|por enfermedad|por incapacidad|temporal)\b",
          "estoy de baja médica", "estoy de baja por maternidad"),
    sense("es:dado-de-baja", r"(?<!\btodavia no )(?<!\baun no )(?<!\bhasta ahora no )(?<!\bhasta hoy no )"
          r"\b(?:me|nos|se|lo|la|los|las|le|les) (?:dieron|dio|han dado|ha dado|habian dado) de baja\b|"
          r"\b(?:se|lo|la|los|las|le|les) (?:quiere|quieren|queria|querian|va a|van a|puede|pueden|podria) dar (?:de|d) baja\b|"
          r"\b(?:quede|quedo|quedamos|quedaron|fui|fue|fuimos|estoy|esta|estamos|sigo|sigue) dad[oa]s? de baja\b|"
          r"\b(?:me|nos|lo|la|le|les) (?:iban|iba) a dar de baja\b|"
          r"\b(?:quien|alguien|por que|porque) (?:\w+ )?(?:pidio|solicito|ordeno|hizo) que (?:me|nos) (?:dieran|diera|"
          r"den|de) de baja\b|"
          # a denial of having asked: "yo no dije que me dieran de baja", "nunca pedí la baja"
          r"\b(?:no|nunca|jamas) (?:\w+ )?(?:dije|pedi|solicite|autorice|ordene) (?:que (?:me|nos) (?:dieran|diera|den|de|dan)|(?:la|mi)) de baja\b|"
          r"\b(?:no|nunca|jamas) (?:\w+ )?(?:pedi|solicite) (?:la|mi) baja\b",
          "¿por qué me dieron de baja?", "mi mamá se dio de baja"),
    # "me di de baja sin querer de los correos": another channel left, not the texts.
    sense("es:baja-otro-canal", r"\bbaja (?:\w+ ){0,3}?(?:de|del) (?:los |las |el |la |mis |sus )?(?:correos?|mails?|e ?mails?|newsletters?|"
          r"boletin\w*|catalogos?|cartas|llamadas)\b(?! (?:y|e|o|ni) (?:de |del )?(?:los |las |sus |tus )?(?:mensajes|sms|textos|msjs?|"
          r"whats\w*|mensajitos)\b)", "me di de baja sin querer de los correos"),
    # "mi esposo quiere desuscribirse, yo no": the reflexive "-se" is a third person's wish, reported.
    sense("es:otro-quiere-salirse", r"\b(?:quiere|quieren|queria|querian|quisiera|quiso|desea|deseaba|necesita|intenta|intento|trata|trato|"
          r"va a|iba a|esta tratando de|estaba tratando de) (?:de )?(?:darse de baja|desuscribirse|desinscribirse|desafiliarse|"
          r"salirse|borrarse|quitarse|eliminarse)\b|"
          # "mi esposo quería que me diera de baja": someone else wanted the sender to leave
          r"\bque me (?:diera|diese|saliera|saliese|desuscribiera|borrara) (?:de baja|de la lista)?\b",
          "mi esposo quiere desuscribirse, pero yo sigo", "mi esposo quería que me diera de baja pero yo no quiero"),
    sense("es:dije-a-otro", r"\b(?:le |les )?(?:dije|dijo|dijimos|pedi|pidio|pedimos|digo|dice|dile|digale|diganle|"
        r"pidele|pidale|pidanle) (?:a|al) (?:mi |mis |su |sus |la |el |los |las )?"
          r"\w+ (?:(?!que)\w+ ){0,3}?que (?:no )?(?:me |nos )?(?:dej|"
          r"par)\w*|"
          r"\b(?:le )?(?:dije|dijo|pedi|pidio) que (?:ya )?(?:no )?(?:me |nos )?(?:\w+ ){1,3}?a (?:mi|mis|su|sus) (?:ex|novi|herman|"
          r"mama|papa|madre|padre|jefe|amig|vecin|hij|prim|ti[oa]|espos|marido|suegr|abuel|compa)\w*\b",
          "le dije a mi hermano que deje de escribirme", "le dije que no me escriba más a mi ex"),
    sense("es:numero-en-registro", r"\b(?:en|de) (?:la|el|mi|su) (?:guia|pedido|orden|paquete|factura|envio|"
        r"formulario|etiqueta|"
          r"registro|cuenta|expediente|reserva|cita) (?:\w+ ){0,3}numero (?:equivocado|incorrecto|erroneo|errado)\b|"
          r"\bnumero (?:equivocado|incorrecto|erroneo|errado) (?:en|de) (?:la|el|mi|su) (?:guia|pedido|orden|paquete|"
          r"factura|envio|"
          r"formulario|etiqueta|registro|cuenta|expediente|reserva|cita)\b",
          "en la guía pusieron un número equivocado"),
    sense("es:baja-adjetivo", r"\bde baja (?:calidad|presion|tension|intensidad|temporada|gama|potencia|resolucion|"
        r"velocidad|"
          r"frecuencia|estatura|azucar|grasa|sodio|densidad|altura|costo|cilindrada)\b", "zapatos de baja calidad"),
    sense("es:otro-canal-no-sms", r"\bno (?:me |nos )?(?:esten |sigan |estes |sigas )?" + _SEND_REQ + r" (?:mas )?(?:con )?(?:\w+ )?(?:llamadas|"
        r"correos?|emails?|(?:mensajes?|notas?) de voz|audios?|"
          r"e mails?|mails?|cartas|catalogos?|folletos|revistas|llamar\w*)\b|"
          r"\bno (?:me |nos )?" + _SEND_REQ + r" (?:nada |mas |nada mas )?(?:por|al|a mi|a la|en) (?:paqueteria|mensajeria|"
          r"correo postal|estafeta|fedex|dhl|domicilio|whatsapp|wasap|wats|whats|facebook|face|"
          r"messenger|instagram|"
          r"insta|telegram|correo|email|mail|trabajo|oficina|casa)\b(?! ni (?:por )?(?:sms|mensajes?|textos?|aqui)\b)",
          "no me molesten con llamadas, por mensaje está bien", "no me manden correos, prefiero SMS"),
    sense("es:baja-objeto", r"\b(?:de|d) baja (?:a )?(?:mi|la|el|su|los|las|mis|sus|este|esta|esa|ese|un|una) "
          r"(?!(?:\w+ )?(?:numero|telefono|celular|cel|suscripcion|" + _MSJ + r")\b)\w+",
          "¿cómo doy de baja mi tarjeta?", "dar de baja a mi hijo del equipo"),
    sense("es:no-ahora", r"\bno (?:me |nos )?" + _SEND_REQ + r" (?:ahorita|ahora|en este momento|todavia|"
        r"aun)\b(?! (?:que|mismo)\b)|"
        r"\bno (?:me |nos )?" + _SEND_REQ + r" (?:(?:mensajes?|msjs?|sms|nada) )?(?:a esta hora|a estas horas|tan temprano|tan tarde|"
        r"de noche|en la noche|por la noche|en la madrugada|de madrugada|en domingo|los domingos|en fin de semana|"
        r"en ingles|en espanol|en otro idioma|en el trabajo|en horario de trabajo|antes de las \d+|despues de las \d+)\b",
          "no me escribas ahorita, estoy en junta"),
    sense("es:ya-lo-cancele", r"\b(?:la|lo|los|las) (?:cancele|cancelamos|cancelaron|cancelo|cancel)\b", "ya la cancelé"),
    sense("es:que-le-dejen", r"\bque le (?:dejen|paren|deje|pare|dejes|pares) de\b",
          "mi hermana dice que le dejen de mandar, yo sí quiero seguir"),
    # "¿de dónde sacaron mi número?" asks where it came from, it does not ask to take it out.
    # "¿de dónde sacaron mi número?", "¿quién les dio mi número?": a denial of consent, as in every other language.
    out("es:de-donde-mi-numero", r"\b(?:de )?donde (?:\w+ )?(?:sacaron|saco|sacaste|sacan|obtuvieron|consiguieron|tomaron) "
        r"(?:mi|este|mis) (?:numero|telefono|celular|cel|contacto|datos)\b|"
        r"\b(?:quien|como) (?:les |le |te )?(?:dio|dieron|paso|pasaron|consiguieron|consiguio|obtuvieron|obtuvo) (?:mi|este) "
        r"(?:numero|telefono|celular|cel|contacto)\b", "¿de dónde sacaron mi número?", "¿quién les dio mi número?", negatable=False),
    sense("es:no-es-equivocado", r"\bno (?:es|era|fue|tienen|tiene|tienes) (?:un |el |ningun )?numero (?:equivocado|incorrecto|"
          r"erroneo|errado)\b|\bno (?:estan|esta|estas) equivocad[oa]s? de (?:numero|persona)\b|"
          # with its subject before the "no" ("ustedes no se equivocaron de número"); a bare "no se equivocaron de número" is
          # as often "No, se equivocaron de número" sent without the comma
          r"\b(?:ustedes|usted|ud|uds|tu|vos) no (?:se |te )?equivoc(?:aron|aste|o|asteis) (?:de|con el) (?:numero|persona)\b",
          "no es número equivocado, sí soy yo", "no están equivocados de número"),
    sense("es:tengo-numero-equivocado", r"\b(?:tengo|tenia|me dieron|anote|guarde|marque|marco|(?:le |les )?di|(?:le |les )?pase|puse|escribi|"
          r"registre|deje) (?:el |un |mi |su )?numero "
          r"(?:equivocado|incorrecto|erroneo|errado)\b", "creo que tengo el número equivocado de la sucursal"),
    keep("es:por-que-baja", r"\b(?:por que|porque|quien|cuando) (?:me|nos) (?:dieron|dio|han dado|ha dado) de baja\b",
         "¿por qué me dieron de baja? yo no pedí eso"),
    mention("es:keyword-explicado", r"\bes lo mismo que\b|\bdiferencia entre\b|\bque significa\b|\bque quiere decir\b|"
            r"\bque (?:pasa|sucede|ocurre) (?:si|cuando)\b",
            "¿dar de baja es lo mismo que cancelar la cuenta?"),
    mention("es:que-responda", r"\b(?:dijo|dijeron|dice|dicen|pidio|pidieron|recomendo|recomendaron|explico|"
        r"explicaron|indico|indicaron) "
            r"(?:\w+ ){0,3}?que (?:respond|contest|pusiera|ponga|escribiera|tecle)\w*\b",
            "mi vecino me dijo que respondiera 'no me escriban', pero yo sí quiero los avisos"),
    mention("es:para-que-sirve", r"\b(?:baja|alto|stop|cancelar|parar|fin|ayuda)\b (?:es|sirve|funciona) para\b|"
            r"\bpara que (?:sirve|es|funciona)\b", "¿BAJA es para dejar de recibir todo?"),
    # A reaction to a message, quoted ("Se rió de “Dejen de mandarme mensajes”"), when the engine's tapback form misses it.
    mention("es:reaccion", r"^(?:se rio de|enfatizo|cuestiono|no le gusto|le gusto|le encanto|reacciono(?: con \w+)? a) ",
            "se rió de “dejen de mandarme mensajes”"),
    mention("es:si-pongo", r"^(?:y )?si (?:le |les )?(?:pongo|mando|envio|respondo|contesto|escribo|cancel\w*|"
        r"me salgo|salgo|"
            r"me desuscribo|me doy de baja|doy de baja|contesto con|respondo con)\b",
            "si pongo ALTO, ¿dejo de recibir los avisos?",
            "si cancelo los mensajes, ¿me siguen llegando los estados de cuenta?"),
    # "ya me desuscribí del periódico": unsubscribing from another publication or club, reported.
    # "ni se te ocurra darme de baja", "no se les vaya a ocurrir sacarme de la lista": a dare against the removal.
    sense("es:ni-se-ocurra", r"\b(?:ni|no) se (?:te |le |les |os )?(?:vaya |vayan |valla |vallan )?(?:a )?ocurr\w* "
          r"(?:(?:me|nos) )?(?:dar(?:me|nos)? de baja|(?:sac|quit|borr|elimin|desuscrib|desinscrib|remov|desafili)\w*|"
          r"cancel(?:ar|arme|arnos)(?: (?:mi|la|el|los|mis) (?:\w+ )?(?:suscripcion|mensajes?|promos?|promociones|numero))?)\b"
          r"(?: (?:de|del) (?:la |su |sus |esta |esa )?(?:lista|listas|listado|base|sistema|registro))?",
          "ni se les ocurra sacarme de la lista", "ni se te ocurra darme de baja"),
    # Unsubscribing from another channel or publication ("cómo me desuscribo del correo", "darme de baja de los emails"),
    # unless the texts are named beside it.
    sense("es:desuscribir-otro-canal", r"\b(?:desuscrib|desinscrib|desafili)\w* (?:del|de la|de los|de las|de mi|de mis|de su|de sus|de) "
          r"(?:\w+ )?(?:correos?|e ?mails?|mails?|emails?|newsletter por correo|correo electronico|periodico|revista|diario|canal de youtube|"
          r"gimnasio|gym|curso|podcast|seguro)\b(?! (?:y|ni|o|pero no|tambien) (?:\w+ ){0,3}?(?:sms|mensajes?|msjs?|textos?)\b)",
          "¿cómo me desuscribo del correo?"),
    sense("es:desuscrito-de-otro", r"\b(?:me|nos) (?:desuscribi|desuscribimos|desinscribi|desinscribimos|desafilie|desafiliamos) "
          r"(?:del|de la|de los|de las|de mi|de) (?:\w+ )?(?:periodico|revista|diario|canal|gimnasio|gym|curso|podcast|"
          r"netflix|spotify|seguro)\b", "ya me desuscribí del periódico"),
)
