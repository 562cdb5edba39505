"""Back ends: each reads the rule IR and writes one kind of output."""
