package io.moltr.core.killswitch;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A change of the kill switch, handed to listeners after it is persisted and audited. The
 * listener acts on {@link #after()}: close tunnels, invalidate sessions, revoke keys, exit.
 */
public record KillSwitchEvent(
    Type type,
    Set<KillSwitchLevel> levels,
    KillSwitchState before,
    KillSwitchState after,
    String reason,
    String actor,
    Instant at) {

  public enum Type {
    TRIGGERED,
    RESET,
    /** At start the state file was unreadable, so the switch went to LOCKDOWN. */
    FAIL_CLOSED
  }

  public KillSwitchEvent {
    levels = Set.copyOf(levels);
  }

  /** True when the effective level went up: the moment to enforce the new level's effects. */
  public boolean raised() {
    Optional<KillSwitchLevel> b = before.level();
    Optional<KillSwitchLevel> a = after.level();
    return a.isPresent() && (b.isEmpty() || a.get().compareTo(b.get()) > 0);
  }
}
