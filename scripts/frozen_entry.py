"""Entry script of the frozen app (PyInstaller, see ``build.spec``): the ``ipsdesk`` command.

A separate file (not ``ipsdesk/__main__.py``) so that the analysis does not put the
``ipsdesk/`` folder itself on the module search path.
"""

import sys

from ipsdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
