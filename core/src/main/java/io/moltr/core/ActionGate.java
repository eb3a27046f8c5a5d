package io.moltr.core;

import io.moltr.core.killswitch.ActionKind;
import java.util.Optional;

/**
 * A check that runs before every engine, such as the kill switch: it may refuse an action of a
 * kind outright, whatever the policy would say.
 */
@FunctionalInterface
public interface ActionGate {
  Optional<Decision.Deny> admit(ActionKind kind);

  ActionGate OPEN = kind -> Optional.empty();
}
