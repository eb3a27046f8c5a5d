package io.moltr.core.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.config.ConfigNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Texts built to make the inbound scanner work hard: every rule's lead words without what must
 * follow them, near-matches of the override phrases, floods of links, comments, invisible
 * characters and base64. What is held here is the answer (blocked or not, no exception, a bounded
 * list of findings); their cost per MiB is measured in bench/RESULTS.md, never in a unit test.
 */
class AdversarialInputsTest {
  private static final int SIZE = 256 * 1024;
  private final InputScanner scanner = InputScanner.fromConfig(ConfigNode.empty("default.yaml"), host -> false);

  /** The inputs, by name; the same list is a parameter of the JMH InputScannerBenchmark. */
  static Map<String, String> inputs(int size) {
    Map<String, String> in = new LinkedHashMap<>();
    StringBuilder leads = new StringBuilder();
    for (PhraseRules.Rule r : PhraseRules.ALL) {
      if (r.leads() != null) {
        leads.append(String.join(" ", r.leads())).append(' ');
      }
    }
    in.put("all-leads", repeat(leads.toString(), size));
    in.put("the", repeat("the ", size));
    in.put("ignore-all-previous", repeat("ignore all previous ", size));
    in.put("you-must", repeat("you must ", size));
    in.put("disregard-the", repeat("disregard the ", size));
    in.put("vergiss-alle", repeat("vergiss alle ", size));
    in.put("cc", repeat("cc ", size));
    in.put("copy", repeat("copy ", size));
    in.put("send-the-data-to", repeat("send the data to the team ", size));
    in.put("md-links", repeat("[docs](https://x.example/a?b=c) ", size));
    in.put("md-images", repeat("![i](https://x.example/p.png?q=1) ", size));
    in.put("html-comments", repeat("<!-- note -->", size));
    in.put("zero-width", repeat("i\u200Bg\u200Bn\u200Bo\u200Br\u200Be a\u200Bl\u200Bl ", size));
    in.put("base64-like", repeat("QmFzZTY0IGlzIGp1c3QgYW4gZW5jb2Rpbmcgb2YgYnl0ZXMu ", size));
    return in;
  }

  static String repeat(String unit, int size) {
    StringBuilder b = new StringBuilder(size + unit.length());
    while (b.length() < size) {
      b.append(unit);
    }
    return b.substring(0, size);
  }

  @Test
  void floodsAreBlockedAsTooDenseOrAnsweredWithBoundedFindings() {
    Map<String, String> answers = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : inputs(SIZE).entrySet()) {
      InputReport r = scanner.scan(e.getValue());
      // Every rule stops at 20 hits and every layer caps its own findings: a flood is not a report of its size.
      assertThat(r.findings()).as(e.getKey()).hasSizeLessThanOrEqualTo(2_500);
      boolean dense = r.findings().stream().anyMatch(f -> f.ruleId().equals("input.too_dense"));
      answers.put(e.getKey(), (scanner.blocks(r) ? "blocks" : "passes") + (dense ? ", too dense" : ""));
    }
    assertThat(answers).containsExactlyEntriesOf(EXPECTED);
  }

  /** Texts whose lead words alone exceed the budget block, failing closed; the others are read in full. */
  private static final Map<String, String> EXPECTED = expected();

  private static Map<String, String> expected() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("all-leads", "blocks");
    m.put("the", "blocks, too dense");
    m.put("ignore-all-previous", "blocks, too dense");
    m.put("you-must", "passes");
    m.put("disregard-the", "blocks, too dense");
    m.put("vergiss-alle", "blocks, too dense");
    m.put("cc", "blocks, too dense");
    m.put("copy", "blocks, too dense");
    // A flood of an order's words: with the blind3 rules (send, data, team are lead words) over the budget.
    m.put("send-the-data-to", "blocks, too dense");
    m.put("md-links", "passes");
    m.put("md-images", "passes");
    m.put("html-comments", "passes");
    m.put("zero-width", "blocks, too dense");
    m.put("base64-like", "passes");
    return m;
  }

  @Test
  void aMiBOfToDoItemsIsNotTooDense() {
    // The densest ordinary text met so far (about 390 candidate starts per KiB), at the default maximum length.
    String[] items = {"Send the weekly report to the team", "Review the open pull requests",
        "Update the user guide for the new release", "Check the logs for errors after the deploy",
        "Share the slides with the customer", "Write the release notes for your users", "Include the changelog in the package",
        "Tell the support team about the outage", "List all the open incidents in the tracker", "Forward the invoice to accounts",
        "Post the update in the team channel", "Copy the files to the shared drive", "Send the data export to the finance team",
        "Upload the meeting notes to the wiki"};
    StringBuilder todo = new StringBuilder();
    for (int i = 0; todo.length() < 1_000_000; i++) {
      todo.append("- [ ] ").append(items[(i * 7) % items.length]).append('\n');
    }
    InputReport r = scanner.scan(todo.toString());
    assertThat(r.findings()).noneMatch(f -> f.ruleId().equals("input.too_dense"));
    assertThat(scanner.blocks(r)).isFalse();
  }
}
