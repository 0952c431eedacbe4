"""Generated benchmark media: photo-like pictures with texture, edges and sensor noise."""

from __future__ import annotations

from tests.media import noisy_rgb, write_photo

__all__ = ["noisy_rgb", "write_photo"]
