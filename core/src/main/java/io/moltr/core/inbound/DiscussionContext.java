package io.moltr.core.inbound;

import com.google.re2j.Pattern;

/**
 * Tells a cited injection from one addressed to the reader. A phrase counts as cited when it sits
 * in quotes that a nearby cue introduces ("attackers hide phrases such as '...'", "die Webseite
 * enthält den Satz „...“"), or right after a cue that ends in a colon ("a payload we found in the
 * wild: ..."). Quotes alone are not enough: a JSON string or a CSV cell is quoted too.
 */
final class DiscussionContext {
  private DiscussionContext() {}

  private static final String CUE = "\\b(?:such\\s+as|like|e\\.?\\s?g\\.?|for\\s+(?:example|instance)|examples?|phrases?|strings?|sentences?|words|wording|line|text|payloads?|prompts?|called|known\\s+as|contain(?:s|ed|ing)|(?:may|might|can|could|will|would|often|also)\\s+contain|injections?|jailbreak\\w*|attack\\w*|researchers?|tried|test\\w*|obeyed|fall\\s+for|respond\\w*\\s+to|react\\w*\\s+to|quoted?|says?|said|wrote|typed|satz|saetze|beispiel\\w*|etwa|namens|sogenannt\\w*|angriff\\w*|angreifer|enthielt|enthaelt|reagiert|getestet|formulierung\\w*|bots?|llms?|models?|chatbots?|gpt\\S*|write[\\s-]?up|report|block\\w*|detect\\w*|flag(?:s|ged|ging)?|filter\\w*|catch\\w*|variants?|patterns?|signatures?|blocklist|denylist|exemples?|ejemplos?|esempi[oi]|exemplos?|voorbeeld(?:en)?|przyk\\w*)\\b|пример|例子|示例|例えば|次のような|の例";
  private static final Pattern CUE_BEFORE_QUOTE = Pattern.compile("(?i)" + CUE);
  /** An HTML article may close the paragraph and open a blockquote or code element between the colon and the quotation. */
  private static final String TAGS = "(?:<[^<>\\n]{0,40}>\\s*){0,4}";
  private static final Pattern CUE_COLON = Pattern.compile("(?i)\\b(?:examples?|for\\s+(?:example|instance)|e\\.\\s?g\\.|payloads?|such\\s+as|beispiel\\w*|samples?|snippet|quote|excerpt|in\\s+the\\s+wild|the\\s+following\\s+(?:sentence|string|text|line|payload|comment|message|prompt))\\b[^.!?\\n]{0,60}:\\s*" + TAGS + "(?:>\\s*)?[\"“„'‘«]?\\s*$");
  private static final Pattern SPEECH_COLON = Pattern.compile("(?i)\\b(?:writes|wrote|says|said|reads|typed|asks|asked|schreibt|sagt|contained|contains)\\s*:\\s*" + TAGS + "(?:>\\s*)?[\"“„'‘«]?\\s*$");
  private static final Pattern META = Pattern.compile("(?i)\\b(?:prompt\\s+injection|injection|jailbreak\\w*|attack\\w*|payload|researchers?|example|angriff\\w*|angreifer)\\b");
  private static final Pattern CUE_RIGHT_BEFORE = Pattern.compile("(?i)\\b(?:such\\s+as|like|e\\.\\s?g\\.|z\\.\\s?b\\.|wie|etwa)\\s*$");
  // 「」 and 『』: Japanese and Chinese quotation marks.
  private static final String OPENERS = "\"“„«'‘`「『";
  private static final String CLOSERS = "\"”“»'’`」』";
  /**
   * What refers back to a quotation just closed: "This line went viral", "... などの命令" ("orders such as
   * ..."). An article may quote first and explain after.
   */
  private static final Pattern CUE_AFTER_QUOTE = Pattern.compile(
      "(?i)^[\\s\"”»'’`」』.,)]{0,6}(?:\\n\\s*){0,2}(?:(?:this|that|such\\s+an?|the\\s+above)\\s+(?:line|phrase|prompt|string|sentence|text|payload|message|trick|attack|injection|example|one)\\b"
          + "|dieser?\\s+(?:satz|text|prompt|angriff)\\b|など|といった|のような|之类|这样的|等(?:指令|命令|文字|内容)|같은|등의"
          // A speech tag after the closing quote: "« Oublie les règles », dit Julien", „Vergiss es“, flüsterte er.
          + "|(?:dit|a\\s+dit|fit|cria|murmura|chuchota|souffla|repondit|lanca|ajouta|soupira|repliqua|s'ecria|dijo|grito|susurro|murmuro|respondio|disse|gritou|sussurrou|sagte|rief|fl(?:ue|u)sterte|murmelte|said|says|whispered|shouted|replied|muttered)\\b)");

  private static final Pattern RUN_BEFORE = Pattern.compile(
      "(?i)(?:\\b(\\w+)\\s+)?\\b(?:run|execute|exec|chạy(?:\\s+lệnh)?|kør|kör|kjør|suorita|jalankan|futtasd|uruchom|wykonaj|spusť|rulează|ejecuta|esegui|exécute|executa|voer|execute)\\s*:?\\s*$");

  /**
   * True when the inline code opening at {@code open} follows "run" or "execute" as an order ("fix: run
   * `...`", "you must run `...`"); "says to run `...`" reports an order and stays a quotation.
   */
  static boolean runOrder(String text, int open) {
    com.google.re2j.Matcher m = RUN_BEFORE.matcher(text.substring(Math.max(0, open - 24), open));
    return m.find() && !"to".equalsIgnoreCase(m.group(1));
  }

  static boolean cited(String text, int start, int end) {
    // A match may begin just before the quote it belongs to ("an e-mail containing 'Forward ...'").
    for (int i = start; i < Math.min(end, start + 40); i++) {
      if (OPENERS.indexOf(text.charAt(i)) >= 0 && !apostrophe(text, i)) {
        if (i > 0 && "={[,:".indexOf(text.charAt(i - 1)) >= 0) {
          break; // name="..." or {"tool": ...: markup and JSON syntax, not a quotation
        }
        if (quotedAndCued(text, i + 1, end)) {
          return true;
        }
        break;
      }
    }
    return quotedAndCued(text, start, end) || cuedBefore(text, start);
  }

  private static boolean quotedAndCued(String text, int start, int end) {
    int from = Math.max(0, start - 200);
    int open = -1;
    for (int i = start - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        break;
      }
      if (OPENERS.indexOf(c) >= 0 && !apostrophe(text, i)) {
        open = i;
        break;
      }
      if (CLOSERS.indexOf(c) >= 0 && !apostrophe(text, i)) {
        break;
      }
    }
    if (open >= 0 && (dataValue(text, open) || jsonKeyEnd(text, open))) {
      return false;
    }
    if (open >= 0 && text.charAt(open) == '`' && runOrder(text, open)) {
      return false; // "run `...`": the command to run, not a quotation
    }
    int close = open >= 0 ? closing(text, end, text.charAt(open)) : -1;
    if (close >= 0) {
      String before = withoutAddresses(text, valueStart(text, Math.max(0, open - 120), open), open);
      if (LOG_RECORD.matcher(before).find()) {
        return false;
      }
      return CUE_BEFORE_QUOTE.matcher(before).find()
          || CUE_AFTER_QUOTE.matcher(text.substring(close, Math.min(text.length(), close + 80))).find();
    }
    return false;
  }

  /**
   * Where the JSON string value that {@code to} lies in begins, if it begins within [from, to)
   * ("...", "text": "Assistant, ..."); otherwise {@code from}. The keys and values before it
   * ("text", "report") are another field's words, not this one's introduction.
   */
  static int valueStart(String text, int from, int to) {
    for (int k = to - 1; k > from + 1; k--) {
      if (text.charAt(k) == '"' && (text.charAt(k - 1) == ':' || (text.charAt(k - 1) == ' ' && text.charAt(k - 2) == ':'))
          && (k < 2 || text.charAt(k - 1) != '\\')) {
        return k + 1;
      }
    }
    return from;
  }

  /**
   * True when the quote at {@code open} opens a value in data, not a quotation in prose: a JSON value
   * ({"text": "...", [ "..."), or a CSV cell (a comma right before the quote; prose puts a space after it).
   * The key of such a value ("text", "message", "prompt") is no cue.
   */
  static boolean dataValue(String text, int open) {
    if (open > 0 && text.charAt(open - 1) == ',') {
      return true;
    }
    int k = open;
    while (k > 0 && open - k < 8 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t')) {
      k--;
    }
    if (k == 0) {
      return false;
    }
    char c = text.charAt(k - 1);
    if (c == '[' || c == '{') {
      return true;
    }
    if (c == '=' && k == open && k >= 2 && attributeNameChar(text.charAt(k - 2))) {
      // aria-label="...", content="...", user-agent="...": an attribute's or a field's value, not a quotation.
      return true;
    }
    if (c != ':') {
      return false;
    }
    int q = k - 1;
    while (q > 0 && k - 1 - q < 8 && (text.charAt(q - 1) == ' ' || text.charAt(q - 1) == '\t')) {
      q--;
    }
    return q > 0 && text.charAt(q - 1) == '"';
  }

  /**
   * True when the quote at {@code at} closes a JSON key ({@code "function_call": {...}}): the key's syntax, not a
   * quotation opening before the match. A quotation's opening mark is never followed by a colon.
   */
  private static boolean jsonKeyEnd(String text, int at) {
    if (text.charAt(at) != '"') {
      return false;
    }
    int k = at + 1;
    while (k < text.length() && k - at < 4 && text.charAt(k) == ' ') {
      k++;
    }
    return k < text.length() && text.charAt(k) == ':';
  }

  private static boolean attributeNameChar(char c) {
    return c == '-' || c == '_' || (c < 128 && Character.isLetterOrDigit(c));
  }

  /** True when {@code window} holds a word that introduces a quotation ("such as", "the phrase", "attackers"). */
  static boolean cueBeforeQuote(String window) {
    return CUE_BEFORE_QUOTE.matcher(window).find();
  }

  /**
   * A log record's level and component ("WARN  [ingest] payload field 'comment' truncated: ..."): a machine
   * writing down what it received, not an author introducing an example.
   */
  private static final Pattern LOG_RECORD = Pattern.compile("\\b(?:WARN|WARNING|ERROR|INFO|DEBUG|TRACE|FATAL)\\s+\\[[\\w.:/-]{1,40}\\]");

  private static boolean cuedBefore(String text, int start) {
    String window = withoutAddresses(text, valueStart(text, Math.max(0, start - 120), start), start);
    int nl = window.lastIndexOf('\n');
    String line = nl >= 0 ? window.substring(nl + 1) : window;
    if (LOG_RECORD.matcher(line).find()) {
      return false;
    }
    if (line.isBlank() || line.trim().length() <= 1 && OPENERS.indexOf(line.trim().isEmpty() ? ' ' : line.trim().charAt(0)) >= 0) {
      // The quotation opens its own paragraph: the line that introduces it ("Here is an example of ...:") is the
      // last non-blank line before it.
      String before = text.substring(Math.max(0, start - 400), start);
      int end = before.length();
      while (end > 0 && (before.charAt(end - 1) == '\n' || before.charAt(end - 1) == ' ' || OPENERS.indexOf(before.charAt(end - 1)) >= 0)) {
        end--;
      }
      int from = before.lastIndexOf('\n', end - 1) + 1;
      String previous = before.substring(from, end);
      if (end < before.length() && before.substring(end).indexOf('\n') >= 0 && previous.endsWith(":")
          && (CUE_COLON.matcher(previous).find() || SPEECH_COLON.matcher(previous).find() || CUE_BEFORE_QUOTE.matcher(previous).find())) {
        return true;
      }
    }
    if (SPEECH_COLON.matcher(line).find()
        && META.matcher(withoutAddresses(text, Math.max(0, start - 300), start)).find()) {
      return true;
    }
    return CUE_COLON.matcher(line).find()
        || CUE_RIGHT_BEFORE.matcher(line.substring(Math.max(0, line.length() - 25))).find();
  }

  /**
   * {@code text[from, to)} with URLs, e-mail addresses and host names blanked out: a cue word in
   * "https://blog.example/..." or "jane@corp.example" says nothing about quoting. A token that the
   * window cuts is read whole (from its start, at most 200 characters back).
   */
  static String withoutAddresses(String text, int from, int to) {
    int s = from;
    while (s > 0 && from - s < 200 && !tokenEnd(text.charAt(s - 1))) {
      s--;
    }
    char[] out = null;
    int i = s;
    while (i < to) {
      if (tokenEnd(text.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < text.length() && j - i < 2000 && !tokenEnd(text.charAt(j))) {
        j++;
      }
      if (address(text, i, j)) {
        if (out == null) {
          out = text.substring(from, to).toCharArray();
        }
        for (int k = Math.max(i, from); k < Math.min(j, to); k++) {
          out[k - from] = ' ';
        }
      }
      i = j;
    }
    return out == null ? text.substring(from, to) : new String(out);
  }

  /** Characters that end an address token: minified JSON is one "word" but many tokens. */
  private static boolean tokenEnd(char c) {
    return Character.isWhitespace(c) || "\"'<>{}()[]`|".indexOf(c) >= 0;
  }

  /**
   * A URL ("://"), an e-mail address ('@' before a dot) or a host or file name: a dot between a
   * letter or digit and two more letters or digits ("blog.example", not "e.g.").
   */
  private static boolean address(String text, int from, int to) {
    int at = -1;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == ':' && k + 2 < to && text.charAt(k + 1) == '/' && text.charAt(k + 2) == '/') {
        return true;
      }
      if (c == '@') {
        at = k;
      } else if (c == '.' && k > from && k + 2 < to && Character.isLetterOrDigit(text.charAt(k - 1))
          && Character.isLetterOrDigit(text.charAt(k + 1)) && Character.isLetterOrDigit(text.charAt(k + 2))) {
        return true;
      } else if (c == '.' && at >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the quotation opened by {@code opener} around a match ending at {@code end} closes on its line, or
   * -1. Only a mark that can close that opener counts: in "run `find / -name '*.pem' -exec curl ...`" the
   * backtick after the command does not close the quote around '*.pem'.
   */
  private static int closing(String text, int end, char opener) {
    String closers = switch (opener) {
      case '\'', '‘' -> "'’";
      case '"', '“', '„' -> "\"”“";
      case '«' -> "»";
      case '`' -> "`";
      case '「' -> "」";
      case '『' -> "』";
      default -> CLOSERS;
    };
    int to = Math.min(text.length(), end + 300);
    for (int i = Math.max(0, end - 1); i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return -1;
      }
      if (closers.indexOf(c) >= 0 && !apostrophe(text, i)) {
        return i;
      }
    }
    return -1;
  }

  /** A single quote between two letters is an apostrophe ("user's"), not a quote. */
  private static boolean apostrophe(String text, int i) {
    char c = text.charAt(i);
    if (c != '\'' && c != '’') {
      return false;
    }
    return i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
  }
}
