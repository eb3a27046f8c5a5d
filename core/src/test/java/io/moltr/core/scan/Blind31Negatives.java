package io.moltr.core.scan;

import static io.moltr.core.scan.Blind31Util.*;

import io.moltr.core.scan.Blind31Corpus.Label;
import io.moltr.core.scan.Blind31Corpus.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

/** Hard negatives for blind31: answers about secrets with none in them, in thirteen languages. */
final class Blind31Negatives {
  private Blind31Negatives() {}

  static final Map<String, BiFunction<Random, Blind31Lang, String>> GEN = new LinkedHashMap<>();

  /** Per-language sentence: index follows Blind31Lang.ALL (en de fr es it pt nl pl ru zh ja ko tr). */
  static String t(Blind31Lang L, String... s) {
    int i = Blind31Lang.ALL.indexOf(L);
    return s[i % s.length];
  }

  static String uuid(Random r) {
    String h = rnd(r, HEX, 32);
    return h.substring(0, 8) + "-" + h.substring(8, 12) + "-4" + h.substring(13, 16) + "-"
        + pick(r, "8", "9", "a", "b") + h.substring(17, 20) + "-" + h.substring(20);
  }

  static final String[] ROTATE = {
    "To rotate the key, create a new one in the dashboard, store it in your secret manager, deploy, and only then revoke the old one.",
    "Um den Schlüssel zu rotieren, erzeugst du im Dashboard einen neuen, legst ihn im Secret-Manager ab, deployst und widerrufst erst dann den alten.",
    "Pour faire tourner la clé, créez-en une nouvelle dans le tableau de bord, enregistrez-la dans votre coffre, déployez, puis révoquez l'ancienne.",
    "Para rotar la clave, crea una nueva en el panel, guárdala en tu gestor de secretos, despliega y solo entonces revoca la anterior.",
    "Per ruotare la chiave, creane una nuova nella dashboard, salvala nel secret manager, fai il deploy e solo dopo revoca la vecchia.",
    "Para rotacionar a chave, crie uma nova no painel, guarde-a no cofre de segredos, faça o deploy e só então revogue a antiga.",
    "Om de sleutel te roteren maak je een nieuwe aan in het dashboard, zet je hem in je secret manager, deploy je en trek je pas daarna de oude in.",
    "Aby zrotować klucz, utwórz nowy w panelu, zapisz go w menedżerze sekretów, wdróż, a dopiero potem unieważnij stary.",
    "Чтобы сменить ключ, создайте новый в панели, сохраните его в хранилище секретов, разверните и только потом отзовите старый.",
    "轮换密钥时，先在控制台创建新密钥，存入密钥管理服务，部署后再吊销旧密钥。",
    "キーをローテーションするには、ダッシュボードで新しいキーを作成し、シークレットマネージャーに保存してデプロイしてから、古いキーを失効させます。",
    "키를 교체하려면 대시보드에서 새 키를 만들고 시크릿 매니저에 저장한 뒤 배포하고, 그다음에 이전 키를 폐기하세요.",
    "Anahtarı yenilemek için panelde yenisini oluşturun, gizli yöneticisine kaydedin, dağıtın ve ancak ondan sonra eskisini iptal edin."};

  static final String[] POLICY = {
    "Your password must have at least 12 characters, including a digit and a symbol, and it may not contain your user name.",
    "Dein Passwort muss mindestens 12 Zeichen haben, darunter eine Ziffer und ein Sonderzeichen, und darf deinen Benutzernamen nicht enthalten.",
    "Votre mot de passe doit comporter au moins 12 caractères, dont un chiffre et un symbole, et ne doit pas contenir votre identifiant.",
    "Tu contraseña debe tener al menos 12 caracteres, con un número y un símbolo, y no puede contener tu nombre de usuario.",
    "La password deve avere almeno 12 caratteri, con una cifra e un simbolo, e non può contenere il tuo nome utente.",
    "A sua senha deve ter pelo menos 12 caracteres, incluindo um dígito e um símbolo, e não pode conter o seu nome de usuário.",
    "Je wachtwoord moet minstens 12 tekens hebben, met een cijfer en een symbool, en mag je gebruikersnaam niet bevatten.",
    "Hasło musi mieć co najmniej 12 znaków, w tym cyfrę i symbol, i nie może zawierać nazwy użytkownika.",
    "Пароль должен содержать не менее 12 символов, включая цифру и спецсимвол, и не должен содержать имя пользователя.",
    "密码至少需要 12 个字符，包含数字和符号，且不能包含用户名。",
    "パスワードは 12 文字以上で、数字と記号を含み、ユーザー名を含めないでください。",
    "비밀번호는 12자 이상이어야 하며 숫자와 기호를 포함하고 사용자 이름을 포함하면 안 됩니다.",
    "Şifreniz en az 12 karakter olmalı, bir rakam ve bir sembol içermeli ve kullanıcı adınızı içermemelidir."};

  static final String[] PK = {
    "A primary key uniquely identifies each row; here `order_id` is the primary key and `customer_id` a foreign key.",
    "Ein Primärschlüssel identifiziert jede Zeile eindeutig; hier ist `order_id` der Primärschlüssel und `customer_id` ein Fremdschlüssel.",
    "Une clé primaire identifie chaque ligne de façon unique ; ici `order_id` est la clé primaire et `customer_id` une clé étrangère.",
    "Una clave primaria identifica cada fila de forma única; aquí `order_id` es la clave primaria y `customer_id` una clave foránea.",
    "Una chiave primaria identifica ogni riga in modo univoco; qui `order_id` è la chiave primaria e `customer_id` una chiave esterna.",
    "Uma chave primária identifica cada linha de forma única; aqui `order_id` é a chave primária e `customer_id` uma chave estrangeira.",
    "Een primaire sleutel identificeert elke rij uniek; hier is `order_id` de primaire sleutel en `customer_id` een vreemde sleutel.",
    "Klucz główny jednoznacznie identyfikuje wiersz; tutaj `order_id` to klucz główny, a `customer_id` klucz obcy.",
    "Первичный ключ однозначно определяет строку; здесь `order_id` — первичный ключ, а `customer_id` — внешний ключ.",
    "主键唯一标识每一行；这里 `order_id` 是主键，`customer_id` 是外键。",
    "主キーは各行を一意に識別します。ここでは `order_id` が主キー、`customer_id` が外部キーです。",
    "기본 키는 각 행을 고유하게 식별합니다. 여기서 `order_id`가 기본 키이고 `customer_id`는 외래 키입니다.",
    "Birincil anahtar her satırı benzersiz tanımlar; burada `order_id` birincil anahtar, `customer_id` ise yabancı anahtardır."};

  static final String[] KEYWORD = {
    "`yield` is a keyword in Python, so you cannot use it as a variable name.",
    "`yield` ist in Python ein Schlüsselwort, du kannst es also nicht als Variablennamen verwenden.",
    "`yield` est un mot-clé en Python, vous ne pouvez donc pas l'utiliser comme nom de variable.",
    "`yield` es una palabra clave de Python, así que no puedes usarla como nombre de variable.",
    "`yield` è una parola chiave di Python, quindi non puoi usarla come nome di variabile.",
    "`yield` é uma palavra-chave do Python, então não pode ser usada como nome de variável.",
    "`yield` is een sleutelwoord in Python, dus je kunt het niet als variabelenaam gebruiken.",
    "`yield` to słowo kluczowe w Pythonie, więc nie możesz go użyć jako nazwy zmiennej.",
    "`yield` — ключевое слово Python, поэтому его нельзя использовать как имя переменной.",
    "`yield` 是 Python 的关键字，不能用作变量名。",
    "`yield` は Python の予約語（キーワード）なので、変数名には使えません。",
    "`yield`는 파이썬 키워드이므로 변수 이름으로 쓸 수 없습니다.",
    "`yield` Python'da bir anahtar kelimedir, bu yüzden değişken adı olarak kullanamazsınız."};

  static final String[] CACHE = {
    "The cache key is built from the user id and the locale, so two languages never share an entry:",
    "Der Cache-Schlüssel wird aus Benutzer-ID und Sprache gebildet, damit zwei Sprachen nie denselben Eintrag teilen:",
    "La clé de cache est construite à partir de l'identifiant utilisateur et de la langue :",
    "La clave de caché se forma con el id de usuario y el idioma, así dos idiomas nunca comparten entrada:",
    "La chiave di cache è composta dall'id utente e dalla lingua, così due lingue non condividono mai una voce:",
    "A chave de cache é montada com o id do usuário e o idioma:",
    "De cachesleutel bestaat uit het gebruikers-id en de taal:",
    "Klucz cache składa się z identyfikatora użytkownika i języka:",
    "Ключ кэша строится из id пользователя и языка, поэтому языки не делят одну запись:",
    "缓存键由用户 ID 和语言组成，因此不同语言不会共享同一条目：",
    "キャッシュキーはユーザー ID とロケールから作られるので、言語ごとに別のエントリになります：",
    "캐시 키는 사용자 ID와 로캘로 만들어지므로 언어별로 항목이 분리됩니다:",
    "Önbellek anahtarı kullanıcı kimliği ve dilden oluşur:"};

  static final String[] SORT = {
    "Pass a sort key to `sorted`:", "Übergib `sorted` einen Sortierschlüssel:", "Passez une clé de tri à `sorted` :",
    "Pasa una clave de ordenación a `sorted`:", "Passa una chiave di ordinamento a `sorted`:",
    "Passe uma chave de ordenação para `sorted`:", "Geef `sorted` een sorteersleutel mee:",
    "Przekaż klucz sortowania do `sorted`:", "Передайте ключ сортировки в `sorted`:", "给 `sorted` 传一个排序键：",
    "`sorted` にソートキーを渡します：", "`sorted`에 정렬 키를 넘기세요:", "`sorted` fonksiyonuna bir sıralama anahtarı verin:"};

  static final String[] MUSIC = {
    "The piece is in D minor; the key signature has one flat.",
    "Das Stück steht in d-Moll; die Tonart hat ein b als Vorzeichen, notiert im Violinschlüssel.",
    "Le morceau est en ré mineur, écrit en clé de sol avec un bémol à la clé.",
    "La pieza está en re menor, en clave de sol, con un bemol en la armadura.",
    "Il brano è in re minore, in chiave di violino, con un bemolle in chiave.",
    "A peça está em ré menor, na clave de sol, com um bemol na armadura.",
    "Het stuk staat in d-klein, in de g-sleutel, met één mol als voortekening.",
    "Utwór jest w d-moll, zapisany w kluczu wiolinowym, z jednym bemolem przy kluczu.",
    "Пьеса в ре миноре, записана в скрипичном ключе, при ключе один бемоль.",
    "这首曲子是 d 小调，用高音谱号记谱，调号有一个降号。",
    "この曲はニ短調で、ト音記号、調号はフラット一つです。",
    "이 곡은 라단조이며 높은음자리표에 조표는 플랫 하나입니다.",
    "Parça re minör, sol anahtarıyla yazılmış ve donanımda bir bemol var."};

  static final String[] TOKENS_ML = {
    "The tokenizer splits the sentence into these tokens:", "Der Tokenizer zerlegt den Satz in diese Tokens:",
    "Le tokenizer découpe la phrase en ces jetons :", "El tokenizador divide la frase en estos tokens:",
    "Il tokenizer divide la frase in questi token:", "O tokenizador divide a frase nestes tokens:",
    "De tokenizer splitst de zin in deze tokens:", "Tokenizer dzieli zdanie na te tokeny:",
    "Токенизатор разбивает предложение на такие токены:", "分词器把这句话切成以下 token：",
    "トークナイザーは文を次のトークンに分割します：", "토크나이저는 문장을 다음 토큰으로 나눕니다:",
    "Tokenizer cümleyi şu token'lara ayırır:"};

  static final String[] CONCEPT = {
    "An access token expires after 3600 seconds; the refresh token is used to get a new one without asking the user again.",
    "Ein Access-Token läuft nach 3600 Sekunden ab; mit dem Refresh-Token holt die App ein neues, ohne erneut nach dem Passwort zu fragen.",
    "Un jeton d'accès expire après 3600 secondes ; le jeton de rafraîchissement permet d'en obtenir un nouveau sans redemander le mot de passe.",
    "Un token de acceso caduca a los 3600 segundos; el token de refresco sirve para obtener otro sin pedir de nuevo la contraseña.",
    "Un token di accesso scade dopo 3600 secondi; il refresh token serve a ottenerne uno nuovo senza chiedere di nuovo la password.",
    "Um token de acesso expira após 3600 segundos; o refresh token obtém outro sem pedir a senha de novo.",
    "Een access token verloopt na 3600 seconden; met de refresh token haal je een nieuwe op zonder opnieuw om het wachtwoord te vragen.",
    "Token dostępu wygasa po 3600 sekundach; token odświeżania pozwala pobrać nowy bez ponownego pytania o hasło.",
    "Токен доступа истекает через 3600 секунд; токен обновления позволяет получить новый, не спрашивая пароль снова.",
    "访问令牌 3600 秒后过期；刷新令牌用于获取新的访问令牌，而无需再次输入密码。",
    "アクセストークンは 3600 秒で失効します。リフレッシュトークンを使えば、パスワードを再入力せずに新しいものを取得できます。",
    "액세스 토큰은 3600초 후 만료되며, 리프레시 토큰으로 비밀번호를 다시 묻지 않고 새 토큰을 받습니다.",
    "Erişim token'ı 3600 saniye sonra sona erer; yenileme token'ı ile şifre sormadan yenisi alınır."};

  static final String[] RESET = {
    "Open the password reset page at https://accounts.example.com/password/reset and enter your e-mail address.",
    "Öffne die Seite zum Zurücksetzen des Passworts unter https://accounts.example.com/password/reset und gib deine E-Mail-Adresse ein.",
    "Ouvrez la page de réinitialisation du mot de passe https://accounts.example.com/password/reset et saisissez votre adresse e-mail.",
    "Abre la página para restablecer la contraseña en https://accounts.example.com/password/reset e introduce tu correo.",
    "Apri la pagina di reimpostazione della password su https://accounts.example.com/password/reset e inserisci la tua e-mail.",
    "Abra a página de redefinição de senha em https://accounts.example.com/password/reset e digite seu e-mail.",
    "Open de pagina om je wachtwoord te resetten op https://accounts.example.com/password/reset en vul je e-mailadres in.",
    "Otwórz stronę resetu hasła https://accounts.example.com/password/reset i wpisz swój adres e-mail.",
    "Откройте страницу сброса пароля https://accounts.example.com/password/reset и введите адрес почты.",
    "打开密码重置页面 https://accounts.example.com/password/reset 并输入你的邮箱地址。",
    "パスワードリセットURL https://accounts.example.com/password/reset を開き、メールアドレスを入力してください。",
    "비밀번호 재설정 페이지 https://accounts.example.com/password/reset 에서 이메일 주소를 입력하세요.",
    "Şifre sıfırlama sayfasını https://accounts.example.com/password/reset adresinde açıp e-posta adresinizi girin."};

  static final String[] PROSE = {
    "The migration finished overnight; all 14 services are green and the dashboards show normal latency.",
    "Die Migration lief über Nacht durch; alle 14 Dienste sind grün und die Dashboards zeigen normale Latenzen.",
    "La migration s'est terminée pendant la nuit ; les 14 services sont au vert et la latence est normale.",
    "La migración terminó durante la noche; los 14 servicios están en verde y la latencia es normal.",
    "La migrazione è finita durante la notte; tutti i 14 servizi sono verdi e la latenza è normale.",
    "A migração terminou durante a noite; os 14 serviços estão verdes e a latência está normal.",
    "De migratie is vannacht afgerond; alle 14 diensten zijn groen en de latency is normaal.",
    "Migracja zakończyła się w nocy; wszystkie 14 usług jest zielonych, a opóźnienia są w normie.",
    "Миграция завершилась ночью: все 14 сервисов зелёные, задержки в норме, откат не понадобился.",
    "迁移在夜间完成，全部 14 个服务状态正常，延迟也在正常范围内，无需回滚。",
    "移行は夜間に完了し、14 個のサービスはすべて正常で、レイテンシも通常どおりです。",
    "마이그레이션이 밤사이 끝났고 14개 서비스 모두 정상이며 지연 시간도 평소와 같습니다.",
    "Geçiş gece tamamlandı; 14 servisin hepsi yeşil ve gecikme normal."};

  static final String[] NONLATIN = {
    "Тестирование производительности показало: пропускная способность выросла на 23 %, а потребление памяти снизилось. "
        + "Рекомендую обновить конфигурацию балансировщика и включить сжатие ответов.",
    "性能测试表明：吞吐量提升了百分之二十三，内存占用明显下降。建议更新负载均衡器配置并开启响应压缩，"
        + "同时在监控面板中添加新的告警阈值。",
    "パフォーマンステストの結果、スループットが二十三パーセント向上し、メモリ使用量も減りました。"
        + "ロードバランサーの設定を更新し、レスポンス圧縮を有効にすることをおすすめします。",
    "성능 테스트 결과 처리량이 23% 늘었고 메모리 사용량은 줄었습니다. 로드 밸런서 설정을 갱신하고 응답 압축을 켜는 것을 권장합니다.",
    "Ελέγξαμε τη διαμόρφωση: η κρυπτογράφηση είναι ενεργή και οι υπηρεσίες επικοινωνούν μέσω TLS χωρίς σφάλματα.",
    "תצורת השרת נבדקה: ההצפנה פעילה והשירותים מתקשרים ב-TLS ללא שגיאות.",
    "تم فحص الإعدادات: التشفير مفعّل والخدمات تتواصل عبر TLS دون أخطاء."};

  static {
    GEN.put("rotate-howto", (r, L) -> t(L, ROTATE) + "\n\n```sh\ngh secret set " + pick(r, "OPENAI_API_KEY", "STRIPE_SECRET_KEY", "NPM_TOKEN")
        + " --body \"$NEW_VALUE\"\n```");
    GEN.put("token-shape", (r, L) -> L.here() + " " + pick(r,
        "`ghp_` + 36 characters, e.g. `ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`",
        "`sk-proj-` followed by a long random part: `sk-proj-XXXXXXXXXXXXXXXXXXXX...`",
        "`AKIA` followed by 16 upper-case letters and digits (`AKIA################`)",
        "`xoxb-<team-id>-<bot-id>-<random>`", "`glpat-` + 20 characters: `glpat-xxxxxxxxxxxxxxxxxxxx`",
        "`hf_` and 34 letters, for example `hf_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`"));
    GEN.put("masked", (r, L) -> L.fixed() + " " + pick(r,
        "The key `sk-proj-...", "Der Schlüssel `sk-...", "La clé `sk-ant-...", "Token `ghp_****************************")
        + rnd(r, ALNUM, 4) + "` " + pick(r, "has been revoked.", "wurde widerrufen.", "a été révoquée.", "已吊销。", "は失効しました。"));
    GEN.put("masked-table", (r, L) -> "| " + L.setting() + " | " + L.value() + " |\n|---|---|\n| `STRIPE_SECRET_KEY` | `sk_live_••••••••"
        + rnd(r, ALNUM, 4) + "` |\n| `AWS_ACCESS_KEY_ID` | `AKIA************" + rnd(r, UPPER, 4) + "` |\n| `GITHUB_TOKEN` | `ghp_…"
        + rnd(r, ALNUM, 4) + "` |\n");
    GEN.put("password-policy", (r, L) -> t(L, POLICY));
    GEN.put("policy-regex", (r, L) -> t(L, POLICY) + "\n\n```js\nconst strong = /^(?=.*\\d)(?=.*[^\\w\\s]).{12,}$/;\nif (!strong.test(form.password)) showError('password.weak');\n```");
    GEN.put("example-aws", (r, L) -> L.here() + " (AWS docs example)\n\n```ini\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
        + "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nregion = us-west-2\n```");
    GEN.put("example-jwt-io", (r, L) -> L.here() + " jwt.io:\n\n`eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c`\n\n"
        + "header `{\"alg\":\"HS256\"}`, payload `{\"sub\":\"1234567890\",\"name\":\"John Doe\"}`.");
    GEN.put("test-cards", (r, L) -> L.here() + "\n\n| Brand | Test number |\n|---|---|\n| Visa | `4242 4242 4242 4242` |\n| Visa | `4111 1111 1111 1111` |\n| Mastercard | `5555 5555 5555 4444` |\n");
    GEN.put("placeholder-env", (r, L) -> L.setVar() + "\n\n```\n" + pick(r, "OPENAI_API_KEY=YOUR_API_KEY", "API_TOKEN=<token>",
        "DB_PASSWORD=changeme", "STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}", "SLACK_TOKEN=xoxb-your-token-here", "SECRET_KEY=****",
        "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "AWS_SECRET_ACCESS_KEY=<your-secret-access-key>")
        + "\n" + pick(r, "PORT=8080", "LOG_LEVEL=info") + "\n```");
    GEN.put("placeholder-gha", (r, L) -> "```yaml\n      - run: ./deploy.sh\n        env:\n          API_KEY: ${{ secrets.API_KEY }}\n          DB_PASSWORD: ${{ secrets.DB_PASSWORD }}\n```\n" + L.fixed());
    GEN.put("placeholder-template", (r, L) -> "```yaml\npassword: \"{{ .Values.db.password }}\"\ntoken: \"{{ vault_token }}\"\napi_key: \"%(API_KEY)s\"\n```");
    GEN.put("env-read", (r, L) -> L.here() + "\n\n```" + pick(r,
        "python\napi_key = os.environ[\"OPENAI_API_KEY\"]", "js\nconst token = process.env.GITHUB_TOKEN;",
        "java\nString password = System.getenv(\"DB_PASSWORD\");", "go\nsecret := os.Getenv(\"STRIPE_SECRET_KEY\")",
        "rust\nlet key = std::env::var(\"ANTHROPIC_API_KEY\")?;", "php\n$password = getenv('DB_PASSWORD');",
        "csharp\nvar apiKey = Environment.GetEnvironmentVariable(\"SENDGRID_API_KEY\");", "sh\ncurl -H \"Authorization: Bearer $HF_TOKEN\" https://huggingface.co/api/whoami-v2")
        + "\n```\n" + L.fixed());
    GEN.put("vault-read", (r, L) -> "```sh\n" + pick(r, "vault kv get -field=password secret/prod/db",
        "aws secretsmanager get-secret-value --secret-id prod/stripe --query SecretString --output text",
        "op read \"op://Private/GitHub/token\" > /dev/null", "gcloud secrets versions access latest --secret=db-password | wc -c",
        "kubectl get secret db-credentials -o jsonpath='{.data.password}' | wc -c") + "\n```\n" + L.restart());
    GEN.put("primary-key", (r, L) -> t(L, PK) + "\n\n```sql\nCREATE TABLE orders (\n  order_id BIGINT PRIMARY KEY,\n  customer_id BIGINT REFERENCES customers(id)\n);\n```");
    GEN.put("keyword", (r, L) -> t(L, KEYWORD));
    GEN.put("cache-key", (r, L) -> t(L, CACHE) + "\n\n```python\ncache_key = f\"profile:{user_id}:{locale}\"\nredis.setex(cache_key, 300, payload)\n```\n"
        + "`profile:" + digits(r, 7) + ":" + pick(r, "de-DE", "fr-FR", "ja-JP") + "`");
    GEN.put("sort-key", (r, L) -> t(L, SORT) + "\n\n```python\nrows = sorted(rows, key=lambda row: (row[\"country\"], -row[\"total\"]))\n```\n"
        + "DynamoDB: partition key `tenant_id`, sort key `created_at`.");
    GEN.put("music-key", (r, L) -> t(L, MUSIC));
    GEN.put("keyboard-key", (r, L) -> L.here() + " " + pick(r, "Press `Ctrl` + `Shift` + `P`, then type `Reload Window`.",
        "Drücke die Taste `Entf`, dann `Strg` + `S`.", "Appuyez sur la touche `Échap`.", "Pulsa la tecla `F5`.",
        "`Ctrl` + `Alt` + `T` キーを押します。"));
    GEN.put("reset-url", (r, L) -> t(L, RESET));
    GEN.put("tokenizer", (r, L) -> t(L, TOKENS_ML) + "\n\n```python\n>>> tok.tokenize(\"Unbelievable results\")\n['▁Un', 'believ', 'able', '▁results']\n"
        + ">>> tok(\"Unbelievable results\")[\"input_ids\"]\n[101, " + (1000 + r.nextInt(9000)) + ", " + (1000 + r.nextInt(9000)) + ", 3463, 102]\n```\n"
        + "max_tokens=" + pick(r, "512", "4096") + ", temperature=0.2");
    GEN.put("token-concept", (r, L) -> t(L, CONCEPT));
    GEN.put("i18n-keys", (r, L) -> "```json\n{\n  \"auth.password.label\": \"" + L.password() + "\",\n  \"auth.token.expired\": \"Session expired\",\n"
        + "  \"settings.apiKey.hint\": \"" + L.key() + "\"\n}\n```");
    GEN.put("map-keys", (r, L) -> "```" + pick(r, "go\nfor key, value := range settings {\n\tfmt.Println(key, value)\n}",
        "js\nObject.keys(config).forEach((key) => console.log(key));", "python\nfor key in sorted(counts.keys()):\n    print(key, counts[key])",
        "java\nmap.keySet().stream().sorted().forEach(System.out::println);") + "\n```\n" + L.fixed());
    GEN.put("form-validation", (r, L) -> "```" + pick(r, "html\n<label for=\"password\">" + L.password() + "</label>\n<input type=\"password\" id=\"password\" name=\"password\" minlength=\"12\" required>",
        "ts\nconst schema = z.object({ email: z.string().email(), password: z.string().min(12) });",
        "jsx\nconst [password, setPassword] = useState(\"\");\n<input type=\"password\" value={password} onChange={(e) => setPassword(e.target.value)} />",
        "python\nclass LoginForm(forms.Form):\n    password = forms.CharField(widget=forms.PasswordInput, min_length=12)") + "\n```");
    GEN.put("commit-sha", (r, L) -> L.fixed() + " " + "commit `" + rnd(r, HEX, 40) + "` (`" + rnd(r, HEX, 7) + "`), "
        + pick(r, "merged in", "gemergt in", "fusionné dans", "合并到", "マージ済み") + " #" + (100 + r.nextInt(9000)) + ".");
    GEN.put("git-log", (r, L) -> "```\n" + rnd(r, HEX, 7) + " fix: retry on 503\n" + rnd(r, HEX, 7) + " feat: add token refresh\n"
        + rnd(r, HEX, 7) + " chore: bump deps\n```\n" + L.here() + " `git revert " + rnd(r, HEX, 40) + "`");
    GEN.put("uuids", (r, L) -> L.logIntro() + "\n\n```\n" + "request_id=" + uuid(r) + " tenant=" + uuid(r) + " status=500\n```");
    GEN.put("checksums", (r, L) -> "```console\n$ sha256sum dist/*\n" + rnd(r, HEX, 64) + "  dist/app-1.4.2.tar.gz\n" + rnd(r, HEX, 64)
        + "  dist/app-1.4.2.zip\n```\n" + L.fixed());
    GEN.put("hash-sentence", (r, L) -> pick(r, "MD5", "SHA-1", "SHA-512", "SHA-256") + ": `" + hash(pick(r, "MD5", "SHA-1", "SHA-512", "SHA-256"),
        "file" + r.nextInt()) + "` — " + L.here());
    GEN.put("password-hash", (r, L) -> L.here() + "\n\n```\n" + pick(r, "$2b$12$" + rnd(r, ALNUM + "./", 53),
        "$argon2id$v=19$m=65536,t=3,p=4$" + rnd(r, B64, 22) + "$" + rnd(r, B64, 43)) + "\n```\n" + t(L, POLICY));
    GEN.put("transaction-ids", (r, L) -> "| ID | Amount |\n|---|---|\n| `ch_3" + rnd(r, ALNUM, 23) + "` | 49.00 EUR |\n| `pi_3" + rnd(r, ALNUM, 23)
        + "` | 12.50 EUR |\n| `txn_" + rnd(r, ALNUM, 24) + "` | 7.99 EUR |\n");
    GEN.put("tracking", (r, L) -> pick(r, "UPS", "DHL", "PostNL", "InPost") + ": `" + pick(r, "1Z" + rnd(r, UPPER + DIGITS, 16),
        "JJD" + digits(r, 18), digits(r, 10)) + "`. " + L.fixed());
    GEN.put("sri", (r, L) -> "```html\n<script src=\"https://cdn.example.com/lib.min.js\" integrity=\"sha384-" + rnd(r, B64, 64)
        + "\" crossorigin=\"anonymous\"></script>\n```");
    GEN.put("npm-lock", (r, L) -> "```json\n\"node_modules/lodash\": {\n  \"version\": \"4.17.21\",\n  \"resolved\": \"https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz\",\n  \"integrity\": \"sha512-"
        + rnd(r, B64, 86) + "==\"\n}\n```");
    GEN.put("docker-digest", (r, L) -> "```\n" + pick(r, "nginx", "postgres", "ghcr.io/acme/api") + "@sha256:" + rnd(r, HEX, 64) + "\n```\n" + L.restart());
    GEN.put("crypto-address", (r, L) -> pick(r, "Bitcoin address", "Adresse", "Dirección", "地址", "アドレス") + ": `bc1q" + rnd(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 38)
        + "`, Ethereum: `0x" + rnd(r, HEX, 40) + "`");
    GEN.put("ssh-public", (r, L) -> "```\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rnd(r, B64, 43) + " " + pick(r, "ana@laptop", "deploy@ci") + "\n```\n" + L.here());
    GEN.put("pem-public", (r, L) -> {
      String label = pick(r, "PUBLIC KEY", "CERTIFICATE");
      String lead = label.equals("PUBLIC KEY") ? "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" : "MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBa";
      return "```\n-----BEGIN " + label + "-----\n" + chunks(lead + rnd(r, B64, 300), 64, "\n") + "\n-----END " + label + "-----\n```";
    });
    GEN.put("data-uri", (r, L) -> "![logo](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA" + rnd(r, B64, 120) + "==)");
    GEN.put("base64-harmless", (r, L) -> L.here() + " `" + b64(t(L, PROSE)) + "`");
    GEN.put("card-bad-luhn", (r, L) -> {
      String c = luhnComplete("4" + digits(r, 14));
      int last = (c.charAt(15) - '0' + 1 + r.nextInt(8)) % 10;
      return L.number() + ": `" + chunks(c.substring(0, 15) + last, 4, " ") + "` (Luhn ✗)";
    });
    GEN.put("iban-bad", (r, L) -> {
      String ok = iban("DE", digits(r, 18));
      int cd = Integer.parseInt(ok.substring(2, 4));
      String bad = "DE" + String.format("%02d", (cd + 1 + r.nextInt(90)) % 97 + 2) + ok.substring(4);
      if (ibanValid(bad)) {
        bad = "DE" + String.format("%02d", (cd + 50) % 97 + 2) + ok.substring(4);
      }
      return "IBAN `" + bad + "` (mod-97 ✗). " + L.fixed();
    });
    GEN.put("build-ids", (r, L) -> "Build #" + (1000 + r.nextInt(9000)) + " — run id " + digits(r, 10) + ", artifact `build-" + rnd(r, HEX, 12) + "`. " + L.fixed());
    GEN.put("trace-ids", (r, L) -> "```\ntraceparent: 00-" + rnd(r, HEX, 32) + "-" + rnd(r, HEX, 16) + "-01\nx-request-id: " + uuid(r) + "\n```");
    GEN.put("jwt-none", (r, L) -> "`" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(utf8("{\"alg\":\"none\",\"typ\":\"JWT\"}")) + "."
        + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(utf8("{\"sub\":\"" + digits(r, 6) + "\",\"role\":\"viewer\"}")) + ".` — alg none.");
    GEN.put("k8s-placeholder", (r, L) -> "```yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\ntype: Opaque\n"
        + pick(r, "data:\n  password: " + b64("changeme"), "stringData:\n  password: \"<set-me>\"", "stringData:\n  password: ${DB_PASSWORD}",
            "data:\n  password: " + b64("password")) + "\n```");
    GEN.put("redaction", (r, L) -> pick(r, "[REDACTED]", "[REDACTED:github-token]", "***") + " — " + L.fixed() + " `AKIA…" + rnd(r, UPPER, 4) + "`");
    GEN.put("versions", (r, L) -> "`v" + r.nextInt(5) + "." + r.nextInt(30) + "." + r.nextInt(20) + "-rc." + r.nextInt(5) + "+build." + rnd(r, HEX, 7)
        + "`, Node 20.11.1, OpenSSL 3.0.13. " + L.fixed());
    GEN.put("s3-keys", (r, L) -> "`s3://media-prod/uploads/2026/11/" + rnd(r, HEX, 32) + ".jpg`, `thumbnails/" + uuid(r) + "_320.webp`");
    GEN.put("css-hashes", (r, L) -> "```css\n.css-" + rnd(r, LOWER + DIGITS, 7) + " { color: #1f2937; }\n._button_" + rnd(r, ALNUM, 5) + "_12 { padding: 4px; }\n```");
    GEN.put("webpack-chunks", (r, L) -> "```\ndist/main." + rnd(r, HEX, 8) + ".js   142 KiB\ndist/vendors." + rnd(r, HEX, 20) + ".js   388 KiB\n```");
    GEN.put("nonlatin-prose", (r, L) -> pick(r, NONLATIN));
    GEN.put("translated-prose", (r, L) -> t(L, PROSE));
    GEN.put("stripe-publishable", (r, L) -> "```js\nconst stripe = Stripe('pk_" + pick(r, "live", "test") + "_" + rnd(r, ALNUM, 99) + "');\n```\n" + L.fixed());
    GEN.put("twilio-sid", (r, L) -> "Account SID: `AC" + rnd(r, HEX, 32) + "`. " + L.here() + " TWILIO_AUTH_TOKEN → vault.");
    GEN.put("analytics-ids", (r, L) -> "`G-" + rnd(r, UPPER + DIGITS, 10) + "`, `GTM-" + rnd(r, UPPER + DIGITS, 7) + "`, `UA-" + digits(r, 8) + "-1`");
    GEN.put("network-ids", (r, L) -> "IP `10." + r.nextInt(255) + "." + r.nextInt(255) + ".12`, MAC `" + chunks(rnd(r, HEX, 12), 2, ":") + "`, IPv6 `fe80::"
        + rnd(r, HEX, 4) + ":" + rnd(r, HEX, 4) + "`");
    GEN.put("git-lfs", (r, L) -> "```\nversion https://git-lfs.github.com/spec/v1\noid sha256:" + rnd(r, HEX, 64) + "\nsize " + r.nextInt(9999999) + "\n```");
    GEN.put("aws-resources", (r, L) -> "`arn:aws:iam::" + digits(r, 12) + ":role/deploy`, `i-0" + rnd(r, HEX, 16) + "`, `vpc-" + rnd(r, HEX, 17)
        + "`, `sg-" + rnd(r, HEX, 17) + "`");
    GEN.put("oauth-flow", (r, L) -> "```\nPOST /oauth/token\ngrant_type=authorization_code&code=<code>&client_id=<client-id>&client_secret=<your-client-secret>\n```\n" + t(L, CONCEPT));
    GEN.put("openssl-advice", (r, L) -> "```sh\nopenssl rand -base64 32 > /run/secrets/app_key\nchmod 600 /run/secrets/app_key\n```\n" + L.restart());
    GEN.put("tx-hash", (r, L) -> pick(r, "tx hash", "Transaktions-Hash", "hash de transaction", "交易哈希", "トランザクションハッシュ") + ": `0x" + rnd(r, HEX, 64) + "`");
    GEN.put("object-ids", (r, L) -> "ObjectId(\"" + rnd(r, HEX, 24) + "\"), ULID `01" + rnd(r, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 24) + "`, nanoid `"
        + rnd(r, B64URL, 21) + "`");
    GEN.put("gha-cache-key", (r, L) -> "```\nCache restored from key: Linux-node-deps-" + rnd(r, HEX, 64) + "\n```\n" + t(L, CACHE));
    GEN.put("sentry-event-id", (r, L) -> "Sentry event_id `" + rnd(r, HEX, 32) + "`, issue `SHOP-" + r.nextInt(999) + "`. " + L.fixed());
    GEN.put("secret-regex", (r, L) -> "```yaml\n- id: github-pat\n  regex: 'ghp_[A-Za-z0-9]{36}'\n- id: aws-key\n  regex: 'AKIA[0-9A-Z]{16}'\n```");
    GEN.put("ipfs-cid", (r, L) -> "IPFS CID: `Qm" + rnd(r, B58, 44) + "` / `bafy" + rnd(r, "abcdefghijklmnopqrstuvwxyz234567", 55) + "`");
    GEN.put("colors", (r, L) -> "`#" + rnd(r, HEX, 6) + "`, `#" + rnd(r, HEX, 6) + "`, `rgba(17, 24, 39, 0.8)`. " + L.fixed());
    GEN.put("password-manager", (r, L) -> t(L, CONCEPT) + " " + L.password() + " → Bitwarden / 1Password, " + L.key() + " → Vault.");
  }

  static List<Row> rows(Random r) {
    List<Row> out = new ArrayList<>();
    int perGen = (int) Math.ceil(1260.0 / GEN.size());
    int g = 0;
    for (Map.Entry<String, BiFunction<Random, Blind31Lang, String>> e : GEN.entrySet()) {
      for (int i = 0; i < perGen; i++) {
        Blind31Lang L = Blind31Lang.ALL.get((i + g) % Blind31Lang.ALL.size());
        String text = e.getValue().apply(r, L);
        out.add(new Row(Label.NEGATIVE, "none", "none", e.getKey(), L.code(), "", "", text, e.getKey()));
      }
      g++;
    }
    return out;
  }
}
