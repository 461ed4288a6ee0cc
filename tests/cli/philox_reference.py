"""Philox-4x32-10 and the draws optbench derives from it, written again from the published
algorithm (Salmon et al., SC'11) and optbench's documented recipes, to check the C++ side
independently: sample draws (landscapes/regression/sample_draws.hpp) and epoch orders
(landscapes/regression/epoch_order.hpp)."""

import math

MASK32 = 0xFFFFFFFF
MASK64 = 0xFFFFFFFFFFFFFFFF


def philox4x32_10(counter, key):
    c = list(counter)
    k0, k1 = key
    for round_ in range(10):
        if round_:
            k0 = (k0 + 0x9E3779B9) & MASK32
            k1 = (k1 + 0xBB67AE85) & MASK32
        p0, p1 = 0xD2511F53 * c[0], 0xCD9E8D57 * c[2]
        c = [(p1 >> 32) ^ c[1] ^ k0, p1 & MASK32, (p0 >> 32) ^ c[3] ^ k1, p0 & MASK32]
    return c


def name_hash(text):
    """FNV-1a, 64 bits."""
    h = 0xCBF29CE484222325
    for byte in text.encode():
        h = ((h ^ byte) * 0x100000001B3) & MASK64
    return h


def uniform_pair(seed, stream, index):
    r = philox4x32_10([index & MASK32, index >> 32, stream & MASK32, stream >> 32],
                      (seed & MASK32, seed >> 32))
    return tuple((((hi << 32) | lo) >> 11) * 2.0 ** -53 for hi, lo in ((r[0], r[1]),
                                                                       (r[2], r[3])))


def standard_normal(u1, u2):
    return math.sqrt(-2.0 * math.log(1.0 - u1)) * math.cos(2.0 * math.pi * u2)


def epoch_order(seed, epoch, m):
    stream = (name_hash("epoch permutation") + epoch) & MASK64
    order = list(range(m))
    for i in range(m - 1, 0, -1):
        u = uniform_pair(seed, stream, i)[0]
        j = min(int(u * (i + 1)), i)
        order[i], order[j] = order[j], order[i]
    return order
