package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keys of providers whose documented format starts with a prefix (Dynatrace, JFrog, Shippo,
 * Render, NVIDIA, Flutterwave, 1Password, EasyPost, PostHog, Langfuse, Firecrawl, Jina, Cerebras,
 * Azure Service Bus, GitLab's glsoat-/glagent-/glffct-): found bare, in a sentence or a header, where no "KEY=" names them, and also
 * base64-encoded; placeholders and look-alike words of the same prefix stay clean.
 */
class ProviderPrefixRulesTest {
  private static final OutputScanner SCANNER = Fixtures.scanner();
  private static final Random RND = new Random(20261130);
  private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final String HEX = "0123456789abcdef";

  private static String r(String alphabet, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(RND.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  static Stream<Arguments> keys() {
    byte[] sas = new byte[32];
    RND.nextBytes(sas);
    byte[] ops = new byte[300];
    RND.nextBytes(ops);
    return Stream.of(
        Arguments.of("dynatrace-api-token", "curl -H 'Authorization: Api-Token dt0c01." + r(UPPER, 24)
            + "." + r(UPPER, 64) + "' https://abc.live.dynatrace.com/api/v2/metrics"),
        Arguments.of("jfrog-api-key", "artifactory api key: AKCp" + r(ALNUM, 69)),
        Arguments.of("jfrog-reference-token", "X-JFrog-Art-Api: cmVmdGtuOjAxOj" + r(ALNUM, 50)),
        Arguments.of("shippo-api-token", "shippo.config.api_key = \"shippo_live_" + r(HEX, 40) + "\""),
        Arguments.of("render-api-key", "Your Render key is rnd_" + r(ALNUM, 32) + " (keep it safe)"),
        Arguments.of("nvidia-api-key", "client = OpenAI(base_url=url, api_key=\"nvapi-" + r(ALNUM, 64) + "\")"),
        Arguments.of("flutterwave-secret-key", "Use FLWSECK_TEST-" + r(HEX, 32) + "-X for the sandbox"),
        Arguments.of("onepassword-service-account-token", "token: ops_eyJ"
            + Base64.getUrlEncoder().withoutPadding().encodeToString(ops)),
        Arguments.of("easypost-api-key", "EasyPost::Client.new(api_key: 'EZAK" + r(ALNUM, 54) + "')"),
        Arguments.of("posthog-personal-api-key", "use phx_" + r(ALNUM, 47) + " for the API"),
        Arguments.of("langfuse-secret-key", "sk-lf-" + r(HEX, 8) + "-" + r(HEX, 4) + "-" + r(HEX, 4)
            + "-" + r(HEX, 4) + "-" + r(HEX, 12)),
        Arguments.of("firecrawl-api-key", "app = FirecrawlApp(\"fc-" + r(HEX, 32) + "\")"),
        Arguments.of("jina-api-key", "Authorization: jina_" + r(ALNUM, 60)),
        Arguments.of("cerebras-api-key", "the key csk-" + r(LOWER, 48) + " works"),
        Arguments.of("gitlab-other-token", "glsoat-" + r(ALNUM, 20)),
        Arguments.of("gitlab-other-token", "helm install agent --set config.token=glagent-" + r(ALNUM, 50)),
        Arguments.of("gitlab-other-token", "unleash client token glffct-" + r(ALNUM, 20) + " for prod"),
        Arguments.of("azure-service-bus-key", "Endpoint=sb://orders.servicebus.windows.net/;"
            + "SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey="
            + Base64.getEncoder().encodeToString(sas)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  void foundPlainAndBase64(String rule, String text) {
    ScanReport plain = SCANNER.scan(text);
    assertThat(plain.findings()).as(text).extracting(Finding::ruleId).contains(rule);
    assertThat(plain.redacted()).contains("[REDACTED:" + rule + "]");
    String wrapped = "payload: " + Base64.getEncoder().encodeToString(text.getBytes()) + "\n";
    assertThat(SCANNER.scan(wrapped).findings()).as(wrapped).extracting(Finding::ruleId).contains(rule);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("placeholders")
  void placeholdersAndWordsStayClean(String text) {
    assertThat(SCANNER.scan(text).findings()).as(text).isEmpty();
  }

  static Stream<String> placeholders() {
    return Stream.of(
        "dt0c01.XXXXXXXXXXXXXXXXXXXXXXXX.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
        "RENDER_API_KEY=rnd_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "see fc-barcelona-2024-season-tickets.html",
        "SharedAccessKey=<your-key>",
        "Set PostHog's project key phc_ in the snippet; personal keys start with phx_.",
        "csk-setup.sh installs the Cerebras SDK",
        "The AKCp prefix marks an Artifactory API key.",
        "GitLab SCIM tokens start with glsoat- and agent tokens with glagent-.");
  }
}
