package io.moltr.core.scan;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.moltr.core.Severity;
import io.moltr.core.config.ConfigNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The compiled rules of scan_patterns.yaml ({@code patterns:} then {@code custom_patterns:}) and
 * the keyword automaton that decides which of them run. Every keyword is also compiled rot13-ed
 * and reversed, so those two evasions cost nothing on clean text.
 */
final class RuleSet {
  /** Most digits a digit-anchored rule can say its match holds: the default, no bound. */
  static final int MAX_RUN_DIGITS = 48;
  /** How a keyword occurrence relates to the text the rule must see. */
  enum Variant {
    PLAIN,
    ROT13,
    REVERSED
  }

  /**
   * A keyword of a rule, in one variant. {@code tokenStart}: a prefix, found only where a token
   * starts; {@code tokenEnd}: a prefix read backwards, found only where a token ends. {@code head}: how many of its first characters were
   * written as such, not expanded from a class ("O[DT]..." has one): a key cut off after a
   * prefix is looked for only where this head is specific (see ScanRun.truncatedKey).
   */
  record Trigger(Rule rule, Variant variant, String keyword, boolean caseSensitive, boolean tokenStart,
      boolean tokenEnd, int head) {}


  final List<Rule> rules;
  final List<String> keywordStrings;
  /** Documented example values (vendor docs, tutorials): a secret containing one is no leak. */
  final List<String> exampleValues;
  final Trigger[][] triggers;
  /** By rule index: a run of characters every match holds, or null (see {@link RequiredRun}). */
  final RequiredRun[] requiredRuns;
  /**
   * By rule index: the regex starts and ends with a word boundary ({@code \b...\b}), so a
   * match in a digit run starts at the run's start or after a separator and ends at its end or
   * before one.
   */
  final boolean[] wordBounded;
  final List<Rule> digitRules = new ArrayList<>();
  final List<Rule> tokenRules = new ArrayList<>();
  final List<Rule> assignedRules = new ArrayList<>();
  final List<Rule> wordRules = new ArrayList<>();
  final List<Rule> textRules = new ArrayList<>();
  /** Rules with a {@code lone} shape, tried on what a decoding yields when it is one value. */
  final List<Rule> loneRules = new ArrayList<>();

  private RuleSet(List<Rule> rules, List<String> exampleValues) {
    this.rules = List.copyOf(rules);
    this.exampleValues = List.copyOf(exampleValues);
    Map<String, List<Trigger>> byKey = new LinkedHashMap<>();
    for (Rule r : rules) {
      for (String k : r.keywords()) {
        addTrigger(byKey, r, k, false, false);
      }
      for (String p : r.prefixes()) {
        List<String> expanded = expandPrefix(p);
        int head = p.indexOf('[') < 0 ? p.length() : p.indexOf('[');
        for (String x : expanded) {
          // An expanded prefix ("NDAw" of "N[DTjz][AEIMQUYcgk][w-z0-5]") stands for a short
          // prefix whose next characters are known: no rotated or reversed variants.
          addTrigger(byKey, r, x, true, true, expanded.size() == 1, head);
        }
      }
      if (r.lone() != null) {
        loneRules.add(r);
      }
      switch (r.anchor()) {
        case DIGITS -> digitRules.add(r);
        case TOKEN -> tokenRules.add(r);
        case ASSIGNED -> assignedRules.add(r);
        case WORDS -> wordRules.add(r);
        case TEXT -> textRules.add(r);
        case KEYWORDS -> { }
      }
    }
    List<String> keys = new ArrayList<>(byKey.keySet());
    this.keywordStrings = List.copyOf(keys);
    this.triggers = new Trigger[keys.size()][];
    for (int i = 0; i < keys.size(); i++) {
      triggers[i] = byKey.get(keys.get(i)).toArray(new Trigger[0]);
    }
    this.requiredRuns = new RequiredRun[rules.size()];
    this.wordBounded = new boolean[rules.size()];
    for (Rule r : rules) {
      requiredRuns[r.index()] = r.regex().flags() == 0 ? RequiredRun.of(r.regex().pattern()) : null;
      wordBounded[r.index()] = wordBounded(r.regex().pattern());
    }
  }

  /**
   * Starts with {@code \b} and ends with one (not with an escaped backslash and a 'b'), with no
   * alternative at the top level ({@code \ba|b\b} is bounded on one side in each branch).
   */
  static boolean wordBounded(String regex) {
    int n = regex.length();
    if (n < 4 || !regex.startsWith("\\b") || !regex.endsWith("\\b")
        || RequiredRun.topLevelAlternative(regex, 0, n)) {
      return false;
    }
    int backslashes = 0;
    for (int i = n - 2; i >= 0 && regex.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  private static void addTrigger(Map<String, List<Trigger>> byKey, Rule r, String k, boolean cs, boolean start) {
    addTrigger(byKey, r, k, cs, start, true, k.length());
  }

  private static void addTrigger(Map<String, List<Trigger>> byKey, Rule r, String k, boolean cs,
      boolean start, boolean variants, int head) {
    put(byKey, new Trigger(r, Variant.PLAIN, k, cs, start, false, head));
    if (!variants) {
      return;
    }
    // Short keywords would fire on ordinary words once rotated or reversed; a two- or
    // three-character one is specific enough when it holds punctuation ("q~", "sk-", "SG.") or,
    // with three, is case-sensitive.
    boolean punct = k.chars().anyMatch(ch -> !Character.isLetter(ch));
    if (k.length() >= 4 || (k.length() == 3 && (cs || punct)) || (k.length() == 2 && punct)) {
      String rot = Decoders.rot13(k, 0, k.length());
      if (!rot.equalsIgnoreCase(k)) {
        put(byKey, new Trigger(r, Variant.ROT13, rot, cs, start, false, head));
      }
      String rev = new StringBuilder(k).reverse().toString();
      if (!rev.equalsIgnoreCase(k)) {
        put(byKey, new Trigger(r, Variant.REVERSED, rev, cs, false, start, head));
      }
    }
  }

  /** Most strings one prefix with classes may stand for. */
  static final int MAX_PREFIX_EXPANSIONS = 1024;

  /**
   * The strings a prefix stands for. A prefix may hold character classes: "O[DT][AEIMQUYcgk]"
   * is "ODA", "ODE", ... "OTk"; a class lists characters and ranges ("[w-z0-5]"). A short prefix
   * that hits inside ordinary words ("ND" of "and", "index") can so be made longer without
   * listing every form. Null when a class is empty, open or reversed, or the prefix would stand
   * for more than {@link #MAX_PREFIX_EXPANSIONS} strings.
   */
  static List<String> expandPrefix(String prefix) {
    List<String> out = new ArrayList<>(List.of(""));
    int i = 0;
    while (i < prefix.length()) {
      char c = prefix.charAt(i);
      if (c != '[') {
        final char literal = c;
        out.replaceAll(x -> x + literal);
        i++;
        continue;
      }
      int close = prefix.indexOf(']', i + 1);
      if (close < 0 || close == i + 1) {
        return null;
      }
      StringBuilder members = new StringBuilder();
      for (int k = i + 1; k < close; k++) {
        char from = prefix.charAt(k);
        if (k + 2 < close && prefix.charAt(k + 1) == '-') {
          char to = prefix.charAt(k + 2);
          if (to < from) {
            return null;
          }
          for (char m = from; m <= to; m++) {
            members.append(m);
          }
          k += 2;
        } else {
          members.append(from);
        }
      }
      if ((long) out.size() * members.length() > MAX_PREFIX_EXPANSIONS) {
        return null;
      }
      List<String> next = new ArrayList<>();
      for (String x : out) {
        for (int k = 0; k < members.length(); k++) {
          next.add(x + members.charAt(k));
        }
      }
      out = next;
      i = close + 1;
    }
    return out;
  }

  private static void put(Map<String, List<Trigger>> byKey, Trigger t) {
    byKey.computeIfAbsent(t.keyword().toLowerCase(Locale.ROOT), x -> new ArrayList<>()).add(t);
  }

  int size() {
    return rules.size();
  }

  static RuleSet fromConfig(ConfigNode root) {
    List<Rule> rules = new ArrayList<>();
    Map<String, ConfigNode> seen = new HashMap<>();
    for (String section : List.of("patterns", "custom_patterns")) {
      for (ConfigNode item : root.list(section)) {
        Rule r = compile(item, rules.size());
        if (seen.containsKey(r.id())) {
          ConfigNode idNode = item.get("id").isMissing() ? item.get("name") : item.get("id");
          throw idNode.error("duplicate rule id '" + r.id() + "' (also at "
              + seen.get(r.id()).path() + "); give each rule its own id");
        }
        seen.put(r.id(), item);
        rules.add(r);
      }
    }
    // Reversed and rot13 windows read an example backwards or rotated: it is still an example.
    List<String> examples = new ArrayList<>();
    for (String e : root.strings("example_values")) {
      examples.add(e);
      // The check compares the secret without spaces and dashes ("xoxb-not-a-real-token-..."):
      // the example must be in that form too.
      examples.add(e.replace(" ", "").replace("-", ""));
      examples.add(new StringBuilder(e).reverse().toString());
      examples.add(Decoders.rot13(e, 0, e.length()));
    }
    return new RuleSet(rules, examples.stream().distinct().toList());
  }

  static Rule compile(ConfigNode n, int index) {
    if (!n.isMapping()) {
      throw n.error("a rule must be a mapping with at least name and regex");
    }
    String name = n.requiredString("name");
    String id = n.string("id", slug(name));
    if (!validId(id)) {
      throw (n.get("id").isMissing() ? n.get("name") : n.get("id"))
          .error("rule id '" + id + "' must be lower-case letters, digits, '.', '_' or '-'");
    }
    String regexText = n.requiredString("regex");
    Pattern regex;
    try {
      regex = Pattern.compile(regexText);
    } catch (PatternSyntaxException e) {
      throw n.get("regex").error("not a valid RE2 regular expression (" + e.getDescription()
          + "); lookaround and backreferences are not supported");
    }
    List<String> keywords = lower(n.strings("keywords"));
    List<String> prefixes = n.strings("prefixes");
    for (String p : prefixes) {
      if (p.isEmpty() || expandPrefix(p) == null) {
        throw n.get("prefixes").error("prefix '" + p + "' is not valid: a class '[...]' lists "
            + "characters or ranges (a-z) and closes with ']', and a prefix may stand for at most "
            + MAX_PREFIX_EXPANSIONS + " strings");
      }
    }
    boolean hasKeys = !keywords.isEmpty() || !prefixes.isEmpty();
    String anchorText = n.choice("anchor", hasKeys ? "keywords" : "text",
        "keywords", "digits", "token", "assigned", "words", "text");
    Rule.Anchor anchor = Rule.Anchor.valueOf(anchorText.toUpperCase(Locale.ROOT));
    if (anchor == Rule.Anchor.KEYWORDS && !hasKeys) {
      throw n.get("anchor").error("anchor 'keywords' needs a keywords or prefixes list");
    }
    int group = n.intValue("secret_group", 0, 0, 9);
    if (group > regex.groupCount()) {
      throw n.get("secret_group").error("the regex has only " + regex.groupCount() + " groups");
    }
    Validation validation = null;
    String v = n.string("validate", null);
    if (v != null) {
      validation = Validation.parse(v);
      if (validation == null) {
        throw n.get("validate").error("unknown check; use one of "
            + java.util.Arrays.stream(Validation.values()).map(Validation::label).toList());
      }
    }
    List<Pattern> allow = new ArrayList<>();
    for (ConfigNode a : n.list("allowlist")) {
      try {
        allow.add(Pattern.compile(a.asString("")));
      } catch (PatternSyntaxException e) {
        throw a.error("not a valid RE2 regular expression (" + e.getDescription() + ")");
      }
    }
    int minDigits = n.intValue("min_digits", 0, 0, MAX_RUN_DIGITS);
    int maxDigits = n.intValue("max_digits", MAX_RUN_DIGITS, 1, MAX_RUN_DIGITS);
    boolean minSaid = !n.get("min_digits").isMissing();
    if ((minSaid || !n.get("max_digits").isMissing()) && anchor != Rule.Anchor.DIGITS) {
      throw n.get(minSaid ? "min_digits" : "max_digits").error("min_digits and max_digits are for rules with anchor 'digits'");
    }
    if (minDigits > maxDigits) {
      throw n.get("min_digits").error("min_digits is larger than max_digits");
    }
    String sev = n.choice("severity", "high", "low", "medium", "high", "critical");
    return new Rule(
        index,
        id,
        name,
        n.string("type", "api_key"),
        Severity.valueOf(sev.toUpperCase(Locale.ROOT)),
        regex,
        group,
        keywords,
        prefixes,
        anchor,
        n.intValue("min_length", Survey.MIN_TOKEN, 1, 1 << 20),
        n.intValue("max_length", 4096, 1, 1 << 20),
        n.decimal("entropy", 0, 0, 8),
        n.intValue("min_classes", 0, 0, 3),
        n.intValue("min_secret_length", 0, 0, 1 << 16),
        List.copyOf(allow),
        lower(n.strings("stopwords")),
        validation,
        n.bool("validate_required", true),
        n.decimal("confidence", 0.9, 0, 1),
        n.intValue("before", 48, 0, 4096),
        n.intValue("window", 160, 16, 65536),
        n.bool("rejoin", !prefixes.isEmpty()),
        n.bool("generic", false),
        Rule.Precheck.valueOf(n.choice("precheck", "none", "none", "assignment", "userinfo",
            "bip39_words", "pem_body", "mail_host", "table_header", "value_below", "value_before", "copula_value", "colon_value", "command", "set_to",
            "aligned_row").toUpperCase(Locale.ROOT)),
        n.bool("word_names", false),
        lone(n, validation),
        minDigits,
        maxDigits);
  }

  /** The optional {@code lone} shape: anchored, and only for a rule whose check confirms a value. */
  private static Pattern lone(ConfigNode n, Validation validation) {
    String text = n.string("lone", null);
    if (text == null) {
      return null;
    }
    if (validation == null || validation.refusesOnly()) {
      throw n.get("lone").error("a lone value needs a check that confirms it (validate: ...)");
    }
    try {
      return Pattern.compile("(?:" + text + ")");
    } catch (PatternSyntaxException e) {
      throw n.get("lone").error("not a valid RE2 regular expression (" + e.getDescription() + ")");
    }
  }

  private static List<String> lower(List<String> in) {
    return in.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
  }

  /** Lower-case letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64. */
  static boolean validId(String id) {
    if (id.isEmpty() || id.length() > 64) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || (i > 0 && (c == '.' || c == '_' || c == '-'));
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** "AWS access key ID" becomes "aws-access-key-id". */
  static String slug(String name) {
    StringBuilder b = new StringBuilder();
    for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        b.append(c);
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
        b.append('-');
      }
    }
    while (b.length() > 0 && b.charAt(b.length() - 1) == '-') {
      b.setLength(b.length() - 1);
    }
    String s = b.length() > 64 ? b.substring(0, 64) : b.toString();
    return s.isEmpty() ? "rule" : s;
  }
}
