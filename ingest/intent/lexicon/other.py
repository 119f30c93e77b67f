"""Phrases of languages beyond the six, where a single keyword is not how people say it."""

from ingest.intent.patterns import out

PATTERNS = (
    out("vi:dung-nhan-tin", r"\b(?:dung|đung|ngung|ngưng) (?:gui |nhan )?(?:tin|nhan)\b|\bkhong (?:muon )?nhan (?:tin|them)\b|"
        r"\bhuy dang ky\b", "Đừng nhắn tin cho tôi nữa", negatable=False),
    out("ru:ne-pishite", r"\bне (?:пишите|присылайте|отправляйте)\b|\bотпишите\b|\bхватит (?:присылать|писать|спамить)\b",
        "не пишите мне больше", negatable=False),
    out("nl:geen-berichten", r"\bgeen (?:\w+ )?(?:berichten|sms|smsjes)(?: meer)?\b|\bafmelden\b|\buitschrijven\b",
        "geen berichten meer", negatable=False),
    out("pl:nie-pisac", r"\bnie (?:piszcie|wysylajcie|przysylajcie)\b|\bwypisz\w*\b", "nie wysyłajcie mi sms", negatable=False),
)
