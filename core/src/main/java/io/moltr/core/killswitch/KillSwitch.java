package io.moltr.core.killswitch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.moltr.core.Decision;
import io.moltr.core.Severity;
import io.moltr.core.audit.AuditException;
import io.moltr.core.audit.AuditTrail;
import io.moltr.core.storage.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kill switch: the active levels, persisted in {@code killswitch.json} before any change
 * takes effect, restored at start (unreadable state means LOCKDOWN), every change audited and
 * handed to listeners. Reads are lock-free; changes are serialised.
 *
 * <p>Confirmation: triggering WIPE or EMERGENCY by hand, and every reset, needs {@code
 * CONFIRM:<codephrase>}. Without a configured codephrase those are refused; the only way out is
 * then {@link #resetOffline}, run by the operator with the server stopped and file access to the
 * data directory (the {@code moltr killswitch reset --offline} command).
 */
public final class KillSwitch {
  static final int HISTORY_LIMIT = 200;
  private static final Logger LOG = LoggerFactory.getLogger(KillSwitch.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path stateFile;
  private final AuditTrail audit;
  private final Codephrase codephrase; // null: destructive actions impossible online
  private final Clock clock;
  private final List<Consumer<KillSwitchEvent>> listeners = new CopyOnWriteArrayList<>();
  private final Deque<KillSwitchEvent> history = new ArrayDeque<>();
  private volatile KillSwitchState state = KillSwitchState.INACTIVE;
  private volatile java.util.function.Supplier<Optional<String>> resetPrecondition = Optional::empty;
  private String startupProblem;

  private KillSwitch(Path stateFile, AuditTrail audit, Codephrase codephrase, Clock clock) {
    this.stateFile = stateFile;
    this.audit = audit;
    this.codephrase = codephrase;
    this.clock = clock;
  }

  /**
   * Restores the switch from {@code stateFile} ({@code data/killswitch.json}). A missing file is
   * a first start (inactive). A file that cannot be read or understood puts the switch into
   * LOCKDOWN, keeps the bad file aside as {@code killswitch.json.corrupt-<millis>} and says why
   * in {@link #startupProblem()}.
   *
   * @param codephrase null when none is configured
   */
  public static KillSwitch open(Path stateFile, AuditTrail audit, Codephrase codephrase, Clock clock) {
    KillSwitch ks = new KillSwitch(stateFile, audit, codephrase, clock);
    ks.restore();
    return ks;
  }

  public static KillSwitch open(Path stateFile, AuditTrail audit, Codephrase codephrase) {
    return open(stateFile, audit, codephrase, Clock.systemUTC());
  }

  public KillSwitchState state() {
    return state;
  }

  /** Why the switch started in LOCKDOWN, if the saved state was unreadable. */
  public Optional<String> startupProblem() {
    return Optional.ofNullable(startupProblem);
  }

  public boolean hasCodephrase() {
    return codephrase != null;
  }

  public boolean blocks(ActionKind kind) {
    return state.blocks(kind);
  }

  /** For network commands and anything else leaving the host. */
  public boolean blocksEgress() {
    return state.blocksEgress();
  }

  /** The kill switch's verdict on an action; checked before any other engine. */
  public Decision check(ActionKind kind) {
    KillSwitchState s = state;
    return s.blocks(kind) ? deny(s) : Decision.allow("kill switch inactive for " + kind, Map.of());
  }

  /** As {@link #check}, for a command the command engine found to open a connection. */
  public Decision checkEgress() {
    KillSwitchState s = state;
    return s.blocksEgress() ? deny(s) : Decision.allow("kill switch allows egress", Map.of());
  }

  public void addListener(Consumer<KillSwitchEvent> listener) {
    listeners.add(listener);
  }

  public void removeListener(Consumer<KillSwitchEvent> listener) {
    listeners.remove(listener);
  }

  /**
   * A check run before every reset; a present answer refuses the reset with that reason. Cluster
   * mode uses it: lifting a protection the fleet shares needs the shared store.
   */
  public void resetPrecondition(java.util.function.Supplier<Optional<String>> precondition) {
    this.resetPrecondition = precondition;
  }

  /**
   * Makes this switch's levels those of {@code shared} (the fleet's state in cluster mode):
   * persisted, audited, and handed to listeners as a trigger or reset by {@code actor}, so that
   * sessions, tunnels and keys react as to a local change. No confirmation: the change was
   * confirmed where it was made. Returns the event, or empty when nothing changed.
   */
  public synchronized Optional<KillSwitchEvent> adopt(KillSwitchState shared, String actorGiven) {
    String actor = bounded(actorGiven, "cluster");
    KillSwitchState before = state;
    if (before.active().equals(shared.active())) {
      return Optional.empty();
    }
    Set<KillSwitchLevel> added = EnumSet.noneOf(KillSwitchLevel.class);
    Set<KillSwitchLevel> lifted = EnumSet.noneOf(KillSwitchLevel.class);
    for (KillSwitchLevel l : KillSwitchLevel.values()) {
      boolean was = before.active().containsKey(l);
      boolean is = shared.active().containsKey(l);
      if (is && !was) {
        added.add(l);
      } else if (was && !is) {
        lifted.add(l);
      }
    }
    Instant now = clock.instant();
    state = shared;
    KillSwitchEvent event = added.isEmpty() && !lifted.isEmpty()
        ? new KillSwitchEvent(KillSwitchEvent.Type.RESET, lifted, before, shared, "reset elsewhere in the fleet", actor, now)
        : new KillSwitchEvent(KillSwitchEvent.Type.TRIGGERED, added.isEmpty() ? shared.active().keySet() : added,
            before, shared, shared.effective().map(Activation::reason).orElse("changed elsewhere in the fleet"), actor, now);
    remember(event);
    try {
      persist();
    } catch (IOException e) {
      LOG.error("kill switch state from the fleet is in force but could not be saved to {}: {}", stateFile, e.getMessage());
    }
    audit("killswitch.adopt", actor, Map.of("added", names(added), "lifted", names(lifted),
        "effective", shared.level().map(Enum::name).orElse("NONE")));
    notifyListeners(event);
    return Optional.of(event);
  }

  /** Oldest first; the last {@value #HISTORY_LIMIT} changes, kept across restarts. */
  public synchronized List<KillSwitchEvent> history() {
    return List.copyOf(history);
  }

  /**
   * A trigger by an administrator. WIPE and EMERGENCY need {@code confirm}; for lower levels it
   * may be null. Adding a level never lowers the effect.
   */
  public synchronized KillSwitchResult trigger(
      KillSwitchLevel level, String reason, String actor, String confirm) {
    if (level.needsConfirmation()) {
      Optional<String> refusal = checkConfirmation(confirm);
      if (refusal.isPresent()) {
        audit("killswitch.refused", actor, Map.of("action", "trigger", "level", level.name(), "why", refusal.get()));
        return new KillSwitchResult.Refused(state, refusal.get());
      }
    }
    return applyTrigger(level, reason, actor);
  }

  /**
   * A trigger by the shield itself (honeypot touched, leak threshold, integrity violation,
   * rate-limit breach), per {@code killswitch.auto_activate_on}. No confirmation: no human is
   * there. Never wire this to an endpoint.
   */
  public synchronized KillSwitchResult triggerAutomatic(KillSwitchLevel level, String reason, String source) {
    return applyTrigger(level, reason, "system:" + source);
  }

  /** Resets one level; needs {@code CONFIRM:<codephrase>}. */
  public synchronized KillSwitchResult reset(KillSwitchLevel level, String confirm, String actor) {
    return applyReset(EnumSet.of(level), confirm, actor);
  }

  /** Resets every active level; needs {@code CONFIRM:<codephrase>}. */
  public synchronized KillSwitchResult resetAll(String confirm, String actor) {
    return applyReset(EnumSet.allOf(KillSwitchLevel.class), confirm, actor);
  }

  /**
   * The offline way out when no codephrase exists or it is lost: clears every level in the
   * state file directly. Run only with the server stopped (it would otherwise keep its state in
   * memory); who can write the data directory already owns the shield. Audited.
   */
  public static void resetOffline(Path stateFile, AuditTrail audit, String actor) {
    KillSwitch ks = new KillSwitch(stateFile, audit, null, Clock.systemUTC());
    ks.restore();
    synchronized (ks) {
      KillSwitchState before = ks.state;
      audit.append("killswitch.reset_offline", actor, Map.of("levels", names(before.active().keySet())));
      KillSwitchEvent e =
          new KillSwitchEvent(KillSwitchEvent.Type.RESET, before.active().keySet(), before,
              KillSwitchState.INACTIVE, "offline reset", actor, ks.clock.instant());
      ks.remember(e);
      ks.state = KillSwitchState.INACTIVE;
      try {
        ks.persist();
      } catch (IOException ex) {
        throw new IllegalStateException("cannot write " + stateFile + ": " + ex.getMessage(), ex);
      }
    }
  }

  // ---------------------------------------------------------------------------------------

  /** Operator text goes into the state file, the audit log and alerts: keep it bounded. */
  static final int MAX_REASON_LENGTH = 500;

  private KillSwitchResult applyTrigger(KillSwitchLevel level, String reasonGiven, String actorGiven) {
    String reason = bounded(reasonGiven, "no reason given");
    String actor = bounded(actorGiven, "unknown");
    KillSwitchState before = state;
    if (before.active().containsKey(level)) {
      return new KillSwitchResult.Unchanged(before, level + " is already active");
    }
    Instant now = clock.instant();
    KillSwitchState after = before.with(new Activation(level, reason, actor, now));
    // Safety first: the trigger takes effect even if it cannot be saved or audited.
    state = after;
    KillSwitchEvent event =
        new KillSwitchEvent(KillSwitchEvent.Type.TRIGGERED, Set.of(level), before, after, reason, actor, now);
    remember(event);
    try {
      persist();
    } catch (IOException e) {
      LOG.error("kill switch {} is active but could not be saved to {}: {}", level, stateFile, e.getMessage());
    }
    audit("killswitch.trigger", actor, Map.of("level", level.name(), "reason", reason,
        "effective", after.level().map(Enum::name).orElse("NONE")));
    notifyListeners(event);
    return new KillSwitchResult.Applied(event);
  }

  private KillSwitchResult applyReset(Set<KillSwitchLevel> levels, String confirm, String actorGiven) {
    String actor = bounded(actorGiven, "unknown");
    Optional<String> refusal = checkConfirmation(confirm);
    if (refusal.isEmpty()) {
      refusal = resetPrecondition.get();
    }
    if (refusal.isPresent()) {
      audit("killswitch.refused", actor, Map.of("action", "reset", "levels", names(levels), "why", refusal.get()));
      return new KillSwitchResult.Refused(state, refusal.get());
    }
    KillSwitchState before = state;
    Set<KillSwitchLevel> lifted = EnumSet.noneOf(KillSwitchLevel.class);
    KillSwitchState after = before;
    for (KillSwitchLevel l : levels) {
      if (after.active().containsKey(l)) {
        lifted.add(l);
        after = after.without(l);
      }
    }
    if (lifted.isEmpty()) {
      return new KillSwitchResult.Unchanged(before, "no such level is active");
    }
    // Lifting a protection is only done when it is on record and saved; otherwise refuse.
    try {
      audit.append("killswitch.reset", actor, Map.of("levels", names(lifted),
          "effective", after.level().map(Enum::name).orElse("NONE")));
    } catch (AuditException e) {
      return new KillSwitchResult.Refused(before, "the reset could not be written to the audit log");
    }
    KillSwitchEvent event =
        new KillSwitchEvent(KillSwitchEvent.Type.RESET, lifted, before, after, "reset", actor, clock.instant());
    state = after;
    remember(event);
    try {
      persist();
    } catch (IOException e) {
      state = before;
      history.removeLast();
      audit("killswitch.reset_failed", actor, Map.of("levels", names(lifted)));
      return new KillSwitchResult.Refused(before, "the reset could not be saved; the switch stays as it was");
    }
    notifyListeners(event);
    return new KillSwitchResult.Applied(event);
  }

  private static String bounded(String s, String fallback) {
    if (s == null || s.isBlank()) {
      return fallback;
    }
    String t = s.strip();
    return t.length() <= MAX_REASON_LENGTH ? t : t.substring(0, MAX_REASON_LENGTH) + "...";
  }

  private Optional<String> checkConfirmation(String confirm) {
    if (codephrase == null) {
      return Optional.of("no kill-switch codephrase is configured; use the offline reset");
    }
    if (confirm == null || !confirm.startsWith(Codephrase.PREFIX)) {
      return Optional.of("confirmation must be \"" + Codephrase.PREFIX + "<codephrase>\"");
    }
    if (!codephrase.matchesConfirmation(confirm)) {
      return Optional.of("wrong codephrase");
    }
    return Optional.empty();
  }

  private Decision deny(KillSwitchState s) {
    Activation a = s.effective().orElseThrow();
    Severity severity = a.level().compareTo(KillSwitchLevel.LOCKDOWN) >= 0 ? Severity.CRITICAL : Severity.HIGH;
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("level", a.level().name());
    details.put("since", a.at().toString());
    return Decision.deny("killswitch." + a.level().label(),
        "kill switch " + a.level().name() + " is active: " + a.reason(), severity, details);
  }

  private void audit(String event, String actor, Map<String, ?> details) {
    try {
      audit.append(event, actor, details);
    } catch (AuditException e) {
      LOG.error("kill switch event {} could not be audited: {}", event, e.getMessage());
    }
  }

  private void notifyListeners(KillSwitchEvent event) {
    for (Consumer<KillSwitchEvent> l : listeners) {
      try {
        l.accept(event);
      } catch (RuntimeException e) {
        // One failing listener must not keep the others (e.g. session invalidation) from running.
        LOG.error("kill switch listener {} failed: {}", l.getClass().getName(), e.toString());
      }
    }
  }

  private void remember(KillSwitchEvent e) {
    history.addLast(e);
    while (history.size() > HISTORY_LIMIT) {
      history.removeFirst();
    }
  }

  private static List<String> names(Set<KillSwitchLevel> levels) {
    return levels.stream().sorted().map(Enum::name).toList();
  }

  // --- persistence -------------------------------------------------------------------------

  private void restore() {
    try {
      AtomicFile.sweepTemps(stateFile);
      byte[] bytes = Files.readAllBytes(stateFile);
      read(JSON.readTree(bytes));
    } catch (NoSuchFileException e) {
      state = KillSwitchState.INACTIVE;
    } catch (IOException | RuntimeException e) {
      failClosed(e instanceof StateFormatException ? e.getMessage() : "not valid JSON or unreadable");
    }
  }

  private void failClosed(String problem) {
    startupProblem = "kill-switch state " + stateFile.getFileName() + " is unreadable (" + problem + "); starting in LOCKDOWN";
    LOG.error(startupProblem);
    Instant now = clock.instant();
    KillSwitchState before = KillSwitchState.INACTIVE;
    state = before.with(new Activation(KillSwitchLevel.LOCKDOWN, startupProblem, "system", now));
    remember(new KillSwitchEvent(KillSwitchEvent.Type.FAIL_CLOSED, Set.of(KillSwitchLevel.LOCKDOWN), before, state,
        startupProblem, "system", now));
    try {
      if (Files.exists(stateFile)) {
        Files.move(stateFile, stateFile.resolveSibling(stateFile.getFileName() + ".corrupt-" + now.toEpochMilli()),
            StandardCopyOption.REPLACE_EXISTING);
      }
      persist();
    } catch (IOException e) {
      LOG.error("could not save the fail-closed LOCKDOWN to {}: {}", stateFile, e.getMessage());
    }
    audit("killswitch.fail_closed", "system", Map.of("level", KillSwitchLevel.LOCKDOWN.name(), "problem", problem));
  }

  private static final class StateFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StateFormatException(String message) {
      super(message);
    }
  }

  private void read(JsonNode root) {
    if (root == null || !root.isObject() || root.path("version").asInt() != 1 || !root.path("active").isArray()) {
      throw new StateFormatException("not a version 1 kill-switch state");
    }
    Map<KillSwitchLevel, Activation> active = new EnumMap<>(KillSwitchLevel.class);
    for (JsonNode a : root.get("active")) {
      Activation act = activation(a);
      active.put(act.level(), act);
    }
    state = new KillSwitchState(active);
    for (JsonNode h : root.path("history")) {
      try {
        remember(new KillSwitchEvent(
            KillSwitchEvent.Type.valueOf(h.path("type").asText()),
            levelSet(h.path("levels")),
            new KillSwitchState(Map.of()),
            new KillSwitchState(Map.of()),
            h.path("reason").asText(),
            h.path("actor").asText(),
            Instant.parse(h.path("at").asText())));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        // History is informational; the active levels above are what guards.
        LOG.warn("skipping an unreadable kill-switch history entry");
      }
    }
  }

  private static Activation activation(JsonNode a) {
    KillSwitchLevel level = KillSwitchLevel.parse(a.path("level").asText())
        .orElseThrow(() -> new StateFormatException("unknown level '" + a.path("level").asText() + "'"));
    try {
      return new Activation(level, a.path("reason").asText(), a.path("actor").asText(),
          Instant.parse(a.path("at").asText()));
    } catch (DateTimeParseException e) {
      throw new StateFormatException("bad timestamp for " + level);
    }
  }

  private static Set<KillSwitchLevel> levelSet(JsonNode arr) {
    Set<KillSwitchLevel> s = EnumSet.noneOf(KillSwitchLevel.class);
    for (JsonNode n : arr) {
      KillSwitchLevel.parse(n.asText()).ifPresent(s::add);
    }
    return s;
  }

  private void persist() throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", 1);
    ArrayNode active = root.putArray("active");
    for (Activation a : state.active().values()) {
      active.addObject()
          .put("level", a.level().name())
          .put("reason", a.reason())
          .put("actor", a.actor())
          .put("at", a.at().toString());
    }
    ArrayNode hist = root.putArray("history");
    for (KillSwitchEvent e : new ArrayList<>(history)) {
      ObjectNode h = hist.addObject();
      h.put("type", e.type().name());
      ArrayNode lv = h.putArray("levels");
      names(e.levels()).forEach(lv::add);
      h.put("effective_after", e.after().level().map(Enum::name).orElse("NONE"));
      h.put("reason", e.reason());
      h.put("actor", e.actor());
      h.put("at", e.at().toString());
    }
    AtomicFile.write(stateFile, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
  }
}
