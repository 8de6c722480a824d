import re
from collections import Counter, defaultdict

LOG = """\
2024-03-01 10:00:01 INFO  [web] GET /index.html 200 12ms ip=10.0.0.1
2024-03-01 10:00:02 INFO  [web] GET /about.html 200 8ms ip=10.0.0.2
2024-03-01 10:00:05 WARN  [db] slow query took 1500ms table=users
2024-03-01 10:00:07 ERROR [web] GET /api/items 500 230ms ip=10.0.0.1
2024-03-01 10:01:00 INFO  [web] POST /api/items 201 45ms ip=10.0.0.3
malformed line here
2024-03-01 10:01:30 ERROR [auth] invalid token for user=mallory ip=10.0.0.9
2024-03-01 10:02:00 INFO  [web] GET /index.html 304 2ms ip=10.0.0.2
2024-03-01 10:02:10 WARN  [db] slow query took 2200ms table=orders
2024-03-01 10:03:00 ERROR [auth] invalid token for user=mallory ip=10.0.0.9
2024-03-01 10:03:01 INFO  [web] GET /api/items 200 31ms ip=10.0.0.1
"""

LINE = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]{8}) (?P<level>[A-Z]+)\s+\[(?P<comp>\w+)\] (?P<msg>.*)$")
REQ = re.compile(r"(?P<method>GET|POST|PUT|DELETE) (?P<path>\S+) (?P<status>\d{3}) (?P<ms>\d+)ms")
KV = re.compile(r"(\w+)=(\S+)")

class Entry:
    def __init__(self, m):
        self.__dict__.update(m.groupdict())
        self.fields = dict(KV.findall(self.msg))
        r = REQ.search(self.msg)
        self.req = r.groupdict() if r else None

    @property
    def seconds(self):
        h, m, s = map(int, self.time.split(":"))
        return h * 3600 + m * 60 + s

entries, bad = [], []
for n, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if m:
        entries.append(Entry(m))
    else:
        bad.append(n)
print(f"{len(entries)} entries, malformed lines: {bad}")
levels = Counter(e.level for e in entries)
print(" ".join(f"{lvl}={n}" for lvl, n in levels.most_common()))

reqs = [e.req for e in entries if e.req]
by_path = defaultdict(list)
for r in reqs:
    by_path[r["path"]].append(int(r["ms"]))
for path, times in sorted(by_path.items()):
    print(f"{path:<14} n={len(times)} avg={sum(times) / len(times):6.1f}ms max={max(times)}ms")
status = Counter(r["status"][0] + "xx" for r in reqs)
print(sorted(status.items()))

slow = [(int(m.group(1)), e.fields.get("table")) for e in entries if (m := re.search(r"took (\d+)ms", e.msg))]
print("slow queries:", slow)
ips = Counter(e.fields["ip"] for e in entries if "ip" in e.fields)
print("top ips:", ips.most_common(2))
errs = [e for e in entries if e.level == "ERROR"]
gaps = [b.seconds - a.seconds for a, b in zip(errs, errs[1:])]
print("error gaps (s):", gaps)
redacted = re.sub(r"ip=(\d+)\.(\d+)\.\d+\.\d+", r"ip=\1.\2.x.x", LOG.splitlines()[0])
print(redacted)
print(re.split(r"\s*[\[\]]\s*", "a [b] c"), re.fullmatch(r"\d+ms", "12ms") is not None)
users = {m for m in re.findall(r"user=(\w+)", LOG)}
print(sorted(users), re.sub(r"(?i)error", lambda m: m.group(0).lower(), "ERROR Error error"))
