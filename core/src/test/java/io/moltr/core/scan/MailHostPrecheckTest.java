package io.moltr.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The test at an '@' before the address-and-password rule's regex runs. */
class MailHostPrecheckTest {

  @ParameterizedTest
  @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
      bob@corp-mail.com:Xk9mPq2vL         ~ true
      j.doe+x@mail.example.co.uk:hunter22 ~ true
      a@b.io:p                            ~ true
      bob@corp-mail.com                   ~ false
      bob@corp-mail.com: next line        ~ false
      bob@corp-mail.com:/path             ~ false
      bob@localhost:secret99              ~ false
      bob@host.c0m:secret99               ~ false
      my @array = (1, 2);                 ~ false
      "@Override public void x()"         ~ false
      sa@project.iam:generate             ~ true
      git@github.com:org/repo.git         ~ true
      """)
  void passesOnlyWhereAHostAndAColonFollow(String text, boolean expected) {
    int at = text.indexOf('@');
    assertEquals(expected, Prechecks.mailHost(text.toCharArray(), at), text);
  }
}
