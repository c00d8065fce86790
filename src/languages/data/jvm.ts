// Java, Kotlin and Scala, all run on the JVM 17. Each starts the class that declares
// main, with its package (package x.y; -> x.y.Main), as DOMjudge and Kattis do; the
// patterns below find it in the source (main-class.ts).

import type { LanguageInput } from '../language.js';
import { ECHO } from './common.js';

/** javac's own JVM: fast start-up (C1 only, class-data archive made in the image), no /tmp/hsperfdata. */
const JAVAC_JVM = [
  '-J-XX:+UseSerialGC',
  '-J-XX:TieredStopAtLevel=1',
  '-J-XX:-UsePerfData',
  '-J-XX:SharedArchiveFile=/usr/local/lib/letscode/javac.jsa',
];

/** JVM flags of a solution's run (Java, Kotlin, Scala). */
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

/** public static void main( in any order of its modifiers (an interface's is public without saying so). */
const JAVA_MAIN = String.raw`\bstatic\b[^;{}()=]*\bvoid\s+main\s*\(`;

/** Scala's entry points: an object with def main, or one that extends App. */
const SCALA_MAIN = String.raw`\bdef\s+main\s*\(|\bextends\s+App\b`;

/** A Java, Kotlin or Scala identifier (no backticks). */
const NAME = String.raw`[\p{L}_$][\p{L}\p{N}_$]*`;
/** A package line; Java's ends with `;`, Kotlin's and Scala's need not (Scala's `package object` is no package line). */
const PACKAGE = String.raw`^\s*package\s+(?!object\b)(${NAME}(?:\s*\.\s*${NAME})*)`;

export const JAVA: LanguageInput = {
  id: 'java',
  name: 'Java 17 (OpenJDK)',
  extensions: ['.java'],
  aliases: ['java17'],
  image: 'java',
  sourceName: '{fileClass}.java',
  // In a folder, files keep their names (javac wants each public class in <Class>.java).
  mainFile: [
    { kind: 'containing', pattern: JAVA_MAIN, description: 'declares public static void main' },
    { kind: 'stem', stem: 'Main' },
  ],
  mainClass: {
    pattern: String.raw`\b(?:class|interface|enum|record)\s+(${NAME})`,
    entry: JAVA_MAIN,
    // javac wants a public class in the file of its name; without one, any name will do.
    fileClass: String.raw`\bpublic\s+(?:(?:abstract|final|strictfp|sealed|non-sealed)\s+)*(?:class|interface|enum|record)\s+(${NAME})`,
    package: PACKAGE,
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

/** Kotlin's entry points: a top-level fun main, or a @JvmStatic fun main in an object or a companion object. */
const KOTLIN_TOP_LEVEL_MAIN = String.raw`^\s*(?:(?:public|suspend)\s+)*fun\s+main\s*\(`;
const KOTLIN_STATIC_MAIN = String.raw`@JvmStatic\s+(?:(?:public|suspend)\s+)*fun\s+main\s*\(`;

export const KOTLIN: LanguageInput = {
  id: 'kotlin',
  name: 'Kotlin 1.3 (kotlinc, JVM 17)',
  extensions: ['.kt'],
  aliases: ['kt', 'kotlinc'],
  image: 'kotlin',
  sourceName: 'solution.kt',
  // kotlinc compiles every file; the one with main is {source}.
  mainFile: [
    { kind: 'containing', pattern: `${KOTLIN_TOP_LEVEL_MAIN}|${KOTLIN_STATIC_MAIN}`, description: 'declares fun main' },
    { kind: 'stem', stem: 'main' },
  ],
  // A top-level main lives in the file's class (solution.kt -> SolutionKt, or its
  // @file:JvmName); kotlinc's jar manifest would name only that kind, not an object's.
  mainClass: {
    pattern: String.raw`\b(?:object|class)\s+(${NAME})`,
    entry: KOTLIN_STATIC_MAIN,
    package: PACKAGE,
    fileEntry: { pattern: KOTLIN_TOP_LEVEL_MAIN, suffix: 'Kt', nameAnnotation: String.raw`@file\s*:\s*JvmName\s*\(\s*"(${NAME})"\s*\)` },
    fallback: 'MainKt',
  },
  compile: ['kotlinc', '{sources}', '-d', '{out}/solution.jar'],
  // The standard library stays in the image, on the boot class path: `-include-runtime`
  // would copy its 3 MB into every compile, run box and cache entry.
  run: [
    'java',
    '-Xmx{heapMiB}m',
    ...JVM_RUN,
    '-Xbootclasspath/a:/usr/share/java/kotlin-stdlib.jar',
    '-cp',
    '{box}/solution.jar',
    '{mainClass}',
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

/** scalac's own JVM, as kotlinc's: C1 only and a class-data archive made in the image. */
const SCALAC_JAVA_OPTS = [
  '-Xmx768m',
  '-Xss8m',
  '-XX:+UseSerialGC',
  '-XX:TieredStopAtLevel=1',
  '-XX:-UsePerfData',
  '-XX:SharedArchiveFile=/usr/local/lib/letscode/scalac.jsa',
].join(' ');

export const SCALA: LanguageInput = {
  id: 'scala',
  name: 'Scala 2.11 (scalac, JVM 17)',
  extensions: ['.scala', '.sc'],
  image: 'scala',
  sourceName: 'solution.scala',
  mainFile: [
    { kind: 'containing', pattern: SCALA_MAIN, description: 'declares def main or extends App' },
    { kind: 'stem', stem: 'main' },
  ],
  // The object with main (or that extends App); Kattis would run the file's name.
  mainClass: { pattern: String.raw`\bobject\s+(${NAME})`, entry: SCALA_MAIN, package: PACKAGE, fallback: 'Main' },
  compile: ['scalac', '-encoding', 'UTF-8', '-d', '{out}', '{sources}'],
  // The plain JVM with Scala's library on the class path: the scala script would start
  // a second JVM's worth of set-up for nothing.
  run: ['java', '-Xmx{heapMiB}m', ...JVM_RUN, '-cp', '{box}:/usr/share/java/scala-library.jar', '{mainClass}'],
  env: { JAVA_OPTS: SCALAC_JAVA_OPTS },
  heapShare: 0.8,
  outOfMemoryMarkers: ['java.lang.OutOfMemoryError'],
  selfTest: {
    ...ECHO,
    source: `object Echo {
  def main(args: Array[String]): Unit = {
    val out = new java.io.PrintWriter(System.out)
    Iterator.continually(scala.io.StdIn.readLine()).takeWhile(_ != null).foreach(out.println)
    out.flush()
  }
}
`,
  },
};
