"""A stand-in for Pillow in the frozen app (see build.spec: "Pillow").

reportlab imports ``PIL.Image`` when it is imported, but ipsdesk's documents embed no
raster images (text, tables and vector charts only), so the packaged app ships this
stand-in instead of Pillow and its image codecs (about 6 MB). Reading an image through it
fails with a clear error instead of a wrong picture.
"""

__version__ = "0"  # not Pillow (a version some libraries read)
