"""Pieces shared by both functions and the operator tools: event schema, errors, logging, secrets."""
