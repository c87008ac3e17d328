# Sourced by ./mvnw before anything else: Centre CPD (Vaadin 25) needs a JDK 21 or newer.
# Many machines still default to an older `java` (this project's build machines default to 17 with a
# JDK 25 installed beside it), so pick a suitable JDK ourselves instead of asking people to set JAVA_HOME.
# Order: JAVA_HOME if it is new enough, then `java` on PATH, then JDKs in the usual install folders.

cpd_java_major() { # $1 = path to a java binary; prints its feature version, e.g. 25
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

cpd_find_jdk() {
  cpd_candidates=""
  [ -n "${JAVA_HOME:-}" ] && cpd_candidates="$JAVA_HOME"
  if command -v javac >/dev/null 2>&1; then
    cpd_candidates="$cpd_candidates $(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
  fi
  for d in /usr/lib/jvm/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$d" ] && cpd_candidates="$cpd_candidates $d"
  done
  cpd_best="" ; cpd_best_major=0
  for home in $cpd_candidates; do
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    major=$(cpd_java_major "$home/bin/java")
    [ -n "$major" ] || continue
    if [ "$major" -ge 21 ] && [ "$major" -gt "$cpd_best_major" ]; then
      # JAVA_HOME wins whenever it is new enough: respect an explicit choice.
      if [ "$home" = "${JAVA_HOME:-}" ]; then cpd_best="$home"; cpd_best_major=$major; break; fi
      cpd_best="$home"; cpd_best_major=$major
    fi
  done
  if [ -z "$cpd_best" ]; then
    echo "Centre CPD needs a JDK 21 or newer (Vaadin 25), and none was found." >&2
    echo "Looked at JAVA_HOME (${JAVA_HOME:-unset}), the javac on PATH and /usr/lib/jvm, /opt/java." >&2
    echo "Install one (e.g. 'apt-get install openjdk-21-jdk' or Temurin 21/25) or set JAVA_HOME to it, then run again." >&2
    exit 1
  fi
  JAVA_HOME="$cpd_best"
  export JAVA_HOME
}

cpd_find_jdk
