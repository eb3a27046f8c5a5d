package io.moltr.core.killswitch;

/** What a trigger or reset did. The API maps Refused to 403 and Unchanged to 200. */
public sealed interface KillSwitchResult
    permits KillSwitchResult.Applied, KillSwitchResult.Unchanged, KillSwitchResult.Refused {

  KillSwitchState state();

  /** The switch changed; the event went to the audit log and the listeners. */
  record Applied(KillSwitchEvent event) implements KillSwitchResult {
    @Override
    public KillSwitchState state() {
      return event.after();
    }
  }

  /** Nothing to do, e.g. the level was already active or not active. */
  record Unchanged(KillSwitchState state, String why) implements KillSwitchResult {}

  /** Not allowed: missing or wrong confirmation, no codephrase configured, audit unavailable. */
  record Refused(KillSwitchState state, String why) implements KillSwitchResult {}
}
