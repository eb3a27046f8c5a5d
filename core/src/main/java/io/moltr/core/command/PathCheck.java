package io.moltr.core.command;

import io.moltr.core.Decision;
import io.moltr.core.Operation;

/** The path policy as the command check sees it; owned elsewhere so there is one source of truth. */
@FunctionalInterface
public interface PathCheck {
  Decision check(String path, Operation op);
}
