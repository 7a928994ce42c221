"""math (to be completed)."""


def setup(realm):
    pass
