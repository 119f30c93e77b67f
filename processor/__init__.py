"""The ``process`` function: apply opt-out/opt-in events to every matching Customer.io profile."""
