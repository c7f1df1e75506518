# Generates fixtures/day-cases.json, the references for dayHours, teamDayStrip and offsetTransitions:
#   cd test/core/schedule && /usr/bin/python3 day_cases.py > fixtures/day-cases.json && npx prettier --write fixtures/day-cases.json
# Python zoneinfo (system tzdata 2025b). Deliberately naive: the team day is a minute-by-minute scan
# of each member's wall clock, and offset changes are found by an hourly scan refined to the second.
import json
from datetime import datetime, date, time, timedelta, timezone
from zoneinfo import ZoneInfo
from zoneinfo_cases import avail, iso

UTC = timezone.utc
MIN = timedelta(minutes=1)


def day_bounds(d, zone):
    # fold=0 on a wall time = Temporal 'compatible' (a midnight in a gap moves forward by the gap).
    z = ZoneInfo(zone)
    y, m, dd = map(int, d.split('-'))
    s = datetime(y, m, dd, tzinfo=z).astimezone(UTC)
    n = date(y, m, dd) + timedelta(days=1)
    e = datetime(n.year, n.month, n.day, tzinfo=z).astimezone(UTC)
    return s, e


def slots(d, zone, slot_min):
    s, e = day_bounds(d, zone)
    out = []
    t = s
    while t < e:
        out.append((t, min(e, t + timedelta(minutes=slot_min))))
        t += timedelta(minutes=slot_min)
    return out


def wall(t, zone):
    return t.astimezone(ZoneInfo(zone))


def hours(d, zone, slot_min):
    res = []
    for a, b in slots(d, zone, slot_min):
        w = wall(a, zone)
        res.append({'start': iso(a), 'end': iso(b), 'localStart': w.strftime('%Y-%m-%dT%H:%M'),
                    'localTime': w.strftime('%H:%M'), 'localHour': (w.hour * 60 + w.minute) / 60})
    return res


def hhmm(s):
    h, m = map(int, s.split(':'))
    return h * 60 + m


def in_window(minute, a, b):
    return a <= minute < b if a < b else (minute >= a or minute < b)


def runs(flags, base_minutes=0):
    # Minute flags → [{fromMinute, toMinute}] of consecutive True runs.
    out = []
    for i, f in enumerate(flags):
        if not f:
            continue
        if out and out[-1]['toMinute'] == i:
            out[-1]['toMinute'] = i + 1
        else:
            out.append({'fromMinute': i, 'toMinute': i + 1})
    return out


def team_day(members, d, zone, slot_min, night):
    ns, ne = hhmm(night['start']), hhmm(night['end'])
    s, e = day_bounds(d, zone)
    ref_day = date.fromisoformat(d)
    works = []
    for m in members:
        ivs = [(datetime.strptime(x['start'], '%Y-%m-%dT%H:%M:%S.000Z').replace(tzinfo=UTC),
                datetime.strptime(x['end'], '%Y-%m-%dT%H:%M:%S.000Z').replace(tzinfo=UTC))
               for x in avail(m, s.strftime('%Y-%m-%dT%H:%M:%SZ'), e.strftime('%Y-%m-%dT%H:%M:%SZ'))]
        works.append(ivs)

    def working(i, t):
        return any(a <= t < b for a, b in works[i])

    rows = []
    available = []
    sl = slots(d, zone, slot_min)
    for i, m in enumerate(members):
        row = []
        for a, b in sl:
            n = int((b - a) / MIN)
            w_flags, n_flags = [], []
            for k in range(n):
                t = a + k * MIN
                wk = working(i, t)
                lw = wall(t, m['timeZone'])
                w_flags.append(wk)
                n_flags.append((not wk) and in_window(lw.hour * 60 + lw.minute, ns, ne))
            mid = n // 2  # slots are whole minutes; the midpoint's minute
            status = 'working' if w_flags[mid] else ('night' if n_flags[mid] else 'outside')
            w0 = wall(a, m['timeZone'])
            new_day = None
            if wall(a - timedelta(seconds=1), m['timeZone']).date() != w0.date():
                new_day = {'atMinute': 0, 'date': w0.date().isoformat()}
            else:
                for k in range(1, n):
                    dk = wall(a + k * MIN, m['timeZone']).date()
                    if dk != w0.date():
                        new_day = {'atMinute': k, 'date': dk.isoformat()}
                        break
            row.append({'localStart': w0.strftime('%Y-%m-%dT%H:%M'), 'localTime': w0.strftime('%H:%M'),
                        'localHour': (w0.hour * 60 + w0.minute) / 60, 'dayOffset': (w0.date() - ref_day).days,
                        'status': status, 'workingMinutes': sum(w_flags), 'workingRanges': runs(w_flags),
                        'nightRanges': runs(n_flags), 'newDay': new_day})
        rows.append(row)
    for k, (a, b) in enumerate(sl):
        n = int((b - a) / MIN)
        whole = sum(1 for r in rows if r[k]['workingMinutes'] == n)
        partial = sum(1 for r in rows if 0 < r[k]['workingMinutes'] < n)
        available.append({'whole': whole, 'partial': partial,
                          'working': sum(1 for r in rows if r[k]['status'] == 'working')})
    # Everyone at work, minute by minute over the day, as maximal runs.
    overlap = []
    t = s
    while t < e:
        if all(working(i, t) for i in range(len(members))):
            if overlap and overlap[-1][1] == t:
                overlap[-1][1] = t + MIN
            else:
                overlap.append([t, t + MIN])
        t += MIN
    return {'timeZone': zone, 'hours': hours(d, zone, slot_min), 'rows': rows, 'available': available,
            'overlap': [{'start': iso(a), 'end': iso(b), 'attendees': [m['id'] for m in members]} for a, b in overlap]}


def transitions(zone, frm, to):
    z = ZoneInfo(zone)
    F = datetime.strptime(frm, '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=UTC)
    T = datetime.strptime(to, '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=UTC)
    sec = timedelta(seconds=1)

    def off(t):
        return t.astimezone(z).utcoffset()

    out = []
    if off(F - sec) != off(F):
        out.append((F, off(F - sec), off(F)))
    t = F
    while t < T:
        u = min(T, t + timedelta(hours=1))
        if off(u) != off(t):
            lo, hi = t, u  # off(lo) == off(t) != off(hi): bisect to the first second with the new offset
            while hi - lo > sec:
                mid = lo + timedelta(seconds=int((hi - lo).total_seconds() // 2))
                if off(mid) == off(t):
                    lo = mid
                else:
                    hi = mid
            if hi < T:
                out.append((hi, off(t), off(hi)))
        t = u

    def label(o):
        mins = int(o.total_seconds() // 60)
        a = abs(mins)
        return f"UTC{'-' if mins < 0 else '+'}{a // 60:02d}:{a % 60:02d}"

    return [{'at': iso(a), 'offsetBeforeMinutes': int(b.total_seconds() // 60), 'offsetAfterMinutes': int(c.total_seconds() // 60),
             'offsetBeforeLabel': label(b), 'offsetAfterLabel': label(c)} for a, b, c in out]


ALL = [0, 1, 2, 3, 4, 5, 6]
HOURS = [
    # [date, zone, slotMinutes, why]
    ['2026-03-29', 'Europe/Berlin', 60, 'spring forward: 23 h, 02:00 skipped'],
    ['2026-10-25', 'Europe/Berlin', 60, 'fall back: 25 h, 02:00 twice'],
    ['2026-04-05', 'Australia/Sydney', 60, 'southern autumn: 25 h'],
    ['2026-10-04', 'Australia/Sydney', 60, 'southern spring: 23 h'],
    ['2026-04-05', 'Australia/Lord_Howe', 60, 'half-hour DST ends: 24.5 h'],
    ['2026-10-04', 'Australia/Lord_Howe', 60, 'half-hour DST starts: 23.5 h'],
    ['2026-04-05', 'Australia/Adelaide', 90, ':30 zone leaving DST, 90-minute slots'],
    ['2026-03-30', 'Asia/Kathmandu', 45, ':45 zone'],
    ['2026-03-08', 'America/St_Johns', 30, ':30 zone springing forward at 02:00'],
    ['2026-09-27', 'Pacific/Chatham', 60, ':45 zone springing forward 02:45 → 03:45'],
    ['2026-09-06', 'America/Santiago', 60, 'midnight skipped: the day starts at 01:00'],
    ['2026-04-04', 'America/Santiago', 60, 'midnight repeated: 25 h'],
    ['2026-03-29', 'Asia/Beirut', 60, 'midnight skipped in Beirut'],
    ['2026-03-30', 'UTC', 1440, 'one slot'],
    ['2026-03-30', 'Asia/Kolkata', 25, 'slots that do not divide the day'],
]

TEAMS = {
    'north': [
        {'id': 'lena', 'timeZone': 'Europe/Berlin', 'workHours': {'start': '08:30', 'end': '17:00'}, 'workDays': ALL},
        {'id': 'jordan', 'timeZone': 'America/New_York', 'workHours': {'start': '09:00', 'end': '17:30'}, 'workDays': ALL},
        {'id': 'sita', 'timeZone': 'Asia/Kathmandu', 'workHours': {'start': '14:00', 'end': '22:00'}, 'workDays': ALL},
        {'id': 'cat', 'timeZone': 'Europe/London', 'workHours': {'start': '07:00', 'end': '15:00'}},
    ],
    'south': [
        {'id': 'mia', 'timeZone': 'Australia/Sydney', 'workHours': {'start': '09:00', 'end': '17:00'}, 'workDays': ALL},
        {'id': 'lou', 'timeZone': 'Australia/Lord_Howe', 'workHours': {'start': '08:00', 'end': '16:30'}, 'workDays': ALL},
        {'id': 'ana', 'timeZone': 'America/Santiago', 'workHours': {'start': '22:00', 'end': '06:00'}, 'workDays': ALL},
        {'id': 'tama', 'timeZone': 'Pacific/Auckland', 'workHours': {'start': '06:15', 'end': '14:45'}, 'workDays': ALL,
         'holidays': ['2026-09-28']},
    ],
    'halves': [
        {'id': 'nfl', 'timeZone': 'America/St_Johns', 'workHours': {'start': '08:45', 'end': '17:15'}, 'workDays': ALL},
        {'id': 'cht', 'timeZone': 'Pacific/Chatham', 'workHours': {'start': '07:45', 'end': '16:15'}, 'workDays': ALL},
        {'id': 'raj', 'timeZone': 'Asia/Kolkata', 'workHours': {'start': '09:30', 'end': '18:00'}, 'workDays': ALL},
        {'id': 'adl', 'timeZone': 'Australia/Adelaide', 'workHours': {'start': '08:00', 'end': '16:00'}, 'workDays': ALL},
    ],
}
NIGHT = {'start': '22:00', 'end': '07:00'}
TEAM_DAYS = [
    # [team, date, zone, slotMinutes, night, why]
    ['north', '2026-03-29', 'Europe/Berlin', 60, NIGHT, 'Berlin and London spring forward; a Sunday for London (default work days)'],
    ['north', '2026-03-30', 'Europe/Berlin', 60, NIGHT, 'the Monday after: the afternoon overlap'],
    ['north', '2026-03-30', 'UTC', 30, NIGHT, 'half-hour slots on a UTC axis'],
    ['north', '2026-10-25', 'Europe/Berlin', 60, {'start': '20:00', 'end': '06:30'}, '25-hour day, another night'],
    ['north', '2026-03-29', 'Europe/Berlin', 60, {'start': '02:30', 'end': '07:45'}, 'a night start inside the skipped hour'],
    ['south', '2026-04-05', 'Australia/Sydney', 60, NIGHT, 'Sydney, Lord Howe and Santiago leave DST; a 25-hour day'],
    ['south', '2026-09-27', 'Pacific/Auckland', 60, NIGHT, 'Auckland springs forward; a holiday on the next local day'],
    ['south', '2026-09-06', 'America/Santiago', 60, NIGHT, 'Santiago skips midnight: the reference day starts at 01:00'],
    ['halves', '2026-03-08', 'UTC', 45, NIGHT, ':30/:45 zones on 45-minute slots; St John\'s springs forward'],
    ['halves', '2026-04-05', 'Asia/Kolkata', 60, NIGHT, 'Adelaide leaves DST; a :30 reference zone'],
    ['halves', '2026-09-27', 'Pacific/Chatham', 15, NIGHT, 'Chatham springs forward, quarter-hour slots'],
]

TRANSITIONS = [
    # [zone, from, to]
    ['Europe/Berlin', '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'],
    ['Europe/Lisbon', '2025-01-01T00:00:00Z', '2028-01-01T00:00:00Z'],
    ['Australia/Sydney', '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'],
    ['Australia/Lord_Howe', '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'],
    ['Pacific/Chatham', '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'],
    ['America/St_Johns', '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'],
    ['America/Santiago', '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'],
    ['Asia/Beirut', '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'],
    ['Africa/Casablanca', '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'],
    ['America/Godthab', '2022-06-01T00:00:00Z', '2024-06-01T00:00:00Z'],
    ['Asia/Kathmandu', '1980-01-01T00:00:00Z', '1990-01-01T00:00:00Z'],
    ['Asia/Kolkata', '2000-01-01T00:00:00Z', '2030-01-01T00:00:00Z'],
    ['Europe/Berlin', '2026-03-29T01:00:00Z', '2026-03-29T02:00:00Z'],
    ['Europe/Berlin', '2026-03-29T00:00:00Z', '2026-03-29T01:00:00Z'],
]

if __name__ == '__main__':
    res = {
        'generatedBy': 'test/core/schedule/day_cases.py, Python zoneinfo',
        'dayHours': [{'date': d, 'timeZone': z, 'slotMinutes': s, 'why': w, 'expected': hours(d, z, s)} for d, z, s, w in HOURS],
        'teamDayStrip': [{'team': t, 'members': TEAMS[t], 'date': d, 'timeZone': z, 'slotMinutes': s, 'night': n, 'why': w,
                          'expected': team_day(TEAMS[t], d, z, s, n)} for t, d, z, s, n, w in TEAM_DAYS],
        'offsetTransitions': [{'timeZone': z, 'from': f, 'to': t, 'expected': transitions(z, f, t)} for z, f, t in TRANSITIONS],
    }
    print(json.dumps(res, indent=1))
