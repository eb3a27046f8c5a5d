package io.moltr.core.killswitch;

import io.moltr.core.audit.HashChainedLog;
import java.nio.file.Path;

/**
 * Subprocess body for the crash tests. {@code flip}: trigger and reset LOCKDOWN forever,
 * acknowledging each durable change. {@code lock}: trigger LOCKDOWN, acknowledge, then idle.
 */
public final class KillSwitchLoop {
  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    HashChainedLog audit = HashChainedLog.open(data.resolve("audit"));
    KillSwitch ks = KillSwitch.open(data.resolve("killswitch.json"), audit,
        Codephrase.fromSecret(KillSwitchCrashTest.PHRASE, 1000));
    if (args[1].equals("lock")) {
      ks.trigger(KillSwitchLevel.LOCKDOWN, "crash test", "test", null);
      System.out.println("LOCKED");
      System.out.flush();
      Thread.sleep(Long.MAX_VALUE);
    }
    for (int i = 0; ; i++) {
      ks.trigger(KillSwitchLevel.LOCKDOWN, "flip " + i, "test", null);
      System.out.println("LOCKED " + i);
      ks.resetAll("CONFIRM:" + KillSwitchCrashTest.PHRASE, "test");
      System.out.println("OPEN " + i);
      System.out.flush();
    }
  }
}
