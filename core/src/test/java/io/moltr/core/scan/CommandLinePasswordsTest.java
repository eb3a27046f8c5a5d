package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Passwords given to tools as arguments, as they stand in agents' shell transcripts, each next to
 * the same command with a prompt flag, a variable or a documentation stand-in; also Teams webhooks,
 * secret names that end in admin/write/server/deploy key, and passwords under short names
 * (DB_PASS, ADMIN_PW).
 */
class CommandLinePasswordsTest {
  private final OutputScanner scanner = Fixtures.scanner();

  @ParameterizedTest(name = "{1} {2}: {0}")
  @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
      $ mysql -h db.internal -u root -pXq9vL2mKp7zW shop                        ~ cli-password-flag   ~ attached -p
      $ mysql -u root -p shop                                                   ~                     ~ -p then a database: a prompt
      $ mysql -uroot -p${DB_PASS} shop                                          ~                     ~ a variable
      $ mysqldump -u root -pYOUR_PASSWORD dbname > dump.sql                     ~                     ~ a placeholder
      $ sshpass -p 'Xq9vL2mKp7zW' ssh deploy@10.0.0.5                           ~ cli-password-flag   ~ sshpass -p
      $ sshpass -e ssh deploy@host                                              ~                     ~ sshpass from the environment
      $ redis-cli -h cache.internal -a Xq9!vL2mKp7z ping                        ~ cli-password-flag   ~ redis-cli -a
      $ redis-cli -a "$REDIS_PASSWORD" ping                                     ~                     ~ redis-cli with a variable
      $ mongosh "mongodb://db.internal:27017" -u admin -p Xq9vL2mKp7zW          ~ cli-password-flag   ~ mongosh -p
      $ docker login -u ci -p Xq9vL2mKp7zW registry.internal                    ~ cli-password-flag   ~ docker login -p
      $ docker login -u ci --password-stdin registry.internal                   ~                     ~ docker login from stdin
      $ ldapsearch -x -D "cn=admin,dc=corp" -w Xq9vL2mKp7zW -b dc=corp          ~ cli-password-flag   ~ ldapsearch -w
      $ ldapsearch -x -D "cn=admin" -W -b dc=corp                               ~                     ~ ldapsearch -W prompts
      $ az login --service-principal -u app -p Xq9vL2mKp7zW --tenant corp       ~ cli-password-flag   ~ az login -p
      $ keytool -importkeystore -srckeystore a.p12 -srcstorepass Xq9vL2mKp7zW  ~ cli-password-flag   ~ keytool -srcstorepass
      $ keytool -list -keystore cacerts -storepass changeit                     ~                     ~ the JDK's default store password
      $ openssl pkcs12 -export -in c.pem -out c.p12 -passout pass:Xq9vL2mKp7zW  ~ cli-password-flag   ~ openssl pass:
      $ openssl enc -aes-256-cbc -in a -out b -pass env:FILE_PASS               ~                     ~ openssl env:
      $ smbclient //fs/share -U alice%Xq9vL2mKp7zW                              ~ cli-password-flag   ~ smbclient user%pass
      $ rabbitmqctl add_user app Xq9vL2mKp7zW                                   ~ cli-password-flag   ~ rabbitmqctl add_user
      $ htpasswd -b -c /etc/nginx/.htpasswd admin Xq9vL2mKp7zW                  ~ cli-password-flag   ~ htpasswd -b
      $ htpasswd -B /etc/nginx/.htpasswd admin                                  ~                     ~ htpasswd prompts
      $ curl -u admin:Xq9vL2mKp7zW https://jenkins.internal/api/json            ~ curl-user-password  ~ curl -u
      $ curl -u "$USER:$TOKEN" https://api.internal                             ~                     ~ curl -u with variables
      $ curl -u user:pass https://httpbin.org/basic-auth/user/pass              ~                     ~ httpbin's stand-in
      $ curl -u admin:password https://localhost:9200                           ~                     ~ a word for the password
      $ echo 'Xq9vL2mKp7zW' | sudo -S apt-get update                            ~ sudo-stdin-password ~ echo pass into sudo -S
      $ echo $PASS | sudo -S apt-get update                                     ~                     ~ a variable into sudo -S
      The mysql client reads -ppassword with no space                           ~                     ~ prose about the flag
      TEAMS_WEBHOOK=https://contoso.webhook.office.com/webhookb2/7b1f2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d@72f988bf-86f1-41af-91ab-2d7cd011db47/IncomingWebhook/9f8e7d6c5b4a39281706f5e4d3c2b1a0/4a3b2c1d-0e9f-8a7b-6c5d-4e3f2a1b0c9d ~ teams-webhook ~ a Teams webhook
      https://contoso.webhook.office.com/webhookb2/<group-id>@<tenant-id>/IncomingWebhook/<id>/<owner> ~ ~ the documented shape
      ALGOLIA_ADMIN_KEY=b7e3f1a9c5d2e8f4a6b0c3d7e1f5a9b2                         ~ generic-secret-assignment ~ an admin key
      {"segment_write_key": "k8Jd9QpLm2Rt5Vw7Xy1Za3Bc4De6Fg0H"}                  ~ generic-secret-assignment ~ a write key
      def write_key(f, key): f.write(key.encode())                              ~                     ~ a function named write_key
      server_key = load_key(path)                                               ~                     ~ code reading a key
      """)
  void reportsThePasswordNotTheStandIn(String text, String rule, String why) {
    ScanReport r = scanner.scan(text);
    if (rule == null) {
      assertThat(r.clean()).as(why + " " + r.findings()).isTrue();
    } else {
      assertThat(r.findings()).as(why).extracting(Finding::ruleId).contains(rule);
    }
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
      SMTP_PASS=Xq9vL2mKp7zWr4                      ~ true  ~ _PASS
      "db_pass": "Xq9vL2mKp7zWr4"                   ~ true  ~ _pass in JSON
      ADMIN_PW=Xq9vL2mKp7zWr4                       ~ true  ~ _PW
      pass = "Xq9vL2mKp7zWr4"                       ~ true  ~ pass alone
      bypass=Xq9vL2mKp7zWr4                         ~ false ~ pass inside a word
      DB_PASS_FILE=/run/secrets/db_pass             ~ false ~ more name after PASS: a path
      DB_PASS=${DB_PASS}                            ~ false ~ a variable
      "    except KeyError:\n        pass\n    compass_heading = 270" ~ false ~ Python's pass statement
      upward = 12345678                             ~ false ~ pw inside a word
      $pass = '-anonymous@'                         ~ false ~ the anonymous FTP password (Perl's Net::FTP)
      """)
  void shortPasswordNames(String text, boolean leak, String why) {
    ScanReport r = scanner.scan(text.replace("\\n", "\n"));
    assertThat(!r.clean()).as(why + " " + r.findings()).isEqualTo(leak);
  }
}
