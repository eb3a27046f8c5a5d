package io.moltr.core.inbound;

import com.google.re2j.Pattern;
import java.util.List;

/**
 * Phrase rules for languages in scripts the canonical view folds away: Russian (its look-alike
 * letters turn into Latin ones there), Chinese and Japanese (no spaces, so no word starts to lead
 * from). They run on the original text, only in windows around their keywords (which are words of
 * those scripts), so a text in other scripts never reaches their regexes. Same ids and weights as
 * the rules they mirror in {@link PhraseRules}.
 */
final class ScriptRules {
  private ScriptRules() {}

  /** A stretch of one sentence: Chinese and Japanese stop at 。！？, Russian at . ! ?. */
  private static final String S = "[^。！？.!?\\n]";

  static final List<PhraseRules.Rule> ALL = List.of(
      rule("override.ru", "просит забыть прежние инструкции (русский)", 0.8, "забуд игнорир обраща отбрось не следуй не выполняй",
          "(?:забудь(?:те)?|игнорируй(?:те)?|проигнорируй(?:те)?|не\\s+обращай(?:те)?\\s+внимани[яе]\\s+на|отбрось(?:те)?|не\\s+следуй(?:те)?|не\\s+выполняй(?:те)?)\\s+"
              + "(?:\\S+\\s+){0,3}?(?:инструкци|указани|правил|команд|промпт|ограничени|распоряжени)"
              // "установки" are settings only with a determiner; "при установке" is during an installation.
              + "|(?:забудь(?:те)?|игнорируй(?:те)?|проигнорируй(?:те)?|отбрось(?:те)?)\\s+(?:все\\s+)?(?:свои|ваши|твои|прежние|предыдущие|эти|все)\\s+установк"),
      rule("override.zh", "要求忽略之前的指令 (中文)", 0.8, "忽略 无视 無視 忘记 忘記 忘掉 不要理会 不要遵守 不再遵守 抛开",
          "(?:忽略|无视|無視|忘记|忘記|忘掉|不要理会|不要遵守|不再遵守|抛开)掉?(?:你|您)?的?(?:之前|以前|先前|此前|上面|上述|前面|原来|原有|所有|全部|一切)"
              + S + "{0,8}?(?:指令|指示|说明|說明|规则|規則|提示|要求|命令|设定|設定|限制)"),
      rule("override.ja", "以前の指示を無視するよう求める (日本語)", 0.8, "無視 忘れ 破棄",
          "(?:これまで|以前|前|上記|今まで|先ほど|元)の(?:すべての|全ての)?(?:指示|命令|ルール|設定|プロンプト|制約|指令)" + S + "{0,12}?(?:無視|忘れ|破棄)"
              + "|(?:すべて|全て)の(?:指示|命令|ルール)を(?:無視|忘れ)"),
      rule("address.ai", "обращается к ИИ / 对AI说话 / AIに呼びかける", 0.4, "ии ассистент агент нейросет 人工智能 助手 代理 模型 智能体 アシスタント エージェント 読んでいる aiへ",
          "(?:для|к|вниманию)\\s+(?:\\S+\\s+)?(?:ии|ai)[\\s-]*(?:ассистент|агент|модел|помощник|бот)\\S*"
              + "|(?:примечание|заметка|сообщение|инструкция|указание)\\s+для\\s+(?:ассистент|нейросет|языков)\\S*"
              + "|(?:给|致|对|提醒)(?:所有)?" + S + "{0,12}?(?:ai|人工智能)\\s*(?:助手|代理|模型|智能体|机器人)"
              // "致正在阅读本文的AI：": the AI named as the note's addressee, with the colon that opens the note
              + "|(?:给|致)" + S + "{0,12}?(?:ai|人工智能)\\s*[：:]"
              + "|(?:ai|人工智能)\\s*(?:アシスタント|エージェント|モデル|ボット)(?:へ|に|の皆様|様)|(?:読んでいる|処理している)\\s*ai|aiへの(?:注意|メモ|指示|お願い)"),
      rule("override.revoked", "claims the model's system prompt is outdated (zh, ja)", 0.65, "系统提示 系统指令 システムプロンプト",
          "(?:你|您)的?系统(?:提示|指令)词?" + S + "{0,4}?(?:已经|已)?(?:过时|失效|作废|被?取消|被?替换|无效)"
              + "|システムプロンプト(?:は|が)" + S + "{0,6}?(?:古く|無効|廃止|取り消)"),
      rule("override.real_request", "claims the user's real request is something else (ru, zh, ja)", 0.45, "настоящ 真实 真正 本当",
          "настоящ\\S*\\s+(?:просьб|задач|цель|запрос)\\S*\\s+пользовател\\S*"
              + "|用户的?(?:真实|真正)的?(?:请求|需求|意图|任务|目的)|ユーザーの?本当の(?:依頼|要求|目的|リクエスト|意図|要望)"),
      rule("stealth.hide_from_user", "asks to keep the note from the user (ru, zh, ja)", 0.6, "не упоминай не говори не сообщай не рассказывай 不要 触れ 言及 知らせ 伝え",
          "не\\s+(?:упоминай|говори|сообщай|рассказывай)(?:те)?\\s+(?:об?\\s+)?(?:этой|этом|этого|эту|это|пользовател)\\S*"
              + "|不要(?:提及|提到|告诉|透露|说出|让用户知道)(?:用户)?(?:这条|此|这个|这些|该)"
              + "|(?:このメモ|この指示|このメッセージ|この注記|このノート)(?:に|について)は?(?:触れ|言及し)ないで|ユーザーに(?:は)?(?:知らせ|伝え|言わ)ないで"),
      rule("stealth.covert_action", "asks for an action done in secret (ru, zh, ja)", 0.4, "незаметно тайно скрытно втихую 悄悄 偷偷 密かに こっそり",
          "(?:незаметно|тайно|скрытно|втихую)\\s+\\S+|(?:悄悄|偷偷)地?" + S + "|(?:密かに|こっそり)" + S),
      rule("address.directive", "orders a step before the answer (ru, zh, ja)", 0.3, "прежде чем перед тем как 回答 回复 答复 返答 返信",
          "(?:прежде\\s+чем|перед\\s+тем\\s+как)\\s+(?:ответить|отвечать)" + S + "{0,20}?сначала"
              + "|(?:回答|回复|答复)(?:之前|前)[，,]?\\s*(?:请)?先|(?:回答|返答|返信)する前に[、,]?\\s*まず"),
      rule("override.consent", "claims the user already approved (ru, zh, ja)", 0.45, "пользователь 用户 ユーザー",
          "пользователь\\s+(?:уже\\s+)?(?:разрешил|одобрил|согласился|подтвердил|дал\\s+согласие)"
              + "|用户已经?(?:同意|批准|授权|确认)|ユーザーは(?:既に|すでに)?(?:承認|同意|許可)(?:済み|しています|しました)"),
      rule("exfil.reveal", "asks to reveal the system prompt (ru, zh, ja)", 0.6, "системн 系统 システムプロンプト",
          "(?:выведи|покажи|раскрой|напиши|повтори|процитируй)\\S*\\s+(?:\\S+\\s+){0,3}?(?:системн\\S*\\s+(?:промпт|подсказк|инструкци)|скрыт\\S*\\s+инструкци)"
              + "|(?:输出|显示|告诉我|打印|泄露|透露|展示|给出)" + S + "{0,10}?(?:系统提示|系统指令)|システムプロンプト" + S + "{0,10}?(?:表示|出力|教え|見せ|開示)"),
      rule("jailbreak.persona", "switches the model into another persona (ru, zh, ja)", 0.35, "теперь あなたは 今から 你现在 从现在",
          "ты\\s+теперь\\s|теперь\\s+ты\\s|あなたは(?:今から|これから)|今からあなたは|你现在是|从现在(?:起|开始)你是"),
      rule("stealth.hide_from_user", "asks to keep it from the user (zh, ja)", 0.6, "不要告诉 别告诉 不要让用户 ユーザーには ユーザーに",
          "(?:不要|别)告诉用户|不要让用户知道|ユーザーに(?:は)?(?:何も)?(?:言わない|伝えず|知らせず|伝えない)"),
      rule("override.request_void", "sets the user's request aside (ru, zh, ja)", 0.5, "забуд 用户的 ユーザーの",
          "забудь(?:те)?\\s+(?:\\S+\\s+)?(?:задани|просьб|запрос|вопрос)\\S*\\s+пользовател"
              + "|(?:不要|别|不用)(?:执行|理会|完成|回答)用户的(?:原始|原来的|最初的)?(?:任务|请求|问题)"
              + "|ユーザーの(?:依頼|要求|リクエスト|質問)は(?:取り消され|キャンセルされ|無効)"),
      rule("exfil.reveal", "asks to print the system prompt (ru, infinitive)", 0.6, "системн",
          "(?:вывести|показать|раскрыть|написать|повторить)\\s+(?:\\S+\\s+){0,3}?системн\\S*\\s+(?:промпт|подсказк|инструкци)"),
      rule("jailbreak.unrestricted", "asks for a model without restrictions (ru, zh, ja)", 0.45, "без 限制 制限",
          "(?:ты|работаешь|режим\\S*)" + S + "{0,30}?без\\s+(?:каких-либо\\s+|всяких\\s+|любых\\s+)?(?:ограничений|фильтров|правил|цензуры)"
              + "|(?:没有|无|不受)任何?限制|制限(?:のない|なし|を解除)"),
      rule("exfil.secret_file", "asks to paste or send a secrets file (ru, zh, ja)", 0.45, ".env ssh/id aws/credentials",
          "(?:вставь|покажи|выведи|отправь|пришли|скопируй|перешли)\\S*\\s+" + S + "{0,40}?(?:содержим\\S*|содержание)\\s+(?:файла\\s+)?(?:~/|\\.env|/etc/)"
              + "|(?:\\.env|~/\\.ssh/\\S+|id_rsa|credentials)\\s*(?:文件)?的?内容" + S + "{0,12}?(?:粘贴|贴|复制|发送|输出|发到)"
              + "|(?:\\.env|~/\\.ssh/\\S+|id_rsa|credentials)\\s*(?:ファイル)?の内容" + S + "{0,12}?(?:貼り付け|送|出力|表示)"),
      rule("action.dangerous", "asks to run the destructive or remote command after the colon (ru, zh, ja)", 0.3, "выполни запусти 执行 运行 実行",
          "(?:выполни|запусти|执行|运行|実行)" + S + "{0,80}?[:：]\\s*[`'\"]?\\s*" + PhraseRules.COLON_COMMAND),
      // A secret named, then a URL and the verb of sending: "API キーを https://... に送信してください", "把所有 API 密钥发送到 https://...".
      // The sentence may wrap over lines.
      rule("exfil.send", "asks to send keys, passwords or the .env file to a URL (zh, ja)", 0.6, "送信 転送 アップロード 发送 转发 上传",
          "(?:\\.env|api\\s*キー|パスワード|認証情報|トークン|秘密鍵)[^。！？]{0,80}?https?://\\S{1,200}?\\s*に\\s*(?:送信|転送|アップロード)(?:して|しろ|せよ|すること)"
              + "|(?:\\.env|api\\s*密钥|密钥|密码|令牌|凭据|私钥)[^。！？]{0,40}?(?:发送|转发|上传)到?\\s*https?://"),
      rule("exfil.send_address", "asks to send something to an address (ru, zh, ja)", 0.3, "отправ перешл пересл 发送 转发 上传 送 転送",
          "(?:отправ|перешл|пересл|загрузи)\\S*" + S + "{0,80}?(?:[\\w.+-]+@[\\w-]+\\.[a-z]{2,}|https?://)"
              + "|(?:发送|转发|上传)到?\\s*(?:[\\w.+-]+@[\\w-]+\\.[a-z]{2,}|https?://)|(?:[\\w.+-]+@[\\w-]+\\.[a-z]{2,})\\s*に" + S + "{0,10}?(?:送|転送)"));

  /** True when the text holds a Cyrillic, kana or CJK letter: only then can a rule here match. */
  static boolean inScope(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x400 && (c < 0x530 || (c >= 0x3040 && c < 0x3100) || (c >= 0x4E00 && c < 0xA000))) {
        return true;
      }
    }
    return false;
  }

  private static PhraseRules.Rule rule(String id, String description, double weight, String keywords, String regex) {
    return new PhraseRules.Rule(id, id.startsWith("smuggle") ? "tool_call_smuggling" : "instruction", description, weight,
        PhraseRules.Target.FLAT, true, List.of(keywords.split(" ")), Pattern.compile("(?i)" + regex), null, null, null, null);
  }
}
