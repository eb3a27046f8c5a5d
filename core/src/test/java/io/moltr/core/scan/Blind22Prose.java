package io.moltr.core.scan;

import java.util.List;
import java.util.Map;

/** Blind22: prose pools in five languages for the long agent outputs. */
final class Blind22Prose {
  private Blind22Prose() {}

  static final List<String> LANGS = List.of("en", "de", "fr", "es", "ja");

  static final Map<String, List<String>> SENTENCES = Map.of(
      "en", List.of(
          "I looked at the failing job again and the problem is not in the build step itself.",
          "The container starts, but the health check times out after thirty seconds because the port is bound too late.",
          "Here is what I changed and why, so you can review it before we merge.",
          "The migration ran cleanly on staging; the only warning was about an unused index on the orders table.",
          "If you run the command below you should see the same output as in my session.",
          "I kept the retry logic but lowered the backoff so the tests do not take four minutes anymore.",
          "Note that the cache directory is shared between jobs, which explains the stale artifacts we saw yesterday.",
          "Let me know if you want me to split this into two pull requests; it touches both the API and the worker.",
          "The root cause is a race between the scheduler and the cleanup task when both run at midnight UTC.",
          "After the fix the p99 latency dropped from 840 ms to about 120 ms on the load test.",
          "I also updated the changelog and bumped the minor version, since the public interface changed slightly.",
          "Everything else in the log is noise from the dependency resolver and can be ignored.",
          "The second run passed, so I am fairly confident the flaky test was caused by the shared temp directory.",
          "For reference, the relevant part of the configuration is shown below."),
      "de", List.of(
          "Ich habe mir den fehlgeschlagenen Job noch einmal angesehen; das Problem liegt nicht im Build-Schritt.",
          "Der Container startet zwar, aber der Health-Check läuft nach dreißig Sekunden in ein Timeout.",
          "Hier ist, was ich geändert habe und warum, damit du es vor dem Merge prüfen kannst.",
          "Die Migration lief auf Staging sauber durch, es gab nur eine Warnung zu einem ungenutzten Index.",
          "Wenn du den folgenden Befehl ausführst, solltest du dieselbe Ausgabe sehen wie in meiner Sitzung.",
          "Die Retry-Logik habe ich behalten, aber das Backoff verkürzt, damit die Tests schneller laufen.",
          "Beachte, dass das Cache-Verzeichnis zwischen den Jobs geteilt wird; das erklärt die alten Artefakte.",
          "Sag Bescheid, ob ich das in zwei Pull Requests aufteilen soll, es betrifft sowohl die API als auch den Worker.",
          "Die eigentliche Ursache ist ein Wettlauf zwischen Scheduler und Aufräumtask um Mitternacht UTC.",
          "Nach dem Fix sank die p99-Latenz im Lasttest von 840 ms auf etwa 120 ms.",
          "Das Changelog habe ich ebenfalls aktualisiert und die Minor-Version erhöht.",
          "Der Rest des Logs ist Rauschen vom Dependency-Resolver und kann ignoriert werden.",
          "Zur Orientierung steht der relevante Teil der Konfiguration weiter unten."),
      "fr", List.of(
          "J'ai relancé le job en échec et le problème ne vient pas de l'étape de build.",
          "Le conteneur démarre, mais le contrôle de santé expire au bout de trente secondes.",
          "Voici ce que j'ai modifié et pourquoi, pour que tu puisses relire avant la fusion.",
          "La migration s'est bien passée en préproduction, avec seulement un avertissement sur un index inutilisé.",
          "Si tu lances la commande ci-dessous, tu devrais obtenir la même sortie que moi.",
          "J'ai gardé la logique de nouvelle tentative, mais réduit le délai pour accélérer les tests.",
          "Attention, le répertoire de cache est partagé entre les jobs, ce qui explique les artefacts périmés.",
          "Dis-moi si tu préfères que je découpe cela en deux pull requests.",
          "La cause réelle est une concurrence entre l'ordonnanceur et la tâche de nettoyage à minuit UTC.",
          "Après la correction, la latence p99 est passée de 840 ms à environ 120 ms.",
          "J'ai aussi mis à jour le journal des modifications et augmenté la version mineure.",
          "Le reste du journal n'est que du bruit venant du résolveur de dépendances.",
          "Pour référence, la partie utile de la configuration figure ci-dessous."),
      "es", List.of(
          "Revisé de nuevo el job que falla y el problema no está en el paso de compilación.",
          "El contenedor arranca, pero la comprobación de salud agota el tiempo a los treinta segundos.",
          "Aquí tienes lo que cambié y por qué, para que lo revises antes de fusionar.",
          "La migración se ejecutó sin errores en staging; solo hubo un aviso sobre un índice sin usar.",
          "Si ejecutas el comando de abajo deberías ver la misma salida que en mi sesión.",
          "Mantuve la lógica de reintentos, pero reduje la espera para que las pruebas tarden menos.",
          "Ten en cuenta que el directorio de caché se comparte entre jobs, lo que explica los artefactos viejos.",
          "Avísame si prefieres que lo divida en dos pull requests.",
          "La causa raíz es una carrera entre el planificador y la tarea de limpieza a medianoche UTC.",
          "Tras el arreglo, la latencia p99 bajó de 840 ms a unos 120 ms.",
          "También actualicé el registro de cambios y subí la versión menor.",
          "El resto del log es ruido del resolvedor de dependencias y se puede ignorar.",
          "Como referencia, la parte relevante de la configuración está abajo."),
      "ja", List.of(
          "失敗したジョブをもう一度確認しましたが、問題はビルド手順そのものではありません。",
          "コンテナは起動しますが、ポートのバインドが遅いためヘルスチェックが30秒でタイムアウトします。",
          "マージ前に確認できるよう、変更点とその理由を以下にまとめます。",
          "ステージングではマイグレーションは正常に完了し、未使用インデックスの警告が出ただけでした。",
          "下のコマンドを実行すると、私のセッションと同じ出力が表示されるはずです。",
          "リトライ処理は残しましたが、テストが速く終わるようにバックオフを短くしました。",
          "キャッシュディレクトリはジョブ間で共有されているため、古い成果物が残っていました。",
          "APIとワーカーの両方に関わるので、プルリクエストを二つに分けるべきか教えてください。",
          "根本原因は、UTC深夜0時にスケジューラとクリーンアップ処理が競合することです。",
          "修正後、負荷試験でのp99レイテンシは840msから約120msに下がりました。",
          "変更履歴も更新し、マイナーバージョンを上げました。",
          "ログの残りは依存関係リゾルバのノイズなので無視して構いません。",
          "参考までに、設定の該当部分を以下に示します。"));

  /** A sentence that introduces a value in the given language (value inserted at %s). */
  static final Map<String, List<String>> INTRO = Map.of(
      "en", List.of("The %s value you asked for is %s, it is already set in the staging project.",
          "I found the %s in the old deploy script: %s (we should rotate it after the migration).",
          "For the record, %s is currently %s on the production box."),
      "de", List.of("Der Wert für %s lautet %s, er ist im Staging-Projekt bereits hinterlegt.",
          "Im alten Deploy-Skript stand %s noch im Klartext: %s (bitte nach der Migration rotieren).",
          "Zur Info: %s ist auf dem Produktivserver aktuell %s."),
      "fr", List.of("La valeur de %s est %s, elle est déjà configurée dans le projet de préproduction.",
          "J'ai retrouvé %s dans l'ancien script de déploiement : %s (à renouveler après la migration).",
          "Pour info, %s vaut actuellement %s sur le serveur de production."),
      "es", List.of("El valor de %s es %s y ya está configurado en el proyecto de staging.",
          "Encontré %s en el script de despliegue antiguo: %s (habría que rotarlo tras la migración).",
          "Para que conste, %s vale ahora %s en el servidor de producción."),
      "ja", List.of("ご依頼の %s の値は %s で、ステージング環境には設定済みです。",
          "古いデプロイスクリプトに %s が平文で残っていました: %s （移行後にローテーションしてください）。",
          "参考: 本番サーバーの %s は現在 %s です。"));

  /** A sentence that introduces an encoded value (the encoding's name at the first %s). */
  static final Map<String, List<String>> ENC_INTRO = Map.of(
      "en", List.of("Here it is %s so it survives the copy-paste into the ticket:",
          "I encoded the value (%s) so the chat client does not mangle it:",
          "Sending the credential %s as agreed, decode it on your side:"),
      "de", List.of("Hier ist der Wert %s, damit er beim Kopieren ins Ticket heil bleibt:",
          "Ich habe den Schlüssel %s kodiert, damit der Chat ihn nicht zerstört:"),
      "fr", List.of("Le voici %s pour qu'il survive au copier-coller :",
          "J'ai encodé la clé (%s) pour éviter que le client de chat la modifie :"),
      "es", List.of("Aquí va %s para que sobreviva al copiar y pegar:",
          "Codifiqué la clave (%s) para que el chat no la estropee:"),
      "ja", List.of("コピー時に壊れないよう %s で送ります:", "チャットで崩れないように値を %s にしました:"));

  static final Map<String, List<String>> HEADINGS = Map.of(
      "en", List.of("## Summary", "## What I changed", "## Steps to reproduce", "## Configuration", "## Next steps", "### Notes"),
      "de", List.of("## Zusammenfassung", "## Was ich geändert habe", "## Schritte zum Nachstellen", "## Konfiguration", "## Nächste Schritte"),
      "fr", List.of("## Résumé", "## Modifications", "## Étapes pour reproduire", "## Configuration", "## Prochaines étapes"),
      "es", List.of("## Resumen", "## Qué cambié", "## Pasos para reproducir", "## Configuración", "## Próximos pasos"),
      "ja", List.of("## 概要", "## 変更点", "## 再現手順", "## 設定", "## 次のステップ"));
}
