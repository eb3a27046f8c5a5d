package io.moltr.core.scan;

import java.util.List;
import java.util.Map;

/** The languages of the blind23 corpus: labels, hand-over phrases and the prose around them. */
record Blind23Lang(
    String code,
    List<String> pwd,
    List<String> key,
    List<String> token,
    List<String> handover,
    List<String> intro,
    List<String> outro,
    String colon,
    String greeting,
    String signoff,
    String subject,
    String cardLabel,
    boolean cjk) {

  List<String> labels(char cat) {
    return switch (cat) {
      case 'P' -> pwd;
      case 'T' -> token;
      default -> key;
    };
  }

  static final Map<String, String> ID_LABELS = Map.of(
      "es_dni", "DNI",
      "es_nie", "NIE",
      "it_codice_fiscale", "Codice fiscale",
      "pt_nif", "NIF",
      "nl_bsn", "BSN",
      "pl_pesel", "PESEL",
      "tr_tckn", "TC Kimlik No",
      "fr_nir", "N° de sécurité sociale",
      "cn_resident_id", "身份证号",
      "br_cpf", "CPF");

  static final Map<String, String> ID_LANG = Map.of(
      "es_dni", "es", "es_nie", "es", "it_codice_fiscale", "it", "pt_nif", "pt", "nl_bsn", "nl",
      "pl_pesel", "pl", "tr_tckn", "tr", "fr_nir", "fr", "cn_resident_id", "zh", "br_cpf", "pt");

  static final List<Blind23Lang> ALL = List.of(
      new Blind23Lang("de",
          List.of("Passwort", "Kennwort", "Zugangsdaten", "das neue Passwort"),
          List.of("API-Schlüssel", "Schlüssel", "Zugangsschlüssel", "der Key"),
          List.of("Token", "Zugriffstoken", "das Token"),
          List.of("Nimm diesen hier:", "Hier ist er:", "Bitte den hier verwenden:", "Das ist der aktuelle:"),
          List.of("Klar, ich habe dir den Zugang eingerichtet.", "Hier sind die Daten für die Staging-Umgebung.", "Wie besprochen, die Zugangsdaten für den Deploy:"),
          List.of("Sag Bescheid, wenn es hakt.", "Bitte nicht weitergeben.", "Danach bitte im Passwortmanager ablegen."),
          ": ", "Hallo Jonas,", "Viele Grüße\nAnna", "Zugang für das neue Projekt", "Kartennummer", false),
      new Blind23Lang("fr",
          List.of("mot de passe", "le mot de passe", "identifiants"),
          List.of("clé", "clé API", "la clé d'accès"),
          List.of("jeton", "token", "le jeton d'accès"),
          List.of("voici la clé :", "la voilà :", "utilise celle-ci :", "tiens :"),
          List.of("Bien sûr, voici les accès pour la préproduction.", "Comme convenu, je t'envoie les identifiants.", "J'ai régénéré l'accès ce matin."),
          List.of("Dis-moi si ça ne marche pas.", "Merci de ne pas le partager.", "Pense à le mettre dans le coffre-fort."),
          " : ", "Bonjour Camille,", "Bien cordialement,\nLéa", "Accès au nouveau projet", "numéro de carte", false),
      new Blind23Lang("es",
          List.of("contraseña", "clave", "la contraseña nueva"),
          List.of("clave API", "la clave", "clave de acceso"),
          List.of("token", "el token de acceso"),
          List.of("aquí tienes el token:", "usa esta:", "te lo paso:", "es este:"),
          List.of("Claro, aquí tienes el acceso al entorno de pruebas.", "Como hablamos, te mando las credenciales.", "Ya lo he regenerado."),
          List.of("Avísame si falla algo.", "No lo compartas, por favor.", "Guárdalo en el gestor de contraseñas."),
          ": ", "Hola Lucía,", "Un saludo,\nPablo", "Acceso al nuevo proyecto", "número de tarjeta", false),
      new Blind23Lang("it",
          List.of("password", "la password", "credenziali"),
          List.of("chiave", "chiave API", "la chiave di accesso"),
          List.of("token", "il token"),
          List.of("ecco il token:", "eccola:", "usa questa:", "te la incollo qui:"),
          List.of("Certo, ecco l'accesso all'ambiente di staging.", "Come d'accordo, ti mando le credenziali.", "L'ho rigenerata stamattina."),
          List.of("Fammi sapere se non funziona.", "Non condividerla, per favore.", "Salvala nel password manager."),
          ": ", "Ciao Marco,", "A presto,\nGiulia", "Accesso al nuovo progetto", "numero di carta", false),
      new Blind23Lang("pt",
          List.of("senha", "a senha", "credenciais"),
          List.of("chave", "chave de API", "a chave de acesso"),
          List.of("token", "o token de acesso"),
          List.of("aqui está o token:", "usa esta:", "segue:", "é esta aqui:"),
          List.of("Claro, segue o acesso ao ambiente de homologação.", "Como combinado, mando as credenciais.", "Acabei de gerar uma nova."),
          List.of("Qualquer problema, me avisa.", "Não compartilhe, por favor.", "Guarde no cofre de senhas."),
          ": ", "Olá João,", "Abraços,\nBeatriz", "Acesso ao novo projeto", "número do cartão", false),
      new Blind23Lang("nl",
          List.of("wachtwoord", "het wachtwoord", "inloggegevens"),
          List.of("sleutel", "API-sleutel", "de toegangssleutel"),
          List.of("token", "het toegangstoken"),
          List.of("hier is hij:", "gebruik deze:", "deze werkt:", "alsjeblieft:"),
          List.of("Natuurlijk, hier is de toegang tot de testomgeving.", "Zoals besproken stuur ik je de inloggegevens.", "Ik heb hem net opnieuw aangemaakt."),
          List.of("Laat het weten als het niet werkt.", "Niet doorsturen graag.", "Zet hem in de wachtwoordkluis."),
          ": ", "Hoi Sanne,", "Groet,\nDaan", "Toegang nieuw project", "kaartnummer", false),
      new Blind23Lang("pl",
          List.of("hasło", "nowe hasło", "dane logowania"),
          List.of("klucz", "klucz API", "klucz dostępu"),
          List.of("token", "token dostępu"),
          List.of("proszę, oto on:", "użyj tego:", "masz tutaj:", "to ten:"),
          List.of("Jasne, oto dostęp do środowiska testowego.", "Tak jak ustaliliśmy, przesyłam dane logowania.", "Wygenerowałem nowy dziś rano."),
          List.of("Daj znać, jeśli coś nie działa.", "Proszę nie udostępniać dalej.", "Zapisz go w menedżerze haseł."),
          ": ", "Cześć Kasia,", "Pozdrawiam,\nTomasz", "Dostęp do nowego projektu", "numer karty", false),
      new Blind23Lang("ja",
          List.of("パスワード", "ログインパスワード", "認証情報"),
          List.of("APIキー", "キー", "アクセスキー", "秘密鍵"),
          List.of("トークン", "アクセストークン"),
          List.of("こちらです：", "これを使ってください：", "以下の通りです："),
          List.of("承知しました。ステージング環境のアクセス情報です。", "お待たせしました。新しく発行しました。", "先ほどの件、設定しておきました。"),
          List.of("動かなければ教えてください。", "取り扱いにはご注意ください。", "パスワードマネージャーに保存してください。"),
          "：", "田中さん", "よろしくお願いいたします。\n佐藤", "新プロジェクトのアクセス情報", "カード番号", true),
      new Blind23Lang("zh",
          List.of("密码", "登录密码", "账号密码"),
          List.of("密钥", "API 密钥", "访问密钥", "秘钥"),
          List.of("令牌", "访问令牌", "token"),
          List.of("这是密钥：", "给你：", "用这个：", "如下："),
          List.of("好的，这是测试环境的访问信息。", "按照刚才说的，我把凭证发给你。", "我刚刚重新生成了一个。"),
          List.of("有问题随时告诉我。", "请不要外传。", "请保存到密码管理器里。"),
          "：", "王工，你好：", "谢谢！\n李娜", "新项目的访问信息", "卡号", true),
      new Blind23Lang("ru",
          List.of("пароль", "новый пароль", "учётные данные"),
          List.of("ключ", "API-ключ", "ключ доступа"),
          List.of("токен", "токен доступа"),
          List.of("вот ключ:", "держи:", "используй этот:", "вот он:"),
          List.of("Конечно, вот доступ к тестовому стенду.", "Как договаривались, отправляю учётные данные.", "Я только что перевыпустил его."),
          List.of("Напиши, если не заработает.", "Пожалуйста, никому не пересылай.", "Сохрани в менеджере паролей."),
          ": ", "Привет, Дима!", "С уважением,\nОльга", "Доступ к новому проекту", "номер карты", false),
      new Blind23Lang("tr",
          List.of("şifre", "parola", "giriş bilgileri"),
          List.of("anahtar", "API anahtarı", "erişim anahtarı"),
          List.of("token", "erişim tokenı"),
          List.of("işte anahtar:", "bunu kullan:", "buyur:", "şu:"),
          List.of("Tabii, test ortamının erişim bilgileri aşağıda.", "Konuştuğumuz gibi bilgileri gönderiyorum.", "Az önce yenisini oluşturdum."),
          List.of("Sorun olursa haber ver.", "Lütfen kimseyle paylaşma.", "Şifre yöneticisine kaydet."),
          ": ", "Merhaba Emre,", "Saygılarımla,\nAyşe", "Yeni proje erişimi", "kart numarası", false),
      new Blind23Lang("en",
          List.of("password", "the new password", "credentials"),
          List.of("API key", "key", "access key"),
          List.of("token", "access token"),
          List.of("here you go:", "use this one:", "this is it:"),
          List.of("Sure, here is the staging access.", "As discussed, the credentials for the deploy:", "I just regenerated it."),
          List.of("Let me know if it fails.", "Please don't share it.", "Store it in the password manager afterwards."),
          ": ", "Hi Sam,", "Best,\nAlex", "Access for the new project", "card number", false));

  static Blind23Lang of(String code) {
    for (Blind23Lang l : ALL) {
      if (l.code.equals(code)) {
        return l;
      }
    }
    throw new IllegalArgumentException(code);
  }
}
