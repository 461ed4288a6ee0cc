#!/usr/bin/python3
"""Derives every constant of backends/portable_math.hpp and prints it as C++.

Nothing here is copied from a math library: pi and ln 2 come from textbook series summed in
exact rational arithmetic (Python's fractions), the splits of pi/2 and ln 2 are roundings of
those values to a chosen number of significant bits, and each polynomial is the Chebyshev
economisation of the function's exact Taylor series:

1. sum the Taylor series of the reduced function to 40 terms as exact rationals (the dropped
   tail is below 1e-40 on every interval used);
2. map the interval onto [-1, 1], rewrite the polynomial in Chebyshev polynomials T_n
   (exactly: u^m = 2^(1-m) sum_j binom(m, j) T_(m-2j)), and drop every T_n above the wanted
   degree; the error of the result is at most the sum of the dropped coefficients and
   close to the minimax error of that degree, because T_n oscillates evenly;
3. convert back to monomials and round each coefficient to the nearest double.

The script then measures the weighted error of the rounded polynomial (the error it adds to
the final result, relative to that result) at 401 points, with exact rational arithmetic,
and, with --scan, simulates the pi/2 reduction of backends/portable_math.hpp in IEEE double
arithmetic (Python floats are IEEE doubles, without fused multiply-add) on the doubles
nearest to every multiple of pi/2 below 1e5, where the reduced argument is smallest.

Run: /usr/bin/python3 tests/backends/portable_math_coefficients.py [--scan]
"""

import math
import sys
from fractions import Fraction as F
from math import comb, factorial, log2

_BITS = 320  # working precision of pi and ln 2, in bits after the binary point


def _arctan_inverse(n):
    """arctan(1/n) for an integer n > 1, to within 2^-_BITS (alternating Taylor series)."""
    total, term, k, sign = F(0), F(1, n), 1, 1
    while term > F(1, 2 ** (_BITS + 8)):
        total += sign * term / k
        term /= n * n
        k += 2
        sign = -sign
    return total


def _ln2():
    """ln 2 = 2 atanh(1/3) = 2 sum 1 / ((2k+1) 3^(2k+1)), to within 2^-_BITS."""
    total, k = F(0), 0
    while True:
        term = F(2, (2 * k + 1) * 3 ** (2 * k + 1))
        if term < F(1, 2 ** (_BITS + 8)):
            return total
        total += term
        k += 1


PI = 4 * (4 * _arctan_inverse(5) - _arctan_inverse(239))  # Machin's formula
LN2 = _ln2()


def round_to_bits(value, bits):
    """value rounded to nearest with `bits` significant bits, as a double (exact)."""
    exponent = math.floor(math.log2(abs(float(value))))
    quantum = F(2) ** (exponent - bits + 1)
    return float(round(value / quantum) * quantum)


def split(value, bit_counts):
    """value as a sum of doubles with the given significant bit counts, leading part first."""
    parts, rest = [], value
    for bits in bit_counts:
        parts.append(round_to_bits(rest, bits))
        rest -= F(parts[-1])
    return parts


def economise(taylor, lo, hi, degree):
    """Degree-`degree` Chebyshev economisation on [lo, hi] of the polynomial `taylor`."""
    n = len(taylor) - 1
    mid, rad = (lo + hi) / 2, (hi - lo) / 2
    in_u = [F(0)] * (n + 1)  # p(mid + rad u)
    for i, a in enumerate(taylor):
        for j in range(i + 1):
            in_u[j] += a * comb(i, j) * mid ** (i - j) * rad ** j
    cheb = [F(0)] * (n + 1)
    for m, b in enumerate(in_u):
        for j in range(m // 2 + 1):
            weight = F(comb(m, j), 2 ** max(m - 1, 0))
            if m > 0 and m == 2 * j:
                weight /= 2
            cheb[m - 2 * j] += b * weight
    chebyshev_t = [[F(1)], [F(0), F(1)]]
    for k in range(2, degree + 1):
        nxt = [F(0)] + [2 * c for c in chebyshev_t[k - 1]]
        for i, c in enumerate(chebyshev_t[k - 2]):
            nxt[i] -= c
        chebyshev_t.append(nxt)
    kept = [F(0)] * (degree + 1)
    for k in range(degree + 1):
        for i, c in enumerate(chebyshev_t[k]):
            kept[i] += cheb[k] * c
    in_t = [F(0)] * (degree + 1)  # u = (t - mid) / rad
    for i, c in enumerate(kept):
        for j in range(i + 1):
            in_t[j] += c * comb(i, j) * (-mid) ** (i - j) / rad ** i
    return [float(c) for c in in_t]


def horner(coefficients, t):
    total = F(0)
    for c in reversed(coefficients):
        total = total * t + F(c)
    return total


def fit(name, taylor, lo, hi, degree, weight):
    """Economised polynomial; prints its largest weighted error over [lo, hi]."""
    coefficients = economise(taylor, F(lo), F(hi), degree)
    worst = max(abs(horner(coefficients, t) - horner(taylor, t)) * weight(t)
                for t in (F(lo) + (F(hi) - F(lo)) * i / 400 for i in range(401)))
    print(f"// {name}: degree {degree} on [{float(lo):.6g}, {float(hi):.6g}], "
          f"error added to the result <= 2^{log2(float(worst)):.1f} relative")
    return coefficients


def emit(prefix, values, names=None):
    for i, v in enumerate(values):
        name = names[i] if names else f"{prefix}{i}"
        print(f"constexpr double {name} = {v.hex()};  // {v!r}")


def main():
    print("// ln 2 and pi/2 splits")
    emit("", split(LN2, [42, 53]), ["kLn2Hi", "kLn2Lo"])
    emit("", [float(1 / LN2), float(2 / PI)], ["kInvLn2", "kTwoOverPi"])
    emit("kPio2Medium", split(PI / 2, [37, 37, 53]))
    emit("kPio2Large", split(PI / 2, [23, 23, 23, 23, 53]))

    # exp: exp(r) = 1 + r + r^2 P(r), |r| <= ln2/2 (0.35 leaves room for the rounding of k).
    taylor = [F(1, factorial(n + 2)) for n in range(40)]
    emit("kExpP", fit("exp P", taylor, F(-35, 100), F(35, 100), 10, lambda r: r * r / F(7, 10)))
    # log: log1p(f) = f - f^2/2 + s (f^2/2 + z Q(z)), s = f/(2+f), z = s^2, |s| <= 0.17158.
    taylor = [F(2, 2 * n + 3) for n in range(40)]
    z_max = F(17158, 100000) ** 2
    emit("kLogQ", fit("log Q", taylor, 0, z_max, 7, lambda z: z / 2))
    # sin(r) = r + r z S(z), cos(r) = 1 - z/2 + z^2 C(z), z = r^2, |r| <= 0.786 > pi/4.
    z_max = F(786, 1000) ** 2
    taylor = [F((-1) ** (n + 1), factorial(2 * n + 3)) for n in range(25)]
    emit("kSinS", fit("sin S", taylor, 0, z_max, 6, lambda z: z))
    taylor = [F((-1) ** n, factorial(2 * n + 4)) for n in range(25)]
    emit("kCosC", fit("cos C", taylor, 0, z_max, 5, lambda z: z * z / F(7, 10)))
    if "--scan" in sys.argv:
        scan_medium_reduction()


def two_sum(a, b):
    s = a + b
    bb = s - a
    return s, (a - (s - bb)) + (b - bb)


def scan_medium_reduction(limit=1.0e5):
    """Largest relative error of the 3-part reduction near every multiple of pi/2 < limit."""
    p1, p2, p3 = split(PI / 2, [37, 37, 53])
    two_over_pi, shift = float(2 / PI), 1.5 * 2.0**52
    worst, worst_x = F(0), 0.0
    for k in range(1, int(limit / (math.pi / 2)) + 2):
        nearest = float(k * PI / 2)
        for x in (math.nextafter(nearest, 0), nearest, math.nextafter(nearest, 1e300)):
            if x > limit:
                continue
            kd = (x * two_over_pi + shift) - shift
            t = x - kd * p1
            y, err = two_sum(t, -(kd * p2))
            c = err - kd * p3
            hi = y + c
            lo = (y - hi) + c
            exact = F(x) - int(kd) * PI / 2
            rel = abs((F(hi) + F(lo) - exact) / exact)
            if rel > worst:
                worst, worst_x = rel, x
    print(f"// medium reduction: relative error <= 2^{log2(float(worst)):.1f} (at x = {worst_x!r})")


if __name__ == "__main__":
    main()
