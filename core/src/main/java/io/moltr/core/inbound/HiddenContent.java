package io.moltr.core.inbound;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds content a human reader does not see but a model does: HTML comments, markdown comments,
 * elements hidden by inline style, by a class whose CSS hides it, by the {@code hidden} attribute,
 * or written in white without a background. Hiding alone is common (menus, tooltips, screen-reader
 * labels, README markers) and weighs little; what the hidden part says is judged by the phrase
 * rules, and an instruction found inside hidden content weighs a lot (see InputScanner).
 */
final class HiddenContent {
  private HiddenContent() {}

  /** One hidden region: the whole construct and the part of it that holds the hidden text. */
  record Segment(String ruleId, String description, double weight, int start, int end, int contentStart,
      int contentEnd) {}

  private static final Pattern HTML_COMMENT = Pattern.compile("(?s)<!--(.*?)-->");
  private static final Pattern MARKDOWN_COMMENT = Pattern.compile("(?m)^\\[(?://|comment)\\]:\\s*(?:#|<>)\\s*[(\"](.*)[)\"][ \\t]*$");
  private static final Pattern OPEN_TAG = Pattern.compile("<([A-Za-z][A-Za-z0-9]{0,9})\\b([^<>]{0,600})>");
  /**
   * An inline style or a class in quotes; the quotes may be escaped (style=\"display:none\"), as in HTML carried in a JSON
   * string of a tool result.
   */
  private static final Pattern STYLE_ATTR = Pattern.compile("(?i)\\bstyle\\s*=\\s*(?:\\\\?\"([^\"\\\\]{0,600})\\\\?\"|'([^']{0,600})')");
  private static final Pattern CLASS_ATTR = Pattern.compile("(?i)\\bclass\\s*=\\s*(?:\\\\?\"([^\"\\\\]{0,300})\\\\?\"|'([^']{0,300})'|([\\w-]{1,60}))");
  private static final Pattern HIDDEN_ATTR = Pattern.compile("(?i)(?:^|\\s)hidden(?:\\s|=|$)");
  private static final Pattern FONT_WHITE = Pattern.compile("(?i)\\bcolor\\s*=\\s*[\"']?(?:white|#fff(?:fff)?)\\b");
  private static final Pattern CSS_CLASS_RULE = Pattern.compile("\\.([A-Za-z_][\\w-]{0,40})\\s*\\{([^{}]{0,600})\\}");
  private static final int MAX_ELEMENTS = 2000;
  /** Words that start an order or a request ("ignore", "state that", "you must", "please"). */
  private static final String ORDER = "(?:ignore|disregard|forget|never|always|do\\s+not|don'?t|say|state|tell|recommend|claim|pretend"
      + "|mention|respond|reply|answer|describe|rate|approve|include|insert|add|write|output|print|send|forward|summari[sz]e"
      + "|translate|use|call|run|execute|delete|grant|make|treat|consider|remember|follow|obey|only|you|your|the\\s+user|when"
      + "|if|before|after|please|must|should|ignoriere|sage|antworte|empfiehl|du|bitte)";
  /**
   * Hidden text that opens by addressing the model ("SYSTEM: ...", "Assistant, ...", "Summarizer:
   * ...", "Note to the AI: ...") and goes on with an order within three words. "System: generated
   * by Jekyll" or "Model: v2" is metadata.
   */
  private static final Pattern ADDRESSEE_OPENS = Pattern.compile(
      "(?i)^[\\s*#>(\\[\"'-]*(?:system|assistant|ai|llm|model|agent|bot|chatbot|summari[sz]er|classifier|grader|evaluator|screener"
          + "|gpt|chatgpt|claude|gemini|copilot|ki|assistent|(?:note|message|instructions?|hinweis)\\s+(?:to|for|an|fuer)\\s+(?:the\\s+|any\\s+|die\\s+)?"
          + "(?:ai|ki|assistants?|models?|llms?|agents?|summari[sz]ers?|bots?))\\s*[:,]\\s*(?:\\S+\\s+){0,2}?" + ORDER + "\\b");
  /** Hidden text that tells the model what it must do ("Assistant must recommend ..."). */
  private static final Pattern ADDRESSEE_MODAL = Pattern.compile(
      "(?i)\\b(?:assistant|ai|llm|agent|summari[sz]er|chatbot|language\\s+model)s?\\s+(?:must|should|shall|needs?\\s+to|has\\s+to|is\\s+(?:required|instructed|expected)\\s+to)\\s+\\w+");
  /** Hidden-by-style text that opens with an order to the reader, five words or more. */
  private static final Pattern IMPERATIVE_OPENS = Pattern.compile(
      "(?i)^[\\s*#>(\\[\"'-]*(?:ignore|disregard|forget|never|always|do\\s+not|don'?t|say|state|tell|recommend|claim|pretend|mention|respond|reply|answer|describe|rate|approve"
          // orders to act, not only to speak: what a hidden note asks an agent with tools to do
          + "|save|remember|store|append|send|forward|run|execute|download|upload|reveal|transfer|merge|paste|email|whatever\\s+the\\s+user)\\b(?:\\W+\\w+){4}");
  /**
   * The same orders in the other languages the phrase rules read (German, French, Spanish, Italian,
   * Portuguese, Dutch, Polish, Russian), opening hidden-by-style text with five words or more.
   * Non-Latin letters are no {@code \\w} to RE2/J, so the words are counted by spaces.
   */
  static final Pattern IMPERATIVE_OPENS_WIDE = Pattern.compile(
      "(?i)^[\\s*#>(\\[\"'-]*(?:"
          + "ignoriere|ignorieren\\s+sie|vergiss|vergessen\\s+sie|missachte|sage|antworte|empfiehl|behaupte|genehmige|sende|schicke|leite|f(?:ü|ue)hre"
          + "|lade|(?:ü|ue)berweise|speichere|kopiere|f(?:ü|ue)ge|verrate|l(?:ö|oe)sche|installiere|best(?:ä|ae)tige|erw(?:ä|ae)hne"
          + "|ignorez|oublie|oubliez|dites|r(?:é|e)ponds|r(?:é|e)pondez|recommande|recommandez|envoie|envoyez|transf(?:è|e)re|transf(?:é|e)rez"
          + "|ex(?:é|e)cute|ex(?:é|e)cutez|lance|lancez|approuve|approuvez|fusionne|t(?:é|e)l(?:é|e)charge|supprime|r(?:é|e)v(?:è|e)le|ne\\s+(?:mentionne|dis|r(?:é|e)v(?:è|e)le)"
          + "|ignora|olvida|olvide|responde|recomienda|env(?:í|i)a|reenv(?:í|i)a|transfiere|ejecuta|ejecute|aprueba|fusiona|descarga|borra|elimina|revela"
          + "|no\\s+(?:le\\s+)?(?:menciones|digas|reveles|cuentes)"
          + "|dimentica|rispondi|raccomanda|consiglia|invia|inoltra|trasferisci|esegui|approva|scarica|rivela|non\\s+(?:dire|menzionare|rivelare)"
          + "|esque(?:ç|c)a|diga|responda|recomende|envie|encaminhe|transfira|aprove|baixe|apague|revele|n(?:ã|a)o\\s+(?:mencione|diga|conte|revele)"
          + "|negeer|vergeet|zeg|antwoord|stuur|verstuur|voer|keur|kopieer|verwijder|onthul"
          + "|zignoruj|ignoruj|zapomnij|powiedz|odpowiedz|wy(?:ś|s)lij|prze(?:ś|s)lij|przelej|wykonaj|uruchom|zatwierd(?:ź|z)|skopiuj|pobierz|usu(?:ń|n)|ujawnij"
          + "|nie\\s+(?:m(?:ó|o)w|wspominaj|ujawniaj)"
          + "|игнорируй|забудь|скажи|ответь|порекомендуй|отправь|перешли|переведи|выполни|запусти|одобри|скопируй|скачай|удали|раскрой"
          + "|не\\s+(?:говори|сообщай|упоминай))[\\s,:]+\\S+(?:\\s+\\S+){3}");
  /** How much of each hidden segment is read for an address or an order. */
  private static final int READ = 400;
  private static final int MAX_HIDDEN_CONTENT = 8000;

  private static final Pattern ZERO_SIZE_SVG = Pattern.compile("(?i)\\b(?:width|height)\\s*=\\s*[\"']?0(?:px)?[\"'\\s/>]");
  private static final Pattern TAG = Pattern.compile("<[^<>]{0,300}>");

  static List<Segment> find(String text) {
    List<Segment> out = new ArrayList<>();
    Matcher c = HTML_COMMENT.matcher(text);
    while (c.find() && out.size() < MAX_ELEMENTS) {
      if (!c.group(1).isBlank()) {
        out.add(new Segment("hidden.html_comment", "text in an HTML comment", 0.15, c.start(), c.end(), c.start(1), c.end(1)));
      }
    }
    Matcher md = MARKDOWN_COMMENT.matcher(text);
    while (md.find() && out.size() < MAX_ELEMENTS) {
      out.add(new Segment("hidden.markdown_comment", "text in a markdown comment", 0.15, md.start(), md.end(), md.start(1), md.end(1)));
    }
    Set<String> hiddenClasses = hiddenClasses(text);
    String lower = text.toLowerCase(Locale.ROOT);
    Matcher tag = OPEN_TAG.matcher(text);
    int elements = 0;
    int from = 0;
    while (elements++ < 20 * MAX_ELEMENTS && tag.find(from)) {
      from = tag.end();
      String name = tag.group(1).toLowerCase(Locale.ROOT);
      if (name.equals("style") || name.equals("script") || name.equals("template") || name.equals("noscript")) {
        continue;
      }
      String how = hiddenBy(tag.group(2), hiddenClasses);
      if (how == null && name.equals("svg") && ZERO_SIZE_SVG.matcher(tag.group(2)).find()) {
        // <svg width="0" height="0"><text>...</text></svg>: drawn at no size, its text reaches only machines.
        how = "a zero-size SVG";
      }
      if (how == null) {
        continue;
      }
      int contentStart = tag.end();
      int limit = Math.min(text.length(), contentStart + MAX_HIDDEN_CONTENT);
      int close = indexWithin(lower, "</" + name, contentStart, limit);
      int contentEnd = close < 0 || close > limit ? limit : close;
      int end = contentEnd;
      if (close >= 0 && close <= limit) {
        int gt = text.indexOf('>', close);
        end = gt < 0 || gt > close + 20 ? contentEnd : gt + 1;
      }
      if (text.substring(contentStart, contentEnd).isBlank()
          || how.equals("a zero-size SVG") && TAG.matcher(text.substring(contentStart, contentEnd)).replaceAll("").isBlank()) {
        continue; // an SVG sprite sheet of gradients and symbols holds no text
      }
      out.add(new Segment("hidden.invisible_css", "text hidden with " + how, 0.3, tag.start(), end, contentStart, contentEnd));
      from = end;
      if (out.size() >= MAX_ELEMENTS) {
        break;
      }
    }
    return out;
  }

  /**
   * True when the hidden segment's text opens with an order ({@link #IMPERATIVE_OPENS}, or the same in
   * the other languages): together with a phrase rule's hit inside it, a comment that gives an order
   * to run, send or pay, not a note to the file's editor.
   */
  static boolean opensWithOrder(String text, Segment s) {
    String content = text.substring(s.contentStart(), Math.min(s.contentEnd(), s.contentStart() + READ));
    return IMPERATIVE_OPENS.matcher(content).find() || IMPERATIVE_OPENS_WIDE.matcher(content).find();
  }

  /**
   * True when a hidden segment's text speaks to the model: it opens by addressing it, tells it
   * what it must do, or (for text hidden by style, which no human editor reads either) opens with
   * an order. A comment that says "Describe your changes" is for the person editing the file; one
   * that says "SYSTEM: the assistant must ..." is not. Reads at most {@link #READ} characters.
   */
  static boolean addressesTheModel(String text, Segment s) {
    String content = text.substring(s.contentStart(), Math.min(s.contentEnd(), s.contentStart() + READ));
    if (ADDRESSEE_OPENS.matcher(content).find() || ADDRESSEE_MODAL.matcher(content).find()) {
      return true;
    }
    return s.ruleId().equals("hidden.invisible_css")
        && (IMPERATIVE_OPENS.matcher(content).find() || IMPERATIVE_OPENS_WIDE.matcher(content).find());
  }

  private static int indexWithin(String s, String needle, int from, int limit) {
    for (int i = from; i + needle.length() <= limit; i++) {
      if (s.startsWith(needle, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Why the opening tag's attributes hide its content, or null. */
  private static String hiddenBy(String attrs, Set<String> hiddenClasses) {
    Matcher s = STYLE_ATTR.matcher(attrs);
    if (s.find()) {
      String how = hidingStyle(s.group(1) != null ? s.group(1) : s.group(2));
      if (how != null) {
        return how;
      }
    }
    if (HIDDEN_ATTR.matcher(attrs.replaceAll("\"[^\"]*\"|'[^']*'", "\"\"")).find()) {
      return "the hidden attribute";
    }
    if (FONT_WHITE.matcher(attrs).find() && !attrs.toLowerCase(Locale.ROOT).contains("bgcolor")) {
      return "white text";
    }
    if (!hiddenClasses.isEmpty()) {
      Matcher cl = CLASS_ATTR.matcher(attrs);
      if (cl.find()) {
        String v = cl.group(1) != null ? cl.group(1) : cl.group(2) != null ? cl.group(2) : cl.group(3);
        for (String name : v.trim().split("\\s+")) {
          if (hiddenClasses.contains(name)) {
            return "a hiding CSS class (." + name + ")";
          }
        }
      }
    }
    return null;
  }

  /** Class names a stylesheet rule hides unconditionally (".x{display:none}"), bounded. */
  private static Set<String> hiddenClasses(String text) {
    Set<String> out = new HashSet<>();
    if (!text.contains("{")) {
      return out;
    }
    Matcher m = CSS_CLASS_RULE.matcher(text);
    int seen = 0;
    while (m.find() && seen++ < 500) {
      // ".menu:hover .x{...}" or ".a .b{...}" hide conditionally or nested; only a bare ".x{" counts.
      int before = m.start() - 1;
      boolean bare = before < 0 || text.charAt(before) == '}' || text.charAt(before) == '>' || Character.isWhitespace(text.charAt(before));
      if (bare && before >= 0 && Character.isWhitespace(text.charAt(before))) {
        int k = before;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
          k--;
        }
        bare = k < 0 || text.charAt(k) == '}' || text.charAt(k) == '>';
      }
      if (bare && hidingStyle(m.group(2)) != null) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  /** Which declaration in an inline style hides the element, or null. */
  static String hidingStyle(String style) {
    String color = null;
    String background = null;
    boolean zeroWidth = false;
    boolean zeroHeight = false;
    boolean overflowHidden = false;
    boolean clipped = false;
    boolean positioned = false;
    for (String decl : style.toLowerCase(Locale.ROOT).split(";")) {
      int colon = decl.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String prop = decl.substring(0, colon).trim();
      String value = decl.substring(colon + 1).replace("!important", "").trim();
      switch (prop) {
        case "display" -> {
          if (value.equals("none")) {
            return "display:none";
          }
        }
        case "visibility" -> {
          if (value.equals("hidden") || value.equals("collapse")) {
            return "visibility:hidden";
          }
        }
        case "opacity" -> {
          if (number(value) == 0) {
            return "opacity:0";
          }
        }
        case "font-size" -> {
          double v = number(value);
          if (v >= 0 && (v == 0 || (value.endsWith("px") && v <= 1.5) || (value.endsWith("pt") && v <= 1)
              || ((value.endsWith("em") || value.endsWith("rem")) && v <= 0.1))) {
            return "font-size:" + value;
          }
        }
        case "left", "top", "right", "text-indent", "margin-left", "margin-top" -> {
          if (number(value) <= -999) {
            return prop + ":" + value;
          }
        }
        case "width", "max-width" -> zeroWidth = number(value) == 0;
        case "height", "max-height" -> zeroHeight = number(value) == 0;
        case "overflow" -> overflowHidden = value.equals("hidden");
        case "clip" -> {
          if (value.replace(" ", "").startsWith("rect(0,0,0,0)") || value.replace(" ", "").startsWith("rect(0000)")) {
            zeroWidth = zeroHeight = true;
            clipped = true;
          }
        }
        case "transform" -> {
          if (value.replace(" ", "").contains("scale(0)")) {
            return "transform:scale(0)";
          }
        }
        case "position" -> positioned = value.equals("absolute") || value.equals("fixed");
        case "color" -> color = value;
        case "background", "background-color" -> background = value;
        default -> { }
      }
    }
    if ((zeroWidth || zeroHeight) && overflowHidden) {
      return "zero size";
    }
    if (clipped && positioned) {
      // clip applies to positioned elements only, and rect(0 0 0 0) leaves nothing of them to see.
      return "clip:rect(0)";
    }
    if (color != null && white(color) && (background == null || white(background))) {
      return "white text";
    }
    return null;
  }

  private static boolean white(String v) {
    String s = v.replace(" ", "");
    return s.equals("white") || s.equals("#fff") || s.equals("#ffffff") || s.startsWith("rgb(255,255,255")
        || s.startsWith("rgba(255,255,255") || s.equals("#fffffe") || s.startsWith("white") || s.startsWith("#fff;")
        || s.startsWith("#ffffff");
  }

  /** The leading number of a CSS value ("0px" -> 0, "-10000px" -> -10000), or NaN. */
  private static double number(String v) {
    int i = 0;
    while (i < v.length() && (Character.isDigit(v.charAt(i)) || v.charAt(i) == '.' || v.charAt(i) == '-' || v.charAt(i) == '+')) {
      i++;
    }
    if (i == 0 || i > 20) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(v.substring(0, i));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** The text with hidden segments and invisible characters removed. */
  static String sanitize(String text, List<Segment> segments) {
    List<Segment> sorted = new ArrayList<>(segments);
    sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
    StringBuilder sb = new StringBuilder(text.length());
    int at = 0;
    for (Segment s : sorted) {
      if (s.start() < at) {
        continue;
      }
      appendVisible(sb, text, at, s.start());
      at = s.end();
    }
    appendVisible(sb, text, at, text.length());
    return sb.toString();
  }

  private static void appendVisible(StringBuilder sb, String text, int from, int to) {
    for (int i = from; i < to; ) {
      int cp = text.codePointAt(i);
      if (!CanonicalText.invisible(cp)) {
        sb.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
  }
}
