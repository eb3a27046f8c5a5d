package io.moltr.core.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Credential kinds of blind corpus 26, each with its env var name and documented shape. */
final class Blind26Kinds {
  enum Shape { TOKEN, VALUE, URL, MULTI, PII }

  record Kind(String name, String var, Shape shape, Function<Blind26Gen, String> gen) {}

  private Blind26Kinds() {}

  static List<Kind> all() {
    List<Kind> k = new ArrayList<>();
    k.add(new Kind("aws-secret-key", "AWS_SECRET_ACCESS_KEY", Shape.VALUE,
        g -> g.mixed(Blind26Gen.B64, 40)));
    k.add(new Kind("github-pat", "GITHUB_TOKEN", Shape.TOKEN, g -> g.crcToken("ghp_")));
    k.add(new Kind("github-oauth", "GH_TOKEN", Shape.TOKEN, g -> g.crcToken("gho_")));
    k.add(new Kind("github-server", "GITHUB_TOKEN", Shape.TOKEN, g -> g.crcToken("ghs_")));
    k.add(new Kind("github-fine", "GH_PAT", Shape.TOKEN,
        g -> "github_pat_11" + g.of(Blind26Gen.UPPER_NUM, 20) + "_" + g.b62(59)));
    k.add(new Kind("gitlab-pat", "GITLAB_TOKEN", Shape.TOKEN,
        g -> "glpat-" + g.mixed(Blind26Gen.B62 + "_-", 20)));
    k.add(new Kind("gitlab-deploy", "CI_DEPLOY_TOKEN", Shape.TOKEN,
        g -> "gldt-" + g.mixed(Blind26Gen.B62 + "_-", 20)));
    k.add(new Kind("gitlab-runner", "RUNNER_TOKEN", Shape.TOKEN,
        g -> "glrt-" + g.mixed(Blind26Gen.B62 + "_-", 20)));
    k.add(new Kind("npm", "NPM_TOKEN", Shape.TOKEN, g -> g.crcToken("npm_")));
    k.add(new Kind("pypi", "TWINE_PASSWORD", Shape.TOKEN,
        g -> "pypi-AgEIcHlwaS5vcmcCJG" + g.mixed(Blind26Gen.B64URL, 150)));
    k.add(new Kind("huggingface", "HF_TOKEN", Shape.TOKEN,
        g -> "hf_" + g.of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 34)
            .replaceFirst("^", "")));
    k.add(new Kind("groq", "GROQ_API_KEY", Shape.TOKEN, g -> "gsk_" + g.b62(52)));
    k.add(new Kind("openrouter", "OPENROUTER_API_KEY", Shape.TOKEN,
        g -> "sk-or-v1-" + g.hex(64)));
    k.add(new Kind("openai", "OPENAI_API_KEY", Shape.TOKEN,
        g -> "sk-proj-" + g.mixed(Blind26Gen.B62 + "_-", 58) + "T3BlbkFJ"
            + g.mixed(Blind26Gen.B62 + "_-", 58)));
    k.add(new Kind("anthropic", "ANTHROPIC_API_KEY", Shape.TOKEN,
        g -> "sk-ant-api03-" + g.mixed(Blind26Gen.B62 + "_-", 93) + "AA"));
    k.add(new Kind("stripe-secret", "STRIPE_SECRET_KEY", Shape.TOKEN,
        g -> "sk_live_51" + g.b62(97)));
    k.add(new Kind("stripe-restricted", "STRIPE_API_KEY", Shape.TOKEN,
        g -> "rk_live_51" + g.b62(97)));
    k.add(new Kind("stripe-webhook", "STRIPE_WEBHOOK_SECRET", Shape.VALUE,
        g -> "whsec_" + g.b62(32)));
    k.add(new Kind("google-api", "GOOGLE_API_KEY", Shape.TOKEN,
        g -> "AIza" + g.mixed(Blind26Gen.B62 + "_-", 35)));
    k.add(new Kind("google-oauth-secret", "GOOGLE_CLIENT_SECRET", Shape.VALUE,
        g -> "GOCSPX-" + g.mixed(Blind26Gen.B62 + "_-", 28)));
    k.add(new Kind("gcp-access-token", "CLOUDSDK_AUTH_ACCESS_TOKEN", Shape.TOKEN,
        g -> "ya29.a0" + g.mixed(Blind26Gen.B62 + "_-", 150)));
    k.add(new Kind("azure-storage", "AZURE_STORAGE_CONNECTION_STRING", Shape.URL,
        g -> "DefaultEndpointsProtocol=https;AccountName=st" + g.word() + g.digits(3)
            + ";AccountKey=" + g.mixed(Blind26Gen.B64, 86) + "==;EndpointSuffix=core.windows.net"));
    k.add(new Kind("azure-sas", "AZURE_BLOB_SAS_URL", Shape.URL,
        g -> "https://st" + g.word() + ".blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=co"
            + "&sp=rwdlac&se=2026-12-31T18:00:00Z&st=2026-11-30T09:00:00Z&spr=https&sig="
            + g.mixed(Blind26Gen.B62, 43) + "%3D"));
    k.add(new Kind("twilio-auth", "TWILIO_AUTH_TOKEN", Shape.VALUE, g -> g.hex(32)));
    k.add(new Kind("twilio-apikey", "TWILIO_API_KEY", Shape.TOKEN,
        g -> "SK" + g.hex(32)));
    k.add(new Kind("mailgun", "MAILGUN_API_KEY", Shape.TOKEN, g -> "key-" + g.hex(32)));
    k.add(new Kind("mailchimp", "MAILCHIMP_API_KEY", Shape.TOKEN,
        g -> g.hex(32) + "-us" + g.between(2, 21)));
    k.add(new Kind("shopify", "SHOPIFY_ACCESS_TOKEN", Shape.TOKEN,
        g -> g.pick("shpat_", "shpca_", "shppa_", "shpss_") + g.hex(32)));
    k.add(new Kind("digitalocean", "DIGITALOCEAN_TOKEN", Shape.TOKEN,
        g -> g.pick("dop_v1_", "doo_v1_") + g.hex(64)));
    k.add(new Kind("heroku", "HEROKU_API_KEY", Shape.TOKEN,
        g -> "HRKU-AA" + g.mixed(Blind26Gen.B64URL, 58)));
    k.add(new Kind("datadog-api", "DD_API_KEY", Shape.VALUE, g -> g.hex(32)));
    k.add(new Kind("datadog-app", "DD_APP_KEY", Shape.VALUE, g -> g.hex(40)));
    k.add(new Kind("newrelic-user", "NEW_RELIC_API_KEY", Shape.TOKEN,
        g -> "NRAK-" + g.of(Blind26Gen.UPPER_NUM, 27)));
    k.add(new Kind("newrelic-license", "NEW_RELIC_LICENSE_KEY", Shape.VALUE,
        g -> g.hex(36) + "NRAL"));
    k.add(new Kind("sentry-dsn", "SENTRY_DSN", Shape.URL,
        g -> "https://" + g.hex(32) + "@o" + g.digits(6) + ".ingest.us.sentry.io/" + g.digits(7)));
    k.add(new Kind("sentry-user-token", "SENTRY_AUTH_TOKEN", Shape.TOKEN,
        g -> "sntryu_" + g.hex(64)));
    k.add(new Kind("discord-bot", "DISCORD_BOT_TOKEN", Shape.TOKEN,
        g -> Blind26Gen.b64url("1" + g.digits(18)) + "." + g.mixed(Blind26Gen.B64URL, 6) + "."
            + g.mixed(Blind26Gen.B64URL, 38)));
    k.add(new Kind("discord-webhook", "DISCORD_WEBHOOK_URL", Shape.URL,
        g -> "https://discord.com/api/webhooks/1" + g.digits(18) + "/"
            + g.mixed(Blind26Gen.B64URL, 68)));
    k.add(new Kind("slack-bot", "SLACK_BOT_TOKEN", Shape.TOKEN,
        g -> "xoxb-" + g.digits(12) + "-" + g.digits(13) + "-" + g.b62(24)));
    k.add(new Kind("slack-user", "SLACK_USER_TOKEN", Shape.TOKEN,
        g -> "xoxp-" + g.digits(12) + "-" + g.digits(12) + "-" + g.digits(13) + "-" + g.hex(32)));
    k.add(new Kind("slack-webhook", "SLACK_WEBHOOK_URL", Shape.URL,
        g -> "https://hooks.slack.com/services/T" + g.of(Blind26Gen.UPPER_NUM, 10) + "/B"
            + g.of(Blind26Gen.UPPER_NUM, 10) + "/" + g.b62(24)));
    k.add(new Kind("linear", "LINEAR_API_KEY", Shape.TOKEN, g -> "lin_api_" + g.b62(40)));
    k.add(new Kind("notion", "NOTION_TOKEN", Shape.TOKEN,
        g -> g.r.nextBoolean() ? "secret_" + g.b62(43) : "ntn_" + g.digits(11) + g.b62(35)));
    k.add(new Kind("atlassian", "JIRA_API_TOKEN", Shape.TOKEN,
        g -> "ATATT3xFfGF0" + g.mixed(Blind26Gen.B64URL, 170) + "=" + g.hex(8).toUpperCase()));
    k.add(new Kind("doppler", "DOPPLER_TOKEN", Shape.TOKEN,
        g -> "dp.st." + g.pick("prd", "dev", "stg") + "." + g.b62(40)));
    k.add(new Kind("vault", "VAULT_TOKEN", Shape.TOKEN, g -> "hvs." + g.mixed(Blind26Gen.B64URL,
        90)));
    k.add(new Kind("terraform-cloud", "TF_TOKEN_app_terraform_io", Shape.TOKEN,
        g -> g.b62(14) + ".atlasv1." + g.b62(67)));
    k.add(new Kind("databricks", "DATABRICKS_TOKEN", Shape.TOKEN, g -> "dapi" + g.hex(32)));
    k.add(new Kind("cloudflare", "CLOUDFLARE_API_TOKEN", Shape.VALUE,
        g -> g.mixed(Blind26Gen.B62 + "_-", 40)));
    k.add(new Kind("flyio", "FLY_API_TOKEN", Shape.TOKEN,
        g -> "FlyV1 fm2_" + g.mixed(Blind26Gen.B64, 120) + ",fm2_" + g.mixed(Blind26Gen.B64, 90)));
    k.add(new Kind("vercel", "VERCEL_TOKEN", Shape.VALUE, g -> g.b62(24)));
    k.add(new Kind("netlify", "NETLIFY_AUTH_TOKEN", Shape.TOKEN, g -> "nfp_" + g.b62(36)));
    k.add(new Kind("supabase-access", "SUPABASE_ACCESS_TOKEN", Shape.TOKEN,
        g -> "sbp_" + g.hex(40)));
    k.add(new Kind("supabase-service-role", "SUPABASE_SERVICE_ROLE_KEY", Shape.TOKEN,
        g -> g.jwtHs256("{\"iss\":\"supabase\",\"ref\":\"" + g.of(Blind26Gen.LOWER, 20)
            + "\",\"role\":\"service_role\",\"iat\":1732000000,\"exp\":2047576000}")));
    k.add(new Kind("firebase-fcm", "FCM_SERVER_KEY", Shape.TOKEN,
        g -> "AAAA" + g.mixed(Blind26Gen.B64URL, 7) + ":APA91b" + g.mixed(Blind26Gen.B64URL, 134)));
    k.add(new Kind("planetscale", "PLANETSCALE_SERVICE_TOKEN", Shape.TOKEN,
        g -> g.pick("pscale_tkn_", "pscale_pw_") + g.mixed(Blind26Gen.B62 + "_", 43)));
    k.add(new Kind("postman", "POSTMAN_API_KEY", Shape.TOKEN,
        g -> "PMAK-" + g.hex(24) + "-" + g.hex(34)));
    k.add(new Kind("sendgrid", "SENDGRID_API_KEY", Shape.TOKEN,
        g -> "SG." + g.mixed(Blind26Gen.B64URL, 22) + "." + g.mixed(Blind26Gen.B64URL, 43)));
    k.add(new Kind("dockerhub-pat", "DOCKERHUB_TOKEN", Shape.TOKEN,
        g -> "dckr_pat_" + g.mixed(Blind26Gen.B64URL, 27)));
    k.add(new Kind("telegram-bot", "TELEGRAM_BOT_TOKEN", Shape.TOKEN,
        g -> g.between(1, 7) + g.digits(9) + ":AA" + g.mixed(Blind26Gen.B64URL, 33)));
    k.add(new Kind("grafana-sa", "GRAFANA_TOKEN", Shape.TOKEN,
        g -> "glsa_" + g.b62(32) + "_" + g.hex(8)));
    k.add(new Kind("pulumi", "PULUMI_ACCESS_TOKEN", Shape.TOKEN, g -> "pul-" + g.hex(40)));
    k.add(new Kind("jwt-hs256", "SESSION_JWT", Shape.TOKEN,
        g -> g.jwtHs256("{\"sub\":\"" + g.uuid() + "\",\"email\":\"ops@" + g.word()
            + ".io\",\"scope\":\"admin\",\"exp\":" + g.now() + "}")));
    k.add(new Kind("azure-access-token", "AZURE_ACCESS_TOKEN", Shape.TOKEN,
        g -> g.jwtRs256("{\"aud\":\"https://management.azure.com/\",\"iss\":\"https://sts.windows."
            + "net/" + g.uuid() + "/\",\"oid\":\"" + g.uuid() + "\",\"exp\":" + g.now() + "}")));
    k.add(new Kind("db-postgres", "DATABASE_URL", Shape.URL,
        g -> "postgres://" + g.word() + "_app:" + g.password() + "@db-" + g.word()
            + ".internal:5432/" + g.word()));
    k.add(new Kind("db-mysql", "MYSQL_URL", Shape.URL,
        g -> "mysql://root:" + g.password() + "@mysql." + g.word() + ".svc:3306/" + g.word()));
    k.add(new Kind("db-mongo", "MONGODB_URI", Shape.URL,
        g -> "mongodb+srv://" + g.word() + ":" + g.password() + "@cluster0." + g.of(
            Blind26Gen.LOWER, 5) + ".mongodb.net/" + g.word() + "?retryWrites=true&w=majority"));
    k.add(new Kind("db-redis", "REDIS_URL", Shape.URL,
        g -> "rediss://default:" + g.password() + "@redis-" + g.digits(5) + ".c1.cloud.redislabs.com:"
            + g.digits(5)));
    k.add(new Kind("basic-auth-url", "ARTIFACTORY_URL", Shape.URL,
        g -> "https://deploy-bot:" + g.password() + "@artifacts." + g.word() + ".com/api/npm/"));
    k.add(new Kind("generic-password", "DB_PASSWORD", Shape.VALUE, Blind26Gen::password));
    k.add(new Kind("generic-api-key", "PAYMENTS_API_KEY", Shape.VALUE,
        g -> g.mixed(Blind26Gen.B62, 32)));
    k.add(new Kind("rsa-private-key", "TLS_KEY", Shape.MULTI, Blind26Gen::rsaPem));
    k.add(new Kind("pkcs8-private-key", "PRIVATE_KEY", Shape.MULTI, Blind26Gen::pkcs8Pem));
    k.add(new Kind("ec-private-key", "SIGNING_KEY", Shape.MULTI, Blind26Gen::ecPem));
    k.add(new Kind("openssh-private-key", "DEPLOY_KEY", Shape.MULTI, Blind26Gen::opensshKey));
    k.add(new Kind("pgp-private-key", "GPG_PRIVATE_KEY", Shape.MULTI, Blind26Gen::pgpKey));
    k.add(new Kind("putty-private-key", "PPK", Shape.MULTI, Blind26Gen::puttyKey));
    k.add(new Kind("age-secret-key", "SOPS_AGE_KEY", Shape.VALUE, Blind26Gen::ageKey));
    k.add(new Kind("bitcoin-wif", "BTC_WIF", Shape.VALUE, Blind26Gen::wif));
    k.add(new Kind("eth-private-key", "ETH_PRIVATE_KEY", Shape.VALUE, g -> "0x" + g.hex(64)));
    k.add(new Kind("card", "CARD", Shape.PII, g -> {
      switch (g.r.nextInt(7)) {
        case 0: return g.card("4", 16);
        case 1: return g.card("5" + g.between(1, 5), 16);
        case 2: return g.card("2" + g.between(221, 720), 16);
        case 3: return g.card(g.pick("34", "37"), 15);
        case 4: return g.card("6011", 16);
        case 5: return g.card("35" + g.between(28, 89), 16);
        default: return g.card("62" + g.digits(1), 16);
      }
    }));
    k.add(new Kind("iban", "IBAN", Shape.PII, Blind26Gen::iban));
    k.add(new Kind("national-id-cpf", "CPF", Shape.PII, Blind26Gen::cpf));
    k.add(new Kind("national-id-dni", "DNI", Shape.PII, Blind26Gen::dni));
    return k;
  }
}
