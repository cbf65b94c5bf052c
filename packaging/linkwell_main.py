"""The frozen program's entry point: the same ``linkwell`` command as the console script."""

import sys

from ui.launch import main

if __name__ == "__main__":
    sys.exit(main())
