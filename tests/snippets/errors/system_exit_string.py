print("about to fail")
raise SystemExit("fatal: could not continue")
