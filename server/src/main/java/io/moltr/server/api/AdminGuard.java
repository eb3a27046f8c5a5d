package io.moltr.server.api;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * Decides whether a request comes from a logged-in administrator (a dashboard user's bearer
 * token). An agent's X-API-Key never passes it.
 */
@FunctionalInterface
public interface AdminGuard {
  /** The administrator's name, or empty when the request carries no valid admin credential. */
  Optional<String> authenticate(Context ctx);

  /** No administrator can log in (no dashboard user is configured). */
  AdminGuard NONE = ctx -> Optional.empty();
}
