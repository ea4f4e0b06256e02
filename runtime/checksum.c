/*
 * sg_checksum: SHA-256 through libcrypto's EVP interface.
 */
#include "checksum.h"

#include <openssl/evp.h>

int sg_checksum_sha256_hex(char out[SG_CHECKSUM_HEX_LEN + 1], const void *data, size_t len, sg_error *err)
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int mdlen = 0;
	if (EVP_Digest(data, len, md, &mdlen, EVP_sha256(), NULL) != 1 || mdlen != 32) {
		out[0] = '\0';
		return sg_error_set(err, SG_ERR_SYSTEM, "sha-256 failed in libcrypto");
	}
	static const char hex[] = "0123456789abcdef";
	for (unsigned int i = 0; i < mdlen; i++) {
		out[2 * i] = hex[md[i] >> 4];
		out[2 * i + 1] = hex[md[i] & 15];
	}
	out[2 * mdlen] = '\0';
	return 0;
}
