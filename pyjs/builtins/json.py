"""json (to be completed)."""


def setup(realm):
    pass
