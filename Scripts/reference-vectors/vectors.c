/* Known-answer vectors for Tests/HemicycleTests/Simulation/{SplitMix64,Xoshiro256StarStar,
   SeedDerivation}Tests.swift: a C transcription of SplitMix64 (Steele, Lea & Flood 2014; Vigna's
   public-domain splitmix64.c) and xoshiro256** 1.0 with jump/long_jump (Blackman & Vigna 2018),
   written from the published algorithms, plus Hemicycle's documented block-seed derivation.
   Build and run: gcc -O2 -Wall -o /tmp/vectors vectors.c && /tmp/vectors */
#include <stdint.h>
#include <stdio.h>

static uint64_t sm_x;
static uint64_t sm_next(void) {
  uint64_t z = (sm_x += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}
static uint64_t mix(uint64_t z) {
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}
static inline uint64_t rotl(const uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
static uint64_t s[4];
static uint64_t next(void) {
  const uint64_t result = rotl(s[1] * 5, 7) * 9;
  const uint64_t t = s[1] << 17;
  s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl(s[3], 45);
  return result;
}
static void jump_with(const uint64_t *J) {
  uint64_t s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  for (int i = 0; i < 4; i++)
    for (int b = 0; b < 64; b++) {
      if (J[i] & UINT64_C(1) << b) { s0 ^= s[0]; s1 ^= s[1]; s2 ^= s[2]; s3 ^= s[3]; }
      next();
    }
  s[0] = s0; s[1] = s1; s[2] = s2; s[3] = s3;
}
static const uint64_t JUMP[] = {0x180ec6d33cfd0aba, 0xd5a61266f0c9392c, 0xa9582618e03fc9aa, 0x39abdc4529b1661c};
static const uint64_t LONG_JUMP[] = {0x76e15d3efefdcbbf, 0xc5004e441c522fb3, 0x77710069854ee241, 0x39109bb02acbe635};
/* Hemicycle's SeedDerivation.blockSeed(master:index:). */
static uint64_t block_seed(uint64_t master, int64_t index) {
  return mix(master ^ mix((uint64_t)index + 0x9e3779b97f4a7c15ULL));
}
static void seed(uint64_t x) { sm_x = x; for (int i = 0; i < 4; i++) s[i] = sm_next(); }
static void show(const char *label, int n) {
  printf("%s:", label);
  for (int i = 0; i < n; i++) printf(" 0x%016llx", (unsigned long long)next());
  printf("\n");
}
int main(void) {
  uint64_t seeds[] = {0, 1234567, 42};
  for (int k = 0; k < 3; k++) {
    sm_x = seeds[k];
    printf("splitmix64 seed %llu:", (unsigned long long)seeds[k]);
    for (int i = 0; i < 6; i++) printf(" 0x%016llx", (unsigned long long)sm_next());
    printf("\n");
  }
  printf("mix:");
  uint64_t mins[] = {0, 1, 42, 0x9e3779b97f4a7c15ULL, 0xffffffffffffffffULL};
  for (int i = 0; i < 5; i++) printf(" 0x%016llx", (unsigned long long)mix(mins[i]));
  printf("\n");
  s[0] = 1; s[1] = 2; s[2] = 3; s[3] = 4;
  show("xoshiro state 1,2,3,4", 10);
  seed(42);
  printf("xoshiro seed 42 state: %016llx %016llx %016llx %016llx\n", (unsigned long long)s[0], (unsigned long long)s[1], (unsigned long long)s[2], (unsigned long long)s[3]);
  show("xoshiro seed 42", 8);
  seed(42); jump_with(JUMP); show("xoshiro seed 42 after jump", 4);
  seed(42); jump_with(LONG_JUMP); show("xoshiro seed 42 after long_jump", 4);
  seed(0); show("xoshiro seed 0", 4);
  int64_t idx[] = {0, 1, 7, -1};
  for (int i = 0; i < 4; i++) {
    uint64_t b = block_seed(42, idx[i]);
    printf("blockSeed(42, %lld) = 0x%016llx, ", (long long)idx[i], (unsigned long long)b);
    seed(b); show("stream", 3);
  }
  return 0;
}
