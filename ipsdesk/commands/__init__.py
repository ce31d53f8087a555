"""Subcommands of the ``ipsdesk`` command, one module per feature."""
