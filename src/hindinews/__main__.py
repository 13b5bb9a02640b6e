"""``python -m hindinews`` runs the command line."""

import sys

from hindinews.cli import main

sys.exit(main())
