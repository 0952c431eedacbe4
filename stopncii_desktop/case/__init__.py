"""Hash sets, case tokens, export and import files, the local store and outbox.

No Qt, no network.
"""
