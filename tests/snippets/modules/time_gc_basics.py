# time clocks and sleep; gc switches and thresholds (no cycle collector yet: collect() finds nothing).
import time, gc
t0 = time.time(); p0 = time.perf_counter(); m0 = time.monotonic(); c0 = time.process_time()
time.sleep(0.01)
t1 = time.time(); p1 = time.perf_counter(); m1 = time.monotonic()
print(t1 >= t0, p1 - p0 >= 0.009, m1 > m0, isinstance(time.time_ns(), int), time.time_ns() > 1_600_000_000 * 10**9)
print(isinstance(time.perf_counter_ns(), int), time.process_time() >= c0, type(time.thread_time()).__name__)
for bad in [-1, "x", float("nan")]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(gc.collect(), gc.isenabled(), gc.get_threshold(), gc.garbage, gc.callbacks)
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
gc.set_threshold(100, 5); print(gc.get_threshold()[:2])
try:
    gc.collect(5)
except ValueError as e:
    print("ValueError:", e)
