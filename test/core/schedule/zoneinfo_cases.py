# Generates fixtures/zoneinfo-cases.json from fixtures/zoneinfo-cases.in.json:
#   /usr/bin/python3 zoneinfo_cases.py < fixtures/zoneinfo-cases.in.json > fixtures/zoneinfo-cases.json
# Reference availability computed with Python zoneinfo (system tzdata 2025b).
# fold=0 on a wall time = Temporal 'compatible': in a gap the pre-transition offset (moves forward), in a fold the earlier instant.
import json, sys
from datetime import datetime, date, time, timedelta, timezone
from zoneinfo import ZoneInfo
UTC = timezone.utc
def iso(dt): return dt.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z')
def parse(s): return datetime.strptime(s, '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=UTC)
def avail(m, frm, to):
    z = ZoneInfo(m['timeZone']); F, T = parse(frm), parse(to)
    sh, sm = map(int, m['workHours']['start'].split(':')); eh, em = map(int, m['workHours']['end'].split(':'))
    smin, emin = sh*60+sm, eh*60+em
    days = set(m.get('workDays', [1,2,3,4,5])); hol = set(m.get('holidays', []))
    d0 = F.astimezone(z).date() - timedelta(days=1); d1 = T.astimezone(z).date()
    out = []
    d = d0
    while d <= d1:
        wd = (d.weekday() + 1) % 7
        if wd in days and d.isoformat() not in hol:
            s = datetime.combine(d, time(smin // 60, smin % 60), tzinfo=z)
            ed = d + timedelta(days=1 if emin <= smin else 0) + timedelta(days=emin//1440)
            e = datetime.combine(ed, time((emin%1440)//60, emin%60), tzinfo=z)
            s, e = s.astimezone(UTC), e.astimezone(UTC)
            s, e = max(s, F), min(e, T)
            if e > s:
                if out and out[-1][1] >= s: out[-1][1] = max(out[-1][1], e)
                else: out.append([s, e])
        d += timedelta(days=1)
    return [{'start': iso(a), 'end': iso(b)} for a, b in out]
def w2i(zone, local):
    d = datetime.strptime(local, '%Y-%m-%dT%H:%M').replace(tzinfo=ZoneInfo(zone))
    return iso(d)
if __name__ == '__main__':
  cases = json.load(sys.stdin)
  res = {'availability': [dict(c, expected=avail(c['member'], c['from'], c['to'])) for c in cases['availability']],
         'wall': [dict(c, expected=w2i(c['timeZone'], c['local'])) for c in cases['wall']]}
  print(json.dumps(res, indent=1))
