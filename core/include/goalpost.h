/*
 * goalpost.h - the whole public boundary of the Goalpost core.
 *
 * JSON text goes in, JSON text comes out. Every response is one of
 *   {"ok":true,"result":...}
 *   {"ok":false,"error":{"code":"...","message":"...","path":"..."}}
 * Ownership: every string returned by gp_call (or gp_call_sized) is newly
 * allocated and must be released with gp_free; nothing else the core returns
 * needs freeing.
 */
#ifndef GOALPOST_H
#define GOALPOST_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Runs METHOD (e.g. "smart.evaluate") on REQUEST_JSON, a JSON object.
 * Returns a newly allocated NUL-terminated JSON response; free it with
 * gp_free. Never returns NULL except when memory for the response itself
 * cannot be found. Either argument may be NULL (answered with an error). */
char *gp_call(const char *method, const char *request_json);

/* As gp_call, for a caller that knows the length of REQUEST_JSON in bytes
 * (REQUEST_LENGTH, and a NUL still follows them) and wants the response's:
 * *RESPONSE_LENGTH, when not NULL, gets it (without the NUL). The web page
 * calls this one, which spares the wasm a scan of both texts. */
char *gp_call_sized(const char *method, const char *request_json, size_t request_length, size_t *response_length);

/* Releases a string returned by gp_call or gp_call_sized. Accepts NULL. */
void gp_free(char *response);

/* The core's version, e.g. "0.1.0". Static storage: do not free. */
const char *gp_version(void);

#ifdef __cplusplus
}
#endif

#endif
