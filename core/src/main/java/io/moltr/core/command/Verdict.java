package io.moltr.core.command;

import io.moltr.core.Severity;

/** What one rule says about one simple command. */
sealed interface Verdict permits Verdict.Pass, Verdict.Block {
  Pass PASS = new Pass();

  /** Nothing against it. */
  record Pass() implements Verdict {}

  /** Refused: the rule id, the reason a user reads, how serious. */
  record Block(String ruleId, String reason, Severity severity) implements Verdict {}

  static Block block(String ruleId, String reason, Severity severity) {
    return new Block(ruleId, reason, severity);
  }
}
