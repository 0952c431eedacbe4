"""Hash banks: endpoints and profiles, the adapters (HMA, case API), the transport, the
outbox and receipts, the bank service the app and the commands share (``service``), and
the reference server. The only code that opens a network connection.
"""
