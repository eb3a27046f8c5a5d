package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per cause the sixth blind corpus found: a leak the fix must find, and beside it the hard
 * negative the fix must leave clean. Each leak row (or, for a false-positive fix, each negative
 * row) failed on the scanner before its fix.
 */
class Blind6FixesTest {

  private static Arguments leak(String text, String why) {
    return Arguments.of(text, true, why);
  }

  private static Arguments clean(String text, String why) {
    return Arguments.of(text, false, why);
  }

  static Stream<Arguments> rows() {
    Blind6Credentials g = new Blind6Credentials(new Random(0xF16));
    String cpf = g.cpf();
    String cpfBad = cpf.substring(0, cpf.length() - 1) + (char) ('0' + (cpf.charAt(cpf.length() - 1) - '0' + 1) % 10);
    String cn = g.chineseId();
    String cnBad = cn.substring(0, 17) + (cn.charAt(17) == '0' ? '1' : '0');
    String pw = g.urlPassword();
    String hex32 = g.hex(32);
    String token = g.alnum(28);
    String shopify = "shpat_" + g.hex(32);
    String gbIban = Blind6Credentials.iban("GB", "NWBK" + g.digits(14));
    String gbBad = gbIban.substring(0, 2) + String.format("%02d", (Integer.parseInt(gbIban.substring(2, 4)) + 3) % 97) + gbIban.substring(4);
    String signed = g.jwt("HS256", "{\"sub\":\"4411\",\"role\":\"admin\"}");
    List<Arguments> rows = new ArrayList<>();
    rows.add(leak("{\"name\": \"Ana\", \"cpf\": \"" + cpf + "\"}", "Brazilian CPF with both check digits"));
    rows.add(clean("{\"name\": \"Ana\", \"cpf\": \"" + cpfBad + "\"}", "CPF-shaped, a check digit wrong"));
    rows.add(leak("IdCard: \"" + cn + "\",", "Chinese resident id, MOD 11-2 check"));
    rows.add(clean("IdCard: \"" + cnBad + "\",", "resident-id-shaped, check character wrong"));
    rows.add(leak("braintreeToken: \"access_token$production$" + g.pick("abcdefghijklmnopqrstuvwxyz0123456789", 16) + "$" + hex32 + "\"", "Braintree production access token"));
    rows.add(clean("braintreeToken: \"access_token$production$<merchant_id>$<token>\"", "Braintree token template"));
    rows.add(leak("acme,dropbox_access_token,sl.u." + g.pick(Blind6Credentials.B64URL, 140) + ",ops", "Dropbox token with the sl.u. prefix"));
    rows.add(clean("Dropbox tokens start with sl.u. and are short-lived.", "the prefix in prose"));
    rows.add(leak("nfp_" + g.alnum(40), "Netlify token of 40 characters after nfp_"));
    rows.add(clean("NETLIFY_AUTH_TOKEN=nfp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "Netlify placeholder"));
    rows.add(leak("dd.api.key=" + hex32, "Datadog key in a Java properties file"));
    rows.add(clean("dd.api.key=${DD_API_KEY}", "Datadog key from the environment"));
    rows.add(leak("EMAIL_URL=smtp+tls://mailer@example.org:" + pw + "@smtp.mailprovider.net:587", "e-mail user left unescaped in an SMTP URL"));
    rows.add(clean("EMAIL_URL=smtp+tls://mailer@example.org:${SMTP_PASSWORD}@smtp.mailprovider.net:587", "SMTP URL with a variable for the password"));
    rows.add(leak("<server>\n  <id>releases</id>\n  <password>" + pw + "</password>\n</server>", "Maven settings.xml password element"));
    rows.add(clean("<server>\n  <id>releases</id>\n  <password>${env.DEPLOY_PASSWORD}</password>\n</server>", "settings.xml password from the environment"));
    rows.add(leak("tenant,setting,value,owner\nacme,db_password," + pw + ",ops\n", "password in a CSV cell"));
    rows.add(clean("id,email,password,role,created_at\n", "a CSV header naming a password column"));
    rows.add(leak("const APP_SECRET: &str = \"" + token + "\";", "Rust const with a declared type"));
    rows.add(clean("const APP_SECRET: &str = env!(\"APP_SECRET\");", "Rust const read from the build environment"));
    rows.add(leak("headers: {Content-Type=[application/json], X-Api-Key=[" + token + "]}", "API key in a printed Java header map"));
    rows.add(clean("headers: {Content-Type=[application/json], X-Api-Key=[REDACTED]}", "masked header map"));
    rows.add(leak("MYSQL_PWD=" + pw, "a password in MYSQL_PWD"));
    rows.add(clean("$ printenv\nHOME=/home/runner\nOLDPWD=/home/runner\nPWD=/workspace\nSHLVL=1\n", "the shell's working directory"));
    rows.add(leak("{'db_password': '" + pw + "', 'timeout': 30}", "password in a Python dict"));
    rows.add(clean("{'db_password': '$DB_PASSWORD', 'timeout': 30}", "a variable reference"));
    rows.add(clean("OPENAI_API_KEY=op://Engineering/OpenAI/credential", "a 1Password secret reference"));
    rows.add(clean("DB_PASSWORD=vault:secret/data/prod/db#password", "a Vault reference"));
    rows.add(clean("VALUES (4412, 'password_file', '/run/secrets/db_password', '2026-11-28 17:03:11');", "a date in the column after a password path"));
    rows.add(clean("| `token_sha256` | `" + g.hex(64) + "` | rotate |", "a token's hash in a markdown table"));
    rows.add(leak("id_token_hint='" + signed + "'", "a signed JWT"));
    rows.add(clean("export id_token_hint='eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiIzMDE1MDkiLCJyb2xlIjoidmlld2VyIn0.'\n 1041  make run\n 1042  history | tail\n", "an unsigned JWT (alg none)"));
    rows.add(leak("$ xxd secret.bin\n" + Blind6Encodings.xxd("postgres://app:" + pw + "@db.internal:5432/app"), "a connection string in an xxd dump"));
    rows.add(clean("$ xxd notes.txt\n" + Blind6Encodings.xxd("Deploy finished in 42s; 3 pods restarted, 0 errors."), "prose in an xxd dump"));
    rows.add(leak("(rot13) " + Blind6Encodings.rot13(gbIban), "a GB IBAN in rot13"));
    rows.add(clean("(rot13) " + Blind6Encodings.rot13(gbBad), "an IBAN-shaped string in rot13, check digits wrong"));
    rows.add(leak("code: " + String.join(".", Blind6Encodings.chunks(shopify, 6)), "a Shopify token cut by dots"));
    rows.add(clean("see shpat_.docs.example.com/tokens.and.scopes for the format", "a prefix in a dotted host name"));
    rows.add(leak("{\"auth\": {\"type\": \"bearer\", \"bearer\": [{\"key\": \"token\", \"value\": \"" + token + "\", \"type\": \"string\"}]}}", "a bearer token in a Postman export"));
    rows.add(clean("{\"auth\": {\"type\": \"bearer\", \"bearer\": [{\"key\": \"token\", \"value\": \"{{access_token}}\", \"type\": \"string\"}]}}", "a Postman variable"));
    return rows.stream();
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("rows")
  void row(String text, boolean leak, String why) {
    ScanReport report = Fixtures.scanner().scan(text);
    assertThat(!report.clean()).as(why + ": " + report.findings()).isEqualTo(leak);
  }
}
