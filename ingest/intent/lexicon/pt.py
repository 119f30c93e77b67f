"""Portuguese (Brazil and Portugal) opt-out and opt-in phrases, and Portuguese other senses.

Text is folded: no accents ("não" is "nao", "pára" is "para"), hyphens split ("retirem-me" is "retirem me"),
and the English shorthands are resolved first ("msg" is "message", "q" is "que", "naum" is "nao").
"""

from ingest.intent.patterns import mention, opt_in, out, sense

# What the texts are called (the English forms come from the shorthands: "msg" is "message").
_OBJ = (r"(?:mens{1,2}age(?:m|ns|n)|mensajes?|msgs?|msgm|msgns|mensg|mnsg|messages?|texts?|sms|textos?|torpedos?|notificac(?:ao|oes)|notifs?|alertas?|avisos?|"
        r"lembretes?|promoc(?:ao|oes)|promos?|propagandas?|publicidades?|ofertas?|anuncios?|spam|newsletters?|marketing|"
        r"campanhas?|disparos?|comunicac(?:ao|oes)|correspondencia)")
_MSG = r"(?:" + _OBJ[3:-1] + r"|nada)"
# Determiners before the texts: "essas", "as suas", "nenhuma".
_D = (r"(?:as|os|a|o|essas|esses|estas|estes|esta|essa|este|esse|sua|seu|suas|seus|vossa|vossas|vossos|tuas|teus|minha|meu|"
      r"minhas|meus|nenhuma|nenhum|mais|tantas|tantos|todas|todos|qualquer|outras|outros)")
_DET = r"(?:" + _D + r" ){0,2}"
# Verb stems for sending or pestering (calls are another channel: "pare de me ligar" is not an opt-out).
_SEND = r"(?:envi|mand|mamd|flood|flod|escrev|contat|contact|incomod|perturb|chate|importun|spam|ench|torr|aborrec|oferec)"
# Imperative, subjunctive and infinitive forms, never a past or a 3rd-person present tense
# ("não me mandaram o boleto" is a complaint, "não me incomoda" says it does not bother).
_SEND_IMP = (r"(?:(?:envi|mand|contat|contact)(?:e|em|es|a|ar)|escrev(?:a|am|as|e|er)|(?:incomod|perturb|chate|importun|"
             r"aborrec)(?:e|em|es|ar|er)|chate(?:ie|iem|ies)|ench(?:a|am|as|er))")
# Turning something off, not in a past tense ("desativaram o envio?" asks what happened); the shorthands
# already turn "cancelar", "cancelem" and "cancelei" into "cancel".
_STOP_VERB = (r"(?:cancel(?:ar|e|em|a|am|o|ando)?|(?:anul|desativ|desabilit)(?:ar|e|em|a|am|o|ando)|deslig(?:ar|a|am|o|ando|ue|uem)|"
              r"suspend(?:er|a|am|e|em|o|endo))")
# The same without the informal "manda", "envia", "escreve", which also tell ("não escreve nada no campo").
_SEND_SUBJ = (r"(?:(?:envi|mand|contat|contact)(?:e|em|es|ar)|escrev(?:a|am|as|er)|(?:incomod|perturb|chate|importun|"
              r"aborrec)(?:e|em|es|ar|er)|chate(?:ie|iem|ies)|ench(?:a|am|as|er))")
# What a complaint about a missing or wrong document names ("não me mande o boleto por email").
_NOT_A_DOCUMENT = (r"(?! (?:\w+ )?(?:boleto|codigo|nota|fatura|comprovante|link|senha|pedido|produto|resposta|encomenda|recibo|"
                   r"documento|catalogo|orcamento|contrato|tecnico|entregador|motoboy|motorista|funcionario|pacote|nome|sobrenome|endereco)\b)")
# Who owns the phone, in notices of another person's number.
_KIN = (r"(?:pai|mae|marido|esposa|esposo|mulher|avo|avozinha|avozinho|filho|filha|irmao|irma|tio|tia|sogro|sogra|"
        r"dono|dona|titular|cunhado|cunhada|primo|prima|padrasto|madrasta)")
_COMMON_NOUN = (r"(?:esse|essa|este|esta|isso|isto|ainda|bem|nada|um|uma|ninguem|voces|vcs|produto|produtos|loja|lojas|pix|app|"
                r"aplicativo|site|servico|programa|sistema|plano|cartao|lugar|endereco|bairro|caminho|marca|restaurante|cupom|"
                r"procedimento|promocao|modelo|tamanho|cor|sabor|prato|cardapio|menu|link|codigo|metodo|processo|regulamento|"
                r"contrato|pacote|curso|evento|local|shopping|centro|rua|cidade|bairro|empresa|clinica|hospital|banco|"
                r"regra|regras|sorteio|clube|programa|beneficio|desconto|frete|boleto|horario)\b")

# Not followed by a thing other than the texts ("parem de mandar o entregador tão cedo").
_NOT_A_THING = (r"(?! (?:o|a|os|as|um|uma|meu|minha|meus|minhas|esse|essa|esses|essas|seu|sua) (?!(?:\w+ ){0,2}(?:" + _OBJ +
                r"|coisas|porcarias?|merdas?|lixo|besteiras?|bobagens?|nada|tantas?|saco|pe|paciencia|tralhas|baboseiras|(?:paradas?|bagulhos?)(?: a[ie])?$|"
                r"celular|telefone|telemovel|numero|whats|zap)\b)\w)")

PATTERNS = (
    # --- a request supposed, asked about or denied as someone else's ("se um dia eu quiser sair", "quem pediu pra me
    # tirar?", "só queria saber como", "ninguém pediu pra parar")
    mention("pt:suposto", r"^(?:e |mas )?(?:se um dia|se algum dia|caso um dia|caso algum dia|se no futuro|se mais tarde|se eu um dia)\b|"
            r"^(?:\w+ )?quem (?:\w+ )?(?:pediu|mandou|disse|falou)\b|\bninguem (?:\w+ )?(?:pediu|mandou|disse)\b|"
            r"\b(?:so|soh|apenas|somente) (?:queria|quero) saber (?:como|se|quando)\b",
            "se um dia eu quiser sair, como faço?", "quem pediu pra me tirar da lista?"),
    out("pt:parem-de", r"\b(?:(?:par|deix|desencan)(?:e|em|a|am|ar|es|arem|ares|assem|asse)|chega|larga|larguem) (?:la |ja |ai |logo )?(?:de|d) "
        r"(?:(?:me )?\w+ (?:e|nem) de )?(?:me |nos )?(?:ficar )?" + _SEND + r"\w*\b" + _NOT_A_THING + r"|"
        r"\b(?:de|para|pra|favor|gentileza de) (?:nao|n) (?:me |nos )?(?:enviar|mandar|escrever|contatar|contactar)(?:em)?\b "
        r"(?:mais\b|nada\b|(?:" + _D + r" ){0,2}(?:\w+ )?" + _OBJ + r"\b)",
        "parem de enviar mensagens", "deixem de me ligar e de me mandar mensagens", "peço a gentileza de não me enviarem mais", "pare de me mandar", "deixem de me contactar", "deixa de me chatear"),
    # "me esqueçam": forget me (never "me esqueci", "não me esquece de avisar").
    out("pt:me-esquecam", r"\bme esque(?:ca|cam|ce|cem|cam de vez)(?: (?:por favor|pfv|pf|de vez|gente|obrigad[oa]))*$",
        "me esqueçam", negatable=False),
    out("pt:nao-quero", r"\b(?:nao|n) (?:quero|kero|qro|desejo|preciso|gostaria de|pretendo) (?:mais |mas )?(?:receber |continuar (?:a )?receb\w* |"
        r"seguir receb\w* |ver )?(?:mais )?(?:" + _D + r" (?:" + _D + r" )?(?:\w+ ){0,2})?" + _OBJ + r"\b|"
        r"\b(?:nao|n) (?:quero|desejo) (?:mais )?receber (?:mais )?nada\b|"
        r"\b(?:nao|n|num) (?:quero|kero|qro|desejo) (?:mais )?receber(?: mais)?(?: obrigad[oa]| pfv| por favor| gente)*$|"
        r"\b(?:nao|n|num) (?:quero|kero|qro|desejo) (?:mais )?receber (?:mais )?(?:isso|isto)(?: mais)?(?: obrigad[oa]| pfv| por favor| gente)*$|"
        r"\b(?:nao|n) (?:pode|deve|deveria|podem|devem) (?:mais )?receber (?:" + _D + r" ){0,2}(?:\w+ )?" + _OBJ + r"\b"
        r"(?! (?:\w+ ){0,2}?(?:internacion\w*|de fora|do exterior|de outro pais|grandes?|longas?|com foto)\b)|"
        r"\bdesconsider\w* (?:o |a )?(?:meu|minha|este|esse|nosso) (?:numero|contato|contacto|telefone|celular|cadastro)\b|"
        r"\b(?:nao|n) (?:quero|desejo) (?:mais )?receber (?:mais )?(?:essas|estas|as suas|suas|tantas|as vossas|vossas) "
        r"(?:coisas|porcarias|merdas|bobagens|besteiras|chatices)\b|\bno more (?:\w+ )?(?!(?:texts?|messages?|msgs?|newsletters?)\b)" + _OBJ + r"\b|"
        r"\bnem (?:me |nos )?" + _SEND_SUBJ + r"\b" + _NOT_A_THING + r"|"
        r"\b(?:nao|n) (?:precisa|precisam|precisas|e preciso|e necessario) (?:mais (?:me |nos )?(?:mandar|enviar|escrever|contatar|"
        r"contactar)(?: mais)?) (?:nada\b|(?:" + _D + r" ){0,2}(?:\w+ )?" + _OBJ + r"\b)|"
        r"\b(?:nao|n|nunca mais|nunca) (?:me |nos )?(?:volte a |voltem a |voltes a |torne a |tornem a )?(?:me |nos )" + _SEND_IMP +
        r"\b" + _NOT_A_DOCUMENT + r"|"
        r"\b(?:nao|n|nunca mais|nunca) (?:volte a |voltem a |voltes a |torne a |tornem a )?(?:" + _SEND_SUBJ +
        r"(?: me| nos)? (?:mais|nada|(?:" + _D + r" ){0,2}" + _OBJ + r")|(?:manda|envia|escreve) (?:mais|(?:" + _D + r" ){0,2}" +
        _OBJ + r"))\b|"
        r"\b(?:nao|n|nunca mais) (?:volte|voltem|voltes|torne|tornem) a (?:me |nos )?(?:envi|mand|escrev|contat|contact|incomod|"
        r"perturb)\w*|"
        r"\b(?:nao|num) quero mais(?: nada| obrigad[oa]| por favor| nao)*$|"
        r"(?<!\bnao )(?<!\bn )(?<!\bnunca )\b(?:quero|queria|gostaria de|desejo|peco (?:para|pra)|solicito|pode me|podem me|favor|pra|para) ser (?:removid|"
        r"descadastrad|excluid|retirad|tirad|eliminad|apagad)\w*\b(?! (?:d[ao]|dess[ae]) (?:lista de espera|fila|grupo|sorteio|pedido|"
        r"turma|evento|carrinho)\b)|"
        r"\b(?:nao|n) quero (?:mais )?(?:ser|que me|que voces me) (?:mais )?(?:contat|contact|incomod|mand|envi|perturb|chate|importun)\w*\b"
        + _NOT_A_DOCUMENT + r"|"
        r"\b(?:prefiro|gostaria de|queria|quero|desejo|favor|pode|podem|por favor) (?:nao|n) (?:receber|ser contat|ser contact)\w*\b|"
        r"\bnao e (?:pra|para) (?:me |nos )?(?:mandar|enviar|escrever|contatar|contactar)\b",
        "não quero mais receber mensagens", "não me enviem", "nunca mais me mandem nada", "prefiro não receber mensagens",
        negatable=False),
    # "nem pensem em me mandar mais mensagem": a dare against texting again.
    out("pt:nem-pensem-mandar", r"\b(?:nem|nao) (?:pens\w* em|invent\w* de|ouse\w* a?) (?:me |nos )?(?:voltar a |continuar a |continuar |"
        r"mais )?(?:me |nos )?(?:mandar|enviar|escrever|contatar|contactar|incomodar|perturbar|encher)(?: me| nos)?\b" + _NOT_A_DOCUMENT,
        "nem pensem em me mandar mais mensagem", negatable=False),
    # "ainda não me tiraram da lista": a removal still not done is asked for again.
    out("pt:ainda-nao", r"\b(?:ainda|ate agora|ate hoje) (?:nao|n) (?:me (?:tir|retir|remov|exclu|descadastr|apag)\w*(?:$| d[ao] "
        r"(?:sua |vossa )?(?:lista|base|cadastro|sistema)\b)|(?:tir|retir|remov|exclu|apag)\w* (?:o )?meu (?:numero|contato|telefone|"
        r"celular)\b|me descadastr\w*)",
        "ainda não me tiraram da lista", "até agora não me descadastraram", negatable=False),
    # "como assim fui descadastrada?": a state told, not asked for.
    sense("pt:fui-descadastrado", r"\b(?:fui|foi|fomos|estou|to|tou|estava|ja fui|fui eu) (?:\w+ )?(?:descadastrad|desinscrit|removid|excluid|"
          r"tirad|retirad)[oa]s?\b", "como assim fui descadastrada?"),
    out("pt:tirar-lista", r"\b(?!\w+(?:aram|eram|iram|ou|ei|aste|este|iste)\b)(?:tir|metir|retir|remov|exclu|apag|delet|elimin|cancel)\w* (?:\w+ ){0,2}?(?:d[ao]|dess[ae]|dest[ae]|de sua|da sua|"
        r"da vossa|de vossa|do seu|do vosso|de vosso|dos seus|dos vossos|das suas|das vossas) (?:\w+ )?(?:lista|listas|base|cadastro|"
        r"sistema|contatos|contactos|mailing|banco de dados|base de dados)\b|"
        r"\b(?:me )?(?:re)?(?:tir|remov|exclu|apag|elimin|delet)(?:e|em|a|ar|am|i|ir|iem|ue|uem) (?:o |a )?(?:meu|minha|o meu|este|esse) "
        r"(?:numero|number|nmr|nro|contato|contacto|telefone|celular|telemovel|cadastro)\b"
        # the old number of a profile ("tira o meu número antigo e coloca esse novo"), not this one
        r"(?! (?:antigo|velho|anterior|errado|fixo|de casa|do trabalho|comercial)\b)|"
        r"\b(?:remocao|exclusao|retirada|eliminacao) (?:\w+ ){0,2}?(?:meu|minha|deste|desse|este|esse) (?:numero|number|nmr|contato|"
        r"contacto|telefone|celular|telemovel)\b|\b(?:remocao|exclusao|retirada|eliminacao) (?:\w+ ){0,2}?d[ao] (?:lista|base|cadastro|mailing)\b|"
        r"\bme (?:tir|retir|remov|exclu)\w* (?:disso|daqui|dai|dali|(?:dess[ae]|dest[ae]) (?:lista|base|porcaria|merda|coisa|treco|"
        r"bagulho|palhacada|chatice|spam)|dessa$|desta$)\b|"
        r"^(?:eu )?(?:to|tou|estou|tamo) fora(?: (?:valeu|vlw|obrigad[oa]|pfv|gente|mano|ai|ae))*$|"
        r"\b(?:to|tou|estou|tamo|sai|cai) fora (?:dessas|destas|disso|das|dos) (?:\w+ )?(?:" + _OBJ + r"|lista|listas)\b|\b(?:des ?cadast|desinscrev)\w*\b(?! (?:\w+ )?d[ao]s? (?:programa|clube|curso|aula|plano|app|aplicativo|site|sorteio|"
        r"evento|grupo|cartao|academia|newsletter|e ?mails?)\b)",
        "me tirem da lista", "descadastrar", "retirem-me da vossa lista de contactos", "favor retirar meu contato"),
    out("pt:sair-lista", r"(?<!\bpensar em )\b(?:quero |queria |vou |gostaria de )?sair (?:da|dessa|desta|de sua|da sua|da vossa) (?:\w+ )?(?:lista|base)\b|"
        r"\bquero sair(?: daqui| disso| por favor)*$|"
        r"\b(?:(?:parar|pare|parem|pararem)(?: ja| la)?(?: de| com)?|para com|chega (?:de|com|dess[ae]s?|dest[ae]s?|dos|das|do|da)) " + _DET + r"(?:\w+ )?(?:" + _MSG + r"|envios?)\b",
        "quero sair da lista", "parar envio", "chega dessas promoções"),
    out("pt:cancelar", r"\b" + _STOP_VERB + r" (?:ai |ae |la )?(?:tudo (?:isso |esse negocio )?(?:de |d[ao]s? ))?" + _DET + r"(?:inscricao|assinatura|subscricao|"
        r"cadastro|recebimento|envios?|" + _OBJ + r")\b|"
        r"\b" + _STOP_VERB + r" " + _DET + r"(?:\w+ )?(?:servico|lista|recebimento|envio|inscricao|"
        r"assinatura|subscricao) (?:de|das|dos|por|via) " + _OBJ + r"\b",
        "cancelar inscrição", "anular a subscrição", "desativem as mensagens", "quero cancelar esse serviço de sms"),
    out("pt:parar-de-receber", r"(?<!\bnao )(?<!\bn )(?<!\bnao quero )(?<!\bnao vou )(?<!\bnao pretendo )(?<!\bnao posso )"
        r"(?<!\bnao gostaria de )(?<!\bnao queria )(?<!\bnunca pedi pra )(?<!\bnunca pedi para )(?<!\bnao pedi pra )(?<!\bnao pedi para )"
        r"\b(?:parar|pare|deixar|quero parar|quero deixar) de receber\b|"
        r"\bnao tenho (?:mais )?interesse (?:em|n[ao]s?) (?:" + _D + r" )?(?:\w+ )?" + _OBJ + r"\b|"
        r"\bnao tenho (?:mais )?interesse em (?:receber|continuar (?:a )?receb\w*)\b|"
        r"^(?:ja )?(?:sem interesse|nao tenho (?:mais )?interesse|nao estou (?:mais )?interessad[oa]|nao me interessa(?: mais)?)"
        r"(?: obrigad[oa]| por favor| mais)*$|"
        r"^(?:voces )?(?:podem|pode|poderiam|poderia|da pra|tem como) me (?:excluir|remover|tirar|descadastrar|retirar)"
        r"(?: daqui| dai| disso| da lista| por favor| pfv)*$|"
        r"^(?:voces )?(?:podem|poderiam|da pra|tem como) (?:parar|pararem)(?: por favor| pfv| ja| agora)*$|\bcomo (?:eu )?(?:saio|faco pra sair|faco para sair) (?:disso|daqui)$|"
        r"\bdesist\w* (?:d[ao]s?|dess[ae]s?|dest[ae]s?) (?:\w+ )?" + _OBJ + r"\b|"
        r"\b(?:me )?poup(?:e|em|a|ar)(?: me)? (?:d[ao]s?|dess[ae]s?|dest[ae]s?|das vossas|das suas) (?:\w+ )?" + _OBJ + r"\b",
        "Parar de receber", "Não tenho interesse", negatable=False),
    out("pt:sem-propaganda", r"^sem (?:mais )?(?:propaganda|propagandas|publicidade|promoc(?:ao|oes)|spam|mensage(?:m|ns)|sms|ofertas)"
        r"(?: por favor| pfv| obrigad[oa]| pf)*$|"
        r"\b(?:tir|retir|remov|cort)(?:em|e|a|ar) (?:as |os |essas |esses |estas |estes )?(?:promocoes|propagandas|ofertas|anuncios|"
        r"publicidades)\b", "sem propaganda, por favor", "tirem as promoções, deixem só os lembretes", negatable=False),
    out("pt:chega", r"^(?:ja )?chega(?: disso| ja| pfv| por favor| gente| pelo amor de deus)*$|^(?:(?:por favor|pfv|pf|ja|agora|gente|ai|ae|ei|oi|ow|o) )*(?:pare|parem|para|parar) com isso\b|\b(?:me deix\w*|deix\w* me) (?:em paz|quiet[oa]|sossegad[oa])\b|"
        r"^(?:por favor |pfv |pf )?(?:(?:ve|vê|vejam|veja) se )?me esquec(?:am|a|e|em)\b|\besquec(?:am|a|e|em) (?:de mim|o meu numero|meu numero|que eu existo)\b|"
        r"^(?:sair|pare|parem|parar|chega|descadastrar|desinscrever|remover)(?: (?:pfv|pf|pfvr|obg|obgd|vlw|valeu|"
        r"por favor|favor|urgente|please|obrigad[oa]|gente|ai|ae))+$",
        "chega!", "me deixem em paz", "me esqueçam", "sair pfv"),
    out("pt:numero-errado", r"\b(?:numero|number|nmr) (?:errado|incorreto|equivocado)\b(?! (?:da|do|de) (?:rua|casa|avenida|av|pedido|"
        r"apartamento|apto|predio|portao|rastreio|boleto|cartao|nota|fatura|conta)\b)|"
        r"^(?:mas |so que |olha )?(?:esse|este|o) (?:numero|celular|telefone|telemovel|chip|whats|zap) (?:agora |ja )?(?:e|eh) (?:meu|minha)(?: agora| ja| faz \w+ \w+| ha \w+ \w+)?$|"
        r"^(?:e |mas )?(?:nao|n) (?:sei|faco ideia de) quem (?:e|seja|era) (?!(?:o|a|os|as|um|uma|esse|essa|este|esta|seu|sua|meu|minha|"
        r"voce|voces|vcs|melhor|pior|responsavel|isso|isto)\b)\w+(?: \w+)?$|\bpessoa errada\b|\bfaleceu\b|\bfalecid\w*\b|"
        r"\b(?:" + _KIN + r"|ele|ela|(?:seu|dona|senhor|senhora|sr|sra) (?!celular|telefone|aparelho|cartao|carro|app|computador)\w+) "
        r"(?:ja )?morreu\b(?! de (?:rir|medo|vergonha|fome|sono|calor|frio|inveja|tedio|saudade|amor))|"
        r"\bnao sou (?:o|a) (?!titular d[oa] (?:cartao|conta|plano|pedido|contrato|seguro|compra|boleto)\b)(?!pessoa (?:responsavel|encarregad\w*|indicad\w*|que (?:paga|fez|faz|cuida|comprou|pediu|resolve))\b)(?!(?:unico|unica|primeir\w*|ultim\w*|tipo|culpad\w*|melhor|pior|mesm\w*|cliente|clientes|eu|daqui|de|da|do|dos|das|muito|mais|tao|assim|obrigad\w*|contra|fa|bem|burr\w*|"
        r"idiota|robo|nada|nenhum\w*|so|um|uma|quem|seu|sua|teu|tua|capaz|mesmo|ainda|nem|responsavel|como|nao|que|pra|para|"
        r"brasileir\w*|portugues\w*|casad\w*|solteir\w*|rico|rica|besta|trouxa|otari\w*)\b)\w+\b|"
        r"\bengano (?:no|de) numero\b(?! d[oe] (?:pedido|cartao|boleto|protocolo|conta|cpf|documento)\b)|"
        r"\bnao conheco (?:essa pessoa|esta pessoa|(?:essa senhora|esta senhora|esse senhor|este senhor|essa moca|esse rapaz|essa mulher|"
        r"esse homem|esse cara|essa menina|esse menino)\b(?! (?:que|da|do|de)\b)|ningu\w*\b(?! que\b)|nenhum\w* \w+|voces|vcs|(?:o |a )?(?!" + _COMMON_NOUN + r")\w+$)|"
        r"^aqui nao (?:e|eh) (?:o|a) (?!(?:caso|problema|lugar|loja|empresa|hora|momento|endereco|local|meu|minha)\b)\w+$|"
        r"\b(?:aqui|nesse numero|neste numero) nao (?:mora|tem|existe|ha) (?:nenhum|nenhuma|ningu\w*)(?: \w+)?$|"
        r"\b(?:numero|celular|telefone|telemovel|contato|contacto) (?:ja )?nao (?:e|pertence) (?:mais )?(?:a|ao|de|da|do|meu|seu|dele|dela)\b(?! (?:casa|trabalho|empresa|escritorio|loja|ninguem)\b)|"
        r"\bnao e (?:mais )?(?:o|mais o) (?:numero|telefone|celular|telemovel|contato|contacto) (?:d[ao]|de) \w+|"
        r"\bnao sou (?:quem|a pessoa que|o que|a que) (?:voces |vcs |vc |voce |o senhor |a senhora )?(?:procura|busca)\w*|"
        r"\b(?:nao|ja nao) (?:usa|utiliza) mais (?:esse|este|o|aquele|o seu) (?:numero|celular|telefone|telemovel|contato|contacto)\b|"
        r"\bnao tem mais (?:esse|este|o|aquele|o seu) (?:numero|contato|contacto)\b|"
        r"\b(?:ja )?nao (?:usa|utiliza) (?:mais )?(?:esse|este) (?:numero|celular|telefone|telemovel)\b|"
        r"\bnumero (?:mudou de dono|agora e (?:meu|minha|de outra pessoa|d[ao] \w+)|e de outra pessoa|pertence a outra pessoa)\b|"
        r"\bnao (?:dei|demos) (?:permissao|autorizacao|consentimento)\b|\bse engan\w* de (?:numero|pessoa)\b|"
        r"\bnao (?:mora|tem|existe|vive) (?:ningu\w*|nenhum\w*) (?:com esse nome|chamad\w*)\b|"
        r"\b(?:essa|esta) pessoa nao (?:mora|existe|vive) (?:mais )?aqui\b|"
        r"^(?:ja )?nao e mais d[ao] (?!" + _COMMON_NOUN + r")\w+(?: \w+)?$|"
        r"\bnunca (?:fui|fomos) (?:cliente|clientes)\b(?! (?:tao|mais|melhor|bem|feliz|satisfeit\w*)\b)|\b(?:nao|ja nao) sou (?:mais )?(?:cliente|clientes) (?:de voces|de vcs|dessa empresa|"
        r"desta empresa|desse banco|deste banco|dessa loja|desta loja)$|"
        r"\b(?:cadastr|inscrev|coloc|adicion|inclu|registr)\w* (?:\w+ ){0,3}?sem (?:a )?(?:minha|meu|nenhuma|nenhum) "
        r"(?:autorizacao|permissao|consentimento)\b",
        "número errado", "não sou a Juliana", "O seu Antônio morreu", negatable=False),
    out("pt:telefone-de-crianca", r"\b(?:numero|celular|telefone|telemovel|chip|aparelho) (?:e|pertence) (?:a |ao )?(?:d[ao] )?"
        r"(?:meu|minha) (?:filh|net|crianca|enteado|enteada|filhinh)\w*",
        "esse celular é do meu filho de 10 anos", "esse telefone é da minha filha", negatable=False),
    out("pt:nunca-autorizei", r"\b(?:nunca|nao|n) (?:me )?(?:inscrevi|cadastrei|autorizei|assinei|pedi|aceitei|concordei|solicitei)"
        r"(?: (?:em |com )?(?:nada|nisso|isso|nessa \w+|nesta \w+|nenhuma \w+|(?:pra|para|a) (?:receber|voces|vcs|me|ser)|receber|"
        r"o envio|o uso|voces|vcs|" + _DET + _OBJ + r")\b|$)|"
        r"\b(?:nao|n) (?:autorizo|permito|consinto|aceito)(?: com)? (?:mais )?(?:o envio|o uso|a utilizacao|o tratamento|receber|que (?:voces |vcs )?(?:me )?(?:mandem|enviem|"
        r"contatem|contactem))\b|\b(?:nao|n) (?:autorizo|permito|consinto) (?:mais )?(?:" + _D + r" ){0,2}" + _OBJ + r"\b|"
        r"\b(?:nunca|nao) (?:dei|demos|passei|forneci) (?:o )?(?:meu numero|meu contato|meu contacto|meu telefone|meu celular|"
        r"permissao|autorizacao|consentimento)\b|"
        r"\b(?:quem|onde|como) (?:\w+ )?(?:deu|passou|conseguiram|pegaram|arranjaram|arrumaram|obtiveram|tem|tiveram|acharam) "
        r"(?:o )?(?:meu numero|meu contato|meu contacto|meu telefone|meu celular)\b",
        "nunca me cadastrei", "quem deu meu número pra vocês?", negatable=False),
    out("pt:outro-canal", r"\b(?:por |via )?(?:sms|mensage(?:m|ns)|message|messages|texto) (?:nao|nunca|jamais)(?: mais)?(?: (?:quero|queremos|preciso))?(?: mais)?$|"
        r"^(?:e |mas |ja |agora )?(?:por |via )?(?:sms|mensage(?:m|ns)|texto) (?:nao|n) (?:precisa|precisam) mais$|"
        r"\b(?:promoc(?:ao|oes)|promos?|propagandas?|publicidades?|ofertas?|anuncios?|spam|marketing) (?:nao|nunca|jamais)"
        r"(?: mais| obrigad[oa]| pfv| por favor)*$",
        "só por email por favor, por sms não"),
    out("pt:ameaca", r"\bse (?:voces |vcs |vc |voce |tu )?(?:me )?(?:mandar|enviar|mandarem|enviarem|escreverem)\w* "
        r"(?:mais uma|mais alguma|mais|outra|de novo|novamente) (?:\w+ )?" + _OBJ + r"\b(?: \w+){0,4} (?:vou |eu vou |irei )?(?:denunci|process|reclam|"
        r"bloque)\w*|\bse (?:voces |vcs |vc |voce |tu )?(?:nao|n) (?:pararem|parar|parares|deixarem|deixar|deixares) de (?:me )?"
        r"(?:mandar|enviar|encher|incomodar|escrever)\b|"
        r"\b(?:denunci|process|bloque|reclam)\w* (?:\w+ ){0,4}?se (?:voces |vcs |vc |voce |tu )?(?:me )?(?:mandar|enviar|"
        r"escrever)\w* (?:mais (?:uma |alguma )?|outra |de novo |novamente )(?:\w+ )?" + _OBJ + r"\b",
        "se mandarem mais uma mensagem vou denunciar no Procon", "vou bloquear vocês se não pararem de mandar", negatable=False),
    out("pt:direitos", r"\b(?=revog|retir|cancel|exclus|elimin|apag|remoc|anonim|cancelamento|suspens|interrup|opo|solicit|"
        r"nao |n )(?:"
        r"\b(?:revogo|retiro|cancelo|revogar|retirar|revogamos) (?:o |a )?(?:meu|minha|nosso|nossa) (?:consentimento|autorizacao|"
        r"permissao)\b|"
        r"\b(?:exclusao|eliminacao|apagamento|remocao|anonimizacao) (?:de |d[oa]s? )?(?:todos )?(?:os )?(?:meus|minhas) "
        r"(?:dados|informacoes)\b(?! (?:do cartao|bancari\w*|de pagamento)\b)|"
        r"\bsolicito (?:que )?(?:voces |vcs )?(?:apaguem|apague|excluam|exclua|eliminem|elimine|removam|remova|deletem) "
        r"(?:todos )?(?:os )?(?:meus|minhas) (?:dados|informacoes)\b|"
        r"\b(?:cancelamento|suspensao|interrupcao) (?:d[oa]s? )?(?:envios?|recebimento|disparos?) (?:de|das|dos|por) " + _OBJ + r"\b|"
        r"\bopo(?:nho|mos)(?: me| nos)? (?:a|ao|aos) (?:tratamento|uso|envio|recebimento|receber)\b|"
        r"\b(?:nao|n) (?:quero|desejo) (?:mais )?(?:fazer parte|estar|ficar|continuar|permanecer|participar) "
        r"(?:n[ao]|d[ao]|dess[ae]|dest[ae]|ness[ae]|nest[ae]|em sua|na sua|na vossa) (?:\w+ )?(?:lista|base|cadastro|mailing)\b" + r")",
        "revogo meu consentimento", "solicito a exclusão dos meus dados", "oponho-me ao tratamento dos meus dados",
        "não quero mais fazer parte dessa lista", negatable=False),
    out("pt:agradecia-que-nao", r"\b(?:agradecia|agradeceria|agradeco|gostaria|gostava|preferia|pedia|pedi|peco) (?:que|se) "
        r"(?:voces |vcs )?(?:nao|n) (?:me |nos )?(?:mais )?(?:envi|mand|contat|contact|escrev|incomod)\w*(?:assem|essem)\b" + _NOT_A_THING +
        r"(?! (?:\w+ )?(?:por|pelo|pela|no|via) (?:email|e mail|correio|whatsapp|zap|app|carta)\b)|"
        r"\bnao aguento mais (?:\w+ ){0,3}?(?:" + _OBJ + r"|mandando|enviando|escrevendo)\b|"
        r"\bnao aguento mais receber (?:isso|(?:\w+ ){0,2}?" + _OBJ + r")\b|"
        r"\b(?:cansei|enjoei|me cansei|me fartei) (?:de|d[ao]s?|dess[ae]s?|dest[ae]s?) (?:receber )?(?:tanta |tantas |tanto |tantos )?"
        r"(?:\w+ )?" + _OBJ + r"\b|\bja deu (?:dess[ae]s?|dest[ae]s?|de|com) (?:\w+ )?" + _OBJ + r"\b|"
        r"\bnao quero mais nada (?:de|com) (?:voces|vcs|vos)\b|"
        r"\b(?:suma|sumam|some|somem) com (?:o )?(?:meu|este|esse) (?:numero|contato|contacto|telefone|celular)\b|"
        r"^nada de (?:mais )?(?:\w+ )?" + _OBJ + r"(?: obrigad[oa]| por favor| pfv)*$",
        "agradecia que não me enviassem mais mensagens", "não aguento mais vocês me mandando mensagem", negatable=False),
    out("pt:ja-pedi", r"\bja (?:pedi|solicitei|mandei|disse|falei) (?:\w+ )?(?:pra|para|que) (?:voces |vcs )?(?:me )?(?:sair(?= (?:da|dessa|desta|"
        r"de sua|da sua|da vossa) (?:\w+ )?lista\b| daqui\b| disso\b| \w+ vezes\b|$)|tirar|"
        r"tirem|remover|removam|descadastrar|descadastrem|excluir|excluam)\b|"
        r"\bquantas vezes (?:\w+ ){0,4}?(?:pedir|falar|dizer|pedi|falei|disse|mandar) (?:pra|para|que) (?:voces |vcs )?(?:me )?"
        r"(?:tir|remov|exclu|descadastr)\w*|\bquantas vezes (?:\w+ ){0,4}?(?:pedir|falar|dizer|pedi|falei|disse|mandar) (?:pra|para|que) "
        r"(?:voces |vcs )?(?:parar|pararem|parem) de (?:me )?" + _SEND + r"\w*|"
        # the keyword sent and the texts still coming: "mandei SAIR e continuo recebendo"
        r"\b(?:mandei|enviei|respondi|escrevi|digitei|coloquei|pus)\w* (?:o |a palavra )?(?:sair|parar|pare|cancelar|stop)\b(?: \w+){0,3}? "
        r"(?:e|mas) (?:ainda |mesmo assim )?(?:continuo|continua|continuam|ainda recebo|ainda chega|ainda chegam|recebo|sigo)\b",
        "já pedi pra sair três vezes", "quantas vezes tenho que pedir pra me tirarem?", negatable=False),
    out("pt:spam", r"\b(?:denunciei|reportei|marquei|denunciad[oa]s?|reportad[oa]s?|marcad[oa]s?) (?:voces |vcs |esse numero |"
        r"este numero |isso |essa empresa )?(?:como|por) spam\b|^(?:ja )?(?:bloqueei|denunciei)(?: e (?:denunciei|bloqueei))?$|"
        r"\b(?:to|estou|tou|fiquei|ja estou|ja to) (?:de saco cheio|d saco cheio|cansad[oa]|fart[oa]|enjoad[oa]) (?:de|d|d[ao]s?|dess[ae]s?|"
        r"dest[ae]s?) (?:\w+ )?" + _OBJ + r"\b|\b(?:nao|n) quero (?:mais )?saber (?:mais )?(?:nada )?de (?:voces|vcs|vos)\b",
        "denunciei vocês como spam", "bloqueei e denunciei", "tô de saco cheio dessas mensagens",
        "não quero mais saber de vocês", negatable=False),
    out("pt:bloquear", r"\b(?:vou|irei|vamos|ja) (?:te |vos )?bloque(?:ar|ei|amos) (?:voces|vcs|esse numero|este numero|o numero de "
        r"voces|essa empresa|isso|essa merda|essa porcaria)\b(?! d[eoa]s?\b)|^(?:ja )?bloquead[oa]s?$",
        "vou bloquear esse número", negatable=False),
    opt_in("pt:voltar", r"^(?:(?:pode|podem|por favor|pfv) )*(?:me )?reinscrev(?:e|er|a|am|am)(?: me)?(?: por favor| pfv| de novo)*$|\b(?:quero|queria|gostaria de|podem|pode) receb\w* (?:de novo|novamente|outra vez) " + _DET + r"(?:\w+ )?"
           + _OBJ + r"\b|"
           r"\b(?:me )?(?:coloc|coloq|bot|poe|adicion|inclu)\w* (?:me )?(?:de novo|novamente|de volta) (?:n[ao]|nessa) (?:lista|cadastro)\b"
           r"(?! de espera)|\bme (?:coloc|coloq|bot|poe|ponh|inclu|cadastr)\w* (?:de novo|novamente|de volta|outra vez)"
           r"(?: (?:por favor|pfv|pf|ai|ae|obrigad[oa]))*$|\b(?:entrar|voltar) (?:n[ao]|pra|para a|a) lista (?:de novo|novamente)\b|"
           r"^(?:ativar|reativar|ative|ativem|reative|reativem) (?:as |minhas |os )?" + _OBJ + r"$|\b(?:quero|pode|podem|queria|gostaria de) voltar a (?:me )?(?:receber|mandar|enviar)\b|"
           r"\b(?:voltem|volte) a (?:me )?(?:mandar|enviar)\b|"
           r"\breativ\w* (?:as |minhas |os )?(?:" + _OBJ + r"|envio|envios)\b|"
           r"\b(?:quero|queria|gostaria de|podem|pode) (?:voltar a |continuar a )?receb\w* " + _DET + r"(?:\w+ )?" + _OBJ +
           r" (?:de novo|novamente|outra vez)\b|"
           r"\b(?:me )?(?:inscrev|cadastr|reinscrev)(?:e|a|am|em|er|ar) (?:de novo|novamente|outra vez)\b|"
           r"\b(?:me )?reinscrev\w* (?:n[ao]s?|para|pra) (?:\w+ )?" + _OBJ + r"\b|"
           r"\bquero me (?:inscrever|cadastrar) (?:n[ao]s?|para receber|pra receber) " + _DET + r"(?:\w+ )?" + _OBJ + r"\b|"
           r"\bpor engano\b.*\b(?:sair|parar|stop|pare)\b|\b(?:sair|parar|stop|pare)\w* por engano\b",
           "quero voltar a receber", "podem voltar a me mandar as promoções", "me inscreve de novo"),
    # --- the words in another sense ------------------------------------------------------------------------------
    # Photos, files, a bill sent, not the texts: "o técnico disse pra eu não mandar mais fotos".
    sense("pt:enviar-objeto", r"\b(?:nao|n) (?:me |lhe |nos )?(?:mand|envi)\w* (?:mais )?(?:as |os |a |o |essas |esses |nenhuma |nenhum )?"
          r"(?:fotos?|videos?|audios?|prints?|documentos?|arquivos?|comprovantes?|boletos?|codigos?|pdfs?|figurinhas?|stickers?)\b",
          "não mandar mais fotos"),
    sense("pt:cancelar-outro", r"\b(?:cancel|anul|desmarc|suspend)\w* (?:(?:o|a|os|as|meu|minha|meus|minhas|esse|essa|este|esta|"
          r"nosso|nossa|seu|sua|de|do|da|para|pra|amanha|hoje|um|uma) ){0,3}(?:\w+ )?(?:pedido|pedidos|compra|compras|encomenda|"
          r"consulta|agendamento|horario|reserva|visita|entrega|cartao|pagamento|boleto|viagem|voo|aula|sessao|exame|"
          r"matricula|plano|conta|mesa|corrida|cirurgia|procedimento|contrato|seguro)\b",
          "quero cancelar minha consulta", "cancela o pedido da promoção"),
    sense("pt:inscricao-outra", r"\b(?:inscricao|inscricoes|assinatura|subscricao|cadastro|matricula|participacao) "
          r"(?:n[ao]s?|d[ao]s?|em|para|pra|ao) (?!(?:\w+ )?(?:lista|sms|mensage\w*|message|messages|texts?|envio|notificac\w*|"
          r"promoc\w*|newsletter|alertas?|avisos?|ofertas?|propaganda|publicidade|voces|vcs)\b)\w+",
          "cancelei minha inscrição no curso", "cancelar minha assinatura da academia"),
    # "nem pensem em me tirar da lista", "não inventem de me descadastrar": a dare against the removal.
    sense("pt:nem-pensem", r"\b(?:nem|nao) (?:pens\w* em|invent\w* de|ouse\w* a?|ous\w* a?) (?:me |nos )?(?:tirar|retirar|remover|excluir|"
          r"descadastrar|apagar|deletar|cancelar|desinscrever)\b(?: (?:\w+ ){0,2}?(?:d[ao]|dess[ae]|dest[ae]) (?:\w+ )?(?:lista|listas|base|"
          r"cadastro|sistema|mailing|contatos))?",
          "nem pensem em me tirar da lista", "nem pense em me descadastrar"),
    # A wrong number written somewhere ("a loja tá com o número errado no google", "número errado no cadastro"): not a notice.
    # "não é número errado não, sou eu": the wrong number denied (the closing "não" tells it from "Não, é número errado" sent without the comma).
    sense("pt:nao-e-numero-errado", r"\bnao (?:e|eh|era|foi) (?:o |um |nenhum )?numero (?:errado|incorreto|equivocado) nao\b|"
          r"\bnao (?:e|eh|era|foi) nenhum numero (?:errado|incorreto|equivocado)\b|\b(?:voces|vcs|vc|voce) nao (?:erraram|errou) (?:o )?numero\b",
          "não é número errado não, sou eu mesma"),
    sense("pt:numero-errado-em", r"\b(?:numero|telefone|contato|whatsapp|zap) (?:\w+ )?(?:errado|incorreto|equivocado|desatualizado) (?:no|na|nos|nas|em|do|da|"
          r"dos|das|pelo|pela) (?:\w+ )?(?:google|maps|site|pagina|cadastro|registro|nota|app|aplicativo|instagram|insta|facebook|face|anuncio|"
          r"pedido|sistema|cartao|boleto|fatura|ficha|perfil|formulario|cupom|recibo|etiqueta|panfleto|folheto|placa|vitrine|fachada)\b",
          "a loja tá com o número errado no google"),
    sense("pt:lista-outra", r"\blista de (?:espera|presenca|convidados|compras|chamada|casamento|aniversario|desejos|materiais|"
          r"presentes|aprovados|inscritos)\b|\b(?:tir|retir|remov|exclu)\w* (?:\w+ ){0,2}?(?:d[ao]|dess[ae]) (?:fila|carrinho|"
          r"lista de (?:espera|presenca|convidados|chamada|inscritos)|"
          r"grupo de (?!mensage|sms|promoc|ofertas)\w+|sorteio|turma|evento|escala)\b",
          "pode tirar meu nome da lista de espera?"),
    sense("pt:retirar-na-loja", r"\b(?:retir|busc)\w* (?:\w+ ){0,2}?(?:na loja|no balcao|na agencia|pessoalmente|no local|"
          r"na portaria|no correio|nos correios|no armario)\b|\bser retirad[oa]s? (?:na|no|em|pel[oa]|ate|amanha|hoje|a partir)\b",
          "o pedido pode ser retirado na loja?"),
    sense("pt:descadastrar-outro", r"\b(?:descadastr|remov|exclu|apag)\w* (?:(?:o|a|os|as|meu|minha|meus|minhas|um|uma) )?"
          r"(?:\w+ )?(?:cartao|cartoes|email|e mail|endereco|conta bancaria|chave|pix|dispositivo|biometria|digital|dependente|"
          r"senha|cpf|item|itens|produto|foto|comentario|avaliacao)\b",
          "como descadastro meu cartão antigo?"),
    # A pet's death is never a notice about this number ("meu cachorro faleceu, posso cancelar o plano pet dele?").
    sense("pt:pet-faleceu", r"\b(?:cachorr[oa]s?|cachorrinh[oa]|gat[oa]s?|gatinh[oa]|pets?|bichinh[oa]|bicho|cao|cadela|calopsita|"
          r"passarinho|peixinho|hamster|coelh[oa]|tartaruga|papagaio) (?:\w+ )?(?:ja )?(?:faleceu|morreu|falecid[oa])\b",
          "meu cachorro faleceu, posso cancelar o plano pet dele?"),
    sense("pt:horario", r"\b(?:nao|n) (?:me )?(?:mand|envi|escrev)\w* (?:(?:mais )?(?:mensage\w*|msgs?|sms|nada) )?(?:de madrugada|"
          r"a noite|de noite|tao cedo|tao tarde|(?:nesse|neste|nesse|a esse|a esta|a essa) horario|a essa hora|a esta hora|"
          r"(?:de|no|aos) domingos?|no fim de semana|em ingles|antes das \d+|depois das \d+|as \d+|a madrugada|na madrugada)\b",
          "não me mandem mensagem de madrugada, só de dia"),
    sense("pt:outro-canal-nao-sms", r"\b(?:nao|n) (?:me )?(?:mand|envi)\w* (?:nada |mais nada )?(?:pelos? correios?|pela "
          r"transportadora|por sedex|pelo motoboy|por carta|por email|por e mail|no email|pelo whatsapp|no whatsapp|no zap|"
          r"pelo zap|em casa|no trabalho)\b|"
          r"\b(?:par|deix)\w* de (?:me )?(?:mand|envi)\w* (?:\w+ )?(?:audios?|fotos?|videos?|figurinhas?|stickers?|memes?)\b",
          "não me mandem nada pelos Correios", "para de me mandar áudio, manda escrito"),
    sense("pt:notificacao-do-app", r"\b(?:notificac(?:ao|oes)|notifs?|alertas?|avisos?) (?:push |do |no |da |pelo )?(?:app|aplicativo|site|"
          r"navegador|whatsapp|zap|email|e mail|instagram|facebook)\b(?! (?:e|nem|ou) (?:\w+ ){0,3}?(?:sms|mensage\w*|textos?)\b)",
          "como desativar a notificação do app?"),
    sense("pt:ja-parou", r"\b(?:pararam|parou|parei|paramos|deixaram|deixou|deixei|deixamos) de "
          r"(?:me )?(?:mandar|enviar|receber|chegar|escrever|vir|funcionar)\b",
          "vocês pararam de mandar mensagem?", "deixei de receber as mensagens"),
    sense("pt:eu-paro", r"\b(?:vou|vamos|posso|preciso|tenho que|temos que|tentei|tento|devo|consigo) (?:parar|deixar) de "
          r"(?:te |lhe |vos |lhes )?(?:mandar|enviar|escrever|contatar|contactar|incomodar)\b",
          "vou parar de mandar mensagem pra vocês, desculpa"),
    sense("pt:proprio-engano", r"\b(?:mandei|enviei|liguei|escrevi|digitei|coloquei|passei|informei|botei|cadastrei|discado|disquei|"
          r"errei) (?:\w+ ){0,3}?(?:pessoa|numero|contato|contacto|conversa|chat|grupo) (?:errad[oa]|incorret[oa])\b|"
          r"\b(?:numero|pessoa) errad[oa] (?:no|na|do|da) (?:cadastro|pedido|boleto|formulario|site|app|nota|conta)\b",
          "liguei pro número errado, desculpa", "coloquei o número errado no cadastro"),
    sense("pt:parar-outro", r"\b(?:pare|parar|para|pode parar|parem) (?:n[ao]|em frente|perto|ali|aqui|no portao|na portaria)\b|"
          r"\b(?:parar|deixar) de (?:fumar|beber|comer|tomar)\b", "pare na portaria", "quero parar de fumar"),
    mention("pt:pergunta-palavra", r"^(?:e )?se eu (?:mandar|enviar|responder|digitar|escrever|colocar|mando|respondo|clicar)\b|"
            r"\bo que acontece (?:se|quando)\b|\b(?:pra|para) (?:que|q) serve\b|\bo que (?:significa|quer dizer)\b|"
            r"\bqual a diferenca entre\b",
            "se eu mandar PARE vocês param de mandar tudo?"),
    # A reaction to a message, quoted ("Amou “Não quero mais receber mensagens”").
    mention("pt:reacao", r"^(?:amou|curtiu|riu de|enfatizou|questionou|nao curtiu|descurtiu|reagiu(?: com \w+)? a) ",
            "amou “não quero mais receber mensagens”"),
    mention("pt:outra-pessoa", r"\b(?:meu|minha) (?:\w+ )?(?:vizinh|amig|mae|pai|marido|esposa|esposo|mulher|filh|irm|colega|"
            r"chefe|namorad|sogr|tia|tio|avo)\w* (?:quer|queria|pediu|disse|falou|tentou|vai)\b(?! (?:que |pra |para )?(?:voces|vcs|vc|voce)\b)",
            "minha vizinha quer parar de receber, como ela faz?"),
    # "falei pro meu filho parar de mandar mensagem pra vocês": an order given to someone else, reported.
    sense("pt:falei-pra-outro", r"\b(?:falei|disse|pedi|mandei|avisei|expliquei|falou|pediu|mandou) (?:pro |pra |para o |para a |ao |a )?"
          r"(?:meu|minha|meus|minhas|seu|sua|o|a) (?:\w+ )?(?:filh|marid|espos|mulher|namorad|irm|mae|pai|sobrinh|net|prim|vizinh|amig|"
          r"colega|sogr|avo|tia|tio)\w* (?:que )?(?:\w+ )?(?:parar|pare|parasse|deixar|deixe|deixasse|largar) de\b",
          "falei pro meu filho parar de mandar mensagem pra vocês do meu celular"),
    # "parem de fazer promoção boa assim": a complaint that the deals are too good, delight.
    sense("pt:promo-boa-demais", r"\b(?:promo\w*|ofertas?|descontos?|precos?) (?:tao |muito )?(?:boas?|bons?|barat\w*|incrive\w*) (?:assim|demais)\b|"
          r"\b(?:tao|tanta|tantas) (?:boas?|bons?|barat\w*|incrive\w*) (?:promo\w*|ofertas?|descontos?|precos?)\b",
          "parem de fazer promoção boa assim, meu salário não aguenta"),
)
