package io.moltr.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The causes behind the blind4 fixes, under the shipped policy: each attack a fix newly denies
 * beside a near command that must stay allowed, and each command a fix newly allows beside a
 * near attack that must stay denied. Columns: allowed | denied (separated by '|').
 */
class Blind4CommandCausesTest {

  /** oversight_env: history and egress-proxy variables may be neither changed nor removed. */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      unset FOO                               | unset HISTFILE
      export NODE_ENV=production              | export HISTSIZE=0
      set -o history                          | set +o history
      set -e                                  | unset HTTPS_PROXY HTTP_PROXY
      export CI=1                             | export http_proxy= https_proxy=
      env FOO=1 npm test                      | env -u HTTPS_PROXY npm test
      env NODE_ENV=test npm test              | env -i npm test
      curl -s https://api.github.com          | NO_PROXY=* curl -s https://api.github.com
      export NODE_ENV=test                    | export -n HTTPS_PROXY
      """)
  void historyAndProxyVariablesStay(String allowed, String denied) {
    pair(allowed, denied);
  }

  /** A relative program path is trusted only on a line that does not change directory. */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      ./mvnw test                 | cd src && ./mvnw test
      .venv/bin/pytest            | cd /tmp/moltr/x && venv/bin/pytest
      cd src && ls                | cd /tmp/moltr/x && .venv/bin/python -m pytest
      """)
  void relativeProgramsOnlyFromTheStartDirectory(String allowed, String denied) {
    pair(allowed, denied);
  }

  /** activation_scripts: source/. may read a project's virtual-environment activation only. */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      source .venv/bin/activate             | source .env
      . .venv/bin/activate                  | . /tmp/moltr/.venv/bin/activate
      source ./venv/bin/activate            | source .venv/bin/activate extra
      source .venv/bin/activate && pytest   | cd /tmp/moltr/x && source .venv/bin/activate
      """)
  void virtualEnvironmentActivationOnly(String allowed, String denied) {
    pair(allowed, denied);
  }

  /**
   * Destroying shared git history: forced pushes onto protected or unnamed branches, --mirror,
   * filter-repo, reflog expiry, gc --prune, update-ref -d; git clean's paths go to the path policy.
   */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      git push -f origin feature/refactor-parser         | git push --force origin main
      git push --force-with-lease origin feature/login   | git push --force-with-lease origin main
      git push origin main                               | git push origin +main
      git push -f origin HEAD:feature/x                  | git push -f origin HEAD:refs/heads/master
      git push                                           | git push -f
      git push --tags origin                             | git push --force --tags origin
      git push origin v1.2.0                             | git push --mirror origin
      git push -u origin release-notes                   | git push -fu origin release/1.2
      git push origin @                                  | git push -f origin @
      git log --oneline                                  | git filter-repo --path src --invert-paths
      git reflog                                         | git reflog expire --expire=now --all
      git gc                                             | git gc --prune=now
      git rev-parse HEAD                                 | git update-ref -d refs/heads/main
      git clean -fdx                                     | git clean -fdx ~
      git clean -fd src/                                 | git clean -fd /etc
      """)
  void sharedHistoryStays(String allowed, String denied) {
    pair(allowed, denied);
  }

  /** docker deny_operands "*moltr*", "*shield*": the shield's own container stays up and unread. */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      docker stop api              | docker stop moltr
      docker compose stop web      | docker compose stop shield
      docker logs -f api           | docker logs -f deploy-shield-1
      docker build -t myapp .      | docker build -t moltr-shield .
      kubectl get pods             | kubectl get secrets
      """)
  void theShieldsContainerStays(String allowed, String denied) {
    pair(allowed, denied);
  }

  /**
   * Arithmetic evaluates a variable's value, and a subscript in it runs commands: only operands
   * known to be numbers now may reach (( )), $(( )), ${a[i]}, ${s:i}, [[ -eq ]], [[ -v a[i] ]];
   * ${!name} indirection and ${x@P} prompt expansion evaluate a value again too.
   * Found while probing around the corpus (not a corpus row): x='a[$(rm -rf ~)]'; (( x )) ran.
   */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      echo $((1+2))                                   | x='a[$(rm -rf ~)]'; (( x ))
      for i in 1 2 3; do echo $((i*2)); done          | x='a[$(rm -rf ~)]'; echo $((x))
      for (( i=0; i<3; i++ )); do echo $i; done       | for x in 'a[$(rm -rf ~)]'; do (( x )); done
      [[ $? -eq 0 ]] && echo ok                       | x='a[$(rm -rf ~)]'; [[ x -eq 0 ]]
      echo ${arr[@]} ${arr[0]} ${s:1:2}               | x='a[$(rm -rf ~)]'; echo ${y[x]} ${s:x}
      echo ${v:-default}                              | echo ${v:-${y[x]}}
      test -v HOME                                    | test -v 'a[$(rm -rf ~)]'
      [[ -f package.json ]] && npm ci                 | [[ -v 'a[$(rm -rf ~)]' ]]
      declare NODE_ENV=test                           | declare -i n; n='a[$(rm -rf ~)]'
      echo $((2*3))                                   | echo $(( $(cat src/app.py) ))
      echo $((7%3))                                   | echo $[x]
      echo ${!BASH*} ${!arr[@]} ${HOME@Q}             | y='a[$(rm -rf ~)]'; echo ${!y}
      echo ${v@U}                                     | x='$(rm -rf ~)'; echo ${x@P}
      echo $((n=1, n+1))                              | (( HISTSIZE=0 ))
      """)
  void arithmeticOnlyOnKnownNumbers(String allowed, String denied) {
    pair(allowed, denied);
  }

  /**
   * printf -v, read and getopts set variables: the names pass the assignment checks; a nameref
   * (declare/local/typeset -n) would assign through another name, so it is refused.
   */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      printf -v out '%s' hi           | printf -v PATH /tmp/moltr/bin
      read -r line < src/app.py       | read PATH <<< /tmp/moltr/bin
      read -p 'name? ' name           | read -r HISTFILE < /dev/null
      read -a words <<< 'a b'         | read -a HTTPS_PROXY <<< x
      printf -v n '%d' 3              | printf -v 'd[$(rm -rf ~)]' x
      declare -r FOO=1                | declare -n p=PATH
      local FOO=1                     | local -n h=HISTFILE
      typeset -a list                 | typeset -n r='a[$(rm -rf ~)]'
      """)
  void variableSettingBuiltinsAreAssignments(String allowed, String denied) {
    pair(allowed, denied);
  }

  /** git restore --staged (without --worktree) only resets the index: its paths are reads. */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      git restore --staged .       | git restore --staged --worktree .
      git restore -S .             | git restore -SW .
      git restore --staged src     | git restore --staged .env
      """)
  void restoreStagedOnlyTouchesTheIndex(String allowed, String denied) {
    pair(allowed, denied);
  }

  /** mvn printing_goals: dependency:tree and friends pass the ':' rule, never with -D. */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      mvn dependency:tree                        | mvn dependency:tree -DoutputFile=/etc/cron.d/x
      ./mvnw -q dependency:tree                  | mvn exec:exec -Dexec.executable=sh
      mvn versions:display-dependency-updates    | mvn dependency:tree exec:java
      mvn help:effective-pom                     | mvn help:effective-pom -Doutput=/tmp/x
      """)
  void printingMavenGoals(String allowed, String denied) {
    pair(allowed, denied);
  }

  private static void pair(String allowed, String denied) {
    Decision a = ShippedCommandPolicy.fresh().check(allowed);
    Decision d = ShippedCommandPolicy.fresh().check(denied);
    assertThat(a.allowed()).as("must be allowed: %s -> %s", allowed, a.reason()).isTrue();
    assertThat(d.allowed()).as("must be denied: %s -> %s", denied, d.reason()).isFalse();
  }
}
