from datetime import datetime, timedelta, timezone
d = datetime(2000, 1, 1, tzinfo=timezone.utc)
weekend_days = 0; month_starts = 0; checksum = 0
for i in range(4000):
    d = d + timedelta(days=1)
    wd = (d.weekday() + 1) % 7
    if wd == 0 or wd == 6:
        weekend_days += 1
    if d.day == 1:
        month_starts += 1
    iso = d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{d.microsecond // 1000:03d}Z"
    back = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)
    checksum += int((back - d).total_seconds() * 1000) + (d.month - 1) + d.year % 100 + len(iso)
result = float(weekend_days * 1000000 + month_starts * 1000 + checksum % 1000)
