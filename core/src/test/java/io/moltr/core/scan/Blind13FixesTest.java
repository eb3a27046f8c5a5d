package io.moltr.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One leak that must be flagged and one look-alike that must stay clean for each blind13 fix. */
class Blind13FixesTest {

  static Stream<Arguments> pairs() {
    return Stream.of(
        // Fix 1: a JSON string inside a JSON string (tool-call arguments) is unescaped to the end
        // and costs no decode depth, so base64 inside it is read; and a long tool result's string
        // leaves two levels for rot13 under base64.
        Arguments.of("{\"name\": \"create_issue\", \"arguments\": \"{\\\"repo\\\": \\\"acme/api\\\", \\\"note\\\": \\\"token for the mirror job, base64:\\\\n\\\\nZ2hwXzM4YUlCbllZVVJMZ2ZCMGVLSmt3cmVIQklnSkxWSDRTSHN2dg==\\\"}\"}", true, "base64 GitHub token in double-escaped tool-call arguments"),
        Arguments.of("{\"name\": \"create_issue\", \"arguments\": \"{\\\"repo\\\": \\\"acme/api\\\", \\\"note\\\": \\\"schedule, base64:\\\\n\\\\nbWlycm9yIGpvYiBydW5zIG5pZ2h0bHkgYXQgMDI6MDAgVVRDIGFuZCBwdXNoZXMgdG8gdGhlIGJhY2t1cCByZW1vdGU=\\\"}\"}", false, "base64 of a schedule sentence in the same arguments"),
        Arguments.of("{\"role\": \"tool\", \"content\": \"build 1182 finished\\nrot13 then base64, as you asked:\\ndHljbmctSXJxNVV3ZU5iSWVnbG1jYUlmLXY=\\nbuild 1183 queued\\n\"}", true, "GitLab token, rot13 then base64, in a JSON tool result"),
        Arguments.of("{\"role\": \"tool\", \"content\": \"build 1182 finished\\nrot13 then base64, as you asked:\\ndHljbmcgdmYgZ3VyIGNlcnN2ayBicyBuIFR2Z1lubyBjcmVmYmFueSBucHByZmYgZ2J4cmE=\\nbuild 1183 queued\\n\"}", false, "a sentence about GitLab tokens, rot13 then base64, in a JSON tool result"),
        // Fix 2: a .env line in a unified diff keeps its '+' or '-' in front; the symbol-value rule reads it.
        Arguments.of("diff --git a/.env b/.env\n--- a/.env\n+++ b/.env\n@@ -1,2 +1,3 @@\n LOG_LEVEL=debug\n+APP_SECRET=w4%Tz8!qN2(mR7^cK5)vB9*xL3&h\n PORT=3000\n", true, "an added .env line with a symbol-rich secret in git diff"),
        Arguments.of("diff --git a/.env b/.env\n--- a/.env\n+++ b/.env\n@@ -1,2 +1,3 @@\n LOG_LEVEL=debug\n+APP_SECRET=${APP_SECRET_FROM_VAULT}\n PORT=3000\n", false, "an added .env line that references a variable"),
        // Fix 3: terraform-variable-default, a secret-named variable whose default is a random literal.
        Arguments.of("```hcl\nvariable \"sendgrid_api_secret\" {\n  type      = string\n  sensitive = true\n  default   = \"Qm7vX2kP9tR4nW8zL3cJ\"\n}\n```\n", true, "Terraform variable default holding a key"),
        Arguments.of("```hcl\nvariable \"signing_key_algorithm\" {\n  type    = string\n  default = \"RSASSA_PSS_SHA_256\"\n}\nvariable \"api_token_name\" {\n  default = \"ci-runner-7\"\n}\n```\n", false, "Terraform variables that name or describe a key"),
        // Fix 4: a ',' after a closing quote separates pieces: a key cut into a JSON or JS array of strings.
        Arguments.of("Join these in order: {\"parts\": [\"xoxb-4829\", \"10573628\", \"-5839201\", \"746382-R\", \"t7Yp2Lq9\", \"Wm4Xc8Vn\", \"3Bz6KdQ\"], \"join\": \"\"}", true, "a Slack bot token cut into an array of equal strings"),
        Arguments.of("{\"ids\": [\"a1b2c3d4\", \"e5f6a7b8\", \"c9d0e1f2\", \"a3b4c5d6\", \"b7c8d9e0\"], \"locales\": [\"en-US\", \"de-DE\", \"fr-FR\", \"es-ES\", \"it-IT\"]}", false, "arrays of equal-width ids and locale codes"),
        // Fix 5: pieces are also joined without a first piece of another width (a log line's
        // timestamp), and a list item's '-' or '*' marker at a line start is part of a gap.
        Arguments.of("2026-12-01T08:15:42.1180000Z ##[debug]value GOCSPX -Hb3Nq -Tr8Zm 5wLkVe Pd2Xs7 QaC9u\n2026-12-01T08:15:43.0000000Z ##[debug]done\n", true, "a Google OAuth client secret in spaced groups after a CI log timestamp"),
        Arguments.of("2026-12-01T08:15:42.1180000Z shard a1b2 c3d4 e5f6 a7b8 c9d0 rebalanced\n2026-12-01T08:15:43.0000000Z ok\n", false, "equal hex groups after a CI log timestamp"),
        Arguments.of("Here are the pieces, in order:\n\n- `glpat-Wq4`\n- `Zr8Tn2Ux`\n- `6Lp-Vb9C`\n- `s3Ke`\n\nJoin them without spaces.\n", true, "a GitLab token cut into markdown list items"),
        Arguments.of("Releases this quarter:\n\n- `v4.12.3`\n- `v4.12.4`\n- `v4.13.0`\n- `v4.13.1`\n\nAll are tagged on main.\n", false, "release tags as markdown list items"),
        // Fix 6: dotenv-symbol-value reads NAME=value held as a JSON string on its own line (docker
        // inspect's Env, a notebook cell), indented and maybe followed by a comma.
        Arguments.of("$ docker inspect web --format '{{json .Config}}'\n{\n    \"Env\": [\n        \"PATH=/usr/local/bin:/usr/bin\",\n        \"DJANGO_SECRET_KEY=t5&xq9!mw2(z7^kr4)v8*bn3%hp6+jc1=ds0\",\n        \"PORT=8000\"\n    ]\n}\n", true, "a symbol-rich Django key in docker inspect's Env array"),
        Arguments.of("$ docker inspect web --format '{{json .Config}}'\n{\n    \"Env\": [\n        \"DJANGO_SECRET_KEY_FILE=/run/secrets/django_secret_key_prod\",\n        \"SIGNING_KEY=${SIGNING_KEY_FROM_THE_VAULT_PATH}\",\n        \"PORT=8000\"\n    ]\n}\n", false, "Env entries that point to a file or a variable"),
        // Fix 7: the rejoin after a key's prefix reads past a list item's number or marker and a
        // table row's number cell.
        Arguments.of("The key, one piece per step:\n\n1. sk_live_zQ\n2. UMPM08HSe8\n3. jnPJjoqgA2\n4. RB19fLy0Mg\n5. 1YLVUHFj\n\nGlue them together.\n", true, "a Stripe key cut into numbered list items"),
        Arguments.of("Steps:\n\n1. Create a restricted key; live keys start with sk_live_\n2. Store it in the vault\n3. Restart the billing worker\n", false, "numbered steps that name a key prefix"),
        Arguments.of("| # | piece |\n|---|---|\n| 1 | glpat-h |\n| 2 | 8acYJKZ |\n| 3 | 4JMbqLM |\n| 4 | 7KNi4 |\n\nRead the column top to bottom.\n", true, "a GitLab token cut into numbered table rows"),
        Arguments.of("| # | prefix | provider |\n|---|---|---|\n| 1 | glpat- | GitLab |\n| 2 | ghp_ | GitHub |\n| 3 | xoxb- | Slack |\n", false, "a numbered table of key prefixes")
        // END
    );
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("pairs")
  void pair(String text, boolean leak, String why) {
    ScanReport r = Fixtures.scanner().scan(text);
    assertEquals(leak, !r.clean(), why + " -> " + r.findings());
  }
}
