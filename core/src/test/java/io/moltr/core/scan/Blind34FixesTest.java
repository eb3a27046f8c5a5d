package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.scan.Blind34Util.Rnd;
import org.junit.jupiter.api.Test;

/** Focused tests for the fixes made after blind34's first run; each failed before its fix. */
class Blind34FixesTest {
  private static ScanReport scan(String text) {
    return Fixtures.scanner().scan(text);
  }

  private static boolean blocked(String text) {
    return !scan(text).clean();
  }

  // A fixture's name says its value is made up: the generic rules defer to it.
  @Test
  void valueUnderFakeDummyOrMockNameIsAFixture() {
    assertThat(blocked("# tests/fixtures.py\nFAKE_API_KEY = \"test_57dd39a6a5d55bdd8bacbd43\"\n")).isFalse();
    assertThat(blocked("fake_token: \"q8Xk2mPz7LwR4tNv9BcYj3Hd\"\n")).isFalse();
    assertThat(blocked("const mockApiKey = \"q8Xk2mPz7LwR4tNv9BcYj3Hd\";\n")).isFalse();
    assertThat(blocked("DUMMY_SECRET=Wq8kT2mZr5pLx9vB7nQ4sD1f\n")).isFalse();
  }

  @Test
  void fixtureWordsDoNotHideRealOrProviderKeys() {
    assertThat(blocked("API_KEY = \"q8Xk2mPz7LwR4tNv9BcYj3Hd\"\n")).isTrue();
    // "test" is no fixture word: test-mode keys are keys.
    assertThat(blocked("TEST_API_KEY = \"q8Xk2mPz7LwR4tNv9BcYj3Hd\"\n")).isTrue();
    // A key in a provider's format is found by its provider's rule, whatever the name says.
    String ghp = Blind34Secrets.ghToken(new Rnd(7), "ghp_");
    assertThat(blocked("FAKE_GH_TOKEN = \"" + ghp + "\"\n")).isTrue();
  }

  // A JSON Web Key with its private parameter d (or an oct key's k) is the signing key itself.
  @Test
  void jwkWithPrivateParameter() {
    assertThat(blocked("{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"k1\",\"x\":\"Msb8DuS_GMUpq_TEW_EUY3xwA5G8R4UIQiPnmB6A9Zo\","
        + "\"y\":\"iwut_IND_akLsuCBOqni-TcmKqfxe0Xocslx4Q9t3d0\",\"d\":\"00MzL2NgXgsXFvR9Vhln4GsQaK3Q5n746qSq1OM7j5A\"}]}")).isTrue();
    // jq -S sorts the keys: d comes before kty.
    assertThat(blocked("{\n  \"crv\": \"P-256\",\n  \"d\": \"00MzL2NgXgsXFvR9Vhln4GsQaK3Q5n746qSq1OM7j5A\",\n  \"kty\": \"EC\",\n"
        + "  \"x\": \"Msb8DuS_GMUpq_TEW_EUY3xwA5G8R4UIQiPnmB6A9Zo\"\n}")).isTrue();
    // Inside a JSON string (escaped quotes), and an oct key.
    assertThat(blocked("{\"jwk\": \"{\\\"kty\\\":\\\"OKP\\\",\\\"crv\\\":\\\"Ed25519\\\",\\\"d\\\":\\\"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A\\\"}\"}"))
        .isTrue();
    assertThat(blocked("{\"kty\":\"oct\",\"alg\":\"HS256\",\"k\":\"GawgguFyGrWKav7AX4VKUg7fQ2pR9yZb\"}")).isTrue();
  }

  @Test
  void publicJwksIsClean() {
    assertThat(blocked("{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"k1\",\"use\":\"sig\",\"x\":\"Msb8DuS_GMUpq_TEW_EUY3xwA5G8R4UIQiPnmB6A9Zo\","
        + "\"y\":\"iwut_IND_akLsuCBOqni-TcmKqfxe0Xocslx4Q9t3d0\"},{\"kty\":\"RSA\",\"kid\":\"k2\",\"e\":\"AQAB\",\"n\":\""
        + Blind34Util.b64url(new Rnd(3).bytes(256)) + "\"}]}")).isFalse();
  }

  // solana-keygen's keypair file: a JSON array of the 64 bytes.
  @Test
  void solanaKeypairArray() {
    Rnd r = new Rnd(11);
    StringBuilder a = new StringBuilder("[");
    for (int i = 0; i < 64; i++) {
      a.append(i == 0 ? "" : ",").append(r.n(256));
    }
    a.append(']');
    assertThat(blocked("$ cat ~/.config/solana/id.json\n" + a + "\n")).isTrue();
    assertThat(blocked("const payer = Keypair.fromSecretKey(Uint8Array.from(" + a.toString().replace(",", ", ") + "));")).isTrue();
    // 32 bytes are a public key; no Solana word, no keypair.
    assertThat(blocked("$ solana-keygen pubkey\n" + a.substring(0, a.indexOf(",", 100)) + "]\n")).isFalse();
    assertThat(blocked("weights = " + a + "\n")).isFalse();
  }

  // A DSN in the SDK's init call is the browser's public key; in configuration it is reported.
  @Test
  void sentryDsnInSdkInitCallIsPublic() {
    String dsn = "https://ab8158fbb7a2a2913c1360c703245af9@o441892.ingest.de.sentry.io/4506904817958912";
    assertThat(blocked("Sentry.init({\n  dsn: \"" + dsn + "\",\n  tracesSampleRate: 0.2,\n});\n")).isFalse();
    assertThat(blocked("sentry_sdk.init(\n    dsn=\"https://ab8158fbb7a2a2913c1360c703245af9@o441892.ingest.sentry.io/4504321\",\n    traces_sample_rate=1.0,\n)\n"))
        .isFalse();
    assertThat(blocked("err := sentry.Init(sentry.ClientOptions{\n\tDsn: \"https://ab8158fbb7a2a2913c1360c703245af9@o441892.ingest.sentry.io/4504321\",\n})\n"))
        .isFalse();
    assertThat(blocked("SENTRY_DSN=https://ab8158fbb7a2a2913c1360c703245af9@o441892.ingest.sentry.io/4504321\n")).isTrue();
    assertThat(blocked("sentry:\n  dsn: \"https://ab8158fbb7a2a2913c1360c703245af9@o441892.ingest.sentry.io/4504321\"\n")).isTrue();
  }

  // New Sentry project ids are 16 digits from 45...: a Visa prefix, and one in ten passes Luhn.
  @Test
  void sentryProjectIdIsNoCard() {
    String dsn = "https://ab8158fbb7a2a2913c1360c703245af9@o441892.ingest.us.sentry.io/4506729815061622";
    assertThat(Blind34Util.luhnValid("4506729815061622")).isTrue();
    assertThat(scan("Sentry.init({ dsn: \"" + dsn + "\" });\n").findings()).isEmpty();
    assertThat(scan("SENTRY_DSN=" + dsn + "\n").findings()).extracting(Finding::ruleId).containsExactly("sentry-dsn");
    // A card number in a URL path without a DSN's key before it is still a card.
    assertThat(blocked("GET https://shop.example.com/cards/4506729815061622 HTTP/1.1\n")).isTrue();
  }

  // A wallet's exported Solana key: base58 of the 64 bytes, named a private key. (Found probing the
  // theme after the corpus, not a blind34 miss.)
  @Test
  void solanaBase58PrivateKey() {
    byte[] k = new Rnd(21).bytes(64);
    k[0] |= 0x40;
    String b58 = Blind34Util.base58(k);
    assertThat(blocked("Phantom export (private key):\n" + b58 + "\n")).isTrue();
    assertThat(blocked("Your private key: `" + b58 + "`")).isTrue();
    // A transaction signature has the same shape.
    assertThat(blocked("$ solana confirm -v " + b58 + "\nSignature 0: " + b58 + "\n")).isFalse();
    assertThat(blocked("Transaction signature " + b58 + " confirmed; the private key never left the ledger.")).isFalse();
  }

  // Hardhat's and Truffle's network accounts are the private keys the deployer signs with.
  @Test
  void hardhatAccountsArray() {
    String k = new Rnd(8).hex(64);
    assertThat(blocked("module.exports = { networks: { sepolia: { url: RPC, accounts: [\"0x" + k + "\"] } } };")).isTrue();
    assertThat(blocked("    accounts: [\n      '" + k + "',\n    ],\n")).isTrue();
    assertThat(blocked("accounts: [process.env.PRIVATE_KEY]")).isFalse();
    assertThat(blocked("accounts: [\"0x" + new Rnd(9).hex(40) + "\", \"0x" + new Rnd(10).hex(40) + "\"]")).isFalse();
    // Hardhat's documented default account #0 stays an example.
    assertThat(blocked("accounts: [\"0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80\"]")).isFalse();
  }

  // A seed phrase cut into concatenated literals, also inside its words, joins back.
  @Test
  void seedPhraseSplitIntoConcatenatedLiterals() {
    assertThat(blocked("seed = \"select grid zoo swo\" +\n    \"rd ceiling slush tu\" +\n    \"rn fee educate mist\" +\n    \"ake kiwi marriage\"\n"))
        .isTrue();
    assertThat(blocked("const m = 'rug slide rotate att' + 'end game reveal jagu' + 'ar private warm spor' + 't jealous chicken';")).isTrue();
    // Prose literals with capitals or punctuation are no pieces; a broken checksum is no phrase.
    assertThat(blocked("msg = \"Please select the grid\" +\n    \" and the zoo, then the sword.\"\n")).isFalse();
    assertThat(blocked("seed = \"select grid zoo swo\" +\n    \"rd ceiling slush tu\" +\n    \"rn fee educate mist\" +\n    \"ake kiwi kiwi\"\n"))
        .isFalse();
  }

  // A key file that holds the bare key, printed by cat. (Found probing the theme after the corpus.)
  @Test
  void keyFilePrintedByCat() {
    assertThat(blocked("$ cat config/master.key\n74bf20f876ffc474c0251908fcdce4b3\n")).isTrue();
    assertThat(blocked("$ cat config/credentials/production.key\n14f68d9dcbd7a085a368932ff2b2d409\n$ ls\n")).isTrue();
    assertThat(blocked("$ cat config/master.key\ncat: config/master.key: No such file or directory\n")).isFalse();
    assertThat(blocked("$ cat master.key.example\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n")).isFalse();
    assertThat(blocked("$ ls config\nmaster.key  credentials.yml.enc\n")).isFalse();
  }
}
