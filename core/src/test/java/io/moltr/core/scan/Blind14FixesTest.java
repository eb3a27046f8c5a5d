package io.moltr.core.scan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Blind14: one focused case per fix made after the corpus's first run. */
class Blind14FixesTest {
  private static boolean blocked(String text) {
    return !Fixtures.scanner().scan(text).clean();
  }

  @Test
  void aKeyNamedInParenthesesBeforeTheColonIsAnAssignment() {
    assertTrue(blocked("Ecco il valore richiesto (DD_API_KEY):\n\n9c41be07d2a5f38e16b0c7d4a29e5f81\n\nRicordati di ruotarlo."));
    assertTrue(blocked("The token (CLOUDFLARE_API_TOKEN): Zq8vN2rT5yWb1Kx7Lm4Pc9Hd3Fs6Gj0Qa_e-RtUo"));
    assertFalse(blocked("Call verify(token): it returns true when the signature holds."));
  }

  @Test
  void aKeyGivenInGermanFrenchSpanishOrItalianProse() {
    assertTrue(blocked("Ich habe den Eintrag gefunden. Der Schlüssel lautet Vq3xR9mKp2LwZ7tNc5Yb8HdE1fGs4Ja6 (aus der alten .env)."));
    assertTrue(blocked("Der API-Schlüssel ist Vq3xR9mKp2LwZ7tNc5Yb8HdE1fGs4Ja6."));
    assertTrue(blocked("La clé est Vq3xR9mKp2LwZ7tNc5Yb8HdE1fGs4Ja6, garde-la pour toi."));
    assertTrue(blocked("La clave es: Vq3xR9mKp2LwZ7tNc5Yb8HdE1fGs4Ja6"));
    assertTrue(blocked("La chiave è Vq3xR9mKp2LwZ7tNc5Yb8HdE1fGs4Ja6"));
    assertFalse(blocked("Der Schlüssel lautet jetzt anders, er liegt im Vault unter secret/prod/stripe."));
    assertFalse(blocked("La clave es importante: guárdala en el gestor de secretos del equipo."));
  }

  @Test
  void aSecretKeyWrittenAsTwoWords() {
    assertTrue(blocked("Name: Luis Ortega\nsecret key: P7wQk2ZrX9bTn4LcV1mYd8HsJ3fGa6Ue\nNote: keep on file."));
  }

  @Test
  void aSecretNamedForSomethingInProse() {
    assertTrue(blocked("as discussed, the client_secret for the shared account is:\n\nR2tYp8LqZ5wXn1VcK7mBd4HsJ9fGa3Ue\n\nPlease don't forward."));
  }

  @Test
  void aKubernetesSecretWhoseBase64DataIsAPlaceholderIsNotALeak() {
    String manifest = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ndata:\n  password: ";
    assertFalse(blocked(manifest + b64("REPLACE_ME") + "\n"));
    assertFalse(blocked(manifest + b64("<your-password-here>") + "\n"));
    assertTrue(blocked(manifest + b64("Xk9#pL2qR7vZt4Wm") + "\n"));
  }

  @Test
  void aPasswordInAnInsertStatementIsFoundByItsColumn() {
    assertTrue(blocked("INSERT INTO integration_settings (tenant_id, name, password, created_at)\nVALUES (42, 'orbit', 'Q#7vLm2xP9rTw4Zk', now());"));
    assertTrue(blocked("insert into `users` (`email`, `api_token`) values ('ann@example.com', 'k8Vx2LqP5mR9tZw3Yb7N');"));
    assertFalse(blocked("INSERT INTO users (name, password) VALUES ('admin', '$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW');"));
    assertFalse(blocked("INSERT INTO users (name, password) VALUES ('admin', ?);"));
    assertFalse(blocked("INSERT INTO users (name, password) VALUES ('admin', 'changeme');"));
    assertFalse(blocked("INSERT INTO users (password, name) VALUES (:password, 'Q#7vLm2xP9rTw4Zk');"));
  }

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }
}
