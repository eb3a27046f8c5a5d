package io.moltr.core.audit;

import java.nio.file.Path;
import java.util.Map;

/** Subprocess body for the crash test: appends forever, printing each entry once it is durable. */
public final class AuditAppendLoop {
  public static void main(String[] args) {
    HashChainedLog log = HashChainedLog.open(Path.of(args[0]));
    String padding = "x".repeat(300); // longer lines make a torn write more likely
    for (long i = 0; ; i++) {
      AuditEntry e = log.append("loop", "crash-test", Map.of("i", i, "pad", padding));
      System.out.println(e.seq() + " " + e.hash());
      System.out.flush();
    }
  }
}
