package io.moltr.server.cli;

import io.moltr.server.auth.ApiKeyStore;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "keygen", mixinStandardHelpOptions = true,
    description = "Print fresh secrets for the MOLTR_* environment variables (nothing is stored).")
final class KeygenCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    SecureRandom r = new SecureRandom();
    System.out.println("MOLTR_FERNET_KEY=" + Base64.getUrlEncoder().encodeToString(bytes(r, 32)));
    System.out.println("MOLTR_JWT_SECRET=" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(r, 64)));
    System.out.println("MOLTR_WATCHDOG_HMAC_KEY=" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(r, 32)));
    System.out.println("MOLTR_API_KEYS=" + ApiKeyStore.newKey());
    return MoltrCli.OK;
  }

  private static byte[] bytes(SecureRandom r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }
}
