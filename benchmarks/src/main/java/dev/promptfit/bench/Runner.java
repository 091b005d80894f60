package dev.promptfit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark (one JMH run with {@code -prof gc} and {@link CpuProfiler}, then the
 * cold-start and annotation-processing mains), reads JMH's JSON result, and writes {@code
 * PERFORMANCE.md} and {@code performance.png} into {@code --docs}.
 *
 * <pre>
 * Runner [--smoke] [--docs DIR] [--command "how it was started"] [--report-only jmh.json]
 * </pre>
 *
 * {@code --smoke} uses one short iteration everywhere: it proves the harness works end to end; its
 * numbers mean little.
 */
public final class Runner {
  private static final String[] PATHS = {"floor", "raw", "promptfitStream", "promptfitPublisher"};
  private static final Map<String, String> LABELS =
      Map.of(
          "floor", "floor (okio, no parsing)",
          "raw", "raw (OkHttp + readUtf8Line + Jackson tree)",
          "promptfitStream", "promptfit Stream<String>",
          "promptfitPublisher", "promptfit Flow.Publisher<String>",
          "promptfitFuture", "promptfit CompletableFuture<String>");

  private Runner() {}

  public static void main(String[] args) throws Exception {
    boolean smoke = false;
    Path docs = Paths.get("docs");
    String command = "benchmarks/run.sh";
    Path reportOnly = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--smoke" -> smoke = true;
        case "--docs" -> docs = Paths.get(args[++i]);
        case "--command" -> command = args[++i];
        case "--report-only" -> reportOnly = Paths.get(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Path work = Paths.get("benchmarks", "target");
    Files.createDirectories(work);
    Path json = reportOnly != null ? reportOnly : work.resolve("jmh-result.json");
    Path aux = work.resolve("jmh-aux.txt");
    long started = System.nanoTime();
    if (reportOnly == null) {
      Files.deleteIfExists(aux);
      runJmh(smoke, json, aux);
    }
    int runs = smoke ? 2 : 9;
    System.out.println("# cold start, " + runs + " fresh JVMs per client");
    List<ColdStart.Result> cold = ColdStart.measure(runs);
    System.out.println("# annotation processing, " + ProcessorTime.INTERFACES + " interfaces");
    ProcessorTime.Result proc = ProcessorTime.measure(smoke ? 2 : 5);
    double minutes = (System.nanoTime() - started) / 60e9;

    JsonNode results = Clients.MAPPER.readTree(json.toFile());
    Map<String, Integer> counters = readAux(aux);
    Files.createDirectories(docs);
    Map<String, double[]> chart = new LinkedHashMap<>();
    String md = report(results, counters, cold, proc, smoke, command, minutes, chart);
    Files.writeString(docs.resolve("PERFORMANCE.md"), md);
    drawChart(chart, smoke, docs.resolve("performance.png"));
    System.out.println(md);
    System.out.println("Wrote " + docs.resolve("PERFORMANCE.md") + " and " + docs.resolve("performance.png"));
  }

  private static void runJmh(boolean smoke, Path json, Path aux) throws Exception {
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(
                "dev\\.promptfit\\.bench\\."
                    + "(StreamBench|FirstDeltaBench|ConcurrencyBench|ToolLoopBench|ToolDecodeBench)\\.")
            .addProfiler(GCProfiler.class)
            .addProfiler(CpuProfiler.class)
            .forks(1)
            .jvmArgsAppend("-Xms2g", "-Xmx2g", "-Dpromptfit.bench.aux=" + aux.toAbsolutePath())
            .resultFormat(ResultFormatType.JSON)
            .result(json.toString());
    if (smoke) {
      options
          .warmupIterations(1)
          .warmupTime(TimeValue.seconds(1))
          .measurementIterations(1)
          .measurementTime(TimeValue.seconds(1));
    }
    new org.openjdk.jmh.runner.Runner(options.build()).run();
  }

  private static Map<String, Integer> readAux(Path aux) throws IOException {
    Map<String, Integer> max = new LinkedHashMap<>();
    if (Files.exists(aux)) {
      for (String line : Files.readAllLines(aux)) {
        String[] f = line.trim().split(" ");
        if (f.length == 4) {
          max.merge(f[0] + ":" + f[1] + "/" + f[2], Integer.parseInt(f[3]), Math::max);
        }
      }
    }
    return max;
  }

  private static JsonNode find(JsonNode results, String bench, String method, String param, String value) {
    for (JsonNode r : results) {
      if (r.path("benchmark").asText().equals("dev.promptfit.bench." + bench + "." + method)
          && r.path("params").path(param).asText().equals(value)) {
        return r;
      }
    }
    return null;
  }

  private static double secondary(JsonNode r, String name) {
    JsonNode m = r.path("secondaryMetrics").path(name).path("score");
    return m.isNumber() ? m.asDouble() : Double.NaN;
  }

  private static String report(
      JsonNode results,
      Map<String, Integer> counters,
      List<ColdStart.Result> cold,
      ProcessorTime.Result proc,
      boolean smoke,
      String command,
      double minutes,
      Map<String, double[]> chart)
      throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("# Performance\n\n");
    if (smoke) {
      md.append(
          "> **Smoke run on a loaded machine.** This table comes from `--smoke` (one 1-second\n"
              + "> iteration per benchmark) while other builds and a fuzzer were using the same 2 cores.\n"
              + "> It proves the harness works end to end; the numbers are noisy and are **not** a\n"
              + "> measurement of Promptfit. No target is claimed as met. Re-run without `--smoke` on an\n"
              + "> idle machine for figures worth quoting.\n\n");
    }
    md.append("Produced by `benchmarks/run.sh` (the JMH harness in `benchmarks/`), which rewrites this file and\n")
        .append("`performance.png`. Run by hand only; never in CI.\n\n");
    md.append("| | |\n|---|---|\n")
        .append("| Date | ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME.withLocale(Locale.ROOT)).replaceAll("\\.\\d+", "")).append(" |\n")
        .append("| Machine | ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs (nproc), ").append(cpuModel()).append(" |\n")
        .append("| OS | ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version")).append(' ').append(System.getProperty("os.arch")).append(" |\n")
        .append("| JDK | ").append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.runtime.version")).append(" (").append(System.getProperty("java.vm.vendor")).append(") |\n")
        .append("| Command | `").append(command).append("` |\n")
        .append("| JMH | 1.37, 1 fork, -Xms2g -Xmx2g, `-prof gc`, `-prof dev.promptfit.bench.CpuProfiler`")
        .append(smoke ? ", smoke: 1 warm-up + 1 measurement iteration of 1 s" : ", iterations as annotated on each benchmark class")
        .append(" |\n")
        .append("| Total run time | ").append(String.format(Locale.ROOT, "%.1f", minutes)).append(" min |\n\n");

    md.append("## Throughput, CPU and heap per delta\n\n")
        .append("One op = one whole ").append(String.format(Locale.ROOT, "%,d", StreamBench.DELTAS))
        .append("-delta stream from the loopback server (pre-rendered bytes, keep-alive).\n")
        .append("Deltas/s = ops/s × ").append(StreamBench.DELTAS)
        .append(". CPU = process CPU time (all threads: client, server, JIT, GC) per op ÷ ")
        .append(StreamBench.DELTAS).append(". Heap = JMH `gc.alloc.rate.norm` (bytes allocated by all threads per op) ÷ ")
        .append(StreamBench.DELTAS).append(". The floor row shows what the server and transport cost.\n\n");
    md.append("| endpoint | path | deltas/s | ± | vs raw | CPU µs/delta | vs raw | heap B/delta | vs raw |\n")
        .append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (String endpoint : List.of("responses", "chat")) {
      JsonNode rawR = find(results, "StreamBench", "raw", "endpoint", endpoint);
      double rawThr = rawR == null ? Double.NaN : rawR.path("primaryMetric").path("score").asDouble() * StreamBench.DELTAS;
      double rawCpu = rawR == null ? Double.NaN : secondary(rawR, "cpu.time.norm") / 1000 / StreamBench.DELTAS;
      double rawHeap = rawR == null ? Double.NaN : secondary(rawR, "gc.alloc.rate.norm") / StreamBench.DELTAS;
      double[] thr = new double[PATHS.length];
      double[] heap = new double[PATHS.length];
      for (int i = 0; i < PATHS.length; i++) {
        JsonNode r = find(results, "StreamBench", PATHS[i], "endpoint", endpoint);
        if (r == null) {
          thr[i] = heap[i] = Double.NaN;
          continue;
        }
        double t = r.path("primaryMetric").path("score").asDouble() * StreamBench.DELTAS;
        double err = r.path("primaryMetric").path("scoreError").asDouble() * StreamBench.DELTAS;
        double cpu = secondary(r, "cpu.time.norm") / 1000 / StreamBench.DELTAS;
        double h = secondary(r, "gc.alloc.rate.norm") / StreamBench.DELTAS;
        thr[i] = t;
        heap[i] = h;
        md.append("| ").append(endpoint).append(" | ").append(LABELS.get(PATHS[i])).append(" | ")
            .append(fmt("%,.0f", t)).append(" | ").append(Double.isNaN(err) ? "n/a" : fmt("%,.0f", err)).append(" | ")
            .append(fmt("%.2f×", t / rawThr)).append(" | ")
            .append(fmt("%.3f", cpu)).append(" | ").append(fmt("%.2f×", cpu / rawCpu)).append(" | ")
            .append(fmt("%,.1f", h)).append(" | ").append(fmt("%.2f×", h / rawHeap)).append(" |\n");
      }
      chart.put(endpoint + ".throughput", thr);
      chart.put(endpoint + ".heap", heap);
    }
    md.append("\n![Throughput and heap per delta: floor, raw, promptfit](performance.png)\n\n");
    telemetryOverhead(md, results);

    md.append("## First-delta latency\n\n")
        .append("Time from the call to the first text delta in the caller's hands; the server sends the\n")
        .append("opening events and one delta, then pauses ").append(FirstDeltaBench.PAUSE_MS)
        .append(" ms before the rest (a short ").append(SseServer.SHORT)
        .append("-delta stream, drained outside the timing). A path that buffered would show the pause. JMH SampleTime, µs.\n\n")
        .append("| endpoint | path | p50 µs | p90 µs | p99 µs | mean µs | samples |\n|---|---|---:|---:|---:|---:|---:|\n");
    for (String endpoint : List.of("responses", "chat")) {
      for (String path : List.of("raw", "promptfitStream", "promptfitPublisher")) {
        JsonNode r = find(results, "FirstDeltaBench", path, "endpoint", endpoint);
        if (r == null) {
          continue;
        }
        JsonNode pm = r.path("primaryMetric");
        JsonNode pct = pm.path("scorePercentiles");
        md.append("| ").append(endpoint).append(" | ").append(LABELS.get(path)).append(" | ")
            .append(fmt("%,.0f", pct.path("50.0").asDouble())).append(" | ")
            .append(fmt("%,.0f", pct.path("90.0").asDouble())).append(" | ")
            .append(fmt("%,.0f", pct.path("99.0").asDouble())).append(" | ")
            .append(fmt("%,.0f", pm.path("score").asDouble())).append(" | ")
            .append(sampleCount(pm)).append(" |\n");
      }
    }

    concurrency(md, results, counters, smoke);
    tools(md, results);

    md.append("\n## Cold start\n\n")
        .append("A fresh JVM (same `java`, same class path, default flags) per run; time from entering `main()` to\n")
        .append("holding the first full response (a ").append(SseServer.SHORT)
        .append("-delta Responses stream; Promptfit: build the client, `create`, a blocking `String` call). Median of ")
        .append(cold.get(0).runs()).append(" runs each, raw and promptfit alternating, after one unmeasured run of each.\n\n")
        .append("| client | main() → first full response, ms | vs raw | whole process, ms |\n|---|---:|---:|---:|\n");
    double rawColdMs = cold.get(0).mainToResponseMs();
    for (ColdStart.Result c : cold) {
      md.append("| ").append(c.mode().equals("raw") ? "raw (OkHttp + Jackson)" : "promptfit").append(" | ")
          .append(fmt("%,.0f", c.mainToResponseMs())).append(" | ").append(fmt("%.2f×", c.mainToResponseMs() / rawColdMs))
          .append(" | ").append(fmt("%,.0f", c.processMs())).append(" |\n");
    }

    md.append("\n## Annotation processing\n\n")
        .append(ProcessorTime.INTERFACES).append(" generated interfaces × ").append(ProcessorTime.METHODS)
        .append(" methods (String, Stream, Flow.Publisher, CompletableFuture<Reply>, Reply), compiled in-process with\n")
        .append("javax.tools: plain javac (`-proc:none`) against javac with the Promptfit processor (which also compiles the ")
        .append(proc.generatedFiles()).append(" classes it writes). Median of ")
        .append(proc.runs()).append(" alternating runs after one warm-up of each.\n\n")
        .append("| plain javac, ms | javac + processor, ms | added by the processor |\n|---:|---:|---:|\n")
        .append("| ").append(fmt("%,.0f", proc.plainMs())).append(" | ").append(fmt("%,.0f", proc.processorMs()))
        .append(" | ").append(fmt("%,.0f ms", proc.processorMs() - proc.plainMs()))
        .append(fmt(" (%.2f×)", proc.processorMs() / proc.plainMs())).append(" |\n");

    md.append("\n## Method notes\n\n")
        .append("* Server: `benchmarks/.../SseServer.java`, a raw `ServerSocket` on 127.0.0.1, HTTP/1.1 keep-alive,\n")
        .append("  `Content-Length` framing; each response (headers + body) is one byte array rendered at start-up, so serving is one write.\n")
        .append("  Bodies (`Bodies.java`) copy the field shapes of PROTOCOL.md §1.1/§2.1: Responses deltas with `sequence_number`,\n")
        .append("  `item_id`, `output_index`, `content_index`, `logprobs: []`, `obfuscation`, plus the created/in_progress/…/completed\n")
        .append("  events; Chat chunks with `id`, `object`, `created`, `model`, `service_tier`, `system_fingerprint`, `choices`,\n")
        .append("  `usage: null`, `obfuscation`, a usage chunk and `[DONE]`. Every path is checked to see all deltas before timing.\n")
        .append("* All clients share one OkHttp set-up (Promptfit gets it through `okHttpClient(...)`), with a connection pool\n")
        .append("  of 512 so no op pays for connection set-up.\n")
        .append("* The Publisher subscriber requests `Long.MAX_VALUE` up front.\n")
        .append("* Heap and CPU are whole-JVM (the server runs in the same JVM), so absolute per-delta figures include the\n")
        .append("  server's share; the floor row is that share plus the transport.\n");
    return md.toString();
  }

  /** The tool loop's cost per round and the tool-call decoder's throughput, each against raw. */
  private static void tools(StringBuilder md, JsonNode results) {
    md.append("\n## Tools\n\n")
        .append("**Loop overhead per round.** One op = one call that takes one tool round: the model's tool call, the\n")
        .append("tool run (it returns at once), the results sent back, the answer; two non-streamed requests the\n")
        .append("loopback server answers at once (`ToolServer`), so what is measured is the client. Raw is a\n")
        .append("hand-written OkHttp + Jackson-tree loop doing the same (`RawTools.loop`). Promptfit: a `String` method\n")
        .append("with `@Tools`, its binder and implementation written by the processor. JMH AverageTime.\n\n")
        .append("| endpoint | path | µs / call | ± | vs raw | overhead µs / round | CPU µs / call | heap KB / call |\n")
        .append("|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (String endpoint : List.of("responses", "chat")) {
      JsonNode raw = find(results, "ToolLoopBench", "raw", "endpoint", endpoint);
      double rawUs = raw == null ? Double.NaN : raw.path("primaryMetric").path("score").asDouble();
      for (String path : List.of("raw", "promptfit")) {
        JsonNode r = find(results, "ToolLoopBench", path, "endpoint", endpoint);
        if (r == null) {
          continue;
        }
        double us = r.path("primaryMetric").path("score").asDouble();
        double err = r.path("primaryMetric").path("scoreError").asDouble();
        md.append("| ").append(endpoint).append(" | ")
            .append(path.equals("raw") ? "raw (OkHttp + Jackson tree loop)" : "promptfit String + @Tools")
            .append(" | ").append(fmt("%,.0f", us)).append(" | ").append(fmt("%,.0f", err)).append(" | ")
            .append(fmt("%.2f×", us / rawUs)).append(" | ")
            .append(path.equals("raw") ? "—" : fmt("%+,.0f", us - rawUs)).append(" | ")
            .append(fmt("%,.0f", secondary(r, "cpu.time.norm") / 1000)).append(" | ")
            .append(fmt("%,.1f", secondary(r, "gc.alloc.rate.norm") / 1024)).append(" |\n");
      }
    }
    md.append("\n**Tool-call decoding.** One op = one streamed tool call whose arguments arrive in ")
        .append(String.format(Locale.ROOT, "%,d", ToolDecodeBench.DELTAS))
        .append(" pieces\n(`function_call_arguments.delta` events / `delta.tool_calls` fragments), read over loopback HTTP. Promptfit:\n")
        .append("the decoder a call that offers tools uses (`EventReader` with tools), which also keeps the output items to\n")
        .append("send back. Raw: `readUtf8Line` + a Jackson tree per event, pieces joined by index (`RawTools.decode`).\n")
        .append("Argument deltas/s = ops/s × ").append(ToolDecodeBench.DELTAS).append(".\n\n")
        .append("| endpoint | path | argument deltas/s | ± | vs raw | CPU µs/delta | vs raw | heap B/delta | vs raw |\n")
        .append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (String endpoint : List.of("responses", "chat")) {
      JsonNode raw = find(results, "ToolDecodeBench", "raw", "endpoint", endpoint);
      if (raw == null) {
        continue;
      }
      double rawThr = raw.path("primaryMetric").path("score").asDouble() * ToolDecodeBench.DELTAS;
      double rawCpu = secondary(raw, "cpu.time.norm") / 1000 / ToolDecodeBench.DELTAS;
      double rawHeap = secondary(raw, "gc.alloc.rate.norm") / ToolDecodeBench.DELTAS;
      for (String path : List.of("raw", "promptfit")) {
        JsonNode r = find(results, "ToolDecodeBench", path, "endpoint", endpoint);
        if (r == null) {
          continue;
        }
        double thr = r.path("primaryMetric").path("score").asDouble() * ToolDecodeBench.DELTAS;
        double err = r.path("primaryMetric").path("scoreError").asDouble() * ToolDecodeBench.DELTAS;
        double cpu = secondary(r, "cpu.time.norm") / 1000 / ToolDecodeBench.DELTAS;
        double heap = secondary(r, "gc.alloc.rate.norm") / ToolDecodeBench.DELTAS;
        md.append("| ").append(endpoint).append(" | ")
            .append(path.equals("raw") ? "raw (OkHttp + readUtf8Line + Jackson tree)" : "promptfit decoder")
            .append(" | ").append(fmt("%,.0f", thr)).append(" | ").append(fmt("%,.0f", err)).append(" | ")
            .append(fmt("%.2f×", thr / rawThr)).append(" | ")
            .append(fmt("%.3f", cpu)).append(" | ").append(fmt("%.2f×", cpu / rawCpu)).append(" | ")
            .append(fmt("%,.1f", heap)).append(" | ").append(fmt("%.2f×", heap / rawHeap)).append(" |\n");
      }
    }
  }

  /** The OpenTelemetry listener's cost: the same streamed calls with it off and on. */
  private static void telemetryOverhead(StringBuilder md, JsonNode results) {
    md.append("## OpenTelemetry listener overhead\n\n")
        .append("The Promptfit rows above again, with `PromptfitTelemetry.create(...)` registered as a listener on the\n")
        .append("OpenTelemetry SDK as applications run it (batch span processor, periodic metric reader) exporting\n")
        .append("nowhere, so what is measured is the listener and the SDK in the call path: one span and its\n")
        .append("attributes, and the duration, token and time-to-first-chunk histograms, per ")
        .append(String.format(Locale.ROOT, "%,d", StreamBench.DELTAS))
        .append("-delta call. Target: on within 5 % of off.\n\n")
        .append("| endpoint | path | deltas/s off | deltas/s on | on / off | CPU on / off | heap on / off |\n")
        .append("|---|---|---:|---:|---:|---:|---:|\n");
    for (String endpoint : List.of("responses", "chat")) {
      for (String path : List.of("promptfitStream", "promptfitPublisher")) {
        JsonNode off = find(results, "StreamBench", path, "endpoint", endpoint);
        JsonNode on = find(results, "StreamBench", path + "Otel", "endpoint", endpoint);
        if (off == null || on == null) {
          continue;
        }
        double offThr = off.path("primaryMetric").path("score").asDouble() * StreamBench.DELTAS;
        double onThr = on.path("primaryMetric").path("score").asDouble() * StreamBench.DELTAS;
        md.append("| ").append(endpoint).append(" | ").append(LABELS.get(path)).append(" | ")
            .append(fmt("%,.0f", offThr)).append(" | ").append(fmt("%,.0f", onThr)).append(" | ")
            .append(fmt("%.3f", onThr / offThr)).append(" | ")
            .append(fmt("%.3f", secondary(on, "cpu.time.norm") / secondary(off, "cpu.time.norm"))).append(" | ")
            .append(fmt("%.3f", secondary(on, "gc.alloc.rate.norm") / secondary(off, "gc.alloc.rate.norm")))
            .append(" |\n");
      }
    }
    md.append("\n");
  }

  /** The concurrency table: wall time per batch against raw, and proof that all N ran at once. */
  private static void concurrency(
      StringBuilder md, JsonNode results, Map<String, Integer> counters, boolean smoke) {
    int warmups = smoke ? 1 : ConcurrencyBench.class.getAnnotation(org.openjdk.jmh.annotations.Warmup.class).iterations();
    md.append("\n## Concurrent streams from one client\n\n")
        .append("N concurrent ").append(String.format(Locale.ROOT, "%,d", ConcurrencyBench.DELTAS))
        .append("-delta Responses streams; one op = one batch (JMH SingleShotTime). The server holds every response\n")
        .append("after its first delta until all N requests of the batch have arrived (then releases them together;\n")
        .append("a client with a per-host cap would wait there for the ").append(Gate.TIMEOUT_SECONDS)
        .append(" s gate timeout), so all N calls are in progress at\n")
        .append("once in every batch. \"In progress at once\" proves it: the server's count of responses begun and not\n")
        .append("yet finished, the lowest per-batch maximum over all batches (warm-up included); N means every batch had\n")
        .append("all N. Raw and Stream read each stream on its own thread; Publisher and CompletableFuture start all N\n")
        .append("from one thread and run on Promptfit's executor. Vs raw: ratio to the raw row, lower is better. CPU is\n")
        .append("process CPU time per batch (all threads, server included), which other load on the machine does not inflate.\n")
        .append(warmups).append(" unmeasured batches first: until the JIT has recompiled what concurrency deoptimizes, every path is several times slower.\n\n")
        .append("| streams | path | wall ms / batch | ± | vs raw | CPU ms / batch | vs raw | aggregate deltas/s | in progress at once | gate timeouts |\n")
        .append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (String streams : List.of("64", "256")) {
      JsonNode rawR = find(results, "ConcurrencyBench", "raw", "streams", streams);
      double rawMs = rawR == null ? Double.NaN : rawR.path("primaryMetric").path("score").asDouble();
      double rawCpuMs = rawR == null ? Double.NaN : secondary(rawR, "cpu.time.norm") / 1e6;
      for (String path : List.of("raw", "promptfitStream", "promptfitPublisher", "promptfitFuture")) {
        JsonNode r = find(results, "ConcurrencyBench", path, "streams", streams);
        if (r == null) {
          continue;
        }
        double ms = r.path("primaryMetric").path("score").asDouble();
        double err = r.path("primaryMetric").path("scoreError").asDouble();
        double cpuMs = secondary(r, "cpu.time.norm") / 1e6;
        String key = ":" + path + "/" + streams;
        md.append("| ").append(streams).append(" | ").append(LABELS.get(path)).append(" | ")
            .append(fmt("%,.0f", ms)).append(" | ").append(Double.isNaN(err) ? "n/a" : fmt("%,.0f", err)).append(" | ")
            .append(fmt("%.2f×", ms / rawMs)).append(" | ")
            .append(fmt("%,.0f", cpuMs)).append(" | ").append(fmt("%.2f×", cpuMs / rawCpuMs)).append(" | ")
            .append(fmt("%,.0f", Integer.parseInt(streams) * (double) ConcurrencyBench.DELTAS / (ms / 1000)))
            .append(" | ").append(count(counters.get("inProgress" + key)))
            .append(" | ").append(count(counters.get("gateTimeouts" + key))).append(" |\n");
      }
    }
  }

  private static String count(Integer value) {
    return value == null ? "n/a" : value.toString();
  }

  private static String sampleCount(JsonNode pm) {
    JsonNode raw = pm.path("rawDataHistogram");
    long n = 0;
    for (JsonNode fork : raw) {
      for (JsonNode iteration : fork) {
        for (JsonNode bin : iteration) {
          n += bin.path(1).asLong();
        }
      }
    }
    return n == 0 ? "n/a" : String.format(Locale.ROOT, "%,d", n);
  }

  private static String fmt(String format, double value) {
    return Double.isNaN(value) || Double.isInfinite(value) ? "n/a" : String.format(Locale.ROOT, format, value);
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Paths.get("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException ignored) {
      // Not Linux.
    }
    return System.getProperty("os.arch");
  }

  // ---- chart ----

  private static final Color[] COLORS = {
    new Color(0x9E9E9E), new Color(0x4C78A8), new Color(0xF58518), new Color(0x54A24B)
  };
  private static final String[] SHORT_LABELS = {"floor", "raw", "promptfit Stream", "promptfit Publisher"};

  static void drawChart(Map<String, double[]> data, boolean smoke, Path png) throws IOException {
    int width = 1200;
    int height = 560;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
    String title = "Promptfit streaming: floor / raw / promptfit (" + String.format(Locale.ROOT, "%,d", StreamBench.DELTAS) + "-delta stream)";
    g.drawString(title, 30, 34);
    if (smoke) {
      g.setColor(new Color(0xC62828));
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
      g.drawString("SMOKE RUN on a loaded machine: noisy, not a measurement", 30, 58);
    }
    panel(g, 30, 80, 560, 400, "Throughput (million deltas/s, higher is better)",
        data.get("responses.throughput"), data.get("chat.throughput"), 1e-6, "%.2f");
    panel(g, 620, 80, 560, 400, "Heap allocated per delta (bytes, lower is better)",
        data.get("responses.heap"), data.get("chat.heap"), 1, "%,.0f");
    // legend
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
    int x = 60;
    for (int i = 0; i < SHORT_LABELS.length; i++) {
      g.setColor(COLORS[i]);
      g.fillRect(x, 520, 18, 18);
      g.setColor(Color.BLACK);
      g.drawString(SHORT_LABELS[i], x + 26, 535);
      x += 60 + g.getFontMetrics().stringWidth(SHORT_LABELS[i]);
    }
    g.dispose();
    ImageIO.write(image, "png", png.toFile());
  }

  private static void panel(Graphics2D g, int x0, int y0, int w, int h, String title,
      double[] responses, double[] chat, double scale, String format) {
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.drawString(title, x0, y0);
    int top = y0 + 30;
    int bottom = y0 + h - 30;
    double max = 0;
    for (double[] series : List.of(responses, chat)) {
      for (double v : series) {
        if (!Double.isNaN(v)) {
          max = Math.max(max, v * scale);
        }
      }
    }
    max = max <= 0 ? 1 : max * 1.15;
    g.setColor(new Color(0xDDDDDD));
    g.setStroke(new BasicStroke(1));
    for (int i = 1; i <= 4; i++) {
      int y = bottom - (int) ((bottom - top) * i / 4.0);
      g.drawLine(x0, y, x0 + w, y);
    }
    g.setColor(Color.BLACK);
    g.drawLine(x0, bottom, x0 + w, bottom);
    String[] groups = {"Responses", "Chat Completions"};
    double[][] values = {responses, chat};
    int groupWidth = w / 2;
    int bar = (groupWidth - 60) / PATHS.length;
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    for (int gi = 0; gi < 2; gi++) {
      int gx = x0 + gi * groupWidth + 30;
      for (int i = 0; i < PATHS.length; i++) {
        double v = values[gi][i] * scale;
        int bx = gx + i * bar;
        if (Double.isNaN(v)) {
          continue;
        }
        int bh = (int) Math.round((bottom - top) * v / max);
        g.setColor(COLORS[i]);
        g.fillRect(bx + 4, bottom - bh, bar - 8, bh);
        g.setColor(Color.BLACK);
        String label = String.format(Locale.ROOT, format, v);
        int lw = g.getFontMetrics().stringWidth(label);
        g.drawString(label, bx + (bar - lw) / 2, bottom - bh - 5);
      }
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
      int tw = g.getFontMetrics().stringWidth(groups[gi]);
      g.drawString(groups[gi], gx + (bar * PATHS.length - tw) / 2, bottom + 22);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    }
  }
}
