#!/usr/bin/env python3
# Independent check of the xoshiro256 jump constants used by Xoshiro256StarStar.jump()/longJump():
# J(x) = x^(2^128) (resp. 2^192) mod P(x), where P is the characteristic polynomial of the linear
# engine, found by Berlekamp-Massey over GF(2) from one state bit. Bit b of word i of the printed
# constants is the coefficient of x^(64 i + b). Run: python3 jumpcheck.py
M = (1 << 64) - 1
def rotl(x, k): return ((x << k) | (x >> (64 - k))) & M
def step(s):
    s = list(s); t = (s[1] << 17) & M
    s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t; s[3] = rotl(s[3], 45)
    return s
s = [0x123456789abcdef, 0xfedcba987654321, 0x0f0f0f0f0f0f0f0f, 0x1]
bits = []
for _ in range(1024):
    bits.append(s[0] & 1); s = step(s)
# Berlekamp-Massey, polynomials as ints (bit i = coefficient of x^i), connection polynomial C.
C, B, L, m = 1, 1, 0, 1
for n in range(len(bits)):
    d = bits[n]
    for i in range(1, L + 1):
        d ^= ((C >> i) & 1) & bits[n - i]
    if d == 0: m += 1; continue
    T = C; C ^= B << m
    if 2 * L <= n: L, B, m = n + 1 - L, T, 1
    else: m += 1
print("linear complexity", L)
# Characteristic polynomial P(x) = x^L C(1/x) (reverse of C).
P = 0
for i in range(L + 1):
    if (C >> i) & 1: P |= 1 << (L - i)
def mulmod(a, b):
    r = 0
    while b:
        if b & 1: r ^= a
        b >>= 1; a <<= 1
        if (a >> L) & 1: a ^= P
    return r
def xpow2(e):  # x^(2^e) mod P
    r = 2
    for _ in range(e): r = mulmod(r, r)
    return r
def words(poly): return [hex((poly >> (64 * i)) & M) for i in range(4)]
print("jump     ", words(xpow2(128)))
print("long jump", words(xpow2(192)))
