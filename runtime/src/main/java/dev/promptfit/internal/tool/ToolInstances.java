package dev.promptfit.internal.tool;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The tool instances one {@code Promptfit.create(service, tools...)} was given, checked
 * against the tool classes the interface lists when its generated constructor calls {@link
 * #require}. {@code create} then makes sure the check ran: instances given to an interface that
 * lists no tool classes belong to no listed class.
 */
public final class ToolInstances {
  /** No instances, for {@code create(service)}. */
  public static final ToolInstances NONE = new ToolInstances("", List.of());

  private final String service;
  private final List<Object> instances;
  private volatile boolean required;

  private ToolInstances(String service, List<Object> instances) {
    this.service = service;
    this.instances = instances;
  }

  /**
   * The instances given to {@code create} for {@code service}.
   *
   * @throws IllegalArgumentException if one is null
   */
  public static ToolInstances of(Class<?> service, Object... tools) {
    Objects.requireNonNull(tools, "tools");
    if (tools.length == 0) {
      return NONE;
    }
    for (int i = 0; i < tools.length; i++) {
      if (tools[i] == null) {
        throw new IllegalArgumentException(
            "create(" + nameOf(service) + ".class, ...): tool instance " + i + " is null");
      }
    }
    return new ToolInstances(nameOf(service), List.of(tools));
  }

  /**
   * {@code Outer.Inner}: from the binary name, since {@code getSimpleName()} of a nested class
   * fails when its outer class is not visible to its loader.
   */
  private static String nameOf(Class<?> type) {
    String pkg = type.getPackageName();
    String binary = type.getName();
    return (pkg.isEmpty() ? binary : binary.substring(pkg.length() + 1)).replace('$', '.');
  }

  /**
   * Checks the instances against the listed tool classes: each class has exactly one instance, and
   * each instance belongs to a listed class.
   *
   * @throws IllegalArgumentException naming what is missing, doubled or not listed
   */
  public void require(String interfaceName, Class<?>... toolClasses) {
    required = true;
    String create = "create(" + interfaceName + ".class, ...)";
    for (Class<?> type : toolClasses) {
      List<Object> matching = new ArrayList<>(1);
      for (Object instance : instances) {
        if (type.isInstance(instance)) {
          matching.add(instance);
        }
      }
      if (matching.isEmpty()) {
        throw new IllegalArgumentException(
            interfaceName
                + " lists tool class "
                + type.getName()
                + " in @Tools, but "
                + create
                + " was given no instance of it; pass one, e.g. promptfit.create("
                + interfaceName
                + ".class, new "
                + nameOf(type)
                + "(...))");
      }
      if (matching.size() > 1) {
        throw new IllegalArgumentException(
            create
                + " was given "
                + matching.size()
                + " instances of tool class "
                + type.getName()
                + "; pass one, so every call of its tools goes to the same object");
      }
    }
    for (Object instance : instances) {
      if (Arrays.stream(toolClasses).noneMatch(type -> type.isInstance(instance))) {
        throw new IllegalArgumentException(notListed(create, interfaceName, instance, toolClasses));
      }
    }
  }

  /**
   * Fails when instances were given but the generated constructor never checked them: the
   * interface lists no tool classes.
   */
  public void checkRequired() {
    if (!required && !instances.isEmpty()) {
      throw new IllegalArgumentException(
          notListed("create(" + service + ".class, ...)", service, instances.get(0)));
    }
  }

  /** The instance of {@code type}, or null if none was given. */
  public @Nullable Object instanceOf(Class<?> type) {
    for (Object instance : instances) {
      if (type.isInstance(instance)) {
        return instance;
      }
    }
    return null;
  }

  private static String notListed(
      String create, String interfaceName, Object instance, Class<?>... listed) {
    return create
        + " was given an instance of "
        + instance.getClass().getName()
        + ", which no @Tools of "
        + interfaceName
        + " lists ("
        + (listed.length == 0
            ? "it lists no tool classes"
            : "it lists: "
                + Arrays.stream(listed).map(Class::getName).collect(Collectors.joining(", ")))
        + "); list its class in @Tools or leave the instance out";
  }

  @Override
  public String toString() {
    return "ToolInstances{" + instances.size() + "}";
  }
}
