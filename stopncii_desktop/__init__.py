"""stopncii-desktop: hash photos and videos on the device, send only the hashes."""

__version__ = "0.1.0"
