"""`python -m compiler` is the same as `regel`."""

from .cli import main

main()
