package io.moltr.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretMaskTest {
  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', value = {
      "key sk-proj-Qw3rTy7uIo9pAs2dFg4hJk6lZx8cVb1n end | key [REDACTED:token] end | a long mixed token",
      "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.x | Bearer eyJhbGciOiJIUzI1NiJ9.[REDACTED:token].x | a JWT's payload (the short public header stays)",
      "incident 4f9c2a1e-8d3b-4c6a-9e2f-1a2b3c4d5e6f | incident 4f9c2a1e-8d3b-4c6a-9e2f-1a2b3c4d5e6f | a UUID stays",
      "path /var/lib/moltr/config/allowlists/commands.yaml | path /var/lib/moltr/config/allowlists/commands.yaml | a path, split at slashes",
      "count 123456789012345678901234567890 | count 123456789012345678901234567890 | digits only",
      "short abc123 | short abc123 | short",
  })
  void masksLongMixedTokensOnly(String in, String out, String why) {
    assertThat(SecretMask.mask(in)).isEqualTo(out);
  }
}
