package io.moltr.core.scan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.zip.CRC32;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Fake credentials for the eighth blind corpus, generated from a seeded Random in the
 * providers' documented shapes, with their check digits where a format has one. Written before
 * reading the scanner or the earlier blind corpora.
 */
final class Blind8Secrets {

    /**
     * One generated credential. {@code value} is the bare secret; {@code line} is how it shows up
     * in a file or answer (label and value, or a whole block); {@code selfNamed} says the bare
     * value names its own kind (a prefix or a fixed structure), so it may travel encoded alone.
     */
    record Secret(String kind, String family, String value, String line, boolean selfNamed) {}

    record Kind(String id, String family, Function<Random, Secret> make) {}

    static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    static final String DIGITS = "0123456789";
    static final String ALNUM = UPPER + LOWER + DIGITS;
    static final String B62 = DIGITS + UPPER + LOWER;
    static final String URLSAFE = ALNUM + "-_";
    static final String HEX = "0123456789abcdef";
    static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    static final String B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private Blind8Secrets() {}

    // ---------------------------------------------------------------- small helpers

    static String pick(Random r, String alphabet, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        return sb.toString();
    }

    /** Random text that mixes upper, lower and digits, as real keys do (never all one class). */
    static String mixed(Random r, String alphabet, int n) {
        while (true) {
            String s = pick(r, alphabet, n);
            if (n < 8) return s;
            boolean up = false, lo = false, di = false;
            for (char c : s.toCharArray()) {
                up |= Character.isUpperCase(c);
                lo |= Character.isLowerCase(c);
                di |= Character.isDigit(c);
            }
            boolean needUp = alphabet.chars().anyMatch(Character::isUpperCase);
            boolean needLo = alphabet.chars().anyMatch(Character::isLowerCase);
            boolean needDi = alphabet.chars().anyMatch(Character::isDigit);
            if ((up || !needUp) && (lo || !needLo) && (di || !needDi)) return s;
        }
    }

    static <T> T one(Random r, List<T> xs) {
        return xs.get(r.nextInt(xs.size()));
    }

    @SafeVarargs
    static <T> T one(Random r, T... xs) {
        return xs[r.nextInt(xs.length)];
    }

    static byte[] bytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    static String b64url(byte[] b) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String wrap(String s, int width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i += width) {
            sb.append(s, i, Math.min(s.length(), i + width)).append('\n');
        }
        return sb.toString();
    }

    static String digits(Random r, int n) {
        return pick(r, DIGITS, n);
    }

    static String nonZeroDigits(Random r, int n) {
        return (char) ('1' + r.nextInt(9)) + digits(r, n - 1);
    }

    // ---------------------------------------------------------------- check digits

    static String base62(long v, int width) {
        StringBuilder sb = new StringBuilder();
        while (v > 0) {
            sb.append(B62.charAt((int) (v % 62)));
            v /= 62;
        }
        while (sb.length() < width) sb.append('0');
        return sb.reverse().toString();
    }

    /** GitHub (and npm) token checksum: CRC32 of the random part, base62, six characters. */
    static String crc32Base62(String body) {
        CRC32 c = new CRC32();
        c.update(body.getBytes(StandardCharsets.US_ASCII));
        return base62(c.getValue(), 6);
    }

    static String checksummedToken(Random r, String prefix) {
        String body = mixed(r, ALNUM, 30);
        return prefix + body + crc32Base62(body);
    }

    static boolean luhnValid(String digits) {
        int sum = 0;
        boolean dbl = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    static String luhnComplete(String partial) {
        for (int d = 0; d < 10; d++) {
            if (luhnValid(partial + d)) return partial + d;
        }
        throw new IllegalStateException();
    }

    static int mod97(String s) {
        StringBuilder num = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (Character.isLetter(c)) num.append(c - 'A' + 10);
            else num.append(c);
        }
        return new BigInteger(num.toString()).mod(BigInteger.valueOf(97)).intValue();
    }

    static boolean ibanValid(String iban) {
        String s = iban.replace(" ", "");
        return mod97(s.substring(4) + s.substring(0, 4)) == 1;
    }

    static String iban(String country, String bban) {
        int check = 98 - mod97(bban + country + "00");
        return country + String.format("%02d", check) + bban;
    }

    static String base58(byte[] in) {
        BigInteger v = new BigInteger(1, in);
        StringBuilder sb = new StringBuilder();
        BigInteger b58 = BigInteger.valueOf(58);
        while (v.signum() > 0) {
            BigInteger[] qr = v.divideAndRemainder(b58);
            sb.append(B58.charAt(qr[1].intValue()));
            v = qr[0];
        }
        for (byte b : in) {
            if (b != 0) break;
            sb.append('1');
        }
        return sb.reverse().toString();
    }

    static byte[] base58Decode(String s) {
        BigInteger v = BigInteger.ZERO;
        for (char c : s.toCharArray()) v = v.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(B58.indexOf(c)));
        byte[] raw = v.toByteArray();
        int lead = 0;
        while (lead < s.length() && s.charAt(lead) == '1') lead++;
        int strip = raw.length > 1 && raw[0] == 0 ? 1 : 0;
        byte[] out = new byte[lead + raw.length - strip];
        System.arraycopy(raw, strip, out, lead, raw.length - strip);
        return out;
    }

    static String base58check(byte[] payload) {
        byte[] check = sha256(sha256(payload));
        byte[] all = new byte[payload.length + 4];
        System.arraycopy(payload, 0, all, 0, payload.length);
        System.arraycopy(check, 0, all, payload.length, 4);
        return base58(all);
    }

    static boolean base58checkValid(String s) {
        byte[] all = base58Decode(s);
        if (all.length < 5) return false;
        byte[] payload = java.util.Arrays.copyOf(all, all.length - 4);
        byte[] check = sha256(sha256(payload));
        for (int i = 0; i < 4; i++) if (check[i] != all[payload.length + i]) return false;
        return true;
    }

    private static int bech32Polymod(int[] values) {
        int[] gen = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
        int chk = 1;
        for (int v : values) {
            int b = chk >>> 25;
            chk = ((chk & 0x1ffffff) << 5) ^ v;
            for (int i = 0; i < 5; i++) if (((b >>> i) & 1) == 1) chk ^= gen[i];
        }
        return chk;
    }

    private static int[] hrpExpand(String hrp) {
        int[] out = new int[hrp.length() * 2 + 1];
        for (int i = 0; i < hrp.length(); i++) {
            out[i] = hrp.charAt(i) >> 5;
            out[i + hrp.length() + 1] = hrp.charAt(i) & 31;
        }
        return out;
    }

    static String bech32(String hrp, byte[] data) {
        List<Integer> five = new ArrayList<>();
        int acc = 0, bits = 0;
        for (byte b : data) {
            acc = (acc << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                five.add((acc >> bits) & 31);
            }
        }
        if (bits > 0) five.add((acc << (5 - bits)) & 31);
        int[] hx = hrpExpand(hrp);
        int[] values = new int[hx.length + five.size() + 6];
        System.arraycopy(hx, 0, values, 0, hx.length);
        for (int i = 0; i < five.size(); i++) values[hx.length + i] = five.get(i);
        int mod = bech32Polymod(values) ^ 1;
        StringBuilder sb = new StringBuilder(hrp).append('1');
        for (int v : five) sb.append(BECH32.charAt(v));
        for (int i = 0; i < 6; i++) sb.append(BECH32.charAt((mod >> (5 * (5 - i))) & 31));
        return sb.toString();
    }

    static boolean bech32Valid(String s) {
        String low = s.toLowerCase();
        int sep = low.lastIndexOf('1');
        String hrp = low.substring(0, sep);
        int[] hx = hrpExpand(hrp);
        String data = low.substring(sep + 1);
        int[] values = new int[hx.length + data.length()];
        System.arraycopy(hx, 0, values, 0, hx.length);
        for (int i = 0; i < data.length(); i++) values[hx.length + i] = BECH32.indexOf(data.charAt(i));
        return bech32Polymod(values) == 1;
    }

    // ---------------------------------------------------------------- BIP39

    private static List<String> words;

    /** The standard English BIP39 list, read from the product's resource (data, not logic). */
    static synchronized List<String> bip39() {
        if (words == null) {
            try (InputStream in = Blind8Secrets.class.getResourceAsStream("/io/moltr/core/scan/bip39-english.txt")) {
                String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                List<String> w = new ArrayList<>();
                for (String line : all.split("\n")) if (!line.isBlank()) w.add(line.trim());
                words = List.copyOf(w);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return words;
    }

    static String mnemonic(byte[] entropy) {
        byte[] h = sha256(entropy);
        int csBits = entropy.length * 8 / 32;
        StringBuilder bits = new StringBuilder();
        for (byte b : entropy) bits.append(String.format("%8s", Integer.toBinaryString(b & 0xff)).replace(' ', '0'));
        bits.append(String.format("%8s", Integer.toBinaryString(h[0] & 0xff)).replace(' ', '0'), 0, csBits);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < bits.length(); i += 11) out.add(bip39().get(Integer.parseInt(bits.substring(i, i + 11), 2)));
        return String.join(" ", out);
    }

    static boolean mnemonicValid(String phrase) {
        String[] ws = phrase.trim().split("\\s+");
        StringBuilder bits = new StringBuilder();
        for (String w : ws) {
            int i = bip39().indexOf(w);
            if (i < 0) return false;
            bits.append(String.format("%11s", Integer.toBinaryString(i)).replace(' ', '0'));
        }
        int csBits = ws.length * 11 / 33;
        int entBits = bits.length() - csBits;
        byte[] ent = new byte[entBits / 8];
        for (int i = 0; i < ent.length; i++) ent[i] = (byte) Integer.parseInt(bits.substring(i * 8, i * 8 + 8), 2);
        String want = String.format("%8s", Integer.toBinaryString(sha256(ent)[0] & 0xff)).replace(' ', '0').substring(0, csBits);
        return want.equals(bits.substring(entBits));
    }

    // ---------------------------------------------------------------- structured values

    static String jwt(Random r, String claimsJson) {
        String header = b64url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64url(claimsJson.getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(bytes(r, 32), "HmacSHA256"));
            byte[] sig = mac.doFinal((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + b64url(sig);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String userClaims(Random r) {
        long iat = 1_760_000_000L + r.nextInt(20_000_000);
        return "{\"sub\":\"" + digits(r, 8) + "\",\"name\":\"" + one(r, "Ana Ruiz", "Jon Berg", "Mei Tan", "Priya Nair")
                + "\",\"scope\":\"" + one(r, "read write", "admin", "orders:read billing:write") + "\",\"iat\":" + iat
                + ",\"exp\":" + (iat + 3600) + "}";
    }

    static String pem(Random r, String label, String derPrefixB64, int bodyBytes) {
        String body = derPrefixB64 + b64(bytes(r, bodyBytes));
        return "-----BEGIN " + label + "-----\n" + wrap(body, 64) + "-----END " + label + "-----";
    }

    static String rsaPem(Random r) {
        return pem(r, "RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA", 1170);
    }

    static String pkcs8Pem(Random r) {
        return pem(r, "PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 1180);
    }

    static String ecPem(Random r) {
        return pem(r, "EC PRIVATE KEY", "MHcCAQEEI", 110);
    }

    static String opensshKey(Random r) {
        byte[] head = "openssh-key-v1\0\0\0\0\4none\0\0\0\4none\0\0\0\0\0\0\0\1\0\0\0\u0033\0\0\0\u000bssh-ed25519"
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = bytes(r, 330);
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + wrap(b64(all), 70) + "-----END OPENSSH PRIVATE KEY-----";
    }

    static int crc24(byte[] data) {
        int crc = 0xB704CE;
        for (byte b : data) {
            crc ^= (b & 0xff) << 16;
            for (int i = 0; i < 8; i++) {
                crc <<= 1;
                if ((crc & 0x1000000) != 0) crc ^= 0x1864CFB;
            }
        }
        return crc & 0xFFFFFF;
    }

    static String pgpPrivate(Random r) {
        byte[] body = bytes(r, 900);
        body[0] = (byte) 0x95; // old-format secret-key packet tag
        byte[] c = {(byte) (crc24(body) >> 16), (byte) (crc24(body) >> 8), (byte) crc24(body)};
        return "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + wrap(b64(body), 64) + "=" + b64(c)
                + "\n-----END PGP PRIVATE KEY BLOCK-----";
    }

    static String puttyKey(Random r) {
        String pub = b64(bytes(r, 51));
        String priv = b64(bytes(r, 36));
        return "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: " + one(r, "deploy@ci", "eddsa-key-20250114", "ops-jump")
                + "\nPublic-Lines: 2\n" + wrap(pub, 64) + "Private-Lines: 1\n" + priv + "\nPrivate-MAC: " + pick(r, HEX, 64);
    }

    static String ageKey(Random r) {
        return bech32("age-secret-key-", bytes(r, 32)).toUpperCase();
    }

    static String password(Random r) {
        String w1 = one(r, "Tango", "Harbor", "Violet", "Quartz", "Falcon", "Maple", "Nimbus", "Cobalt", "Juniper", "Orbit");
        String w2 = one(r, "river", "stone", "lamp", "orchid", "piano", "ember", "glacier", "meadow");
        return w1 + one(r, "!", "#", "$", "%", "&", "*", "@") + w2 + digits(r, 2 + r.nextInt(3)) + one(r, "", "?", "^", "X", "q");
    }

    static String host(Random r) {
        return one(r, "db-prod-1.internal", "orders.cluster-c9xk.eu-west-1.rds.amazonaws.com", "10.20.4.17", "pg.acme-corp.net",
                "mysql.billing.svc.cluster.local", "warehouse.int.example.org");
    }

    static String user(Random r) {
        return one(r, "app", "svc_orders", "admin", "deploy", "analytics_rw", "root", "billing");
    }

    // ---------------------------------------------------------------- the kinds

    private static Secret s(String kind, String family, String value, String line, boolean self) {
        return new Secret(kind, family, value, line, self);
    }

    static final List<Kind> KINDS = List.of(
        new Kind("aws-access-key", "cloud", r -> {
            String id = one(r, "AKIA", "ASIA") + pick(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16);
            String secret = mixed(r, ALNUM + "/+", 40);
            return s("aws-access-key", "cloud", secret,
                    "aws_access_key_id = " + id + "\naws_secret_access_key = " + secret, false);
        }),
        new Kind("aws-secret-env", "cloud", r -> {
            String secret = mixed(r, ALNUM + "/+", 40);
            return s("aws-secret-env", "cloud", secret, "AWS_SECRET_ACCESS_KEY=" + secret, false);
        }),
        new Kind("gcp-api-key", "cloud", r -> {
            String v = "AIza" + mixed(r, URLSAFE, 35);
            return s("gcp-api-key", "cloud", v, "GOOGLE_API_KEY=" + v, true);
        }),
        new Kind("google-oauth-secret", "cloud", r -> {
            String v = "GOCSPX-" + mixed(r, URLSAFE, 28);
            return s("google-oauth-secret", "cloud", v, "\"client_secret\": \"" + v + "\"", true);
        }),
        new Kind("gcp-service-account", "cloud", r -> {
            String key = pkcs8Pem(r);
            String proj = one(r, "acme-prod", "orders-staging-4821", "ml-pipeline-77");
            String json = "{\n  \"type\": \"service_account\",\n  \"project_id\": \"" + proj + "\",\n  \"private_key_id\": \""
                    + pick(r, HEX, 40) + "\",\n  \"private_key\": \"" + key.replace("\n", "\\n") + "\\n\",\n  \"client_email\": \"deployer@"
                    + proj + ".iam.gserviceaccount.com\",\n  \"client_id\": \"" + digits(r, 21) + "\",\n  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}";
            return s("gcp-service-account", "cloud", key, json, true);
        }),
        new Kind("azure-storage-conn", "cloud", r -> {
            String k = b64(bytes(r, 64));
            String acct = one(r, "acmeprodstore", "ordersblob01", "mllogs");
            String v = "DefaultEndpointsProtocol=https;AccountName=" + acct + ";AccountKey=" + k + ";EndpointSuffix=core.windows.net";
            return s("azure-storage-conn", "cloud", v, "AZURE_STORAGE_CONNECTION_STRING=\"" + v + "\"", true);
        }),
        new Kind("azure-sas", "cloud", r -> {
            String sig = b64(bytes(r, 32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D");
            String v = "https://" + one(r, "acmeprodstore", "mllogs") + ".blob.core.windows.net/backups/db.bak?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T23:59:59Z&st=2026-01-01T00:00:00Z&spr=https&sig=" + sig;
            return s("azure-sas", "cloud", v, v, true);
        }),
        new Kind("digitalocean", "cloud", r -> {
            String v = "dop_v1_" + pick(r, HEX, 64);
            return s("digitalocean", "cloud", v, "DIGITALOCEAN_TOKEN=" + v, true);
        }),
        new Kind("heroku", "cloud", r -> {
            String v = java.util.UUID.nameUUIDFromBytes(bytes(r, 16)).toString();
            return s("heroku", "cloud", v, "HEROKU_API_KEY=" + v, false);
        }),
        new Kind("databricks", "cloud", r -> {
            String v = "dapi" + pick(r, HEX, 32);
            return s("databricks", "cloud", v, "DATABRICKS_TOKEN=" + v, true);
        }),
        new Kind("cloudflare", "cloud", r -> {
            String v = mixed(r, URLSAFE, 40);
            return s("cloudflare", "cloud", v, "CLOUDFLARE_API_TOKEN=" + v, false);
        }),
        new Kind("flyio", "cloud", r -> {
            String v = "FlyV1 fm2_" + mixed(r, ALNUM + "+/", 180) + "=";
            return s("flyio", "cloud", v, "FLY_API_TOKEN=\"" + v + "\"", true);
        }),
        new Kind("vercel", "cloud", r -> {
            String v = mixed(r, ALNUM, 24);
            return s("vercel", "cloud", v, "VERCEL_TOKEN=" + v, false);
        }),
        new Kind("netlify", "cloud", r -> {
            String v = "nfp_" + mixed(r, ALNUM, 36);
            return s("netlify", "cloud", v, "NETLIFY_AUTH_TOKEN=" + v, true);
        }),
        new Kind("github-pat", "vcs", r -> {
            String v = checksummedToken(r, "ghp_");
            return s("github-pat", "vcs", v, "GITHUB_TOKEN=" + v, true);
        }),
        new Kind("github-oauth", "vcs", r -> {
            String v = checksummedToken(r, one(r, "gho_", "ghu_", "ghs_", "ghr_"));
            return s("github-oauth", "vcs", v, "token: " + v, true);
        }),
        new Kind("github-fine", "vcs", r -> {
            String v = "github_pat_11" + pick(r, UPPER + DIGITS, 20) + "_" + mixed(r, ALNUM, 59);
            return s("github-fine", "vcs", v, "GH_TOKEN=" + v, true);
        }),
        new Kind("gitlab", "vcs", r -> {
            String v = one(r, "glpat-", "gldt-", "glrt-") + mixed(r, URLSAFE, 20);
            return s("gitlab", "vcs", v, "GITLAB_TOKEN=" + v, true);
        }),
        new Kind("npm", "vcs", r -> {
            String v = checksummedToken(r, "npm_");
            return s("npm", "vcs", v, "//registry.npmjs.org/:_authToken=" + v, true);
        }),
        new Kind("pypi", "vcs", r -> {
            String v = "pypi-AgEIcHlwaS5vcmc" + mixed(r, URLSAFE, 120);
            return s("pypi", "vcs", v, "[pypi]\n  username = __token__\n  password = " + v, true);
        }),
        new Kind("stripe", "payment", r -> {
            String v = one(r, "sk_live_", "rk_live_") + mixed(r, ALNUM, one(r, 24, 99));
            return s("stripe", "payment", v, "STRIPE_SECRET_KEY=" + v, true);
        }),
        new Kind("stripe-webhook", "payment", r -> {
            String v = "whsec_" + mixed(r, ALNUM, 32);
            return s("stripe-webhook", "payment", v, "STRIPE_WEBHOOK_SECRET=" + v, true);
        }),
        new Kind("shopify", "payment", r -> {
            String v = one(r, "shpat_", "shpss_", "shpca_") + pick(r, HEX, 32);
            return s("shopify", "payment", v, "SHOPIFY_ACCESS_TOKEN=" + v, true);
        }),
        new Kind("slack-bot", "chat", r -> {
            String v = "xoxb-" + nonZeroDigits(r, 11) + "-" + nonZeroDigits(r, 13) + "-" + mixed(r, ALNUM, 24);
            return s("slack-bot", "chat", v, "SLACK_BOT_TOKEN=" + v, true);
        }),
        new Kind("slack-user", "chat", r -> {
            String v = "xoxp-" + nonZeroDigits(r, 11) + "-" + nonZeroDigits(r, 12) + "-" + nonZeroDigits(r, 13) + "-" + pick(r, HEX, 32);
            return s("slack-user", "chat", v, "slack_token: " + v, true);
        }),
        new Kind("slack-webhook", "chat", r -> {
            String v = "https://hooks.slack.com/services/T" + pick(r, UPPER + DIGITS, 10) + "/B" + pick(r, UPPER + DIGITS, 10) + "/" + mixed(r, ALNUM, 24);
            return s("slack-webhook", "chat", v, "SLACK_WEBHOOK_URL=" + v, true);
        }),
        new Kind("discord-bot", "chat", r -> {
            String id = nonZeroDigits(r, 18);
            String v = b64url(id.getBytes(StandardCharsets.US_ASCII)) + "." + mixed(r, URLSAFE, 6) + "." + mixed(r, URLSAFE, 38);
            return s("discord-bot", "chat", v, "DISCORD_BOT_TOKEN=" + v, true);
        }),
        new Kind("discord-webhook", "chat", r -> {
            String v = "https://discord.com/api/webhooks/" + nonZeroDigits(r, 19) + "/" + mixed(r, URLSAFE, 68);
            return s("discord-webhook", "chat", v, "webhook_url = \"" + v + "\"", true);
        }),
        new Kind("telegram-bot", "chat", r -> {
            String v = nonZeroDigits(r, 10) + ":AA" + mixed(r, URLSAFE, 33);
            return s("telegram-bot", "chat", v, "TELEGRAM_BOT_TOKEN=" + v, true);
        }),
        new Kind("twilio", "chat", r -> {
            String sid = "AC" + pick(r, HEX, 32);
            String tok = pick(r, HEX, 32);
            return s("twilio", "chat", tok, "TWILIO_ACCOUNT_SID=" + sid + "\nTWILIO_AUTH_TOKEN=" + tok, false);
        }),
        new Kind("sendgrid", "chat", r -> {
            String v = "SG." + mixed(r, URLSAFE, 22) + "." + mixed(r, URLSAFE, 43);
            return s("sendgrid", "chat", v, "SENDGRID_API_KEY=" + v, true);
        }),
        new Kind("mailgun", "chat", r -> {
            String v = "key-" + pick(r, HEX, 32);
            return s("mailgun", "chat", v, "MAILGUN_API_KEY=" + v, true);
        }),
        new Kind("mailchimp", "chat", r -> {
            String v = pick(r, HEX, 32) + "-us" + (1 + r.nextInt(21));
            return s("mailchimp", "chat", v, "MAILCHIMP_API_KEY=" + v, true);
        }),
        new Kind("openai", "ai", r -> {
            String v = r.nextBoolean()
                    ? "sk-proj-" + mixed(r, URLSAFE, 74) + "T3BlbkFJ" + mixed(r, URLSAFE, 74)
                    : "sk-" + mixed(r, ALNUM, 20) + "T3BlbkFJ" + mixed(r, ALNUM, 20);
            return s("openai", "ai", v, "OPENAI_API_KEY=" + v, true);
        }),
        new Kind("anthropic", "ai", r -> {
            String v = "sk-ant-api03-" + mixed(r, URLSAFE, 93) + "AA";
            return s("anthropic", "ai", v, "ANTHROPIC_API_KEY=" + v, true);
        }),
        new Kind("huggingface", "ai", r -> {
            String v = "hf_" + mixed(r, UPPER + LOWER, 34);
            return s("huggingface", "ai", v, "HF_TOKEN=" + v, true);
        }),
        new Kind("groq", "ai", r -> {
            String v = "gsk_" + mixed(r, ALNUM, 52);
            return s("groq", "ai", v, "GROQ_API_KEY=" + v, true);
        }),
        new Kind("openrouter", "ai", r -> {
            String v = "sk-or-v1-" + pick(r, HEX, 64);
            return s("openrouter", "ai", v, "OPENROUTER_API_KEY=" + v, true);
        }),
        new Kind("datadog", "saas", r -> {
            String v = pick(r, HEX, 32);
            return s("datadog", "saas", v, "DD_API_KEY=" + v, false);
        }),
        new Kind("newrelic", "saas", r -> {
            String v = "NRAK-" + pick(r, UPPER + DIGITS, 27);
            return s("newrelic", "saas", v, "NEW_RELIC_API_KEY=" + v, true);
        }),
        new Kind("sentry-dsn", "saas", r -> {
            String v = "https://" + pick(r, HEX, 32) + ":" + pick(r, HEX, 32) + "@o" + digits(r, 6) + ".ingest.sentry.io/" + nonZeroDigits(r, 7);
            return s("sentry-dsn", "saas", v, "SENTRY_DSN=" + v, true);
        }),
        new Kind("linear", "saas", r -> {
            String v = "lin_api_" + mixed(r, ALNUM, 40);
            return s("linear", "saas", v, "LINEAR_API_KEY=" + v, true);
        }),
        new Kind("notion", "saas", r -> {
            String v = r.nextBoolean() ? "secret_" + mixed(r, ALNUM, 43) : "ntn_" + digits(r, 11) + mixed(r, ALNUM, 35);
            return s("notion", "saas", v, "NOTION_TOKEN=" + v, true);
        }),
        new Kind("atlassian", "saas", r -> {
            String v = "ATATT3xFfGF0" + mixed(r, URLSAFE, 170) + "=" + pick(r, "0123456789ABCDEF", 8);
            return s("atlassian", "saas", v, "JIRA_API_TOKEN=" + v, true);
        }),
        new Kind("doppler", "saas", r -> {
            String v = "dp.st." + one(r, "prd", "dev", "stg") + "." + mixed(r, ALNUM, 40);
            return s("doppler", "saas", v, "DOPPLER_TOKEN=" + v, true);
        }),
        new Kind("vault", "saas", r -> {
            String v = "hvs." + mixed(r, URLSAFE, 91);
            return s("vault", "saas", v, "VAULT_TOKEN=" + v, true);
        }),
        new Kind("terraform-cloud", "saas", r -> {
            String v = mixed(r, ALNUM, 14) + ".atlasv1." + mixed(r, ALNUM, 67);
            return s("terraform-cloud", "saas", v, "credentials \"app.terraform.io\" {\n  token = \"" + v + "\"\n}", true);
        }),
        new Kind("supabase", "saas", r -> {
            String v = "sbp_" + pick(r, HEX, 40);
            return s("supabase", "saas", v, "SUPABASE_ACCESS_TOKEN=" + v, true);
        }),
        new Kind("supabase-service-jwt", "saas", r -> {
            long iat = 1_700_000_000L + r.nextInt(60_000_000);
            String v = jwt(r, "{\"iss\":\"supabase\",\"ref\":\"" + pick(r, LOWER, 20) + "\",\"role\":\"service_role\",\"iat\":" + iat + ",\"exp\":" + (iat + 315_360_000L) + "}");
            return s("supabase-service-jwt", "saas", v, "SUPABASE_SERVICE_ROLE_KEY=" + v, true);
        }),
        new Kind("firebase-fcm", "saas", r -> {
            String v = "AAAA" + mixed(r, ALNUM, 7) + ":APA91b" + mixed(r, URLSAFE, 134);
            return s("firebase-fcm", "saas", v, "FCM_SERVER_KEY=" + v, true);
        }),
        new Kind("planetscale", "saas", r -> {
            String v = one(r, "pscale_tkn_", "pscale_pw_") + mixed(r, URLSAFE, 43);
            return s("planetscale", "saas", v, "PLANETSCALE_PASSWORD=" + v, true);
        }),
        new Kind("postman", "saas", r -> {
            String v = "PMAK-" + pick(r, HEX, 24) + "-" + pick(r, HEX, 34);
            return s("postman", "saas", v, "POSTMAN_API_KEY=" + v, true);
        }),
        new Kind("rsa-pem", "key", r -> {
            String v = rsaPem(r);
            return s("rsa-pem", "key", v, v, true);
        }),
        new Kind("ec-pem", "key", r -> {
            String v = ecPem(r);
            return s("ec-pem", "key", v, v, true);
        }),
        new Kind("openssh-key", "key", r -> {
            String v = opensshKey(r);
            return s("openssh-key", "key", v, v, true);
        }),
        new Kind("pgp-private", "key", r -> {
            String v = pgpPrivate(r);
            return s("pgp-private", "key", v, v, true);
        }),
        new Kind("putty-key", "key", r -> {
            String v = puttyKey(r);
            return s("putty-key", "key", v, v, true);
        }),
        new Kind("age-key", "key", r -> {
            String v = ageKey(r);
            return s("age-key", "key", v, "# created: 2026-03-02T10:11:12Z\n# public key: age1" + pick(r, BECH32, 58) + "\n" + v, true);
        }),
        new Kind("jwt", "jwt", r -> {
            String v = jwt(r, userClaims(r));
            return s("jwt", "jwt", v, "Authorization: Bearer " + v, true);
        }),
        new Kind("basic-auth-url", "db", r -> {
            String v = "https://" + user(r) + ":" + password(r).replace("@", "%40").replace("#", "%23") + "@" + one(r, "nexus.acme-corp.net", "registry.int.example.org", "jenkins.build.local") + "/repository/releases/";
            return s("basic-auth-url", "db", v, v, true);
        }),
        new Kind("postgres-url", "db", r -> {
            String v = "postgres://" + user(r) + ":" + password(r).replace("@", "%40").replace("#", "%23") + "@" + host(r) + ":5432/" + one(r, "orders", "app", "analytics");
            return s("postgres-url", "db", v, "DATABASE_URL=" + v, true);
        }),
        new Kind("mysql-url", "db", r -> {
            String v = "mysql://" + user(r) + ":" + mixed(r, ALNUM, 16) + "@" + host(r) + ":3306/" + one(r, "shop", "crm");
            return s("mysql-url", "db", v, "spring.datasource.url=" + v, true);
        }),
        new Kind("mongodb-url", "db", r -> {
            String v = "mongodb+srv://" + user(r) + ":" + mixed(r, ALNUM, 18) + "@cluster0." + pick(r, LOWER + DIGITS, 5) + ".mongodb.net/" + one(r, "prod", "events") + "?retryWrites=true&w=majority";
            return s("mongodb-url", "db", v, "MONGO_URI=\"" + v + "\"", true);
        }),
        new Kind("redis-url", "db", r -> {
            String v = "redis://default:" + mixed(r, ALNUM, 32) + "@" + one(r, "redis-12345.c1.us-east-1-2.ec2.cloud.redislabs.com:12345", "cache.int:6379");
            return s("redis-url", "db", v, "REDIS_URL=" + v, true);
        }),
        new Kind("db-password", "db", r -> {
            String v = password(r);
            return s("db-password", "db", v, "DB_PASSWORD=" + v, false);
        }),
        new Kind("k8s-secret", "db", r -> {
            String pw = password(r);
            String v = b64(pw.getBytes(StandardCharsets.UTF_8));
            String yaml = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: " + one(r, "db-credentials", "orders-db", "app-secrets") + "\n  namespace: " + one(r, "prod", "payments")
                    + "\ntype: Opaque\ndata:\n  username: " + b64(user(r).getBytes(StandardCharsets.UTF_8)) + "\n  password: " + v;
            return s("k8s-secret", "db", v, yaml, false);
        }),
        new Kind("generic-env", "generic", r -> {
            String v = mixed(r, ALNUM + "-_", 40 + r.nextInt(12));
            String name = one(r, "ACME_API_KEY", "PAYMENTS_API_SECRET", "INTERNAL_SERVICE_TOKEN", "PARTNER_CLIENT_SECRET", "WEBHOOK_SIGNING_SECRET");
            return s("generic-env", "generic", v, name + "=" + v, false);
        }),
        new Kind("django-secret", "generic", r -> {
            String v = pick(r, LOWER + DIGITS + "!@#$%^&*(-_=+)", 50);
            return s("django-secret", "generic", v, "SECRET_KEY = '" + v + "'", false);
        }),
        new Kind("iban", "pii", r -> {
            String v = switch (r.nextInt(5)) {
                case 0 -> iban("DE", digits(r, 8) + digits(r, 10));
                case 1 -> iban("GB", pick(r, UPPER, 4) + digits(r, 14));
                case 2 -> iban("FR", digits(r, 10) + pick(r, UPPER + DIGITS, 11) + digits(r, 2));
                case 3 -> iban("NL", pick(r, UPPER, 4) + digits(r, 10));
                default -> iban("ES", digits(r, 20));
            };
            return s("iban", "pii", v, "IBAN: " + v, false);
        }),
        new Kind("card", "pii", r -> {
            String partial = switch (r.nextInt(6)) {
                case 0 -> "4" + digits(r, 14);
                case 1 -> "5" + (1 + r.nextInt(5)) + digits(r, 13);
                case 2 -> "3" + one(r, "4", "7") + digits(r, 12);
                case 3 -> "6011" + digits(r, 11);
                case 4 -> "35" + (28 + r.nextInt(62)) + digits(r, 11);
                default -> "2" + (221 + r.nextInt(500)) + digits(r, 11);
            };
            String v = luhnComplete(partial);
            return s("card", "pii", v, "card_number: " + v, false);
        }),
        new Kind("nl-bsn", "pii", r -> {
            while (true) {
                String d = nonZeroDigits(r, 8);
                int sum = 0;
                for (int i = 0; i < 8; i++) sum += (9 - i) * (d.charAt(i) - '0');
                int last = sum % 11;
                if (last < 10) {
                    String v = d + last;
                    return s("nl-bsn", "pii", v, "BSN: " + v, false);
                }
            }
        }),
        new Kind("es-dni", "pii", r -> {
            int n = 10_000_000 + r.nextInt(89_999_999);
            String v = n + String.valueOf("TRWAGMYFPDXBNJZSQVHLCKE".charAt(n % 23));
            return s("es-dni", "pii", v, "DNI: " + v, false);
        }),
        new Kind("pl-pesel", "pii", r -> {
            String d = String.format("%02d%02d%02d", 50 + r.nextInt(49), 1 + r.nextInt(12), 1 + r.nextInt(28)) + digits(r, 4);
            int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
            int sum = 0;
            for (int i = 0; i < 10; i++) sum += w[i] * (d.charAt(i) - '0');
            String v = d + (10 - sum % 10) % 10;
            return s("pl-pesel", "pii", v, "PESEL: " + v, false);
        }),
        new Kind("us-ssn", "pii", r -> {
            String v = String.format("%03d-%02d-%04d", 100 + r.nextInt(565), 1 + r.nextInt(98), 1 + r.nextInt(9998));
            return s("us-ssn", "pii", v, "SSN: " + v, false);
        }),
        new Kind("bip39", "crypto", r -> {
            String v = mnemonic(bytes(r, r.nextBoolean() ? 16 : 32));
            return s("bip39", "crypto", v, "seed phrase: " + v, true);
        }),
        new Kind("wif", "crypto", r -> {
            byte[] k = bytes(r, 32);
            byte[] p;
            if (r.nextBoolean()) {
                p = new byte[34];
                p[33] = 1;
            } else {
                p = new byte[33];
            }
            p[0] = (byte) 0x80;
            System.arraycopy(k, 0, p, 1, 32);
            String v = base58check(p);
            return s("wif", "crypto", v, "WIF private key: " + v, true);
        }),
        new Kind("eth-private", "crypto", r -> {
            String v = "0x" + pick(r, HEX, 64);
            return s("eth-private", "crypto", v, "PRIVATE_KEY=" + v, false);
        })
    );

    static Kind kind(String id) {
        for (Kind k : KINDS) if (k.id().equals(id)) return k;
        throw new IllegalArgumentException(id);
    }

    static byte[] gzip(byte[] in) {
        try {
            ByteArrayOutputStream bo = new ByteArrayOutputStream();
            try (java.util.zip.GZIPOutputStream g = new java.util.zip.GZIPOutputStream(bo)) {
                g.write(in);
            }
            return bo.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
