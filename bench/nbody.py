# A small n-body gravity simulation (float arithmetic, list indexing, attribute-free).
import math

SOLAR_MASS = 4 * math.pi * math.pi
DAYS_PER_YEAR = 365.24


def make_bodies():
    # [x, y, z, vx, vy, vz, mass]; loosely planet-like values, written for this benchmark.
    raw = [
        (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0),
        (5.2, -1.1, -0.1, 0.0016, 0.0077, -0.00007, 0.00095),
        (8.3, 4.1, -0.4, -0.0027, 0.0050, 0.00002, 0.00029),
        (12.9, -15.1, -0.2, 0.0030, 0.0024, -0.00003, 0.000044),
        (15.4, -25.9, 0.18, 0.0027, 0.0016, -0.00009, 0.000052),
    ]
    bodies = []
    for x, y, z, vx, vy, vz, m in raw:
        bodies.append([x, y, z, vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR, m * SOLAR_MASS])
    # Offset the sun's momentum so the system's total momentum is zero.
    px = py = pz = 0.0
    for b in bodies:
        px += b[3] * b[6]
        py += b[4] * b[6]
        pz += b[5] * b[6]
    sun = bodies[0]
    sun[3] = -px / SOLAR_MASS
    sun[4] = -py / SOLAR_MASS
    sun[5] = -pz / SOLAR_MASS
    return bodies


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        bi = bodies[i]
        e += 0.5 * bi[6] * (bi[3] * bi[3] + bi[4] * bi[4] + bi[5] * bi[5])
        for j in range(i + 1, n):
            bj = bodies[j]
            dx = bi[0] - bj[0]
            dy = bi[1] - bj[1]
            dz = bi[2] - bj[2]
            e -= bi[6] * bj[6] / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies, dt, steps):
    n = len(bodies)
    pairs = [(bodies[i], bodies[j]) for i in range(n) for j in range(i + 1, n)]
    for _ in range(steps):
        for bi, bj in pairs:
            dx = bi[0] - bj[0]
            dy = bi[1] - bj[1]
            dz = bi[2] - bj[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * math.sqrt(d2))
            mi = bi[6] * mag
            mj = bj[6] * mag
            bi[3] -= dx * mj
            bi[4] -= dy * mj
            bi[5] -= dz * mj
            bj[3] += dx * mi
            bj[4] += dy * mi
            bj[5] += dz * mi
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


bodies = make_bodies()
print(f"{energy(bodies):.9f}")
advance(bodies, 0.01, 200_000)
print(f"{energy(bodies):.9f}")
