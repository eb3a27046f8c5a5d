package io.moltr.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code vault kv get} prints a secret's fields as a two-column table: the field's name, spaces
 * that align the column, the value. A row whose name names a secret is a leak; a row of three
 * columns, a masked value, or a name that says it holds a hash, an id or a date is not.
 */
class AlignedSecretRowTest {
  private static final String TOKEN = "v7Qm2LxR9pTz4KbW8nYc3HdJ";
  private static final String PASSWORD = "Gq4%tZr9-Lm2xVb7";

  private static final String VAULT = "====== Secret Path ======\nsecret/data/payments/prod\n\n"
      + "======= Metadata =======\nKey                Value\n---                -----\n"
      + "created_time       2026-11-12T10:14:04.312345Z\ncustom_metadata    <nil>\n"
      + "deletion_time      n/a\ndestroyed          false\nversion            7\n\n"
      + "====== Data ======\nKey                     Value\n---                     -----\n"
      + "cloudflare_api_token    " + TOKEN + "\n"
      + "db_password             " + PASSWORD + "\n"
      + "db_user                 payments_app\n";

  @Test
  void everySecretRowOfAVaultTableIsReported() {
    ScanReport report = Fixtures.scanner().scan(VAULT);
    List<String> secrets = report.findings().stream()
        .map(f -> VAULT.substring(f.start(), f.end())).toList();
    assertTrue(secrets.contains(TOKEN), secrets.toString());
    assertTrue(secrets.contains(PASSWORD), secrets.toString());
    assertEquals(2, secrets.size(), secrets.toString());
  }

  @Test
  void aTabAlsoAlignsTheColumn() {
    assertTrue(!Fixtures.scanner().scan("  api_token\t\t" + TOKEN + "\n").clean());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // a third column: aws configure list, fly secrets list, gh secret list
    "access_key     ****************ABCD shared-credentials-file\n",
    "secret_key     ****************7Qm2 shared-credentials-file\n",
    "STRIPE_SECRET_KEY    9f2c4e1a7b3d6f80    2m ago\n",
    "API_TOKEN    Updated 2026-11-03\n",
    // names that say the value is no key
    "password_hash        $2b$12$KbW8nYc3HdJv7Qm2LxR9pu9qW1eRtYuIoPaSdFgHjKlZxCvBnM1e2\n",
    "token_accessor       hX4mR9vQ2LpT7zKbW8nYc3Hd\n",
    "token_ttl            768h0m0s\n",
    "token_policies       [default payments-read]\n",
    "secret_path          secret/data/payments/prod\n",
    "tokenizer.json       3f9a1c0e7b2d4f6a8c1e3b5d7f9a0c2e4b6d8f1a3c5e7b9d0f2a4c6e8b1d3f5a\n",
    // a masked value, a URL, a name in prose
    "db_password          ********\n",
    "token_endpoint       https://oauth2.example.com/token\n",
    "The secret token is kept in the vault; ask the on-call engineer for it.\n",
    "secret_name          payments-db-credentials-v2\n"
  })
  void otherRowsAreNoLeak(String text) {
    ScanReport report = Fixtures.scanner().scan(text);
    assertTrue(report.clean(), text + " -> " + report.findings());
  }
}
