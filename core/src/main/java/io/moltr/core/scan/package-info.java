/**
 * The output scanner. Public surface: {@link io.moltr.core.scan.OutputScanner},
 * {@link io.moltr.core.scan.ScanReport}, {@link io.moltr.core.scan.Finding}.
 *
 * <p>Pipeline, per layer of text (the folded input, then each decoded segment):
 *
 * <ol>
 *   <li>Fold: drop zero-width, bidi and tag characters, NFKC, Cyrillic/Greek look-alikes
 *       ({@code TextNormalizer}), keeping a map back to original offsets.
 *   <li>Survey: the keyword automaton (rule keywords and prefixes, their rot13 and reversed
 *       forms, registered secrets in every encoding), then bit masks per 64 characters that mark
 *       where runs of token characters, digits, seed-like words and spaced hex can be, read
 *       exactly only there; escape sequences by indexOf ({@code Survey}).
 *   <li>Prechecks at each hit ({@code Prechecks}), then the rule's RE2/J regex inside small
 *       windows only, then placeholder, entropy, allowlist and checksum ({@code Validation}).
 *   <li>Children: candidate spans decoded ({@code Decoders}: base64 in all variants, base32, hex,
 *       percent, backslash escapes, HTML entities, gzip/deflate), rot13 and reversed windows, and
 *       prefixed tokens rejoined across line breaks; scanned the same way, breadth-first, to
 *       {@code max_decode_depth}, within a budget of decoded characters and of regex work. An
 *       exhausted regex budget is reported as a {@code scan-budget} finding (fail closed).
 *   <li>Overlaps resolved (registered, then specific, then generic rules; longer span first),
 *       redaction built.
 * </ol>
 */
package io.moltr.core.scan;
