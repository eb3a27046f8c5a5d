package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Focused tests for the fixes made after blind31's first run; each failed before its fix. */
class Blind31FixesTest {
  private static ScanReport scan(String text) {
    return Fixtures.scanner().scan(text);
  }

  private static boolean blocked(String text) {
    return !scan(text).clean();
  }

  // Chinese, Japanese and Korean: the secret word, its copula or particle, then the value.
  @Test
  void cjkSecretWordWithCopulaOrParticle() {
    assertThat(blocked("你的新 Twilio 密钥是 `u7NgULhs5Tvp1nCwlyW9Z0mCbd0qfhch`。")).isTrue();
    assertThat(blocked("共享账号的密码是 Wq8#kT2mZr5pLx9v")).isTrue();
    assertThat(blocked("新しい Twilio のシークレットは `u7NgULhs5Tvp1nCwlyW9Z0mCbd0qfhch`. ")).isTrue();
    assertThat(blocked("새 Twilio 시크릿는 `u7NgULhs5Tvp1nCwlyW9Z0mCbd0qfhch`. 서비스를 재시작하세요.")).isTrue();
    assertThat(blocked("공유 계정의 비밀번호는 Wq8#kT2mZr5pLx9v 입니다")).isTrue();
  }

  @Test
  void cjkSecretWordWithoutValueIsClean() {
    assertThat(blocked("密码是至少十二个字符的字符串，包含数字和符号。")).isFalse();
    assertThat(blocked("パスワードは 12 文字以上で、数字と記号を含めてください。")).isFalse();
    assertThat(blocked("비밀번호는 12자 이상이어야 합니다.")).isFalse();
    assertThat(blocked("トークンは `max_tokens=4096` で制限されます。")).isFalse();
  }

  // German "Geheimnis"/"Schlüssel" and Dutch "geheim" as the label of a value.
  @Test
  void germanAndDutchSecretWords() {
    assertThat(blocked("@ops AWS Geheimnis: 8GtKqWv9+tDjD9wZ4ntyiFbTsMIGBuFQFjqXSO+J")).isTrue();
    assertThat(blocked("Vercel API-Schlüssel: `kT9xQ2vLm8RzW4pN7bY3cD5f`")).isTrue();
    assertThat(blocked("Je nieuwe Twilio-geheim is `kadkY3xaHYRPvsz9zqdt3ZbsiDGcUbxD`. Herstart de dienst.")).isTrue();
    assertThat(blocked("Das Geheimnis ist, die Logs vorher zu rotieren.")).isFalse();
    assertThat(blocked("Primärschlüssel: `order_id`, Fremdschlüssel: `customer_id`.")).isFalse();
  }

  // "**Key** (Datadog): `hex`": the key's word first, the provider in parentheses.
  @Test
  void datadogKeyWordBeforeProviderInParentheses() {
    assertThat(blocked("- **Key** (Datadog): `8067fed18652e1edffd3a4d5902f314d`")).isTrue();
    assertThat(blocked("- **Chave** (Datadog): `fb85a9af753bf1c28dbc452ac88a5d4d`")).isTrue();
    assertThat(blocked("- **API key** (Datadog): `<your-api-key>`")).isFalse();
  }

  // A table row named by a secret in its first cell, the value in a later column.
  @Test
  void tableRowNamedBySecret() {
    assertThat(blocked("| Setting | staging | production |\n|---|---|---|\n| `API_TOKEN` | `${API_TOKEN}` | `LNOj7oWhJUcanD9i6xGq` |\n| `REPLICAS` | 1 | 3 |"))
        .isTrue();
    assertThat(blocked("| Setting | staging | production |\n|---|---|---|\n| `REPLICAS` | 1 | 3 |\n| `DB_PASSWORD` | `${DB_PASSWORD}` | `wMxdGQ^A5fX*iu_Mz7az` |\n\nDone."))
        .isTrue();
    assertThat(blocked("| Setting | staging | production |\n|---|---|---|\n| `GITHUB_TOKEN` | `ghp_…6NaY` | `${GITHUB_TOKEN}` |\n| `DB_PASSWORD` | `********` | see vault |"))
        .isFalse();
    assertThat(blocked("| Setting | staging | production |\n|---|---|---|\n| `DB_PASSWORD_HASH` | `9f86d081884c7d659a2feaa0c55ad015` | `e3b0c44298fc1c149afbf4c8996fb924` |"))
        .isFalse();
  }

  @Test
  void tableRowNamedBySecretHoldingAReferenceIsClean() {
    assertThat(blocked("| Setting | Value | Notes |\n|---|---|---|\n| `PORT` | `8080` | container port |\n"
        + "| `SLACK_BOT_TOKEN` | `@Microsoft.KeyVault(SecretUri=https://kv-prod.vault.azure.net/secrets/slackBotToken/)` | used by the client |\n"
        + "| `CACHE_TTL_SECONDS` | `300` | |")).isFalse();
    assertThat(blocked("| Setting | Value | Notes |\n|---|---|---|\n| `PORT` | `8080` | container port |\n"
        + "| `GOOGLE_API_KEY` | `arn:aws:secretsmanager:eu-west-1:770864755314:secret:prod/google_api_key-pQ0QBE` | used by the client |\n"
        + "| `CACHE_TTL_SECONDS` | `300` | |")).isFalse();
  }

  // \xHH escapes are bytes: UTF-8 text written one escape per byte decodes to its characters.
  @Test
  void hexByteEscapesDecodeAsUtf8() {
    String label = "居民身份证: 440305196309079069";
    StringBuilder sb = new StringBuilder();
    for (byte b : label.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      sb.append(String.format("\\x%02x", b & 0xff));
    }
    assertThat(Decoders.backslash(sb.toString()).text()).isEqualTo(label);
    assertThat(blocked("这里用 \\x 转义给你：\n" + sb + "\n")).isTrue();
    // Bytes that are no UTF-8 stay one character each, as before.
    assertThat(Decoders.backslash("\\xff\\x41").text()).isEqualTo("\u00ffA");
  }

  // A value handed over that is base64 of a sentence is an encoded message, not a key.
  @Test
  void handoverOfBase64Prose() {
    assertThat(blocked("Aqui está: `QSBtaWdyYcOnw6NvIHRlcm1pbm91IGR1cmFudGUgYSBub2l0ZTsgb3MgMTQgc2VydmnDp29zIGVzdMOjbyB2ZXJkZXMgZSBhIGxhdMOqbmNpYSBlc3TDoSBub3JtYWwu`"))
        .isFalse();
    assertThat(blocked("Here it is: `Xq7vR2mK9pL4sT8wZ3nBh4JdQ2`")).isTrue();
    assertThat(Validation.base64Prose("VGhlIG1pZ3JhdGlvbiBmaW5pc2hlZCBvdmVybmlnaHQu")).isTrue();
    assertThat(Validation.base64Prose("Xq7vR2mK9pL4sT8wZ3nBh4JdQ2")).isFalse();
  }

  // The T.C. Kimlik label may head a CSV column, as the BSN's and the PESEL's may.
  @Test
  void tcKimlikUnderItsColumn() {
    assertThat(blocked("```csv\nname,owner,tckn,created\nbilling,tom,83361840812,2026-11-02\n```")).isTrue();
    assertThat(blocked("```csv\nname,owner,tckn,created\nbilling,tom,83361840813,2026-11-02\n```")).isFalse();
  }

  // A reversed "BSN: ..." line: the label's four-character form is searched reversed.
  @Test
  void reversedBsnLine() {
    assertThat(blocked("Eccola al contrario:\n\n```\n068725428 :NSB\n```")).isTrue();
  }
}
