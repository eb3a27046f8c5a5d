package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The causes of the false positives found on the output of ordinary commands run on this machine
 * (bench/wild/outputs.sh: openssl x509, xxd, man pages, --help texts), each next to a leak of the
 * same shape that must still be reported. Every clean row was flagged before the fix.
 */
class ToolOutputFixesTest {
  private final OutputScanner scanner = Fixtures.scanner();

  @ParameterizedTest(name = "{2}: {0}")
  @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
      000013e0: 6c6f 6300 7265 616c 6c6f 6300 7763 7377  loc.realloc.wcsw\\n000013f0: 7200 7265 616c 6c6f 6300 7763 7377 6964  r.realloc.wcswid ~ false ~ xxd byte columns read backwards
      bytes 6300 7763 7377 6964                                                                        ~ true  ~ the same groups outside a dump, read backwards
      Card number 4696 7737 3677 0036                                                                  ~ true  ~ the card itself
      Serial Number: 6643877497813316402 (0x5c33cb622c5fb332)                                          ~ false ~ a certificate's serial number
      Order No. 6643877497813316402                                                                    ~ false ~ an order number
      Card Number: 6643877497813316402                                                                 ~ true  ~ a card number with the same digits
      machine host.domain.com\\n  login myself\\n  password secret                                    ~ false ~ a netrc example in a man page
      machine host.domain.com login myself password mypassword                                         ~ false ~ a netrc example naming the password
      machine host.domain.com login myself password Vq7xK2mL9p                                         ~ true  ~ a netrc password
      machine host.domain.com login myself password mySecretVq7x                                       ~ true  ~ a password that starts with my
      6412 6409\\n5237 9458 0730 2153 641F 6415 6418 6439                                               ~ false ~ a table of hex code points (Perl's Unicode::Collate::CJK)
      541D 542D\\n4696 7368 1930 3645\\n543E 5426 544E 5427                                           ~ false ~ hex code points over three lines
      Card 5237 9458 0730 2153 exp 09/28                                                               ~ true  ~ the same digits as a card
      5237 9458 0730 2153 FACE                                                                         ~ true  ~ a word of hex letters after a card is no code table
      ids 6412 6409 5237 9458 0730 2153 6418                                                           ~ true  ~ digit groups alone
      export http_proxy="http://proxyuser:proxypass@proxyhost:port"                                ~ false ~ a proxy URL with role words for user and password (LWP's docs)
      export http_proxy="http://proxyuser:Vq7xK2mL9p@proxy.corp.example:3128"                          ~ true  ~ the same URL with a real password
      export http_proxy="http://proxyuser:proxypass9@proxy.corp.example:3128"                          ~ true  ~ a password with a digit is no role word
      cat /etc/passwd | redis-cli -x set mypasswd                                                    ~ false ~ a pipe after a file path
      | db_password | Vq7xK2mL9pR4 |                                                              ~ true  ~ a markdown table row
      passwd | Vq7xK2mL9pR4                                                                          ~ true  ~ a table row without the leading bar
      """)
  void toolOutputShapesAndTheirLeaks(String text, boolean leak, String why) {
    ScanReport r = scanner.scan(text.replace("\\n", "\n"));
    assertThat(!r.clean()).as(why + " " + r.findings()).isEqualTo(leak);
  }

  /**
   * A key right after a path's '/' starts a token: the prefix test used to count '/' as part of
   * the token before it (it is in the base64 alphabet), so "keys/sk_live_..." was never read.
   */
  @ParameterizedTest(name = "{2}: {0}")
  @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
      GET /api/v1/keys/AKIAZ3MSJV4WWNKWW5FG HTTP/1.1 200                 ~ true  ~ an AWS key id as a path segment
      path=/tmp/glpat-Xq7vL2mN9pR4sT8wK3zQ                               ~ true  ~ a GitLab token as a file name
      see docs/MTproto-guide.md and src/ghp_helpers.py                   ~ false ~ prefixes starting ordinary file names
      https://github.com/org/repo/tree/main/sk-ant-docs/README.md        ~ false ~ a key prefix starting a directory name
      """)
  void aKeyRightAfterASlashStartsAToken(String text, boolean leak, String why) {
    ScanReport r = scanner.scan(text);
    assertThat(!r.clean()).as(why + " " + r.findings()).isEqualTo(leak);
  }

  @Test
  void aGithubTokenInAUrlPathIsFoundAndABrokenOneIsNot() {
    String valid = FakeSecrets.github(new Random(31), "ghs_");
    String broken = valid.substring(0, 39) + (valid.charAt(39) == 'a' ? 'b' : 'a');
    assertThat(scanner.scan("https://raw.githubusercontent.com/org/repo/main/" + valid + "/x.txt").clean()).isFalse();
    assertThat(scanner.scan("https://raw.githubusercontent.com/org/repo/main/" + broken + "/x.txt").findings()).isEmpty();
  }
}
