package io.moltr.core.fs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;

/**
 * Bait files: plausible-looking secrets that no legitimate task needs. Every value is freshly
 * random (so it is never a working credential, and never the same on two installations), and in
 * the shape the output scanner recognises, so a leak of bait is also caught on the way out.
 */
public final class HoneypotFiles {
  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String HEX = "0123456789abcdef";
  /** Words of the BIP39 English list; a random pick has a wrong checksum, so no wallet opens. */
  private static final String[] WORDS = (
      "abandon ability able about above absent absorb abstract absurd abuse access accident "
      + "account accuse achieve acid acoustic acquire across act action actor actress actual "
      + "adapt add addict address adjust admit adult advance advice aerobic affair afford afraid "
      + "again age agent agree ahead aim air airport aisle alarm album alcohol alert alien all "
      + "alley allow almost alone alpha already also alter always amateur amazing among amount "
      + "amused analyst anchor ancient anger angle angry animal ankle announce annual another "
      + "answer antenna antique anxiety any apart apology appear apple approve april arch arctic "
      + "area arena argue arm armed armor army around arrange arrest arrive arrow art artist "
      + "ask aspect assault asset assist assume asthma athlete atom attack attend attitude "
      + "attract auction audit august aunt author auto autumn average avocado avoid awake aware")
      .split(" ", -1); // trusted constant: String.split on a single space never uses a regex

  private final SecureRandom random = new SecureRandom();

  /**
   * Creates each missing file in {@code dir} (existing files are left alone: they may be the
   * operator's own bait). Returns the files that were created.
   */
  public List<Path> ensure(Path dir, List<String> names) throws IOException {
    Files.createDirectories(dir);
    List<Path> created = new java.util.ArrayList<>();
    for (String name : names) {
      if (name.isEmpty() || name.indexOf('/') >= 0 || name.indexOf('\\') >= 0 || name.equals("..")) {
        throw new IllegalArgumentException("honeypot file names must be plain names: " + name);
      }
      Path file = dir.resolve(name);
      if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      Files.writeString(file, content(name), StandardCharsets.UTF_8);
      created.add(file);
    }
    return created;
  }

  /** Fake content chosen by the file name. */
  String content(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    if (n.contains("seed") || n.contains("wallet")) {
      return seedFile();
    }
    if (n.contains("key")) {
      return keysFile();
    }
    if (n.startsWith(".env")) {
      return envFile();
    }
    return passwordsFile();
  }

  private String passwordsFile() {
    return "# accounts - do not share\n"
        + "admin@corp-mail.example: " + pick(ALNUM, 14) + "!\n"
        + "root (db-prod-01): " + pick(ALNUM, 18) + "\n"
        + "vpn: j.miller / " + pick(ALNUM, 12) + "#\n"
        + "aws console: ops-admin / " + pick(ALNUM, 16) + "\n"
        + "wifi office: " + pick(ALNUM, 20) + "\n";
  }

  private String keysFile() {
    return "# backup of production keys (rotated quarterly)\n"
        + "AWS_ACCESS_KEY_ID=AKIA" + pick(UPPER, 16) + "\n"
        + "AWS_SECRET_ACCESS_KEY=" + pick(ALNUM, 40) + "\n"
        + "OPENAI_API_KEY=sk-proj-" + pick(ALNUM, 48) + "\n"
        + "STRIPE_SECRET_KEY=sk_live_" + pick(ALNUM, 24) + "\n"
        + "GITHUB_TOKEN=ghp_" + pick(ALNUM, 36) + "\n";
  }

  private String envFile() {
    return "DATABASE_URL=postgres://app:" + pick(ALNUM, 20) + "@db.internal:5432/prod\n"
        + "ANTHROPIC_API_KEY=sk-ant-api03-" + pick(ALNUM, 80) + "\n"
        + "JWT_SECRET=" + pick(HEX, 64) + "\n"
        + "SENDGRID_API_KEY=SG." + pick(ALNUM, 22) + "." + pick(ALNUM, 43) + "\n";
  }

  private String seedFile() {
    StringBuilder sb = new StringBuilder("# hardware wallet recovery (24 words)\n");
    for (int i = 0; i < 24; i++) {
      sb.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    sb.append("\n# eth hot wallet private key\n0x").append(pick(HEX, 64)).append('\n');
    return sb.toString();
  }

  private String pick(String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
