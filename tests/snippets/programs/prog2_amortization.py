import math

class LoanError(ValueError):
    pass

def payment(principal, annual_rate, months):
    if months <= 0:
        raise LoanError("term must be positive")
    r = annual_rate / 12
    if r == 0:
        return principal / months
    return principal * r / (1 - (1 + r) ** -months)

def schedule(principal, annual_rate, months, extra=0.0):
    pay = payment(principal, annual_rate, months)
    balance = principal
    r = annual_rate / 12
    k = 0
    while balance > 1e-9:
        k += 1
        interest = balance * r
        princ = min(pay + extra - interest, balance)
        balance -= princ
        yield k, interest + princ, interest, princ, max(balance, 0.0)

def summarize(label, rows):
    total_interest = sum(r[2] for r in rows)
    total_paid = sum(r[1] for r in rows)
    print(f"{label:<14} months={len(rows):>3} paid={total_paid:>12,.2f} interest={total_interest:>11,.2f}")
    return total_interest

rows = list(schedule(250_000, 0.065, 360))
print(f"monthly payment: {payment(250_000, 0.065, 360):,.2f}")
print(f"{'#':>4} {'payment':>10} {'interest':>10} {'principal':>10} {'balance':>12}")
for k, pay, i, p, bal in rows[:3] + rows[-2:]:
    print(f"{k:>4} {pay:>10.2f} {i:>10.2f} {p:>10.2f} {bal:>12,.2f}")
base = summarize("standard", rows)
fast = summarize("extra 200/mo", list(schedule(250_000, 0.065, 360, extra=200)))
print(f"saved {base - fast:,.0f} ({(base - fast) / base:.1%})")
summarize("zero rate", list(schedule(12_000, 0.0, 24)))

for rate in (0.01, 0.035, 0.07, 0.12):
    years_to_double = math.log(2) / math.log(1 + rate)
    print(f"rate {rate:6.2%}: double in {years_to_double:6.2f} y (rule of 72: {72 / (rate * 100):5.1f}) "
          f"cont. {100 * math.exp(rate * 10):8.3f} e={rate:.1e} g={rate * 1e6:g}")

for bad in [(1000, 0.05, 0), (1000, 0.05, -12)]:
    try:
        payment(*bad)
    except LoanError as e:
        print("LoanError:", e, isinstance(e, ValueError))

vals = [0.1 + 0.2, 1e16, 1.5e-7, 2.675, 1 / 3, -0.0, float("inf"), 123456789.987654321]
for v in vals:
    print(f"{v!r:>22} {v:>12.3g} {v:>14.4e} {round(v, 2)!s:>20} {v:+.2f}")
print(round(2.5), round(3.5), round(-2.5), round(1234.5678, -2), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), f"{math.pi:.15f}", f"{1e-5:f}", f"{1234567.0:.2e}", f"{0.000123:%}", float("1e-3"))
