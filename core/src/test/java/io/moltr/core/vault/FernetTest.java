package io.moltr.core.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Fernet specification's test vectors, and tokens made by Python's cryptography library. */
class FernetTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode resource(String name) throws IOException {
    try (InputStream in = FernetTest.class.getResourceAsStream("/fernet/" + name)) {
      return JSON.readTree(in);
    }
  }

  static Stream<JsonNode> cases(String name) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    resource(name).forEach(out::add);
    return out.stream();
  }

  static Stream<JsonNode> generate() throws IOException {
    return cases("generate.json");
  }

  static Stream<JsonNode> verify() throws IOException {
    return cases("verify.json");
  }

  static Stream<JsonNode> invalid() throws IOException {
    return cases("invalid.json");
  }

  static Stream<JsonNode> python() throws IOException {
    List<JsonNode> out = new ArrayList<>();
    resource("python-tokens.json").get("tokens").forEach(out::add);
    return out.stream();
  }

  static Instant time(JsonNode c) {
    return OffsetDateTime.parse(c.get("now").asText()).toInstant();
  }

  @ParameterizedTest
  @MethodSource("generate")
  void generatesTheSpecToken(JsonNode c) {
    byte[] iv = new byte[16];
    for (int i = 0; i < 16; i++) {
      iv[i] = (byte) c.get("iv").get(i).asInt();
    }
    String token = Fernet.fromKey(c.get("secret").asText())
        .encrypt(c.get("src").asText().getBytes(StandardCharsets.UTF_8), time(c).getEpochSecond(), iv);
    assertThat(token).isEqualTo(c.get("token").asText());
  }

  @ParameterizedTest
  @MethodSource("verify")
  void verifiesTheSpecToken(JsonNode c) {
    byte[] plain = Fernet.fromKey(c.get("secret").asText())
        .decrypt(c.get("token").asText(), Duration.ofSeconds(c.get("ttl_sec").asLong()), time(c));
    assertThat(new String(plain, StandardCharsets.UTF_8)).isEqualTo(c.get("src").asText());
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("invalid")
  void rejectsTheSpecsInvalidTokens(JsonNode c) {
    Fernet f = Fernet.fromKey(c.get("secret").asText());
    assertThatThrownBy(() -> f.decrypt(c.get("token").asText(), Duration.ofSeconds(c.get("ttl_sec").asLong()), time(c)))
        .as(c.get("desc").asText())
        .isInstanceOf(FernetException.class);
  }

  @ParameterizedTest
  @MethodSource("python")
  void decryptsTokensMadeByPythonCryptography(JsonNode c) {
    byte[] plain = Fernet.fromKey(c.get("secret").asText()).decrypt(c.get("token").asText());
    assertThat(new String(plain, StandardCharsets.UTF_8)).isEqualTo(c.get("src").asText());
  }

  @Test
  void pythonCryptographyDecryptsOurTokens() throws Exception {
    Assumptions.assumeTrue(pythonHasCryptography(), "python3 with the cryptography package is not installed");
    String key = Fernet.generateKey();
    String value = "sk-test-ünïcode-" + "x".repeat(40);
    String token = Fernet.fromKey(key).encrypt(value.getBytes(StandardCharsets.UTF_8));
    Process p = new ProcessBuilder("python3", "-c",
            "import sys; from cryptography.fernet import Fernet; "
                + "sys.stdout.buffer.write(Fernet(sys.argv[1].encode()).decrypt(sys.argv[2].encode()))",
            key, token)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    assertThat(new String(out, StandardCharsets.UTF_8)).isEqualTo(value);
  }

  @Test
  void roundTripsAndDetectsTampering() {
    Fernet f = Fernet.fromKey(Fernet.generateKey());
    String token = f.encrypt("hunter2".getBytes(StandardCharsets.UTF_8));
    assertThat(new String(f.decrypt(token), StandardCharsets.UTF_8)).isEqualTo("hunter2");
    char[] chars = token.toCharArray();
    chars[30] = chars[30] == 'A' ? 'B' : 'A';
    assertThatThrownBy(() -> f.decrypt(new String(chars))).isInstanceOf(FernetException.class);
    assertThatThrownBy(() -> Fernet.fromKey(Fernet.generateKey()).decrypt(token))
        .isInstanceOf(FernetException.class).hasMessageContaining("signature");
  }

  @Test
  void rejectsBadKeysWithoutEchoingThem() {
    assertThatThrownBy(() -> Fernet.fromKey("c2hvcnQ=")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes").hasMessageNotContaining("c2hvcnQ");
    assertThatThrownBy(() -> Fernet.fromKey("not base64 !!")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("not base64");
    assertThat(Fernet.fromKey(Fernet.generateKey()).toString()).isEqualTo("Fernet[key hidden]");
  }

  static boolean pythonHasCryptography() {
    try {
      Process p = new ProcessBuilder("python3", "-c", "import cryptography.fernet")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
