package io.moltr.core.scan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The general causes behind blind23's first-run misses and false positives. */
class Blind23FixesTest {
  private static ScanReport scan(String text) {
    return Fixtures.scanner().scan(text);
  }

  private static void blocked(String text) {
    assertFalse(scan(text).clean(), text);
  }

  private static void clean(String text) {
    ScanReport r = scan(text);
    assertTrue(r.clean(), () -> text + " -> " + r.findings().stream().map(Finding::ruleId).collect(Collectors.joining(",")));
  }

  @Test
  void keyOrTokenAfterALabelInAnotherLanguage() {
    blocked("按照刚才说的，我把凭证发给你。\n  AWS 访问密钥：/JOAdWryuYJjICn2Ipkmy7k11qaalWRw9XiBA6hu\n请不要外传。");
    blocked("**Cloudflare токен доступа**: `P_2bDhsuhwdFEpkjMWxvSuWJKMNt6PR-3MopdSP7`");
    blocked("**Vercel jeton** : `bhgccNxGi5P8ghjDba5I4xge`");
    blocked("**Datadog a chave de acesso**: `ba6b95e8dd1f45241e6a0b6d51bb7924`");
    blocked("**Datadog clé API** : `22af9db496992a1e292c54caeacec537`");
    blocked("$anahtar = 'd5224651cd3eebe7c9c1643d936041c7';\n$client = new Client($anahtar);");
    blocked("private static final String CHAVE_API = \"OWMyC7TfYUoV7dnmnOoPjCk6q4pDgmfBxEDz0EdPFHbd\";");
    blocked("{\n  \"service\": \"app\",\n  \"anahtar\": \"08SYJc9AMm0VORJIAyPhabe4dThQDkUM7Sk0ohmk76\"\n}");
    blocked("app API-sleutel: ｐｊａｍｏ８８３ＴＫＬ３ＩＮＢＵｊｔＹｉＮ１ｙＯＥＭｔＮｅｉｆＧｇＲ");
  }

  @Test
  void passwordAfterALabelInAnotherLanguage() {
    blocked("**пароль**: `GqoAfwBIbD3c4Z~X@Kv`");
    blocked("Comme convenu :\n**mot de passe** : `mH9h%kYgWX&o0y`");
    blocked("パスワード：Xk8#mQ2vLp9z");
    blocked("şifre = 'Tz7!kq2LmWp4'");
  }

  @Test
  void labelsWithoutASecretStayClean() {
    clean("Le mot de passe doit contenir au moins 12 caractères, dont une majuscule, un chiffre et un caractère spécial.");
    clean("Пароль должен содержать не менее 12 символов, заглавную букву, цифру и спецсимвол.");
    clean("msgid \"Password\"\nmsgstr \"Mot de passe\"\n\nmsgid \"API key\"\nmsgstr \"clé API\"");
    clean("公開鍵を登録してください：\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq3b4m0tW9u9VpJx8yXkq2Qk1m3o0v5d7eE1r2T4u5 wei@dev");
    clean("Şu tür şifrelerden kaçın: passwort123, sommer2026.");
    clean("mot de passe : ********\nclé API : ***redacted***");
    clean("Klucz API: YOUR_API_KEY_HERE");
    clean("チェックサム: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
  }

  @Test
  void nationalIdLabelAtTheEndOfASnakeCaseName() {
    blocked("2026-11-30T03:33:50Z INFO [config-loader] using br_cpf=928.456.892-76 (CPF)");
    blocked("cliente_cpf: 529.982.247-25");
    blocked("TR_TCKN=72167476998");
    clean("cliente_cpf: 529.982.247-26");
    clean("TR_TCKN=72167476999");
  }

  @Test
  void twilioAccountSidAloneIsNoSecret() {
    clean("Account SID (not a secret): AC2a839ca4fb2ea5feb13903102e7158bc\nThe auth token is in Vault.");
    clean("SID de la cuenta (no es secreto): ACdbe48412803a397be5de710a1219673f\nEl token está en el vault.");
    blocked("TWILIO_ACCOUNT_SID=AC2a839ca4fb2ea5feb13903102e7158bc\nTWILIO_AUTH_TOKEN=9f3c1e2a7b6d4c8e0a1b2c3d4e5f6a7b");
  }
}
