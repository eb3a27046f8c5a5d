package io.moltr.core.command;

import io.moltr.core.Decision;

/** The network policy as the command check sees it; owned elsewhere so there is one source of truth. */
@FunctionalInterface
public interface UrlCheck {
  Decision check(String url);
}
