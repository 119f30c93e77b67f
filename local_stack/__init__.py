"""Local stack: everything `make run` and the tests start besides the functions themselves."""
