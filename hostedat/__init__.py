"""hostedat: a Workers-style host for sites made of static files and a `_worker.js`.

The package is layered so each part can be used and tested on its own:
`config` reads a site's `hostedat.toml`, `bindings` owns storage and the static
pipeline, `runtime` holds the seam where the JS worker plugs in plus the cron
scheduler, `server` is the aiohttp front end and `cli` the `hostedat` command.
"""
