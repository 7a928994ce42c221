import asyncio
from datetime import datetime, timedelta, timezone

import pytest

from hostedat.runtime.cron import CronError, CronScheduler, parse_cron


def utc(*args):
    return datetime(*args, tzinfo=timezone.utc)


def test_field_syntax():
    s = parse_cron("*/15 9-17/4 1,15 JAN-mar,dec mon-FRI")
    assert s.minutes == {0, 15, 30, 45}
    assert s.hours == {9, 13, 17}
    assert s.days_of_month == {1, 15}
    assert s.months == {1, 2, 3, 12}
    assert s.days_of_week == {1, 2, 3, 4, 5}
    assert parse_cron("5/20 * * * *").minutes == {5, 25, 45}
    assert parse_cron("* * * * 7").days_of_week == {0}
    assert parse_cron("* * * * 0").days_of_week == {0}
    assert parse_cron("* * * * 5-7").days_of_week == {5, 6, 0}
    assert parse_cron("* * * * sun").days_of_week == {0}


@pytest.mark.parametrize("expression, problem", [
    ("* * * *", "must have 5 fields"),
    ("* * * * * *", "must have 5 fields"),
    ("60 * * * *", "minute field '60': 60 is outside 0-59"),
    ("* 24 * * *", "hour field"),
    ("* * 0 * *", "day-of-month field '0': 0 is outside 1-31"),
    ("* * * 13 *", "month field"),
    ("* * * * 8", "day-of-week field"),
    ("*/0 * * * *", "step must be a positive integer"),
    ("*/x * * * *", "step must be a positive integer"),
    ("5-1 * * * *", "runs backwards"),
    ("1,,2 * * * *", "empty list item"),
    ("* * * FOO *", "expected a number or a name like JAN"),
    ("* * * * MONDAY", "expected a number or a name like SUN"),
    ("* * L * *", "expected a number"),
    ("-5 * * * *", "expected a number"),
])
def test_bad_expressions(expression, problem):
    with pytest.raises(CronError) as info:
        parse_cron(expression)
    assert problem in str(info.value)
    assert repr(expression) in str(info.value)


def test_next_after_basic_steps():
    every15 = parse_cron("*/15 * * * *")
    assert every15.next_after(utc(2024, 1, 1, 10, 7, 30)) == utc(2024, 1, 1, 10, 15)
    assert every15.next_after(utc(2024, 1, 1, 10, 15)) == utc(2024, 1, 1, 10, 30)
    assert every15.next_after(utc(2024, 1, 1, 23, 50)) == utc(2024, 1, 2, 0, 0)
    assert parse_cron("* * * * *").next_after(datetime(2024, 12, 31, 23, 59)) == utc(2025, 1, 1, 0, 0)


def test_next_after_converts_other_timezones_to_utc():
    plus2 = timezone(timedelta(hours=2))
    result = parse_cron("0 12 * * *").next_after(datetime(2024, 6, 1, 13, 0, tzinfo=plus2))
    assert result == utc(2024, 6, 1, 12, 0) and result.tzinfo == timezone.utc


def test_next_after_names_and_month_rollover():
    s = parse_cron("30 4 * FEB *")
    assert s.next_after(utc(2024, 3, 1)) == utc(2025, 2, 1, 4, 30)
    assert parse_cron("0 0 29 2 *").next_after(utc(2024, 3, 1)) == utc(2028, 2, 29)
    assert parse_cron("0 0 31 * *").next_after(utc(2024, 4, 1)) == utc(2024, 5, 31)


def test_vixie_day_rule():
    # Both restricted: the 13th OR any Friday.
    either = parse_cron("0 0 13 * FRI")
    assert either.next_after(utc(2024, 9, 1)) == utc(2024, 9, 6)       # a Friday
    assert either.next_after(utc(2024, 9, 10)) == utc(2024, 9, 13)     # the 13th (also a Friday)
    assert either.next_after(utc(2024, 10, 5)) == utc(2024, 10, 11)    # Friday before the 13th
    assert either.next_after(utc(2024, 10, 11, 1)) == utc(2024, 10, 13)  # Sunday the 13th
    # Day-of-week unrestricted (starts with *): only the day-of-month counts.
    assert parse_cron("0 0 13 * *").next_after(utc(2024, 9, 1)) == utc(2024, 9, 13)
    # A starred step counts as unrestricted too, so both must match.
    both = parse_cron("0 0 */2 * MON")
    assert both.next_after(utc(2024, 9, 1)) == utc(2024, 9, 9)
    assert both.matches(utc(2024, 9, 9)) and not both.matches(utc(2024, 9, 16))


def test_impossible_date_is_reported():
    with pytest.raises(CronError, match="never matches"):
        parse_cron("0 0 30 2 *").next_after(utc(2024, 1, 1))


class FakeTime:
    """A clock plus a sleep that advances it instantly."""

    def __init__(self, start):
        self.now = start
        self.sleeps = []

    def clock(self):
        return self.now

    async def sleep(self, seconds):
        self.sleeps.append(seconds)
        self.now += timedelta(seconds=seconds)
        await asyncio.sleep(0)


def test_scheduler_fires_each_cron_at_due_times():
    fake = FakeTime(utc(2024, 1, 1, 0, 0, 30))
    calls = []

    async def callback(cron, scheduled_ms):
        calls.append((cron, scheduled_ms))
        if cron == "* * * * *":
            raise RuntimeError("handler failures do not stop the schedule")

    errors = []

    async def main():
        scheduler = CronScheduler(["*/15 * * * *", "* * * * *", "* * * * *"], callback,
                                  clock=fake.clock, sleep=fake.sleep,
                                  on_error=lambda cron, exc: errors.append(cron))
        scheduler.start()
        while len(calls) < 33:
            await asyncio.sleep(0)
        await scheduler.stop()

    asyncio.run(main())
    def ms(*args):
        return int(utc(*args).timestamp() * 1000)

    every_minute = [t for c, t in calls if c == "* * * * *"]
    quarter = [t for c, t in calls if c == "*/15 * * * *"]
    assert every_minute[:3] == [ms(2024, 1, 1, 0, 1), ms(2024, 1, 1, 0, 2), ms(2024, 1, 1, 0, 3)]
    assert quarter[:2] == [ms(2024, 1, 1, 0, 15), ms(2024, 1, 1, 0, 30)]
    assert len(every_minute) == len(set(every_minute)), "duplicate crons fire once"
    assert errors and set(errors) == {"* * * * *"}
    assert fake.sleeps[0] == pytest.approx(30)


def test_scheduler_stop_cancels_waiting_and_running():
    async def main():
        running = asyncio.Event()

        async def slow(cron, ms):
            running.set()
            await asyncio.sleep(3600)

        fake = FakeTime(utc(2024, 1, 1, 0, 0, 59))
        scheduler = CronScheduler(["* * * * *"], slow, clock=fake.clock, sleep=fake.sleep)
        scheduler.start()
        await asyncio.wait_for(running.wait(), 1)
        await asyncio.wait_for(scheduler.stop(), 1)
        idle = CronScheduler([], slow)
        idle.start()
        await idle.stop()

    asyncio.run(main())
