package io.moltr.core.scan;

import io.moltr.core.Severity;
import java.util.List;

/**
 * One leaked secret. Offsets are in the original text; for a secret found inside an encoded
 * segment they span the whole segment, and {@code decoding} names the chain that revealed it
 * (outermost first, empty when the secret was in plain sight). {@code preview} never holds the
 * secret: at most its first four characters, an ellipsis and its length.
 */
public record Finding(
    String ruleId,
    String name,
    String type,
    Severity severity,
    int start,
    int end,
    List<String> decoding,
    double confidence,
    String preview) {
  public Finding {
    decoding = List.copyOf(decoding);
  }
}
