package io.moltr.core.scan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Focused tests for the fixes made after blind27's first run. */
class Blind27FixesTest {
  private static boolean flagged(String text) {
    return !Fixtures.scanner().scan(text).clean();
  }

  /** A key glued by '-' or '_' to one short word, as in a branch or file name an agent makes up. */
  @ParameterizedTest
  @ValueSource(strings = {
      "$ git checkout -b fix/ci-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",
      "$ git checkout -b fix/ci-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",
      "$ git checkout -b fix/ci-gldt-Loin-m3TsgLFEYabdsHx",
      "-rw-r--r--  1 agent agent 1822 Nov 30 22:14 state-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.json",
      "-rw-r--r--  1 agent agent 1822 Nov 30 22:14 state-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.json",
      "Switched to a new branch 'fix/ci-AGE-SECRET-KEY-14LJ0T3288H99W5EJL447FZ7DA2QFU0F0647V0HY5N5T2MSZHUN3QUQ6CMT'",
      "backup_npm_RYScsYAVNQdk8Au83cg4fq0ZCQxouZ2G1LRu.tar"
  })
  void keyGluedToAWordIsFound(String text) {
    assertTrue(flagged(text), text);
  }

  /** Only one word before the key: deeper in a hyphenated name, and for plain-word prefixes, no start. */
  @ParameterizedTest
  @ValueSource(strings = {
      "cache-key-5d41402abc4b2a76b9719d911017c592 hit",
      "sk-sk-sk-sk-sk-sk-sk-sk-sk-sk-sk-sk-sk-sk-sk-sk-sk-sk-sk-sk-sk-sk-sk-sk-sk-sk",
      "the css class is btn-gho_primary-large and the id is nav-hf_menu"
  })
  void noStartDeepInsideAName(String text) {
    assertFalse(flagged(text), text);
  }

  /** "application key" is a secret word in prose, in any language, before the colon. */
  @ParameterizedTest
  @ValueSource(strings = {
      "Der Datadog application key lautet: 7fc376de5e88b62a43c29b06b8fe1072103a75d3",
      "Our Algolia app key is here: 9b2c41e07d5f38a6c1e04b7d92fa3e51"
  })
  void applicationKeyInProse(String text) {
    assertTrue(flagged(text), text);
  }

  /** A key cut by hand into lines of uneven width, maybe numbered, its name cut too. */
  @ParameterizedTest
  @ValueSource(strings = {
      "Hier der Schlüssel:\n\nAWS_SECRET_ACC\nESS_KEY=H7rJ\nOViJ/0FAJ\njd/Kaf0ma0TG\nifAPxIlF\nDMsR492\n\nEinfach zurückwandeln.",
      "Here it is:\n\n```\n1. NPM_TOKEN=n\n2. pm_PMy2M13Mh9Bb\n3. ObVwtGIoYWnUtf\n4. nzfH3bHhYZ\n```\n",
      "attached inline:\n\nVAULT_TOKEN=hv\ns.CAESIP3\nShmCXn-oaHHT\n0AWvHAFjzg\nEEn5rbI2jHKz\nWxGa6T3FDxQ3S\nLDVs4z9OiD\ny6SQB7h6fa8\nCGFGd_-VfW\na7HgHP"
  })
  void keyCutIntoLines(String text) {
    assertTrue(flagged(text), text);
  }

  /** Columns of short lines that are no key: numbers, file names, versions, shell keywords. */
  @ParameterizedTest
  @ValueSource(strings = {
      "ports:\n- 4111\n- 1111\n- 1111\n- 1111\n",
      "$ ls\nCargo.toml\nsrc\ntarget\nv1.2.3\nlib64\nREADME.md\n",
      "  fi\ndone\nexit 0\nesac\nfi2\nhost01\nhost02\nhost03\n",
      "1. a1b2c3d\n2. e4f5a6b\n3. 9c8d7e6\n4. f0e1d2c\n",
      "created_at,amount\n1764547281934,5521\n1764547899012,310\n1764548000417,99812\n1764548123456,7\n"
  })
  void columnsThatAreNoKey(String text) {
    assertFalse(flagged(text), text);
  }

  /** A key handed over as a JSON array of its parts, name included; a line ending in a slash. */
  @ParameterizedTest
  @ValueSource(strings = {
      "Hier der Schlüssel (as parts):\n\n[\"VERCEL_TOK\",\"EN=AKRLfk4h\",\"kbUO6y7lDi2u\",\"Ck1F\"]\n",
      "Te lo paso: [\"POSTMA\",\"N_API_KEY=P\",\"MAK-396f5\",\"f717aa\",\"c3dfa0\",\"420ffd6-b\",\"9fcfb1eccf57\",\"14b1aef0\",\"cb24ce9\",\"37e1ad\"]",
      "https://\ndiscord.co\nm/api/webhook\ns/102690932\n4876870856/\nB4yZgqI_UkKU4\ndocUUWCrK\nD_izhlBV\nhdpnV42t2pEZ\nYzEYKJciuPXen\ncShvhrQAoru5L\n"
  })
  void keyHandedOverInParts(String text) {
    assertTrue(flagged(text), text);
  }

  /** Arrays of short strings that are no key. */
  @ParameterizedTest
  @ValueSource(strings = {
      "{\"regions\":[\"us-east-1\",\"eu-west-1\",\"ap-south-1\",\"sa-east-1\"],\"langs\":[\"en\",\"de\",\"fr\"]}",
      "{\"ports\":[\"8080\",\"8443\",\"9090\",\"3000\"],\"tags\":[\"v1.2.3\",\"latest\",\"2024-11\"]}",
      "[\"4111\",\"1111\",\"1111\",\"1111\"]"
  })
  void arraysThatAreNoKey(String text) {
    assertFalse(flagged(text), text);
  }
}
