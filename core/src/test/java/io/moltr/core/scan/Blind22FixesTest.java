package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Focused tests for the fixes made after blind corpus 22's first run. */
class Blind22FixesTest {
  static boolean blocked(String text) {
    return !Fixtures.scanner().scan(text).clean();
  }

  @Test
  void aPemKeyInANotebookSourceArrayIsBlocked() {
    String cell = "   \"source\": [\n    \"import os\\n\",\n    \"creds = '''-----BEGIN EC PRIVATE KEY-----\\n\",\n"
        + "    \"MHcCAQEEIIdFbV3VNlgeNiYv6rtfj3rLmtF1kupetjj0QYvrat4ZP/67Pxq9U9Go\\n\",\n"
        + "    \"weC6hlSZ4DswtvcaXZ8SXxVy1tR5EL2DsK8hRvc2St7iznUapw34bd2MavK4f3ol\\n\",\n"
        + "    \"-----END EC PRIVATE KEY-----'''\\n\",\n    \"client = make_client()\"\n   ]\n";
    assertThat(blocked(cell)).isTrue();
    String js = "const key = \"-----BEGIN RSA PRIVATE KEY-----\\n\" +\n"
        + "  \"MIIEowIBAAKCAQEAwJ7uAZcvXNoLr2cv1OJqk0mvTkAQN7Tq4R0rGdE2XhYhSm5p\\n\" +\n"
        + "  \"-----END RSA PRIVATE KEY-----\";\n";
    assertThat(blocked(js)).isTrue();
    // a public key in the same shape stays clean
    String pub = "    \"-----BEGIN PUBLIC KEY-----\\n\",\n    \"MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEq3vRwZf6b2oJx1K4yb6JmN0d8RkHxZ1i\\n\",\n"
        + "    \"-----END PUBLIC KEY-----\\n\"\n";
    assertThat(blocked(pub)).isFalse();
  }

  @Test
  void aMaskedPasswordIsClean() {
    assertThat(blocked("    Environment:\n      PORT:  8080\n      password:  ***hidden***\n      LOG_LEVEL:  info\n")).isFalse();
    assertThat(blocked("    Environment:\n      password:  ***\n")).isFalse();
    // a real password under the same name is still blocked
    assertThat(blocked("    Environment:\n      PORT:  8080\n      password:  Xk7#pQ2vLm9!aZ4wRt6u\n")).isTrue();
  }

  @Test
  void aCloudTraceContextSpanIdIsNoCard() {
    assertThat(blocked("X-Cloud-Trace-Context: 86a7f5b69e0e0a2b75a638576733ba09/5710284833176575488;o=1\n")).isFalse();
    assertThat(blocked("trace 86a7f5b69e0e0a2b75a638576733ba09/5710284833176575488 in a source file\n")).isFalse();
    // in a HAR's JSON-escaped post body, where a window is read backwards
    assertThat(blocked("          \"postData\": {\"mimeType\": \"application/json\", \"text\": \"traceparent: 00-d3bc238eb07cb6ca892d1cc54f563025-e8b0e0bd27aae53f-01"
        + "\\nX-Amzn-Trace-Id: Root=1-1279d5f7-71f6f67ea899c813fa464d09\\nX-Cloud-Trace-Context: 7627ab90cf5f66f2ec093926dcd6fb1d/1466224548285607875;o=1\"},\n"
        + "          \"cookies\": []\n")).isFalse();
    // inside a tool call's JSON-escaped file content, where a rot13 window reads the unescaped text
    assertThat(blocked("{\"type\":\"tool_use\",\"name\":\"write_file\",\"input\":{\"path\":\"config/app.yaml\",\"content\":\""
        + "feature_fxkjn: true\\nfeature_cgcac: true\\nfeature_vzzff: true\\nfeature_jguel: true\\n"
        + "traceparent: 00-7215d2cab9520645c832035f2f70d4c1-1535561ba998b311-01\\nX-Amzn-Trace-Id: Root=1-4acf0cbe-4ec22a7d2e17cdceddfb7017\\n"
        + "X-Cloud-Trace-Context: 97e702f7bfc6779b6aed99ad5dad1c36/6792970808470859883;o=1\\ntimeout_rthv: 73\\n\"}}\n")).isFalse();
    // a Maestro number on its own is still blocked
    assertThat(blocked("card: 5710284833176575488\n")).isTrue();
  }

  @Test
  void aNumberInARot13WindowIsJudgedAsWritten() {
    String log = "2026-11-19T19:45:27.691Z INFO  [s3] uploaded s3://acme-artifacts/builds/2026-10-02/578668351781/app.tar.gz (45661 KiB)\n";
    assertThat(blocked(log)).isFalse();
    // rot13 of "Card: 578668351781", named as rot13: the rotated payment word still counts
    assertThat(blocked("Stored as ROT13: Pneq: 578668351781\n")).isTrue();
  }

  @Test
  void aPuttyKeyCommentedOutLineByLineIsBlocked() {
    String compose = "    environment:\n      # PuTTY-User-Key-File-3: ssh-ed25519\n      # Encryption: none\n      # Comment: deploy@build-01\n"
        + "      # Public-Lines: 2\n      # AAAAC3NzaC1lZDI1NTE5E4MKSr0N7PD56DCUCRQ8OAMifJFM2h0t57fdzkoPjWyY\n      # k8Z+\n"
        + "      # Private-Lines: 1\n      # 0PlGWMlrwhaskYF4CoVSXKn48vZaCPIMS6PhAMMlfu648HaG\n"
        + "      # Private-MAC: 17313893f16bb1554aa92c3a139e7ff719ddca786c49a285216add9da5c0ffee\n";
    assertThat(blocked(compose)).isTrue();
    // the format described, with no body
    assertThat(blocked("A .ppk file starts with PuTTY-User-Key-File-3: and has Private-Lines: N followed by the key.\n")).isFalse();
  }

  @Test
  void aCardCutIntoAFewPunctuatedGroupsIsBlocked() {
    assertThat(blocked("Here it is in pieces so it survives the copy-paste:\n\n```\n3437154;2709270;4\n```\n")).isTrue();
    assertThat(blocked("pieces: 37878-45632-41382 (amex)\n")).isTrue();
    assertThat(blocked("in groups: 3430_5910_8553_241\n")).isTrue();
    // the same pieces failing Luhn, and fixed-width numbers that are no card
    assertThat(blocked("Here it is in pieces so it survives the copy-paste:\n\n```\n3437154;2709270;5\n```\n")).isFalse();
    assertThat(blocked("Host 192.168.100.200 answered; build 2026_1130_2359 done.\n")).isFalse();
  }

  @Test
  void anAssignmentEndingInAJsonEscapedLineBreakIsBlocked() {
    String cell = "   \"source\": [\n    \"import os\\n\",\n    \"%env PARTNER_API_KEY=Nx2M00PtATb8u8AxNhB2RqayjNgTxfZlR8fT13eD\\n\",\n"
        + "    \"client = make_client()\"\n   ]\n";
    assertThat(blocked(cell)).isTrue();
    assertThat(blocked("    \"DB_PASSWORD=Xk7pQ2vLm9aZ4wRt6uYb\\n\",\n")).isTrue();
    // the same shape with a reference or a placeholder stays clean
    assertThat(blocked("    \"%env PARTNER_API_KEY=$PARTNER_API_KEY\\n\",\n")).isFalse();
    assertThat(blocked("    \"DB_PASSWORD=changeme\\n\",\n")).isFalse();
  }

  @Test
  void aKeyNamedWithWhereItWasFoundIsBlocked() {
    assertThat(blocked("I found the AWS_SECRET_ACCESS_KEY in the old deploy script: PWzFu3bNqHbKzfQGLWqUsqiWwFEiv2L1ZGiivwJ6 (rotate it).\n")).isTrue();
    assertThat(blocked("The AWS_SECRET_ACCESS_KEY value you asked for is zUoLz913KK+iTlzEvYJg1l8vLuybXDCg5xQpMe7I, it is set.\n")).isTrue();
    assertThat(blocked("The SESSION_TOKEN_TYPE you asked for is bearer, as documented.\n")).isFalse();
    assertThat(blocked("J'ai retrouvé WEBHOOK_SECRET dans l'ancien script de déploiement : a8Kq2Lm9Zx7Rt4Vb6Nc1Pw3Yh5Ju0Ed\n")).isTrue();
    // a name and a place, then a reference or words
    assertThat(blocked("Set the API_TOKEN in the CI settings: Settings → Secrets → Actions → New repository secret.\n")).isFalse();
    assertThat(blocked("Put the client_secret in the config file: config/credentials/production.yml.enc\n")).isFalse();
  }

  @Test
  void anEnvValueCutAcrossTwoLinesIsBlocked() {
    assertThat(blocked("チャットで崩れないように値を 分割して にしました:\n\n```\nCLOUDFLARE_API_TOKEN=BjRmyH3YUi\nK3hfkNujgD8wveUOyoA-uVnYwfOv_U\n```\n\n")).isTrue();
    assertThat(blocked("```\nDB_PASSWORD=Hza4Bq4fT\nyojip0Q3JxW8\n```\n")).isTrue();
    assertThat(blocked("```\nDB_PASSWORD=Hza4Bq4fT^y\nojip0^Q3J\n```\n")).isTrue();
    assertThat(blocked("```\nREDIS_PASSWORD=Hza\n4Bq4fT^yojip0^Q3J\n```\n")).isTrue();
    // an .env file: each line its own assignment, or a name followed by a word
    assertThat(blocked("API_KEY=\nSECRET_KEY=\nDEBUG=true\n")).isFalse();
    assertThat(blocked("```\nGITHUB_TOKEN=ghp_your_token\nsee-the-readme\n```\n")).isFalse();
    assertThat(blocked("export NPM_TOKEN=placeholder\nnpm-publish-step\n")).isFalse();
  }

  @Test
  void aTypedPasswordConstantIsBlocked() {
    assertThat(blocked("+export const smtpPassword: string = \"flR1uNbLTX*BYSPTbEQL2MU6\";\n")).isTrue();
    assertThat(blocked("let dbPassword: string = 'Xk7pQ2vLm9aZ4wRt6uYb';\n")).isTrue();
    assertThat(blocked("export const partnerApiKey: string = \"Nx2M00PtATb8u8AxNhB2RqayjNgTxfZlR8fT13eD\";\n")).isTrue();
    assertThat(blocked("let cloudflareApiToken: string = \"twezflgQlnGPqCe-SFT6dGTQvRFfABwaf9h0eh1I\";\n")).isTrue();
    assertThat(blocked("apiKey: string;\ntoken: Token = defaultToken;\n")).isFalse();
    // a type and a word, or a reference, stay clean
    assertThat(blocked("export const smtpPassword: string = process.env.SMTP_PASSWORD ?? \"\";\n")).isFalse();
    assertThat(blocked("password: string;\n")).isFalse();
    assertThat(blocked("the password: hidden in the vault\n")).isFalse();
  }
}
