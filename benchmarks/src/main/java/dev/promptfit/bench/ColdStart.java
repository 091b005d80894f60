package dev.promptfit.bench;

import dev.promptfit.Promptfit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * Cold start: a fresh JVM (the same {@code java}, the same class path) runs {@link #main} in
 * {@code raw} or {@code promptfit} mode against a loopback server, and reports the time from
 * entering {@code main()} to holding the first full response (a {@value SseServer#SHORT}-delta
 * Responses stream joined to a String). The parent also records the whole process wall time.
 */
public final class ColdStart {
  private ColdStart() {}

  /** Child side: {@code ColdStart raw|promptfit <shortUrl>}; prints "mainToResponseNanos=...". */
  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    String text;
    if (args[0].equals("raw")) {
      OkHttpClient http = new OkHttpClient();
      StringBuilder out = new StringBuilder();
      try (Response r =
          http.newCall(
                  new okhttp3.Request.Builder()
                      .url(args[1] + "responses")
                      .post(
                          okhttp3.RequestBody.create(
                              "{\"model\":\"gpt-5-mini\",\"input\":\"hi\",\"stream\":true}",
                              okhttp3.MediaType.get("application/json")))
                      .build())
              .execute()) {
        Clients.rawLines(r.body().source(), false, out::append, Integer.MAX_VALUE);
      }
      text = out.toString();
    } else {
      try (Promptfit promptfit =
          Promptfit.builder().baseUrl(args[1]).apiKey("sk-benchmark").build()) {
        text = promptfit.create(BenchClient.class).ask("now");
      }
    }
    long elapsed = System.nanoTime() - t0;
    if (text.isEmpty()) {
      throw new IllegalStateException("empty response");
    }
    System.out.println("mainToResponseNanos=" + elapsed);
    System.exit(0);
  }

  /** Medians (ms) of main→response and whole-process wall time for one mode. */
  record Result(String mode, double mainToResponseMs, double processMs, int runs) {}

  /**
   * Runs the modes alternately (raw, promptfit, raw, ...) rather than one after the other, so a
   * change in the machine's load during the measurement falls on both alike.
   */
  static List<Result> measure(int runs) throws Exception {
    List<String> modes = List.of("raw", "promptfit");
    List<List<Double>> inMain = List.of(new ArrayList<>(), new ArrayList<>());
    List<List<Double>> process = List.of(new ArrayList<>(), new ArrayList<>());
    try (SseServer server = new SseServer(SseServer.SHORT, 0)) {
      for (String mode : modes) {
        run(mode, server.shortUrl()); // page cache and CDS archive warm-up, not counted
      }
      for (int i = 0; i < runs; i++) {
        for (int m = 0; m < modes.size(); m++) {
          long start = System.nanoTime();
          long child = run(modes.get(m), server.shortUrl());
          process.get(m).add((System.nanoTime() - start) / 1e6);
          inMain.get(m).add(child / 1e6);
        }
      }
    }
    List<Result> results = new ArrayList<>();
    for (int m = 0; m < modes.size(); m++) {
      results.add(new Result(modes.get(m), median(inMain.get(m)), median(process.get(m)), runs));
    }
    return results;
  }

  private static long run(String mode, String url) throws IOException, InterruptedException {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ColdStart.class.getName(),
                mode,
                url)
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("cold start child failed: " + out);
    }
    for (String line : out.split("\n")) {
      if (line.startsWith("mainToResponseNanos=")) {
        return Long.parseLong(line.substring("mainToResponseNanos=".length()).trim());
      }
    }
    throw new IllegalStateException("no timing from child: " + out);
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
