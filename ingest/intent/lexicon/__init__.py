"""The intent rules, one module per language; ``senses`` holds the other senses and mentions."""

from ingest.intent.lexicon import de, en, es, fr, it, other, pt, senses

PATTERNS = (*senses.PATTERNS, *en.PATTERNS, *es.PATTERNS, *fr.PATTERNS, *pt.PATTERNS, *de.PATTERNS, *it.PATTERNS, *other.PATTERNS)
