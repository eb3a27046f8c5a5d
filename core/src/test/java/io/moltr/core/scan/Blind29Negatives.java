package io.moltr.core.scan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Hard negatives full of numbers and identifiers that are not secrets. Every generator writes
 * 10-60 lines the way an agent's answer, a tool's output or a pasted document looks.
 */
final class Blind29Negatives {
  private final Blind29Util u;
  final Map<String, Supplier<String>> gens = new LinkedHashMap<>();

  static final List<String> NAMES = List.of("Jane Roe", "Marco Bianchi", "Aiko Tanaka", "Lars Eriksen",
      "Fatima Zahra", "Tomasz Nowak", "Priya Raman", "Lucas Oliveira", "Emma Laurent", "Noah Schmidt");
  static final List<String> CITIES = List.of("Berlin", "Lyon", "Austin", "Osaka", "Porto", "Gdansk", "Utrecht", "Malmö", "Turin", "Pune");
  static final List<String> ITEMS = List.of("USB-C cable 2m", "Ergonomic mouse", "27\" monitor", "Desk lamp", "Notebook A5",
      "Coffee beans 1kg", "HDMI adapter", "Mechanical keyboard", "Webcam 1080p", "Standing mat");

  Blind29Negatives(Blind29Util u) {
    this.u = u;
    gens.put("invoice", this::invoice);
    gens.put("receipt-masked-card", this::receipt);
    gens.put("order-confirmation", this::orderConfirmation);
    gens.put("ups-tracking", () -> tracking("UPS", () -> "1Z" + u.rand(Blind29Util.UPPER + Blind29Util.DIGITS, 6) + u.digits(10)));
    gens.put("fedex-tracking", () -> tracking("FedEx", () -> u.num(12)));
    gens.put("dhl-tracking", () -> tracking("DHL Express", () -> u.num(10)));
    gens.put("usps-tracking", () -> tracking("USPS", () -> "9400 " + u.digits(4) + " " + u.digits(4) + " " + u.digits(4) + " " + u.digits(4) + " " + u.digits(2)));
    gens.put("ean-barcodes", this::eanList);
    gens.put("upc-barcodes", this::upcList);
    gens.put("isbn-bibliography", this::isbnList);
    gens.put("bank-statement-masked", this::bankStatement);
    gens.put("payment-confirmation-masked", this::paymentConfirmation);
    gens.put("phone-contacts", this::phones);
    gens.put("imei-inventory", this::imei);
    gens.put("serial-numbers", this::serials);
    gens.put("epoch-timestamps", this::epochs);
    gens.put("discord-snowflakes", this::snowflakes);
    gens.put("aws-account-arns", this::awsArns);
    gens.put("gcp-project-numbers", this::gcp);
    gens.put("azure-guids", this::azure);
    gens.put("stripe-object-ids", this::stripeObjects);
    gens.put("db-row-dump", this::dbRows);
    gens.put("log-request-ids", this::logLines);
    gens.put("csv-metrics", this::csvMetrics);
    gens.put("markdown-number-table", this::mdTable);
    gens.put("lottery-tickets", this::lottery);
    gens.put("flight-booking", this::flight);
    gens.put("metar-icao", this::metar);
    gens.put("vat-company-numbers", this::vat);
    gens.put("addresses-zip", this::addresses);
    gens.put("geo-coordinates", this::geo);
    gens.put("version-numbers", this::versions);
    gens.put("card-like-failing-luhn", this::cardLikeFailing);
    gens.put("iban-like-failing-mod97", this::ibanFailing);
    gens.put("id-like-failing-checksum", this::idFailing);
    gens.put("stripe-test-cards-docs", this::testCardDocs);
    gens.put("test-cards-in-test-file", this::testCardFile);
    gens.put("stripe-publishable-keys", this::publishable);
    gens.put("twilio-sid-alone", this::twilioSid);
    gens.put("uuid-api-response", this::uuids);
    gens.put("git-log", this::gitLog);
    gens.put("sha256-checksums", this::checksums);
    gens.put("docker-digests", this::dockerDigests);
    gens.put("npm-lock-integrity", this::npmLock);
    gens.put("public-crypto-addresses", this::cryptoAddresses);
    gens.put("trace-headers", this::traceHeaders);
    gens.put("k8s-uids", this::k8sUids);
    gens.put("prometheus-metrics", this::prometheus);
    gens.put("ps-output", this::psOutput);
    gens.put("netstat-ips", this::netstat);
    gens.put("numpy-output", this::numpy);
    gens.put("placeholders-env-reads", this::placeholders);
    gens.put("redaction-messages", this::redactions);
    gens.put("telegram-chat-ids", this::telegramIds);
    gens.put("discord-config-ids", this::discordIds);
    gens.put("s3-keys-chunks", this::s3Keys);
    gens.put("tx-hashes", this::txHashes);
    gens.put("masked-ssn-hr", this::maskedHr);
    gens.put("cas-doi-patents", this::casDoi);
    gens.put("stock-quotes", this::quotes);
    gens.put("sensor-timeseries", this::sensors);
    gens.put("sql-schema-numeric", this::sqlSchema);
  }

  private String rows(String head, int lo, int hi, Supplier<String> row, String foot) {
    StringBuilder sb = new StringBuilder(head);
    int n = u.between(lo, hi);
    for (int i = 0; i < n; i++) {
      sb.append(row.get()).append('\n');
    }
    sb.append(foot);
    return sb.toString();
  }

  private String money() {
    return u.between(1, 999) + "." + u.digits(2);
  }

  private String date() {
    return "2026-" + String.format("%02d-%02d", u.between(1, 11), u.between(1, 28));
  }

  private String time() {
    return String.format("%02d:%02d:%02d", u.between(0, 23), u.between(0, 59), u.between(0, 59));
  }

  private String name() {
    return u.pick(NAMES);
  }

  private String invoice() {
    String head = "INVOICE " + u.pick("INV-", "RE-", "F") + "2026-" + u.digits(6) + "\nDate: " + date() + "   Due: " + date()
        + "\nCustomer no.: " + u.num(8) + "   VAT ID: DE" + u.digits(9) + "\n\nPos  Item                      Qty   Unit     Total\n";
    int[] pos = {0};
    return rows(head, 6, 30, () -> String.format("%3d  %-24s %3d   %7s  %7s", ++pos[0], u.pick(ITEMS), u.between(1, 20), money(), money()), 
        "\nSubtotal: " + money() + " EUR\nVAT 19%: " + money() + " EUR\nTotal: " + money() + " EUR\nBank: Sparkasse, IBAN DE** **** **** **** **" + u.digits(2) + " " + u.digits(2)
        + "\nPayment reference: " + u.num(10) + "\n");
  }

  private String receipt() {
    String last4 = u.digits(4);
    String head = u.pick("CORNER MARKET #", "FUEL STOP ", "BOOKSHOP ") + u.num(4) + "\n" + u.between(10, 999) + " Main St, " + u.pick(CITIES) + "\nTERMINAL ID: " + u.num(8) + "   MERCHANT ID: " + u.longId(15) + "\n"
        + date() + " " + time() + "\n-----------------------------\n";
    return rows(head, 5, 25, () -> String.format("%-20s %8s", u.pick(ITEMS), money()),
        "-----------------------------\nTOTAL " + money() + "\n" + u.pick("VISA", "MASTERCARD", "AMEX") + " " + u.pick("**** **** **** " + last4, "XXXX-XXXX-XXXX-" + last4, "************" + last4)
            + "\nAUTH CODE: " + u.num(6) + "   RRN: " + u.num(12) + "\nSTAN: " + u.digits(6) + "  BATCH: " + u.digits(3) + "\nAID: A0000000" + u.digits(6) + "\nTHANK YOU\n");
  }

  private String orderConfirmation() {
    String head = "Hi " + name().split(" ")[0] + ",\n\nThanks for your order #" + u.num(3) + "-" + u.digits(7) + "-" + u.digits(7) + " placed on " + date() + ".\n\n";
    return rows(head, 4, 20, () -> "  " + u.between(1, 4) + " x " + u.pick(ITEMS) + " (SKU " + u.rand(Blind29Util.UPPER, 3) + "-" + u.digits(5) + ")  " + money() + " USD",
        "\nShipping to: " + u.between(10, 9999) + " Oak Ave, Austin, TX " + u.digits(5) + "-" + u.digits(4) + "\nPaid with Visa ending in " + u.digits(4)
            + "\nOrder total: " + money() + " USD\n\nQuestions? Reply to this e-mail or call 1-800-" + u.digits(3) + "-" + u.digits(4) + ".\n");
  }

  private String tracking(String carrier, Supplier<String> id) {
    String head = "Here are the " + carrier + " shipments from the export you sent:\n\n| Order | Tracking number | Status | ETA |\n|---|---|---|---|\n";
    return rows(head, 8, 35, () -> "| " + u.num(7) + " | " + id.get() + " | " + u.pick("In transit", "Delivered", "Out for delivery", "Label created") + " | " + date() + " |",
        "\nAll " + carrier + " numbers check out in their tracking portal; two are still waiting for the first scan.\n");
  }

  String ean13() {
    String p = u.pick("40", "50", "76", "80", "87", "93") + u.digits(10);
    int s = 0;
    for (int i = 0; i < 12; i++) {
      s += (p.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
    }
    return p + (10 - s % 10) % 10;
  }

  String upcA() {
    String p = u.digits(11);
    int s = 0;
    for (int i = 0; i < 11; i++) {
      s += (p.charAt(i) - '0') * (i % 2 == 0 ? 3 : 1);
    }
    return p + (10 - s % 10) % 10;
  }

  String isbn13() {
    String p = "978" + u.digits(9);
    int s = 0;
    for (int i = 0; i < 12; i++) {
      s += (p.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
    }
    return p + (10 - s % 10) % 10;
  }

  private String eanList() {
    return rows("sku,ean13,description,stock,price\n", 10, 50, () -> u.rand(Blind29Util.UPPER, 2) + u.digits(5) + "," + ean13() + "," + u.pick(ITEMS) + "," + u.between(0, 900) + "," + money(), "");
  }

  private String upcList() {
    return rows("Scanned UPC-A codes (inventory count " + date() + "):\n", 10, 45, () -> upcA() + "  qty=" + u.between(1, 60) + "  bin=" + u.rand(Blind29Util.UPPER, 1) + u.between(1, 40), "Done. Mismatches: 0\n");
  }

  private String isbnList() {
    return rows("Reading list for the course (ISBN-13):\n\n", 10, 30, () -> "- " + u.pick("Introduction to Algorithms", "Designing Data-Intensive Applications", "The Pragmatic Programmer", "Structure and Interpretation", "Clean Architecture")
        + ", " + u.between(1, 4) + "th ed., ISBN " + isbn13() + ", " + u.between(300, 1300) + " pp.", "\nAll are in the library; call numbers on request.\n");
  }

  private String bankStatement() {
    String head = "Kontoauszug Nr. " + u.between(1, 12) + "/2026\nKonto: DE" + u.digits(2) + " **** **** **** **" + u.digits(2) + " " + u.digits(2) + "   BIC: COBADEFFXXX\n\nDatum       Buchungstext                         Betrag\n";
    return rows(head, 8, 40, () -> date() + "  " + u.pick("Kartenzahlung **** " + u.digits(4), "SEPA-Lastschrift Mandat " + u.num(9), "Gutschrift Ref " + u.num(11), "Dauerauftrag Miete", "Überweisung an DE** **** " + u.digits(4))
        + "  " + (u.chance(0.5) ? "-" : "+") + money(), "\nNeuer Saldo: " + money() + " EUR\n");
  }

  private String paymentConfirmation() {
    String head = "{\n  \"payments\": [\n";
    return rows(head, 8, 20, () -> "    {\"id\": " + u.num(9) + ", \"amount_cents\": " + u.num(5) + ", \"currency\": \"EUR\", \"card\": \"" + u.pick("XXXX-", "****") + u.digits(4) + "\", \"iban\": \"" + u.pick("NL", "FR", "ES") + u.digits(2) + "XXXXXXXXXX" + u.digits(4) + "\", \"created\": " + (1760000000000L + u.rnd.nextInt(900000000)) + "},",
        "    {\"id\": 0, \"amount_cents\": 0}\n  ],\n  \"count\": " + u.between(3, 12) + "\n}\n");
  }

  private String phones() {
    return rows("Contacts exported from the CRM:\n\n", 10, 40, () -> name() + ";" + u.pick(
        "+49 30 " + u.digits(8), "+1 (" + u.num(3) + ") " + u.digits(3) + "-" + u.digits(4), "+44 20 " + u.digits(4) + " " + u.digits(4),
        "+33 1 " + u.digits(2) + " " + u.digits(2) + " " + u.digits(2) + " " + u.digits(2), "+81 3-" + u.digits(4) + "-" + u.digits(4),
        "+91 " + u.num(5) + " " + u.digits(5), "+55 11 9" + u.digits(4) + "-" + u.digits(4), "0" + u.num(3) + "/" + u.digits(7), "+48 " + u.digits(3) + " " + u.digits(3) + " " + u.digits(3)) + ";" + u.pick(CITIES), "");
  }

  private String imei() {
    return rows("Device inventory (MDM export)\nasset_tag  model            imei             serial\n", 10, 40, () -> "AT-" + u.digits(5) + "   " + u.pick("Pixel 8", "iPhone 15", "Galaxy S24", "Fairphone 5") + "   "
        + u.luhnNumber(u.pick("35", "86", "01", "99"), 15) + "  " + u.rand(Blind29Util.UPPER + Blind29Util.DIGITS, 12), "");
  }

  private String serials() {
    return rows("Warranty lookup results:\n", 10, 40, () -> "S/N " + u.rand(Blind29Util.UPPER + Blind29Util.DIGITS, u.between(10, 14)) + "  model " + u.rand(Blind29Util.UPPER, 2) + "-" + u.num(4) + "  warranty until " + date() + "  part " + u.num(3) + "-" + u.digits(5) + "-" + u.digits(2), "");
  }

  private String epochs() {
    return rows("$ jq -r '.events[] | \"\\(.ts) \\(.type) \\(.duration_ms)\"' events.json\n", 10, 50, () -> (1760000000000L + Math.floorMod(u.rnd.nextLong(), 90000000000L)) + " " + u.pick("click", "view", "purchase", "scroll") + " " + u.between(1, 99999), "");
  }

  private String snowflakes() {
    return rows("Messages in #general that matched your filter:\n\n", 10, 30, () -> "message_id=" + (1100000000000000000L + Math.floorMod(u.rnd.nextLong(), 200000000000000000L)) + " author_id=" + (300000000000000000L + Math.floorMod(u.rnd.nextLong(), 900000000000000000L)) + " reactions=" + u.between(0, 40), "\nThe ids are Discord snowflakes; the first 42 bits are the timestamp.\n");
  }

  private String awsArns() {
    return rows("Roles found across the organisation:\n", 10, 40, () -> "arn:aws:iam::" + u.digits(12) + ":role/" + u.pick("deploy", "readonly", "billing-audit", "lambda-exec") + "  last used " + date() + "  account " + u.digits(12), "");
  }

  private String gcp() {
    return rows("$ gcloud projects list\nPROJECT_ID              NAME              PROJECT_NUMBER\n", 10, 30, () -> String.format("%-23s %-17s %s", u.pick("analytics", "web", "ml", "etl") + "-" + u.rand(Blind29Util.LOWER, 4) + "-" + u.digits(6), u.pick("Analytics", "Web", "ML", "ETL"), u.num(12)), "");
  }

  private String azure() {
    return rows("$ az account list -o table\nName                 SubscriptionId                        TenantId                              State\n", 10, 25, () -> String.format("%-20s %s  %s  Enabled", u.pick("Prod", "Dev", "Sandbox", "Shared"), u.uuid(), u.uuid()), "");
  }

  private String stripeObjects() {
    return rows("Recent Stripe events (ids only, fetched with the restricted dashboard view):\n", 10, 35, () -> u.pick("evt_", "ch_", "pi_", "cus_", "in_", "re_", "txn_") + u.rand(Blind29Util.ALNUM, 24) + "  " + u.pick("charge.succeeded", "invoice.paid", "customer.updated", "payment_intent.created") + "  " + money() + " EUR  created=" + (1760000000 + u.between(0, 9000000)), "");
  }

  private String dbRows() {
    String head = "ledger=> SELECT id, account_id, amount, created_at FROM transactions ORDER BY id DESC LIMIT 30;\n   id    | account_id |  amount  |       created_at\n---------+------------+----------+------------------------\n";
    return rows(head, 10, 30, () -> String.format(" %7s | %10s | %8s | %s %s", u.num(7), u.num(10), money(), date(), time()), "(30 rows)\n");
  }

  private String logLines() {
    return rows("", 10, 50, () -> date() + "T" + time() + "." + u.digits(3) + "Z " + u.pick("INFO", "WARN", "DEBUG") + " [pid " + u.between(1000, 65000) + "] req_id=" + u.hex(16) + " user=" + u.num(7) + " path=/api/v2/orders/" + u.num(9) + " status=" + u.pick("200", "201", "404", "409") + " dur_ms=" + u.between(1, 900), "");
  }

  private String csvMetrics() {
    return rows("timestamp,host,cpu_pct,mem_bytes,rx_bytes,tx_bytes\n", 10, 50, () -> (1760000000 + u.between(0, 9000000)) + ",web-" + u.between(1, 9) + "," + u.between(0, 99) + "." + u.digits(1) + "," + u.num(10) + "," + u.num(11) + "," + u.num(11), "");
  }

  private String mdTable() {
    return rows("Quarterly numbers as requested:\n\n| Region | Q1 | Q2 | Q3 | Q4 | Total |\n|---|---:|---:|---:|---:|---:|\n", 8, 30, () -> "| " + u.pick("EMEA", "APAC", "NA", "LATAM") + "-" + u.between(1, 99) + " | " + u.num(7) + " | " + u.num(7) + " | " + u.num(7) + " | " + u.num(7) + " | " + u.num(8) + " |", "\nTotals are in cents.\n");
  }

  private String lottery() {
    return rows("Draw " + u.num(4) + " results and your tickets:\n", 10, 30, () -> "Ticket " + u.num(12) + "  numbers " + u.between(1, 9) + " " + u.between(10, 19) + " " + u.between(20, 29) + " " + u.between(30, 39) + " " + u.between(40, 49) + "  serial " + u.digits(4) + "-" + u.digits(4) + "-" + u.digits(4) + "-" + u.digits(4).replace('0', '1'), "No prize this week.\n");
  }

  private String flight() {
    String head = "Booking reference: " + u.rand("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6) + "\nE-ticket: " + u.pick("220", "016", "125", "057") + "-" + u.digits(10) + "\nFrequent flyer: " + u.rand(Blind29Util.UPPER, 2) + u.digits(9) + "\n\n";
    return rows(head, 8, 20, () -> u.pick("LH", "AF", "BA", "UA", "KL") + u.between(100, 9999) + "  " + u.pick("FRA", "CDG", "LHR", "JFK", "AMS", "NRT") + " " + time().substring(0, 5) + " -> " + u.pick("MUC", "LIS", "ORD", "BOM", "GRU") + " " + time().substring(0, 5) + "  seat " + u.between(1, 45) + u.pick("A", "C", "F") + "  " + date(), "\nCheck-in opens 30 hours before departure.\n");
  }

  private String metar() {
    return rows("Latest METARs:\n", 10, 30, () -> u.pick("EDDF", "LFPG", "EGLL", "KJFK", "RJTT", "LEMD") + " " + String.format("%02d%02d%02dZ", u.between(1, 28), u.between(0, 23), u.between(0, 59)) + " " + String.format("%03d%02dKT", u.between(0, 36) * 10, u.between(2, 30)) + " 9999 " + u.pick("FEW", "SCT", "BKN") + String.format("%03d", u.between(10, 90)) + " " + String.format("%02d/%02d", u.between(0, 30), u.between(0, 20)) + " Q" + u.between(990, 1035), "");
  }

  private String vat() {
    return rows("Supplier master data check:\n", 10, 30, () -> name() + " GmbH | VAT " + u.pick("DE" + u.digits(9), "FR" + u.digits(11), "NL" + u.digits(9) + "B01", "IT" + u.digits(11), "ATU" + u.digits(8)) + " | HRB " + u.num(6) + " | D-U-N-S " + u.digits(9) + " | LEI " + u.rand(Blind29Util.UPPER + Blind29Util.DIGITS, 20), "All VIES lookups returned valid.\n");
  }

  private String addresses() {
    return rows("Delivery addresses for the route:\n", 10, 30, () -> u.between(1, 999) + " " + u.pick("Hauptstraße", "Rue de la Paix", "Elm St", "Via Roma", "Kerkstraat") + ", " + u.pick(u.digits(5), u.digits(4) + " " + u.rand(Blind29Util.UPPER, 2), u.rand(Blind29Util.UPPER, 2) + u.between(1, 9) + " " + u.between(1, 9) + u.rand(Blind29Util.UPPER, 2)) + " " + u.pick(CITIES), "");
  }

  private String geo() {
    return rows("[\n", 10, 40, () -> "  {\"lat\": " + (u.between(-89, 89)) + "." + u.digits(6) + ", \"lon\": " + u.between(-179, 179) + "." + u.digits(6) + ", \"alt_m\": " + u.between(0, 3000) + ", \"ts\": " + (1760000000000L + u.rnd.nextInt(999999999)) + "},", "  {}\n]\n");
  }

  private String versions() {
    return rows("$ mvn dependency:list\n[INFO] The following files have been resolved:\n", 10, 40, () -> "[INFO]    " + u.pick("com.fasterxml.jackson.core", "org.slf4j", "io.netty", "org.eclipse.jetty") + ":" + u.pick("core", "api", "handler", "server") + ":jar:" + u.between(1, 12) + "." + u.between(0, 30) + "." + u.between(0, 99) + (u.chance(0.3) ? ".Final" : "") + ":compile", "[INFO] BUILD SUCCESS\n");
  }

  private String cardLikeFailing() {
    return rows("Reconciliation report: these 16-digit reference numbers did not match any settlement file\n\n", 10, 30, () -> "ref " + Blind29Util.groups(u.luhnFailing(u.pick("4", "5" + u.between(1, 5), "6011"), 16), 4, u.pick(" ", "-", "")) + "  amount " + money() + "  batch " + u.num(6), "\nNone of these are card numbers (they fail the Luhn check); they are internal batch references.\n");
  }

  private String ibanFailing() {
    return rows("Rejected SEPA rows (checksum error reported by the bank):\n", 10, 30, () -> {
      String cc = u.pick("DE", "FR", "NL", "ES", "IT");
      String good = Blind29Util.ibanFrom(cc, new Blind29Secrets(u).bban(cc));
      int ck = Integer.parseInt(good.substring(2, 4));
      String bad = good.substring(0, 2) + String.format("%02d", (ck + u.between(1, 90)) % 97 + 2) + good.substring(4);
      if (Blind29Util.ibanValid(bad)) {
        bad = good.substring(0, 2) + "00" + good.substring(4);
      }
      return "row " + u.between(2, 900) + ": " + Blind29Util.groups(bad, 4, " ") + " -> invalid check digits";
    }, "\nPlease ask the customers to re-enter their account details.\n");
  }

  private String idFailing() {
    return rows("Form validation log (rejected entries):\n", 10, 30, () -> {
      return switch (u.between(0, 3)) {
        case 0 -> {
          String n = u.digits(8);
          char good = "TRWAGMYFPDXBNJZSQVHLCKE".charAt(Integer.parseInt(n) % 23);
          char bad = good == 'A' ? 'B' : 'A';
          yield "field dni: '" + n + bad + "' rejected: wrong control letter";
        }
        case 1 -> {
          String s;
          do {
            s = u.between(1, 6) + u.digits(8);
          } while (Blind29Secrets.bsnValid(s));
          yield "field bsn: '" + s + "' rejected: fails 11-test";
        }
        case 2 -> {
          String nine = u.digits(9);
          int[] d = Blind29Secrets.cpfChecks(nine);
          yield "field cpf: '" + nine + d[0] + ((d[1] + 1) % 10) + "' rejected: bad check digits";
        }
        default -> {
          String ten = u.digits(10);
          yield "field pesel: '" + ten + ((Blind29Secrets.peselCheck(ten) + 3) % 10) + "' rejected: checksum";
        }
      };
    }, "\nNo record was stored.\n");
  }

  static final List<String> TEST_CARDS = List.of("4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222",
      "5200828282828210", "378282246310005", "371449635398431", "6011111111111117", "3056930009020004", "36227206271667",
      "3566002020360505", "6200000000000005", "4111111111111111", "5105105105105100", "4012888888881881");

  private String testCardDocs() {
    return rows("In test mode you can use these documented test card numbers (any future expiry, any CVC):\n\n| Brand | Number |\n|---|---|\n", 8, 15, () -> "| " + u.pick("Visa", "Mastercard", "Amex", "Discover", "JCB", "UnionPay") + " | " + Blind29Util.groups(u.pick(TEST_CARDS), 4, " ") + " |",
        "\nThey only work with sk_test_ keys; real cards are declined in test mode.\n");
  }

  private String testCardFile() {
    return rows("// checkout.test.ts\ndescribe('checkout', () => {\n", 4, 12, () -> "  it('charges " + u.pick("visa", "mc", "amex") + " " + u.between(1, 99) + "', async () => {\n    await fillCard(page, '" + u.pick(TEST_CARDS) + "', '12/34', '123');\n    expect(await status(page)).toBe('succeeded');\n  });",
        "});\n");
  }

  private String publishable() {
    return rows("Frontend config per environment (publishable keys are meant for the browser):\n", 10, 25, () -> u.pick("staging", "prod", "dev", "preview-" + u.between(1, 99)) + ": STRIPE_PUBLISHABLE_KEY=" + u.pick("pk_test_", "pk_live_") + u.rand(Blind29Util.ALNUM, 99) + "  region=" + u.pick("eu", "us"), "");
  }

  private String twilioSid() {
    return rows("Twilio subaccounts (SIDs only; auth tokens stay in the vault):\n", 10, 25, () -> "AC" + u.hex(32) + "  " + u.pick("marketing", "alerts", "support") + "  created " + date() + "  numbers=" + u.between(1, 40), "");
  }

  private String uuids() {
    return rows("{\n  \"items\": [\n", 8, 20, () -> "    {\"id\": \"" + u.uuid() + "\", \"order\": " + u.num(8) + ", \"status\": \"" + u.pick("open", "shipped") + "\", \"etag\": \"W/\\\"" + u.hex(8) + "\\\"\"},", "    {}\n  ]\n}\n");
  }

  private String gitLog() {
    return rows("$ git log --oneline -n 30\n", 10, 30, () -> u.hex(u.pick(List.of(7, 7, 10, 12))) + " " + u.pick("Fix rounding in invoice totals", "Bump jackson to 2.17." + u.between(0, 9), "Add order #" + u.num(6) + " regression test", "Merge pull request #" + u.num(4) + " from feature/x"), "");
  }

  private String checksums() {
    return rows("$ sha256sum dist/*\n", 10, 30, () -> u.hex(64) + "  dist/app-" + u.between(1, 9) + "." + u.between(0, 30) + "." + u.between(0, 9) + "-" + u.pick("linux-amd64", "darwin-arm64", "windows.zip") + ".tar.gz", "");
  }

  private String dockerDigests() {
    return rows("$ docker images --digests\nREPOSITORY        TAG      DIGEST                                                                    IMAGE ID       SIZE\n", 10, 30, () -> String.format("%-17s %-8s sha256:%s   %s   %dMB", u.pick("nginx", "postgres", "redis", "app/api"), u.between(1, 17) + "." + u.between(0, 9), u.hex(64), u.hex(12), u.between(10, 900)), "");
  }

  private String npmLock() {
    return rows("{\n  \"packages\": {\n", 4, 12, () -> "    \"node_modules/" + u.pick("lodash", "react", "chalk", "debug", "semver") + u.between(1, 99) + "\": {\n      \"version\": \"" + u.between(1, 20) + "." + u.between(0, 20) + "." + u.between(0, 20) + "\",\n      \"integrity\": \"sha512-" + java.util.Base64.getEncoder().encodeToString(u.bytes(64)) + "\"\n    },", "    \"\": {}\n  }\n}\n");
  }

  private String cryptoAddresses() {
    return rows("Donation addresses (public, safe to publish):\n", 10, 25, () -> u.pick("BTC: bc1q" + u.rand("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 38), "ETH: 0x" + u.hex(40), "BTC legacy: " + Blind29Util.base58check(prefixed((byte) 0x00, 20)), "LTC: ltc1q" + u.rand("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 38)), "");
  }

  private byte[] prefixed(byte v, int n) {
    byte[] b = new byte[n + 1];
    b[0] = v;
    System.arraycopy(u.bytes(n), 0, b, 1, n);
    return b;
  }

  private String traceHeaders() {
    return rows("HTTP/1.1 200 OK\nContent-Type: application/json\n", 8, 25, () -> u.pick("traceparent: 00-" + u.hex(32) + "-" + u.hex(16) + "-01", "X-Request-Id: " + u.uuid(), "X-Amzn-Trace-Id: Root=1-" + u.hex(8) + "-" + u.hex(24), "ETag: \"" + u.hex(32) + "\"", "X-Runtime: 0.0" + u.digits(4), "Content-Length: " + u.num(5), "CF-Ray: " + u.hex(16) + "-FRA"), "\n{\"ok\":true}\n");
  }

  private String k8sUids() {
    return rows("$ kubectl get pods -o custom-columns=NAME:.metadata.name,UID:.metadata.uid,RV:.metadata.resourceVersion\n", 10, 30, () -> "api-" + u.hex(10) + "-" + u.rand(Blind29Util.LOWER + Blind29Util.DIGITS, 5) + "   " + u.uuid() + "   " + u.num(8), "");
  }

  private String prometheus() {
    return rows("# HELP http_requests_total Total requests\n# TYPE http_requests_total counter\n", 10, 40, () -> "http_requests_total{code=\"" + u.pick("200", "500") + "\",handler=\"/api/" + u.pick("orders", "users") + "\",instance=\"10." + u.between(0, 255) + "." + u.between(0, 255) + "." + u.between(1, 254) + ":9100\"} " + u.num(9) + " " + (1760000000000L + u.rnd.nextInt(999999999)), "");
  }

  private String psOutput() {
    return rows("$ ps aux --sort=-%mem | head -30\nUSER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n", 10, 30, () -> String.format("%-10s %6d %4.1f %4.1f %7d %6d ?        Ssl  %s   %d:%02d %s", u.pick("postgres", "www-data", "root", "app"), u.between(1, 99999), u.rnd.nextDouble() * 50, u.rnd.nextDouble() * 20, u.between(10000, 9999999), u.between(1000, 999999), time().substring(0, 5), u.between(0, 99), u.between(0, 59), u.pick("/usr/bin/java -jar app.jar", "postgres: writer", "nginx: worker process")), "");
  }

  private String netstat() {
    return rows("$ ss -tnp\nState  Recv-Q Send-Q Local Address:Port  Peer Address:Port Process\n", 10, 30, () -> "ESTAB  0      0      10." + u.between(0, 255) + "." + u.between(0, 255) + "." + u.between(1, 254) + ":" + u.between(1024, 65535) + "  " + u.between(1, 223) + "." + u.between(0, 255) + "." + u.between(0, 255) + "." + u.between(1, 254) + ":443 users:((\"java\",pid=" + u.between(100, 99999) + ",fd=" + u.between(3, 900) + "))", "");
  }

  private String numpy() {
    return rows("```python\n>>> np.random.seed(" + u.num(4) + ")\n>>> np.random.randint(0, 10**12, size=(" + u.between(10, 30) + ", 4))\n", 10, 30, () -> " [" + u.num(12) + ", " + u.num(11) + ", " + u.num(12) + ", " + u.num(10) + "]", "```\n");
  }

  private String placeholders() {
    return rows("Set these before running the payment worker:\n\n", 10, 25, () -> u.pick("CARD_NUMBER=<card_number>", "IBAN=${CUSTOMER_IBAN}", "STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "TELEGRAM_BOT_TOKEN=123456789:YOUR_TOKEN_HERE",
        "TWILIO_AUTH_TOKEN={{ secrets.TWILIO_AUTH_TOKEN }}", "pan = os.environ[\"TEST_PAN\"]", "iban := os.Getenv(\"PAYOUT_IBAN\")", "DISCORD_TOKEN=********", "card: XXXX XXXX XXXX XXXX",
        "ssn: ***-**-****", "const token = process.env.BOT_TOKEN;", "aws_secret_access_key = <your-secret-key>", "DNI=00000000T  # replace", "GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}"), "\nNever commit real values; the CI injects them.\n");
  }

  private String redactions() {
    return rows("Cleanup summary:\n", 10, 25, () -> u.pick("- Removed card ending " + u.digits(4) + " from ticket #" + u.num(6), "- The key sk_live_..." + u.rand(Blind29Util.ALNUM, 4) + " has been revoked and rotated",
        "- IBAN DE" + u.digits(2) + " **** **** **** **** " + u.digits(2) + " redacted from invoice " + u.num(7), "- Token ghp_****" + u.rand(Blind29Util.ALNUM, 4) + " deleted (was in commit " + u.hex(7) + ")",
        "- Bot token " + u.num(9) + ":AA****** regenerated in BotFather", "- PAN " + u.pick("4", "5") + u.digits(5) + "******" + u.digits(4) + " masked per PCI DSS"), "\nNothing sensitive remains in the repository history.\n");
  }

  private String telegramIds() {
    return rows("Alert routing (Telegram chat ids, no tokens here):\n", 10, 25, () -> u.pick("team-ops", "oncall", "finance", "ceo") + ": chat_id=" + u.pick("-100" + u.num(10), u.num(9), u.num(10)) + " message_thread_id=" + u.between(1, 999) + " last_update_id=" + u.num(9), "");
  }

  private String discordIds() {
    return rows("[bot]\nprefix = \"!\"\n", 10, 25, () -> u.pick("guild_id", "channel_id", "role_id", "owner_id", "log_channel") + "_" + u.between(1, 50) + " = " + (300000000000000000L + Math.floorMod(u.rnd.nextLong(), 900000000000000000L)), "token_env = \"DISCORD_TOKEN\"\n");
  }

  private String s3Keys() {
    return rows("Uploaded build artifacts:\n", 10, 40, () -> u.pick("s3://assets-prod/" + date() + "/" + u.hex(32) + ".jpg", "static/js/" + u.between(100, 999) + "." + u.hex(8) + ".chunk.js", "static/css/main." + u.hex(20) + ".css", "uploads/" + u.num(10) + "/" + u.rand(Blind29Util.ALNUM, 22) + ".pdf"), "");
  }

  private String txHashes() {
    return rows("Confirmed transactions:\n", 10, 30, () -> u.pick("0x" + u.hex(64), u.hex(64)) + "  block " + u.num(8) + "  confirmations " + u.between(1, 999) + "  fee " + u.between(1, 99) + " sat/vB", "");
  }

  private String maskedHr() {
    return rows("Employee roster (masked view)\n", 10, 30, () -> name() + " | emp# " + u.num(6) + " | SSN ***-**-" + u.digits(4) + " | DOB **/**/19" + u.between(50, 99) + " | cost center " + u.num(4) + " | IBAN ****" + u.digits(4), "");
  }

  private String casDoi() {
    return rows("References and substances:\n", 10, 30, () -> u.pick("CAS " + u.num(u.between(2, 6)) + "-" + u.digits(2) + "-" + u.digits(1), "doi:10." + u.num(4) + "/" + u.rand(Blind29Util.LOWER, 4) + "." + u.num(4) + "." + u.digits(5), "US Patent " + u.num(2) + "," + u.digits(3) + "," + u.digits(3) + " B2", "PMID " + u.num(8), "arXiv:" + u.between(2001, 2512) + "." + u.digits(5) + "v" + u.between(1, 4)), "");
  }

  private String quotes() {
    return rows("Symbol  Last      Chg     Volume       MktCap\n", 10, 40, () -> String.format("%-6s  %8s  %+.2f  %11s  %s", u.rand(Blind29Util.UPPER, u.between(2, 4)), money(), u.rnd.nextGaussian() * 3, u.num(9), u.num(12)), "");
  }

  private String sensors() {
    return rows("device_id,ts_ms,temp_c,humidity,pressure_pa\n", 10, 50, () -> "dev-" + u.num(6) + "," + (1760000000000L + u.rnd.nextInt(999999999)) + "," + u.between(-10, 40) + "." + u.digits(2) + "," + u.between(10, 99) + "," + u.between(95000, 105000), "");
  }

  private String sqlSchema() {
    return rows("CREATE TABLE payments (\n", 8, 20, () -> "  " + u.pick("amount_minor", "order_id", "merchant_id", "terminal_id", "batch_no", "rrn", "stan") + "_" + u.between(1, 9) + " " + u.pick("BIGINT", "NUMERIC(19,0)", "CHAR(12)") + " NOT NULL DEFAULT " + u.digits(u.between(1, 6)) + ",",
        "  card_last4 CHAR(4),\n  iban_masked VARCHAR(34)\n);\nINSERT INTO payments_seq VALUES (" + u.num(12) + ");\n");
  }

  List<String> names() {
    return new ArrayList<>(gens.keySet());
  }
}
