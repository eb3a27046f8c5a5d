package io.moltr.core.killswitch;

/** The kinds of agent action the kill switch can stop, one per entry point of the shield. */
public enum ActionKind {
  /** {@code POST /check/command}. A command that opens a connection is also egress. */
  COMMAND,
  /** {@code POST /check/url}. */
  URL,
  /** {@code POST /check/path}. */
  PATH,
  /** {@code POST /scan/output}. */
  SCAN,
  /** A request or tunnel through the egress proxy. */
  PROXY,
  /** A call through the LLM gateway. */
  GATEWAY;

  /** True for the kinds that always leave the host. */
  public boolean isEgress() {
    return this == URL || this == PROXY || this == GATEWAY;
  }
}
