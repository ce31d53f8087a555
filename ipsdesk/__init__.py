"""ipsdesk: offline workbench for IPS employment specialists (IPS-työhönvalmentajat).

The version below is the single source of truth: packaging, ``--version``, the About
box and the frozen executable's metadata all read it from here.
"""

__version__ = "0.1.0"
APP_NAME = "ipsdesk"
