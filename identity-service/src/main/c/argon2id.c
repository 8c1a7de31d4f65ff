/*
 * Argon2id (RFC 9106, version 0x13) for login password checks, with the block compression in AVX2 where the
 * processor has it (one function chosen once at load) and in plain 64-bit C otherwise.
 *
 * Why our own: the password hash is two thirds of a login's processor time, and the libargon2 bundled with
 * argon2-jvm is the portable reference build (no vector instructions). Argon2's cost is the memory-hard block
 * filling, which is 2-3 times faster in AVX2 registers; the defence a hash gives depends on its parameters
 * (memory, passes), not on how quickly the server computes it.
 *
 * One entry point, gjj_argon2id_raw; the Java side (VectorArgon2id) does salts and the encoded form, and tests
 * every output against RFC 9106's test vector and the reference library.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#if defined(__x86_64__)
#include <immintrin.h>
#define GJJ_HAVE_AVX2_PATH 1
#endif

#define BLOCK_WORDS 128
#define BLOCK_BYTES 1024
#define SYNC_POINTS 4
#define VERSION 0x13
#define TYPE_ID 2

/* ---------------------------------------------------------------- BLAKE2b (RFC 7693), unkeyed */

typedef struct {
    uint64_t h[8];
    uint64_t t;
    uint8_t buffer[128];
    size_t filled;
    size_t out_length;
} blake2b_state;

static const uint64_t BLAKE2B_IV[8] = {
    0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
    0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
};

/* Message word order of each round; rounds 10 and 11 take rows 0 and 1 again. */
static const uint8_t SIGMA[10][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
    {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
    {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
    {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
    {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
    {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
};

static inline uint64_t rotr64(uint64_t x, int n) {
    return (x >> n) | (x << (64 - n));
}

static inline uint64_t load64(const uint8_t *p) {
    uint64_t v;
    memcpy(&v, p, 8); /* little-endian machines only: the build targets x86-64 and aarch64 Linux */
    return v;
}

static inline void store32(uint8_t *p, uint32_t v) {
    memcpy(p, &v, 4);
}

static void blake2b_compress(blake2b_state *s, const uint8_t *block, int last) {
    uint64_t m[16], v[16];
    for (int i = 0; i < 16; i++) {
        m[i] = load64(block + 8 * i);
    }
    for (int i = 0; i < 8; i++) {
        v[i] = s->h[i];
        v[i + 8] = BLAKE2B_IV[i];
    }
    v[12] ^= s->t;
    if (last) {
        v[14] = ~v[14];
    }
#define B2_G(r, i, a, b, c, d)                          \
    do {                                                \
        a = a + b + m[SIGMA[r % 10][2 * i]];                 \
        d = rotr64(d ^ a, 32);                          \
        c = c + d;                                      \
        b = rotr64(b ^ c, 24);                          \
        a = a + b + m[SIGMA[r % 10][2 * i + 1]];             \
        d = rotr64(d ^ a, 16);                          \
        c = c + d;                                      \
        b = rotr64(b ^ c, 63);                          \
    } while (0)
    for (int r = 0; r < 12; r++) {
        B2_G(r, 0, v[0], v[4], v[8], v[12]);
        B2_G(r, 1, v[1], v[5], v[9], v[13]);
        B2_G(r, 2, v[2], v[6], v[10], v[14]);
        B2_G(r, 3, v[3], v[7], v[11], v[15]);
        B2_G(r, 4, v[0], v[5], v[10], v[15]);
        B2_G(r, 5, v[1], v[6], v[11], v[12]);
        B2_G(r, 6, v[2], v[7], v[8], v[13]);
        B2_G(r, 7, v[3], v[4], v[9], v[14]);
    }
#undef B2_G
    for (int i = 0; i < 8; i++) {
        s->h[i] ^= v[i] ^ v[i + 8];
    }
}

static void blake2b_init(blake2b_state *s, size_t out_length) {
    memset(s, 0, sizeof(*s));
    for (int i = 0; i < 8; i++) {
        s->h[i] = BLAKE2B_IV[i];
    }
    s->h[0] ^= 0x01010000ULL ^ (uint64_t) out_length;
    s->out_length = out_length;
}

static void blake2b_update(blake2b_state *s, const void *input, size_t length) {
    const uint8_t *in = input;
    while (length > 0) {
        if (s->filled == 128) {
            /* A full buffer is compressed only once more input follows: the last block is special. */
            s->t += 128;
            blake2b_compress(s, s->buffer, 0);
            s->filled = 0;
        }
        size_t take = 128 - s->filled;
        if (take > length) {
            take = length;
        }
        memcpy(s->buffer + s->filled, in, take);
        s->filled += take;
        in += take;
        length -= take;
    }
}

static void blake2b_final(blake2b_state *s, uint8_t *out) {
    s->t += s->filled;
    memset(s->buffer + s->filled, 0, 128 - s->filled);
    blake2b_compress(s, s->buffer, 1);
    uint8_t full[64];
    memcpy(full, s->h, 64);
    memcpy(out, full, s->out_length);
}

static void blake2b_update_le32(blake2b_state *s, uint32_t value) {
    uint8_t bytes[4];
    store32(bytes, value);
    blake2b_update(s, bytes, 4);
}

/* H' (RFC 9106 3.3): a variable-length hash built from BLAKE2b-512 in a chain. */
static void blake2b_long(uint8_t *out, uint32_t out_length, const uint8_t *in, size_t in_length) {
    blake2b_state s;
    if (out_length <= 64) {
        blake2b_init(&s, out_length);
        blake2b_update_le32(&s, out_length);
        blake2b_update(&s, in, in_length);
        blake2b_final(&s, out);
        return;
    }
    uint8_t v[64];
    blake2b_init(&s, 64);
    blake2b_update_le32(&s, out_length);
    blake2b_update(&s, in, in_length);
    blake2b_final(&s, v);
    memcpy(out, v, 32);
    out += 32;
    uint32_t remaining = out_length - 32;
    while (remaining > 64) {
        blake2b_init(&s, 64);
        blake2b_update(&s, v, 64);
        blake2b_final(&s, v);
        memcpy(out, v, 32);
        out += 32;
        remaining -= 32;
    }
    blake2b_init(&s, remaining);
    blake2b_update(&s, v, 64);
    blake2b_final(&s, out);
}

/* ---------------------------------------------------------------- the compression function G */

typedef struct {
    uint64_t v[BLOCK_WORDS];
} block;

/* next = G(previous, reference), XORed into next's old content after the first pass (version 0x13). */
typedef void (*fill_function)(const block *previous, const block *reference, block *next, int with_xor);

static inline uint64_t blamka(uint64_t x, uint64_t y) {
    return x + y + 2 * (uint64_t) (uint32_t) x * (uint32_t) y;
}

#define GB(a, b, c, d)                 \
    do {                               \
        a = blamka(a, b);              \
        d = rotr64(d ^ a, 32);         \
        c = blamka(c, d);              \
        b = rotr64(b ^ c, 24);         \
        a = blamka(a, b);              \
        d = rotr64(d ^ a, 16);         \
        c = blamka(c, d);              \
        b = rotr64(b ^ c, 63);         \
    } while (0)

#define ROUND(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15) \
    do {                                                                            \
        GB(v0, v4, v8, v12);                                                        \
        GB(v1, v5, v9, v13);                                                        \
        GB(v2, v6, v10, v14);                                                       \
        GB(v3, v7, v11, v15);                                                       \
        GB(v0, v5, v10, v15);                                                       \
        GB(v1, v6, v11, v12);                                                       \
        GB(v2, v7, v8, v13);                                                        \
        GB(v3, v4, v9, v14);                                                        \
    } while (0)

static void fill_block_portable(const block *previous, const block *reference, block *next, int with_xor) {
    block r, z;
    for (int i = 0; i < BLOCK_WORDS; i++) {
        r.v[i] = previous->v[i] ^ reference->v[i];
    }
    z = r;
    for (int i = 0; i < 8; i++) {
        uint64_t *w = z.v + 16 * i;
        ROUND(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8], w[9], w[10], w[11], w[12], w[13], w[14], w[15]);
    }
    for (int i = 0; i < 8; i++) {
        uint64_t *w = z.v + 2 * i;
        ROUND(w[0], w[1], w[16], w[17], w[32], w[33], w[48], w[49], w[64], w[65], w[80], w[81], w[96], w[97],
              w[112], w[113]);
    }
    if (with_xor) {
        for (int i = 0; i < BLOCK_WORDS; i++) {
            next->v[i] ^= z.v[i] ^ r.v[i];
        }
    } else {
        for (int i = 0; i < BLOCK_WORDS; i++) {
            next->v[i] = z.v[i] ^ r.v[i];
        }
    }
}

#ifdef GJJ_HAVE_AVX2_PATH
/*
 * The same permutation with four 64-bit words to a register. A row of the block (16 words) is four registers
 * A B C D; G runs on the four columns at once, then on the diagonals after rotating B, C and D by one, two and
 * three words, and they are rotated back. A column of 16-byte pairs (RFC 9106's second half of P) is gathered
 * into the same shape from two rows' halves.
 */
#define AVX2 __attribute__((target("avx2")))

AVX2 static inline __m256i blamka4(__m256i x, __m256i y) {
    __m256i product = _mm256_mul_epu32(x, y);
    return _mm256_add_epi64(_mm256_add_epi64(x, y), _mm256_add_epi64(product, product));
}

AVX2 static inline __m256i rotr32_4(__m256i x) {
    return _mm256_shuffle_epi32(x, _MM_SHUFFLE(2, 3, 0, 1));
}

AVX2 static inline __m256i rotr24_4(__m256i x) {
    const __m256i mask = _mm256_setr_epi8(3, 4, 5, 6, 7, 0, 1, 2, 11, 12, 13, 14, 15, 8, 9, 10,
                                          3, 4, 5, 6, 7, 0, 1, 2, 11, 12, 13, 14, 15, 8, 9, 10);
    return _mm256_shuffle_epi8(x, mask);
}

AVX2 static inline __m256i rotr16_4(__m256i x) {
    const __m256i mask = _mm256_setr_epi8(2, 3, 4, 5, 6, 7, 0, 1, 10, 11, 12, 13, 14, 15, 8, 9,
                                          2, 3, 4, 5, 6, 7, 0, 1, 10, 11, 12, 13, 14, 15, 8, 9);
    return _mm256_shuffle_epi8(x, mask);
}

AVX2 static inline __m256i rotr63_4(__m256i x) {
    return _mm256_xor_si256(_mm256_srli_epi64(x, 63), _mm256_add_epi64(x, x));
}

#define GB4(a, b, c, d)                              \
    do {                                             \
        a = blamka4(a, b);                           \
        d = rotr32_4(_mm256_xor_si256(d, a));        \
        c = blamka4(c, d);                           \
        b = rotr24_4(_mm256_xor_si256(b, c));        \
        a = blamka4(a, b);                           \
        d = rotr16_4(_mm256_xor_si256(d, a));        \
        c = blamka4(c, d);                           \
        b = rotr63_4(_mm256_xor_si256(b, c));        \
    } while (0)

#define ROUND4(a, b, c, d)                                       \
    do {                                                         \
        GB4(a, b, c, d);                                         \
        b = _mm256_permute4x64_epi64(b, _MM_SHUFFLE(0, 3, 2, 1)); \
        c = _mm256_permute4x64_epi64(c, _MM_SHUFFLE(1, 0, 3, 2)); \
        d = _mm256_permute4x64_epi64(d, _MM_SHUFFLE(2, 1, 0, 3)); \
        GB4(a, b, c, d);                                         \
        b = _mm256_permute4x64_epi64(b, _MM_SHUFFLE(2, 1, 0, 3)); \
        c = _mm256_permute4x64_epi64(c, _MM_SHUFFLE(1, 0, 3, 2)); \
        d = _mm256_permute4x64_epi64(d, _MM_SHUFFLE(0, 3, 2, 1)); \
    } while (0)

AVX2 static inline __m256i load_pair_rows(const uint64_t *w, int upper_offset) {
    return _mm256_inserti128_si256(_mm256_castsi128_si256(_mm_loadu_si128((const __m128i *) w)),
                                   _mm_loadu_si128((const __m128i *) (w + upper_offset)), 1);
}

AVX2 static inline void store_pair_rows(uint64_t *w, int upper_offset, __m256i x) {
    _mm_storeu_si128((__m128i *) w, _mm256_castsi256_si128(x));
    _mm_storeu_si128((__m128i *) (w + upper_offset), _mm256_extracti128_si256(x, 1));
}

AVX2 static void fill_block_avx2(const block *previous, const block *reference, block *next, int with_xor) {
    __m256i r[32], z[32];
    for (int i = 0; i < 32; i++) {
        r[i] = _mm256_xor_si256(_mm256_loadu_si256((const __m256i *) previous->v + i),
                                _mm256_loadu_si256((const __m256i *) reference->v + i));
        z[i] = r[i];
    }
    for (int i = 0; i < 8; i++) {
        ROUND4(z[4 * i], z[4 * i + 1], z[4 * i + 2], z[4 * i + 3]);
    }
    uint64_t *words = (uint64_t *) z;
    for (int i = 0; i < 8; i++) {
        uint64_t *w = words + 2 * i;
        __m256i a = load_pair_rows(w, 16), b = load_pair_rows(w + 32, 16);
        __m256i c = load_pair_rows(w + 64, 16), d = load_pair_rows(w + 96, 16);
        ROUND4(a, b, c, d);
        store_pair_rows(w, 16, a);
        store_pair_rows(w + 32, 16, b);
        store_pair_rows(w + 64, 16, c);
        store_pair_rows(w + 96, 16, d);
    }
    __m256i *out = (__m256i *) next->v;
    for (int i = 0; i < 32; i++) {
        __m256i result = _mm256_xor_si256(z[i], r[i]);
        if (with_xor) {
            result = _mm256_xor_si256(result, _mm256_loadu_si256(out + i));
        }
        _mm256_storeu_si256(out + i, result);
    }
}
#endif

static fill_function chosen_fill(void) {
#ifdef GJJ_HAVE_AVX2_PATH
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx2")) {
        return fill_block_avx2;
    }
#endif
    return fill_block_portable;
}

/* Which compression the processor gets: 1 for AVX2, 0 for portable C (for the start-up log line). */
int gjj_argon2id_vectorized(void) {
    return chosen_fill() != fill_block_portable;
}

/* ---------------------------------------------------------------- memory filling (RFC 9106 3.4) */

typedef struct {
    block *memory;
    uint32_t passes;
    uint32_t lanes;
    uint32_t lane_length;
    uint32_t segment_length;
    uint32_t memory_blocks;
    fill_function fill;
} instance;

/* The next 128 reference positions for data-independent addressing (the first half of the first pass). */
static void next_addresses(const instance *in, block *address, block *input, const block *zero) {
    input->v[6]++;
    in->fill(zero, input, address, 0);
    in->fill(zero, address, address, 0);
}

static uint32_t reference_index(const instance *in, uint32_t pass, uint32_t slice, uint32_t index,
                                uint32_t pseudo_random, int same_lane) {
    uint32_t area;
    if (pass == 0) {
        if (slice == 0) {
            area = index - 1;
        } else if (same_lane) {
            area = slice * in->segment_length + index - 1;
        } else {
            area = slice * in->segment_length - (index == 0 ? 1 : 0);
        }
    } else if (same_lane) {
        area = in->lane_length - in->segment_length + index - 1;
    } else {
        area = in->lane_length - in->segment_length - (index == 0 ? 1 : 0);
    }
    uint64_t relative = pseudo_random;
    relative = (relative * relative) >> 32;
    relative = area - 1 - ((area * relative) >> 32);
    uint32_t start = 0;
    if (pass != 0 && slice != SYNC_POINTS - 1) {
        start = (slice + 1) * in->segment_length;
    }
    return (uint32_t) ((start + relative) % in->lane_length);
}

static void fill_segment(const instance *in, uint32_t pass, uint32_t lane, uint32_t slice) {
    int data_independent = pass == 0 && slice < SYNC_POINTS / 2;
    block address, input, zero;
    if (data_independent) {
        memset(&zero, 0, sizeof zero);
        memset(&input, 0, sizeof input);
        input.v[0] = pass;
        input.v[1] = lane;
        input.v[2] = slice;
        input.v[3] = in->memory_blocks;
        input.v[4] = in->passes;
        input.v[5] = TYPE_ID;
    }
    uint32_t start = 0;
    if (pass == 0 && slice == 0) {
        start = 2; /* the first two blocks of a lane come from H0 */
        if (data_independent) {
            next_addresses(in, &address, &input, &zero);
        }
    }
    uint32_t current = lane * in->lane_length + slice * in->segment_length + start;
    uint32_t previous = current % in->lane_length == 0 ? current + in->lane_length - 1 : current - 1;
    for (uint32_t i = start; i < in->segment_length; i++, current++, previous++) {
        if (current % in->lane_length == 1) {
            previous = current - 1;
        }
        uint64_t pseudo_random;
        if (data_independent) {
            if (i % BLOCK_WORDS == 0) {
                next_addresses(in, &address, &input, &zero);
            }
            pseudo_random = address.v[i % BLOCK_WORDS];
        } else {
            pseudo_random = in->memory[previous].v[0];
        }
        uint32_t reference_lane = (uint32_t) ((pseudo_random >> 32) % in->lanes);
        if (pass == 0 && slice == 0) {
            reference_lane = lane;
        }
        uint32_t reference = reference_index(in, pass, slice, i, (uint32_t) pseudo_random, reference_lane == lane);
        in->fill(in->memory + previous, in->memory + (uint64_t) in->lane_length * reference_lane + reference,
                 in->memory + current, pass != 0);
    }
}

/*
 * The raw Argon2id tag of a password: 0 when done, -1 for parameters outside RFC 9106's ranges, -2 when the
 * memory cannot be had. The lanes are filled one after another (each slice's segments are independent).
 */
int gjj_argon2id_raw(const uint8_t *password, uint32_t password_length, const uint8_t *salt, uint32_t salt_length,
                     const uint8_t *secret, uint32_t secret_length, const uint8_t *associated,
                     uint32_t associated_length, uint32_t passes, uint32_t memory_kib, uint32_t lanes,
                     uint8_t *tag, uint32_t tag_length) {
    if (passes < 1 || lanes < 1 || lanes > 0xFFFFFF || memory_kib < 8 * lanes || tag_length < 4 || salt_length < 8) {
        return -1;
    }
    instance in;
    in.passes = passes;
    in.lanes = lanes;
    in.segment_length = memory_kib / (lanes * SYNC_POINTS);
    in.lane_length = in.segment_length * SYNC_POINTS;
    in.memory_blocks = in.lane_length * lanes;
    in.fill = chosen_fill();
    size_t bytes = (size_t) in.memory_blocks * BLOCK_BYTES;
    if (posix_memalign((void **) &in.memory, 64, bytes) != 0) {
        return -2;
    }

    uint8_t h0[72];
    blake2b_state s;
    blake2b_init(&s, 64);
    blake2b_update_le32(&s, lanes);
    blake2b_update_le32(&s, tag_length);
    blake2b_update_le32(&s, memory_kib);
    blake2b_update_le32(&s, passes);
    blake2b_update_le32(&s, VERSION);
    blake2b_update_le32(&s, TYPE_ID);
    blake2b_update_le32(&s, password_length);
    blake2b_update(&s, password, password_length);
    blake2b_update_le32(&s, salt_length);
    blake2b_update(&s, salt, salt_length);
    blake2b_update_le32(&s, secret_length);
    blake2b_update(&s, secret, secret_length);
    blake2b_update_le32(&s, associated_length);
    blake2b_update(&s, associated, associated_length);
    blake2b_final(&s, h0);

    for (uint32_t lane = 0; lane < lanes; lane++) {
        store32(h0 + 68, lane);
        store32(h0 + 64, 0);
        blake2b_long((uint8_t *) in.memory[(uint64_t) lane * in.lane_length].v, BLOCK_BYTES, h0, 72);
        store32(h0 + 64, 1);
        blake2b_long((uint8_t *) in.memory[(uint64_t) lane * in.lane_length + 1].v, BLOCK_BYTES, h0, 72);
    }
    for (uint32_t pass = 0; pass < passes; pass++) {
        for (uint32_t slice = 0; slice < SYNC_POINTS; slice++) {
            for (uint32_t lane = 0; lane < lanes; lane++) {
                fill_segment(&in, pass, lane, slice);
            }
        }
    }

    block final_block = in.memory[in.lane_length - 1];
    for (uint32_t lane = 1; lane < lanes; lane++) {
        const block *last = in.memory + (uint64_t) lane * in.lane_length + in.lane_length - 1;
        for (int i = 0; i < BLOCK_WORDS; i++) {
            final_block.v[i] ^= last->v[i];
        }
    }
    blake2b_long(tag, tag_length, (const uint8_t *) final_block.v, BLOCK_BYTES);

    /* Nothing derived from the password stays behind in freed memory. */
    volatile uint8_t *wipe = (volatile uint8_t *) in.memory;
    memset((void *) wipe, 0, bytes);
    __asm__ __volatile__("" : : "r"(wipe) : "memory");
    free(in.memory);
    memset(h0, 0, sizeof h0);
    memset(&final_block, 0, sizeof final_block);
    return 0;
}
