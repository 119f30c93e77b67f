"""Text clean-up before matching: Unicode folding and the non-semantic parts of a reply.

Phones and mail clients add text the sender did not type as part of the
answer: signatures ("Sent from my Pixel", "Get Outlook for iOS", a ``--``
block, a short name or sign-off line, a closing word above a name, title and
phone, disclaimers) and the quoted original (``>`` lines, "On ... wrote:" also
when wrapped, forwarded and original-message headers, a copy of the business's
text with its reply instruction, a line quoted after "Replying to", a chat export line), the header lines of mail,
helpdesk and chat apps ("Subject: Re: ...", "-- Reply above this line --", "[Ticket #100234]", "[External]", a
reaction to the business's text), a business signature of up to twelve lines with its phone, e-mail or domain, the
sender's contact lines and name ("Stop, Daniel"), and an email-to-text gateway's HTML or quoted-printable markup. ``semantic_text`` removes them; the looser
of these patterns count only below something the sender typed, and never a
line about a mistake ("sent by my kid by accident"). ``fold`` makes look-alike
text compare equal (NFKC for full-width and math-alphanumeric letters, small
capitals and negative circled letters mapped, format characters such as
zero-width spaces dropped, case folded, accents removed, a word mixing Latin
with Cyrillic, Greek or Armenian look-alikes unmasked).
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata

from ingest import typos

_WORD = re.compile(r"[^\W_]+")
# A line that starts the quoted original: everything from it on is not the reply.
_QUOTE_HEADER = re.compile(
    r"^\s*(?:on\b.{0,200}\bwrote:?|-{2,}\s*(?:original|forwarded) message\s*-{2,}|begin forwarded message:?|"
    r"from:\s.*|le\b.{0,200}\ba écrit\s*:?|"
    r"am\b.{0,200}\bschrieb\b.*|op\b.{0,200}\bschreef\b.{0,200}:|den\b.{0,200}\bskrev\b.{0,200}:|el\b.{0,200}\bescribió:?|em\b.{0,200}\bescreveu:?|il\b.{0,200}\bha scritto:?)\s*$",
    re.IGNORECASE,
)
# A line that starts an appended signature block.
_SIGNATURE_START = re.compile(
    r"^(?!.*\b(?:by mistake|by accident|accidentally|wrong (?:number|person|phone)|please ignore|ignore (?:this|that|it))\b)"
    r"\s*(?:--+|—+|–+|__+|sent from (?:my|the|yahoo|mail|outlook|aol)\b.*|sent via\b.*|sent with\b.*|"
    r"get outlook for\b.*|enviado desde\b.*|envoy[eé] (?:de|depuis) mon\b.*|von meinem\b.*gesendet|inviato da\b.*|"
    r"enviado do meu\b.*)\s*$",
    re.IGNORECASE,
)
# Lines that mail apps, carriers and texting apps append, or that start a quoted copy of the business's
# text; honoured only below something the sender typed ("Sent from Samsung Mobile", "Download Yahoo Mail
# for iPhone", "This text was sent from a free TextNow number", "Replying to: ...", a line opening with a
# quotation mark that carries the business's reply instruction).
_APPENDED_LINE = re.compile(
    r"\s*(?:[(\[]\s*|[^\w\s(\[]{1,3}\s*(?=(?i:sent|get)\b)|_(?=(?i:sent|get)\b))?(?:"
    # "Sent from Samsung Mobile", "Sent using SwiftKey": product names, not a sentence ("sent from my kid's phone").
    r"(?i:(?:text |message )?(?:sent|snt|semt) (?:from|frm|form|fron|frome|using|via|with|by))(?: (?:[A-Z0-9][\w.&®©™’'-]*|my[A-Z][\w.-]*|(?i:my|the|a|an|for|on|free|new|mobile|app|phone|"
    r"device|smartphone|tablet|mail|email|e-mail|number|wireless|network|cell|cellphone|handheld|ios|iphone|ipad|"
    r"android))){1,8}[.!]?|"
    r"(?i:(?:get|download) (?:the )?(?:outlook|yahoo|gmail|aol|\w+ mail)\b.{0,60}|"
    # The same in other languages: "Obtener Outlook para Android", "Baixe o Outlook para iOS", "Outlook für Android herunterladen".
    r"(?:obtener|obtén|descargar|descarga|descargue|baixe|baixar|obter|obtenha|télécharger|telecharger|obtenir|scarica|"
    r"ottieni|hol dir|holen sie sich|download) (?:el |o |la |l['’]|die )?outlook\b.{0,60}|"
    r"outlook (?:für|voor|för|for) (?:ios|android)\b.{0,40}|"
    # "Diese Nachricht wurde von meinem Android Mobiltelefon mit GMX Mail gesendet.", "Este mensaje fue enviado desde ..."
    r"(?:diese nachricht wurde (?:von|mit|über)|este mensaje (?:fue|ha sido) enviado (?:desde|con)|ce message a [eé]t[eé] "
    r"envoy[eé] (?:de|depuis|avec)|questo messaggio [eè] stato inviato (?:da|con)|esta mensagem foi enviada (?:do|de|com))\b.{0,100}|"
    r"(?:get|download) (?:the )?\w+(?: \w+)? (?:app )?for (?:android|ios|iphone|ipad|windows|mac|mobile)\b.{0,40}|"
    r"sent (?:from|via|using|with) (?:a |an |my )?(?:mobile|phone|cell|handheld|wireless)(?: device| phone)?\s*[,;.-]\s*"
    r"(?:please )?(?:excuse|pardon|forgive)\b.{0,60}|powered by\b.{0,60}|"
    r"quoted text hidden|message clipped\b.{0,60}|"
    r"this (?:message|text|email|e-mail|msg|sms) (?:was |has been |is )?(?:sent|delivered)(?: to you)? (?:from|via|using|through)\b.{0,80}|"
    # A motto or quotation in a signature ('"Be the change ..." - Gandhi', "~ Live, laugh, love ~") and a pronouns line.
    r"[\"“](?=(?:[^\"“”\s]*\s+){2})[^\"“”]{3,120}[\"”]\s*[-–—~]+\s*[A-Z][\w.'’ -]{1,40}|~[^~\n]{3,60}~[^\w\n]*|"
    r"pronouns?\s*:\s*\w+\s*/\s*\w+(?:\s*/\s*\w+)?|"
    r"replying to:?(?:\s.*)?|in reply to:?(?:\s.*)?|"
    # A mail app's placeholder for a picture in the signature: "[image: logo]", "[cid:image001.png@01DA]".
    r"\[(?:image|cid|inline image|attachment|picture|photo|img|gif|sticker|video)\b[^\]]{0,120}\]|"
    # an image's description ("Image description: a red stop sign", "Alt text: logo") and an app-store badge as text
    r"(?i:(?:image description|image desc|alt text|alt|image|photo|picture)\s?:\s.{0,200}|(?:download (?:it )?on|available on|"
    r"get it on) the (?:app store|google play)\b.{0,80}|get it on google play\b.{0,40})|"
    # a texting app's note on how the message went ("Sent as SMS via server", "Sent as text message")
    r"(?i:sent as (?:an? )?(?:sms|mms|text|rcs|chat|imessage)\b.{0,40})|"
    # Other clients' quote headers: "---- On ... wrote ----", "Quoting Acme <a@b>:", "[Original message]".
    r"-{2,}\s*on\b.{0,200}\bwrote\b.*|on\b.{0,200}\bwrote:\s.*|quoting\b.{0,200}:|[\[(]?original message[\])]?:?|"
    # Phones' "Sent from my iPhone" in other languages.
    r"(?:发自我的|發自我的|寄件者).{0,60}|(?:从|從)我的.{1,30}(?:发送|傳送|發送)|(?:отправлено с|надіслано з|sendt fra min|(?:verzonden|verstuurd) (?:vanaf|met|via) mijn|skickat från min|wysłane z|"
    r"odesláno z|odoslané z|trimis de pe|gesendet (?:von|mit)|enviado de (?:meu|mi)|inviato dal mio|lähetetty|"
    r"enviat des de(?:l)?|dikirim dari|poslano z|poslané z|poslato sa)\b.{0,60}|"
    # ... and in scripts whose prefix runs into the next word ("נשלח מה-iPhone", "ส่งจาก iPhone", "iPhone-ról küldve")
    r"(?:נשלח מ|أرسلت من|ارسلت من|ส่งจาก|gửi từ|στάλθηκε από|εστάλη από).{0,60}|\S{1,20}-r[óő]l küldve|"
    r"\S{1,20}['’]?(?:umdan|imden|dan|den) gönderildi|\S{1,20}から送信|\S{1,20}에서 보냄|"
    # Outlook's header in other languages ("De : Boutique", "Von: ...", "Da: ...").
    r"(?:de|von|da|van|fra|från|od)\s?:\s.{1,200}|"
    # Disclaimers and excuses that mail and phone apps add.
    r"(?:(?:notice|important|caution|warning|confidential)\s*:\s*)?(?:confidentiality notice|disclaimer|this (?:e-?mail|message) (?:and any attachments? )?(?:is|are|may (?:be|contain)) "
    r"(?:confidential|privileged|intended)|this (?:e-?mail|message) has been (?:scanned|checked))\b.*|"
    r"(?:please )?(?:excuse|pardon|forgive) (?:my |any |the )?(?:typos|brevity|spelling|autocorrect|errors)\b.*|"
    r"(?:please )?(?:consider|think of|think about) the environment\b.*|save (?:a tree|paper)\b.*|"
    # a signature's social links in words ("Follow us on Facebook & Instagram", "Connect with me on LinkedIn")
    r"(?:follow|like|find) us on\b.{0,80}|connect with (?:me|us) on\b.{0,60}|"
    # More of the same: "The information contained in this transmission is privileged ...", "If you are not the intended
    # recipient ...", "Think green - please don't print this email", and the confidentiality notices of other languages.
    r"the information (?:contained )?in this (?:transmission|message|e-?mail|communication|fax)\b.*|"
    r"this (?:e-?mail|message|communication|transmission)\b.{0,40}\b(?:may contain|contains?) (?:confidential|privileged|"
    r"proprietary|protected|sensitive)\b.*|if you (?:are not|have received this)\b.{0,80}\b(?:intended recipient|in error)\b.*|"
    r"(?:think green\W*)?(?:please )?(?:don['’]?t|do not) print this\b.*|think (?:green|before you print)\b.*|"
    r"(?:aviso de confidencialidad|aviso legal|avertissement|clause de confidentialit[ée]|vertraulichkeitshinweis|"
    r"haftungsausschluss|avviso di riservatezza|aviso de confidencialidade)\b.*|"
    r"(?:este (?:mensaje|correo)|ce (?:message|courriel|mail|e-?mail)|diese (?:e-?mail|nachricht)|quest[ao] (?:e-?mail|messaggio)|"
    r"esta mensagem|este e-?mail)\b.{0,80}\b(?:confidenci|confidentiel|vertraulich|riservat|confidenzial)\w*\b.*|"
    # Phones' and mail apps' "sent from" in other languages, with any app after it ("Envoyé depuis Yahoo Mail pour
    # Android", "Enviado do Email para Windows", "Téléchargez Outlook pour Android"), and "Sent on the go from Outlook".
    r"(?:enviad[oa]|envoy[eé]e?|inviat[oa]|gesendet|verzonden|verstuurd) (?:de|do|da|desde|depuis|[àa] partir de|dal|dallo|"
    r"dalla|von|vanaf|via|com|con|avec|per|pelo|pela|mit) .{1,60}|"
    r"t[ée]l[ée]chargez (?:l['’])?outlook\b.{0,60}|sent (?:on the go|securely|wirelessly) (?:from|via|with|using)\b.{0,60}|"
    # a carrier's note on a free number ("Free Msg from TextNow: ...")
    r"free msg\s?(?::|(?:from|via) \w+\b).{0,100}|virus-free\b.{0,80}))\s*[)\]_]?\s*$",
)
# "J. Morales | Sales Associate | 555-0188": a name, then title, company or contact, on one line between bars.
_BARRED_SIGNATURE = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s*){1,4}(?:\|[^|]{1,60}){1,4}$")
_CLOSING_QUOTES = "\"“”»'’"
# Never a line about a mistake ("sent by my kid by accident, ignore").
_MISTAKE = re.compile(r"\b(?:mistake|accident\w*|error|wrong|ignore|sorry|oops|meant)\b", re.IGNORECASE)
# "Acme <a@b> wrote:", "Acme schrieb am Mo., 2. März 2026:": a header that names the sender first.
_NAMED_HEADER = re.compile(r"\b(?:wrote|escribió|escreveu|ha scritto|a écrit|schreef|skrev|kirjoitti|napisał|napisała|"
                           r"написал|написала|yazdı|schrieb(?: am\b.{0,100})?)\s?:\s*$", re.IGNORECASE)
# A copy of the business's text below the reply: its reply instruction or the carrier notice (searched, and
# never in a line that asks about it: "Text STOP to end is what it said, is that right?").
_BUSINESS_COPY = re.compile(
    r"\b(?:reply|text|txt) (?:stop|end|quit|cancel|unsubscribe|stopall|optout) (?:to|for) (?:opt out|optout|unsubscribe|"
    r"end|stop|cancel|quit|be removed|remove)\b|\bmsg ?(?:&|and) ?data rates\b|\bmessage and data rates\b",
    re.IGNORECASE,
)
_QUOTED_INSTRUCTION = re.compile(r"\s*[\"“”«„'‘].*\b(?:reply|text|txt|send) (?:stop|end|quit|cancel|unsubscribe|stopall|optout|"
                                 r"help|start)\b", re.IGNORECASE)


# A line that a mail client, helpdesk or chat app puts above or below the reply, never typed as the reply: a subject
# or reply header ("Subject: Re: STOP", "RE: your appointment", "Fwd: Re: newsletter", "In response to: ...", "Replied to
# your message ...", "You replied to Bella Salon", "Forwarded from Jiffy Car Wash", "[Quoted message] ..."), a ticketing
# system's reply marker ("-- Reply above this line --", "##- Please type your reply above this line -##"), a ticket or case
# line ("[Ticket #100234]", "Ref: CASE-88213", "Request #55120 has been received"), an external-sender warning, a chat
# app's "Edited". Above the reply it is skipped, below it the rest is cut; a message of nothing else keeps it.
# The first line of a chat app's quote: "Quote", "Quoted message", or the sender's name and the time ("Bella Salon, 9:41 AM").
_CHAT_QUOTE_START = re.compile(r"\s*(?:(?i:quote|quoted|quoted message)|[A-Z][\w&'’.-]{0,30}(?: [A-Z][\w&'’.-]{0,30}){0,4},? "
                               r"\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?)\s*:?\s*$")
_HEADER_LINE = re.compile(
    r"\s*(?:[↪↩⤷⤶➥➦]\ufe0f?\s*)?(?:(?i:(?:(?:re|fw|fwd|aw|wg|rv|tr|sv|antw|r)\s?:\s*)+\S.{0,300}|(?:subject|subj|asunto|objet|betreff|oggetto|assunto)\s?:.{0,300}|"
    r"(?:in response to|in reply to|replying to|replied to|you replied to|reply to|responding to)(?: (?:your|a|the|this))?"
    r"(?: (?:message|text|msg))?(?: from)?)(?:\s?:.{0,300}|\s?[\"“'‘].{0,300}|\s+[A-Z0-9+(\[].{0,300}|\s+(?i:yourself|you))?|"
    r"(?i:forwarded message|forwarded|fwd message)\s?:?|"
    r"(?i:forwarded (?:message )?from|fwd from)\s+[A-Z0-9+(].{0,80}|(?i:\[(?:quoted message|quote|reply)\]).{0,300}|"
    r"(?i:\(?edited\)?)|"
    # reply markers of helpdesks and mail systems, in several languages
    r"[^\w\n]{0,12}(?i:(?:please |bitte |por favor |merci de )?(?:do not |don['’]?t )?(?:type|write|enter|add|reply|respond|answer|escriba|responda|"
    r"r[ée]pondez|r[ée]pondre|[ée]crivez|antworten sie|schreiben sie|geben sie|escreva|responda|risposta|rispondi)\b.{0,40}?\b(?:(?:above|below) "
    r"(?:this|the) line|(?:encima|debajo|arriba|por encima) de (?:esta|la) l[ií]nea|au-dessus de cette ligne|"
    r"(?:oberhalb|[üu]ber|unterhalb) dieser zeile|acima desta linha|sopra questa riga)\b.{0,60})|"
    # a ticket, case or request line with its number
    r"[\[(]?(?i:(?:ticket|case|request|incident|ref|reference|sr)\s?(?:#|no\.?|number|id)?\s?[:#]?\s?[a-z_-]{0,12}[#:_-]?\s?\d[\w:#-]{2,40})[\])]?(?:[\s:,.-].{0,100})?|"
    r"\[\s?#?[A-Z]{0,6}-?\d{3,12}\s?\]|"
    # an external-sender warning
    r"[^\w\n]{0,6}\s?(?i:(?:caution|warning|attention|notice|external)\s?:\s*)?(?i:this (?:e-?mail|message) (?:originated|came|was sent|is) from "
    r"(?:outside|an external)|use caution when (?:clicking|opening)|do not click (?:on )?links)\b.{0,200})[^\w\n]{0,12}$"
)
# An external-sender tag before the reply's words ("[External] STOP", "[EXTERNAL EMAIL] Unsubscribe", "*** EXTERNAL SENDER ***").
_EXTERNAL_TAG = re.compile(r"(?i)\s*(?:(?:[\[(*]+\s*)?extern(?:al|o|e)?(?: (?:email|e-mail|sender|message|mail))?\s*(?:[\])*]+|:)|"
                           r"[\[(]\s*ext\s*[\])])\s*")
# A tag after the reply's words: a helpdesk's thread reference, a chat app's "(edited)" ("STOP [ref:_00D5e_500:ref]").
_TRAILING_TAG = re.compile(r"(?i)\s*(?:\[\s*(?:ref|ticket|case|thread)\b[^\]\n]{0,80}\]|\(edited\))\s*$")


_APP_NOTE_START = re.compile(r"\s*[(\[]?\s*(?:sent|get|download|powered)\b")


# A ticket, case or request line, which may be what a CANCEL above it is about ("Cancel\nrequest #4471").
_TICKET_START = re.compile(r"\s*[\[(]?\s?(?:#|(?i:ticket|case|request|incident|ref|reference|sr)\b)")
_OBJECT_TAKERS = frozenset({"cancel", "end", "remove", "close", "delete"})


def _object_or_mistake(line: str, kept: list[str]) -> bool:
    """A header-like line below the reply that is no header: a note about a mistake ("Re: my last text, wrong person"), or
    a ticket or case that the reply's CANCEL or END is about."""
    if _MISTAKE.search(line):
        return True
    return _TICKET_START.match(line) is not None and not _OBJECT_TAKERS.isdisjoint(w for k in kept for w in words(k))


def _appended(line: str) -> bool:
    """A line that an app, a carrier or a mail client added below the reply, or that starts a copy of the original."""
    if len(line) > 600 or _MISTAKE.search(line):
        return False
    # A footer typed or lowered all in lower case reads as its title ("sent from samsung mobile!!").
    shaped = _unmarked(line)
    shaped = shaped.title() if shaped.islower() and _APP_NOTE_START.match(shaped) else shaped
    return _appended_as_typed(line) or (shaped != line and _appended_as_typed(shaped))


def _appended_as_typed(line: str) -> bool:
    if _APPENDED_LINE.match(line) or _QUOTED_INSTRUCTION.match(line):
        return True
    if "|" in line and _BARRED_SIGNATURE.match(line) and _CONTACT.search(line):
        return True
    if line.rstrip().endswith(":") and _NAMED_HEADER.search(line[-300:]):
        return True
    return "?" not in line and bool(_BUSINESS_COPY.search(line))


# The first line of a header that the mail client wrapped ("On Thu, Jan 8, 2026 at 7:02 PM Acme <" + "a@b.example> wrote:").
_WRAPPED_HEADER_START = re.compile(r"\s*(?:on|le|am|el|em|il)\b[^\d]{0,200}\d", re.IGNORECASE)
# A closing word on a line of its own ("Best,", "Regards", "xoxo"): the lines below it are the signature.
_CLOSING_LINE = re.compile(
    r"^\s*(?:best|best regards|kind regards|warm regards|warmest regards|regards|sincerely|respectfully|very respectfully|"
    r"v/r|best wishes|warm wishes|cheers|thanks|thank you|"
    r"many thanks|thx|ty|xoxo|xo|love|hugs|warmly|take care|yours truly|yours|all the best|cordially|"
    r"thanks (?:so much|again|a lot)|thank you (?:so much|again)|blessings|god bless|with gratitude|gratefully|"
    r"(?:respectfully|sincerely|faithfully|cordially) yours|in (?:christ|his service)|"
    # closings of other languages ("Saludos cordiales", "Mit freundlichen Grüßen", "Cordiali saluti", "Abraços")
    r"saludos(?: cordiales)?|un (?:cordial )?saludo|un abrazo|cordialmente|bien (?:[àa] vous|cordialement)|"
    r"(?:mit )?(?:freundlichen|besten|herzlichen|viele|liebe|beste) gr(?:ü|ue)(?:ß|ss)e?n?|mfg|lg|atenciosamente|abra[çc]os|"
    r"(?:cordiali|distinti) saluti|un saluto|saluti|salutations(?: distingu[ée]es)?|"
    r"bonne (?:journ[ée]e|soir[ée]e)|buona (?:giornata|serata)|buen d[ií]a|sch[öo]nen tag|atte|"
    r"saludos|cordialement|gracias|merci|danke|grazie|obrigad[oa]|atentamente)\s*[,.!]*\s*$",
    re.IGNORECASE,
)
# Lines of a signature block below a name: a phone number, an e-mail or a link, or a title, company or
# address in title case ("Papadakis Roofing LLC", "Senior Analyst | Fairway Partners", "Licensed & Insured").
_CONTACT = re.compile(r"\d{3}|@|https?://|www\.|\b\d{2}[ .-]\d{2}[ .-]\d{2}\b|"
                      # a bare domain or profile link ("brightdental.example", "linkedin.com/in/jcho")
                      r"\b[\w-]{2,40}\.(?:com|org|net|edu|gov|io|co|us|biz|info|example|church|law|health|app|me|ca|uk|mx|es|fr|"
                      r"de|it|br|pt)\b")
_TITLE_WORD = re.compile(r"[^\w\s]*(?:[A-Z0-9][\w.'’&-]*|&|of|and|for|the|at|in|de|la)?[^\w\s]*")
_SIGN_OFF = re.compile(
    r"^\s*(?:thanks|thank you|thx|ty|tia|regards|best|best regards|kind regards|cheers|sincerely|respectfully|"
    r"very respectfully|v/r|warm(?:est)? (?:regards|wishes)|best wishes|"
    r"sent from my \w+|xoxo|xo|hugs|god bless|blessings|have a (?:blessed|great|good|nice|wonderful) (?:day|one|evening|weekend)|gracias|merci(?!\s+(?:de\b|d['’]))|danke|grazie|obrigad[oa]|saludos|cordialement|br|rgds|brgds|kr)\b[\s,.!]*"
    # then a name of three words at most ("Thanks, Dr. Amy Chen"), not a sentence ("thanks. No need for further texts")
    r"(?=[\w .'()!-]{0,30}$)(?:[\w.'()!-]+(?:\s+[\w.'()!-]+){0,2})?\s*$",
    re.IGNORECASE,
)
# "- J. Rivera", "~Maria", "Dana K.", "Mrs. Jennifer L. Hawkins", "Jennifer Hawkins, CPA", "Jen 🌸", "Mike @ Dale's Auto":
# a short line of capitalised names or initials, with a title, a credential, an emoji or the company after an @.
# A day, a month or the thing a CANCEL is about is no name ("Cancel\nMonday", "CANCEL\nTomorrow").
_WHEN_OR_WHAT = (r"Today|Tomorrow|Tonight|Mon(?:day)?|Tue(?:s|sday)?|Wed(?:nesday)?|Thu(?:r|rs|rsday)?|Fri(?:day)?|"
                 r"Sat(?:urday)?|Sun(?:day)?|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                 r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Morning|Afternoon|Evening|Next|This|That|It|"
                 r"Order|Appointment|Appt|Booking|Reservation|Everything|All|Both|Tickets?|Subscription|Membership|Account|"
                 # what else a CANCEL below is about ("Cancel\nCleaning", "CANCEL\nDELIVERY")
                 r"Cleaning|Checkup|Check-up|Exam|Visit|Consult(?:ation)?|Class|Session|Lesson|Practice|Training|Delivery|"
                 r"Pickup|Pick-up|Shipment|Package|Table|Dinner|Lunch|Breakfast|Haircut|Cut|Color|Massage|Facial|Nails|"
                 r"Service|Installation|Install|Tour|Trip|Ride|Flight|Meeting|Call|Payment|Autopay|Renewal|Refill|"
                 r"Prescription|Rx|Plan|Trial|Transfer|Request|Test|Surgery|Procedure|Therapy|Tutoring|Workout|Party|Event")
_NAME_LINE = re.compile(
    r"^\s*(?:[-~–—]|[^\w\s]{1,4})?\s*(?!(?:Wrong|Not|No|Nope|Never|Please|Do|Don|Stop|Remove|Delete|Take|Leave|Lose|Who|What|Why|Dead|"
    r"Deceased|Unsubscribe|Unsub|Cancel|Quit|End|Opt|Enough|Spam|Scam|Block|Reported|Blocked|" + _WHEN_OR_WHAT + r")\b)"
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Rev|Sgt|SSgt|Capt|Fr|Lt|Col|Lt\. Col)\.?\s+)?(?:[A-ZÀ-ÖØ-Þ][a-zA-Zß-öø-ÿ'’-]*\.?\s*){1,3}"
    r"(?:,?\s*(?:[A-Z]{2,5}|Ph\.?D|Jr|Sr|Esq|II|III)\.?){0,3}(?:\s*[@|]\s*[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})?"
    r"(?:\s*\((?:she|he|they)/(?:her|him|them)(?:/\w+)?\))?(?:\s*[^\w\s]{1,4})?\s*$"  # "Sarah (she/her)"
)
# Below a closing word only: a name of three words at most typed in lower case ("regards,\ntom haverford",
# "xoxo\nkayla"), never a line of everyday words ("thanks\nsee you monday").
_LOWER_NAME = re.compile(r"^\s*[-~–—]?\s*[a-zß-öø-ÿ][a-zß-öø-ÿ'’.-]*(?:,?\s+[a-zß-öø-ÿ][a-zß-öø-ÿ'’.-]*){0,2}\s*$")
_EVERYDAY = frozenset(
    "i im me my we us our you u your ur he she they them it its this that these those the a an and or but so to too for "
    "of at on in by from with see get got go going come coming will would can could be is are was am do dont did not "
    "no yes ok okay please pls plz again later soon now then here there all any more much very just still also "
    "thanks thank thx ty lol haha bye".split())
_WHEN_OR_WHAT_WORD = re.compile(_WHEN_OR_WHAT, re.IGNORECASE)
_DASHED_NAME = re.compile(r"^\s*[-~–—]\s*[\w .'’&-]{1,30}?\s*[-~–—]*\s*$")  # "-Mike & Linda"
# The same on the reply's own line: "Stop - Jen", "STOP thanks, Rob", "stop -sent via Messenger".
_INLINE_SIGNATURE = re.compile(
    r"(?:\s+[-~–—]+\s*|[\s,]+(?:thanks|thank you|thx|ty|cheers|regards|best)\s*[,.!-]*\s*)(?:(?i:sent (?:from|via|with|using))\b.*|(?!(?:Wrong|Not|No|Never|Please|Do|Don|Stop|Remove|Who|What|Why|Dead|Deceased)\b)(?:[A-Z][a-z'’.-]*|[A-Z]\.)(?:\s+(?:[A-Z][a-z'’.-]*|[A-Z]\.)){0,2}(?:\s+(?:from|at|@)\s+[A-Z][a-z'’.-]*(?:\s+[A-Z][a-z'’.-]*){0,2}|,\s*[A-Z][a-z'’.-]*(?:\s+[A-Z][a-z'’.-]*){0,2})?|(?<=[-~–—])\s*(?!(?:NO|OK|LOL|OMG|JK|WTF|XD|YES|YO|LMAO)\b)[A-Z]{2,3})\s*$"
)
# "STOP (sent from my iPhone)", "stop [Sent via Messenger]": an app's note in brackets at the end of the reply.
_INLINE_SENT_FROM = re.compile(r"\s*[(\[]\s*(?i:sent (?:from|via|with|using))\b[^()\[\]]{0,60}[)\]]\s*$")
# "STOP (this is Ana)", "Stop, Lisa here", "stop - this is Dr. Patel": the sender names themself after a reply of
# one or two words, past a comma, a dash or a bracket ("there is no Greg here" keeps its name).
_INLINE_INTRO = re.compile(
    r"\s*[,(\[~–—-][\s,(\[~–—-]*(?:(?i:this is|it is)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’.-]*)?|"
    r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’.-]*)?\s+(?i:here))\s*[)\]]?[.!]*\s*$"
)
# "Stop sent from my iPhone" on one line: only after a reply of at most three words.
_INLINE_BARE_SENT_FROM = re.compile(r"\s+(?i:sent from my)\s+[\w .,'’&-]{1,40}$")
# Letters that NFKC leaves alone: small capitals ("ꜱᴛᴏᴘ"), negative circled and squared letters ("🅢🅣🅞🅟",
# "🆂🆃🅾🅿"); Hangul fillers, blank letters used as invisible padding, are spaces.
_SMALL_CAPS = str.maketrans({
    **{ord(c): ord(a) for c, a in zip("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ", "abcdefghijklmnopqrstuvwyz")},
    **{0x1F150 + i: ord("a") + i for i in range(26)},
    **{0x1F170 + i: ord("a") + i for i in range(26)},
    **{ord(c): " " for c in "\u3164\u115f\u1160\uffa0"},
})
# "🇸 🇹 🇴 🇵": a whole message spelled in regional indicator letters (elsewhere they pair into flags, "🇳🇴" for Norway).
_REGIONAL_INDICATORS = {0x1F1E6 + i: ord("a") + i for i in range(26)}
_SPELLED_IN_FLAGS = re.compile(r"\s*(?:[\U0001F1E6-\U0001F1FF][\s\u200b\u200d\ufe0f]*){3,}")
# "$TOP": a dollar sign written for the S of a word.
_DOLLAR_S = re.compile(r"(?<![\w$])\$(?=[^\W\d_][^\W_])")  # "$T0P" too, never "$20"
# "STOP!!!1": the 1 typed while holding shift for "!" is punctuation too.
_BANG_ONES = re.compile(r"(?<=!)[1!]+(?![\w])")


# Latin letters that Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSED = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ı": "i", "ħ": "h", "ŧ": "t", "œ": "oe", "æ": "ae"})


# Cyrillic and Greek letters that look like Latin ones, used to disguise a word ("SТОP" with a Cyrillic Т and О).
# And Armenian ones, as case folding leaves them ("ՏTOP": Տ folds to տ; "ՍNSUBSCRIBE", "ՕPT OUT").
_LOOKALIKES = str.maketrans("асеорхуктмвнізјαεορτικνυ" "տօսոհզցլ", "aceopxyktmbhizjaeoptikvu" "sounhqgl")
_MIXED_WORD = re.compile(r"\b\w*[a-z]\w*")  # from a word's start: no quadratic rescan of a long digit run
_CYRILLIC_GREEK = re.compile(r"[\u0370-\u04ff\u0531-\u0587]")


# Letters only a disguise uses in an all-Cyrillic word ("ЅТОР" with the Macedonian Ѕ): see ``unmask_word``.
# Cherokee capitals that look like Latin ones ("ᏚᎢᎾᏢ"): casefolding leaves them as capitals.
# Lisu capitals ("ꓢꓔꓳꓑ") and Canadian syllabics ("ᔕTOᑭ") are what "fancy text" generators put for Latin letters.
_FULL_LOOKALIKES = str.maketrans("асеорхуктмвнізјѕԁһαεορτικνυ" "ᎪᏴᏟᎠᎬᏀᎻᎥᎫᏦᏞᎷᎾᏢᏒᏚᎢᏙᏉᏔᎳᏃ"
                                 "ꓮꓐꓚꓓꓰꓝꓖꓧꓲꓙꓗꓡꓟꓠꓳꓑꓣꓢꓔꓴꓦꓪꓫꓬꓜ" "ᗩᗷᑕᗪᗴᕼᒪᗰᑎᑭᔕᑌᐯᗯᖇᖴᒍ",
                                 "aceopxyktmbhizjsdhaeoptikvu" "abcdeghijklmoprstvvwwz"
                                 "abcdefghijklmnoprstuvwxyz" "abcdehlmnpsuvwrfj")


def unmask_word(word: str) -> str:
    """A folded word written wholly in Cyrillic, Greek, Cherokee, Lisu or Canadian-syllabics look-alikes of Latin letters, in Latin ("ѕтор" is "stop").

    Only for whole-message keyword matching: Russian words made of such letters ("не", "рука") stay Russian elsewhere."""
    plain = word.translate(_FULL_LOOKALIKES)
    return plain if plain != word and plain.isascii() else word


def _unmask(match: re.Match[str]) -> str:
    word = match.group()
    return word.translate(_LOOKALIKES) if any("\u0370" <= ch <= "\u04ff" or "\u0531" <= ch <= "\u0587" for ch in word) else word


def fold(text: str) -> str:
    """Compatibility-normalised, case-folded text without format characters or accents."""
    if text.isascii():
        # Most replies: no compatibility forms, format characters, accents or look-alikes to remove.
        return _DOLLAR_S.sub("s", _BANG_ONES.sub("", text)).lower()
    return _fold_unicode(text)


def _fold_unicode(text: str) -> str:
    if _SPELLED_IN_FLAGS.fullmatch(text):
        text = text.translate(_REGIONAL_INDICATORS)
    text = unicodedata.normalize("NFKC", text).translate(_SMALL_CAPS)
    text = _BANG_ONES.sub("", "".join(ch for ch in text if unicodedata.category(ch) != "Cf"))
    text = _DOLLAR_S.sub("s", text)
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_UNDECOMPOSED)
    # Only a word mixing Latin with Cyrillic or Greek is unmasked: "стоп" stays Russian.
    plain = unicodedata.normalize("NFC", plain)
    return _MIXED_WORD.sub(_unmask, plain) if _CYRILLIC_GREEK.search(plain) else plain


def words(text: str) -> tuple[str, ...]:
    """The folded text as words; punctuation, symbols, emoji and whitespace only separate them."""
    return tuple(_WORD.findall(fold(text)))


_BLANKS = re.compile(r"[^\S\n\r\u2028\u2029\x85]+")
_ODD_BLANK = re.compile(r"  |[^\S \n\r\u2028\u2029\x85]")


# What an email-to-text gateway may leave of a mail's markup: HTML line breaks, paragraphs and entities ("STOP<br>",
# "<div>STOP</div>", "&nbsp;STOP", "Stop&#33;"), and quoted-printable codes ("STOP=20", "Stop=0A=0ASent from my iPhone").
_HTML_BREAK = re.compile(r"(?i)<br\s*/?>|</(?:p|div)\s*>")
_HTML_TAG = re.compile(r"(?i)</?(?:p|div|span|b|i|u|strong|em|font|body|html|head|o:p)(?:\s[^<>]{0,200})?>")
_HTML_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,5}|#x[0-9a-fA-F]{1,4});")
_QUOTED_PRINTABLE = re.compile(r"(?:=[0-9A-F]{2})+")
_QUOTED_PRINTABLE_SIGN = re.compile(r"=(?:0A|0D|20)(?:=|\s|$)")


def _printable(codes: re.Match[str]) -> str:
    return bytes.fromhex(codes.group().replace("=", "")).decode("utf-8", "ignore").replace("\r", "")


def _without_markup(text: str) -> str:
    if "<" in text:
        text = _HTML_TAG.sub("", _HTML_BREAK.sub("\n", text))
    if "&" in text and _HTML_ENTITY.search(text):
        text = html.unescape(text)
    if "=" in text and _QUOTED_PRINTABLE_SIGN.search(text):
        text = _QUOTED_PRINTABLE.sub(_printable, text)
    return text


def semantic_text(text: str, keep: frozenset[str] = frozenset()) -> str:
    """The reply without quoted original text, signature blocks and a trailing name or sign-off, its words one space
    apart within a line.

    A trailing line is never taken for a name when one of its words (folded) is in ``keep``:
    "Hi\nStop" keeps its "Stop"."""
    if "<" in text or "&" in text or "=" in text:
        text = _without_markup(text)
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
        text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    if _ODD_BLANK.search(text):
        # A tab, no-break space or run of blanks is one space: the line patterns read words one space apart, and
        # would try a long run from every blank.
        text = _BLANKS.sub(" ", text)
    kept: list[str] = []
    typed = False  # something the sender wrote is above this line
    raw = re.split(r"\r\n|\r|\n|\u2028|\u2029|\x85", text)
    if len(raw) > 3 and _CHAT_QUOTE_START.match(raw[0]):
        # A chat app's quote of the business's text above the reply ("Quote\nBright Smiles Dental\nTime for your
        # cleaning!\n\nSTOP", "Bella Salon, 9:41 AM\n..."): its paragraph, when a reply follows a blank line.
        blank = next((k for k in range(1, min(len(raw), 12)) if not raw[k].strip()), 0)
        if blank and any(line.strip() for line in raw[blank + 1:]):
            raw = raw[blank + 1:]
    headers: list[str] = []  # header lines skipped above the reply
    for index, line in enumerate(raw):
        if "ext" in line.lower() and (tag := _EXTERNAL_TAG.match(line)):
            line = line[tag.end():]
        if line.endswith(("]", ")")) and (tail := _TRAILING_TAG.search(line)) and tail.start() > 0:
            line = line[:tail.start()]
        if _QUOTE_HEADER.match(line) or _SIGNATURE_START.match(line):
            break
        if typed and (_appended(line) or _wrapped_header(raw, index)):
            break
        if len(line) <= 400 and _HEADER_LINE.match(line) and not (typed and _object_or_mistake(line, kept)):
            if typed:
                break
            headers.append(line)
            continue
        if not typed and len(line) <= 400 and _TAPBACK_LINE.match(line):
            headers.append(line)  # a reaction to the business's text above the reply; alone, it is the message
            continue
        if typed and _CLOSING_LINE.match(line) and _signature_below(raw[index + 1 :], keep):
            break  # "Best,\nR. Okonkwo\nSenior Analyst": the closing word and all below it
        if _is_quote(line):
            continue
        kept.append(line)
        typed = typed or bool(line.strip())
    lines = [line for line in kept if line.strip()] or [line for line in headers if line.strip()]
    # A trailing name or sign-off counts only below something else (a lone "Dana" is the message).
    # Typed all in capitals or all in lower case: a name below the reply is so too ("STOP\nDWAYNE", "stop\ndwayne").
    one_case = text.isupper() or text.islower()
    while len(lines) > 1 and _is_sign_off(lines[-1]) and not any(near_keyword(w, keep) for w in words(lines[-1])):
        lines.pop()
    if len(lines) == 2 and _name_below_keyword(lines, keep, one_case):
        lines.pop()
    lines = _without_signature_block(lines, keep, one_case)
    while len(lines) > 1 and len(lines[-1]) <= 120 and _CONTACT_ONLY.match(lines[-1]):
        lines.pop()  # "stop\n\nkelly_r@yahoo.com\n555-010-2020": the sender's address and number below the reply
    if lines and (comma := _COMMA_NAME.search(lines[-1])) and comma.start() > 0 and _named_after_keyword(lines[-1], comma, keep):
        lines[-1] = lines[-1][:comma.start()]
    if lines:
        last = _without_inline_signature(lines[-1], keep)
        if last == lines[-1] and (bare := _unmarked(last)) and bare != last:
            # "Stop - Gary from Tulsa!!", "Stop, Lisa here 🙄": the marks after the name go with it.
            last = cut if (cut := _without_inline_signature(bare, keep)) != bare else last
        if last == lines[-1] and one_case:
            last = _without_plain_inline_signature(last, keep)
        lines[-1] = last
    return "\n".join(lines)


# A line of the sender's contact details alone: an e-mail, a phone number or a link, with a short label ("M: 555-0100").
# Never a link alone: "Cancel\namazon.com/orders/123" names what to cancel.
_CONTACT_ONLY = re.compile(r"\s*(?:[A-Za-z]{1,6}\.?\s?:\s*)?(?:<?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}>?|"
                           r"\+?[\d(][\d ().-]{6,20}\d(?:\s?(?:ext\.?|x)\s?\d{1,5})?)\s*$")
# "Stop, Daniel", "Stop please, Maria Lopez": the sender's name after a comma, behind a reply of keyword words.
_COMMA_NAME = re.compile(r",\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’.-]*)?[.!]*\s*$")


def _named_after_keyword(line: str, comma: re.Match[str], keep: frozenset[str]) -> bool:
    reply, named = words(line[:comma.start()]), words(comma.group())
    return (bool(reply) and set(reply) <= keep | _COURTESY and bool(set(reply) & keep) and len(reply) <= 3
            and not set(named) & (keep | _EVERYDAY | _INTERJECTIONS) and not any(_WHEN_OR_WHAT_WORD.fullmatch(w) for w in named)
            and not any(near_keyword(w, keep) or (len(w) >= 3 and _VOWELS_AND_Y.isdisjoint(w)) for w in named if w not in _TITLES))


def _without_inline_signature(line: str, keep: frozenset[str]) -> str:
    """The reply's line without a name, an introduction or an app's note at its end ("Stop - Jen", "STOP (this is
    Ana)", "Stop sent from my iPhone")."""
    line = _INLINE_SENT_FROM.sub("", line) or line
    for tail, most in ((_INLINE_BARE_SENT_FROM, 3), (_INLINE_INTRO, 2)):
        found = tail.search(line) if len(line) <= 120 else None  # a short reply line only
        if found and 0 < len(words(line[:found.start()])) <= most and not set(words(found.group())) & keep:
            line = line[:found.start()]
    inline = _INLINE_SIGNATURE.search(line, max(0, len(line) - 80))  # a sign-off is short: its tail only
    if inline and inline.start() > 0 and not set(words(inline.group())) & keep:
        line = line[:inline.start()]
    return line


# Words of an introduction or a sign-off around a name on the reply's line ("stop, lisa here", "stop (this is ana)").
_INTRO_WORDS = frozenset("this is its it here from thanks thank you thx ty cheers regards best".split())


def _without_plain_inline_signature(line: str, keep: frozenset[str]) -> str:
    """The same for a reply typed all in lower case or in capitals ("stop - gary from tulsa", "STOP, LISA HERE"): read
    as its title, its name checked as a name below a keyword is ("cancel - my order" keeps its object)."""
    bare = _unmarked(line)
    titled = bare.title()
    if len(titled) != len(bare):
        return line
    cut = _without_inline_signature(titled, keep)
    if cut == titled:
        return line
    tail = words(bare[len(cut):])
    named = [w for w in tail if w not in _INTRO_WORDS]
    introduced = "here" in tail or "this" in tail
    if not named or (set(words(cut)) & _TAKES_AN_OBJECT and not introduced) \
            or set(named) & (_EVERYDAY | _INTERJECTIONS) or any(_WHEN_OR_WHAT_WORD.fullmatch(w) for w in named) \
            or any(_keyword_like(w, keep) for w in named):
        return line
    return bare[:len(cut)]


# A line of the original that a phone or chat app quotes above or below the reply: the quoted text after a reply
# header or arrow ('Replying to "Flash sale ..."', 'Re: "Weekend BOGO on all candles"', '↪️ "Your appointment ..."'),
# of three words or more (never a quoted keyword: 'Re: "STOP"'), or a chat export line ("[4/7, 10:03 AM] Acme: ...").
_REPLY_QUOTE_LINE = re.compile(
    r"[^\w\n\"“«„'‘]*(?:(?:(?i:replying to|in reply to|reply to|re)\s*:?\s*|[↪↩⤷⤶➥➦]\ufe0f?\s*)[\"“«„'‘]"
    r"(?=(?:[^\"“”«»„\s]*\s+){2}[^\"“”«»„\s])[^\"“”«»„]{3,400}[\"”»“'’]|[^\w\n\[]*\[\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?,? \d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\] [^:\n]{1,40}: .*)\s*$")


# A chat app's reaction to the business's text ('Liked "Your package was delivered"'), on a line of its own above the reply
# (the intent engine reads a reaction alone).
_TAPBACK_LINE = re.compile(r"(?:Liked|Loved|Disliked|Laughed at|Emphasi[sz]ed|Questioned|Reacted \S{1,8} to)\s+[\"“][^\"“”\n]{1,400}[\"”]\s*$")


def _is_quote(line: str) -> bool:
    """A ``>`` line of the quoted original, but not "> STOP <" (arrows drawn around the reply), or the business's
    text pasted whole in quotation marks ('"Sale ends tonight! Reply STOP to opt out"'), or quoted after a reply header."""
    stripped = line.strip()
    if len(stripped) <= 600 and _REPLY_QUOTE_LINE.match(stripped):
        return True
    if stripped[-1:] in _CLOSING_QUOTES and _QUOTED_INSTRUCTION.match(stripped):
        return True
    return stripped.startswith(">") and not (stripped.endswith("<") and len(stripped) > 2)


def _wrapped_header(raw: list[str], index: int) -> bool:
    """An "On ... wrote:" header that the mail client broke over two or three lines."""
    if len(raw[index]) > 250 or not _WRAPPED_HEADER_START.match(raw[index]):
        return False
    joined = raw[index]
    for following in raw[index + 1 : index + 3]:
        joined += " " + following
        if _QUOTE_HEADER.match(joined):
            return True
    return False


_MOST_SIGNATURE_LINES = 12


_OBJECT_OPENERS = frozenset("the my our this that next".split())  # "THE TUESDAY CLEANING" below CANCEL: its object


def _signature_block(block: list[str], keep: frozenset[str], one_case: bool = False) -> bool:
    """A name or sign-off line, then at most three lines of title, company, phone, e-mail or link; no keyword. With a
    phone, e-mail or link among them, a business signature of up to eleven lines ("Dr. Priya Raman, DDS\nRaman Family
    Dentistry\n45 Elm Ave\nSpringfield, IL 62704\nP: 217.555.0110\nramanfamilydental.example"), whose titles may hold
    words in lower case ("Responsable commercial", "Walk-ins welcome Mon/Wed/Fri") and whose contact lines may hold a
    keyword word ("Help Desk: 555-120-4000")."""
    if not 0 < len(block) <= _MOST_SIGNATURE_LINES:
        return False
    contact = any(_CONTACT.search(line) for line in block[1:])
    if len(block) > 4 and not contact:
        return False
    # All in capitals or lower case, a name line opens a block only with a number, address or link below it
    # ("DEBBIE LANG\nCELL 555-0100"); its lines are read as their titles.
    one_case = one_case and contact and not any(_keyword_like(word, keep) for word in words(block[0]))
    if not _is_sign_off(block[0], one_case) or any(near_keyword(word, keep) for word in words(block[0])):
        return False
    for line in block[1:]:
        shaped = line.title() if one_case else line
        if not (_signature_detail(shaped) or (contact and _loose_detail(shaped))):
            return False
        named = words(line)
        if one_case and named and named[0] in _OBJECT_OPENERS and any(_WHEN_OR_WHAT_WORD.fullmatch(word) for word in named):
            return False  # typed in one case, "THE TUESDAY CLEANING" is what a CANCEL is about, not a title
        if (not contact or len(block) <= 4 or not _CONTACT.search(line)) \
                and any(near_keyword(word, keep) for word in named) and not (contact and _role_with_keyword(line, keep)):
            return False
    return True


def _role_with_keyword(line: str, keep: frozenset[str]) -> bool:
    """A title or company in a signature with a phone or e-mail that holds a keyword word beside two others ("Stop Loss
    Analyst", "Help Center Lead", "Stop & Shop Pharmacy #0412"), never one in capitals ("STOP ALL TEXTS")."""
    others = [w for w in words(line) if not near_keyword(w, keep) and w not in _ABOUT_THE_TEXTS]
    return not line.isupper() and len(others) >= 2 and _signature_detail(line)


# Words of a request about the texts, never of a title ("Stop Sending Messages", "Stop All Texts Now").
_ABOUT_THE_TEXTS = frozenset("text texts texting txt txts message messages msg msgs sms mms sending send sent me all these "
                             "them this now please pls immediately asap notifications alerts emails calls ads promos "
                             "marketing spam".split())


def _loose_detail(line: str) -> bool:
    """A title, company, address or office-hours line of a business signature with words in lower case, never a sentence:
    it opens with a capital or a digit and holds no everyday word in lower case; or a short motto ("Go Eagles!")."""
    tokens = line.split()
    if not tokens or len(tokens) > 9 or len(line) > 80 or "?" in line or not (tokens[0][:1].isupper() or tokens[0][:1].isdigit()):
        return False
    if "!" in line:
        return len(tokens) <= 3 and all(t[:1].isupper() for t in tokens)
    if tokens[0].strip(".,:;") in _SENTENCE_OPENERS or _WHEN_OR_WHAT_TITLE.fullmatch(tokens[0].strip(".,:;")):
        return False  # "The Tuesday cleaning", "I need to reschedule": what the reply is about, not a title
    return not any(t[:1].islower() and set(words(t)) & _SENTENCE_WORDS - _CONNECTORS for t in tokens)


_MOTTO = re.compile(r"[\"“](?=[^\"“”\s]+\s)[^\"“”]{3,80}[\"”](?:\s*[-–—~]+\s*[\w.'’ -]{1,40})?[^\w\"“”]{0,8}")


def _signature_detail(line: str) -> bool:
    tokens = line.split()
    if _MOTTO.fullmatch(line.strip()):
        return True  # a motto in quotation marks ('"Faith over fear"')
    if not tokens or len(line) > 80 or "?" in line or "!" in line:
        return False
    if _CONTACT.search(line):
        return True
    # A title or company, never a sentence in capitals ("JUST THE TUESDAY APPT, NOT THE TEXTS").
    return len(tokens) <= 8 and all(_TITLE_WORD.fullmatch(t) for t in tokens) and not set(words(line)) & _SENTENCE_WORDS


def _signature_below(below: list[str], keep: frozenset[str]) -> bool:
    """What follows a closing word ("Best,") is a signature block, or a name typed in lower case ("thanks!\nbecca")."""
    block = [line for line in below if line.strip()]
    if _signature_block(block, keep):
        return True
    named = words(block[0]) if block and _LOWER_NAME.match(block[0]) else ()
    return (0 < len(block) <= 2 and bool(named) and not _without_initials(named) & (keep | _EVERYDAY)
            and not any(_WHEN_OR_WHAT_WORD.fullmatch(word) or near_keyword(word, keep) for word in named)
            and all(_CONTACT.search(line) and "?" not in line for line in block[1:]))


@functools.lru_cache(maxsize=64)
def _by_length(keep: frozenset[str]) -> dict[int, tuple[str, ...]]:
    """The kept words by length: a typo changes the length by two letters at most."""
    lengths: dict[int, list[str]] = {}
    for kept in keep:
        lengths.setdefault(len(kept), []).append(kept)
    return {size: tuple(sorted(found)) for size, found in lengths.items()}


@functools.lru_cache(maxsize=4096)  # a long reply repeats its words, and every signature line is read against the keep set
def near_keyword(word: str, keep: frozenset[str]) -> bool:
    """A kept word mistyped, elongated or spelled with digits ("stpo", "quitt", "st0p"): the reply, not a name."""
    plain = typos.deleet(word)
    forms = {plain, typos.squeeze(plain)}
    if forms & keep:
        return True
    by_length = _by_length(keep)
    return any(typos.is_typo_of(form, kept) for form in forms for size in range(len(form) - 2, len(form) + 3)
               for kept in by_length.get(size, ()))


def _without_signature_block(lines: list[str], keep: frozenset[str], one_case: bool = False) -> list[str]:
    """Drop a trailing block that opens with a name line below the reply: name, title, company, phone."""
    for start in range(max(1, len(lines) - _MOST_SIGNATURE_LINES), len(lines)):
        if _signature_block(lines[start:], keep, one_case):
            return lines[:start]
    return lines


def _unmarked(line: str) -> str:
    """The line without the emoji and punctuation after it ("Jen 🌸 🙄", "Sent from Samsung Mobile!!")."""
    end = len(line)
    while end and not (line[end - 1].isalnum() or line[end - 1] in ")]"):
        end -= 1
    return line[:end]


def _is_sign_off(line: str, one_case: bool = False) -> bool:
    # Capitalised for it only in a message typed in one case; otherwise a line in lower case is no name
    # ("cancel\nsee you monday").
    unmarked = _unmarked(line)
    if _is_sign_off_as_typed(line) or (unmarked != line and _is_sign_off_as_typed(unmarked)):
        return True
    return one_case and _plain_name(unmarked)


def _plain_name(line: str) -> bool:
    """A name typed in capitals or in lower case ("DWAYNE", "mrs. j. hawkins"): read as its title, never everyday
    words, a day or a booking ("MY ORDER", "cleaning")."""
    named = words(line)
    titled = _CREDENTIAL.sub(lambda m: m.group().upper(), line.title())  # "Jennifer Hawkins, CPA"
    return (0 < len(named) <= 4 and bool(_NAME_LINE.match(titled)) and not _without_initials(named) & (_EVERYDAY | _INTERJECTIONS)
            and not any(_WHEN_OR_WHAT_WORD.fullmatch(word) for word in named))


def _without_initials(named: tuple[str, ...]) -> set[str]:
    """The words of a name but its initials ("margaret a. whitfield": "a" is no everyday word), or all of them."""
    return {w for w in named if len(w) > 1} or set(named)


_CREDENTIAL = re.compile(r"(?<=,)\s*\w{2,5}\.?\s*$")
_SENTENCE_WORDS = _EVERYDAY - frozenset("the a an and of for at in on by from".split())
# Words that open a sentence, never a title ("The Tuesday cleaning", "I need to reschedule", "My order 55120").
_WHEN_OR_WHAT_TITLE = re.compile(_WHEN_OR_WHAT)  # as typed: "Tuesday", never "IT"
_SENTENCE_OPENERS = frozenset("The I My A An This That We You Please See Can Will Just No Not Need Do Dont Don't".split())
_CONNECTORS = frozenset("to the a an and of for at in on by from with".split())  # "Executive Assistant to the CEO"
_INTERJECTIONS = frozenset("omg lol lmao lmfao rofl smh jk xd haha hahaha wow oh ah ugh wtf idk ffs".split())
# CANCEL and END take an object: the line below them may be what they are about ("cancel\npizza").
_TAKES_AN_OBJECT = frozenset({"cancel", "end"})


def _name_below_keyword(lines: list[str], keep: frozenset[str], one_case: bool) -> bool:
    """A name in capitals or lower case on the line below a bare keyword ("stop\ndwayne", "STOP\nDWAYNE"), never a
    mistyped keyword ("stop\nstpo") and never below CANCEL or END."""
    reply, name = words(lines[0]), _PRONOUNS.sub("", _unmarked(lines[1]))  # "sarah (she/her)"
    if not reply or not set(reply) <= keep | _COURTESY or not set(reply) & keep or set(reply) & _TAKES_AN_OBJECT:
        return False
    if not (one_case or name == name.lower()) or set(words(name)) & keep:
        return False
    return _plain_name(name) and not any(_keyword_like(word, keep) for word in words(name))


_PRONOUNS = re.compile(r"\s*\((?:she|he|they)/(?:her|him|them)(?:/\w+)?\)\s*$", re.IGNORECASE)
_COURTESY = frozenset("thanks thank you thx ty please pls plz".split())  # "stop. thanks\nlinda"
_TITLES = frozenset("mr mrs ms dr mme sr sra jr".split())
_VOWELS_AND_Y = frozenset("aeiouyáéíóúàèìòùäëïöü")


def _keyword_like(word: str, keep: frozenset[str]) -> bool:
    """A word more like a keyword typed badly than a name: within two slips of one ("cancez", "unsubscibe"), cut short
    or written twice, or three letters or more with no vowel ("hlp", "stxp"; initials are shorter)."""
    plain = typos.deleet(word)
    if len(plain) >= 3 and _VOWELS_AND_Y.isdisjoint(plain) and plain not in _TITLES:
        return True
    if near_keyword(word, keep):
        return True
    # ... or a keyword cut short or written twice ("unsub", "stopstop")
    plain = typos.squeeze(plain)
    return any(typos.within(plain, kept, 2) or (len(plain) >= 4 and kept.startswith(plain)) or kept in plain
               for kept in keep if len(kept) >= 4)


_INITIALS = re.compile(r"^\s*[-~–—]?\s*(?![AINY]\.?\s*$)[A-Z]\.?(?:\s*[A-Z]\.)?\s*$")  # "J", "J.", "J. R.", never "Y", "N", "A", "I"


def _is_sign_off_as_typed(line: str) -> bool:
    if _SIGN_OFF.match(line) or _DASHED_NAME.match(line) or _INITIALS.match(line):
        return True
    # A capitalised name line, but not a shouted keyword ("STOP") or a sentence.
    return bool(_NAME_LINE.match(line)) and not line.strip().isupper() and len(line.split()) <= 6
