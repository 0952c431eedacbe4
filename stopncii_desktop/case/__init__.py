"""Hash sets, case tokens, case files, atomic writes, and the review rules (near-duplicates,
what may be sent). No Qt, no network; the outbox and receipts are the bank layer's.
"""
