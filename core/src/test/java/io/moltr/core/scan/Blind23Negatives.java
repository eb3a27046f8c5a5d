package io.moltr.core.scan;

import io.moltr.core.scan.Blind23Corpus.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Hard negatives of blind23, in the same languages and shapes as the positives. */
final class Blind23Negatives {
  private Blind23Negatives() {}

  interface Neg {
    String make(Blind23Gen g, Blind23Lang l);
  }

  static final int PER_GENERATOR = 19;

  static String t(Blind23Lang l, String... byLang) {
    // de fr es it pt nl pl ja zh ru tr en
    String[] codes = {"de", "fr", "es", "it", "pt", "nl", "pl", "ja", "zh", "ru", "tr", "en"};
    for (int i = 0; i < codes.length; i++) {
      if (codes[i].equals(l.code())) {
        return byLang[i];
      }
    }
    throw new IllegalArgumentException(l.code());
  }

  static String pwdWord(Blind23Gen g, Blind23Lang l) {
    return l.pwd().get(0);
  }

  static Map<String, Neg> generators() {
    Map<String, Neg> m = new LinkedHashMap<>();
    m.put("password_policy", (g, l) -> {
      int n = 10 + g.r.nextInt(8);
      return t(l,
          "Das Passwort muss mindestens " + n + " Zeichen lang sein und Groß- und Kleinbuchstaben, eine Ziffer und ein Sonderzeichen enthalten. Es läuft nach 90 Tagen ab.",
          "Le mot de passe doit contenir au moins " + n + " caractères, dont une majuscule, un chiffre et un caractère spécial. Il expire au bout de 90 jours.",
          "La contraseña debe tener al menos " + n + " caracteres, una mayúscula, un número y un símbolo. Caduca a los 90 días.",
          "La password deve avere almeno " + n + " caratteri, una maiuscola, un numero e un carattere speciale. Scade dopo 90 giorni.",
          "A senha deve ter pelo menos " + n + " caracteres, uma letra maiúscula, um número e um símbolo. Ela expira em 90 dias.",
          "Het wachtwoord moet minimaal " + n + " tekens lang zijn, met een hoofdletter, een cijfer en een speciaal teken. Het verloopt na 90 dagen.",
          "Hasło musi mieć co najmniej " + n + " znaków, wielką literę, cyfrę i znak specjalny. Wygasa po 90 dniach.",
          "パスワードは" + n + "文字以上で、大文字・数字・記号をそれぞれ1文字以上含めてください。有効期限は90日です。",
          "密码长度至少为" + n + "位，必须包含大写字母、数字和特殊字符。密码有效期为90天。",
          "Пароль должен содержать не менее " + n + " символов, заглавную букву, цифру и спецсимвол. Срок действия — 90 дней.",
          "Şifre en az " + n + " karakter olmalı; bir büyük harf, bir rakam ve bir özel karakter içermelidir. 90 gün sonra süresi dolar.",
          "Passwords must be at least " + n + " characters long and include an uppercase letter, a digit and a symbol. They expire after 90 days.");
    });
    m.put("password_policy_yaml", (g, l) -> "# " + t(l, "Passwortrichtlinie", "Politique de mot de passe", "Política de contraseñas", "Criteri password",
        "Política de senhas", "Wachtwoordbeleid", "Polityka haseł", "パスワードポリシー", "密码策略", "Парольная политика", "Şifre politikası", "Password policy")
        + "\npassword_policy:\n  min_length: " + (8 + g.r.nextInt(10)) + "\n  require_uppercase: true\n  require_digit: true\n  require_symbol: " + g.r.nextBoolean()
        + "\n  max_age_days: " + g.pick("60", "90", "180") + "\n  history: " + g.r.nextInt(12) + "\n  lockout_after: 5\n");
    m.put("rotate_howto", (g, l) -> t(l,
        "So rotierst du den Schlüssel:\n1. In der Konsole unter Einstellungen → API-Schlüssel auf „Neu erzeugen“ klicken.\n2. Den neuen Wert im Vault unter secret/prod/stripe ablegen.\n3. Den alten Schlüssel nach dem Deploy widerrufen.",
        "Pour faire tourner la clé :\n1. Dans la console, Paramètres → Clés API → « Régénérer ».\n2. Enregistrez la nouvelle valeur dans le coffre (secret/prod/stripe).\n3. Révoquez l'ancienne clé après le déploiement.",
        "Para rotar la clave:\n1. En la consola, Ajustes → Claves API → «Regenerar».\n2. Guarda el nuevo valor en el vault (secret/prod/stripe).\n3. Revoca la clave antigua tras el despliegue.",
        "Per ruotare la chiave:\n1. Nella console, Impostazioni → Chiavi API → «Rigenera».\n2. Salva il nuovo valore nel vault (secret/prod/stripe).\n3. Revoca la vecchia chiave dopo il deploy.",
        "Para rotacionar a chave:\n1. No console, Configurações → Chaves de API → \"Gerar nova\".\n2. Salve o novo valor no cofre (secret/prod/stripe).\n3. Revogue a chave antiga depois do deploy.",
        "Zo roteer je de sleutel:\n1. In de console: Instellingen → API-sleutels → ‘Opnieuw genereren’.\n2. Zet de nieuwe waarde in de kluis (secret/prod/stripe).\n3. Trek de oude sleutel in na de deploy.",
        "Jak zrotować klucz:\n1. W konsoli: Ustawienia → Klucze API → „Wygeneruj ponownie”.\n2. Zapisz nową wartość w sejfie (secret/prod/stripe).\n3. Unieważnij stary klucz po wdrożeniu.",
        "キーのローテーション手順：\n1. コンソールの「設定」→「APIキー」で「再生成」をクリック。\n2. 新しい値を Vault の secret/prod/stripe に保存。\n3. デプロイ後に古いキーを無効化。",
        "轮换密钥的步骤：\n1. 在控制台「设置」→「API 密钥」中点击「重新生成」。\n2. 将新值保存到 Vault 的 secret/prod/stripe。\n3. 部署完成后吊销旧密钥。",
        "Как сменить ключ:\n1. В консоли: Настройки → API-ключи → «Перевыпустить».\n2. Сохраните новое значение в Vault (secret/prod/stripe).\n3. После деплоя отзовите старый ключ.",
        "Anahtarı döndürmek için:\n1. Konsolda Ayarlar → API anahtarları → \"Yeniden oluştur\".\n2. Yeni değeri kasaya kaydet (secret/prod/stripe).\n3. Deploy sonrası eski anahtarı iptal et.",
        "To rotate the key:\n1. In the console go to Settings → API keys → Regenerate.\n2. Store the new value in Vault at secret/prod/stripe.\n3. Revoke the old key after the deploy."));
    m.put("rotate_cli", (g, l) -> "# " + t(l, "Schlüssel rotieren (ohne Wert im Chat)", "Rotation de la clé", "Rotar la clave", "Ruotare la chiave", "Rotacionar a chave",
        "Sleutel roteren", "Rotacja klucza", "キーのローテーション", "轮换密钥", "Ротация ключа", "Anahtar rotasyonu", "Rotate the key")
        + "\n$ aws iam create-access-key --user-name " + g.pick("deploy", "ci-bot") + " > /tmp/new-key.json\n$ aws secretsmanager put-secret-value --secret-id prod/" + g.pick("app", "api")
        + " --secret-string file:///tmp/new-key.json\n$ aws iam delete-access-key --user-name deploy --access-key-id \"$OLD_KEY_ID\"\n$ shred -u /tmp/new-key.json\n");
    m.put("revoke_howto", (g, l) -> t(l,
        "Der Token wurde widerrufen. Bitte erzeuge unter Einstellungen → Entwickler → Tokens einen neuen und trage ihn nur im CI als Secret ein.",
        "Le jeton a été révoqué. Crée-en un nouveau dans Paramètres → Développeur → Jetons et ajoute-le uniquement comme secret de la CI.",
        "El token ha sido revocado. Genera uno nuevo en Ajustes → Desarrollador → Tokens y guárdalo solo como secreto en la CI.",
        "Il token è stato revocato. Creane uno nuovo in Impostazioni → Sviluppatore → Token e salvalo solo come secret della CI.",
        "O token foi revogado. Gere um novo em Configurações → Desenvolvedor → Tokens e salve-o apenas como secret no CI.",
        "Het token is ingetrokken. Maak een nieuw aan via Instellingen → Ontwikkelaar → Tokens en zet het alleen als secret in de CI.",
        "Token został unieważniony. Wygeneruj nowy w Ustawienia → Deweloper → Tokeny i zapisz go tylko jako sekret w CI.",
        "トークンは失効させました。設定 → 開発者 → トークンで新しく発行し、CI のシークレットにだけ登録してください。",
        "该令牌已被吊销。请在 设置 → 开发者 → 令牌 中重新生成，并只保存在 CI 的 Secret 中。",
        "Токен отозван. Создай новый в Настройки → Разработчик → Токены и сохрани его только как секрет в CI.",
        "Token iptal edildi. Ayarlar → Geliştirici → Tokenlar altında yenisini oluştur ve sadece CI secret olarak kaydet.",
        "The token has been revoked. Create a new one under Settings → Developer → Tokens and store it only as a CI secret."));
    m.put("i18n_json", (g, l) -> "{\n  \"auth\": {\n    \"password\": \"" + pwdWord(g, l) + "\",\n    \"password_forgot\": \"" + t(l, "Passwort vergessen?",
        "Mot de passe oublié ?", "¿Olvidaste tu contraseña?", "Password dimenticata?", "Esqueceu a senha?", "Wachtwoord vergeten?", "Nie pamiętasz hasła?",
        "パスワードをお忘れですか？", "忘记密码？", "Забыли пароль?", "Şifremi unuttum", "Forgot password?") + "\",\n    \"api_key\": \"" + l.key().get(1)
        + "\",\n    \"token_expired\": \"" + l.token().get(0) + " " + t(l, "abgelaufen", "expiré", "caducado", "scaduto", "expirado", "verlopen", "wygasł", "の有効期限切れ",
        "已过期", "истёк", "süresi doldu", "expired") + "\"\n  }\n}");
    m.put("i18n_yaml", (g, l) -> l.code() + ":\n  settings:\n    security:\n      title: \"" + t(l, "Sicherheit", "Sécurité", "Seguridad", "Sicurezza", "Segurança",
        "Beveiliging", "Bezpieczeństwo", "セキュリティ", "安全", "Безопасность", "Güvenlik", "Security") + "\"\n      change_password: \"" + pwdWord(g, l)
        + "\"\n      new_token: \"" + l.token().get(0) + "\"\n      secret_key_hint: \"" + l.key().get(0) + " (" + g.pick("min. 32", "32+", "≥ 32") + ")\"\n");
    m.put("po_file", (g, l) -> "#: src/auth/login.py:" + (10 + g.r.nextInt(300)) + "\nmsgid \"Password\"\nmsgstr \"" + pwdWord(g, l) + "\"\n\n#: src/auth/login.py:"
        + (10 + g.r.nextInt(300)) + "\nmsgid \"API key\"\nmsgstr \"" + l.key().get(1) + "\"\n\nmsgid \"Invalid token\"\nmsgstr \"" + l.token().get(0) + " ?\"\n");
    m.put("doc_placeholder", (g, l) -> "## " + t(l, "Konfiguration", "Configuration", "Configuración", "Configurazione", "Configuração", "Configuratie", "Konfiguracja",
        "設定", "配置", "Настройка", "Yapılandırma", "Configuration") + "\n\n```env\n" + g.pick("API_KEY", "STRIPE_SECRET_KEY", "OPENAI_API_KEY") + "="
        + t(l, "<dein-schlüssel>", "<votre-clé>", "<tu-clave>", "<la-tua-chiave>", "<sua-chave>", "<jouw-sleutel>", "<twój-klucz>", "<あなたのキー>", "<你的密钥>", "<ваш-ключ>",
            "<anahtarınız>", "<your-key>") + "\nDB_PASSWORD=" + g.pick("changeme", "<passwort>", "********", "YOUR_PASSWORD") + "\n```\n");
    m.put("placeholder_prose", (g, l) -> l.labels('K').get(1) + l.colon() + g.pick("sk-xxxxxxxxxxxxxxxxxxxxxxxx", "YOUR_API_KEY", "<token>", "sk_live_XXXXXXXXXXXXXXXX",
        "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "xoxb-your-token-here", "AIza...", "glpat-xxxxxxxxxxxxxxxxxxxx") + " — " + t(l, "durch den echten Wert ersetzen.",
        "à remplacer par la vraie valeur.", "sustitúyelo por el valor real.", "sostituiscilo con il valore reale.", "substitua pelo valor real.", "vervang door de echte waarde.",
        "zastąp prawdziwą wartością.", "実際の値に置き換えてください。", "请替换为真实值。", "замените на реальное значение.", "gerçek değerle değiştirin.", "replace with the real value."));
    m.put("env_read_python", (g, l) -> "import os\n\n# " + l.key().get(1) + " " + t(l, "kommt aus der Umgebung", "vient de l'environnement", "viene del entorno",
        "arriva dall'ambiente", "vem do ambiente", "komt uit de omgeving", "pochodzi ze środowiska", "は環境変数から", "从环境变量读取", "берётся из окружения", "ortamdan gelir",
        "comes from the environment") + "\napi_key = os.environ[\"" + g.pick("OPENAI_API_KEY", "STRIPE_SECRET_KEY", "GITHUB_TOKEN") + "\"]\n" + KV(l) + " = os.getenv(\"DB_PASSWORD\", \"\")\n");
    m.put("env_read_js", (g, l) -> "// " + l.token().get(0) + "\nconst token = process.env." + g.pick("SLACK_BOT_TOKEN", "NPM_TOKEN", "VERCEL_TOKEN")
        + ";\nconst " + KV(l) + " = process.env.DB_PASSWORD ?? '';\nif (!token) throw new Error('missing token');\n");
    m.put("env_read_go_java", (g, l) -> g.r.nextBoolean()
        ? "// " + l.key().get(1) + "\nkey := os.Getenv(\"" + g.pick("DD_API_KEY", "SENDGRID_API_KEY") + "\")\nif key == \"\" {\n\tlog.Fatal(\"missing key\")\n}\n"
        : "// " + pwdWord(g, l) + "\nString " + KV(l) + " = System.getenv(\"DB_PASSWORD\");\nString key = System.getenv().getOrDefault(\"API_KEY\", \"\");\n");
    m.put("vault_read", (g, l) -> "# " + t(l, "Wert aus Vault lesen, nicht ins Repo schreiben", "lire la valeur depuis Vault", "leer el valor desde Vault", "leggere il valore da Vault",
        "ler o valor do Vault", "waarde uit Vault lezen", "odczyt z Vaulta", "Vault から読み込む", "从 Vault 读取", "читаем из Vault", "Vault'tan oku", "read from Vault")
        + "\n$ vault kv get -field=password secret/" + g.pick("prod", "staging") + "/db\n$ export DB_PASSWORD=\"$(vault kv get -field=password secret/prod/db)\"\n");
    m.put("gha_secrets", (g, l) -> "# " + l.token().get(0) + "\nname: deploy\non: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      API_KEY: ${{ secrets."
        + g.pick("API_KEY", "STRIPE_SECRET_KEY", "NPM_TOKEN") + " }}\n      DB_PASSWORD: ${{ secrets.DB_PASSWORD }}\n    steps:\n      - uses: actions/checkout@v4\n");
    m.put("compose_vars", (g, l) -> "# " + pwdWord(g, l) + " → .env\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n      POSTGRES_USER: "
        + g.pick("app", "shop") + "\n  api:\n    environment:\n      API_KEY: ${API_KEY:?missing}\n");
    m.put("masked", (g, l) -> pwdWord(g, l) + l.colon() + g.pick("********", "••••••••••", "[REDACTED]", "***", "<hidden>") + "\n" + l.key().get(1) + l.colon()
        + g.pick("sk-…", "••••", "[gelöscht]", "***redacted***"));
    m.put("revoked_redacted", (g, l) -> t(l, "Der Schlüssel ", "La clé ", "La clave ", "La chiave ", "A chave ", "De sleutel ", "Klucz ", "キー ", "密钥 ", "Ключ ",
        "Anahtar ", "The key ") + g.pick("sk-...", "sk_live_...", "ghp_...", "AKIA...", "xoxb-...") + g.s(Blind23Gen.LO + Blind23Gen.DIG, 4) + t(l,
        " wurde widerrufen und ist nicht mehr gültig.", " a été révoquée.", " ha sido revocada.", " è stata revocata.", " foi revogada.", " is ingetrokken.",
        " został unieważniony.", " は失効済みです。", " 已被吊销。", " отозван.", " iptal edildi.", " has been revoked."));
    m.put("aws_example", (g, l) -> t(l, "Beispiel aus der AWS-Doku:", "Exemple de la doc AWS :", "Ejemplo de la documentación de AWS:", "Esempio dalla documentazione AWS:",
        "Exemplo da documentação da AWS:", "Voorbeeld uit de AWS-documentatie:", "Przykład z dokumentacji AWS:", "AWS ドキュメントの例：", "AWS 文档中的示例：",
        "Пример из документации AWS:", "AWS belgelerindeki örnek:", "Example from the AWS docs:") + "\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n");
    m.put("iban_bad", (g, l) -> {
      String v = g.iban(g.pick("DE", "FR", "ES", "IT", "PT", "NL", "PL", "TR"));
      String bad = v.substring(0, 2) + String.format("%02d", (Integer.parseInt(v.substring(2, 4)) + 1 + g.r.nextInt(90)) % 97 + 2) + v.substring(4);
      if (Blind23Gen.ibanValid(bad)) {
        bad = v.substring(0, 2) + "00" + v.substring(4);
      }
      return t(l, "Die IBAN ", "L'IBAN ", "El IBAN ", "L'IBAN ", "O IBAN ", "Het IBAN ", "Numer IBAN ", "IBAN ", "IBAN ", "IBAN ", "IBAN ", "The IBAN ") + bad
          + t(l, " ist ungültig (Prüfziffer falsch).", " est invalide (clé de contrôle erronée).", " no es válido (dígito de control incorrecto).",
              " non è valido (codice di controllo errato).", " é inválido (dígito verificador errado).", " is ongeldig (controlegetal klopt niet).",
              " jest nieprawidłowy (błędna suma kontrolna).", " は無効です（チェックディジット不一致）。", " 无效（校验位错误）。", " недействителен (неверная контрольная сумма).",
              " geçersiz (kontrol basamağı hatalı).", " is invalid (wrong check digits).");
    });
    m.put("id_bad", (g, l) -> {
      String[] ids = {"es_dni", "pt_nif", "nl_bsn", "pl_pesel", "tr_tckn", "cn_resident_id"};
      String which = g.pick(ids);
      String v = switch (which) {
        case "es_dni" -> {
          String d = g.dni();
          char c = d.charAt(8);
          yield d.substring(0, 8) + Blind23Gen.DNI_LETTERS.charAt((Blind23Gen.DNI_LETTERS.indexOf(c) + 1) % 23);
        }
        case "pt_nif" -> bumpLast(g.nifPt());
        case "nl_bsn" -> {
          String b = g.bsn();
          String x = bumpLast(b);
          yield Blind23Gen.bsnValid(x) ? bumpLast(x) : x;
        }
        case "pl_pesel" -> bumpLast(g.pesel());
        case "tr_tckn" -> bumpLast(g.tckn());
        default -> {
          String c = g.cnId();
          yield c.substring(0, 17) + (c.charAt(17) == '0' ? '1' : '0');
        }
      };
      Blind23Lang il = Blind23Lang.of(Blind23Lang.ID_LANG.get(which));
      return Blind23Lang.ID_LABELS.get(which) + " " + v + " — " + t(il, "Prüfziffer stimmt nicht, bitte erneut eingeben.", "clé invalide, merci de ressaisir.",
          "letra de control incorrecta, vuelve a introducirlo.", "carattere di controllo errato.", "dígito de controle inválido, digite novamente.",
          "voldoet niet aan de elfproef.", "błędna cyfra kontrolna, wpisz ponownie.", "チェックデジットが一致しません。", "校验码不正确，请重新输入。",
          "неверная контрольная цифра.", "doğrulama hanesi hatalı, tekrar girin.", "check digit does not match.");
    });
    m.put("card_bad", (g, l) -> {
      String c = g.card(g.pick("visa", "mastercard", "amex", "discover", "jcb"));
      String bad = bumpLast(c);
      return l.cardLabel() + l.colon() + (g.r.nextBoolean() ? Blind23Gen.grouped(bad) : bad) + " — " + t(l, "abgelehnt: ungültige Kartennummer.",
          "refusée : numéro invalide.", "rechazada: número no válido.", "rifiutata: numero non valido.", "recusado: número inválido.", "geweigerd: ongeldig nummer.",
          "odrzucono: nieprawidłowy numer.", "無効なカード番号です。", "卡号无效。", "отклонено: неверный номер.", "reddedildi: geçersiz numara.", "declined: invalid number.");
    });
    m.put("order_number", (g, l) -> t(l, "Deine Bestellnummer lautet ", "Votre numéro de commande est ", "Tu número de pedido es ", "Il tuo numero d'ordine è ",
        "O número do seu pedido é ", "Je bestelnummer is ", "Twój numer zamówienia to ", "ご注文番号は ", "您的订单号是 ", "Номер вашего заказа: ", "Sipariş numaranız ",
        "Your order number is ") + g.pick("", "ORD-", "A", "#") + g.digits(3) + "-" + g.digits(7) + "-" + g.digits(7) + t(l, ".", ".", ".", ".", ".", ".", ".", " です。", "。", ".", ".", "."));
    m.put("invoice", (g, l) -> t(l, "Rechnungsnummer", "N° de facture", "N.º de factura", "Numero fattura", "Nº da fatura", "Factuurnummer", "Numer faktury", "請求書番号", "发票号码",
        "Номер счёта", "Fatura no", "Invoice no") + l.colon() + "RE-2026-" + g.digits(6) + "\n" + t(l, "Betrag", "Montant", "Importe", "Importo", "Valor", "Bedrag", "Kwota",
        "金額", "金额", "Сумма", "Tutar", "Amount") + l.colon() + (10 + g.r.nextInt(900)) + "," + g.digits(2) + " €\n" + t(l, "Fällig am", "Échéance", "Vencimiento",
        "Scadenza", "Vencimento", "Vervaldatum", "Termin płatności", "支払期限", "到期日", "Срок оплаты", "Son ödeme", "Due") + l.colon() + "2026-12-" + (10 + g.r.nextInt(20)));
    m.put("tracking", (g, l) -> t(l, "Sendungsverfolgung", "Suivi du colis", "Seguimiento del envío", "Tracciamento", "Rastreamento", "Track & trace", "Śledzenie przesyłki",
        "追跡番号", "快递单号", "Трек-номер", "Kargo takip no", "Tracking") + l.colon() + g.pick("JJD" + g.digits(18), "1Z" + g.s(Blind23Gen.UP + Blind23Gen.DIG, 16),
        "00340434" + g.digits(12), "LX" + g.digits(9) + "DE", "SF" + g.digits(12), "RR" + g.digits(9) + "CN") + "\n" + t(l, "Voraussichtliche Zustellung: morgen.",
        "Livraison prévue : demain.", "Entrega prevista: mañana.", "Consegna prevista: domani.", "Entrega prevista: amanhã.", "Verwachte bezorging: morgen.",
        "Przewidywana dostawa: jutro.", "お届け予定：明日", "预计明天送达。", "Ожидаемая доставка: завтра.", "Tahmini teslimat: yarın.", "Expected delivery: tomorrow."));
    m.put("phone", (g, l) -> t(l, "Ruf mich an unter ", "Appelle-moi au ", "Llámame al ", "Chiamami al ", "Me liga no ", "Bel me op ", "Zadzwoń pod ", "お電話は ", "请拨打 ",
        "Звони: ", "Beni şu numaradan ara: ", "Call me at ") + g.pick("+49 30 " + g.digits(8), "+33 6 " + g.digits(2) + " " + g.digits(2) + " " + g.digits(2) + " " + g.digits(2),
        "+34 6" + g.digits(2) + " " + g.digits(3) + " " + g.digits(3), "+39 3" + g.digits(2) + " " + g.digits(7), "+55 11 9" + g.digits(4) + "-" + g.digits(4),
        "+31 6 " + g.digits(8), "+48 5" + g.digits(2) + " " + g.digits(3) + " " + g.digits(3), "090-" + g.digits(4) + "-" + g.digits(4), "+86 138 " + g.digits(4) + " " + g.digits(4),
        "+7 916 " + g.digits(3) + "-" + g.digits(2) + "-" + g.digits(2), "+90 5" + g.digits(2) + " " + g.digits(3) + " " + g.digits(2) + " " + g.digits(2)));
    m.put("customer_number", (g, l) -> t(l, "Kundennummer", "Numéro client", "Número de cliente", "Codice cliente", "Número do cliente", "Klantnummer", "Numer klienta",
        "お客様番号", "客户编号", "Номер клиента", "Müşteri numarası", "Customer number") + l.colon() + g.pick("KD-", "C", "") + g.digits(8) + ", " + t(l, "Vertrag", "contrat",
        "contrato", "contratto", "contrato", "contract", "umowa", "契約", "合同", "договор", "sözleşme", "contract") + " " + g.digits(10));
    m.put("address_postcode", (g, l) -> g.pick("Musterstraße " + g.r.nextInt(120) + ", 10115 Berlin", "12 rue de la Paix, 75002 Paris", "Calle Mayor " + g.r.nextInt(80)
        + ", 28013 Madrid", "Via Roma " + g.r.nextInt(90) + ", 00184 Roma", "Rua Augusta " + g.r.nextInt(200) + ", 1100-053 Lisboa", "Damrak " + g.r.nextInt(99) + ", 1012 LM Amsterdam",
        "ul. Marszałkowska " + g.r.nextInt(150) + ", 00-624 Warszawa", "〒100-0005 東京都千代田区丸の内1-" + g.r.nextInt(9), "上海市浦东新区世纪大道" + g.r.nextInt(999) + "号 邮编200120",
        "ул. Тверская, д. " + g.r.nextInt(30) + ", Москва, 125009", "İstiklal Cd. No:" + g.r.nextInt(300) + ", 34430 Beyoğlu/İstanbul"));
    m.put("date_price", (g, l) -> t(l, "Termin am ", "Rendez-vous le ", "Cita el ", "Appuntamento il ", "Reunião em ", "Afspraak op ", "Spotkanie ", "日程：", "日期：", "Встреча ",
        "Toplantı ", "Meeting on ") + (1 + g.r.nextInt(28)) + "." + (1 + g.r.nextInt(12)) + ".2026, " + (8 + g.r.nextInt(10)) + ":" + g.pick("00", "30") + " — " + (100 + g.r.nextInt(9000))
        + "," + g.digits(2) + " € / " + g.pick("¥" + g.digits(5), "₺" + g.digits(4), "zł " + g.digits(3), "R$ " + g.digits(3) + ",90"));
    m.put("hash_prose", (g, l) -> {
      String h = g.pick("md5", "sha1", "sha256", "sha512");
      int n = switch (h) {
        case "md5" -> 32;
        case "sha1" -> 40;
        case "sha256" -> 64;
        default -> 128;
      };
      return t(l, "Die Prüfsumme (" + h + ") der Datei ist ", "La somme de contrôle (" + h + ") du fichier est ", "El checksum (" + h + ") del archivo es ",
          "Il checksum (" + h + ") del file è ", "O checksum (" + h + ") do arquivo é ", "De checksum (" + h + ") van het bestand is ", "Suma kontrolna (" + h + ") pliku to ",
          "ファイルの" + h + "チェックサムは ", "文件的 " + h + " 校验值是 ", "Контрольная сумма (" + h + ") файла: ", "Dosyanın " + h + " özeti: ",
          "The file's " + h + " checksum is ") + g.s(Blind23Gen.HEX, n) + t(l, ", stimmt also.", ", c'est bon.", ", coincide.", ", corrisponde.", ", confere.", ", klopt.",
          ", zgadza się.", " で一致しています。", "，一致。", ", совпадает.", ", eşleşiyor.", ", it matches.");
    });
    m.put("commit_prose", (g, l) -> t(l, "Der Fehler kam mit Commit ", "Le bug vient du commit ", "El fallo llegó con el commit ", "Il bug è arrivato con il commit ",
        "O bug veio no commit ", "De bug kwam met commit ", "Błąd pojawił się w commicie ", "不具合はコミット ", "问题出在提交 ", "Ошибка появилась в коммите ", "Hata şu commit ile geldi: ",
        "The bug came in with commit ") + g.s(Blind23Gen.HEX, 40) + " (" + g.s(Blind23Gen.HEX, 7) + "), " + t(l, "Fix in ", "corrigé dans ", "arreglado en ", "risolto in ",
        "corrigido em ", "opgelost in ", "poprawka w ", "修正は ", "修复于 ", "исправлено в ", "düzeltme: ", "fixed in ") + g.s(Blind23Gen.HEX, 12) + ".");
    m.put("git_log", (g, l) -> {
      StringBuilder b = new StringBuilder("$ git log --oneline -5\n");
      for (int i = 0; i < 5; i++) {
        b.append(g.s(Blind23Gen.HEX, 7)).append(' ').append(g.pick("fix: ", "feat: ", "chore: ")).append(l.subject()).append('\n');
      }
      return b.toString();
    });
    m.put("uuid", (g, l) -> t(l, "Die Anfrage-ID ist ", "L'identifiant de requête est ", "El ID de la solicitud es ", "L'ID della richiesta è ", "O ID da requisição é ",
        "Het request-ID is ", "ID żądania: ", "リクエストIDは ", "请求 ID 为 ", "ID запроса: ", "İstek kimliği: ", "Request id: ") + java.util.UUID.nameUUIDFromBytes(g.bytes(8))
        + ", tenant " + java.util.UUID.nameUUIDFromBytes(g.bytes(8)));
    m.put("bcrypt", (g, l) -> "-- " + t(l, "Nur der Hash wird gespeichert", "seul le hash est stocké", "solo se guarda el hash", "si salva solo l'hash", "só o hash é salvo",
        "alleen de hash wordt opgeslagen", "przechowujemy tylko hash", "ハッシュのみ保存", "只保存哈希值", "храним только хеш", "yalnızca hash saklanır", "only the hash is stored")
        + "\nUPDATE users SET password_hash = '$2b$12$" + g.s(Blind23Gen.B64.replace('+', '.'), 53) + "' WHERE id = " + g.digits(5) + ";");
    m.put("sri", (g, l) -> "<script src=\"https://cdn.example.com/lib@" + g.r.nextInt(5) + "." + g.r.nextInt(20) + ".0/dist/lib.min.js\"\n  integrity=\"sha384-"
        + Blind23Gen.b64(g.bytes(48)) + "\"\n  crossorigin=\"anonymous\"></script>");
    m.put("docker_digest", (g, l) -> "$ docker pull " + g.pick("nginx", "postgres", "ghcr.io/acme/api") + "@sha256:" + g.s(Blind23Gen.HEX, 64) + "\nDigest: sha256:"
        + g.s(Blind23Gen.HEX, 64) + "\nStatus: Image is up to date");
    m.put("ssh_pubkey", (g, l) -> t(l, "Trag bitte meinen öffentlichen Schlüssel ein:", "Ajoute ma clé publique :", "Añade mi clave pública:", "Aggiungi la mia chiave pubblica:",
        "Adicione minha chave pública:", "Voeg mijn publieke sleutel toe:", "Dodaj mój klucz publiczny:", "公開鍵を登録してください：", "请添加我的公钥：", "Добавь мой публичный ключ:",
        "Açık anahtarımı ekle:", "Please add my public key:") + "\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + Blind23Gen.b64(g.bytes(32)).substring(0, 43) + " "
        + g.pick("anna@laptop", "léa@mac", "wei@dev") + "\n");
    m.put("pem_public", (g, l) -> t(l, "Öffentlicher Schlüssel für die Signaturprüfung:", "Clé publique pour vérifier la signature :", "Clave pública para verificar la firma:",
        "Chiave pubblica per la verifica:", "Chave pública para verificar a assinatura:", "Publieke sleutel voor de handtekening:", "Klucz publiczny do weryfikacji:",
        "署名検証用の公開鍵：", "用于验签的公钥：", "Публичный ключ для проверки подписи:", "İmza doğrulama için açık anahtar:", "Public key for verifying signatures:")
        + "\n" + g.pem(g.pick("PUBLIC KEY", "CERTIFICATE"), 6));
    m.put("data_uri", (g, l) -> "<img alt=\"" + t(l, "Logo", "logo", "logotipo", "logo", "logotipo", "logo", "logo", "ロゴ", "标志", "логотип", "logo", "logo")
        + "\" src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAA" + Blind23Gen.b64(g.bytes(120)) + "\">");
    m.put("b64_harmless", (g, l) -> {
      String msg = t(l, "Hallo Welt, das ist nur ein Test der Kodierung.", "Bonjour, ceci est juste un test d'encodage.", "Hola, esto es solo una prueba de codificación.",
          "Ciao, questa è solo una prova di codifica.", "Olá, isto é só um teste de codificação.", "Hallo, dit is alleen een coderingstest.", "Cześć, to tylko test kodowania.",
          "こんにちは、これはエンコードのテストです。", "你好，这只是一个编码测试。", "Привет, это просто тест кодировки.", "Merhaba, bu sadece bir kodlama testi.", "Hello, this is just an encoding test.");
      return Blind23Corpus.ENC_SENTENCE.get(l.code()).replace("{e}", "Base64") + "\n" + Blind23Gen.b64(Blind23Gen.utf8(msg + " #" + g.digits(4)));
    });
    m.put("stripe_pk", (g, l) -> "// " + t(l, "Publishable Key darf ins Frontend", "la clé publiable peut aller dans le front", "la clave publicable puede ir al frontend",
        "la chiave pubblicabile può stare nel frontend", "a chave publicável pode ir no frontend", "publishable key mag in de frontend", "klucz publiczny może być w frontendzie",
        "公開可能キーはフロントで使ってよい", "可发布密钥可以放在前端", "публикуемый ключ можно во фронтенд", "yayınlanabilir anahtar frontend'de olabilir", "publishable key is fine in the frontend")
        + "\nconst stripe = Stripe('" + g.pick("pk_live_", "pk_test_") + g.mixed(Blind23Gen.B62, 99) + "');\n");
    m.put("twilio_sid", (g, l) -> t(l, "Account SID (nicht geheim):", "SID du compte (pas secret) :", "SID de la cuenta (no es secreto):", "SID dell'account (non segreto):",
        "SID da conta (não é segredo):", "Account SID (niet geheim):", "SID konta (nie jest tajny):", "アカウントSID（秘密ではありません）：", "账户 SID（不是机密）：",
        "SID аккаунта (не секрет):", "Hesap SID (gizli değil):", "Account SID (not a secret):") + " AC" + g.s(Blind23Gen.HEX, 32) + "\n"
        + t(l, "Den Auth Token findest du im Vault.", "Le token est dans le coffre.", "El token está en el vault.", "Il token è nel vault.", "O token está no cofre.",
            "Het token staat in de kluis.", "Token jest w sejfie.", "認証トークンは Vault にあります。", "Auth Token 在 Vault 中。", "Токен лежит в Vault.", "Token kasada.", "The auth token is in Vault."));
    m.put("jwt_none", (g, l) -> {
      String h = Blind23Gen.b64url(Blind23Gen.utf8("{\"alg\":\"none\",\"typ\":\"JWT\"}"));
      String p = Blind23Gen.b64url(Blind23Gen.utf8("{\"sub\":\"" + g.digits(6) + "\",\"role\":\"viewer\"}"));
      return t(l, "Unsignierter Test-JWT (alg none), wird vom Server abgelehnt:", "JWT de test non signé (alg none), refusé par le serveur :",
          "JWT de prueba sin firma (alg none), el servidor lo rechaza:", "JWT di test non firmato (alg none), rifiutato dal server:", "JWT de teste sem assinatura (alg none), rejeitado:",
          "Ongetekende test-JWT (alg none), wordt geweigerd:", "Niepodpisany testowy JWT (alg none), serwer go odrzuca:", "署名なしのテスト用JWT（alg none）、サーバーは拒否します：",
          "未签名的测试 JWT（alg none），服务器会拒绝：", "Неподписанный тестовый JWT (alg none), сервер его отклонит:", "İmzasız test JWT (alg none), sunucu reddeder:",
          "Unsigned test JWT (alg none), rejected by the server:") + "\n" + h + "." + p + ".";
    });
    m.put("k8s_placeholder", (g, l) -> "# " + t(l, "Platzhalter, echter Wert kommt aus SealedSecrets", "valeur factice", "valor de ejemplo", "valore segnaposto", "valor de exemplo",
        "placeholder", "wartość zastępcza", "プレースホルダー", "占位值", "заглушка", "yer tutucu", "placeholder") + "\napiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  password: "
        + Blind23Gen.b64(Blind23Gen.utf8(g.pick("changeme", "REPLACE_ME", "password", "example", "<secret>"))) + "\n");
    m.put("version_strings", (g, l) -> t(l, "Installierte Versionen:", "Versions installées :", "Versiones instaladas:", "Versioni installate:", "Versões instaladas:",
        "Geïnstalleerde versies:", "Zainstalowane wersje:", "インストール済みバージョン：", "已安装版本：", "Установленные версии:", "Yüklü sürümler:", "Installed versions:")
        + "\nnode v" + (18 + g.r.nextInt(5)) + "." + g.r.nextInt(20) + ".1\nopenjdk 17.0." + g.r.nextInt(12) + "+" + g.r.nextInt(12) + "\nkernel 6." + g.r.nextInt(9) + "."
        + g.r.nextInt(40) + "-" + g.r.nextInt(200) + "-generic\nbuild " + g.digits(4) + "." + g.s(Blind23Gen.HEX, 8));
    m.put("trace_ids", (g, l) -> "{\"ts\":\"2026-11-30T09:" + g.digits(2).charAt(0) + "1:00Z\",\"level\":\"error\",\"msg\":\"" + t(l, "Zeitüberschreitung", "délai dépassé",
        "tiempo agotado", "timeout", "tempo esgotado", "time-out", "przekroczono czas", "タイムアウト", "超时", "таймаут", "zaman aşımı", "timeout") + "\",\"trace_id\":\""
        + g.s(Blind23Gen.HEX, 32) + "\",\"span_id\":\"" + g.s(Blind23Gen.HEX, 16) + "\",\"request_id\":\"req_" + g.s(Blind23Gen.B62, 24) + "\"}");
    m.put("s3_keys", (g, l) -> "s3://" + g.pick("acme-exports", "media-prod") + "/" + g.pick("rechnungen", "factures", "facturas", "請求書", "uploads") + "/2026/11/"
        + g.s(Blind23Gen.HEX, 32) + "/" + g.pick("export", "bericht", "rapport") + "-" + g.digits(6) + ".csv.gz");
    m.put("css_webpack", (g, l) -> "<div class=\"Header_title__" + g.s(Blind23Gen.B64U.replace("-", ""), 5) + " css-" + g.s(Blind23Gen.LO + Blind23Gen.DIG, 6) + "\">"
        + l.subject() + "</div>\n<script src=\"/_next/static/chunks/" + g.pick("main", "framework", "pages/_app") + "-" + g.s(Blind23Gen.HEX, 16) + ".js\"></script>");
    m.put("npm_lock", (g, l) -> "\"node_modules/" + g.pick("lodash", "react", "express") + "\": {\n  \"version\": \"4." + g.r.nextInt(20) + ".1\",\n  \"resolved\": \"https://registry.npmjs.org/pkg/-/pkg-4.17.21.tgz\",\n  \"integrity\": \"sha512-"
        + Blind23Gen.b64(g.bytes(64)) + "\"\n}");
    m.put("crypto_address", (g, l) -> t(l, "Spenden bitte an diese öffentliche Adresse:", "Dons à cette adresse publique :", "Donaciones a esta dirección pública:",
        "Donazioni a questo indirizzo pubblico:", "Doações para este endereço público:", "Donaties naar dit openbare adres:", "Darowizny na ten publiczny adres:",
        "寄付はこちらの公開アドレスへ：", "捐款请发送到这个公开地址：", "Пожертвования на публичный адрес:", "Bağışlar bu açık adrese:", "Donations to this public address:")
        + " " + g.pick("bc1q" + g.s("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 38), "0x" + g.s("0123456789abcdefABCDEF", 40)));
    m.put("build_ids", (g, l) -> "Build #" + g.digits(4) + " " + t(l, "erfolgreich", "réussi", "correcto", "riuscito", "bem-sucedido", "geslaagd", "udany", "成功", "成功", "успешно",
        "başarılı", "succeeded") + " — run id " + g.digits(10) + ", artifact " + g.pick("app", "web") + "-" + g.s(Blind23Gen.HEX, 12) + ".zip, job " + g.s(Blind23Gen.LO + Blind23Gen.DIG, 20));
    m.put("html_form", (g, l) -> "<form method=\"post\" action=\"/login\">\n  <label for=\"pw\">" + pwdWord(g, l) + "</label>\n  <input id=\"pw\" type=\"password\" name=\"password\" placeholder=\""
        + pwdWord(g, l) + "\" autocomplete=\"current-password\" minlength=\"12\">\n  <button>" + t(l, "Anmelden", "Se connecter", "Entrar", "Accedi", "Entrar", "Inloggen",
        "Zaloguj", "ログイン", "登录", "Войти", "Giriş", "Sign in") + "</button>\n</form>");
    m.put("i18n_code", (g, l) -> "<p>{t('auth.password.reset_sent')}</p>\n<Input label={t('auth.password')} type=\"password\" />\n<Input label={t('settings.api_key')} value={maskedKey} readOnly />\n// "
        + l.code() + ": " + pwdWord(g, l));
    m.put("error_messages", (g, l) -> "401 Unauthorized: " + t(l, "Falsches Passwort oder Benutzername.", "Mot de passe ou identifiant incorrect.", "Contraseña o usuario incorrectos.",
        "Password o nome utente errati.", "Senha ou usuário incorretos.", "Onjuist wachtwoord of gebruikersnaam.", "Nieprawidłowe hasło lub login.", "パスワードまたはユーザー名が違います。",
        "密码或用户名错误。", "Неверный пароль или логин.", "Şifre veya kullanıcı adı hatalı.", "Wrong password or username.") + "\n403 Forbidden: " + l.token().get(0) + " "
        + t(l, "ungültig", "invalide", "no válido", "non valido", "inválido", "ongeldig", "nieważny", "が無効です", "无效", "недействителен", "geçersiz", "invalid"));
    m.put("weak_examples", (g, l) -> t(l, "Vermeide Passwörter wie ", "Évite les mots de passe comme ", "Evita contraseñas como ", "Evita password come ", "Evite senhas como ",
        "Vermijd wachtwoorden als ", "Unikaj haseł typu ", "次のようなパスワードは避けてください：", "避免使用这样的密码：", "Избегай паролей вроде ", "Şu tür şifrelerden kaçın: ",
        "Avoid passwords like ") + g.pick("123456, qwerty", "passwort123, sommer2026", "azerty, motdepasse", "12345678, admin", "password1, letmein") + ".");
    m.put("sql_schema", (g, l) -> "-- " + l.subject() + "\nCREATE TABLE users (\n  id BIGSERIAL PRIMARY KEY,\n  email TEXT NOT NULL,\n  password_hash TEXT NOT NULL,\n  api_key_prefix CHAR(8),\n  reset_token_expires_at TIMESTAMPTZ\n);");
    m.put("cli_help", (g, l) -> "Usage: deploy [OPTIONS]\n\nOptions:\n  --token TOKEN        " + l.token().get(1) + " (" + t(l, "oder", "ou", "o", "o", "ou", "of", "lub", "または", "或",
        "или", "veya", "or") + " $DEPLOY_TOKEN)\n  --password-file PATH  " + pwdWord(g, l) + "\n  -h, --help           Show this message and exit.");
    m.put("reset_email", (g, l) -> SUBJECT(l) + ": " + t(l, "Passwort zurücksetzen", "Réinitialisation du mot de passe", "Restablecer contraseña", "Reimposta password",
        "Redefinir senha", "Wachtwoord opnieuw instellen", "Reset hasła", "パスワード再設定", "重置密码", "Сброс пароля", "Şifre sıfırlama", "Reset your password") + "\n\n"
        + l.greeting() + "\n\n" + t(l, "Über den Link in dieser E-Mail kannst du ein neues Passwort festlegen. Der Link ist 30 Minuten gültig.",
            "Le lien de cet e-mail permet de choisir un nouveau mot de passe. Il est valable 30 minutes.", "Con el enlace de este correo puedes elegir una contraseña nueva. Caduca en 30 minutos.",
            "Con il link in questa e-mail puoi scegliere una nuova password. Vale 30 minuti.", "Pelo link neste e-mail você define uma nova senha. Ele vale 30 minutos.",
            "Via de link in deze e-mail kies je een nieuw wachtwoord. De link is 30 minuten geldig.", "Link w tej wiadomości pozwala ustawić nowe hasło. Ważny 30 minut.",
            "このメールのリンクから新しいパスワードを設定できます。有効期限は30分です。", "通过此邮件中的链接设置新密码，链接30分钟内有效。",
            "По ссылке в письме можно задать новый пароль. Ссылка действует 30 минут.", "Bu e-postadaki bağlantıyla yeni şifre belirleyebilirsin. 30 dakika geçerlidir.",
            "Use the link in this e-mail to choose a new password. It is valid for 30 minutes.") + "\n\n" + l.signoff());
    m.put("bank_transfer", (g, l) -> t(l, "Verwendungszweck", "Référence", "Concepto", "Causale", "Referência", "Omschrijving", "Tytuł przelewu", "振込名義", "转账备注", "Назначение платежа",
        "Açıklama", "Reference") + l.colon() + "RE-2026-" + g.digits(6) + " / " + t(l, "Kundennr.", "client", "cliente", "cliente", "cliente", "klant", "klient", "顧客",
        "客户", "клиент", "müşteri", "customer") + " " + g.digits(7) + "\nBIC" + l.colon() + g.pick("COBADEFFXXX", "BNPAFRPPXXX", "CAIXESBBXXX", "INGBNL2A"));
    m.put("download_checksum", (g, l) -> "$ sha256sum " + g.pick("installer", "setup", "moltr") + "-" + g.r.nextInt(5) + "." + g.r.nextInt(10) + ".tar.gz\n"
        + g.s(Blind23Gen.HEX, 64) + "  installer.tar.gz\n# " + t(l, "mit der Website vergleichen", "comparer avec le site", "comparar con la web", "confrontare con il sito",
            "comparar com o site", "vergelijken met de website", "porównaj ze stroną", "サイトの値と比較", "与官网对比", "сравнить с сайтом", "siteyle karşılaştır", "compare with the website"));
    m.put("otp_explain", (g, l) -> t(l, "Der Bestätigungscode hat 6 Ziffern und gilt 10 Minuten. Wir fragen nie per Telefon nach deinem Passwort.",
        "Le code de confirmation comporte 6 chiffres et vaut 10 minutes. Nous ne demandons jamais ton mot de passe.", "El código tiene 6 dígitos y vale 10 minutos. Nunca te pediremos la contraseña.",
        "Il codice ha 6 cifre e vale 10 minuti. Non chiediamo mai la password.", "O código tem 6 dígitos e vale 10 minutos. Nunca pedimos sua senha.",
        "De code heeft 6 cijfers en is 10 minuten geldig. We vragen nooit om je wachtwoord.", "Kod ma 6 cyfr i jest ważny 10 minut. Nigdy nie prosimy o hasło.",
        "確認コードは6桁で、有効期限は10分です。パスワードをお尋ねすることはありません。", "验证码为6位数字，10分钟内有效。我们不会索要您的密码。",
        "Код из 6 цифр действует 10 минут. Мы никогда не спрашиваем пароль.", "Doğrulama kodu 6 hanelidir ve 10 dakika geçerlidir. Şifrenizi asla sormayız.",
        "The code has 6 digits and is valid for 10 minutes. We never ask for your password."));
    m.put("ticket_no_value", (g, l) -> "#" + (40000 + g.r.nextInt(9999)) + " " + l.subject() + "\nStatus: " + g.pick("closed", "resolved") + "\n---\n" + t(l,
        "Der API-Schlüssel wurde im Vault hinterlegt, der Kunde hat Lesezugriff bekommen.", "La clé API est dans le coffre, le client a un accès en lecture.",
        "La clave API está en el vault y el cliente tiene acceso de lectura.", "La chiave API è nel vault, il cliente ha accesso in lettura.",
        "A chave de API está no cofre e o cliente tem acesso de leitura.", "De API-sleutel staat in de kluis; de klant heeft leesrechten.", "Klucz API jest w sejfie, klient ma dostęp do odczytu.",
        "APIキーは Vault に保管し、お客様に閲覧権限を付与しました。", "API 密钥已存入 Vault，客户已获得只读权限。", "API-ключ лежит в Vault, клиенту выдан доступ на чтение.",
        "API anahtarı kasada, müşteriye okuma yetkisi verildi.", "The API key is stored in Vault; the customer got read access."));
    m.put("commit_no_value", (g, l) -> g.pick("fix", "chore", "refactor") + "(auth): " + t(l, "Passwort-Reset-Token nach 30 Minuten ungültig machen",
        "invalider le jeton de réinitialisation après 30 min", "invalidar el token de restablecimiento tras 30 min", "invalidare il token di reset dopo 30 min",
        "invalidar o token de redefinição após 30 min", "resettoken na 30 minuten ongeldig maken", "unieważniaj token resetu po 30 min", "リセットトークンを30分で無効化",
        "重置令牌30分钟后失效", "инвалидировать токен сброса через 30 минут", "sıfırlama tokenını 30 dk sonra geçersiz kıl", "expire the reset token after 30 minutes")
        + "\n\nRefs: #" + g.digits(4) + "\nCo-authored-by: " + g.pick("Anna", "Léa", "Wei") + " <dev@example.com>");
    m.put("csv_orders", (g, l) -> {
      StringBuilder b = new StringBuilder(t(l, "bestellnr;datum;betrag;plz", "commande;date;montant;cp", "pedido;fecha;importe;cp", "ordine;data;importo;cap", "pedido;data;valor;cep",
          "order;datum;bedrag;postcode", "zamowienie;data;kwota;kod", "注文番号,日付,金額,郵便番号", "订单号,日期,金额,邮编", "заказ;дата;сумма;индекс", "siparis;tarih;tutar;posta", "order;date;amount;zip")).append('\n');
      for (int i = 0; i < 4; i++) {
        b.append(g.digits(10)).append(';').append("2026-11-").append(10 + g.r.nextInt(20)).append(';').append(g.r.nextInt(999)).append(',').append(g.digits(2)).append(';')
            .append(g.digits(5)).append('\n');
      }
      return b.toString();
    });
    m.put("md_table_status", (g, l) -> "| " + t(l, "Dienst", "Service", "Servicio", "Servizio", "Serviço", "Dienst", "Usługa", "サービス", "服务", "Сервис", "Servis", "Service")
        + " | " + l.key().get(0) + " | Status |\n|---|---|---|\n| Stripe | " + t(l, "im Vault", "dans le coffre", "en el vault", "nel vault", "no cofre", "in de kluis", "w sejfie",
        "Vault 内", "在 Vault 中", "в Vault", "kasada", "in Vault") + " | ✅ |\n| GitHub | `${{ secrets.GH_TOKEN }}` | ✅ |\n| AWS | IAM role | ✅ |");
    m.put("api_doc_example", (g, l) -> t(l, "Beispielaufruf (Token durch deinen ersetzen):", "Exemple d'appel (remplace le jeton) :", "Ejemplo (sustituye el token):",
        "Esempio (sostituisci il token):", "Exemplo (troque o token):", "Voorbeeld (vervang het token):", "Przykład (podmień token):", "呼び出し例（トークンは置き換えてください）：",
        "调用示例（请替换令牌）：", "Пример (подставь свой токен):", "Örnek çağrı (tokenı değiştir):", "Example call (replace the token):")
        + "\n```bash\ncurl -H \"Authorization: Bearer $API_TOKEN\" https://api.example.com/v1/orders?limit=" + (10 + g.r.nextInt(90)) + "\n```");
    m.put("http_dump_masked", (g, l) -> "POST /v1/charges HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer " + g.pick("[REDACTED]", "****", "<redacted>", "sk_live_****")
        + "\nContent-Type: application/json\nX-Request-Id: " + java.util.UUID.nameUUIDFromBytes(g.bytes(4)) + "\n\n{\"amount\": " + g.digits(4) + ", \"currency\": \"eur\"}");
    m.put("notebook_cell", (g, l) -> "In [" + (1 + g.r.nextInt(30)) + "]: import pandas as pd\n       df = pd.read_csv('" + g.pick("bestellungen", "commandes", "pedidos", "注文") + ".csv')\n       df.head()\nOut["
        + (1 + g.r.nextInt(30)) + "]:\n   id      sku   " + "price\n0  " + g.digits(6) + "  " + g.s(Blind23Gen.UP, 3) + "-" + g.digits(5) + "  " + g.digits(2) + ".99\n");
    m.put("stack_trace", (g, l) -> "Exception in thread \"main\" java.lang.IllegalStateException: " + l.token().get(0) + " " + t(l, "fehlt", "manquant", "ausente", "mancante",
        "ausente", "ontbreekt", "brak", "がありません", "缺失", "отсутствует", "eksik", "missing") + "\n\tat com.acme.auth.TokenStore.load(TokenStore.java:" + g.r.nextInt(200)
        + ")\n\tat com.acme.App.main(App.java:" + g.r.nextInt(80) + ")");
    m.put("hcl_var", (g, l) -> "# " + pwdWord(g, l) + "\nvariable \"db_password\" {\n  type      = string\n  sensitive = true\n}\n\nresource \"aws_db_instance\" \"main\" {\n  password = var.db_password\n  instance_class = \"db.t3.micro\"\n}");
    return m;
  }

  static String KV(Blind23Lang l) {
    return Blind23Corpus.VAR.get(l.code());
  }

  static String SUBJECT(Blind23Lang l) {
    return Blind23Corpus.SUBJECT.get(l.code());
  }

  static String bumpLast(String v) {
    char c = v.charAt(v.length() - 1);
    return v.substring(0, v.length() - 1) + (char) ('0' + (c - '0' + 1) % 10);
  }

  static void all(Blind23Gen g, List<Row> out) {
    for (Map.Entry<String, Neg> e : generators().entrySet()) {
      for (int i = 0; i < PER_GENERATOR; i++) {
        Blind23Lang l = Blind23Lang.ALL.get((i + e.getKey().length()) % Blind23Lang.ALL.size());
        String text = e.getValue().make(g, l);
        while (holdsCardOrIban(text)) {
          // a random order/tracking number can pass Luhn by chance: draw again
          text = e.getValue().make(g, l);
        }
        out.add(new Row("NEGATIVE", e.getKey(), "none", e.getKey(), l.code(), "", "", text));
      }
    }
  }

  static final java.util.regex.Pattern DIGIT_RUN = java.util.regex.Pattern.compile("(?<![\\d.])\\d(?:[ -]?\\d){12,18}(?!\\d)");
  static final java.util.regex.Pattern IBAN_LIKE = java.util.regex.Pattern.compile("\\b[A-Z]{2}\\d{2}[A-Z0-9]{11,30}\\b");

  static boolean cardLike(String digits) {
    return digits.length() >= 13 && digits.length() <= 19 && "23456".indexOf(digits.charAt(0)) >= 0 && Blind23Gen.luhn(digits);
  }

  static boolean holdsCardOrIban(String text) {
    java.util.regex.Matcher m = DIGIT_RUN.matcher(text);
    while (m.find()) {
      if (cardLike(m.group().replaceAll("[ -]", ""))) {
        return true;
      }
    }
    java.util.regex.Matcher i = IBAN_LIKE.matcher(text);
    while (i.find()) {
      if (Blind23Gen.ibanValid(i.group())) {
        return true;
      }
    }
    return false;
  }

  static List<String> names() {
    return new ArrayList<>(generators().keySet());
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
