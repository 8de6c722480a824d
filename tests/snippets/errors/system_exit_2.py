print("exiting with status 2")
raise SystemExit(2)
