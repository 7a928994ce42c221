import pytest

from hostedat.bindings.asset_rules import parse_headers, parse_redirects
from hostedat.bindings.assets import AssetServer

REDIRECTS = """
# comments and blank lines are ignored

/old            /new
/perm           /new            301
/see-other      /new            303
/temp           /new            307
/moved          /new            308
/external       https://example.com/landing 301
/blog/*         /articles/:splat 301
/users/:id/posts/:post  /u/:id/p/:post
/with-query     /target?fixed=1
/first          /winner
/first          /loser
/fir*           /also-loser
/shop/*         /store/index.html 200
/app/*          /app 200
/ghost          /does-not-exist 200
/escape/*       /:splat
bad line with too many tokens here
/bad-status     /x 404
nosource        /x
"""


@pytest.fixture
def server(make_site):
    warnings = []
    site = make_site({
        "_redirects": REDIRECTS,
        "index.html": "home",
        "new.html": "new page",
        "store/index.html": "store",
        "app.html": "app",
        "404.html": "custom 404",
    })
    server = AssetServer(site, on_warning=warnings.append)
    server.warnings = warnings
    return server


def redirect(server, path, method="GET"):
    response = server.serve(method, path, {})
    return response.status, response.header("location")


@pytest.mark.parametrize("path, status, location", [
    ("/old", 302, "/new"),
    ("/perm", 301, "/new"),
    ("/see-other", 303, "/new"),
    ("/temp", 307, "/new"),
    ("/moved", 308, "/new"),
    ("/external", 301, "https://example.com/landing"),
    ("/blog/2024/hello-world", 301, "/articles/2024/hello-world"),
    ("/blog/", 301, "/articles/"),
    ("/users/ada/posts/42", 302, "/u/ada/p/42"),
    ("/old?keep=me&x=1", 302, "/new?keep=me&x=1"),
    ("/with-query?dropped=1", 302, "/target?fixed=1"),
    ("/first", 302, "/winner"),
    ("/firstly", 302, "/also-loser"),
    ("/escape//evil.example/x", 302, "/evil.example/x"),
])
def test_redirect_rules(server, path, status, location):
    assert redirect(server, path) == (status, location)


def test_redirects_apply_to_any_method(server):
    assert redirect(server, "/old", method="POST") == (302, "/new")


def test_placeholders_match_one_segment_only(server):
    assert server.serve("GET", "/users/ada/posts/42/extra", {}).status == 404


def test_rewrites_serve_the_target_with_200(server):
    for path in ("/shop/anything/deep", "/app/settings"):
        response = server.serve("GET", path, {})
        assert response.status == 200 and response.header("location") is None
    assert server.serve("GET", "/shop/x", {}).body == b"store"
    assert server.serve("GET", "/app/x", {}).body == b"app"
    missing = server.serve("GET", "/ghost", {})
    assert (missing.status, missing.body) == (404, b"custom 404")


def test_invalid_lines_are_skipped_with_warnings(server):
    server.serve("GET", "/", {})
    text = "\n".join(server.warnings)
    assert "_redirects:14: a rule for /first already exists above" in text
    assert "bad line with too many tokens here" in text
    assert "status must be one of" in text and "'404'" in text
    assert "must be a path starting with /" in text
    assert server.serve("GET", "/bad-status", {}).status == 404


def test_rules_reload_when_the_file_changes(make_site):
    site = make_site({"_redirects": "/a /b", "index.html": "x"})
    server = AssetServer(site)
    assert redirect(server, "/a") == (302, "/b")
    (site / "_redirects").write_text("/a /c 301\n")
    assert redirect(server, "/a") == (301, "/c")
    (site / "_redirects").unlink()
    assert server.serve("GET", "/a", {}).status == 404


def test_parse_redirects_directly():
    rules, warnings = parse_redirects("/a/* /b/:splat 301\n/a/:x/:x /c\n/x/*/* /y\n")
    assert [(r.source, r.status) for r in rules] == [("/a/*", 301)]
    assert len(warnings) == 2


HEADERS = """
# global headers
/*
  X-Frame-Options: DENY
  X-Robots-Tag: noindex
  Access-Control-Allow-Origin: https://app.example
/public/*
  ! X-Robots-Tag
  Cache-Control: public, max-age=31536000
  X-Robots-Tag: all
/public/:name.css
  Link: </public/:name.woff2>; rel=preload
  X-Frame-Options: SAMEORIGIN
/secure
  ! X-Frame-Options
  Set-Cookie: a=1
  Set-Cookie: b=2
https://example.com/*
  X-Ignored: yes
  X-Also-Ignored: yes
/broken
  Not a header line
"""


@pytest.fixture
def header_server(make_site):
    site = make_site({
        "_headers": HEADERS,
        "index.html": "home",
        "public/site.css": "body{}",
        "secure.html": "secure",
    })
    return AssetServer(site)


def all_values(response, name):
    return [v for k, v in response.headers if k.lower() == name.lower()]


def test_headers_apply_merge_and_replace_defaults(header_server):
    response = header_server.serve("GET", "/", {})
    assert response.header("x-frame-options") == "DENY"
    assert all_values(response, "access-control-allow-origin") == ["https://app.example"]
    css = header_server.serve("GET", "/public/site.css", {})
    assert css.header("x-frame-options") == "DENY, SAMEORIGIN"
    assert css.header("link") == "</public/site.woff2>; rel=preload"
    assert css.header("cache-control") == "public, max-age=31536000"
    assert all_values(css, "x-robots-tag") == ["all"]


def test_detach_removes_headers_from_earlier_rules(header_server):
    response = header_server.serve("GET", "/secure", {})
    assert response.status == 200 and response.body == b"secure"
    assert response.header("x-frame-options") is None
    assert response.header("x-robots-tag") == "noindex"
    assert all_values(response, "set-cookie") == ["a=1", "b=2"]


def test_headers_apply_to_not_found_and_304(header_server):
    assert header_server.serve("GET", "/missing", {}).header("x-frame-options") == "DENY"
    etag = header_server.serve("GET", "/", {}).header("etag")
    not_modified = header_server.serve("GET", "/", {"If-None-Match": etag})
    assert not_modified.status == 304 and not_modified.header("x-frame-options") == "DENY"


def test_parse_headers_warnings():
    rules, warnings = parse_headers(HEADERS)
    assert [r.source for r in rules] == ["/*", "/public/*", "/public/:name.css", "/secure", "/broken"]
    assert rules[1].unset == ("X-Robots-Tag",)
    assert any("host-based rules are not supported" in w for w in warnings)
    assert any("Not a header line" in w for w in warnings)
    assert not any("X-Ignored" in w for w in warnings)
    _, early = parse_headers("  X-Orphan: 1\n")
    assert "header line before any path" in early[0]
