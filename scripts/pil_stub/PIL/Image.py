"""The part of ``PIL.Image`` reportlab touches without images: the class for its
``isinstance`` checks, and ``open``, which refuses (no raster images in ipsdesk)."""

from __future__ import annotations

from typing import Any


class Image:
    """Never instantiated: reportlab only asks whether an object is one."""


def open(*_args: Any, **_kwargs: Any) -> Image:  # noqa: A001 - Pillow's name
    raise OSError("this ipsdesk build reads no raster images (no Pillow)")
