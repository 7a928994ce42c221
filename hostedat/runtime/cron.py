"""Cron triggers: a 5-field cron expression parser and an asyncio scheduler.

Fields are minute, hour, day-of-month, month and day-of-week, all in UTC (as
Workers cron triggers are). Each field accepts `*`, `*/N`, `a`, `a-b`,
`a-b/N`, `a/N` (from `a` to the field's maximum) and comma lists of those;
months and weekdays also accept names (JAN-DEC, SUN-SAT, any case) and both 0
and 7 mean Sunday.

Day matching follows Vixie cron: when both day-of-month and day-of-week are
restricted (neither field starts with `*`), a day matches if *either* matches;
otherwise both must match. So `0 0 1 * MON` fires on the 1st and on Mondays.
"""

from __future__ import annotations

import asyncio
import calendar
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Awaitable, Callable, Iterable

_MONTHS = {name.upper(): i for i, name in enumerate(calendar.month_abbr) if name}
_DAYS = {"SUN": 0, "MON": 1, "TUE": 2, "WED": 3, "THU": 4, "FRI": 5, "SAT": 6}

# A day-of-month/month pair that can match at all matches within 8 years
# (Feb 29 across a skipped leap year such as 2100), so searching further is futile.
_SEARCH_YEARS = 9


class CronError(ValueError):
    """An invalid cron expression; the message quotes the expression and the bad field."""


@dataclass(frozen=True)
class _Field:
    name: str
    low: int
    high: int
    names: dict[str, int] | None = None


_FIELDS = (
    _Field("minute", 0, 59),
    _Field("hour", 0, 23),
    _Field("day-of-month", 1, 31),
    _Field("month", 1, 12, _MONTHS),
    _Field("day-of-week", 0, 7, _DAYS),
)


@dataclass(frozen=True)
class CronSchedule:
    """A parsed expression: the set of allowed values for each field."""

    expression: str
    minutes: frozenset[int]
    hours: frozenset[int]
    days_of_month: frozenset[int]
    months: frozenset[int]
    days_of_week: frozenset[int]
    dom_restricted: bool
    dow_restricted: bool

    def matches_day(self, day: datetime) -> bool:
        dom = day.day in self.days_of_month
        dow = (day.weekday() + 1) % 7 in self.days_of_week
        if self.dom_restricted and self.dow_restricted:
            return dom or dow
        return dom and dow

    def matches(self, moment: datetime) -> bool:
        return (moment.minute in self.minutes and moment.hour in self.hours
                and moment.month in self.months and self.matches_day(moment))

    def next_after(self, moment: datetime) -> datetime:
        """The first matching minute strictly after `moment` (naive means UTC); aware UTC result."""
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=timezone.utc)
        t = moment.astimezone(timezone.utc).replace(second=0, microsecond=0) + timedelta(minutes=1)
        limit_year = t.year + _SEARCH_YEARS
        while t.year <= limit_year:
            if t.month not in self.months:
                t = _first_of_next_month(t)
            elif not self.matches_day(t):
                t = (t + timedelta(days=1)).replace(hour=0, minute=0)
            elif t.hour not in self.hours:
                t = (t + timedelta(hours=1)).replace(minute=0)
            elif t.minute not in self.minutes:
                t += timedelta(minutes=1)
            else:
                return t
        raise CronError(f"cron expression {self.expression!r} never matches a real date")


def _first_of_next_month(t: datetime) -> datetime:
    year, month = (t.year + 1, 1) if t.month == 12 else (t.year, t.month + 1)
    return t.replace(year=year, month=month, day=1, hour=0, minute=0)


def parse_cron(expression: str) -> CronSchedule:
    if not isinstance(expression, str):
        raise CronError(f"cron expression must be a string, got {type(expression).__name__}")
    parts = expression.split()
    if len(parts) != 5:
        raise CronError(
            f"cron expression {expression!r} must have 5 fields "
            f"(minute hour day-of-month month day-of-week), got {len(parts)}")
    values = []
    for text, spec in zip(parts, _FIELDS):
        try:
            values.append(_parse_field(text, spec))
        except CronError as exc:
            raise CronError(f"cron expression {expression!r}: {spec.name} field {text!r}: {exc}") from None
    minutes, hours, doms, months, dows = values
    dows = frozenset(0 if d == 7 else d for d in dows)
    return CronSchedule(expression, minutes, hours, doms, months, dows,
                        dom_restricted=not parts[2].startswith("*"),
                        dow_restricted=not parts[4].startswith("*"))


def _parse_field(text: str, spec: _Field) -> frozenset[int]:
    result: set[int] = set()
    for item in text.split(","):
        if not item:
            raise CronError("empty list item")
        base, slash, step_text = item.partition("/")
        step = 1
        if slash:
            if not step_text.isdigit() or int(step_text) == 0:
                raise CronError(f"step must be a positive integer, got {step_text!r}")
            step = int(step_text)
        if base == "*":
            low, high = spec.low, spec.high
        elif "-" in base:
            start, _, end = base.partition("-")
            low, high = _value(start, spec), _value(end, spec)
            if low > high:
                raise CronError(f"range {base!r} runs backwards")
        else:
            low = _value(base, spec)
            high = spec.high if slash else low
        result.update(range(low, high + 1, step))
    return frozenset(result)


def _value(text: str, spec: _Field) -> int:
    if spec.names and text.upper() in spec.names:
        return spec.names[text.upper()]
    if not text.isdigit():
        hint = f" or a name like {next(iter(spec.names))}" if spec.names else ""
        raise CronError(f"expected a number{hint}, got {text!r}")
    value = int(text)
    if not spec.low <= value <= spec.high:
        raise CronError(f"{value} is outside {spec.low}-{spec.high}")
    return value


ScheduledCallback = Callable[[str, int], Awaitable[None]]


class CronScheduler:
    """Calls `callback(cron, scheduled_time_ms)` at every due minute of each cron.

    One task sleeps until the earliest due time, then starts each due callback
    as its own task so a slow handler never delays the next trigger. `clock`
    and `sleep` are injectable so tests can run a day of triggers instantly.
    Callback exceptions are passed to `on_error` and do not stop the schedule.
    """

    def __init__(self, crons: Iterable[str], callback: ScheduledCallback, *,
                 clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
                 on_error: Callable[[str, BaseException], None] | None = None):
        self.schedules = [parse_cron(c) for c in dict.fromkeys(crons)]
        self._callback = callback
        self._clock = clock
        self._sleep = sleep
        self._on_error = on_error
        self._task: asyncio.Task | None = None
        self._running: set[asyncio.Task] = set()

    def start(self) -> None:
        if self._task is None and self.schedules:
            self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        """Stop scheduling and cancel callbacks still running."""
        tasks = [t for t in (self._task, *self._running) if t is not None]
        self._task = None
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _run(self) -> None:
        now = self._clock()
        due = {s: s.next_after(now) for s in self.schedules}
        while True:
            when = min(due.values())
            while (now := self._clock()) < when:
                await self._sleep((when - now).total_seconds())
            for schedule, at in due.items():
                if at <= now:
                    self._fire(schedule.expression, at)
                    due[schedule] = schedule.next_after(max(at, now))

    def _fire(self, cron: str, at: datetime) -> None:
        task = asyncio.get_running_loop().create_task(self._invoke(cron, int(at.timestamp() * 1000)))
        self._running.add(task)
        task.add_done_callback(self._running.discard)

    async def _invoke(self, cron: str, scheduled_ms: int) -> None:
        try:
            await self._callback(cron, scheduled_ms)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            if self._on_error is not None:
                self._on_error(cron, exc)
