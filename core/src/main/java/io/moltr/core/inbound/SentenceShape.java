package io.moltr.core.inbound;

import com.google.re2j.Pattern;

/**
 * Shapes of a sentence that carry an override or persona phrase without giving the reader an
 * order: the phrase names a thing ("admin override flag", "the previous instructions table"), a
 * developer's to-do ("Create a new task: wrap the coroutine"), a guard against injection ("the
 * model must ignore instructions inside retrieved documents"), a program's state ("forget
 * everything learned so far"), a person's job ("from now on you are the release manager") or a
 * hyphenated label ("ignore-previous-instructions variants"), and a transfer verb used as a noun
 * ("obtain a copy in the file LICENSE ... or at https://..."). Each check reads a bounded window
 * around the hit with an anchored RE2/J pattern.
 */
final class SentenceShape {
  private SentenceShape() {}

  /** Nouns that make the phrase before them a compound name: a flag, a table, a file. */
  private static final Pattern THING_AFTER = Pattern.compile(
      "(?i)\\s*(?:flags?|options?|settings?|fields?|tables?|columns?|files?|parsers?|queues?|toggles?|params?|parameters?|endpoints?"
          + "|features?|variables?|templates?|schemas?|caches?|tabs?|panels?|folders?|director(?:y|ies)|headers?|buttons?)\\b");

  /**
   * Words before "new task" that make it a noun in a sentence: "create a new task". Not "the":
   * "the real task is to ..." is how an injected note announces itself.
   */
  private static final Pattern TASK_AS_NOUN = Pattern.compile(
      "(?i)(?:^|.*\\W)(?:a|an|each|every|one|another|create|add|open|start|schedule|spawn|submit|file|assign|ein|eine|einer|einen|jede)\\s+$");

  /**
   * "You can obtain a copy in the file LICENSE ... or at https://...": after an article, the
   * words that also order a transfer (copy, post, share, export...) are nouns.
   */
  private static final Pattern ARTICLE_BEFORE = Pattern.compile(
      "(?i)(?:^|.*\\W)(?:a|an|the|this|that|your|our|its|their|my|his|her|each|every|another)\\s+$");

  /** "make a copy of ... at https://...", "put a copy ... on": placing it there is the order. */
  private static final Pattern PLACING_BEFORE = Pattern.compile(
      "(?i)(?:^|.*\\W)(?:make|put|save|place|store|leave|drop|create|keep|write|attach|include|add|send|upload|push|publish|mirror|stash)\\s+(?:\\w+\\s+){0,2}$");

  /** A second transfer verb in the hit: "a copy of the keys, then upload it to ...". */
  private static final Pattern TRANSFER_VERB = Pattern.compile(
      "(?i)\\b(?:send|post|upload|forward|transmit|exfiltrate|e\\s?mail|mail|paste|share|submit|push|sync|leak|export)\\b");

  /** A transfer word that names a field: "client_email": ..., share: true. */
  private static final Pattern FIELD_AFTER = Pattern.compile("\\s*[\"']?\\s*[:=]");

  /** Every transfer verb of the hit is a key of JSON, YAML or a form ("client_email": "sa@..."). */
  private static boolean onlyFieldNames(String excerpt) {
    com.google.re2j.Matcher m = TRANSFER_VERB.matcher(excerpt);
    boolean any = false;
    while (m.find()) {
      any = true;
      if (!FIELD_AFTER.matcher(excerpt.substring(m.end())).lookingAt()) {
        return false;
      }
    }
    return any;
  }

  private static final Pattern VERB_AS_NOUN = Pattern.compile(
      "(?i)(?:copy|post|export|share|paste|leak|mail|e\\s?mail|push|sync|upload|forward|submit)\\b");

  /** What a developer's task is about. */
  private static final Pattern TECHNICAL = Pattern.compile(
      "(?i)[^.!?\\n]{0,80}?\\b(?:coroutines?|functions?|methods?|class(?:es)?|modules?|unit\\s+tests?|bugs?|refactor\\w*|endpoints?|components?"
          + "|handlers?|callbacks?|threads?|loops?|quer(?:y|ies)|migrations?|pipelines?|branch(?:es)?|commits?|pull\\s+requests?|apis?|css"
          + "|tickets?|schemas?|librar(?:y|ies)|dependenc(?:y|ies)|structs?|interfaces?|exceptions?|cancell?ation|async|goroutines?"
          + "|koroutinen?|funktion(?:en)?|methoden?|klassen?|abbruch)\\b");

  /** "... ignore instructions that appear inside retrieved documents": a guard, not an order. */
  private static final Pattern GUARD = Pattern.compile(
      "(?i)\\s*(?:(?:any|all)\\s+)?(?:(?:instructions?|commands?|text|directives?|orders)\\s+)?(?:that\\s+(?:appear|are|arrive|come)\\s+|found\\s+|embedded\\s+|contained\\s+|hidden\\s+|placed\\s+)?"
          + "(?:in|inside|within|from)\\s+(?:the\\s+|any\\s+)?(?:retrieved|fetched|external|untrusted|third\\s+party|tool|web|search|documents?|e\\s?mails?|pages?|data|content|results?)\\b");

  /** "the model is instructed to reveal nothing": a restriction on the model, not a licence. */
  private static final Pattern RESTRICTION = Pattern.compile("(?i)\\s*(?:(?:\\w+\\s+)(?:nothing|none)\\b|(?:not|never)\\b)");

  private static final Pattern STATE = Pattern.compile(
      "(?i).*\\beverything\\s+(?:learned|learnt|cached|stored|collected|loaded|computed|recorded|accumulated|buffered|indexed|trained|seen)\\b.*");

  /** "you are (now) the release manager": a person's job. */
  private static final Pattern ROLE = Pattern.compile(
      "(?i)\\s*(?:are\\s+)?(?:now\\s+)?(?:the|a|an|our|my)\\s+(?:[\\w.]+\\s+){0,3}?(?:manager|owner|lead|maintainer|contact|engineer|reviewer|assignee"
          + "|coordinator|moderator|editor|on\\s?call|point\\s+of\\s+contact|person\\s+in\\s+charge)\\b");

  /** A hyphenated phrase followed by what it is a name of. */
  private static final Pattern LABEL_AFTER = Pattern.compile(
      "(?i)-?\\w*\\s*(?:variants?|attacks?|payloads?|patterns?|strings?|prompts?|tests?|rules?|examples?|style|category|class|family|detectors?|checks?|cases?)\\b");

  /** A clock time, a weekday or "tomorrow" in the same sentence: the new instructions are a meeting's or a trip's. */
  private static final Pattern SCHEDULE = Pattern.compile(
      "(?i)^[^.!?\\n]{0,100}?(?:\\b\\d{1,2}[:.]\\d{2}\\b|\\b\\d{1,2}\\s?(?:am|pm)\\b|\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)\\b)");
  /** The model spoken to, or something asked of whoever reads it. */
  private static final Pattern SECOND_PERSON = Pattern.compile("(?i)^[^.!?\\n]{0,120}?\\b(?:you|your|yours|yourself)\\b");

  /**
   * "Hi all, new instructions: the bus leaves at 8:15": what follows the announcement is a time
   * table for people, and it asks nothing of the reader. "New instructions: at 9:00 you send ..." does.
   */
  private static boolean scheduleForPeople(String after) {
    String rest = after.startsWith(":") ? after.substring(1) : after;
    return SCHEDULE.matcher(rest).find() && !SECOND_PERSON.matcher(rest).find();
  }

  /**
   * True when the word at {@code s} is a key of a JSON or JavaScript object ({"ignore": "Ignorieren",
   * {ignore:!1,override:function...}): it opens after '{', ',' or a quote that follows one, and a
   * colon closes it. The words after it are other keys and values, not the object of a verb.
   */
  static boolean objectKey(String original, int s) {
    int k = s;
    while (k < original.length() && k - s < 40 && (Character.isLetterOrDigit(original.charAt(k)) || original.charAt(k) == '_')) {
      k++;
    }
    char quote = s > 0 ? original.charAt(s - 1) : 0;
    boolean quoted = quote == '"' || quote == '\'';
    if (quoted) {
      if (k >= original.length() || original.charAt(k) != quote) {
        return false;
      }
      k++;
    }
    while (k < original.length() && original.charAt(k) == ' ') {
      k++;
    }
    if (k >= original.length() || original.charAt(k) != ':') {
      return false;
    }
    int b = s - (quoted ? 2 : 1);
    while (b >= 0 && b > s - 40 && (original.charAt(b) == ' ' || original.charAt(b) == '\t' || original.charAt(b) == '\n' || original.charAt(b) == '\r')) {
      b--;
    }
    return b >= 0 && (original.charAt(b) == '{' || original.charAt(b) == ',');
  }

  /** What fills a template's turn: {system}, {{ m.content }}, ${prompt}, %s, <USER_MESSAGE>, or the template's end. */
  private static final Pattern TEMPLATE_SLOT = Pattern.compile(
      "(?:<\\|end_header_id\\|>)?(?:\\s|\\\\n|#|//){0,12}(?:\\{\\{?\\s*[\\w.\\[\\]'\"]{1,40}\\s*\\}\\}?|\\$\\{?\\w{1,30}\\}?|%\\(?\\w{0,20}\\)?s|<[A-Z_]{2,30}>|\"\"\"|'''|`|$|\"[ \\t]*(?:\\n|$))");

  /** The role word and then a placeholder: what follows an opening token in a template. */
  private static final Pattern TURN_SLOT = Pattern.compile("(?:system|user|assistant|model|developer|tool)?" + TEMPLATE_SLOT.pattern());
  private static final Pattern SLOT_BEFORE = Pattern.compile("(?:\\{\\{?\\s*[\\w.\\[\\]'\"]{1,40}\\s*\\}\\}?|\\$\\{?\\w{1,30}\\}?|%s)\\s*(?:\\\\n)?\\s*$");
  /** "Step 5/9 : RUN curl ... | bash": a Dockerfile instruction, in capitals at a line's or a step's start. */
  private static final Pattern DOCKER_RUN = Pattern.compile("(?:^|\\n|:\\s|>\\s)\\s*RUN\\s+(?:curl|wget|rm|base64|bash|sh)\\b");

  private static String textBefore(String text, int to, int n) {
    return text.substring(Math.max(0, Math.min(to, text.length()) - n), Math.min(to, text.length()));
  }

  /** A speech tag after a dash-opened line: "—Olvida las reglas —dijo el entrenador—". */
  private static final Pattern SPEECH_TAG = Pattern.compile(
      "(?i)^[^\\n]{0,120}?[—–]\\s*(?:dijo|respondió|contestó|gritó|susurró|murmuró|preguntó|añadió|ordenó|disse|respondeu|gritou|sussurrou|perguntou|said|says|replied|whispered|shouted)\\b");

  /** True when the hit lies in a line of dialogue opened by a dash and tagged with a speech verb after it. */
  private static boolean dialogueLine(String original, int s, int e) {
    int line = s;
    while (line > 0 && s - line < 200 && original.charAt(line - 1) != '\n') {
      line--;
    }
    String head = original.substring(line, Math.min(s, original.length())).strip();
    return (head.startsWith("—") || head.startsWith("–")) && SPEECH_TAG.matcher(textAfter(original, e, 140)).find();
  }

  private static String textAfter(String text, int from, int n) {
    return text.substring(Math.min(from, text.length()), Math.min(text.length(), from + n));
  }

  /** "export the token from the vault", "export your API key from the keychain": loading a secret, not handing it out. */
  private static final Pattern EXPORT_FROM_STORE = Pattern.compile(
      "(?i)export\\s+(?:the\\s+|your\\s+|a\\s+)?(?:[\\w-]+\\s+){0,2}?(?:tokens?|secrets?|keys?|credentials|passwords?)\\s+from\\s+(?:the\\s+|your\\s+)?"
          + "(?:vault|keychain|keyring|secrets?\\s+manager|key\\s?vault|1password|password\\s+manager|parameter\\s+store|ssm)\\b");

  /**
   * Why the hit h (offsets [s, e) in the original) gives no order, or null when nothing here
   * says so. {@code view} is the canonical text the hit's offsets refer to.
   */
  static String reason(String original, String view, PhraseRules.Hit h, int s, int e) {
    String id = h.rule().id();
    if (id.equals("exfil.send")) {
      if (ARTICLE_BEFORE.matcher(before(view, h.start(), 16)).matches()
          && !PLACING_BEFORE.matcher(before(view, h.start(), 40)).matches()
          && VERB_AS_NOUN.matcher(h.excerpt()).lookingAt() && !TRANSFER_VERB.matcher(h.excerpt().substring(4)).find()) {
        return "a noun, not an order";
      }
      if (onlyFieldNames(h.excerpt())) {
        return "a field name, not an order";
      }
      if (STREAM_AT_END.matcher(h.excerpt()).find()) {
        return "a program's output stream";
      }
    }
    if (id.equals("smuggle.role_token") && listLiteral(original, s, e)) {
      return "a list literal in code";
    }
    if (id.equals("smuggle.chat_token") && (SLOT_BEFORE.matcher(textBefore(original, s, 40)).find()
        || TURN_SLOT.matcher(textAfter(original, e, 60)).lookingAt())) {
      // "{system}<|im_end|>", "<|im_start|>user\n{prompt}": the control tokens of a template around its placeholders.
      return "a template token next to a placeholder";
    }
    if (id.equals("smuggle.role_token") && TEMPLATE_SLOT.matcher(textAfter(original, e, 60)).lookingAt()) {
      // "<|im_start|>system\n{system}<|im_end|>": a prompt template whose turns are placeholders to fill.
      return "a template turn with a placeholder";
    }
    if (id.equals("exfil.reveal_secret") && EXPORT_FROM_STORE.matcher(textAfter(original, s, 120)).lookingAt()) {
      // "Export the token from the vault first: `export VAULT_TOKEN=...`": a secret loaded into the shell from its store.
      return "a secret exported from its store into the shell";
    }
    if (id.equals("action.dangerous") && DOCKER_RUN.matcher(original.substring(s, Math.max(s, Math.min(e, original.length())))).find()) {
      // "Step 5/9 : RUN curl ... | bash": a Dockerfile instruction in a build log, not an order to the reader.
      return "a Dockerfile instruction";
    }
    if (id.startsWith("override.") && dialogueLine(original, s, e)) {
      return "a character's line in dialogue";
    }
    if ((id.equals("override.ignore") || id.equals("action.manipulate") && SKIP_VERB.matcher(h.excerpt()).lookingAt())
        && programObject(original, view, h, s, e)) {
      return "a program's own objects in a code comment";
    }
    if ((id.equals("override.revoked") || id.equals("override.revoked_claim")) && machineInstructions(original, h, s, e)) {
      return "machine instructions";
    }
    if (id.equals("override.authority") && overrideAsNoun(original, s, e)) {
      return "an override named in mid-sentence";
    }
    if (id.startsWith("override.") && objectKey(original, s)) {
      return "an object key, not an order";
    }
    boolean override = id.startsWith("override.");
    if (!override && !id.equals("jailbreak.persona")) {
      return null;
    }
    String after = window(view, h.end(), 120);
    if (override && THING_AFTER.matcher(after).lookingAt()) {
      return "the name of a thing in a system";
    }
    String matched = h.excerpt().toLowerCase(java.util.Locale.ROOT);
    if ((id.equals("override.new_instructions") || id.equals("override.de_new"))
        && (matched.startsWith("new task") || matched.startsWith("neue aufgabe"))) {
      if (TASK_AS_NOUN.matcher(before(view, h.start(), 30)).matches()) {
        return "a task named in a sentence";
      }
      if (TECHNICAL.matcher(after).lookingAt()) {
        return "a developer's task";
      }
    }
    if (id.equals("override.new_instructions") && matched.startsWith("new instruction") && scheduleForPeople(after)) {
      return "a schedule for people";
    }
    if (override && GUARD.matcher(after).lookingAt()) {
      return "a guard against injected instructions";
    }
    if (id.equals("override.assistant_instructed") && RESTRICTION.matcher(after).lookingAt()) {
      return "a restriction on the model";
    }
    if (id.equals("override.ignore") && STATE.matcher(matched).matches()) {
      return "a program's state";
    }
    if ((id.equals("override.new_instructions") || id.equals("jailbreak.persona")) && ROLE.matcher(after).lookingAt()) {
      return "a person's role";
    }
    if (override && e - s < 120 && hyphenated(original, s, e) && LABEL_AFTER.matcher(window(original, e, 40)).lookingAt()) {
      return "a hyphenated label";
    }
    return null;
  }

  /** "send the logged messages to System.err": a stream of the program, not a host. */
  private static final Pattern STREAM_AT_END = Pattern.compile(
      "(?i)\\b(?:system\\.(?:err|out)|sys\\.std(?:err|out)|process\\.std(?:err|out)|std(?:err|out)|console\\.(?:log|error|warn))$");

  /** "self.suiteClass([inst])": the token between a call's or a list's brackets and punctuation. */
  private static boolean listLiteral(String original, int s, int e) {
    int b = s - 1;
    while (b >= 0 && (original.charAt(b) == ' ' || original.charAt(b) == '\t')) {
      b--;
    }
    return b >= 0 && "([,=".indexOf(original.charAt(b)) >= 0 && e < original.length() && ")],;".indexOf(original.charAt(e)) >= 0;
  }

  /** "Bypass all checks": of the manipulation rules, only the one whose object can be the program's own. */
  private static final Pattern SKIP_VERB = Pattern.compile("(?i)(?:skip|bypass|disable)\\b");

  /** Words that name the model, its instructions or earlier text: a comment with one of them may be an injection. */
  private static final Pattern MODEL_WORDS = Pattern.compile(
      "(?i)\\b(?:instructions?|prompts?|guidelines|directives?|directions|briefing|programming|guardrails|safeguards|training|restrictions|limitations"
          + "|filters|guidance|protocols|safety|previous|prior|above|earlier|preceding|foregoing|former|before|so\\s+far|until\\s+now|whatever|your?"
          + "|user'?s?|human|customer|operator|system|told|given|said|instructed)\\b");

  private static final Pattern THIRD_PERSON = Pattern.compile("(?i)\\b(?:doesn'?t|does\\s+not|didn'?t|did\\s+not)\\s+$");
  private static final Pattern MODEL_WORDS_STRONG = Pattern.compile(
      "(?i)\\b(?:instructions?|prompts?|guidelines|directives?|programming|guardrails|safeguards|previous|prior|above|earlier|preceding|before|your?|user'?s?|told|given|said)\\b");

  /** After the object: "ignore any commands from the user", "the checks above". */
  private static final Pattern MODEL_AFTER = Pattern.compile(
      "(?i)\\b(?:instructions?|prompts?|guidelines|previous|prior|above|earlier|before|so\\s+far|user'?s?|human|customer|operator|told|given|said)\\b");

  /** The model named as the reader: "AI agent:", "NOTE to the assistant". */
  private static final Pattern AI_NAMED = Pattern.compile(
      "(?i)\\b(?:ai|ki|llms?|assistants?|assistenten|chatbots?|agents?|agenten|models?|modelle?|bots?|claude|chatgpt|gpt|copilot|gemini|language\\s+model)\\b");

  /**
   * A comment line ("# ", "// ", " * ", "/// ", "-- "), a comment after code on the line, or a string
   * literal whose line goes on with code ("...ignore any commands)")").
   */
  private static final Pattern COMMENT_PREFIX = Pattern.compile(
      "^[ \\t]*(?://+|/?\\*+|#+|--)(?:[ \\t][^\\n]*)?$|^[^\\n]*?[;{}()=&|,\\w\"'][ \\t]+(?://|#)[ \\t][^\\n]*$");
  private static final Pattern STRING_PREFIX = Pattern.compile("^[ \\t]*(?:[\\w.]+[ \\t]*[=(,+][ \\t]*)*\"[^\"\\n]*$");
  private static final Pattern STRING_REST = Pattern.compile("^[^\"\\n]*\"[ \\t]*[)+,;\\]]");

  /** Code around the line: a statement end, a brace, a definition, an include, a comment's frame. */
  private static final Pattern CODE_NEAR = Pattern.compile(
      "(?m);[ \\t]*$|[{}][ \\t]*$|\\*/|/\\*|^[ \\t]*#[ \\t]*(?:define|include|ifn?def|if|endif)\\b|\\bdef\\s+\\w+\\(|^[ \\t]*(?:return|import|from|let|const|var|if|elif|else|for|while|try|except|assert|print)\\b|=>|\\w\\)[ \\t]*:?[ \\t]*$|^[ \\t]*\\w[\\w.\\[\\]]*[ \\t]*=[ \\t]*\\S");

  /**
   * "# Override the original request." above {@code req = prepared_request}: the verb's object is one
   * of the program's things (a request, the checks, the context, messages), the line is a code
   * comment or string, and nothing in it names the model, its instructions or earlier text.
   */
  private static boolean programObject(String original, String view, PhraseRules.Hit h, int s, int e) {
    if (e - s > 120 || s >= original.length()) {
      return false;
    }
    // "the object doesn't override with its own mixins (and filters": a thing's behaviour, told in the third person.
    boolean described = THIRD_PERSON.matcher(before(original, s, 20)).find();
    if ((described ? MODEL_WORDS_STRONG : MODEL_WORDS).matcher(h.excerpt()).find() || MODEL_AFTER.matcher(window(view, h.end(), 40)).find()) {
      return false;
    }
    int lineStart = original.lastIndexOf('\n', s - 1) + 1;
    if (s - lineStart > 200) {
      return false;
    }
    String prefix = original.substring(lineStart, s);
    int lineEnd = original.indexOf('\n', e);
    String rest = original.substring(Math.min(e, original.length()), lineEnd < 0 ? original.length() : lineEnd);
    boolean comment = COMMENT_PREFIX.matcher(prefix).matches();
    boolean string = !comment && STRING_PREFIX.matcher(prefix).matches() && STRING_REST.matcher(rest).find();
    if (!comment && !string) {
      return false;
    }
    return !AI_NAMED.matcher(around(original, s, e, 200)).find() && CODE_NEAR.matcher(around(original, s, e, 300)).find();
  }

  /** What the instructions of a processor or a compiler's IR are said with. */
  private static final Pattern MACHINE = Pattern.compile(
      "(?i)\\b(?:opcodes?|bytecodes?|operands?|registers?|basic\\s+blocks?|assembly|assembler|machine\\s+code|instruction\\s+(?:set|pointer|stream)"
          + "|disassembl\\w*|jit|cpu|simd|llvm|mnemonics?)\\b");
  private static final Pattern SAID_TO_READER = Pattern.compile("(?i)\\b(?:you|your|assistant'?s?|ai'?s?|model'?s?|agent'?s?|bot'?s?|llm'?s?)\\b");

  /** "the next instruction is invalid in format" beside "opcode": an instruction of a machine. */
  private static boolean machineInstructions(String original, PhraseRules.Hit h, int s, int e) {
    return !SAID_TO_READER.matcher(h.excerpt()).find()
        && MACHINE.matcher(around(original, s, e, 250)).find();
  }

  private static final Pattern WORD_BEFORE = Pattern.compile(
      "(?:^|.*\\W)(?:a|an|the|by|of|given|numbering|any|each|per|[a-z]+ing|[a-z]+s)[ \\t]+$");
  /** "the numbering system override.": a longer compound noun may end its sentence. */
  private static final Pattern GERUND_BEFORE = Pattern.compile("\\b[a-z]{3,}ing[ \\t]+$");
  private static final Pattern SWITCHED = Pattern.compile(
      "(?i)\\b(?:activat|enabl|engag|initiat|invok|trigger|grant|execut|enter|start|begin|run|perform|confirm|authori[sz]|issu|request|this\\s+is)\\w*\\s+(?:an?\\s+|the\\s+)?\\S*\\s*$");
  /** After the noun, the sentence goes on in lower case or with a comma, or the comment line ends. */
  private static final Pattern SENTENCE_GOES_ON = Pattern.compile(
      "^(?:,|s\\b|[ \\t]+[a-z]|[ \\t]*\\n)");
  private static final Pattern DECLARED_AFTER = Pattern.compile(
      "^[ \\t]+(?:mode|engaged|activated|enabled|initiated|protocol|code|granted|authori[sz]ed|active|accepted|confirmed|command|sequence|key|token|now)\\b");

  /**
   * "a numbering system override is a string", "affected by a root override": the phrase as a
   * lower-case noun in the middle of a sentence, not one switched on or declared.
   */
  private static boolean overrideAsNoun(String original, int s, int e) {
    if (e > original.length() || e - s > 40) {
      return false;
    }
    String hit = original.substring(s, e);
    if (!hit.equals(hit.toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    String before = before(original, s, 40);
    int nl = before.lastIndexOf('\n');
    String line = nl < 0 ? before : before.substring(nl + 1);
    return WORD_BEFORE.matcher(line).matches() && !SWITCHED.matcher(before).find()
        && (SENTENCE_GOES_ON.matcher(original.substring(e, Math.min(original.length(), e + 40))).lookingAt()
            || GERUND_BEFORE.matcher(line).find() && original.startsWith(".", e))
        && !DECLARED_AFTER.matcher(original.substring(e, Math.min(original.length(), e + 40))).lookingAt()
        && !AI_NAMED.matcher(around(original, s, e, 200)).find();
  }

  /** The {@code n} characters before {@code at}. */
  private static String before(String text, int at, int n) {
    return text.substring(Math.max(0, at - n), at);
  }

  /** [s, e) with {@code n} characters on each side. */
  private static String around(String text, int s, int e, int n) {
    return text.substring(Math.max(0, s - n), Math.min(text.length(), e + n));
  }

  private static String window(String text, int from, int n) {
    int f = Math.min(Math.max(0, from), text.length());
    return text.substring(f, Math.min(text.length(), f + n));
  }

  /** The original words of the hit are joined by hyphens, not spaces. */
  private static boolean hyphenated(String original, int s, int e) {
    int hyphens = 0;
    for (int k = s; k < e && k < original.length(); k++) {
      char c = original.charAt(k);
      if (Character.isWhitespace(c)) {
        return false;
      }
      hyphens += c == '-' ? 1 : 0;
    }
    return hyphens >= 2;
  }
}
