try:
    raise ExceptionGroup("e", [ValueError(1)])
except* ValueError:
    raise SystemExit(4)
