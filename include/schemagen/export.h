/*
 * What libschemagen-migrate exports.  The library is built with
 * -fvisibility=hidden: a function is part of its ABI only when its
 * declaration here under include/schemagen/ carries SG_API
 * (tests/library_symbols.py compares the two).  SG_BEGIN_DECLS / SG_END_DECLS
 * give the declarations C linkage in a C++ program.
 */
#ifndef SCHEMAGEN_EXPORT_H
#define SCHEMAGEN_EXPORT_H

#if defined(__GNUC__)
#define SG_API __attribute__((visibility("default")))
#else
#define SG_API
#endif

#ifdef __cplusplus
#define SG_BEGIN_DECLS extern "C" {
#define SG_END_DECLS }
#else
#define SG_BEGIN_DECLS
#define SG_END_DECLS
#endif

#endif
