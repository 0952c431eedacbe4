"""Hashing photos and videos on the device: pure computation, no Qt, no network."""
