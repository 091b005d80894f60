package dev.promptfit.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Annotation-processing cost: {@value #INTERFACES} generated interfaces of {@value #METHODS}
 * methods each, compiled with javax.tools by plain javac ({@code -proc:none}) and with the Promptfit
 * processor (which also compiles the classes it writes). Runs alternate after one warm-up of each;
 * medians are reported.
 */
final class ProcessorTime {
  static final int INTERFACES = 200;
  static final int METHODS = 5;

  private ProcessorTime() {}

  record Result(double plainMs, double processorMs, int runs, int generatedFiles) {}

  static Result measure(int runs) throws IOException {
    Path root = Files.createTempDirectory("promptfit-proctime");
    try {
      List<Path> sources = writeSources(root.resolve("src"));
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      List<Double> plain = new ArrayList<>();
      List<Double> processed = new ArrayList<>();
      int generated = 0;
      for (int i = 0; i <= runs; i++) {
        double p = compile(javac, root, sources, false, i);
        double q = compile(javac, root, sources, true, i);
        if (i > 0) { // the first round warms javac up
          plain.add(p);
          processed.add(q);
        }
        try (Stream<Path> files = Files.walk(root.resolve("gen-" + i))) {
          generated = (int) files.filter(f -> f.toString().endsWith(".java")).count();
        }
      }
      if (generated != INTERFACES) {
        throw new IllegalStateException("processor wrote " + generated + " files, expected " + INTERFACES);
      }
      return new Result(ColdStart.median(plain), ColdStart.median(processed), runs, generated);
    } finally {
      try (Stream<Path> files = Files.walk(root)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  private static double compile(
      JavaCompiler javac, Path root, List<Path> sources, boolean processor, int round)
      throws IOException {
    String tag = (processor ? "proc-" : "plain-") + round;
    Path out = Files.createDirectories(root.resolve("out-" + tag));
    Path gen = Files.createDirectories(root.resolve("gen-" + round));
    String cp = System.getProperty("java.class.path");
    List<String> options = new ArrayList<>(List.of("-d", out.toString(), "-classpath", cp, "--release", "17"));
    if (processor) {
      options.addAll(
          List.of("-processorpath", cp, "-processor", "dev.promptfit.processor.PromptfitProcessor",
              "-s", gen.toString()));
    } else {
      options.add("-proc:none");
    }
    StringWriter log = new StringWriter();
    long start = System.nanoTime();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
      boolean ok = javac.getTask(log, files, null, options, null, units).call();
      if (!ok) {
        throw new IllegalStateException("javac failed (" + tag + "): " + log);
      }
    }
    return (System.nanoTime() - start) / 1e6;
  }

  private static List<Path> writeSources(Path src) throws IOException {
    Path pkg = Files.createDirectories(src.resolve("bench/gen"));
    List<Path> paths = new ArrayList<>();
    for (int i = 0; i < INTERFACES; i++) {
      StringBuilder s = new StringBuilder();
      s.append("package bench.gen;\n\n")
          .append("import dev.promptfit.*;\nimport dev.promptfit.annotation.*;\n")
          .append("import java.util.concurrent.CompletableFuture;\nimport java.util.concurrent.Flow;\n")
          .append("import java.util.stream.Stream;\n\n")
          .append("@Model(\"gpt-5-mini\")\n@Instructions(\"You are assistant number ").append(i).append(".\")\n")
          .append("public interface Service").append(i).append(" {\n")
          .append("  @Prompt(\"Translate {text} into {language}.\")\n")
          .append("  String translate").append(i).append("(String text, String language);\n\n")
          .append("  @Prompt(\"{question}\")\n  @Model(value = \"gpt-5.2\", api = Api.CHAT_COMPLETIONS)\n")
          .append("  @Temperature(0.2) @MaxOutputTokens(512)\n")
          .append("  Stream<String> ask").append(i).append("(String question);\n\n")
          .append("  @Prompt(\"Summarise: {doc}\")\n  @ReasoningEffort(\"low\")\n")
          .append("  Flow.Publisher<String> summarise").append(i).append("(@Var(\"doc\") String document);\n\n")
          .append("  @Prompt(\"Classify: {text}\")\n")
          .append("  CompletableFuture<Reply> classify").append(i).append("(String text, CallOptions options);\n\n")
          .append("  @Prompt(\"Count {n} things about {topic}.\")\n")
          .append("  Reply count").append(i).append("(int n, String topic);\n")
          .append("}\n");
      Path file = pkg.resolve("Service" + i + ".java");
      Files.writeString(file, s.toString());
      paths.add(file);
    }
    return paths;
  }
}
