package io.moltr.core;

/**
 * Who asked: the client's address and user agent as received (pseudonymised before they are
 * written anywhere) and the name of the credential that was used.
 */
public record RequestContext(String clientIp, String userAgent, String principal) {
  public static final RequestContext LOCAL = new RequestContext("127.0.0.1", "moltr-cli", "local");
}
