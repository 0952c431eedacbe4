"""Hash-bank adapters: the only code that opens a network connection."""
