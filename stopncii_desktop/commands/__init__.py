"""Subcommands of ``stopncii-desktop``, one module each, registered by ``cli.py``."""
