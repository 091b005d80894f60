package dev.promptfit.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * An OpenTelemetry SDK with in-memory exporters: spans are exported as they end (synchronously),
 * metrics are read on demand. One per test; {@link #close()} shuts it down.
 */
final class Telemetry implements AutoCloseable {
  final InMemorySpanExporter spans = InMemorySpanExporter.create();
  final InMemoryMetricReader metrics = InMemoryMetricReader.create();
  /** Spans started so far, ended or not: shows when a span began without reading clocks. */
  final AtomicInteger started = new AtomicInteger();
  final OpenTelemetrySdk sdk =
      OpenTelemetrySdk.builder()
          .setTracerProvider(
              SdkTracerProvider.builder()
                  .addSpanProcessor(SimpleSpanProcessor.create(spans))
                  .addSpanProcessor(new StartCounter(started))
                  .build())
          .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
          .build();

  /** Counts spans as they start. */
  private record StartCounter(AtomicInteger started) implements SpanProcessor {
    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
      started.incrementAndGet();
    }

    @Override
    public boolean isStartRequired() {
      return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {}

    @Override
    public boolean isEndRequired() {
      return false;
    }
  }

  /** The ended spans. */
  List<SpanData> spans() {
    return spans.getFinishedSpanItems();
  }

  /** The one ended span named {@code name}. */
  SpanData span(String name) {
    List<SpanData> named = spans().stream().filter(s -> s.getName().equals(name)).toList();
    assertEquals(1, named.size(), () -> "spans named " + name + " in " + names());
    return named.get(0);
  }

  List<String> names() {
    return spans().stream().map(SpanData::getName).toList();
  }

  /** Waits (generously) until {@code count} spans ended, for calls that end on another thread. */
  List<SpanData> awaitSpans(int count) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (spans().size() < count) {
      if (System.nanoTime() > deadline) {
        fail("expected " + count + " ended spans within 10 s, have " + names());
      }
      Thread.sleep(5);
    }
    return spans();
  }

  /** Every metric collected so far, by name. */
  Map<String, MetricData> metrics() {
    Collection<MetricData> all = metrics.collectAllMetrics();
    return all.stream().collect(Collectors.toMap(MetricData::getName, m -> m));
  }

  /** The points of histogram {@code name}; none when it was never recorded. */
  List<HistogramPointData> histogram(String name) {
    MetricData metric = metrics().get(name);
    if (metric == null) {
      return List.of();
    }
    List<HistogramPointData> points = new ArrayList<>();
    if (metric.getType() == io.opentelemetry.sdk.metrics.data.MetricDataType.HISTOGRAM) {
      points.addAll(metric.getHistogramData().getPoints());
    } else {
      fail(name + " is a " + metric.getType() + ", not a histogram");
    }
    return points;
  }

  /** Every string value in {@code attributes}, for checks that content never appears. */
  static List<String> strings(Attributes attributes) {
    List<String> values = new ArrayList<>();
    attributes.forEach(
        (AttributeKey<?> key, Object value) -> values.add(key.getKey() + "=" + value));
    return values;
  }

  @Override
  public void close() {
    sdk.close();
  }
}
