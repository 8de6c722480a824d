scores = {"ann": 90, "bob": 72, "cy": 85}
for name in scores:
    if scores[name] < 80:
        del scores[name]
print(scores)
