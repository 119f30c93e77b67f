"""The operators' command line: ``python -m optout dlq|twilio|smoke ...`` (see optout/README.md)."""
