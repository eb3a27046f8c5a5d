package io.moltr.core.scan;

import static io.moltr.core.scan.Blind32Util.*;

import io.moltr.core.scan.Blind32Configs.Doc;
import io.moltr.core.scan.Blind32Corpus.Label;
import io.moltr.core.scan.Blind32Corpus.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Hard negatives of the configuration theme: files that look like they hold secrets but hold none. */
final class Blind32Negatives {
  private Blind32Negatives() {}

  static final List<String> GENERATORS = List.of(
      "gha_secret_refs", "gitlab_ci_vars", "helm_templates", "k8s_secret_key_ref", "external_refs", "ansible_vault_blob",
      "sops_encrypted", "sealed_secret", "kms_ciphertext", "htpasswd", "pg_scram", "django_pbkdf2", "image_digests",
      "lockfile_integrity", "ssh_public_keys", "pem_certificates", "jwks_public", "azure_ids", "aws_arns", "gcp_ids",
      "placeholders", "dev_defaults", "documented_examples", "b64_nonsecret_config", "env_reads", "dockerfile_secret_mounts",
      "systemd_envfile", "nginx_plain", "argocd_git_shas", "cloudformation_refs", "ansible_vault_tag", "npmrc_env",
      "docker_config_helpers", "gitconfig_plain", "spring_placeholders", "log4j_lookups", "webconfig_integrated",
      "crontab_env_creds", "checksums_files", "terraform_state_meta", "fly_netlify_toml", "data_uri_config", "tfvars_plain",
      "sops_age_recipients", "pypirc_keyring");

  static List<Row> all(Random r) {
    List<Row> out = new ArrayList<>();
    int per = 28;
    for (String g : GENERATORS) {
      for (int i = 0; i < per; i++) {
        Doc d = make(g, r);
        out.add(new Row(Label.NEGATIVE, "none", "none", d.ctx(), g, Blind32Configs.wrapProse(r, d), null, null));
      }
    }
    return out;
  }

  static String svc(Random r) {
    return Blind32Configs.svc(r);
  }

  static String envName(Random r) {
    return pick(r, "DATABASE_PASSWORD", "STRIPE_SECRET_KEY", "GITHUB_TOKEN", "NPM_TOKEN", "SLACK_WEBHOOK_URL", "OPENAI_API_KEY",
        "AWS_SECRET_ACCESS_KEY", "SENDGRID_API_KEY", "REDIS_PASSWORD", "JWT_SECRET", "DOCKERHUB_TOKEN", "SMTP_PASSWORD");
  }

  static String sha256(Random r) {
    return rnd(r, HEX, 64);
  }

  static String accountId(Random r) {
    return (1 + r.nextInt(9)) + rnd(r, DIGITS, 11);
  }

  static String certBody(Random r, int lines) {
    StringBuilder sb = new StringBuilder("MIID" + rnd(r, B64, 60) + "\n");
    for (int i = 1; i < lines; i++) {
      sb.append(rnd(r, B64, 64)).append('\n');
    }
    sb.append(rnd(r, B64, 20)).append("=\n");
    return sb.toString();
  }

  static Doc make(String g, Random r) {
    String s = svc(r);
    String e1 = envName(r);
    String e2 = envName(r);
    switch (g) {
      case "gha_secret_refs":
        return new Doc(g, "yaml", ".github/workflows/release.yml", "name: release\non:\n  workflow_dispatch:\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: read\n      id-token: write\n    env:\n      "
            + e1 + ": ${{ secrets." + e1 + " }}\n      " + e2 + ": ${{ secrets." + e2 + " }}\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n          registry-url: https://registry.npmjs.org\n      - run: npm publish --provenance\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n      - run: echo \"sha=${{ github.sha }}\"\n");
      case "gitlab_ci_vars":
        return new Doc(g, "yaml", ".gitlab-ci.yml", "variables:\n  IMAGE: $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA\nbuild:\n  stage: build\n  image: docker:27\n  services: [docker:27-dind]\n  script:\n    - echo \"$CI_REGISTRY_PASSWORD\" | docker login -u \"$CI_REGISTRY_USER\" --password-stdin $CI_REGISTRY\n    - docker build -t $IMAGE .\n    - docker push $IMAGE\n    - curl --header \"JOB-TOKEN: $CI_JOB_TOKEN\" --upload-file dist/app.tgz \"${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/generic/app/1.0."
            + r.nextInt(50) + "/app.tgz\"\n    - export " + e1 + "=\"${" + e1 + "}\"\n");
      case "helm_templates":
        return new Doc(g, "yaml", "charts/" + s + "/templates/secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ include \"" + s + ".fullname\" . }}\n  labels:\n    {{- include \"" + s
            + ".labels\" . | nindent 4 }}\ntype: Opaque\ndata:\n  " + e1.toLowerCase() + ": {{ .Values.secrets." + Blind32Configs.camel(e1) + " | b64enc | quote }}\n  " + e2.toLowerCase()
            + ": {{ required \"set secrets.x\" .Values.secrets." + Blind32Configs.camel(e2) + " | b64enc }}\n  redis-password: {{ randAlphaNum 24 | b64enc | quote }}\n");
      case "k8s_secret_key_ref":
        return new Doc(g, "yaml", "k8s/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " + s + "\nspec:\n  replicas: " + (1 + r.nextInt(5)) + "\n  template:\n    spec:\n      containers:\n        - name: " + s
            + "\n          image: ghcr.io/acme/" + s + ":v" + r.nextInt(9) + "." + r.nextInt(20) + ".0\n          env:\n            - name: " + e1 + "\n              valueFrom:\n                secretKeyRef:\n                  name: " + s
            + "-secrets\n                  key: " + e1.toLowerCase().replace('_', '-') + "\n            - name: " + e2 + "\n              valueFrom:\n                secretKeyRef:\n                  name: " + s
            + "-secrets\n                  key: " + e2.toLowerCase().replace('_', '-') + "\n          envFrom:\n            - secretRef:\n                name: " + s + "-env\n");
      case "external_refs": {
        String acct = accountId(r);
        return new Doc(g, pick(r, "yaml"), "config/secrets-map.yaml", "# where each secret comes from\n" + e1.toLowerCase() + ": vault:secret/data/" + s + "/" + Blind32Configs.ns(r) + "#" + e1.toLowerCase()
            + "\n" + e2.toLowerCase() + ": op://Platform/" + s + "-" + e2.toLowerCase().replace('_', '-') + "/credential\nsmtp_password: arn:aws:secretsmanager:eu-west-1:" + acct + ":secret:" + s
            + "/smtp-" + rnd(r, ALNUM, 6) + "\nstripe_key: arn:aws:ssm:eu-west-1:" + acct + ":parameter/" + s + "/stripe/secret-key\ndb_password: ${ssm:/" + s + "/db/password}\nkv_ref: \"@Microsoft.KeyVault(SecretUri=https://kv-" + s
            + ".vault.azure.net/secrets/db-password/)\"\n");
      }
      case "ansible_vault_blob": {
        StringBuilder sb = new StringBuilder("$ANSIBLE_VAULT;1.1;AES256\n");
        for (int i = 0; i < 5 + r.nextInt(6); i++) {
          sb.append(rnd(r, HEX, 80)).append('\n');
        }
        sb.append(rnd(r, HEX, 2 * (5 + r.nextInt(30)))).append('\n');
        return new Doc(g, "text", "group_vars/" + Blind32Configs.ns(r) + "/vault.yml", sb.toString());
      }
      case "sops_encrypted": {
        String body = e1.toLowerCase() + ": ENC[AES256_GCM,data:" + rnd(r, B64, 20 + r.nextInt(60)) + "=,iv:" + rnd(r, B64, 43) + "=,tag:" + rnd(r, B64, 22) + "==,type:str]\n"
            + e2.toLowerCase() + ": ENC[AES256_GCM,data:" + rnd(r, B64, 40) + ",iv:" + rnd(r, B64, 43) + "=,tag:" + rnd(r, B64, 22) + "==,type:str]\nreplicas: ENC[AES256_GCM,data:"
            + rnd(r, B64, 2) + "==,iv:" + rnd(r, B64, 43) + "=,tag:" + rnd(r, B64, 22) + "==,type:int]\nsops:\n    kms:\n        - arn: arn:aws:kms:eu-west-1:" + accountId(r) + ":key/" + uuid(r)
            + "\n          created_at: \"2026-11-2" + r.nextInt(9) + "T10:12:44Z\"\n          enc: AQICAH" + rnd(r, B64, 160) + "==\n          aws_profile: \"\"\n    lastmodified: \"2026-11-29T10:12:45Z\"\n    mac: ENC[AES256_GCM,data:"
            + rnd(r, B64, 86) + "==,iv:" + rnd(r, B64, 43) + "=,tag:" + rnd(r, B64, 22) + "==,type:str]\n    version: 3.9.1\n";
        return new Doc(g, "yaml", "secrets/" + Blind32Configs.ns(r) + ".enc.yaml", body);
      }
      case "sealed_secret":
        return new Doc(g, "yaml", "k8s/sealed-" + s + ".yaml", "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: " + s + "-secrets\n  namespace: " + Blind32Configs.ns(r)
            + "\nspec:\n  encryptedData:\n    " + e1 + ": AgB" + rnd(r, B64, 680) + "==\n    " + e2 + ": AgC" + rnd(r, B64, 680) + "=\n  template:\n    metadata:\n      name: " + s + "-secrets\n    type: Opaque\n");
      case "kms_ciphertext":
        return new Doc(g, "hcl", "kms.tf", "data \"aws_kms_secrets\" \"db\" {\n  secret {\n    name    = \"master_password\"\n    payload = \"AQICAHh" + rnd(r, B64, 180 + r.nextInt(60))
            + "==\"\n    context = {\n      service = \"" + s + "\"\n    }\n  }\n}\n\nresource \"aws_db_instance\" \"main\" {\n  password = data.aws_kms_secrets.db.plaintext[\"master_password\"]\n}\n");
      case "htpasswd": {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2 + r.nextInt(3); i++) {
          String u = Blind32Secrets.user(r);
          sb.append(r.nextBoolean() ? u + ":$2y$" + pick(r, "05", "10", "12") + "$" + rnd(r, ALNUM + "./", 53) : u + ":$apr1$" + rnd(r, ALNUM, 8) + "$" + rnd(r, ALNUM + "./", 22)).append('\n');
        }
        return new Doc(g, "text", "/etc/nginx/.htpasswd", sb.toString());
      }
      case "pg_scram":
        return new Doc(g, "text", "pgbouncer/userlist.txt", "\"" + Blind32Secrets.user(r) + "\" \"SCRAM-SHA-256$4096:" + rnd(r, B64, 22) + "==$" + rnd(r, B64, 43) + "=:" + rnd(r, B64, 43) + "=\"\n\""
            + Blind32Secrets.user(r) + "\" \"md5" + rnd(r, HEX, 32) + "\"\n");
      case "django_pbkdf2":
        return new Doc(g, "json", "fixtures/users.json", "[\n  {\n    \"model\": \"auth.user\",\n    \"pk\": " + (1 + r.nextInt(40)) + ",\n    \"fields\": {\n      \"username\": \"" + Blind32Secrets.user(r)
            + "\",\n      \"password\": \"pbkdf2_sha256$" + pick(r, "600000", "870000", "720000") + "$" + rnd(r, ALNUM, 22) + "$" + rnd(r, B64, 43) + "=\",\n      \"is_staff\": true\n    }\n  }\n]\n");
      case "image_digests":
        return new Doc(g, "yaml", "k8s/" + s + ".yaml", "spec:\n  template:\n    spec:\n      initContainers:\n        - name: migrate\n          image: ghcr.io/acme/" + s + "-migrate@sha256:" + sha256(r)
            + "\n      containers:\n        - name: " + s + "\n          image: registry.acme.io/" + s + "@sha256:" + sha256(r) + "\n        - name: envoy\n          image: envoyproxy/envoy:v1.31.2@sha256:" + sha256(r) + "\n");
      case "lockfile_integrity":
        return new Doc(g, pick(r, "json"), "package-lock.json (excerpt)", "\"node_modules/" + pick(r, "express", "lodash", "zod", "pino") + "\": {\n  \"version\": \"4." + r.nextInt(20) + "." + r.nextInt(9)
            + "\",\n  \"resolved\": \"https://registry.npmjs.org/x/-/x-4.1.0.tgz\",\n  \"integrity\": \"sha512-" + rnd(r, B64, 86) + "==\"\n},\n\"node_modules/ms\": {\n  \"integrity\": \"sha1-" + rnd(r, B64, 27)
            + "=\"\n}\n# go.sum\ngolang.org/x/crypto v0.31.0 h1:" + rnd(r, B64, 43) + "=\n# Cargo.lock\nchecksum = \"" + sha256(r) + "\"\n");
      case "ssh_public_keys":
        return new Doc(g, "yaml", "cloud-init.yaml", "#cloud-config\nusers:\n  - name: " + Blind32Secrets.user(r) + "\n    groups: sudo\n    shell: /bin/bash\n    ssh_authorized_keys:\n      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI"
            + rnd(r, B64, 43) + " " + Blind32Secrets.user(r) + "@laptop\n      - ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + rnd(r, B64, 500) + "= ops@bastion\npackage_update: true\n");
      case "pem_certificates":
        return new Doc(g, "yaml", "k8s/ca-bundle.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: internal-ca\ndata:\n  ca.crt: |\n    -----BEGIN CERTIFICATE-----\n" + indent(certBody(r, 12), "    ").stripTrailing()
            + "\n    -----END CERTIFICATE-----\n");
      case "jwks_public":
        return new Doc(g, "json", "config/jwks.json", "{\n  \"keys\": [\n    {\n      \"kty\": \"RSA\",\n      \"use\": \"sig\",\n      \"alg\": \"RS256\",\n      \"kid\": \"" + rnd(r, ALNUM, 20)
            + "\",\n      \"n\": \"" + rnd(r, B64URL, 342) + "\",\n      \"e\": \"AQAB\"\n    },\n    {\n      \"kty\": \"EC\",\n      \"crv\": \"P-256\",\n      \"kid\": \"" + uuid(r) + "\",\n      \"x\": \"" + rnd(r, B64URL, 43)
            + "\",\n      \"y\": \"" + rnd(r, B64URL, 43) + "\"\n    }\n  ]\n}\n");
      case "azure_ids":
        return new Doc(g, "hcl", "terraform.tfvars", "tenant_id       = \"" + uuid(r) + "\"\nsubscription_id = \"" + uuid(r) + "\"\nclient_id       = \"" + uuid(r) + "\"\nuse_oidc        = true\nresource_group  = \"rg-" + s
            + "-weu\"\nkey_vault_id    = \"/subscriptions/" + uuid(r) + "/resourceGroups/rg-" + s + "/providers/Microsoft.KeyVault/vaults/kv-" + s + "-" + rnd(r, LOWER + DIGITS, 5) + "\"\n");
      case "aws_arns": {
        String acct = accountId(r);
        return new Doc(g, "json", "iam/policy.json", "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": [\"s3:GetObject\", \"kms:Decrypt\"],\n      \"Resource\": [\n        \"arn:aws:s3:::"
            + s + "-artifacts-" + acct + "/*\",\n        \"arn:aws:kms:eu-west-1:" + acct + ":key/" + uuid(r) + "\"\n      ]\n    },\n    {\n      \"Effect\": \"Allow\",\n      \"Principal\": {\"AWS\": \"arn:aws:iam::" + accountId(r)
            + ":role/github-actions-deploy\"},\n      \"Action\": \"sts:AssumeRole\"\n    }\n  ]\n}\n");
      }
      case "gcp_ids": {
        String proj = pick(r, "acme-prod", "shop-analytics", "infra-core") + "-" + rnd(r, DIGITS, 6);
        return new Doc(g, "hcl", "backend.tf", "terraform {\n  backend \"gcs\" {\n    bucket = \"" + proj + "-tfstate\"\n    prefix = \"" + s + "\"\n  }\n}\n\nprovider \"google\" {\n  project = \"" + proj
            + "\"\n  region  = \"europe-west1\"\n}\n\nlocals {\n  workload_identity_provider = \"projects/" + rnd(r, DIGITS, 12) + "/locations/global/workloadIdentityPools/github/providers/github\"\n  service_account = \"deployer@" + proj
            + ".iam.gserviceaccount.com\"\n}\n");
      }
      case "placeholders":
        return new Doc(g, "dotenv", ".env.example", "# copy to .env and fill in\n" + e1 + "=" + pick(r, "changeme", "<your-token>", "xxxxxxxxxxxxxxxx", "REPLACE_ME", "your-secret-here", "<required>", "")
            + "\n" + e2 + "=" + pick(r, "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<paste key here>", "TODO", "example", "${" + e2 + "}", "***")
            + "\nDATABASE_URL=postgres://user:password@localhost:5432/app\nSLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXX/YYY/ZZZ\n");
      case "dev_defaults":
        return new Doc(g, "yaml", "docker-compose.dev.yml", "# local development only\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: postgres\n      POSTGRES_PASSWORD: "
            + pick(r, "postgres", "example", "password", "changeme", "dev") + "\n  redis:\n    image: redis:7\n  minio:\n    image: minio/minio\n    environment:\n      MINIO_ROOT_USER: minioadmin\n      MINIO_ROOT_PASSWORD: minioadmin\n  keycloak:\n    environment:\n      KEYCLOAK_ADMIN: admin\n      KEYCLOAK_ADMIN_PASSWORD: admin\n");
      case "documented_examples":
        return new Doc(g, pick(r, "ini"), "docs/aws-credentials.example", "# Example from the AWS documentation, not a real key\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"
            + pick(r, "# jwt.io sample token\nsample_jwt = eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c\n",
                "slack_webhook = https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX\n", "region = us-east-1\n"));
      case "b64_nonsecret_config":
        return new Doc(g, "yaml", "k8s/" + s + "-config-secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: " + s + "-conn\ntype: Opaque\ndata:\n  host: " + b64(pick(r, "db.internal", "postgres.prod.svc.cluster.local", "10.0.4.12"))
            + "\n  port: " + b64(pick(r, "5432", "3306", "6379")) + "\n  username: " + b64(Blind32Secrets.user(r)) + "\n  database: " + b64(pick(r, "orders", "app", "billing")) + "\n  sslmode: " + b64("require")
            + "\n  feature-flag: " + b64(pick(r, "true", "false", "enabled")) + "\n");
      case "env_reads":
        return new Doc(g, pick(r, "python"), "settings.py", "import os\n\nDATABASES = {\n    \"default\": {\n        \"ENGINE\": \"django.db.backends.postgresql\",\n        \"PASSWORD\": os.environ[\"" + e1 + "\"],\n        \"HOST\": os.getenv(\"DB_HOST\", \"localhost\"),\n    }\n}\nSECRET_KEY = os.environ.get(\"DJANGO_SECRET_KEY\")\n"
            + e2 + " = os.environ[\"" + e2 + "\"]\n");
      case "dockerfile_secret_mounts":
        return new Doc(g, "dockerfile", "Dockerfile", "# syntax=docker/dockerfile:1.7\nFROM python:3.12-slim AS build\nARG " + e1 + "\nARG PIP_INDEX_URL\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc \\\n    --mount=type=secret,id=" + e2.toLowerCase()
            + ",env=" + e2 + " \\\n    pip install -r requirements.txt\nENV PYTHONUNBUFFERED=1 PORT=8000\nCOPY --from=ghcr.io/astral-sh/uv:0.5." + r.nextInt(9) + " /uv /bin/uv\nUSER 10001\n");
      case "systemd_envfile":
        return new Doc(g, "ini", "/etc/systemd/system/" + s + ".service", "[Service]\nType=simple\nUser=" + s + "\nEnvironmentFile=/etc/" + s + "/env\nEnvironment=PORT=8080 LOG_LEVEL=info GOMAXPROCS=2\nLoadCredential=db-password:/etc/credstore/" + s
            + ".db-password\nExecStart=/usr/local/bin/" + s + " --config /etc/" + s + "/config.toml\n");
      case "nginx_plain":
        return new Doc(g, "nginx", "/etc/nginx/sites-available/" + s, "server {\n    listen 443 ssl http2;\n    server_name " + s + ".acme.io;\n    ssl_certificate     /etc/letsencrypt/live/" + s + ".acme.io/fullchain.pem;\n    ssl_certificate_key /etc/letsencrypt/live/" + s
            + ".acme.io/privkey.pem;\n    auth_basic \"restricted\";\n    auth_basic_user_file /etc/nginx/.htpasswd;\n    location / {\n        proxy_set_header Authorization $http_authorization;\n        proxy_pass http://127.0.0.1:8080;\n    }\n}\n");
      case "argocd_git_shas":
        return new Doc(g, "yaml", "argocd/" + s + ".yaml", "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: " + s + "\nspec:\n  source:\n    repoURL: https://github.com/acme/deploy.git\n    targetRevision: " + rnd(r, HEX, 40)
            + "\n    path: apps/" + s + "\n  destination:\n    namespace: " + Blind32Configs.ns(r) + "\nstatus:\n  sync:\n    revision: " + rnd(r, HEX, 40) + "\n  # pod-template-hash: " + rnd(r, LOWER + DIGITS, 10) + "\n");
      case "cloudformation_refs":
        return new Doc(g, "yaml", "template.yaml", "Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      MasterUsername: !Ref DbUser\n      MasterUserPassword: '{{resolve:secretsmanager:" + s
            + "/db:SecretString:password}}'\n      KmsKeyId: !GetAtt Key.Arn\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Environment:\n        Variables:\n          API_KEY: !Sub '{{resolve:ssm-secure:/" + s + "/api-key:" + (1 + r.nextInt(9)) + "}}'\n          TABLE: !Ref Table\n");
      case "ansible_vault_tag": {
        StringBuilder sb = new StringBuilder(e1.toLowerCase() + ": !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n");
        for (int i = 0; i < 5; i++) {
          sb.append("  ").append(rnd(r, HEX, 80)).append('\n');
        }
        sb.append("db_host: db01.acme.lan\n");
        return new Doc(g, "yaml", "host_vars/app01.yml", sb.toString());
      }
      case "npmrc_env":
        return new Doc(g, "ini", ".npmrc", "@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\nengine-strict=true\nsave-exact=true\n");
      case "docker_config_helpers":
        return new Doc(g, "json", "~/.docker/config.json", "{\n  \"auths\": {\n    \"" + accountId(r) + ".dkr.ecr.eu-west-1.amazonaws.com\": {},\n    \"ghcr.io\": {}\n  },\n  \"credsStore\": \"" + pick(r, "desktop", "osxkeychain", "pass")
            + "\",\n  \"credHelpers\": {\n    \"europe-docker.pkg.dev\": \"gcloud\",\n    \"" + accountId(r) + ".dkr.ecr.us-east-1.amazonaws.com\": \"ecr-login\"\n  }\n}\n");
      case "gitconfig_plain":
        return new Doc(g, "ini", "~/.gitconfig", "[user]\n\tname = " + Blind32Configs.name(r) + "\n\temail = dev" + r.nextInt(99) + "@acme.io\n\tsigningkey = " + rnd(r, "0123456789ABCDEF", 16)
            + "\n[credential]\n\thelper = " + pick(r, "osxkeychain", "manager", "cache --timeout=3600", "store") + "\n[url \"git@github.com:\"]\n\tinsteadOf = https://github.com/\n[commit]\n\tgpgsign = true\n");
      case "spring_placeholders":
        return new Doc(g, "yaml", "application.yml", "spring:\n  datasource:\n    url: jdbc:postgresql://${DB_HOST:localhost}:5432/app\n    username: ${DB_USER}\n    password: ${DB_PASSWORD}\n  mail:\n    password: ${SMTP_PASSWORD:}\napp:\n  jwt:\n    secret: ${JWT_SECRET}\n  stripe:\n    key: ${vault.stripe.key}\n");
      case "log4j_lookups":
        return new Doc(g, "xml", "log4j2.xml", "<Configuration>\n  <Appenders>\n    <SMTP name=\"Mail\" smtpHost=\"${env:SMTP_HOST}\" smtpUsername=\"${env:SMTP_USER}\" smtpPassword=\"${env:SMTP_PASSWORD}\" to=\"ops@acme.io\"/>\n    <JDBC name=\"db\" tableName=\"logs\">\n      <DataSource jndiName=\"java:comp/env/jdbc/Logs\"/>\n    </JDBC>\n  </Appenders>\n</Configuration>\n");
      case "webconfig_integrated":
        return new Doc(g, "xml", "web.config", "<configuration>\n  <connectionStrings>\n    <add name=\"Default\" connectionString=\"Server=tcp:sql-" + s + ".database.windows.net,1433;Database=" + s
            + ";Authentication=Active Directory Managed Identity;Encrypt=True\" />\n    <add name=\"Legacy\" connectionString=\"Data Source=SQL01;Initial Catalog=Orders;Integrated Security=SSPI\" />\n  </connectionStrings>\n</configuration>\n");
      case "crontab_env_creds":
        return new Doc(g, "crontab", "crontab", "SHELL=/bin/bash\nMAILTO=ops@acme.io\n0 2 * * * . /etc/backup.env && curl -fsS -u \"$BACKUP_USER:$BACKUP_PASSWORD\" -T /var/backups/db.sql.gz https://files.acme.io/upload/\n*/5 * * * * curl -fsS -H \"Authorization: Bearer $(cat /run/secrets/api_token)\" https://api.acme.io/heartbeat\n");
      case "checksums_files":
        return new Doc(g, "dockerfile", "Dockerfile", "ARG KUBECTL_VERSION=1.31." + r.nextInt(9) + "\nARG KUBECTL_SHA256=" + sha256(r) + "\nRUN curl -fsSLo /usr/local/bin/kubectl https://dl.k8s.io/release/v${KUBECTL_VERSION}/bin/linux/amd64/kubectl \\\n && echo \"${KUBECTL_SHA256}  /usr/local/bin/kubectl\" | sha256sum -c -\n# helm "
            + sha256(r) + "\nENV TINI_SHA1=" + rnd(r, HEX, 40) + "\n");
      case "terraform_state_meta":
        return new Doc(g, "json", "terraform.tfstate (excerpt)", "{\n  \"version\": 4,\n  \"terraform_version\": \"1.9." + r.nextInt(9) + "\",\n  \"serial\": " + r.nextInt(400) + ",\n  \"lineage\": \"" + uuid(r)
            + "\",\n  \"resources\": [\n    {\n      \"type\": \"aws_s3_bucket\",\n      \"name\": \"logs\",\n      \"instances\": [{ \"attributes\": { \"id\": \"acme-logs-" + rnd(r, LOWER + DIGITS, 8) + "\", \"etag\": \"" + rnd(r, HEX, 32)
            + "\", \"hosted_zone_id\": \"Z" + rnd(r, UPPER + DIGITS, 13) + "\" } }]\n    }\n  ]\n}\n");
      case "fly_netlify_toml":
        return new Doc(g, "toml", r.nextBoolean() ? "fly.toml" : "netlify.toml", "app = \"" + s + "-" + rnd(r, LOWER, 4) + "\"\nprimary_region = \"fra\"\n\n[build]\n  command = \"npm run build\"\n  publish = \"dist\"\n\n[env]\n  NODE_ENV = \"production\"\n  PUBLIC_API_URL = \"https://api.acme.io\"\n\n[[services]]\n  internal_port = 8080\n  protocol = \"tcp\"\n");
      case "data_uri_config":
        return new Doc(g, "json", "manifest.json", "{\n  \"name\": \"" + s + "\",\n  \"theme_color\": \"#1e293b\",\n  \"icons\": [\n    { \"src\": \"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA" + rnd(r, B64, 200)
            + "AAAAAElFTkSuQmCC\", \"sizes\": \"16x16\" }\n  ]\n}\n");
      case "tfvars_plain":
        return new Doc(g, "hcl", "prod.auto.tfvars", "cluster_name   = \"" + s + "-" + Blind32Configs.ns(r) + "\"\nnode_count     = " + (2 + r.nextInt(8)) + "\nmachine_type   = \"e2-standard-4\"\nkms_key_name   = \"projects/acme/locations/europe/keyRings/main/cryptoKeys/tfstate\"\nami_id         = \"ami-0"
            + rnd(r, HEX, 16) + "\"\nvpc_id         = \"vpc-0" + rnd(r, HEX, 16) + "\"\nsubnet_ids     = [\"subnet-0" + rnd(r, HEX, 16) + "\", \"subnet-0" + rnd(r, HEX, 16) + "\"]\nsecurity_group = \"sg-0" + rnd(r, HEX, 16) + "\"\n");
      case "sops_age_recipients": {
        byte[] k = new byte[32];
        r.nextBytes(k);
        String recip = bech32("age", k);
        return new Doc(g, "yaml", ".sops.yaml", "creation_rules:\n  - path_regex: secrets/prod/.*\\.yaml$\n    encrypted_regex: ^(data|stringData)$\n    age: " + recip + "\n  - path_regex: secrets/dev/.*\n    kms: arn:aws:kms:eu-west-1:" + accountId(r)
            + ":key/" + uuid(r) + "\n    pgp: " + rnd(r, "0123456789ABCDEF", 40) + "\n");
      }
      case "pypirc_keyring":
        return new Doc(g, "ini", "~/.pypirc", "[distutils]\nindex-servers =\n    pypi\n    internal\n\n[pypi]\nusername = __token__\n# password comes from keyring: keyring set https://upload.pypi.org/legacy/ __token__\n\n[internal]\nrepository = https://pypi.acme.io/simple/\nusername = " + Blind32Secrets.user(r) + "\n");
      default:
        throw new IllegalArgumentException(g);
    }
  }
}
