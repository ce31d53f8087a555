"""Allow ``python -m ipsdesk``."""

from ipsdesk.cli import main

raise SystemExit(main())
