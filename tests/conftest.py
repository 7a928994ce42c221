"""Fixtures shared by the test folders."""
import pytest

from pyjs.interp import codegen
from pyjs.interp.agent import state


@pytest.fixture(params=["closure", "eager", "codegen"])
def tier(request):
    """Run the test once on each execution tier (the two must be indistinguishable)."""
    prev, prev_realm = codegen._tier, state.realm
    codegen.set_tier(request.param)
    yield request.param
    codegen.set_tier(prev)
    state.realm = prev_realm    # the first Realm made stays current: leave none behind
