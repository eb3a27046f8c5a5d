package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One pair (or more) per fix made after the eighth blind corpus's first run: the case now handled,
 * and a near case of the same shape that keeps its old outcome.
 */
class Blind8FixesTest {

    record Pair(String fix, String text, boolean leak) {
        @Override
        public String toString() {
            return fix + (leak ? " (leak)" : " (clean)");
        }
    }

    static final OutputScanner SCANNER = Fixtures.scanner();
    static final Random R = new Random(88);
    static final String GOOGLE_KEY = "AIza" + Blind8Secrets.mixed(R, Blind8Secrets.URLSAFE, 35);
    static final String SLACK = "xoxb-" + Blind8Secrets.nonZeroDigits(R, 11) + "-" + Blind8Secrets.nonZeroDigits(R, 13) + "-"
            + Blind8Secrets.mixed(R, Blind8Secrets.ALNUM, 24);
    static final String B64 = Blind8Secrets.b64(Blind8Secrets.bytes(R, 60));
    static final String DJANGO = Blind8Secrets.pick(R, Blind8Secrets.LOWER + Blind8Secrets.DIGITS + "!@#$%^&*(-_=+)", 50);

    /** A valid twelve-word mnemonic whose first word is given. */
    static String mnemonicStartingWith(String first) {
        Random r = new Random(first.hashCode());
        while (true) {
            String m = Blind8Secrets.mnemonic(Blind8Secrets.bytes(r, 16));
            if (m.startsWith(first + " ")) return m;
        }
    }

    /** The phrase's last eleven words and one more BIP39 word that together fail the checksum. */
    static String elevenAndOneMore(String phrase) {
        String eleven = phrase.substring(phrase.indexOf(' ') + 1);
        for (String w : Blind8Secrets.bip39()) {
            if (!Blind8Secrets.mnemonicValid(eleven + " " + w)) return eleven + " " + w;
        }
        throw new IllegalStateException();
    }

    static final String EXERCISE = mnemonicStartingWith("exercise");
    static final String OAUTH = "GOCSPX-" + Blind8Secrets.mixed(R, Blind8Secrets.URLSAFE, 28);
    static final String GH = Blind8Secrets.checksummedToken(R, "ghp_");

    static final String MAILGUN = "key-" + Blind8Secrets.pick(R, Blind8Secrets.HEX, 32);

    static final String VAULT = "hvs." + Blind8Secrets.mixed(R, Blind8Secrets.URLSAFE, 91);
    static final String MAILGUN2 = "key-" + Blind8Secrets.pick(R, Blind8Secrets.HEX, 32);

    /** Pieces of 8 to 16 characters at random, joined by {@code sep}; the second longer than the first. */
    static String handCut(String s, String sep) {
        StringBuilder b = new StringBuilder(s.substring(0, 8)).append(sep).append(s, 8, 23);
        for (int i = 23; i < s.length(); i += 12) b.append(sep).append(s, i, Math.min(s.length(), i + 12));
        return b.toString();
    }

    static String spaced(String s) {
        StringBuilder b = new StringBuilder(s.substring(0, 4));
        for (int i = 4; i < s.length(); i += 6) b.append(' ').append(s, i, Math.min(s.length(), i + 6));
        return b.toString();
    }

    static String wrapped(String s, int width) {
        return java.util.Base64.getMimeEncoder(width, "\n    ".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .encodeToString(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static List<Pair> pairs() {
        return List.of(
                // A unified diff's '+'/'-' opens the line; the token right after it starts there.
                new Pair("diff-marker", "@@ -3,6 +3,7 @@\n PORT=8080\n+" + SLACK + "\n FEATURE_FLAGS=search\n", true),
                new Pair("diff-marker", "--- a/.env\n+++ b/.env\n-" + GOOGLE_KEY + "\n", true),
                // The same key glued after a '+' inside a base64 run is still not a token start.
                new Pair("diff-marker", "data:application/octet-stream;base64," + B64.substring(0, 40) + "+" + GOOGLE_KEY + B64.substring(40) + "\n", false),
                // Python settings: NAME = 'value' with spaces and quotes, also quoted whole in a CSV field.
                new Pair("spaced-symbol-value", "# settings.py\nDEBUG = False\nSECRET_KEY = '" + DJANGO + "'\nALLOWED_HOSTS = []\n", true),
                new Pair("spaced-symbol-value", "service,owner,secret\npayments,billing,\"SECRET_KEY = '" + DJANGO + "'\"\n", true),
                // Code that reads the key, and a placeholder of words, stay clean.
                new Pair("spaced-symbol-value", "# settings.py\nSECRET_KEY = os.environ['DJANGO_SECRET_KEY']\nALLOWED_HOSTS = []\n", false),
                new Pair("spaced-symbol-value", "# settings.py\nSECRET_KEY = 'replace-me-with-a-long-random-string'\n", false),
                // A word closing a clause ("exercise:") is not the first word of the list after it.
                new Pair("bip39-clause-end", "Here is a list of English words for the vocabulary exercise: " + elevenAndOneMore(EXERCISE) + ".\n", false),
                new Pair("bip39-clause-end", "Words for the lesson. " + elevenAndOneMore(EXERCISE) + "\n", false),
                // The same valid phrase after a label, on its own, or numbered, is still a seed phrase.
                new Pair("bip39-clause-end", "seed phrase: " + EXERCISE + "\n", true),
                new Pair("bip39-clause-end", "wallet backup\n" + EXERCISE + ".\n", true),
                // A base32 line is not continued by the YAML key on the next line.
                new Pair("wrap-alphabet", "data:\n  payload: |\n    " + Blind8Encodings.base32(OAUTH) + "\n  entry671: \"I have not changed anything.\"\n", true),
                new Pair("wrap-alphabet", "data:\n  payload: |\n    " + Blind8Encodings.base32("The nightly job finished in fourteen minutes.") + "\n  entry671: \"done\"\n", false),
                // Wrapped base64 lines still join into one block.
                new Pair("wrap-alphabet", "data:\n  payload: |\n    " + wrapped("GITHUB_TOKEN=" + GH + "\nLOG_LEVEL=info\n", 44) + "\n  entry: \"x\"\n", true),
                // A run that goes on with ':' on the next line is a YAML key, not the block's last line.
                new Pair("wrap-line-end", "data:\n  payload: |\n    " + Blind8Encodings.base64(Blind8Encodings.rot13(MAILGUN)) + "\n  entry671: \"done\"\n", true),
                new Pair("wrap-line-end", "data:\n  payload: |\n    " + Blind8Encodings.base64("The nightly job finished in fourteen minutes, twice as fast.") + "\n  entry671: \"done\"\n", false),
                // Pieces cut by hand: the second may be longer than the first (up to 16).
                new Pair("hand-cut-pieces", "payload: |\n" + handCut(VAULT, "\n") + "\n", true),
                new Pair("hand-cut-pieces", "payload: |\n    " + handCut(VAULT, "\n    ") + "\n  entry: x\n", true),
                // A prefix word then ordinary text on the next line is still no key.
                new Pair("hand-cut-pieces", "Rotate the signing key-\nmanagement settings every quarter.\n", false),
                // A blank line ends the pieces; the paragraph after the key no longer hides it.
                new Pair("blank-line-ends-pieces", "The value is below:\n\n```\n" + spaced(MAILGUN2) + "\n```\n\nThe nightly job finished in 14 minutes, about twice as fast as last week.\n", true),
                new Pair("blank-line-ends-pieces", "value: " + spaced(MAILGUN2) + " in prod\n", true),
                // A punctuation mark alone between spaces separates pieces.
                new Pair("lone-punctuation", "loaded blob=" + handCut(MAILGUN2, " \u00b7 ") + "\n", true),
                new Pair("lone-punctuation", "payload: " + handCut(VAULT, " . ") + "\n", true),
                // Sentences with a prefix word and a spaced dash stay prose.
                new Pair("lone-punctuation", "Use the key - rotate it - then restart the api . Done.\n", false),
                new Pair("lone-punctuation", "The hvs. prefix marks a service token - see the docs / FAQ.\n", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void fixAndItsNearCase(Pair p) {
        ScanReport rep = SCANNER.scan(p.text());
        String rules = rep.findings().stream().map(Finding::ruleId).collect(Collectors.joining(","));
        assertThat(!rep.clean()).as(p.fix() + " rules=" + rules).isEqualTo(p.leak());
    }
}
