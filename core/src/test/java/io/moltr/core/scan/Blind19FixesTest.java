package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Focused tests for the fixes made after blind corpus 19's first run. */
class Blind19FixesTest {
  static boolean blocked(String text) {
    return !Fixtures.scanner().scan(text).clean();
  }

  @Test
  void aSecretAfterATokenFlagIsBlocked() {
    assertThat(blocked("$ acmectl login --token 13f11238f3265da2bfb025da79de07e9 --profile ops\n"))
        .isTrue();
    assertThat(blocked("$ tool auth --api-key=ATLt7G2DL3kiEH24lxY6vc1k\n")).isTrue();
    assertThat(blocked("$ acmectl login --token $ACME_TOKEN --profile ops\n")).isFalse();
    assertThat(blocked("Usage: acmectl login --token <token> [--profile <name>]\n")).isFalse();
    assertThat(blocked("acmectl login --token REPLACE_WITH_YOUR_TOKEN\n")).isFalse();
  }

  @Test
  void aDinersNumberGroupedInFoursIsBlocked() {
    assertThat(blocked("{\"card\":\"3682 9267 8779 75\",\"status\":200}")).isTrue();
    // the same grouping failing Luhn
    assertThat(blocked("{\"card\":\"3682 9267 8779 76\",\"status\":200}")).isFalse();
  }

  @Test
  void aNirLabelledInEnglishIsBlocked() {
    assertThat(blocked("French social security number:\n\n    297090213906127\n")).isTrue();
    assertThat(blocked("French social security number:\n\n    297090213906128\n")).isFalse();
  }

  @Test
  void aNotebookCellPrintingASecretVariableIsBlocked() {
    assertThat(blocked("In [7]: os.environ[\"CLOUDFLARE_API_TOKEN\"]\n"
        + "Out[7]: 'twezflgQlnGPqCe-SFT6dGTQvRFfABwaf9h0eh1I'\n")).isTrue();
    assertThat(blocked("In [7]: os.environ[\"HOME\"]\nOut[7]: '/home/jovyan/work/projects'\n"))
        .isFalse();
    assertThat(blocked("In [7]: os.environ[\"PAGE_TOKEN_FILE\"]\nOut[7]: 'secrets/token.txt'\n"))
        .isFalse();
  }

  @Test
  void aRandomValueAfterAHandOverPhraseIsBlocked() {
    assertThat(blocked("Encontrei no arquivo antigo. Aqui está: bHXNsASn3sFwFh13DirKgPtC\n")).isTrue();
    assertThat(blocked("Listo, usa esta: WcKh0A5BvHjk0izOg36QDZzlZ4uyLQ7n — es la del runbook."))
        .isTrue();
    assertThat(blocked("Nimm diesen hier: 7i9175xhEYOYb7DCN3SF+iwa4eW/TeJJ3mTDmWe4J5KY\nDanach.")).isTrue();
    // a hash or a word after the phrase is no secret
    assertThat(blocked("Aqui está: 4e1d0b7c2a9f8b0d4e2a1c9f3f2a1c9d8b0d4e2a\n")).isFalse();
    assertThat(blocked("Here you go: ServiceBuilderFactory\n")).isFalse();
  }

  @Test
  void aSecretPassedToABuilderMethodNamedForItIsBlocked() {
    assertThat(blocked("const svc = new ServiceBuilder()\n  .withCredential(\"946cdb45c4b27ded9d897337cbdb7f97\")\n  .build();"))
        .isTrue();
    assertThat(blocked("client.setApiKey('E3kKse5tuhhDJB8suhA-RfYf4xlFiQN6TwTAqNqc');")).isTrue();
    assertThat(blocked("builder.withToken(\"REPLACE_WITH_YOUR_TOKEN\").build();")).isFalse();
    assertThat(blocked("builder.withToken(System.getenv(\"ACME_TOKEN\")).build();")).isFalse();
  }

  @Test
  void aValueAfterAColonEndingAPhraseThatNamesASecretIsBlocked() {
    assertThat(blocked("Sure, here's the Datadog API key from the vault entry you pointed me at: "
        + "`0b4c45b4470d284ed37197b97037d2bf`.\n")).isTrue();
    assertThat(blocked("Here's the database password from the old runbook: iAoAHjCx136vlPp3EpbA\n"))
        .isTrue();
    // a hash or an id after the phrase is no secret
    assertThat(blocked("The token was issued by commit: 4e1d0b7c2a9f8b0d4e2a1c9f3f2a1c9d8b0d4e2a\n"))
        .isFalse();
    assertThat(blocked("The API key rotation is tracked in: INFRA-2291-rotate-keys\n")).isFalse();
  }
}
