"""Portuguese opt-out and opt-in phrases (text is folded: no accents; "não" is "nao")."""

from ingest.intent.patterns import opt_in, out

_MSG = r"(?:mensagens?|msgs?|sms|textos?|notificacoes|promocoes|propagandas?|ofertas|spam|nada)"

PATTERNS = (
    out("pt:parem-de", r"\b(?:pare|parem|para|deixe|deixem|chega) de (?:me )?(?:enviar|mandar|escrever|contatar|incomodar|"
        r"perturbar|encher)\w*\b", "parem de enviar mensagens", "pare de me mandar"),
    out("pt:nao-quero", r"\bnao (?:quero|desejo|preciso) (?:mais )?(?:receber )?(?:mais )?(?:\w+ )?" + _MSG + r"\b|"
        r"\bnao (?:me )?(?:envi|mand|escrev|contat|incomod)\w*\b|\bnao quero mais(?: nada| obrigad[oa]| por favor)*$|"
        r"\bser (?:removid|descadastrad|excluid|retirad|tirad)\w*\b|\bnao quero (?:ser|que me) (?:contat|incomod|mand|envi)\w*\b",
        "não quero mais receber mensagens", "não me enviem", negatable=False),
    out("pt:tirar-lista", r"\b(?:tir|retir|remov|exclu|apag|delet)\w* (?:\w+ ){0,2}?(?:da|dessa|desta|de sua|da sua) "
        r"(?:lista|base|cadastro)\b|\b(?:me )?(?:tire|tirem|tira|remova|removam|remove|exclua|excluam|exclui|apague|apaguem|apaga) "
        r"(?:meu numero|o meu numero|meu contato|meu telefone|meu celular)\b|\bdescadastr\w*\b|\bdesinscrev\w*\b",
        "me tirem da lista", "descadastrar"),
    out("pt:sair-lista", r"\b(?:quero |queria |vou )?sair (?:da|dessa|desta) (?:lista|base)\b|\bquero sair(?: daqui| disso| por favor)*$|"
        r"\b(?:parar|pare|parem|chega)(?: ja)?(?: de| com)? (?:as |os |essas |estas |suas )?(?:\w+ )?(?:" + _MSG + r"|envios?)\b",
        "quero sair da lista", "parar envio"),
    out("pt:cancelar", r"\bcancel\w* (?:a |minha |o |meu |as |os |essas |estas |suas |minhas )?(?:inscricao|assinatura|cadastro|recebimento|envios?|" + _MSG + r")\b",
        "cancelar inscrição"),
    out("pt:parar-de-receber", r"\b(?:parar|pare|deixar|quero parar|quero deixar) de receber\b|"
        r"^(?:sem interesse|nao tenho (?:mais )?interesse|nao estou interessad[oa]|nao me interessa)(?: obrigad[oa]| por favor)*$",
        "Parar de receber", "Não tenho interesse", negatable=False),
    out("pt:chega", r"^chega(?: de \w+(?: \w+)?)?$|^(?:pare|parem|para) com isso\b|\bme deix\w* em paz\b", "chega!", "me deixem em paz"),
    out("pt:numero-errado", r"\bnumero (?:errado|incorreto|equivocado)\b|\bfaleceu\b|\bfalecid\w*\b|"
        r"\bnao sou (?:o |a )?\w+\b|\bnao conheco (?:essa pessoa|esta pessoa|ningu\w*|nenhum\w*|(?:o |a )?"
        r"(?!esse|essa|este|esta|isso|isto|o produto|a loja|ainda|bem|nada|um|uma)\w+)\b|\bnumero nao e (?:mais )?(?:de|da|do|meu|seu|dele|dela)\b|"
        r"\bnao tem mais (?:esse|este|o) numero\b|\bnao (?:dei|demos) (?:permissao|autorizacao|consentimento)\b", "número errado", negatable=False),
    out("pt:nunca-autorizei", r"\bnunca (?:me )?(?:inscrevi|cadastrei|autorizei|assinei|pedi|aceitei)\b|"
        r"\bnao (?:me )?(?:inscrevi|cadastrei|autorizei|assinei|pedi)\b", "nunca me cadastrei", negatable=False),
    opt_in("pt:voltar", r"\b(?:quero|pode) voltar a receber\b|\breativ\w* (?:as |minhas )?(?:mensagens|notificacoes)\b|"
           r"\bpor engano\b.*\b(?:sair|parar|stop)\b|\b(?:sair|parar|stop)\w* por engano\b", "quero voltar a receber"),
)
