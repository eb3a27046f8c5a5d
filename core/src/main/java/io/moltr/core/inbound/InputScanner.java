package io.moltr.core.inbound;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.moltr.core.config.ConfigNode;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Scans what an agent is about to read (tool results, web pages, e-mails, files) for
 * instructions planted in it: override and jailbreak phrasing in English and German, hidden text
 * (zero-width, bidi and Unicode tag characters, HTML comments, invisible CSS), markdown images
 * and links that would carry data to hosts outside the egress allowlist, instructions hidden in
 * base64 or tag characters, and smuggled tool-call or role markup.
 *
 * <p>Order: decode hidden channels (tag characters, base64 runs) and scan them with the same
 * phrase rules; scan the visible text; combine the weights into one score
 * (1 - Π(1 - w)); remove hidden content for the sanitised text. Every pattern is RE2/J, so the
 * work is linear in the input.
 */
public final class InputScanner {
  /** A phrase rule: id, what it means, how much it weighs. */
  private record Phrase(String id, String description, double weight, Pattern pattern) {}

  private static final List<Phrase> PHRASES = List.of(
      phrase("override.ignore", "asks to ignore earlier instructions", 0.8,
          "(?i)\\b(?:ignore|disregard|forget|override|bypass|skip)\\b[^.\\n]{0,40}?\\b(?:previous|prior|above|earlier|preceding|all|any|your|the|system|original)\\b[^.\\n]{0,30}?\\b(?:instructions?|prompts?|rules|guidelines|directives|messages|context|restrictions|policies)\\b"),
      phrase("override.new_instructions", "announces new or updated instructions", 0.6,
          "(?i)(?:\\b(?:new|updated|revised|real|actual|hidden)\\s+(?:system\\s+)?instructions?\\s*[:：]|\\bfrom now on,?\\s+you\\s+(?:will|must|are|should))"),
      phrase("jailbreak.persona", "tries to switch the model into an unrestricted persona", 0.7,
          "(?i)\\b(?:you\\s+are\\s+now|act\\s+as|pretend\\s+(?:to\\s+be|you\\s+are)|roleplay\\s+as)\\b[^.\\n]{0,40}?\\b(?:DAN|unrestricted|unfiltered|uncensored|jailbroken|developer\\s+mode|no\\s+(?:rules|limits|restrictions)|evil)\\b"),
      phrase("jailbreak.known", "uses known jailbreak wording", 0.7,
          "(?i)\\b(?:do\\s+anything\\s+now|developer\\s+mode\\s+(?:enabled|on)|jailbreak(?:ed)?\\s+mode|god\\s+mode\\s+enabled)\\b"),
      phrase("exfil.reveal", "asks to reveal the system prompt or secrets", 0.7,
          "(?i)\\b(?:reveal|print|show|output|repeat|leak|dump|display|tell\\s+me)\\b[^.\\n]{0,30}?\\b(?:system\\s+prompt|initial\\s+prompt|hidden\\s+instructions|api[\\s_-]*keys?|secrets?|credentials|passwords?|private\\s+keys?|env(?:ironment)?\\s+variables|\\.env)\\b"),
      phrase("exfil.send", "asks to send data somewhere", 0.6,
          "(?i)\\b(?:send|post|upload|forward|transmit|exfiltrate|email|e-mail)\\b[^.\\n]{0,40}?\\b(?:data|file|files|contents?|secrets?|keys?|credentials|tokens?|passwords?|history|conversation)\\b[^.\\n]{0,40}?\\b(?:to|at|into)\\b\\s+(?:https?://|[\\w.-]+@|[\\w-]+\\.[a-z]{2,})"),
      phrase("stealth.hide_from_user", "asks to keep the user in the dark", 0.6,
          "(?i)\\b(?:do\\s+not|don'?t|never)\\s+(?:tell|inform|mention\\s+(?:this\\s+)?to|alert|notify|reveal\\s+(?:this\\s+)?to)\\s+(?:the\\s+)?(?:user|human|operator|owner)\\b"),
      phrase("action.dangerous", "asks to run destructive or remote code", 0.5,
          "(?i)\\b(?:run|execute|exec)\\b[^.\\n]{0,20}?(?:rm\\s+-rf|curl\\s+[^|\\n]*\\|\\s*(?:ba)?sh|wget\\s+[^|\\n]*\\|\\s*(?:ba)?sh|base64\\s+-d[^|\\n]*\\|\\s*(?:ba)?sh)"),
      phrase("override.de", "fordert auf, frühere Anweisungen zu ignorieren (deutsch)", 0.8,
          "(?i)\\b(?:ignorier(?:e|en)?|vergiss|vergessen\\s+sie|missachte(?:n)?|übergeh(?:e|en)?)\\b[^.\\n]{0,40}?\\b(?:vorherigen|bisherigen|obigen|früheren|alle|deine|ihre|sämtliche)\\b[^.\\n]{0,30}?\\b(?:anweisungen|instruktionen|befehle|regeln|vorgaben|richtlinien)\\b"),
      phrase("override.de_new", "kündigt neue Anweisungen an (deutsch)", 0.6,
          "(?i)(?:\\bneue\\s+(?:system)?anweisungen?\\s*[:：]|\\bab\\s+(?:jetzt|sofort)\\s+(?:bist\\s+du|wirst\\s+du|musst\\s+du))"),
      phrase("jailbreak.de", "Rollenwechsel in ein uneingeschränktes Modell (deutsch)", 0.7,
          "(?i)\\b(?:du\\s+bist\\s+(?:jetzt|nun|ab\\s+sofort)|tu\\s+so,?\\s+als\\s+(?:ob|wärst))\\b[^.\\n]{0,40}?\\b(?:DAN|uneingeschränkt|ungefiltert|unzensiert|ohne\\s+(?:regeln|grenzen|einschränkungen)|entwicklermodus)\\b"),
      phrase("exfil.de_reveal", "fordert Systemprompt oder Geheimnisse an (deutsch)", 0.7,
          "(?i)\\b(?:gib|zeig(?:e)?|verrate|nenne|drucke)\\b[^.\\n]{0,30}?\\b(?:system\\s*-?prompt|anweisungen|api-?schlüssel|schlüssel|passw(?:ö|oe)rter|passwort|zugangsdaten|geheimnisse)\\b"),
      phrase("exfil.de_send", "fordert auf, Daten zu senden (deutsch)", 0.6,
          "(?i)\\b(?:sende|schicke|übermittle|lade)\\b[^.\\n]{0,40}?\\b(?:daten|dateien|inhalte?|schlüssel|passw(?:ö|oe)rter|zugangsdaten|tokens?)\\b[^.\\n]{0,40}?\\b(?:an|nach|zu|hoch)\\b"),
      phrase("stealth.de", "fordert auf, den Nutzer nicht zu informieren (deutsch)", 0.6,
          "(?i)\\b(?:sag(?:e)?|erzähl(?:e)?|teil(?:e)?)\\s+(?:dem|der)\\s+(?:benutzer(?:in)?|nutzer(?:in)?|anwender(?:in)?)\\s+(?:nichts|nicht\\s+davon)\\b"),
      phrase("smuggle.tool_call", "contains tool-call or role markup meant for the model", 0.6,
          "(?i)(?:<\\|(?:im_start|im_end|system|assistant|user|endoftext)\\|>|<\\s*/?\\s*(?:tool_call|function_call|tool_use|system|assistant)\\s*>|\\[/?INST\\]|<<\\s*/?SYS\\s*>>|\"(?:function_call|tool_calls?)\"\\s*:|^\\s*#{2,}\\s*(?:system|assistant)\\s*:|^\\s*(?:system|assistant)\\s*:\\s)"));

  private static final Pattern HTML_COMMENT = Pattern.compile("(?s)<!--(.*?)-->");
  private static final Pattern HIDDEN_CSS = Pattern.compile(
      "(?is)<(\\w{1,10})\\b[^>]{0,400}?style\\s*=\\s*[\"'][^\"']{0,400}?(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden|font-size\\s*:\\s*0(?:px|em|rem|%)?\\s*[;\"']|opacity\\s*:\\s*0(?:\\.0+)?\\s*[;\"']|(?:left|top|text-indent)\\s*:\\s*-\\d{3,}|color\\s*:\\s*(?:#fff(?:fff)?|white|rgba?\\(\\s*255\\s*,\\s*255\\s*,\\s*255)[^\"']{0,200}?background(?:-color)?\\s*:\\s*(?:#fff(?:fff)?|white))[^>]{0,400}?>(.*?)</\\w{1,10}\\s*>");
  private static final Pattern MARKDOWN_LINK = Pattern.compile("(!?)\\[([^\\]\\n]{0,500})\\]\\(\\s*<?(https?://[^\\s)>]+)>?(?:\\s+\"[^\"\\n]{0,200}\")?\\s*\\)");
  private static final Pattern BASE64_RUN = Pattern.compile("[A-Za-z0-9+/_-]{24,}={0,2}");

  private final double blockAt;
  private final Predicate<String> hostAllowed;
  private final int maxLength;

  private InputScanner(double blockAt, Predicate<String> hostAllowed, int maxLength) {
    this.blockAt = blockAt;
    this.hostAllowed = hostAllowed;
    this.maxLength = maxLength;
  }

  /**
   * {@code settings} is {@code scanners.input} of default.yaml (enabled, block_at: score in
   * (0, 1], default 0.5; max_input_length). {@code hostAllowed} says whether the egress policy
   * would let a URL's host through.
   */
  public static InputScanner fromConfig(ConfigNode settings, Predicate<String> hostAllowed) {
    return new InputScanner(settings.decimal("block_at", 0.5, 0.01, 1.0), hostAllowed,
        settings.intValue("max_input_length", 1024 * 1024, 1, 16 * 1024 * 1024));
  }

  public double blockAt() {
    return blockAt;
  }

  public int maxInputLength() {
    return maxLength;
  }

  private static Phrase phrase(String id, String description, double weight, String regex) {
    return new Phrase(id, description, weight, Pattern.compile(regex, Pattern.MULTILINE));
  }

  public InputReport scan(String text) {
    if (text.length() > maxLength) {
      throw new IllegalArgumentException("input longer than " + maxLength + " characters");
    }
    List<InputFinding> findings = new ArrayList<>();
    hiddenCharacters(text, findings);
    String tagText = tagCharacters(text);
    if (!tagText.isEmpty()) {
      findings.add(new InputFinding("hidden_text", "hidden.tag_characters",
          "text written in invisible Unicode tag characters", 0, text.length(), 0.7, excerpt(tagText)));
      phrases(tagText, 0, text.length(), "decoded from Unicode tag characters", findings);
    }
    String visible = stripInvisible(text);
    phrases(visible, -1, -1, null, findings);
    Matcher comments = HTML_COMMENT.matcher(text);
    while (comments.find()) {
      String body = comments.group(1).trim();
      if (!body.isEmpty()) {
        findings.add(new InputFinding("hidden_text", "hidden.html_comment", "text in an HTML comment",
            comments.start(), comments.end(), 0.2, excerpt(body)));
      }
    }
    Matcher css = HIDDEN_CSS.matcher(text);
    while (css.find()) {
      findings.add(new InputFinding("hidden_text", "hidden.invisible_css", "text hidden with CSS",
          css.start(), css.end(), 0.4, excerpt(css.group(2))));
    }
    markdownLinks(text, findings);
    encodedInstructions(text, findings);
    findings.sort(Comparator.comparingInt(InputFinding::start));
    double keep = 1.0;
    for (InputFinding f : findings) {
      keep *= 1.0 - f.weight();
    }
    double score = Math.round((1.0 - keep) * 1000) / 1000.0;
    return new InputReport(score, level(score), findings, sanitize(text));
  }

  /** True when the score reaches the configured blocking threshold. */
  public boolean blocks(InputReport report) {
    return report.riskScore() >= blockAt;
  }

  private static String level(double score) {
    if (score >= 0.75) {
      return "high";
    }
    if (score >= 0.5) {
      return "medium";
    }
    return score > 0 ? "low" : "none";
  }

  private static void phrases(String text, int fixedStart, int fixedEnd, String via, List<InputFinding> out) {
    for (Phrase p : PHRASES) {
      Matcher m = p.pattern().matcher(text);
      int found = 0;
      while (m.find() && found++ < 20) {
        int s = fixedStart >= 0 ? fixedStart : m.start();
        int e = fixedStart >= 0 ? fixedEnd : m.end();
        String d = via == null ? p.description() : p.description() + " (" + via + ")";
        String kind = p.id().startsWith("smuggle") ? "tool_call_smuggling" : "instruction";
        out.add(new InputFinding(kind, p.id(), d, s, e, p.weight(), excerpt(m.group())));
      }
    }
  }

  private static boolean invisible(int cp) {
    return (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2064)
        || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF || cp == 0x00AD || cp == 0x180E
        || (cp >= 0xE0000 && cp <= 0xE007F);
  }

  private static void hiddenCharacters(String text, List<InputFinding> out) {
    int count = 0;
    int first = -1;
    int last = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (invisible(cp) && !(cp >= 0xE0000 && cp <= 0xE007F)) {
        count++;
        first = first < 0 ? i : first;
        last = i + Character.charCount(cp);
      }
      i += Character.charCount(cp);
    }
    if (count > 0) {
      // One stray BOM or soft hyphen is common; many invisible characters are not.
      double w = count >= 3 ? 0.4 : 0.1;
      out.add(new InputFinding("hidden_text", "hidden.invisible_characters",
          count + " zero-width or bidi control character(s)", first, last, w, ""));
    }
  }

  /** Unicode tag characters (U+E0020..U+E007E) mirror ASCII and render as nothing. */
  private static String tagCharacters(String text) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (cp >= 0xE0020 && cp <= 0xE007E) {
        sb.append((char) (cp - 0xE0000));
      }
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  private static String stripInvisible(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!invisible(cp)) {
        sb.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  private void markdownLinks(String text, List<InputFinding> out) {
    Matcher m = MARKDOWN_LINK.matcher(text);
    while (m.find()) {
      boolean image = !m.group(1).isEmpty();
      String url = m.group(3);
      String host;
      String query;
      try {
        URI u = URI.create(url);
        host = u.getHost();
        query = u.getRawQuery();
      } catch (IllegalArgumentException e) {
        host = null;
        query = null;
      }
      if (host != null && hostAllowed.test(host.toLowerCase(Locale.ROOT))) {
        continue;
      }
      boolean carriesData = (query != null && query.length() >= 8) || url.length() > 120;
      // An image is fetched without a click: with data in its URL it is an exfiltration channel.
      double w = image ? (carriesData ? 0.7 : 0.3) : (carriesData ? 0.3 : 0.05);
      out.add(new InputFinding("exfiltration_link", image ? "link.markdown_image" : "link.markdown_link",
          (image ? "markdown image" : "markdown link") + " to a host outside the allowlist"
              + (carriesData ? " carrying data in its URL" : ""),
          m.start(), m.end(), w, excerpt(url)));
    }
  }

  private static void encodedInstructions(String text, List<InputFinding> out) {
    Matcher m = BASE64_RUN.matcher(text);
    int decoded = 0;
    while (m.find() && decoded < 200) {
      String run = m.group();
      if (run.length() > 64 * 1024) {
        continue;
      }
      decoded++;
      String plain = decodeBase64(run);
      if (plain == null) {
        continue;
      }
      List<InputFinding> inner = new ArrayList<>();
      phrases(plain, m.start(), m.end(), "decoded from base64", inner);
      for (InputFinding f : inner) {
        out.add(new InputFinding("encoded_instruction", f.ruleId(), f.description(), f.start(), f.end(),
            Math.min(0.9, f.weight() + 0.1), f.excerpt()));
      }
    }
  }

  private static String decodeBase64(String run) {
    String s = run.replace('-', '+').replace('_', '/');
    while (s.length() % 4 != 0) {
      s = s + "=";
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(s);
    } catch (IllegalArgumentException e) {
      return null;
    }
    try {
      String t = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      int printable = 0;
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
          printable++;
        }
      }
      return printable >= t.length() * 0.9 ? t : null;
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** The text without invisible characters, HTML comments and CSS-hidden elements. */
  static String sanitize(String text) {
    String s = HIDDEN_CSS.matcher(text).replaceAll("");
    s = HTML_COMMENT.matcher(s).replaceAll("");
    return stripInvisible(s);
  }

  private static String excerpt(String s) {
    StringBuilder sb = new StringBuilder(Math.min(s.length(), 130));
    boolean space = false;
    for (int i = 0; i < s.length() && sb.length() < 121; i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.length() > 120 ? sb.substring(0, 120) + "…" : sb.toString();
  }
}
