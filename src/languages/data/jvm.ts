// Java and Kotlin, both run on the JVM 17.

import type { LanguageInput } from '../language.js';
import { ECHO } from './common.js';

/** javac's own JVM: fast start-up (C1 only, class-data archive made in the image), no /tmp/hsperfdata. */
const JAVAC_JVM = [
  '-J-XX:+UseSerialGC',
  '-J-XX:TieredStopAtLevel=1',
  '-J-XX:-UsePerfData',
  '-J-XX:SharedArchiveFile=/usr/local/lib/letscode/javac.jsa',
];

/** JVM flags of a solution's run (Java, Kotlin). */
const JVM_RUN = ['-Xss64m', '-XX:NewRatio=4', '-XX:+UseSerialGC', '-XX:-UsePerfData', '-Dfile.encoding=UTF-8', '-DONLINE_JUDGE=true'];

/**
 * kotlinc's own JVM (read by the kotlinc script, ignored by java itself): C1 only and a
 * class-data archive made in the image (~2.1 s -> ~1.5 s for two small files); the
 * script's -noverify would print a deprecation warning in every compile message.
 */
const KOTLINC_JAVA_OPTS = [
  '-Xmx768m',
  '-XX:+UseSerialGC',
  '-XX:TieredStopAtLevel=1',
  '-XX:-UsePerfData',
  '-XX:-PrintWarnings',
  '-XX:SharedArchiveFile=/usr/local/lib/letscode/kotlinc.jsa',
].join(' ');

export const JAVA: LanguageInput = {
  id: 'java',
  name: 'Java 17 (OpenJDK)',
  extensions: ['.java'],
  aliases: ['java17'],
  image: 'java',
  sourceName: '{mainClass}.java',
  // In a folder, files keep their names (javac wants each public class in <Class>.java).
  mainFile: [
    { kind: 'containing', pattern: String.raw`\b(?:public\s+static|static\s+public)\s+(?:final\s+)?void\s+main\s*\(`, description: 'declares public static void main' },
    { kind: 'stem', stem: 'Main' },
  ],
  mainClass: {
    pattern: String.raw`\bpublic\s+(?:(?:abstract|final|strictfp|sealed|non-sealed)\s+)*(?:class|interface|enum|record)\s+([\p{L}_$][\p{L}\p{N}_$]*)`,
    fallback: 'Main',
  },
  compile: ['javac', ...JAVAC_JVM, '-encoding', 'UTF-8', '-d', '{out}', '{sources}'],
  // A single array of 60% of the limit must fit the old generation: NewRatio=4 gives it
  // 80% of the heap. The other 20% of the limit is the JVM itself (~35 MiB at rest).
  run: ['java', '-Xmx{heapMiB}m', ...JVM_RUN, '-cp', '{box}', '{mainClass}'],
  heapShare: 0.8,
  outOfMemoryMarkers: ['java.lang.OutOfMemoryError'],
  selfTest: {
    ...ECHO,
    source: `import java.io.*;

public class Echo {
  public static void main(String[] args) throws IOException {
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
      PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
      String line;
      while ((line = in.readLine()) != null) out.println(line);
      out.flush();
  }
}
`,
  },
};

export const KOTLIN: LanguageInput = {
  id: 'kotlin',
  name: 'Kotlin 1.3 (kotlinc, JVM 17)',
  extensions: ['.kt'],
  aliases: ['kt', 'kotlinc'],
  image: 'kotlin',
  sourceName: 'solution.kt',
  // kotlinc compiles every file and writes the class with `fun main` as the jar's Main-Class.
  mainFile: [
    { kind: 'containing', pattern: String.raw`^\s*fun\s+main\s*\(`, description: 'declares fun main' },
    { kind: 'stem', stem: 'main' },
  ],
  compile: ['kotlinc', '{sources}', '-d', '{out}/solution.jar'],
  // The standard library stays in the image, on the boot class path: `-include-runtime`
  // would copy its 3 MB into every compile, run box and cache entry.
  run: [
    'java',
    '-Xmx{heapMiB}m',
    ...JVM_RUN,
    '-Xbootclasspath/a:/usr/share/java/kotlin-stdlib.jar',
    '-jar',
    '{box}/solution.jar',
  ],
  env: { JAVA_OPTS: KOTLINC_JAVA_OPTS },
  heapShare: 0.8,
  outOfMemoryMarkers: ['java.lang.OutOfMemoryError'],
  selfTest: {
    ...ECHO,
    source: `fun main() {
  val input = System.\`in\`.readBytes()
  System.out.write(input)
  System.out.flush()
}
`,
  },
};
