print("%s is %d years" % ("Ann", 30))
print("%5s|%-5s|%05d|%+d|% d" % ("r", "l", 42, 42, 42))
print("%.2f %10.3f %-10.1f| %e %g %G" % (3.14159, 2.71828, 1.5, 12345.678, 0.000012345, 1e20))
print("%x %X %#x %o %#o %c %r %a" % (255, 255, 255, 8, 8, 65, "s", "é"))
print("%(name)s has %(n)03d items" % {"name": "box", "n": 7})
print("%% literal, %s" % "ok", "%s" % [1, 2], "%s" % (1,), "%s %s" % ((1, 2), 3))
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
for args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1)]:
    try:
        print(args[0] % args[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print("%i %u %.0f %.1f" % (3.9, 4, 2.5, 0.05))
