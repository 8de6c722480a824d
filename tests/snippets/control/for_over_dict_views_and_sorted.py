stock = {"pear": 4, "apple": 10, "fig": 0, "kiwi": 7}
for name in sorted(stock):
    print(name, stock[name])
for name, qty in sorted(stock.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{name:<6}{qty:>3}")
for qty in stock.values():
    if not qty:
        print("something is out of stock")
        break
else:
    print("all in stock")
