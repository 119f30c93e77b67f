"""``KEYWORD_MATCH=intent``: opt-out and opt-in requests in natural language, by named rules.

The rules are data (``ingest.intent.lexicon``, one module per language); the
engine (``ingest.intent.engine``) is small, and every decision names the rule
that made it.
"""

from ingest.intent.engine import IntentClassifier

__all__ = ["IntentClassifier"]
