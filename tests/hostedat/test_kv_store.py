import json
import sqlite3

import pytest

from hostedat.bindings.kv import MAX_KEY_BYTES, MAX_VALUE_BYTES, KVError, KVStore


class Clock:
    def __init__(self, now=1_700_000_000.0):
        self.now = now

    def __call__(self):
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def store(tmp_path, clock):
    with KVStore(tmp_path / "state" / "kv.sqlite3", now=clock) as store:
        yield store


def test_put_get_delete_round_trip(store):
    ns = store.namespace("MY_KV")
    assert ns.get("missing") is None
    ns.put("greeting", b"hello", metadata={"lang": "en", "n": [1, 2]})
    value, metadata = ns.get("greeting")
    assert value == b"hello" and json.loads(metadata) == {"lang": "en", "n": [1, 2]}
    ns.put("greeting", b"bye")
    assert ns.get("greeting") == (b"bye", None)
    ns.delete("greeting")
    ns.delete("greeting")
    assert ns.get("greeting") is None


def test_namespaces_are_separate(store):
    a, b = store.namespace("A"), store.namespace("B")
    a.put("k", b"from a")
    assert b.get("k") is None
    assert [k["name"] for k in b.list()["keys"]] == []


def test_value_size_limit(store):
    ns = store.namespace("NS")
    ns.put("max", b"x" * MAX_VALUE_BYTES)
    assert len(ns.get("max")[0]) == MAX_VALUE_BYTES
    with pytest.raises(KVError, match=f"limit is {MAX_VALUE_BYTES} bytes") as info:
        ns.put("big", b"x" * (MAX_VALUE_BYTES + 1))
    assert isinstance(info.value, ValueError)
    assert ns.get("big") is None
    with pytest.raises(KVError, match="must be bytes"):
        ns.put("text", "not bytes")


def test_key_rules(store):
    ns = store.namespace("NS")
    ns.put("k" * MAX_KEY_BYTES, b"ok")
    ns.put("ключ/with spaces & ✓", b"unicode ok")
    assert ns.get("ключ/with spaces & ✓") == (b"unicode ok", None)
    for bad, message in [("", "not allowed"), (".", "not allowed"), ("..", "not allowed"),
                         ("k" * (MAX_KEY_BYTES + 1), "limit is 512 bytes"),
                         ("é" * 257, "limit is 512 bytes"), ("\ud800", "lone surrogate"), (5, "must be a string")]:
        for operation in (lambda k: ns.put(k, b"v"), ns.get, ns.delete):
            with pytest.raises(KVError, match=message):
                operation(bad)


def test_metadata_rules(store):
    ns = store.namespace("NS")
    with pytest.raises(KVError, match="JSON-serializable"):
        ns.put("k", b"v", metadata={"bad": object()})
    with pytest.raises(KVError, match="limit is 1024 bytes"):
        ns.put("k", b"v", metadata="x" * 1100)


def test_ttl_expiry_with_injected_clock(store, clock):
    ns = store.namespace("NS")
    ns.put("short", b"v", expiration_ttl=60)
    ns.put("absolute", b"v", expiration=clock.now + 120)
    ns.put("forever", b"v")
    listing = {k["name"]: k for k in ns.list()["keys"]}
    assert listing["short"]["expiration"] == int(clock.now + 60)
    assert "expiration" not in listing["forever"]
    clock.now += 59
    assert ns.get("short") == (b"v", None)
    clock.now += 1
    assert ns.get("short") is None
    assert [k["name"] for k in ns.list()["keys"]] == ["absolute", "forever"]
    clock.now += 60
    assert ns.get("absolute") is None
    assert [k["name"] for k in ns.list()["keys"]] == ["forever"]
    rows = store._execute("SELECT key FROM kv WHERE namespace = 'NS'")
    assert rows == [("forever",)], "expired keys are purged once touched"


def test_expiration_limits(store, clock):
    ns = store.namespace("NS")
    with pytest.raises(KVError, match="at least 60 seconds"):
        ns.put("k", b"v", expiration_ttl=59)
    with pytest.raises(KVError, match="at least 60 seconds in the future"):
        ns.put("k", b"v", expiration=clock.now + 30)
    with pytest.raises(KVError, match="not both"):
        ns.put("k", b"v", expiration=clock.now + 100, expiration_ttl=100)
    for bad in ("60", True, float("nan"), float("inf")):
        with pytest.raises(KVError, match="must be a number"):
            ns.put("k", b"v", expiration_ttl=bad)


def test_list_pagination_prefix_and_order(store):
    ns = store.namespace("NS")
    names = [f"user:{i:03d}" for i in range(25)] + ["other", "user", "userz", "é", "z"]
    for name in reversed(names):
        ns.put(name, b"v", metadata={"name": name} if name == "user:007" else None)
    seen, cursor, pages = [], None, 0
    while True:
        page = ns.list(prefix="user:", limit=10, cursor=cursor)
        pages += 1
        seen += [k["name"] for k in page["keys"]]
        if page["list_complete"]:
            assert "cursor" not in page
            break
        cursor = page["cursor"]
        assert isinstance(cursor, str) and "user" not in cursor
    assert pages == 3 and seen == [f"user:{i:03d}" for i in range(25)]
    everything = ns.list()
    assert everything["list_complete"] is True
    assert [k["name"] for k in everything["keys"]] == sorted(names, key=lambda n: n.encode())
    meta = next(k for k in everything["keys"] if k["name"] == "user:007")
    assert json.loads(meta["metadata"]) == {"name": "user:007"}


def test_list_argument_errors(store):
    ns = store.namespace("NS")
    for limit in (0, 1001, "10", 2.0):
        with pytest.raises(KVError, match="limit"):
            ns.list(limit=limit)
    with pytest.raises(KVError, match="invalid KV list cursor"):
        ns.list(cursor="%%%not-base64")


def test_durable_across_reopen_and_wal_mode(tmp_path, clock):
    path = tmp_path / "kv.sqlite3"
    with KVStore(path, now=clock) as store:
        store.namespace("NS").put("k", b"persisted", metadata=[1])
        store.namespace("NS").put("ttl", b"v", expiration_ttl=3600)
    with KVStore(path, now=clock) as reopened:
        assert reopened.namespace("NS").get("k") == (b"persisted", "[1]")
        assert reopened.namespace("NS").get("ttl") == (b"v", None)
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
