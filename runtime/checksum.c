/*
 * sg_checksum: SHA-256 (FIPS 180-4), written out here rather than taken from
 * libcrypto.  OpenSSL 3's EVP interface loads its configuration file and
 * initialises its default provider on first use: about 0.5 ms and 2 MiB of
 * resident memory in every `migrate` run, which needs one hash of a short
 * name for its lock key (docs/migrate.md, "Start-up and memory").  The plain
 * implementation hashes about 300 MB/s on the benchmark machine; where the
 * processor has the x86-64 SHA extensions they are used instead.
 */
#include "checksum.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static uint32_t ror(uint32_t x, int n)
{
	return (x >> n) | (x << (32 - n));
}

/* One 64-byte block into the state h, in plain C. */
static void block_c(uint32_t h[8], const unsigned char *p)
{
	uint32_t w[64];
	for (int i = 0; i < 16; i++)
		w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 | (uint32_t)p[4 * i + 2] << 8 |
		       (uint32_t)p[4 * i + 3];
	for (int i = 16; i < 64; i++) {
		uint32_t s0 = ror(w[i - 15], 7) ^ ror(w[i - 15], 18) ^ (w[i - 15] >> 3);
		uint32_t s1 = ror(w[i - 2], 17) ^ ror(w[i - 2], 19) ^ (w[i - 2] >> 10);
		w[i] = w[i - 16] + s0 + w[i - 7] + s1;
	}
	uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
	for (int i = 0; i < 64; i++) {
		uint32_t t1 = k + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
		uint32_t t2 = (ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
		k = g;
		g = f;
		f = e;
		e = d + t1;
		d = c;
		c = b;
		b = a;
		a = t1 + t2;
	}
	h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e, h[5] += f, h[6] += g, h[7] += k;
}

#if defined(__x86_64__) && defined(__GNUC__)
#include <cpuid.h>
#include <immintrin.h>

/*
 * The same with the SHA extensions of x86-64 (Intel since 2016's Goldmont and
 * 2021's Ice Lake, AMD since Zen): about five times as fast, which is most
 * of what a no-op `up` spends verifying 10,000 applied files.  Four rounds
 * per step; the message schedule as W[t] = sigma1(W[t-2]) + W[t-7] +
 * sigma0(W[t-15]) + W[t-16], four words at a time.
 */
__attribute__((target("sha,sse4.1"))) static void block_shani(uint32_t h[8], const unsigned char *p)
{
	const __m128i bswap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
	__m128i tmp = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&h[0]), 0xB1); /* CDAB */
	__m128i s1 = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&h[4]), 0x1B);	/* EFGH */
	__m128i s0 = _mm_alignr_epi8(tmp, s1, 8);					/* ABEF */
	s1 = _mm_blend_epi16(s1, tmp, 0xF0);						/* CDGH */
	const __m128i abef = s0, cdgh = s1;
	__m128i w[4];
	for (int g = 0; g < 16; g++) {
		__m128i *cur = &w[g % 4];
		if (g < 4) {
			*cur = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 16 * g)), bswap);
		} else {
			__m128i x = _mm_sha256msg1_epu32(w[g % 4], w[(g + 1) % 4]);
			x = _mm_add_epi32(x, _mm_alignr_epi8(w[(g + 3) % 4], w[(g + 2) % 4], 4));
			*cur = _mm_sha256msg2_epu32(x, w[(g + 3) % 4]);
		}
		__m128i msg = _mm_add_epi32(*cur, _mm_loadu_si128((const __m128i *)&K[4 * g]));
		s1 = _mm_sha256rnds2_epu32(s1, s0, msg);
		s0 = _mm_sha256rnds2_epu32(s0, s1, _mm_shuffle_epi32(msg, 0x0E));
	}
	s0 = _mm_add_epi32(s0, abef);
	s1 = _mm_add_epi32(s1, cdgh);
	tmp = _mm_shuffle_epi32(s0, 0x1B);   /* FEBA */
	s1 = _mm_shuffle_epi32(s1, 0xB1);    /* DCHG */
	s0 = _mm_blend_epi16(tmp, s1, 0xF0); /* DCBA */
	s1 = _mm_alignr_epi8(s1, tmp, 8);    /* HGFE */
	_mm_storeu_si128((__m128i *)&h[0], s0);
	_mm_storeu_si128((__m128i *)&h[4], s1);
}

static bool have_shani(void)
{
	unsigned a, b, c, d;
	if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_SSE4_1) || !(c & bit_SSSE3))
		return false;
	return __get_cpuid_count(7, 0, &a, &b, &c, &d) && (b & (1u << 29)); /* SHA */
}
#endif

static bool portable_only;

void sg_checksum__portable(bool on)
{
	portable_only = on;
}

/* One 64-byte block into the state h, the fastest way this processor has. */
static void block(uint32_t h[8], const unsigned char *p)
{
#if defined(__x86_64__) && defined(__GNUC__)
	static int shani = -1; /* unknown yet; a race only computes the same answer twice */
	if (shani < 0)
		shani = have_shani();
	if (shani && !portable_only) {
		block_shani(h, p);
		return;
	}
#endif
	block_c(h, p);
}

void sg_sha256_init(sg_sha256 *c)
{
	static const uint32_t h0[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
				       0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
	memcpy(c->h, h0, sizeof(h0));
	c->len = 0;
	c->nbuf = 0;
}

void sg_sha256_update(sg_sha256 *c, const void *data, size_t len)
{
	const unsigned char *p = data;
	c->len += len;
	if (c->nbuf) {
		size_t take = 64 - c->nbuf < len ? 64 - c->nbuf : len;
		memcpy(c->buf + c->nbuf, p, take);
		c->nbuf += take;
		p += take;
		len -= take;
		if (c->nbuf < 64)
			return;
		block(c->h, c->buf);
		c->nbuf = 0;
	}
	for (; len >= 64; p += 64, len -= 64)
		block(c->h, p);
	memcpy(c->buf, p, len);
	c->nbuf = len;
}

void sg_sha256_final(sg_sha256 *c, unsigned char out[SG_SHA256_LEN])
{
	/* The tail, the 0x80 marker and the length in bits, in one or two blocks. */
	unsigned char tail[128] = {0};
	memcpy(tail, c->buf, c->nbuf);
	tail[c->nbuf] = 0x80;
	size_t n = c->nbuf < 56 ? 64 : 128;
	uint64_t bits = (uint64_t)c->len * 8;
	for (int i = 0; i < 8; i++)
		tail[n - 1 - i] = (unsigned char)(bits >> (8 * i));
	block(c->h, tail);
	if (n == 128)
		block(c->h, tail + 64);
	for (int i = 0; i < SG_SHA256_LEN; i++)
		out[i] = (unsigned char)(c->h[i / 4] >> (24 - 8 * (i % 4)));
}

void sg_checksum_hex(char out[SG_CHECKSUM_HEX_LEN + 1], const unsigned char sum[SG_SHA256_LEN])
{
	static const char hex[] = "0123456789abcdef";
	for (int i = 0; i < SG_SHA256_LEN; i++) {
		out[2 * i] = hex[sum[i] >> 4];
		out[2 * i + 1] = hex[sum[i] & 15];
	}
	out[SG_CHECKSUM_HEX_LEN] = '\0';
}

int sg_checksum_sha256_hex(char out[SG_CHECKSUM_HEX_LEN + 1], const void *data, size_t len, sg_error *err)
{
	(void)err; /* nothing can fail */
	sg_sha256 c;
	unsigned char sum[SG_SHA256_LEN];
	sg_sha256_init(&c);
	sg_sha256_update(&c, data, len);
	sg_sha256_final(&c, sum);
	sg_checksum_hex(out, sum);
	return 0;
}
