package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The general fixes made after blind corpus 24's first run, each on its own. */
class Blind24FixesTest {
  private static boolean blocked(String text) {
    return !Fixtures.scanner().scan(text).clean();
  }

  @Test
  void assignmentWithDashOrSpaceBeforeAQuotedValue() {
    assertThat(blocked("session_secret - 'squvUIR0VghzFFrDVpz4NjjUeI3ohpKY'")).isTrue();
    assertThat(blocked("api_key - P455Ya1ekXrOYwl5E6Ws6adxqgq0OpWQDPpoooynA6NF1eE")).isTrue();
    assertThat(blocked("« APP_SECRET `/z6p/QyGkHuDEC9Ykt3Gy63DadwHZ0qT` »")).isTrue();
    assertThat(blocked("api-key 'P455Ya1ekXrOYwl5E6Ws6adxqgq0OpWQDPpoooynA6NF1eE'")).isTrue();
    // Not values: a name quoted in prose, a dash in a sentence, placeholders.
    assertThat(blocked("Set the token 'YOUR_TOKEN_HERE_PLEASE' before you run it.")).isFalse();
    assertThat(blocked("the secret - as you know - lives in the vault")).isFalse();
    assertThat(blocked("api_key - ${API_KEY_FROM_THE_ENVIRONMENT}")).isFalse();
  }

  @Test
  void nationalIdLabelInsideAnIdentifier() {
    assertThat(blocked("cpf_cliente = 693.851.930-74")).isTrue();
    assertThat(blocked("let cpf_cliente = \"276.903.524-05\";")).isTrue();
    assertThat(blocked("{\"pnr\":\"840301-1151\"}")).isTrue();
    assertThat(blocked("NIR_PATIENT=288031099445610")).isTrue();
    assertThat(blocked("customer_cnpj = 11.222.333/0001-81")).isTrue();
    // Check digits still decide.
    assertThat(blocked("cpf_cliente = 693.851.930-75")).isFalse();
    assertThat(blocked("{\"pnr\":\"840301-1152\"}")).isFalse();
  }

  @Test
  void unsignedJwtIsNoCredential() {
    assertThat(blocked("ID_TOKEN=eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiI4ODkwMDAzNSIsImFkbWluIjpmYWxzZX0.")).isFalse();
    assertThat(blocked("+ID_TOKEN=eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiI5NTk3Mjc2MiIsImFkbWluIjpmYWxzZX0.")).isFalse();
    assertThat(ScanRun.unsignedJwt("eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiI4ODkwMDAzNSJ9.")).isTrue();
    assertThat(ScanRun.unsignedJwt("eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiI4ODkwMDAzNSJ9.c2ln")).isFalse();
    assertThat(ScanRun.unsignedJwt("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI4ODkwMDAzNSJ9.")).isFalse();
    // A signed token is still caught.
    assertThat(blocked("ID_TOKEN=" + Blind24Secrets.jwt("{\"sub\":\"u1\",\"iat\":1760000000}", "k3y-for-the-test-0123456789abcdef")))
        .isTrue();
  }

  @Test
  void camelCaseHashNameBeforeTheColon() {
    assertThat(blocked("upstream rejected credentials (md5Checksum:'54ec68782bcd2d4be1fe707b14c01994')")).isFalse();
    assertThat(blocked("the credential check failed (fileSha256: 9f2c7a0b3b18e51d4c7e8a1f0b2d3c4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c)"))
        .isFalse();
    assertThat(blocked("here is the api key from the vault: Zx81kQp0LmN3vB7tR2yW9sD4")).isTrue();
  }

  @Test
  void backslashLineContinuationJoinsTheLines() {
    assertThat(blocked("Here it is: CARD=5020-1375\\\n-1347-5025")).isTrue();
    assertThat(blocked("Here it is: DNI=3835\\\n4314C")).isTrue();
    assertThat(blocked("export API_KEY=PSnbLVRnHezicCg\\\r\ndnCyriLiEMAVR3a\\\nHstUdb4osZkg2DQu")).isTrue();
    // A shell script's ordinary continuations join into nothing secret.
    assertThat(blocked("docker run --rm \\\n  -e LOG_LEVEL=info \\\n  -v \"$PWD\":/app \\\n  acme/api:1.4.2")).isFalse();
    assertThat(blocked("CARD=5020-1375\\\n-1347-5026")).isFalse(); // fails Luhn
  }

  @Test
  void concatenatedLiteralsKeepTheirName() {
    assertThat(blocked("API_KEY = \"PSnbLVRnHezicCg\" +\n    \"dnCyriLiEMAVR3aHstUdb4osZkg2DQu\"")).isTrue();
    assertThat(blocked("const secret = 'q8ZP3vKw1xN' + 'c7RbT2mLs0Yd9Hf4';")).isTrue();
    // A message built in pieces, a URL built from literals: no key.
    assertThat(blocked("msg = \"Hello, \" + \"world and all the rest\"")).isFalse();
    assertThat(blocked("token_url = \"https://auth.example.com\" + \"/oauth2/v1/token\"")).isFalse();
  }

  @Test
  void gpgFingerprintUnderASigningKeyName() {
    assertThat(blocked("export SIGNING_KEY=\"57E99F8EB58BB186CF5640E14A83A5374DDAC665\"")).isFalse();
    assertThat(blocked("> X-Signing-Key: 12D7DCDC2C7D073CF15D48CBC9FD1997B3B55229")).isFalse();
    assertThat(blocked("git config user.signingkey 3AA5C34371567BD2 && signing_key: 3AA5C34371567BD2")).isFalse();
    // Lower-case hex, or a random key, under the same name is still a secret.
    assertThat(blocked("export SIGNING_KEY=\"57e99f8eb58bb186cf5640e14a83a5374ddac665\"")).isTrue();
    assertThat(blocked("signing_key = 'q8ZP3vKw1xNc7RbT2mLs0Yd9Hf4aB'")).isTrue();
  }

  @Test
  void plainGroupsAfterAnEscapedGroupedValue() {
    assertThat(blocked("Te lo paso codificado: PAN\\u003D3531 4116\\u0020\\u0034\\u003570 3100")).isTrue();
    assertThat(ScanRun.plainGroupsAfter("x\\u0035 70 3100 end", 7)).isEqualTo(19);
    assertThat(ScanRun.plainGroupsAfter("x\\u0035 abcdefghijk", 7)).isEqualTo(7);
    assertThat(blocked("Te lo paso codificado: PAN\\u003D3531 4116\\u0020\\u0034\\u003570 3101")).isFalse();
  }
}
