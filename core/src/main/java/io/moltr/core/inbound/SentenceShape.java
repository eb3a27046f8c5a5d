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

  /**
   * Why the hit h (offsets [s, e) in the original) gives no order, or null when nothing here
   * says so. {@code view} is the canonical text the hit's offsets refer to.
   */
  static String reason(String original, String view, PhraseRules.Hit h, int s, int e) {
    String id = h.rule().id();
    if (id.equals("exfil.send") && ARTICLE_BEFORE.matcher(view.substring(Math.max(0, h.start() - 16), h.start())).matches()
        && !PLACING_BEFORE.matcher(view.substring(Math.max(0, h.start() - 40), h.start())).matches()
        && VERB_AS_NOUN.matcher(h.excerpt()).lookingAt() && !TRANSFER_VERB.matcher(h.excerpt().substring(4)).find()) {
      return "a noun, not an order";
    }
    if (id.equals("exfil.send") && onlyFieldNames(h.excerpt())) {
      return "a field name, not an order";
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
      String before = view.substring(Math.max(0, h.start() - 30), h.start());
      if (TASK_AS_NOUN.matcher(before).matches()) {
        return "a task named in a sentence";
      }
      if (TECHNICAL.matcher(after).lookingAt()) {
        return "a developer's task";
      }
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
