package io.moltr.core.command;

import io.moltr.core.command.Script.SimpleCommand;
import io.moltr.core.command.Script.Word;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where each "cd DIR" of a flat command list really goes ("cd src && make && cd .." returns to
 * the start directory). Every directory the shell can be in when a cd runs is followed, a failed
 * cd included (it leaves the directory as it was, and ";" or "||" go on from there). A cd whose
 * every possible target lies inside the start directory is rewritten to that target, relative to
 * the start directory, so the path policy judges where the shell will be; any other cd is left as
 * written and judged from the start directory, as before. Lines that are not flat lists, and
 * lines with another way to change directory (pushd, popd, a wrapped or optioned cd), are left
 * alone.
 */
final class DirectoryChanges {
  private DirectoryChanges() {}

  /** A possible state after a command: the directory (relative, "" = start) and its status. */
  private record State(String dir, boolean ok) {}

  static List<SimpleCommand> resolve(Script script) {
    List<SimpleCommand> commands = script.commands();
    if (!script.flat() || commands.size() < 2) {
      return commands;
    }
    for (SimpleCommand sc : commands) {
      boolean plainCd = plainCd(sc) != null;
      for (Word w : sc.words()) {
        String t = w.text();
        if ((t.equals("cd") || t.equals("pushd") || t.equals("popd") || t.endsWith("/cd"))
            && !plainCd) {
          return commands;
        }
      }
    }
    List<SimpleCommand> out = new ArrayList<>(commands);
    Set<State> states = new LinkedHashSet<>();
    states.add(new State("", true));
    for (int i = 0; i < commands.size(); i++) {
      String join = i == 0 ? ";" : script.joins().get(i - 1);
      SimpleCommand sc = commands.get(i);
      String target = plainCd(sc);
      Set<String> runsIn = new LinkedHashSet<>();
      Set<State> next = new LinkedHashSet<>();
      for (State s : states) {
        boolean runs = join.equals(";") || join.equals("&&") && s.ok() || join.equals("||") && !s.ok();
        if (runs) {
          runsIn.add(s.dir());
        } else {
          next.add(s); // skipped: directory and status carry over
        }
      }
      if (target == null) {
        for (String d : runsIn) {
          next.add(new State(d, true));
          next.add(new State(d, false));
        }
      } else {
        Set<String> targets = new LinkedHashSet<>();
        for (String d : runsIn) {
          String t = normalize(d.isEmpty() ? target : d + "/" + target);
          if (t == null) {
            return out; // above the start directory: this cd and the rest are judged as written
          }
          targets.add(t);
          next.add(new State(t, true));
          next.add(new State(d, false));
        }
        if (targets.size() == 1) {
          String t = targets.iterator().next();
          Word op = sc.words().get(1);
          List<Word> words = List.of(sc.words().get(0), Options.sub(op, t.isEmpty() ? "." : t));
          out.set(i, new SimpleCommand(sc.assignments(), words, sc.redirects(), sc.pipedInput(),
              sc.pipedFrom()));
        } else if (!targets.isEmpty()) {
          return out; // more than one place: judged as written from here on
        }
      }
      states = next;
    }
    return out;
  }

  /** The operand of "cd DIR" when DIR is a static relative directory, else null. */
  private static String plainCd(SimpleCommand sc) {
    List<Word> w = sc.words();
    if (w.size() != 2 || !w.get(0).text().equals("cd") || w.get(0).quoted()
        || !sc.assignments().isEmpty() || !sc.redirects().isEmpty() || !w.get(1).isStatic()) {
      return null;
    }
    String t = w.get(1).text();
    if (t.isEmpty() || t.startsWith("/") || t.startsWith("-") || t.startsWith("~")
        || t.indexOf('\\') >= 0 || t.chars().anyMatch(Character::isISOControl)) {
      return null;
    }
    return t;
  }

  /** "a/b/../c/." is "a/c"; null when it climbs above the start directory. */
  private static String normalize(String path) {
    List<String> parts = new ArrayList<>();
    for (String p : path.split("/+")) {
      if (p.isEmpty() || p.equals(".")) {
        continue;
      }
      if (p.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.remove(parts.size() - 1);
      } else {
        parts.add(p);
      }
    }
    return String.join("/", parts);
  }
}
