#!/usr/bin/env bash
# Runs the bayes4j JMH benchmarks.
#
#   bench/run.sh                          # every benchmark, short run (-f 1 -wi 3 -i 5)
#   bench/run.sh LogDensityGradient       # benchmarks matching a regex, short run
#   bench/run.sh NutsFit -f 1 -wi 2 -i 5  # any JMH options replace the short-run defaults
#   bench/run.sh -h                       # JMH's own help
#
# Environment: SKIP_BUILD=1 reuses the installed jars (no "mvn install");
#              JAVA (default: java) picks the JVM.
#
# Steps: install every module from the repository root (tests skipped), write the
# bench module's runtime class path to bench/target/classpath.txt, then start
# org.openjdk.jmh.Main on the class path (JMH ignores module-info there).
set -euo pipefail

bench_dir="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$bench_dir/.." && pwd)"
cd "$root"

if [[ "${SKIP_BUILD:-0}" != "1" ]]; then
  echo "bench/run.sh: building (mvn -B -q -DskipTests install) ..." >&2
  mvn -B -q -DskipTests install
fi

classpath_file="$bench_dir/target/classpath.txt"
mvn -B -q -pl bench dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$classpath_file" >&2
classpath="$bench_dir/target/classes:$(cat "$classpath_file")"

# Defaults for a short run, used unless the caller passes JMH options of their own
# (a lone benchmark regex still gets them).
defaults=(-f 1 -wi 3 -i 5)
has_options=0
for arg in "$@"; do
  if [[ "$arg" == -* ]]; then has_options=1; fi
done
if [[ $has_options -eq 1 ]]; then
  args=("$@")
else
  args=("$@" "${defaults[@]}")
fi

exec "${JAVA:-java}" -cp "$classpath" org.openjdk.jmh.Main "${args[@]}"
