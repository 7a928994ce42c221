import asyncio
import os

from hostedat.server.watch import PollingWatcher


def bump(path, content):
    path.write_text(content)
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


def test_changes_report_added_modified_and_removed_files(make_site, tmp_path):
    site = make_site({"index.html": "a", "css/site.css": "b", ".dev.vars": "K=1", "gone.txt": "x"})
    watcher = PollingWatcher(site, ignore=[site / "state"])
    assert watcher.changes() == []
    bump(site / "index.html", "changed")
    bump(site / ".dev.vars", "K=2")
    (site / "gone.txt").unlink()
    (site / "css" / "new.css").write_text("new")
    assert watcher.changes() == [".dev.vars", "css/new.css", "gone.txt", "index.html"]
    assert watcher.changes() == []


def test_ignored_directories_do_not_count(make_site):
    site = make_site({"index.html": "a"})
    watcher = PollingWatcher(site, ignore=[site / "state"])
    for directory in (".hostedat", ".git", "node_modules", "state"):
        (site / directory).mkdir()
        (site / directory / "file").write_text("x")
    assert watcher.changes() == []


def test_run_calls_back_on_change(make_site):
    site = make_site({"index.html": "a"})
    seen = []

    async def main():
        watcher = PollingWatcher(site, interval=0.01)
        changed = asyncio.Event()

        async def on_change(paths):
            seen.append(paths)
            changed.set()

        task = asyncio.create_task(watcher.run(on_change))
        await asyncio.sleep(0.03)
        bump(site / "index.html", "b")
        await asyncio.wait_for(changed.wait(), 2)
        task.cancel()

    asyncio.run(main())
    assert seen == [["index.html"]]
