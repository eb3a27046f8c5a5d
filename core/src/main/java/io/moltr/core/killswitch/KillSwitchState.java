package io.moltr.core.killswitch;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The active levels. Each trigger adds its level; the highest one decides the effect, so a lower
 * trigger never lowers it, and resetting the highest falls back to the next one still active.
 */
public record KillSwitchState(Map<KillSwitchLevel, Activation> active) {
  public static final KillSwitchState INACTIVE = new KillSwitchState(Map.of());

  public KillSwitchState {
    EnumMap<KillSwitchLevel, Activation> copy = new EnumMap<>(KillSwitchLevel.class);
    copy.putAll(active);
    active = Collections.unmodifiableMap(copy);
  }

  /** The highest active level, which decides every effect. */
  public Optional<KillSwitchLevel> level() {
    return active.keySet().stream().max(Enum::compareTo);
  }

  /** The activation of the highest active level. */
  public Optional<Activation> effective() {
    return level().map(active::get);
  }

  public boolean isActive() {
    return !active.isEmpty();
  }

  public boolean blocks(ActionKind kind) {
    return level().map(l -> l.blocks(kind)).orElse(false);
  }

  public boolean blocksEgress() {
    return level().map(KillSwitchLevel::blocksEgress).orElse(false);
  }

  KillSwitchState with(Activation a) {
    EnumMap<KillSwitchLevel, Activation> m = new EnumMap<>(KillSwitchLevel.class);
    m.putAll(active);
    m.put(a.level(), a);
    return new KillSwitchState(m);
  }

  KillSwitchState without(KillSwitchLevel l) {
    EnumMap<KillSwitchLevel, Activation> m = new EnumMap<>(KillSwitchLevel.class);
    m.putAll(active);
    m.remove(l);
    return new KillSwitchState(m);
  }
}
