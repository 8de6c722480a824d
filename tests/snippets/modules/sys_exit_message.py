import sys
print("fatal condition detected")
sys.exit("error: configuration file is missing")
