"""The ``ingest`` function: Twilio inbound-SMS webhook -> opt-out/opt-in events on Pub/Sub."""
