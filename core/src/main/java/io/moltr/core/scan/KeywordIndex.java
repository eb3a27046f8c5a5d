package io.moltr.core.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * One automaton for everything found by literal: the rules' keywords and prefixes (with their
 * rot13 and reversed forms) and the registered secrets in all their encodings. Rebuilt when the
 * registered secrets change, so a scan reads the text once for both.
 */
final class KeywordIndex {
  final RuleSet rules;
  final RegisteredSecrets registered;
  final AhoCorasick automaton;
  /** Patterns below this index are rule keywords; from here to registeredBase, decoder marks. */
  final int markerBase;
  /** Patterns from this index on are registered forms. */
  final int registeredBase;

  KeywordIndex(RuleSet rules, RegisteredSecrets registered) {
    this.rules = rules;
    this.registered = registered;
    List<String> patterns = new ArrayList<>(rules.keywordStrings);
    markerBase = patterns.size();
    patterns.addAll(MarkedDecoders.MARKS);
    registeredBase = patterns.size();
    patterns.addAll(registered.patterns());
    automaton = patterns.isEmpty() ? null : AhoCorasick.build(patterns, true);
  }
}
