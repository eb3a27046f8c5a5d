package io.moltr.core.scan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The general causes blind32 (configuration files) found, each held by a focused case. */
class Blind32FixesTest {
  private static boolean blocked(String text) {
    return !Fixtures.scanner().scan(text).clean();
  }

  /** An htpasswd file named before its fence: the "user:$apr1$..." line is a stored hash, not a password. */
  @Test
  void htpasswdEntryAfterFileNameIsAHash() {
    assertFalse(blocked("I've put it into `/etc/nginx/.htpasswd`:\n\n```text\nops_admin:$apr1$Q7wLx2Pa$Vd8sK1mZrT4yBn0cXe6uH/\n"
        + "ci-user:$2y$10$Rk3nVb8QwLz1Xc5Tg7Hy2uJm9PoA4sDf6GhJk8LzXc0VbNm1Qw3Ee\n```\n\nReload nginx afterwards."));
    assertTrue(ScanRun.passwordHash("deploy:$apr1$Q7wLx2Pa$Vd8sK1mZrT4yBn0cXe6uH/"));
    assertFalse(ScanRun.passwordHash("deploy:Vd8sK1mZrT4yBn0cXe6uH"));
    // A real password after a name is still one.
    assertTrue(blocked("DB_PASSWORD=Vd8sK1mZ!rT4yBn0cXe6uH\n"));
  }

  /** A Kubernetes Secret's data that decodes to a host, an address, a port or a user name holds no credential. */
  @Test
  void secretDataOfOrdinarySettingsIsNoSecret() {
    String head = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: orders-conn\ntype: Opaque\ndata:\n";
    assertFalse(blocked(head + "  host: " + Blind32Util.b64("pg-main.prod.svc.cluster.local") + "\n  port: "
        + Blind32Util.b64("5432") + "\n  username: " + Blind32Util.b64("svc_orders") + "\n"));
    assertFalse(blocked(head + "  DB_HOST: " + Blind32Util.b64("10.12.0.7") + "\n  DB_USER: " + Blind32Util.b64("etl-loader2") + "\n"));
    assertFalse(blocked(head + "  username: " + Blind32Util.b64("etl_loader") + "\n"));
    // The password beside them is still found, and a random value under a non-setting name too.
    assertTrue(blocked(head + "  host: " + Blind32Util.b64("db.internal") + "\n  password: " + Blind32Util.b64("Xk9mP2vLqR7zT4wq") + "\n"));
    assertTrue(blocked(head + "  api-key: " + Blind32Util.b64("k3j9x0q2m8v7b1n4z6") + "\n"));
  }

  /** An XML element's entity-encoded value keeps its element's name once decoded. */
  @Test
  void entityEncodedElementValueIsRead() {
    String pw = "5e5gUajbGWuJPnDYeVuIYOkHuTp";
    assertTrue(blocked("<server>\n  <id>github</id>\n  <password>" + Blind32Util.xmlDecEntities(pw) + "</password>\n</server>\n"));
    assertTrue(blocked("<server>\n  <password>" + Blind32Util.xmlHexEntities("Xk9#mP2vL!qR7zT4") + "</password>\n</server>\n"));
    assertTrue(blocked("<config>\n  <apiToken>" + Blind32Util.xmlDecEntities("a8F3kL9mQ2xV7pR4tW6yZ1bN5cD0eG8h") + "</apiToken>\n</config>\n"));
    // An element holding an ordinary word is still none.
    assertFalse(blocked("<server>\n  <password>" + Blind32Util.xmlDecEntities("${env.MAVEN_PASSWORD}") + "</password>\n</server>\n"));
  }

  /** A Secret's data that decodes to a plain https address or a mail address is no credential; a webhook URL still is. */
  @Test
  void secretDataOfAddressesIsNoSecret() {
    String head = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-conf\ntype: Opaque\ndata:\n";
    assertFalse(blocked(head + "  API_URL: " + Blind32Util.b64("https://api.acme.io/v2") + "\n"));
    assertFalse(blocked(head + "  ADMIN_EMAIL: " + Blind32Util.b64("ops@acme.io") + "\n"));
    assertTrue(blocked(head + "  HOOK: " + Blind32Util.b64("https://hooks.acme.io/catch/7a1f9c2e4b6d8f0a3c5e7b9d") + "\n"));
    assertTrue(blocked(head + "  DB_URL: " + Blind32Util.b64("https://app:Xk9mP2vLqR7zT4wq@db.acme.io/") + "\n"));
  }

  /** A password named in camel case with its encoding ("passwordBase64:") is still a password. */
  @Test
  void camelCaseBase64PasswordNameIsRead() {
    assertTrue(blocked("db:\n  passwordBase64: " + Blind32Util.b64("Xk9mP2vLqR7zT4wq") + "\n"));
    assertTrue(blocked("smtp:\n  passwordB64: " + Blind32Util.b64("Tr8kLm2vQ9xW4zPa") + "\n"));
  }

  /** A directive names its value with a space: Dockerfile's legacy ENV, Apache's SetEnv and password directives. */
  @Test
  void directiveWithSpaceSeparatedPasswordIsRead() {
    assertTrue(blocked("The Dockerfile:\n```dockerfile\nFROM alpine:3.20\nENV DB_PASSWORD Xk9mP2vLqR7zT4wq\nCMD [\"/app\"]\n```\n"));
    assertTrue(blocked("The vhost:\n```apache\n<VirtualHost *:443>\n    SetEnv DB_PASS Tr8#kLm2vQ9xW4zP\n</VirtualHost>\n```\n"));
    assertTrue(blocked("The LDAP part:\n```apache\nAuthLDAPBindDN cn=svc,dc=acme,dc=io\nAuthLDAPBindPassword Ab4!xT9qLm2Zr7Vw\n```\n"));
    // Prose, a path, a reference or a plain word is none.
    assertFalse(blocked("Note:\nPassword reset links expire after an hour.\nPassword changed\n"));
    assertFalse(blocked("The Dockerfile:\n```dockerfile\nENV DB_PASSWORD_FILE /run/secrets/db_password\nENV DB_PASSWORD ${DB_PASSWORD}\n```\n"));
    assertFalse(blocked("The LDAP part:\n```apache\nAuthLDAPBindPassword \"exec:/usr/local/bin/ldap-pass\"\n```\n"));
  }

  /** A Secret's data that decodes to a version, an ARN, a path, a public key line or an id's UUID is no credential. */
  @Test
  void secretDataOfIdentifiersIsNoSecret() {
    String head = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-conf\ntype: Opaque\ndata:\n";
    assertFalse(blocked(head + "  VERSION: " + Blind32Util.b64("1.24.3") + "\n"));
    assertFalse(blocked(head + "  ROLE_ARN: " + Blind32Util.b64("arn:aws:iam::123456789012:role/app") + "\n"));
    assertFalse(blocked(head + "  CERT_PATH: " + Blind32Util.b64("/etc/ssl/certs/app.pem") + "\n"));
    assertFalse(blocked(head + "  known_hosts: " + Blind32Util.b64("github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n") + "\n"));
    assertFalse(blocked(head + "  TENANT_ID: " + Blind32Util.b64("72f988bf-86f1-41af-91ab-2d7cd011db47") + "\n"));
    // A UUID under a key's name may be the key (Heroku's API keys are UUIDs).
    assertTrue(blocked(head + "  HEROKU_API_KEY: " + Blind32Util.b64("4c2f8a1e-93b7-4d05-a6e2-1f9b7c3d8e50") + "\n"));
  }

  /** A Secret's data that decodes to a JSON object is judged by its decoded keys and values, not as a blob. */
  @Test
  void secretDataOfJsonIsJudgedDecoded() {
    String head = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-conf\ntype: Opaque\ndata:\n";
    assertFalse(blocked(head + "  config.json: " + Blind32Util.b64("{\"logLevel\":\"info\",\"region\":\"eu-west-1\",\"retries\":3}") + "\n"));
    assertFalse(blocked(head + "  .dockerconfigjson: " + Blind32Util.b64("{\"auths\":{\"ghcr.io\":{}}}") + "\n"));
    assertTrue(blocked(head + "  .dockerconfigjson: " + Blind32Util.b64("{\"auths\":{\"registry.acme.io\":{\"auth\":\""
        + Blind32Util.b64("deploy:Xk9mP2vLqR7zT4wq") + "\"}}}") + "\n"));
    assertTrue(blocked(head + "  config.json: " + Blind32Util.b64("{\"apiKey\":\"sk_live_51" + "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7cDe0fGh3iJk6lMn9oPq2rSt5uVw8xYz1aBc4dEf7gHi0jKl3mNo6pQr9sTu2vWx" + "\"}") + "\n"));
  }

  /** Helm's checksum annotations hold a digest of the rendered Secret, not a key named secret. */
  @Test
  void checksumAnnotationIsNoPrivateKey() {
    String d1 = "9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c0b2d4f6e8a1c3e5b7d9f0a2c4e6b8d1f";
    String d2 = "3b5d7f9a1c3e5b7d9f0a2c4e6b8d1f3a5c7e9b0d2f4a6c8e0b1d3f5a7c9e2b4d";
    assertFalse(blocked("```yaml\nspec:\n  template:\n    metadata:\n      annotations:\n        checksum/config: " + d1
        + "\n        checksum/secret: " + d2 + "\n```\n"));
    // A 64-hex key under a wallet or signer name is still one.
    assertTrue(blocked("```dotenv\nSIGNER_PRIVATE_KEY=0x" + d2 + "\n```\n"));
  }
}
