rows = [{"name": "a", "score": 10}, {"name": "b"}, {"name": "c", "score": 5}]
print("building")
summary = {r["name"]: {k: v * 2 for k, v in r.items() if k == "score"} for r in rows}
print(summary)
scores = {r["name"]: r["score"] for r in rows}
print("unreachable", scores)
