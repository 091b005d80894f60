package dev.promptfit.bench;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * {@code -prof dev.promptfit.bench.CpuProfiler}: process CPU time per operation ({@code
 * cpu.time.norm}, ns/op), every thread of the forked JVM: client, loopback server, JIT and GC. The
 * floor shows what the server and transport cost; the rest is the client's parsing.
 */
public final class CpuProfiler implements InternalProfiler {
  private long start;

  @Override
  public String getDescription() {
    return "process CPU time per op, all threads (ns/op)";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    start = cpuNanos();
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    long used = cpuNanos() - start;
    long ops = result.getMetadata().getAllOps();
    double perOp = ops > 0 ? (double) used / ops : Double.NaN;
    return List.of(new ScalarResult("cpu.time.norm", perOp, "ns/op", AggregationPolicy.AVG));
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
