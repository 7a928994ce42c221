import os
import time

import pytest

from hostedat.bindings.assets import AssetServer, content_type_for

SITE = {
    "index.html": "<h1>home</h1>",
    "about.html": "<h1>about</h1>",
    "docs/index.html": "<h1>docs</h1>",
    "docs/guide.html": "<h1>guide</h1>",
    "app.js": "console.log(1)",
    "data.json": "{}",
    "logo.svg": "<svg/>",
    "font.woff2": b"wOF2",
    "module.wasm": b"\0asm",
    "img.webp": b"RIFF",
    "blob.bin": b"\x00\x01",
    "café.txt": "accent",
    "_worker.js": "export default {}",
    "_redirects": "",
    "_headers": "",
    "hostedat.toml": "",
    ".dev.vars": "SECRET=1",
    ".hostedat/kv.sqlite3": b"db",
    ".git/config": "x",
    "sub/.hidden": "x",
}


@pytest.fixture
def server(make_site):
    return AssetServer(make_site(SITE))


def get(server, path, headers=None, method="GET"):
    return server.serve(method, path, headers or {})


def test_serves_index_and_files_with_content_types(server):
    response = get(server, "/")
    assert response.status == 200 and response.body == b"<h1>home</h1>"
    assert response.header("content-type") == "text/html; charset=utf-8"
    assert response.header("content-length") == str(len(response.body))
    assert response.header("cache-control") == "public, max-age=0, must-revalidate"
    assert response.header("x-content-type-options") == "nosniff"
    expected = {
        "/app.js": "text/javascript; charset=utf-8",
        "/data.json": "application/json; charset=utf-8",
        "/logo.svg": "image/svg+xml; charset=utf-8",
        "/font.woff2": "font/woff2",
        "/module.wasm": "application/wasm",
        "/img.webp": "image/webp",
        "/blob.bin": "application/octet-stream",
    }
    for path, content_type in expected.items():
        assert get(server, path).header("content-type") == content_type, path


def test_content_type_table():
    assert content_type_for("x.mjs") == "text/javascript; charset=utf-8"
    assert content_type_for("X.CSS") == "text/css; charset=utf-8"
    assert content_type_for("noext") == "application/octet-stream"


def test_percent_encoded_names_and_full_urls(server):
    assert get(server, "/caf%C3%A9.txt").body == b"accent"
    assert get(server, "https://example.com/about?x=1").body == b"<h1>about</h1>"


def test_pages_html_handling(server):
    assert get(server, "/about").body == b"<h1>about</h1>"
    cases = {
        "/about.html": "/about",
        "/about/": "/about",
        "/docs": "/docs/",
        "/docs/index.html": "/docs/",
        "/docs/index": "/docs/",
        "/index.html": "/",
        "/docs/guide.html?q=1": "/docs/guide?q=1",
        "/docs?x=1": "/docs/?x=1",
    }
    for path, location in cases.items():
        response = get(server, path)
        assert (response.status, response.header("location")) == (308, location), path
    assert get(server, "/docs/").body == b"<h1>docs</h1>"
    assert get(server, "/docs/guide").body == b"<h1>guide</h1>"


def test_strong_etag_and_if_none_match(server, make_site):
    first = get(server, "/app.js")
    etag = first.header("etag")
    assert etag.startswith('"') and etag.endswith('"') and not etag.startswith("W/")
    for header in (etag, f"W/{etag}", f'"other", {etag}', "*"):
        response = get(server, "/app.js", {"If-None-Match": header})
        assert response.status == 304 and response.body == b"", header
        assert response.header("etag") == etag
    assert get(server, "/app.js", {"if-none-match": '"stale"'}).status == 200


def test_etag_changes_when_the_file_changes(make_site):
    site = make_site({"a.txt": "one"})
    server = AssetServer(site)
    before = get(server, "/a.txt").header("etag")
    (site / "a.txt").write_text("two!")
    future = time.time() + 5
    os.utime(site / "a.txt", (future, future))
    response = get(server, "/a.txt")
    assert response.body == b"two!" and response.header("etag") != before


def test_head_has_headers_but_no_body(server):
    get_response = get(server, "/about")
    head = get(server, "/about", method="HEAD")
    assert head.status == 200 and head.body == b""
    assert head.header("content-length") == str(len(get_response.body))
    assert head.header("etag") == get_response.header("etag")


def test_other_methods_are_refused(server):
    response = get(server, "/about", method="POST")
    assert response.status == 405 and response.header("allow") == "GET, HEAD"


@pytest.mark.parametrize("path", [
    "/_worker.js", "/_redirects", "/_headers", "/hostedat.toml", "/.dev.vars",
    "/.hostedat/kv.sqlite3", "/.git/config", "/sub/.hidden", "/%2Edev.vars", "/_worker",
])
def test_host_files_and_dotfiles_are_never_served(server, path):
    response = get(server, path)
    assert response.status == 404
    assert response.body == b"Not Found"


def test_extra_hidden_paths(make_site):
    site = make_site({"src/worker.js": "secret", "state/kv.sqlite3": "db", "ok.txt": "ok"})
    server = AssetServer(site, hidden=["src/worker.js", "state"])
    assert get(server, "/src/worker.js").status == 404
    assert get(server, "/state/kv.sqlite3").status == 404
    assert get(server, "/ok.txt").status == 200


@pytest.mark.parametrize("path", [
    "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/docs/%2e%2e/%2e%2e/secret.txt",
    "/..%2fsecret.txt", "/..%2Fsecret.txt", "/%5c..%5csecret.txt", "/..\\secret.txt",
    "/docs/./index.html", "/index.html%00", "/a\0b", "/%c0%ae%c0%ae/secret.txt", "relative",
])
def test_traversal_attempts_are_refused(make_site, path):
    make_site({"secret.txt": "TOP SECRET"}, name=".")
    server = AssetServer(make_site({"index.html": "home", "docs/index.html": "docs"}))
    response = get(server, path)
    assert response.status in (400, 404)
    assert b"TOP SECRET" not in response.body


def test_symlinks_inside_are_followed_but_not_outside(make_site):
    outside = make_site({"secret.txt": "TOP SECRET", "dir/inner.txt": "TOP SECRET"}, name="outside")
    site = make_site({"real.txt": "real", ".dev.vars": "K=v"})
    (site / "inside-link.txt").symlink_to(site / "real.txt")
    (site / "escape.txt").symlink_to(outside / "secret.txt")
    (site / "escape-dir").symlink_to(outside / "dir")
    (site / "vars.txt").symlink_to(site / ".dev.vars")
    (site / "loop").symlink_to(site / "loop")
    server = AssetServer(site)
    assert get(server, "/inside-link.txt").body == b"real"
    for path in ("/escape.txt", "/escape-dir/inner.txt", "/vars.txt", "/loop"):
        response = get(server, path)
        assert response.status == 404, path
        assert b"TOP SECRET" not in response.body and b"K=v" not in response.body


def test_custom_404_pages_nearest_ancestor_wins(make_site):
    server = AssetServer(make_site({
        "index.html": "home", "404.html": "top 404", "blog/404.html": "blog 404",
    }))
    top = get(server, "/missing")
    assert (top.status, top.body) == (404, b"top 404")
    assert top.header("content-type") == "text/html; charset=utf-8"
    nested = get(server, "/blog/2024/missing-post")
    assert (nested.status, nested.body) == (404, b"blog 404")
    assert get(server, "/blog/missing", method="HEAD").body == b""


def test_spa_mode_serves_index_for_unknown_paths(make_site):
    site = make_site({"index.html": "app shell", "app.js": "js"})
    spa = AssetServer(site, spa=True)
    response = get(spa, "/users/42/profile")
    assert (response.status, response.body) == (200, b"app shell")
    assert get(spa, "/app.js").body == b"js"
    assert get(AssetServer(site), "/users/42/profile").status == 404


def test_spa_mode_still_prefers_a_404_page(make_site):
    spa = AssetServer(make_site({"index.html": "app shell", "404.html": "nope"}), spa=True)
    assert (get(spa, "/x").status, get(spa, "/x").body) == (404, b"nope")
